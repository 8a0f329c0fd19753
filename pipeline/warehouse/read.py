"""Reading the published tables of an output directory back, through Beam's FileSystems (a local
folder or an object store), where `pipeline.run.layout` says they are.

A batch partition is read through its commit point (`pipeline.run.publish`): the files its
manifest lists, never those of a run under way or killed. A partition with no commit point at
all (the Flex Template's job writes straight into the partition folders) is read as the files
in its folder that are not named after a run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import fastavro
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.run.layout import OutputLayout
from pipeline.run.publish import committed_files
from pipeline.run.storage import list_files


def read_table(out_dir: str | Path, table: str, ingest_date: dt.date | None = None) -> Iterator[dict]:
    """Every record of one table under OUT_DIR, in file order: one batch partition, or all
    partitions and streaming windows."""
    layout = OutputLayout(str(out_dir))
    days = [ingest_date] if ingest_date else partition_dates(out_dir, table)
    paths = [path for day in days for path in published_files(layout, table, day)]
    if not ingest_date:
        paths += list_files(layout.window_files(table))
    yield from read_files(paths)


def read_files(paths: list[str]) -> Iterator[dict]:
    """Every record of the Avro files at `paths`, in that order."""
    for path in paths:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as stream:
            yield from fastavro.reader(stream)


def published_files(layout: OutputLayout, table: str, day: dt.date) -> list[str]:
    """The files of a table's partition that readers see, sorted: those the commit point lists;
    with none, the files in the partition folder not named after a run."""
    committed = committed_files(layout, day)
    if committed is not None:
        return sorted(committed[table])
    return [path for path in list_files(layout.partition_files(table, day)) if layout.run_of_file(path) is None]


def partition_dates(out_dir: str | Path, table: str = "events") -> list[dt.date]:
    """The ingest dates with a published partition of the table, in order: those with a commit
    point, and those whose folder holds files not named after a run."""
    layout = OutputLayout(str(out_dir))
    found = {layout.partition_date(path) for path in list_files(layout.all_manifests())}
    found |= {layout.partition_date(path) for path in list_files(layout.all_partition_files(table))
              if layout.run_of_file(path) is None}
    return sorted(day for day in found if day is not None)


def read_events(out_dir: str | Path, ingest_date: dt.date | None = None) -> list[dict]:
    """One record per event across the partitions read, by the rule `load` follows: the same
    `event_id`, or rows that are one event (`pipeline.identity`), are one, kept as the earliest
    row with the most precise date any of them gives and their sources united."""
    return [event for event, _ in read_joined_events(out_dir, ingest_date)]


def read_joined_events(out_dir: str | Path, ingest_date: dt.date | None = None) -> list[tuple[dict, set[str]]]:
    """As `read_events`, each event with the `event_id`s of every row joined into it (its own
    among them): the ids its mentions carry."""
    from pipeline.extract.dates import PRECISION_RANK
    from pipeline.extract.events import identity_window
    from pipeline.identity import rows_of_one_event

    by_id: dict[str, dict] = {}
    for event in read_table(out_dir, "events", ingest_date):
        known = by_id.setdefault(event["event_id"], event)
        if known is not event:
            _join(known, event, PRECISION_RANK)

    ids = {event_id: {event_id} for event_id in by_id}
    for old, keeper in rows_of_one_event(list(by_id.values()), identity_window).items():
        _join(by_id[keeper], by_id.pop(old), PRECISION_RANK)
        ids[keeper] |= ids.pop(old)
    return [(event, ids[event_id]) for event_id, event in by_id.items()]


def _join(keeper: dict, other: dict, precision_rank: dict[str, int]) -> None:
    keeper["sources"] = sorted(set(keeper["sources"]) | set(other["sources"]))
    published = [p for p in (keeper["first_published_at"], other["first_published_at"]) if p is not None]
    keeper["first_published_at"] = min(published) if published else None
    def rank(event):
        return precision_rank.get(event["date_precision"], 9) if event["event_date"] else 99
    if rank(other) < rank(keeper):
        for field in ("event_date", "date_precision", "date_text"):
            keeper[field] = other[field]
        keeper["anchor_date"], keeper["anchor_source"] = other["event_date"], "EVENT"
