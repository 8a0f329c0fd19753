"""The event-kind registry: every kind is complete, and a fourth kind added from a test (one
module's worth of code, a registry entry and its schema field) flows through extraction, the
article-level merge, `inspect` and `evaluate` without any other change."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import BaseModel, ConfigDict

from pipeline.extract.document import AnalysedArticle, Finding
from pipeline.extract.events import KINDS, kind_of
from pipeline.extract.events.kind import NO_CODES, EventKind, merge_same_key, with_people
from tests.support import LOCAL_RUNNER, make_article


def test_the_registry_holds_the_three_types_of_the_spec_in_merge_order():
    assert list(KINDS) == ["DIPLOMATIC_CALL", "ELECTION", "POLICY_SIGNAL"]
    assert [kind.field for kind in KINDS.values()] == ["call", "election", "policy"]


def test_an_unknown_type_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown event type 'WAR'"):
        kind_of("WAR")


# The toy kind: one module's worth of code --------------------------------------------------------

class PressDetails(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    speaker: str


_PRESS = re.compile(r"\bheld a press conference\b")


def detect_press_conferences(article: AnalysedArticle) -> list[Finding]:
    findings = []
    for analysed in article.sentences:
        match = _PRESS.search(analysed.text)
        before = [a for a in analysed.agents if analysed.local(a.start) < (match.start() if match else 0)]
        if match and before:
            code = before[-1].code
            findings.append(Finding(
                event_type="PRESS_CONFERENCE", key=(code,), details={"speaker": code},
                actors=[a for a in (before[-1].actor("SPEAKER"),) if a], evidence=[analysed.sentence],
                date=analysed.date,
            ))
    return findings


PRESS_KIND = EventKind(
    event_type="PRESS_CONFERENCE",
    field="press",
    details=PressDetails,
    detect=detect_press_conferences,
    merge=lambda findings, _context: merge_same_key(findings),
    countries=lambda details: [details["speaker"]],
    codes=lambda _details: NO_CODES,
    summary=lambda details, people, name: f"{name(details['speaker'])}: press conference{with_people(people)}",
    display_key=lambda details: details.get("speaker") or "-",
    scoring_key=lambda event: event.get("speaker") or "",
    subtype_fields=(),
    preferred_field="speaker",
    tie_break_fields=("date",),
)

_PRESS_FIELD = {
    "name": "press", "default": None,
    "type": ["null", {"type": "record", "name": "PressDetails", "fields": [{"name": "speaker", "type": "string"}]}],
}

TEXT = ("French President Emmanuel Macron held a press conference in Paris on Tuesday. "
        "Macron later held a press conference again. Chinese President Xi Jinping spoke with "
        "South Korean President Lee Jae-myung by phone on Monday.")


@pytest.fixture
def press_kind(monkeypatch):
    """The toy kind registered, and its details field added to the event schema."""
    import pipeline.run.job
    from pipeline import tables

    monkeypatch.setitem(KINDS, PRESS_KIND.event_type, PRESS_KIND)

    def schemas_with_press():
        schemas = tables.load_schemas()
        schemas["events"] = {**schemas["events"], "fields": [*schemas["events"]["fields"], _PRESS_FIELD]}
        return schemas

    monkeypatch.setattr(pipeline.run.job, "load_schemas", schemas_with_press)
    return PRESS_KIND


def test_a_fourth_kind_is_extracted_and_merged_within_the_article(press_kind, extractor):
    mentions = extractor.extract(make_article(TEXT))
    press = [m for m in mentions if m.event.event_type == "PRESS_CONFERENCE"]
    assert len(press) == 1  # two sentences, one event: the kind's merge
    event = press[0].event
    assert event.countries == ["FRA"]
    assert event.summary.startswith("France: press conference")
    assert event.to_avro()["press"] == {"speaker": "FRA"}
    assert [e.text for e in press[0].evidence][0].startswith("French President Emmanuel Macron held")
    assert event.event_date.isoformat() == "2025-06-10"
    # the other kinds still run beside it
    assert any(m.event.event_type == "DIPLOMATIC_CALL" for m in mentions)


def test_a_fourth_kind_flows_through_evaluate_and_inspect(press_kind, tmp_path):
    from pipeline import evaluation
    from pipeline.display import event_rows

    gold = {
        "article": {"id": "toy-1", "url": "", "title": "", "published_at": "2025-06-11", "source": "test",
                    "text": TEXT},
        "events": [
            {"type": "PRESS_CONFERENCE", "speaker": "FRA", "date": "2025-06-10", "date_precision": "DAY",
             "actors": [], "evidence": ["French President Emmanuel Macron held a press conference"]},
            {"type": "DIPLOMATIC_CALL", "participants": ["CHN", "KOR"], "mode": "PHONE", "status": "OCCURRED",
             "date": "2025-06-09", "date_precision": "DAY", "actors": [], "evidence": ["spoke with"]},
        ],
    }
    gold_path = tmp_path / "toy.gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = evaluation.evaluate([str(gold_path)], {"runner": LOCAL_RUNNER})
    assert result.scores["types"]["PRESS_CONFERENCE"] == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1, "predicted": 1}
    assert result.scores["micro"]["f1"] == 1.0

    out = tmp_path / "out"
    from pipeline.config import Config, OutputConfig
    from pipeline.run.job import make_job, run_job
    import datetime as dt

    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps(gold["article"]) + "\n", encoding="utf-8")
    config = Config(beam={"runner": LOCAL_RUNNER}, inputs=[str(articles)], output=OutputConfig(directory=str(out)))
    run_job(make_job(config, dt.date(2025, 6, 11)))
    rows = event_rows(out)
    assert ("2025-06-10", "PRESS_CONFERENCE", "FRA") in [row[:3] for row in rows]


# --- Background passages of long articles (document.in_background_passage) ----------------------

_NEWS = ("The defence ministry of Poland said on Tuesday it would buy new artillery from a local maker. "
         "The deal covers two hundred guns. Deliveries are to start next spring. "
         "The maker will hire engineers in three towns. Its chief said the order filled its books. "
         "Unions welcomed the news. The guns will replace older models.")
_UNDATED_SIGNAL = "US President Donald Trump has called for NATO members to increase military spending."
_HISTORY = "In 2019, Poland spent about two percent of its economy on defence."


@pytest.mark.parametrize(
    "text, kept",
    [
        # Late in a long article, undated, next to a sentence telling an earlier year: context.
        (_NEWS + "\n\n" + _UNDATED_SIGNAL + " " + _HISTORY, False),
        # The same signal without history next to it, or in the article's lead, is news.
        (_NEWS + "\n\n" + _UNDATED_SIGNAL + " The army plans more drills.", True),
        (_UNDATED_SIGNAL + " " + _HISTORY + " " + _NEWS, True),
        # Right after the lead, in the story's first half, history next to it makes it context too.
        ("Poland will buy new artillery from a local maker, its defence ministry said on Tuesday. The deal covers "
         "two hundred guns.\n\n" + _UNDATED_SIGNAL + " " + _HISTORY + "\n\n" + _NEWS, False),
        # History in another paragraph does not reach it.
        (_NEWS + "\n\n" + _HISTORY + "\n\n" + _UNDATED_SIGNAL, True),
        # A short report has no background passage.
        (_UNDATED_SIGNAL + " " + _HISTORY, True),
        # Next to a sentence dated months before publication (2025-06-11): context too; a recent day is news.
        (_NEWS + "\n\n" + _UNDATED_SIGNAL + " In February, Poland ordered tanks from Seoul.", False),
        (_NEWS + "\n\n" + _UNDATED_SIGNAL + " On Monday, Poland ordered tanks from Seoul.", True),
    ],
)
def test_an_undated_event_in_a_history_passage_after_the_lead_is_background(extractor, text, kept):
    from tests.support import events_of_type

    signals = events_of_type(extractor, text, "POLICY_SIGNAL")
    assert bool(signals) is kept


def test_merged_evidence_refines_an_events_date_only_within_its_period():
    import datetime

    from pipeline.extract.dates import resolve_date
    from pipeline.extract.document import Finding
    from pipeline.extract.events.kind import absorb

    published = datetime.date(2025, 6, 11)

    def finding(words):
        return Finding(event_type="POLICY_SIGNAL", key=("CHL", "PER"), details={}, actors=[], evidence=[],
                       date=resolve_date(words, published))

    within = finding("this week")
    absorb(within, finding("on Tuesday"))  # a day of that week: the finer date of the same event
    assert (within.date.date, within.date.precision) == (datetime.date(2025, 6, 10), "DAY")
    beyond = finding("this week")
    absorb(beyond, finding("on March 3"))  # a day months before: background merged in, not the date
    assert beyond.date.text == "this week"
    undated = finding("nothing")
    absorb(undated, finding("on March 3"))
    assert undated.date.date == datetime.date(2025, 3, 3)
