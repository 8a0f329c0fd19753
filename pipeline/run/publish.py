"""Publishing a batch run's output: staging, the partition swap.

The pipeline writes every table of the run into its staged partition
(`OutputLayout.staged_partition`). Only after the pipeline has finished does the launcher
publish, table by table:

    OUT/<table>/ingest_date=D                        -> the previous partition, set aside
    OUT/_staging/ingest_date=D/<table>/ingest_date=D -> OUT/<table>/ingest_date=D

On a filesystem with directories (a local disk) these are two directory renames, so a reader
sees the old partition or the new one, never half of one, and a rerun replaces the partition
whole (also when it writes fewer shards). An object store (gs://, s3://) has no directories to
swap: the old partition's files are deleted and the new ones renamed into place (not atomic).
A run that fails or is killed before publishing leaves the published partitions untouched.
The manifest and `_SUCCESS` follow (`pipeline.run.manifest`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import fastavro
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.run import storage
from pipeline.run.layout import OutputLayout
from pipeline.tables import TABLES


@dataclasses.dataclass(frozen=True)
class WrittenFile:
    path: str  # relative to the output directory
    records: int
    bytes: int


def clear_staging(layout: OutputLayout, ingest_date: dt.date) -> None:
    """Remove what a failed or killed earlier run of this ingest date left in staging."""
    root = layout.staging(ingest_date)
    if storage.has_directories(root):
        storage.delete([root])
    else:
        storage.delete(storage.list_files(root + "/**"))


def count_records(path: str) -> int:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        return sum(block.num_records for block in fastavro.block_reader(stream))


def _rewrite_empty_uncompressed(path: str) -> None:
    # An empty file with a compression codec is valid Avro, but Polars (2.1) cannot read it;
    # the same empty file without a codec every reader takes.
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        schema = fastavro.reader(stream).writer_schema
    buffer = io.BytesIO()
    fastavro.writer(buffer, schema, [], codec="null")
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
        stream.write(buffer.getvalue())


def publish(layout: OutputLayout, ingest_date: dt.date) -> dict[str, list[WrittenFile]]:
    """Move every staged table partition into place; returns the published files per table."""
    storage.delete([layout.success(ingest_date)])  # being replaced: not complete until the end
    written: dict[str, list[WrittenFile]] = {}
    for table in TABLES:
        staged_dir = layout.staged_partition(table, ingest_date)
        final_dir = layout.partition(table, ingest_date)
        files = []
        for path in storage.list_files(staged_dir + "/*.avro"):
            records = count_records(path)
            if records == 0:
                _rewrite_empty_uncompressed(path)
            name = path.rsplit("/", 1)[-1]
            size = FileSystems.match([path])[0].metadata_list[0].size_in_bytes
            files.append(WrittenFile(layout.relative(f"{final_dir}/{name}"), records, size))
        if storage.has_directories(final_dir):
            _swap_directories(staged_dir, final_dir, layout.previous_partition(table, ingest_date))
        else:  # an object store has no directories to swap: replace the files (not atomic)
            storage.delete(storage.list_files(final_dir + "/*"))
            staged = storage.list_files(staged_dir + "/*.avro")
            FileSystems.rename(staged, [f"{final_dir}/{p.rsplit('/', 1)[-1]}" for p in staged])
        written[table] = files
    clear_staging(layout, ingest_date)
    return written


def _swap_directories(staged: str, final: str, previous: str) -> None:
    for directory in (final.rsplit("/", 1)[0], previous.rsplit("/", 1)[0]):
        if not FileSystems.exists(directory):
            FileSystems.mkdirs(directory)
    if FileSystems.exists(final):
        FileSystems.rename([final], [previous])
    FileSystems.rename([staged], [final])
