"""Merging the mentions of one event (same `event_id`) from many articles into one `Event`.

Beam-free and order-independent: the same mentions in any order give the same event.
"""

from __future__ import annotations

from pipeline.records import Actor, Event, EventMention


def merge_mentions(mentions: list[EventMention], extractor_version: str) -> Event:
    """One `Event` from the mentions that share its id.

    The type-specific fields, date and summary come from the most confident mention (ties go to
    the earliest published, then the smallest article id); actors are the union over all mentions.
    """
    if not mentions:
        raise ValueError("merge_mentions needs at least one mention")
    ordered = sorted(mentions, key=_preference)
    best = ordered[0].event
    actors: dict[tuple, Actor] = {}
    for mention in ordered:
        for actor in mention.event.actors:
            actors.setdefault((actor.name, actor.country, actor.part), actor)
    published = [m.published_at for m in mentions if m.published_at is not None]
    return Event(
        **best.model_dump(exclude={"actors", "countries"}),
        actors=list(actors.values()),
        countries=sorted({code for m in mentions for code in m.event.countries}),
        num_articles=len({m.article_id for m in mentions}),
        num_mentions=len(mentions),
        first_published_at=min(published) if published else None,
        sources=sorted({m.source or m.url for m in mentions if m.source or m.url}),
        extractor_version=extractor_version,
    )


def _preference(mention: EventMention) -> tuple:
    published = mention.published_at.isoformat() if mention.published_at else "~"
    return (-mention.event.confidence, published, mention.article_id)
