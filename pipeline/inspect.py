"""Reading an output directory back for people: `events-pipeline inspect OUT_DIR`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import fastavro

from pipeline.extract.events import kind_of
from pipeline.extract.locations import where_text


def read_table(out_dir: Path, table: str, ingest_date: dt.date | None = None) -> Iterator[dict]:
    """Every record of one table under OUT_DIR, in file order: one batch partition, or all
    partitions and streaming windows."""
    if ingest_date:
        paths = Path(out_dir).glob(f"{table}/ingest_date={ingest_date.isoformat()}/*.avro")
    else:
        paths = [*Path(out_dir).glob(f"{table}/ingest_date=*/*.avro"), *Path(out_dir).glob(f"{table}/*.avro")]
    for path in sorted(paths):
        with path.open("rb") as stream:
            yield from fastavro.reader(stream)


def key_countries(event: dict) -> str:
    """The event's identifying countries as its kind shows them: "CHN+KOR", "ECU president"."""
    kind = kind_of(event["event_type"])
    return kind.display_key(event.get(kind.field) or {})


def event_rows(out_dir: Path, ingest_date: dt.date | None = None) -> list[tuple[str, ...]]:
    """(date, type, key countries, actors, summary) for each event, sorted by date then type."""
    rows = []
    for event in read_table(out_dir, "events", ingest_date):
        date = event["event_date"].isoformat() if event["event_date"] else "-"
        if event["date_precision"] not in ("DAY", "UNKNOWN"):
            date += f" ({event['date_precision'].lower()})"
        actors = ", ".join(f"{a['name']} ({a['country'] or '?'})" for a in event["actors"]) or "-"
        where = where_text(event.get("location"), event.get("location_basis"))
        summary = f"{event['summary']}; where: {where}" if where else event["summary"]
        rows.append((date, event["event_type"], key_countries(event), actors, summary))
    return sorted(rows)


def render_table(rows: list[tuple[str, ...]]) -> str:
    header = ("DATE", "TYPE", "COUNTRIES", "ACTORS", "SUMMARY")
    if not rows:
        return "no events"
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths)]
        lines.append("  ".join([*cells, row[-1]]))
    return "\n".join(lines) + f"\n{len(rows)} event(s)"
