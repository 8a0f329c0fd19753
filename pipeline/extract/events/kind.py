"""What an event type is to the rest of the pipeline: one `EventKind` per type.

Each module of this package defines one kind (its detector, typed details, article-level merge,
codes, summary, display and scoring keys) and the registry in `__init__.py` lists them.
Extraction, `inspect`, `evaluate` and the scorer loop over the registry, so a new type is one
module, one registry line, its details field in `schemas/event.avsc`, and its section in
docs/EVENTS.md.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Callable

from pydantic import BaseModel

from pipeline.extract.dates import refines
from pipeline.extract.document import AnalysedArticle, Finding

if TYPE_CHECKING:
    from pipeline.extract.gazetteer import Gazetteer

# (cameo_code, plover_type, plover_mode); Nones where no mapping exists
Codes = tuple[str | None, str | None, str | None]
NO_CODES: Codes = (None, None, None)


@dataclasses.dataclass(frozen=True)
class ArticleContext:
    """What a kind's merge may consult: the analysed article, the gazetteer, and the merged
    findings of the kinds before it, by event type."""

    article: AnalysedArticle
    gazetteer: "Gazetteer"
    before: dict[str, list[Finding]]


@dataclasses.dataclass(frozen=True)
class EventKind:
    """One event type. Functions take the type's fields as a plain dict (a finding's `details`,
    or the gold-file/Avro form of the same fields)."""

    event_type: str  # "DIPLOMATIC_CALL"
    field: str  # the event record's field that holds the details: "call"
    details: type[BaseModel]  # the typed details record written under `field`
    detect: Callable[[AnalysedArticle], list[Finding]]  # findings per sentence, unmerged
    # Article-level merge of this kind's findings (what the article and the kinds merged before
    # it in the registry tell: a signal voiced in a call looks at the article's calls).
    merge: Callable[[list[Finding], "ArticleContext"], list[Finding]]
    countries: Callable[[dict], list[str]]  # the codes the event involves
    codes: Callable[[dict], Codes]
    # One readable line: (details, the people as "A, B" or "", code -> country name)
    summary: Callable[[dict, str, Callable[[str], str]], str]
    display_key: Callable[[dict], str]  # the countries column of `inspect`: "CHN+KOR", "DEU->IRN"
    scoring_key: Callable[[dict], object]  # what a gold and a predicted event must share (EVENTS.md)
    subtype_fields: tuple[str, ...]  # the fields behind "subtype accuracy"
    preferred_field: str  # within one key, a prediction agreeing on this field pairs first
    tie_break_fields: tuple[str, ...]  # then the one agreeing on most of these
    # Identity in time (pipeline.identity): reports of one key whose anchors lie within this
    # many days of the event's earliest are one event; `one_per_day`: reports dated to
    # different days are different events.
    identity_window_days: int = 7
    # The details of an event reported by several articles, from their details (the most
    # confident report first); by default the first's.
    combine: Callable[[list[dict]], dict] = lambda reports: reports[0]
    one_per_day: bool = False
    target_field: str | None = None  # scored as "target accuracy" when set
    # The word starts (lower case; or words parted by single spaces: "has to") one of which every
    # match of the detector's triggers holds: a sentence holding none is skipped, an article holding
    # none is not read by the detector (`pipeline.extract.candidates`). None: every sentence is read.
    # A new trigger word needs its cue here, and a new pattern the detector must match before it fires
    # its line in ENTRY_PATTERNS of tests/unit/test_candidates.py, which fails until the cues cover it.
    cues: tuple[str, ...] | None = None


def merge_same_key(findings: list[Finding]) -> list[Finding]:
    """Findings of one event (same type and key) become one, with all their evidence."""
    merged: dict[tuple, Finding] = {}
    for finding in findings:
        existing = merged.get(finding.key)
        if existing is None:
            merged[finding.key] = finding
            continue
        absorb(existing, finding)
    return list(merged.values())


def absorb(into: Finding, other: Finding, finer_date: bool = True) -> None:
    """`other` is more evidence of `into`: its evidence and actors join. The event takes a more
    precise date of its evidence when it lies within the period of the one it has (a day of "this
    week"; a day months before is background merged in, not the date), unless `finer_date` is
    False; it takes a date where it has none."""
    into.evidence.extend(s for s in other.evidence if s not in into.evidence)
    known = {(a.name, a.country) for a in into.actors}
    into.actors.extend(a for a in other.actors if (a.name, a.country) not in known)
    if other.date.date is not None and (into.date.date is None or (finer_date and refines(other.date, into.date))):
        into.date = other.date
    into.confidence = max(into.confidence, other.confidence)
    into.definite = into.definite and other.definite


def with_people(people: str) -> str:
    """" (A, B)" for a summary line, or "" when nobody is named."""
    return f" ({people})" if people else ""
