"""Reading the published tables of an output directory back, through Beam's FileSystems (a local
folder or an object store), where `pipeline.run.layout` says they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import fastavro
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.run.layout import OutputLayout
from pipeline.run.storage import list_files


def read_table(out_dir: str | Path, table: str, ingest_date: dt.date | None = None) -> Iterator[dict]:
    """Every record of one table under OUT_DIR, in file order: one batch partition, or all
    partitions and streaming windows."""
    layout = OutputLayout(str(out_dir))
    if ingest_date:
        patterns = [layout.partition_files(table, ingest_date)]
    else:
        patterns = [layout.all_partition_files(table), layout.window_files(table)]
    for path in sorted(path for pattern in patterns for path in list_files(pattern)):
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
            yield from fastavro.reader(stream)


def partition_dates(out_dir: str | Path, table: str = "events") -> list[dt.date]:
    """The ingest dates of a table's published partitions, in order."""
    layout = OutputLayout(str(out_dir))
    found = {layout.partition_date(path) for path in list_files(layout.all_partition_files(table))}
    return sorted(day for day in found if day is not None)
