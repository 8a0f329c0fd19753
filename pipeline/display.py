"""The events of an output directory for people and for scripts: `events-pipeline inspect OUT_DIR`.

One row per event across partitions (the rule `load` follows: `pipeline.warehouse.read`),
filtered by type, country and date, dated events first and the newest first, as a table that
fits the terminal or as CSV, JSON or JSON Lines; with the evidence sentences and their URLs on
request. `--dead-letters` summarises the rejected inputs instead.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import textwrap
from collections.abc import Iterable
from pathlib import Path

from pipeline.extract.events import kind_of
from pipeline.extract.locations import where_text
from pipeline.warehouse.read import read_joined_events, read_table
from pipeline.tables import dead_letter_reason

FORMATS = ("table", "csv", "json", "jsonl")


def key_countries(event: dict) -> str:
    """The event's identifying countries as its kind shows them: "CHN+KOR", "ECU president"."""
    kind = kind_of(event["event_type"])
    return kind.display_key(event.get(kind.field) or {})


def best_date(event: dict) -> tuple[dt.date | None, str]:
    """The date to filter and sort an event by, and what it is: its own date (`EVENT`), else its
    anchor (`ANCHOR`: the day its first article was published), else the first publication
    (`PUBLISHED`, rows written before anchors existed); (None, "") when nothing dates it."""
    if event.get("event_date"):
        return event["event_date"], "EVENT"
    if event.get("anchor_date"):
        return event["anchor_date"], "ANCHOR"
    if event.get("first_published_at"):
        return event["first_published_at"].date(), "PUBLISHED"
    return None, ""


@dataclasses.dataclass(frozen=True)
class EventFilter:
    """Which events to show: any of `types`, involving any of `countries` (codes as written in the
    events' `countries`, e.g. CHN or EU), best date within [since, until] (an undated event is out
    when either bound is given)."""

    types: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    since: dt.date | None = None
    until: dt.date | None = None

    def __call__(self, event: dict) -> bool:
        if self.types and event["event_type"] not in self.types:
            return False
        if self.countries and not self.countries & set(event["countries"]):
            return False
        if self.since or self.until:
            day, _ = best_date(event)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return True


@dataclasses.dataclass
class ShownEvent:
    """An event as `inspect` shows it, with the mentions' evidence when asked for."""

    event: dict
    evidence: list[dict] = dataclasses.field(default_factory=list)  # {url, article_id, sentences}


def select_events(out_dir: Path, ingest_date: dt.date | None = None, keep: EventFilter = EventFilter(),
                  limit: int | None = None, evidence: bool = False) -> list[ShownEvent]:
    """The events of OUT_DIR (one partition, or all joined) that `keep` accepts, dated first and
    newest first (then by type and key), at most `limit`; with `evidence`, each mention's
    sentences and URL."""
    joined = [(event, ids) for event, ids in read_joined_events(out_dir, ingest_date) if keep(event)]
    # newest first, undated last; within a day by type and key (sorts are stable: the last decides first)
    joined.sort(key=lambda pair: (pair[0]["event_type"], key_countries(pair[0])))
    joined.sort(key=lambda pair: best_date(pair[0])[0] or dt.date.min, reverse=True)
    shown = [ShownEvent(event) for event, _ in joined[:limit]]
    if evidence and shown:
        owner = {event_id: item for item, (_, ids) in zip(shown, joined) for event_id in ids}
        for mention in read_table(out_dir, "mentions", ingest_date):
            item = owner.get(mention["event_id"])
            if item and all(seen["article_id"] != mention["article_id"] for seen in item.evidence):
                item.evidence.append({"url": mention["url"] or None, "article_id": mention["article_id"],
                                      "sentences": [piece["text"] for piece in mention["evidence"]]})
    return shown


def event_rows(out_dir: Path, ingest_date: dt.date | None = None) -> list[tuple[str, ...]]:
    """(date, type, key countries, actors, summary) for each event of OUT_DIR, as `inspect`
    orders them."""
    return [table_row(item.event) for item in select_events(out_dir, ingest_date)]


def table_row(event: dict) -> tuple[str, ...]:
    """(date, type, key countries, actors, summary) for people. The date is the event's own (its
    precision beside it unless DAY), else the day its first article was published, marked
    "(published)"."""
    day, basis = best_date(event)
    date = day.isoformat() if day else "-"
    if basis == "EVENT" and event["date_precision"] not in ("DAY", "UNKNOWN"):
        date += f" ({event['date_precision'].lower()})"
    elif basis in ("ANCHOR", "PUBLISHED"):
        date += " (published)"
    actors = ", ".join(f"{a['name']} ({a['country'] or '?'})" for a in event["actors"]) or "-"
    where = where_text(event.get("location"), event.get("location_basis"))
    summary = f"{event['summary']}; where: {where}" if where else event["summary"]
    return date, event["event_type"], key_countries(event), actors, summary


def event_record(item: ShownEvent, evidence: bool = False) -> dict:
    """An event as one flat-ish JSON object for scripts: the columns an analyst filters on."""
    event = item.event
    day, basis = best_date(event)
    record = {
        "event_id": event["event_id"],
        "date": day.isoformat() if day else None,
        "date_basis": basis or None,
        "date_precision": event["date_precision"],
        "event_type": event["event_type"],
        "key": key_countries(event),
        "countries": list(event["countries"]),
        "actors": [{"name": a["name"], "country": a["country"], "role": a["role"] or None, "part": a["part"] or None}
                   for a in event["actors"]],
        "summary": event["summary"],
        "where": where_text(event.get("location"), event.get("location_basis")) or None,
        "num_articles": event["num_articles"],
        "sources": list(event["sources"]),
        "first_published_at": event["first_published_at"].isoformat() if event["first_published_at"] else None,
    }
    if evidence:
        record["evidence"] = item.evidence
    return record


def render_events(shown: list[ShownEvent], output_format: str, width: int, evidence: bool = False) -> str:
    """The events in one of FORMATS; a table is cut to `width` columns."""
    if output_format == "table":
        return render_table([table_row(item.event) for item in shown], width,
                            [item.evidence for item in shown] if evidence else None)
    records = [event_record(item, evidence) for item in shown]
    if output_format == "csv":
        return _csv([_flat(record) for record in records], [*_CSV_COLUMNS, *(["evidence"] if evidence else [])])
    return _json(records, output_format)


_CSV_COLUMNS = ["event_id", "date", "date_basis", "date_precision", "event_type", "key", "countries", "actors",
                "summary", "where", "num_articles", "sources", "first_published_at"]


def _flat(record: dict) -> dict:
    """An event record with its lists as text, for a CSV cell each."""
    flat = {**record,
            "countries": ";".join(record["countries"]),
            "actors": "; ".join(f"{a['name']} ({a['country'] or '?'})" for a in record["actors"]),
            "sources": "; ".join(record["sources"])}
    if "evidence" in record:
        flat["evidence"] = " | ".join(f"{sentence} [{mention['url'] or mention['article_id']}]"
                                      for mention in record["evidence"] for sentence in mention["sentences"])
    return flat


def render_table(rows: list[tuple[str, ...]], width: int = 10_000, evidence: list[list[dict]] | None = None) -> str:
    """A table of (date, type, countries, actors, summary) rows in at most `width` columns: the
    actors and the summary are cut (with "…") when the line would be longer; each row's evidence
    sentences and URLs follow it, indented and wrapped, when given."""
    header = ("DATE", "TYPE", "COUNTRIES", "ACTORS", "SUMMARY")
    if not rows:
        return "no events"
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    room = width - sum(widths[:3]) - 2 * (len(header) - 1)  # left for the actors and the summary
    if widths[3] + widths[4] > room:  # a third of the room for the actors, the rest for the summary
        widths[3] = min(widths[3], max(8, room // 3))
        widths[4] = max(8, room - widths[3])
    lines = []
    for index, row in enumerate((header, *rows)):
        cells = [_cut(cell, w).ljust(w) for cell, w in zip(row[:-1], widths)]
        lines.append("  ".join([*cells, _cut(row[-1], widths[-1])]))
        if evidence and index > 0:
            lines.extend(_evidence_lines(evidence[index - 1], width))
    return "\n".join(lines) + f"\n{len(rows)} event(s)"


def _evidence_lines(evidence: list[dict], width: int) -> list[str]:
    lines = []
    for mention in evidence:
        lines.append(f"    {mention['url'] or mention['article_id']}")
        for sentence in mention["sentences"]:
            lines.extend(textwrap.wrap(f"“{sentence}”", max(20, width - 6), initial_indent="      ",
                                       subsequent_indent="       "))
    return lines


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def dead_letter_summary(out_dir: Path, ingest_date: dt.date | None = None) -> list[dict]:
    """The dead letters of OUT_DIR counted by reason (`tables.dead_letter_reason`, as the run's
    summary and report count them), the most frequent first, each with its stage, error type
    and one example: its input path and message."""
    groups: dict[str, dict] = {}
    for letter in read_table(out_dir, "dead_letters", ingest_date):
        group = groups.setdefault(dead_letter_reason(letter), {
            "reason": dead_letter_reason(letter), "stage": letter["stage"], "error_type": letter["error_type"],
            "count": 0, "example_input": letter["input_path"], "example_message": letter["message"]})
        group["count"] += 1
    return sorted(groups.values(), key=lambda group: (-group["count"], group["reason"]))


def render_dead_letters(summary: list[dict], output_format: str, width: int) -> str:
    """The dead-letter summary in one of FORMATS."""
    columns = ["reason", "stage", "error_type", "count", "example_input", "example_message"]
    if output_format == "csv":
        return _csv(summary, columns)
    if output_format != "table":
        return _json(summary, output_format)
    if not summary:
        return "no dead letters"
    rows = [(g["reason"], g["error_type"], str(g["count"]), f"{g['example_input']}: {' '.join(g['example_message'].split())}")
            for g in summary]
    header = ("REASON", "ERROR", "COUNT", "EXAMPLE")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(3)]
    example_width = max(20, width - sum(widths) - 6)
    lines = ["  ".join([*(cell.ljust(w) for cell, w in zip(row[:3], widths)), _cut(row[3], example_width)])
             for row in (header, *rows)]
    return "\n".join(lines) + f"\n{sum(g['count'] for g in summary)} dead letter(s)"


def _csv(records: Iterable[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue().rstrip("\n")


def _json(records: list[dict], output_format: str) -> str:
    if output_format == "jsonl":
        return "\n".join(json.dumps(record, ensure_ascii=False) for record in records)
    return json.dumps(records, ensure_ascii=False, indent=2)
