"""The commit point under fault injection: a rerun's publisher is stopped before each change it
makes to the output in turn (moving a file, the commit, `_SUCCESS`, each deletion), on a local
disk and on an object store (the fake one in Beam's FileSystems). Whatever step it stops at, the
readers see the whole previous partition or the whole new one, never a mix nor nothing, and the
next run recovers: the new partition, and partition folders holding only its files."""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import subprocess

import pytest

from pipeline.config import Config, OutputConfig
from pipeline.run import storage
from pipeline.run.job import make_job, run_job
from pipeline.run.layout import OutputLayout
from pipeline.run.publish import publish
from pipeline.tables import TABLES, load_schemas
from pipeline.warehouse.load import load_duckdb
from pipeline.warehouse.read import read_table
from tests.objectstore import SCHEME, FakeObjectStore
from tests.support import LOCAL_RUNNER, REPO, SEED

DAY = dt.date(2025, 6, 10)
COMMIT = 4  # the fifth change a one-shard publish makes, after moving 4 files
EXTRA_ARTICLES = (
    '{"id": "extra-1", "published_at": "2025-06-10", "source": "wire", "text": "French voters go to the polls '
    'on Sunday in a presidential election, the interior ministry said. Turnout was expected to be high."}\n'
    '{"id": "broken", \n'
)


class Stopped(BaseException):
    """The publisher stopped dead: nothing in publish catches it or cleans up after it."""


def stop_at(number: int):
    changes = []

    def step(change: str) -> None:
        if len(changes) == number:
            raise Stopped(change)
        changes.append(change)
    return step


def as_if_dead(lock: bytes) -> bytes:
    """The lock of a run whose process is gone: its pid is that of a process that has ended."""
    ended = subprocess.Popen(["true"])
    ended.wait()
    return json.dumps({**json.loads(lock), "pid": ended.pid}).encode()


def config(out: str, inputs: list[str]) -> Config:
    return Config(beam={"runner": LOCAL_RUNNER}, inputs=inputs, output=OutputConfig(directory=out))


def tables(out: str) -> dict[str, list[str]]:
    """What a reader sees: every table's records of the day, comparable."""
    return {table: sorted(json.dumps(record, sort_keys=True, default=str) for record in read_table(out, table, DAY))
            for table in TABLES}


class LocalDisk:
    steps = 11  # a one-shard publish: 4 moves, the commit, _SUCCESS, 4 superseded files, the staging folder

    def out(self, tmp_path) -> str:
        return str(tmp_path / "out")

    def snapshot(self, out: str, tmp_path):
        shutil.copytree(out, tmp_path / "snapshot")
        lock = tmp_path / "snapshot" / "_runs" / f"ingest_date={DAY}" / "_lock"
        lock.write_bytes(as_if_dead(lock.read_bytes()))
        return tmp_path / "snapshot"

    def restore(self, snapshot, out: str) -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(snapshot, out)


class ObjectStore:
    steps = 10  # as on a disk but the staging folder: no objects are left under its name

    def out(self, tmp_path) -> str:
        return f"{SCHEME}://bucket/{tmp_path.name}"

    def snapshot(self, out: str, tmp_path):
        objects = copy.deepcopy({path: body for path, body in FakeObjectStore.objects.items() if path.startswith(out)})
        lock = OutputLayout(out).lock(DAY)
        objects[lock] = as_if_dead(objects[lock])
        return objects

    def restore(self, snapshot, out: str) -> None:
        FakeObjectStore.objects.clear()
        FakeObjectStore.objects.update(snapshot)


@pytest.fixture(scope="module", params=[LocalDisk(), ObjectStore()], ids=["disk", "object-store"])
def rerun(request, tmp_path_factory):
    """An output with a committed partition of SEED, and the state a rerun over more inputs
    reaches just before it publishes: (the filesystem, that state, the rerun's job and manifest,
    what readers saw before and after the rerun)."""
    filesystem, tmp_path = request.param, tmp_path_factory.mktemp("commit")
    out = filesystem.out(tmp_path)
    (tmp_path / "extra.jsonl").write_text(EXTRA_ARTICLES, encoding="utf-8")
    run_job(make_job(config(out, [str(SEED)]), DAY))
    before = tables(out)
    job = make_job(config(out, [str(SEED), str(tmp_path / "extra.jsonl")]), DAY)
    snapshots = []
    summary = run_job(job, step=lambda change: snapshots.append(filesystem.snapshot(out, tmp_path)) if not snapshots else None)
    after = tables(out)
    assert before != after and all(after.values())
    yield filesystem, snapshots[0], out, job, summary.manifest, before, after
    FakeObjectStore.objects.clear()


@pytest.mark.parametrize("stopped_at", range(12))  # up to the most changes a publish makes: 11
def test_readers_see_the_whole_old_or_the_whole_new_partition_whatever_step_the_publisher_dies_at(
        rerun, stopped_at, tmp_path):
    filesystem, snapshot, out, job, manifest, before, after = rerun
    filesystem.restore(snapshot, out)
    layout = OutputLayout(out)
    def manifest_of(files) -> dict:  # the rerun's own manifest, for the same files
        assert {table: [f.path for f in files[table]] for table in TABLES} == {
            table: [f["path"] for f in manifest["tables"][table]["files"]] for table in TABLES}
        return manifest

    try:
        publish(layout, DAY, job.run_id, manifest_of, step=stop_at(stopped_at))
        assert stopped_at >= filesystem.steps, "the publisher made fewer changes than the test counts"
    except Stopped:
        assert stopped_at < filesystem.steps

    seen = tables(out)
    assert seen == (after if stopped_at > COMMIT else before)
    if filesystem.__class__ is LocalDisk:  # `load` reads the same, into DuckDB
        counts = load_duckdb(out, tmp_path / "db.duckdb", load_schemas(), DAY)
        assert counts == {table: len(seen[table]) for table in TABLES}

    # the next run recovers: the new partition, and the folders hold exactly its files
    again = make_job(job.config, DAY)
    summary = run_job(again)
    assert tables(out) == after
    listed = {f"{out}/{file['path']}" for table in TABLES for file in summary.manifest["tables"][table]["files"]}
    assert {path for table in TABLES for path in storage.list_files(layout.partition_files(table, DAY))} == listed
    assert not storage.list_files(layout.staging(DAY) + "/**") and not storage.list_files(layout.lock(DAY))


@pytest.mark.parametrize("codec", ["null", "deflate"])
@pytest.mark.parametrize("records", [0, 1, 3000])
def test_records_are_counted_from_the_blocks_headers(tmp_path, codec, records):
    """`count_records` passes over the blocks: as many as a reader reads, in many small blocks
    (long counts and sizes) or none, of files written here and of every fixture."""
    import fastavro

    from pipeline.run.publish import count_records

    rows = [{"stage": "read", "error_type": "E", "message": "m" * (index % 300), "input_path": "", "payload": "",
             "stack": None} for index in range(records)]
    path = tmp_path / "table.avro"
    with path.open("wb") as stream:
        fastavro.writer(stream, load_schemas()["dead_letters"], rows, codec=codec, sync_interval=2000)
    assert count_records(str(path)) == records
    for fixture in (REPO / "tests" / "fixtures").glob("*/*.avro"):
        with fixture.open("rb") as stream:
            assert count_records(str(fixture)) == sum(1 for _ in fastavro.reader(stream))
