"""Event identity in time (Beam-free): when two reports of the same type and key are one event.

A report's **time anchor** is its own date at its precision when the text gives one, else the
day its article was published. Per kind (`EventKind.identity_window_days`), anchors within the
window of a group's earliest anchor are one event; calls are one per day (two calls of the same
parties on different days are two calls; an undated report joins the nearest dated call in its
window). Nothing joins across more than the window, so never across years. The grouping depends
on the reports' content only, never on their order or sharding. DESIGN.md and EVENTS.md give the
rule and the windows.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from typing import Callable, Iterable, TypeVar

from pipeline.extract.dates import PRECISION_RANK
from pipeline.records import EventMention, stable_id

T = TypeVar("T")

EVENT, PUBLICATION = "EVENT", "PUBLICATION"


@dataclasses.dataclass(frozen=True, order=True)
class Anchor:
    """When an event happened as far as one report tells: the days [start, end] its date covers
    (one day for a DAY date or a publication day), and where that came from."""

    start: dt.date
    end: dt.date
    precision: str  # DAY, WEEK, MONTH or YEAR
    source: str  # EVENT (the text dates it) or PUBLICATION (the article's publication day)

    @classmethod
    def of_date(cls, date: dt.date, precision: str, source: str = EVENT) -> "Anchor":
        if precision == "WEEK":
            end = date + dt.timedelta(days=6)
        elif precision == "MONTH":
            end = date.replace(day=calendar.monthrange(date.year, date.month)[1])
        elif precision == "YEAR":
            end = date.replace(month=12, day=31)
        else:
            precision, end = "DAY", date
        return cls(date, end, precision, source)

    def days_to(self, other: "Anchor") -> int:
        """Days between the two spans; 0 when they overlap."""
        return max(0, (other.start - self.end).days, (self.start - other.end).days)

    @property
    def dated_day(self) -> dt.date | None:
        """The day, when the text itself dates the event to a day."""
        return self.start if self.source == EVENT and self.precision == "DAY" else None


def anchor_for(event_date: dt.date | None, precision: str, published_at: dt.datetime | None) -> Anchor | None:
    """A report's anchor: its own date at its precision, else its publication day, else None."""
    if event_date is not None and precision in PRECISION_RANK:
        return Anchor.of_date(event_date, precision)
    if published_at is not None:
        return Anchor.of_date(published_at.date(), "DAY", PUBLICATION)
    return None


def anchor_of(mention: EventMention) -> Anchor | None:
    """The anchor of one article's report of an event."""
    return anchor_for(mention.event.event_date, mention.event.date_precision, mention.published_at)


def group_by_time(items: Iterable[T], anchor: Callable[[T], Anchor | None], window_days: int,
                  one_per_day: bool, order: Callable[[T], object]) -> list[tuple[Anchor | None, list[T]]]:
    """Items of one type and key -> (the group's anchor, its items) per event.

    Items are taken in the order of their anchors (`order` breaks ties by content). With
    `one_per_day`, every day the text dates an item to starts an event of its own, and any other
    item joins the nearest such day within the window (the earlier on a tie). Items left start a
    group at the earliest anchor, which takes every later item within the window of it. Items
    with no anchor at all are one group (anchor None).
    """
    dated, unanchored = [], []
    for item in items:
        item_anchor = anchor(item)
        (dated if item_anchor is not None else unanchored).append((item_anchor, item))
    dated.sort(key=lambda pair: (pair[0], order(pair[1])))
    groups: dict[Anchor, list[T]] = {}
    rest = dated
    if one_per_day:
        days = sorted({Anchor.of_date(a.start, "DAY") for a, _ in dated if a.dated_day is not None})
        rest = []
        for item_anchor, item in dated:
            near = [(day.days_to(item_anchor), day) for day in days if day.days_to(item_anchor) <= window_days]
            if item_anchor.dated_day is not None:
                near = [(0, Anchor.of_date(item_anchor.start, "DAY"))]
            if near:
                groups.setdefault(min(near)[1], []).append(item)
            else:
                rest.append((item_anchor, item))
    seed: Anchor | None = None
    for item_anchor, item in rest:
        if seed is None or seed.days_to(item_anchor) > window_days:
            seed = item_anchor
        groups.setdefault(seed, []).append(item)
    result: list[tuple[Anchor | None, list[T]]] = sorted(groups.items())
    if unanchored:
        result.append((None, [item for _, item in sorted(unanchored, key=lambda pair: order(pair[1]))]))
    return result


def event_id(event_type: str, event_key: str, anchor: Anchor | None) -> str:
    """Deterministic: type, key and the event's time anchor."""
    if anchor is None:
        return stable_id(event_type, event_key, "", "UNKNOWN")
    return stable_id(event_type, event_key, anchor.start.isoformat(), anchor.precision, anchor.source)




def anchor_of_event_row(row: dict) -> Anchor | None:
    """The anchor of a written event (an `events` row as a dict): its own date at its precision,
    else its anchor (first publication) day."""
    if row.get("anchor_source") == EVENT and row.get("event_date") is not None:
        return Anchor.of_date(row["event_date"], row.get("date_precision") or "DAY")
    if row.get("anchor_date") is not None:
        return Anchor.of_date(row["anchor_date"], "DAY", PUBLICATION)
    return None


def rows_of_one_event(rows: Iterable[dict], window_days: Callable[[str], tuple[int, bool]]) -> dict[str, str]:
    """Event rows written by different runs or partitions -> {event_id: the id of the row it is
    the same event as}, for the rows that must join another one. Rows join by the same rule as
    reports (type, `event_key`, anchors within the kind's window); each group keeps the id of
    its earliest-anchored row (then the smallest id). `window_days(event_type)` gives the kind's
    (window, one_per_day). Rows without an `event_key` (written before it existed) join none."""
    by_key: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        if row.get("event_key"):
            by_key.setdefault((row["event_type"], row["event_key"]), []).append(row)
    joins = {}
    for (event_type, _), group_rows in sorted(by_key.items()):
        if len(group_rows) < 2:
            continue
        window, one_per_day = window_days(event_type)
        for _, group in group_by_time(group_rows, anchor_of_event_row, window, one_per_day, lambda r: r["event_id"]):
            keeper = group[0]["event_id"]  # groups are in anchor order, then by id
            joins.update({row["event_id"]: keeper for row in group[1:] if row["event_id"] != keeper})
    return joins
