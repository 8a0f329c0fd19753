"""The records that flow through the pipeline and land in the warehouse.

Pydantic models, Beam-free. Each written record has a twin `.avsc` under `schemas/`;
`tests/unit/test_records.py` keeps the two in step. `to_avro()` gives the dict a sink writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict

DatePrecision = Literal["DAY", "WEEK", "MONTH", "YEAR", "UNKNOWN"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def to_avro(self) -> dict:
        return self.model_dump()


class Article(_Record):
    """One normalised news article: what every reader produces."""

    article_id: str
    url: str = ""
    title: str = ""
    summary: str = ""
    published_at: dt.datetime | None = None  # UTC
    source: str = ""
    text: str
    input_path: str = ""
    content_hash: str = ""

    @property
    def published_date(self) -> dt.date | None:
        return self.published_at.date() if self.published_at else None

    def as_tuple(self) -> tuple:
        """The fields in order, the date as ISO text: what the article is across a shuffle (Beam's
        fast coder writes a tuple of strings as it is, and pickles a model)."""
        published_at = self.published_at.isoformat() if self.published_at else None
        return (self.article_id, self.url, self.title, self.summary, published_at, self.source, self.text,
                self.input_path, self.content_hash)

    @classmethod
    def from_tuple(cls, values: tuple) -> Article:
        """The article `as_tuple` gave, not validated again (it was when it was read)."""
        article_id, url, title, summary, published_at, source, text, input_path, content_hash = values
        return cls.model_construct(
            article_id=article_id, url=url, title=title, summary=summary,
            published_at=dt.datetime.fromisoformat(published_at) if published_at else None,
            source=source, text=text, input_path=input_path, content_hash=content_hash)


class Actor(_Record):
    name: str
    role: str = ""
    country: str | None = None  # ISO alpha-3 or an organisation code (EVENTS.md)
    organisation: str | None = None
    part: str = ""  # INITIATOR | RECIPIENT | PARTICIPANT | WINNER | CANDIDATE | SIGNALLER
    actor_type: str | None = None  # GOV | MIL | LEG | JUD | PTY | IGO | DIP (pipeline.extract.actor_types)


class Evidence(_Record):
    """A verbatim fragment of the article with its character offsets: text[start:end]."""

    text: str
    start: int
    end: int


class CallDetails(_Record):
    participants: list[str]
    mode: str  # PHONE | MEETING | VISIT | SUMMIT
    host: str | None = None
    status: str = "OCCURRED"  # OCCURRED | PLANNED


class ElectionDetails(_Record):
    country: str
    stage: str  # SCHEDULED | HELD | RESULT | INAUGURATION
    office: str = ""
    winner: str | None = None


class Location(_Record):
    """Where an event took place, resolved offline in GeoNames (pipeline.extract.locations)."""

    name: str  # the place as written ("Beijing", "White House", "South Korea")
    country: str  # ISO alpha-3 of the place
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: str = "COUNTRY"  # CITY | ADMIN1 | COUNTRY


class PolicyDetails(_Record):
    signaller: str
    target: str | None = None
    topic: str = "OTHER"  # DIPLOMACY | TRADE | SECURITY | ECONOMY | OTHER
    stance: str = "NEUTRAL"  # COOPERATIVE | CONFRONTATIONAL | NEUTRAL


class EventCore(_Record):
    """What one article says about one event, before articles are merged.

    The type's details sit in the field its kind names (`pipeline.extract.events`): `call`,
    `election` or `policy` here; a kind registered beyond these carries its details record
    under its own field name (an extra field), as `schemas/event.avsc` must then declare."""

    model_config = ConfigDict(frozen=True, extra="allow")

    event_id: str
    event_type: str  # one of the registered kinds' types (pipeline.extract.events.KINDS)
    event_key: str | None = None  # hash of type and key: reports with one key and near anchors are one event
    call: CallDetails | None = None
    election: ElectionDetails | None = None
    policy: PolicyDetails | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = "UNKNOWN"
    date_text: str | None = None  # the words that gave the date; None when none did
    actors: list[Actor] = []
    countries: list[str] = []
    summary: str = ""
    confidence: float = 0.0
    cameo_code: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    # Where and who (GDELT-compatible columns; pipeline.extract.locations, pipeline.extract.cameo)
    location: Location | None = None
    location_basis: str | None = None  # how the location was found, or why there is none
    cameo_root: str | None = None  # the first two digits of cameo_code
    quad_class: int | None = None  # 1 verbal cooperation .. 4 material conflict, by cameo_root
    goldstein: float | None = None  # Goldstein scale of cameo_code (-10 .. +10)


class EventMention(_Record):
    """One event as found in one article, with the evidence that states it."""

    event: EventCore
    article_id: str
    url: str = ""
    published_at: dt.datetime | None = None
    source: str = ""
    evidence: list[Evidence] = []

    def to_mention(self) -> Mention:
        return Mention(
            event_id=self.event.event_id,
            article_id=self.article_id,
            url=self.url or None,
            published_at=self.published_at,
            evidence=self.evidence,
            confidence=self.event.confidence,
        )


class Mention(_Record):
    """Warehouse row: one article x one event."""

    event_id: str
    article_id: str
    url: str | None = None  # None when unknown (the warehouse rows write unknown strings as null)
    published_at: dt.datetime | None = None
    evidence: list[Evidence] = []
    confidence: float = 0.0


class Event(EventCore):
    """Warehouse row: one real-world event, merged over every article that reports it."""

    anchor_date: dt.date | None = None  # event_date, else the earliest publication day
    anchor_source: str | None = None  # EVENT | PUBLICATION
    num_articles: int = 1
    num_mentions: int = 1
    num_sources: int | None = None  # distinct sources (publishers, else URLs) among the articles
    first_published_at: dt.datetime | None = None
    sources: list[str] = []
    extractor_version: str = ""


class ArticleRecord(_Record):
    """Warehouse row: one article as read, without repeating the events; what is unknown is None."""

    article_id: str
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None
    source: str | None = None
    input_path: str = ""
    content_hash: str = ""
    text: str = ""
    num_events: int = 0


class DeadLetter(_Record):
    """An input that could not become an article (or an article that failed a stage), and why."""

    stage: str
    error_type: str
    message: str
    input_path: str = ""
    payload: str = ""
    stack: str | None = None  # where it was raised: the innermost frames, "file:line function"


def stable_id(*parts: object) -> str:
    """A deterministic 16-hex-digit id from the parts: stable across runs, machines and Python versions."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def escape_surrogates(text: str) -> str:
    """The text as UTF-8 an Avro file can hold: the bytes of a file name that is not UTF-8 (which
    Python carries as lone surrogates) written as escapes, and any other lone surrogate too.

    >>> escape_surrogates("in/caf\udce9.txt")
    'in/caf\\xe9.txt'
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
