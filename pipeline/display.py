"""The events of an output directory as a table for people: `events-pipeline inspect OUT_DIR`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.extract.events import kind_of
from pipeline.extract.locations import where_text
from pipeline.warehouse.read import read_events


def key_countries(event: dict) -> str:
    """The event's identifying countries as its kind shows them: "CHN+KOR", "ECU president"."""
    kind = kind_of(event["event_type"])
    return kind.display_key(event.get(kind.field) or {})


def event_rows(out_dir: Path, ingest_date: dt.date | None = None) -> list[tuple[str, ...]]:
    """(date, type, key countries, actors, summary) for each event (one row per event across
    partitions), sorted by date then type. The date is the event's own, else its anchor: the
    day its first article was published, marked "(published)"."""
    rows = []
    for event in read_events(out_dir, ingest_date):
        if event["event_date"]:
            date = event["event_date"].isoformat()
            if event["date_precision"] not in ("DAY", "UNKNOWN"):
                date += f" ({event['date_precision'].lower()})"
        elif event.get("anchor_date"):
            date = f"{event['anchor_date'].isoformat()} (published)"
        else:
            date = "-"
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
