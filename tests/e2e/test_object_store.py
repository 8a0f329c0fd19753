"""A run whose output is on an object store (a fake one, registered with Beam's FileSystems as
`fakestore://`) writes its staging, tables, manifest, `_SUCCESS` and ledger there, through
FileSystems, and leaves no folder named after the scheme on the local disk."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pipeline.config import Config, OutputConfig
from pipeline.run.job import make_job, run_job
from pipeline.tables import TABLES
from pipeline.warehouse.read import read_table
from tests.objectstore import SCHEME, FakeObjectStore
from tests.support import LOCAL_RUNNER, SEED

DAY = dt.date(2025, 6, 10)
OUT = f"{SCHEME}://bucket/events-out"


def config(output: str, inputs: list[str]) -> Config:
    return Config(beam={"runner": LOCAL_RUNNER}, inputs=inputs, output=OutputConfig(directory=output))


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a path mistaken for a local one would appear here
    FakeObjectStore.objects.clear()
    yield FakeObjectStore.objects
    FakeObjectStore.objects.clear()


def names(store) -> list[str]:
    return sorted(path.removeprefix(OUT + "/") for path in store)


def test_a_run_on_an_object_store_writes_everything_there_and_nothing_locally(store, tmp_path):
    job = make_job(config(OUT, [str(SEED)]), DAY, incremental=True)
    summary = run_job(job)

    assert names(store) == [
        "_runs/_ledger.jsonl",
        "_runs/ingest_date=2025-06-10/_SUCCESS",
        "_runs/ingest_date=2025-06-10/_manifest.json",
        "_runs/ingest_date=2025-06-10/report.html",
        *(f"{table}/ingest_date=2025-06-10/part-00000-of-00001-{job.run_id}.avro" for table in sorted(TABLES)),
    ]  # and nothing left in staging, no lock
    assert list(tmp_path.iterdir()) == []
    manifest = json.loads(store[f"{OUT}/_runs/ingest_date=2025-06-10/_manifest.json"])
    assert manifest == summary.manifest and manifest["reconciled"] is True and manifest["run_id"] == job.run_id
    assert (manifest["tables"]["events"]["files"][0]["path"]
            == f"events/ingest_date=2025-06-10/part-00000-of-00001-{job.run_id}.avro")
    ledger = [json.loads(line) for line in store[f"{OUT}/_runs/_ledger.jsonl"].decode().splitlines()]
    assert [(entry["path"], entry["ingest_date"]) for entry in ledger] == [(str(SEED), "2025-06-10")]


def test_the_object_store_holds_the_same_records_as_a_local_run(store, tmp_path):
    local = tmp_path / "local-out"
    run_job(make_job(config(str(local), [str(SEED)]), DAY))
    run_job(make_job(config(OUT, [str(SEED)]), DAY))
    for table in TABLES:
        assert list(read_table(OUT, table, DAY)) == list(read_table(local, table, DAY)), table


def test_a_rerun_replaces_the_partition_and_the_ledger_is_read_back_from_the_store(store):
    run_job(make_job(config(OUT, [str(SEED)]), DAY, incremental=True))
    store[f"{OUT}/events/ingest_date=2025-06-10/part-00000-of-00002.avro"] = b"left over from a wider run"
    rerun = make_job(config(OUT, [str(SEED)]), DAY, incremental=True)
    run_job(rerun)  # the same day: replaced whole
    assert [n for n in names(store) if n.startswith("events/")] == [
        f"events/ingest_date=2025-06-10/part-00000-of-00001-{rerun.run_id}.avro"]

    later = make_job(config(OUT, [str(SEED)]), DAY + dt.timedelta(days=1), incremental=True)
    assert later.files == () and [f.path for f in later.skipped] == [str(SEED)]
