"""Publishing a batch run's output: one commit point per ingest date for all four tables.

    1. the pipeline writes every table into the run's staging, OUT/_staging/ingest_date=D/<run>/
    2. each staged file is moved into its partition folder under a name with the run id
       (part-00000-of-00001-<run>.avro), beside the files readers see: not yet one of them
    3. THE COMMIT: the manifest, which lists every table's files, is written at
       OUT/_runs/ingest_date=D/_manifest.json in one atomic step (a rename over the old one on a
       disk, one object created on an object store); then `_SUCCESS`
    4. the files in the partition folders that the manifest does not list (the replaced run's)
       are deleted, then the run's staging

Readers (`pipeline.warehouse.read`) read what the manifest lists: before step 3 the previous
run's partition, from step 3 on this run's, whatever step a kill stops at; and after step 4 the
partition folders hold exactly the listed files, so a plain glob reads them too. Only renames of
single files and one whole-object write are needed, so the protocol holds on an object store.
A run starts by removing what a killed run left (`remove_unlisted`): staging, and files named
after a run that the manifest does not list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from typing import Callable

import fastavro
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.run import storage
from pipeline.run.layout import OutputLayout
from pipeline.tables import TABLES

# Called with a description before each change publishing makes to the output; the fault
# injection tests stop the publisher there.
Step = Callable[[str], None]


def _no_fault(change: str) -> None:
    pass


@dataclasses.dataclass(frozen=True)
class WrittenFile:
    path: str  # relative to the output directory
    records: int
    bytes: int


def count_records(path: str) -> int:
    """The records of an Avro file, counted from its blocks' headers: the blocks themselves are
    passed over, not decompressed (a tenth of the CPU of reading them)."""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        fastavro.block_reader(stream)  # reads the file's header (schema, codec, sync marker), no block
        records = 0
        while True:
            try:
                count = _avro_long(stream)
            except EOFError:  # after the last block
                return records
            records += count
            stream.read(_avro_long(stream) + 16)  # the block's bytes and its sync marker


def _avro_long(stream) -> int:
    """An Avro long (variable length, zig-zag) read from the stream; `EOFError` at its end."""
    shift = value = 0
    while True:
        byte = stream.read(1)
        if not byte:
            raise EOFError
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return (value >> 1) ^ -(value & 1)
        shift += 7


def _rewrite_empty_uncompressed(path: str) -> None:
    # An empty file with a compression codec is valid Avro, but Polars (2.1) cannot read it;
    # the same empty file without a codec every reader takes.
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        schema = fastavro.reader(stream).writer_schema
    buffer = io.BytesIO()
    fastavro.writer(buffer, schema, [], codec="null")
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        stream.write(buffer.getvalue())


def _commit_point(layout: OutputLayout, day: dt.date) -> dict | None:
    body = storage.read_bytes(layout.manifest(day))
    return json.loads(body) if body else None


def committed_files(layout: OutputLayout, day: dt.date) -> dict[str, list[str]] | None:
    """The files readers see of each table of an ingest date, as the commit point lists them
    (full paths); None when no run of that date has committed."""
    manifest = _commit_point(layout, day)
    if manifest is None:
        return None
    tables = manifest["tables"]
    return {table: [f"{layout.root}/{file['path']}" for file in tables.get(table, {}).get("files", [])]
            for table in TABLES}


def committed_run(layout: OutputLayout, day: dt.date) -> str | None:
    """The id of the run whose partition readers see; None when none has committed."""
    manifest = _commit_point(layout, day)
    return None if manifest is None else manifest.get("run_id", "(of a version without run ids)")


def remove_unlisted(layout: OutputLayout, day: dt.date, step: Step = _no_fault) -> None:
    """Delete every run's staging of the date, and the partition files that the commit point
    does not list: all of them once a run has committed; before any has, only files named after
    a run (a file without a run id was written by the Flex Template's job, and readers see it)."""
    committed = committed_files(layout, day)
    listed = {path for paths in (committed or {}).values() for path in paths}
    for table in TABLES:
        for path in storage.list_files(layout.partition_files(table, day)):
            if path not in listed and (committed is not None or layout.run_of_file(path)):
                step(f"delete {layout.relative(path)}")
                storage.delete([path])
    staging = layout.staging(day)
    # a disk's folder goes whole; an object store has only the objects under its name
    leftovers = [staging] if storage.has_directories(staging) else storage.list_files(staging + "/**")
    if any(FileSystems.exists(path) for path in leftovers):
        step("delete staging")
        storage.delete(leftovers)


def move_into_partitions(layout: OutputLayout, day: dt.date, run_id: str,
                         step: Step = _no_fault) -> dict[str, list[WrittenFile]]:
    """Steps 1 to 2: each staged file of the run, counted, into its partition folder under its
    run's name; returns the files per table (not yet visible to readers)."""
    written: dict[str, list[WrittenFile]] = {}
    for table in TABLES:
        written[table] = []
        partition = layout.partition(table, day)
        if storage.has_directories(partition) and not FileSystems.exists(partition):
            FileSystems.mkdirs(partition)
        for staged in storage.list_files(layout.staged_table(table, day, run_id) + "/*.avro"):
            records = count_records(staged)
            if records == 0:
                _rewrite_empty_uncompressed(staged)
            size = FileSystems.match([staged])[0].metadata_list[0].size_in_bytes
            final = layout.published_file(table, day, staged.rsplit("/", 1)[-1], run_id)
            step(f"move {layout.relative(final)}")
            FileSystems.rename([staged], [final])
            written[table].append(WrittenFile(layout.relative(final), records, size))
    return written


def commit(layout: OutputLayout, day: dt.date, manifest: dict, step: Step = _no_fault) -> str:
    """Step 3: the manifest written at the commit point in one atomic step, then `_SUCCESS`
    (holding the run id, for a scheduler that waits for a given run). Returns the manifest's path."""
    path = layout.manifest(day)
    step("commit")
    storage.write_bytes(path, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"), mime_type="application/json")
    step("write _SUCCESS")
    storage.write_bytes(layout.success(day), manifest["run_id"].encode("ascii"))
    return path


def publish(layout: OutputLayout, day: dt.date, run_id: str,
            manifest_of: Callable[[dict[str, list[WrittenFile]]], dict],
            step: Step = _no_fault) -> tuple[dict[str, list[WrittenFile]], dict, str]:
    """The whole protocol after the pipeline has written the run's staging: move, commit (the
    manifest that `manifest_of(files)` builds), remove what is superseded. Returns (the files
    per table, the manifest, its path)."""
    files = move_into_partitions(layout, day, run_id, step)
    manifest = manifest_of(files)
    path = commit(layout, day, manifest, step)
    remove_unlisted(layout, day, step)
    return files, manifest, path
