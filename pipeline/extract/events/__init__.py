"""The event types, one module each, and the registry that extraction, `inspect`, `evaluate` and
the scorer loop over (in this order: a kind's merge sees the merged findings of the kinds before
it). Adding a type: a module defining `KIND`, a line here, its details field in
`schemas/event.avsc`, and its section in docs/EVENTS.md."""

from __future__ import annotations

from pipeline.extract.events import calls, elections, policy
from pipeline.extract.events.kind import EventKind

KINDS: dict[str, EventKind] = {kind.event_type: kind for kind in (calls.KIND, elections.KIND, policy.KIND)}


def kind_of(event_type: str) -> EventKind:
    """The kind of an event type; ValueError for a type that is not registered."""
    try:
        return KINDS[event_type]
    except KeyError:
        raise ValueError(f"unknown event type {event_type!r}; expected one of {tuple(KINDS)}") from None


def identity_window(event_type: str) -> tuple[int, bool]:
    """(days, one_per_day): when reports of this type and one key are one event (pipeline.identity)."""
    kind = kind_of(event_type)
    return kind.identity_window_days, kind.one_per_day
