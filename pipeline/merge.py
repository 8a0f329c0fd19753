"""Merging the reports of one event into one `Event` (Beam-free): which mentions are one event
(`pipeline.identity`, per kind), and the merged record with its mention rows.

Order-independent: the same mentions in any order give the same events.
"""

from __future__ import annotations

from typing import Iterable

from pipeline.extract.events import identity_window, kind_of
from pipeline.extract.locations import PLACELESS, PRECISION_ORDER
from pipeline.extract.dates import PRECISION_RANK
from pipeline.identity import EVENT, PUBLICATION, anchor_of, event_id, group_by_time
from pipeline.records import Actor, Event, EventMention, Mention


def identify_events(mentions: Iterable[EventMention], extractor_version: str) -> list[tuple[Event, list[Mention]]]:
    """Mentions of one type and key (`event_key`) -> each event they report, with its mention
    rows, by the kind's identity window."""
    mentions = list(mentions)
    if not mentions:
        return []
    window_days, one_per_day = identity_window(mentions[0].event.event_type)
    groups = group_by_time(mentions, anchor_of, window_days, one_per_day, _preference)
    result = []
    for anchor, group in groups:
        identity = event_id(group[0].event.event_type, group[0].event.event_key, anchor)
        result.append((merge_mentions(group, extractor_version, identity),
                       [m.to_mention().model_copy(update={"event_id": identity}) for m in group]))
    return result


def merge_mentions(mentions: list[EventMention], extractor_version: str, identity: str | None = None) -> Event:
    """One `Event` from the mentions of one event.

    The type-specific fields and summary come from the most confident mention (ties go to the
    earliest published, then the smallest article id); the date is the most precise one any
    mention gives (a DAY date over a MONTH date; then the same preference); actors are the union
    over all mentions; the location is the most precise one any mention gives (a city over a
    country; then the same preference), unless the preferred mention says the event has no place
    (a phone call). `identity` is the event id (by default the preferred
    mention's).
    """
    if not mentions:
        raise ValueError("merge_mentions needs at least one mention")
    ordered = sorted(mentions, key=_preference)
    best = ordered[0].event
    dated = [m.event for m in ordered if m.event.event_date is not None]
    date_source = min(dated, key=lambda e: PRECISION_RANK.get(e.date_precision, 9)) if dated else best
    actors: dict[tuple, Actor] = {}
    for mention in ordered:
        for actor in mention.event.actors:
            actors.setdefault((actor.name, actor.country, actor.part), actor)
    sources = {m.source or m.url for m in mentions if m.source or m.url}
    published = [m.published_at for m in mentions if m.published_at is not None]
    first_published = min(published) if published else None
    if date_source.event_date is not None:
        anchor_date, anchor_source = date_source.event_date, EVENT
    else:
        anchor_date = first_published.date() if first_published else None
        anchor_source = PUBLICATION if first_published else None
    located = [m.event for m in ordered if m.event.location is not None]
    location_source = best
    if located and best.location_basis not in PLACELESS:  # a phone call stays placeless
        location_source = min(located, key=lambda e: PRECISION_ORDER.get(e.location.precision, 9))
    kind = kind_of(best.event_type)
    fields = best.model_dump(exclude={"actors", "countries", "event_id", "event_date", "date_precision", "date_text",
                                      "location", "location_basis"})
    fields[kind.field] = kind.combine([m.event.model_dump()[kind.field] for m in ordered])
    return Event(
        **fields,
        event_id=identity or best.event_id,
        event_date=date_source.event_date,
        date_precision=date_source.date_precision,
        date_text=date_source.date_text,
        actors=list(actors.values()),
        countries=sorted({code for m in mentions for code in m.event.countries}),
        num_articles=len({m.article_id for m in mentions}),
        num_mentions=len(mentions),
        first_published_at=first_published,
        sources=sorted(sources),
        num_sources=len(sources),
        location=location_source.location,
        location_basis=location_source.location_basis,
        extractor_version=extractor_version,
        anchor_date=anchor_date,
        anchor_source=anchor_source,
    )


def _preference(mention: EventMention) -> tuple:
    published = mention.published_at.isoformat() if mention.published_at else "~"
    first_evidence = mention.evidence[0].start if mention.evidence else -1
    return (-mention.event.confidence, published, mention.article_id, first_evidence)
