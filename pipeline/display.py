"""The events of an output directory as a table for people: `events-pipeline inspect OUT_DIR`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.warehouse.read import read_table


def key_countries(event: dict) -> str:
    if event.get("call"):
        return "+".join(event["call"]["participants"])
    if event.get("election"):
        return event["election"]["country"]
    if event.get("policy"):
        policy = event["policy"]
        return f"{policy['signaller']}->{policy['target'] or '*'}"
    return ""


def event_rows(out_dir: Path, ingest_date: dt.date | None = None) -> list[tuple[str, ...]]:
    """(date, type, key countries, actors, summary) for each event, sorted by date then type."""
    rows = []
    for event in read_table(out_dir, "events", ingest_date):
        date = event["event_date"].isoformat() if event["event_date"] else "-"
        if event["date_precision"] not in ("DAY", "UNKNOWN"):
            date += f" ({event['date_precision'].lower()})"
        actors = ", ".join(f"{a['name']} ({a['country'] or '?'})" for a in event["actors"]) or "-"
        rows.append((date, event["event_type"], key_countries(event), actors, event["summary"]))
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
