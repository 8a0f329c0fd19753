"""Event identity across articles and time (pipeline.identity, pipeline.merge): the rule, the two
real cases from the dev data, no merge across years, and order independence."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.identity import Anchor, group_by_time
from pipeline.merge import identify_events
from tests.support import REPO, make_article

DEV = REPO / "eval" / "dev"


def _dev_article(article_id: str):
    for path in DEV.glob("*.gold.jsonl"):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if record["article"]["id"] == article_id:
                article = record["article"]
                return make_article(article["text"], article["published_at"], article_id)
    raise LookupError(article_id)


def _calls(extractor, *article_ids, participants):
    return [m for article_id in article_ids for m in extractor.extract(_dev_article(article_id))
            if m.event.event_type == "DIPLOMATIC_CALL" and sorted(m.event.call.participants) == participants]


def test_a_dated_and_an_undated_report_of_one_phone_call_are_one_event(extractor):
    # The 6 October 2019 Trump-Erdogan call: undated in wn19-025 (published 8 October: "after
    # Trump had a phone conversation with ..."), dated "On October 6" in wn19-029.
    mentions = _calls(extractor, "wn19-025", "wn19-029", participants=["TUR", "USA"])
    assert {m.article_id for m in mentions} == {"wn19-025", "wn19-029"}
    events = identify_events(mentions, "v")
    assert len(events) == 1
    event, rows = events[0]
    assert event.event_date == dt.date(2019, 10, 6) and event.anchor_source == "EVENT"
    assert event.anchor_date == dt.date(2019, 10, 6)
    assert event.num_articles == 2 and {row.event_id for row in rows} == {event.event_id}


def test_undated_reports_of_one_key_years_apart_are_two_events(extractor):
    # An undated phone call (wn19-027, 2019) and an undated visit (wc25c-018, 2025) of the same
    # two states used to share an id; their publication days are years apart.
    mentions = _calls(extractor, "wn19-027", "wc25c-018", participants=["GBR", "USA"])
    assert {m.article_id for m in mentions} == {"wn19-027", "wc25c-018"}
    events = identify_events(mentions, "v")
    assert len(events) == 2
    assert len({event.event_id for event, _ in events}) == 2
    assert sorted(event.anchor_source for event, _ in events) == ["PUBLICATION", "PUBLICATION"]


def _call_text(day: str) -> str:
    return f"Chinese President Xi Jinping spoke with South Korean President Lee Jae-myung by phone{day}."


def _mention(extractor, text: str, published: str, article_id: str):
    (mention,) = [m for m in extractor.extract(make_article(text, published, article_id))
                  if m.event.event_type == "DIPLOMATIC_CALL"]
    return mention


def test_calls_of_one_pair_on_different_days_stay_apart_and_undated_reports_join_the_nearest(extractor):
    monday = _mention(extractor, _call_text(" on Monday"), "2025-06-10", "a")  # 2025-06-09
    friday = _mention(extractor, _call_text(" on Friday"), "2025-06-14", "b")  # 2025-06-13
    undated = _mention(extractor, _call_text(""), "2025-06-15", "c")  # nearer Friday
    events = identify_events([monday, friday, undated], "v")
    by_date = {event.event_date: sorted(row.article_id for row in rows) for event, rows in events}
    assert by_date == {dt.date(2025, 6, 9): ["a"], dt.date(2025, 6, 13): ["b", "c"]}


def test_nothing_joins_across_the_window_or_across_years(extractor):
    first = _mention(extractor, _call_text(""), "2024-12-30", "a")
    next_year = _mention(extractor, _call_text(""), "2025-01-20", "b")
    events = identify_events([first, next_year], "v")
    assert len(events) == 2
    assert {event.anchor_date.year for event, _ in events} == {2024, 2025}


def test_an_election_reported_at_several_stages_is_one_event_at_its_latest_stage(extractor):
    held = [m for m in extractor.extract(make_article(
        "South Koreans voted on Tuesday in a snap presidential election.", "2025-06-04", "a"))
        if m.event.event_type == "ELECTION"]
    sworn = [m for m in extractor.extract(make_article(
        "Lee Jae-myung was sworn in as President of South Korea on Wednesday.", "2025-06-05", "b"))
        if m.event.event_type == "ELECTION"]
    assert held and sworn
    events = identify_events([*held, *sworn], "v")
    assert len(events) == 1
    assert events[0][0].election.stage == "INAUGURATION"


# Order and shard independence ---------------------------------------------------------------------

_DAYS = st.dates(min_value=dt.date(2024, 11, 1), max_value=dt.date(2025, 3, 1))
_ANCHORS = st.builds(
    lambda day, precision, source: Anchor.of_date(
        day.replace(day=1) if precision == "MONTH" else day, precision, source),
    _DAYS, st.sampled_from(["DAY", "DAY", "WEEK", "MONTH"]), st.sampled_from(["EVENT", "PUBLICATION"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_ANCHORS, st.integers(0, 10**6)), min_size=1, max_size=25),
       st.randoms(use_true_random=False), st.booleans(), st.integers(1, 45))
def test_grouping_does_not_depend_on_order(items, random, one_per_day, window):
    def groups(sequence):
        return group_by_time(sequence, lambda item: item[0], window, one_per_day, lambda item: item[1])

    shuffled = list(items)
    random.shuffle(shuffled)
    assert groups(items) == groups(shuffled)
    found = groups(items)
    assert sorted(item for _, group in found for item in group) == sorted(items)  # nothing lost or doubled
    for anchor, group in found:
        # every member lies within the window of the group's anchor (one window, not a chain)
        assert all(anchor.days_to(item[0]) <= window for item in group)


# Across runs: rows written by different partitions ------------------------------------------------

def _row(event_id, key, event_date=None, precision="UNKNOWN", anchor_date=None, source="PUBLICATION",
         event_type="DIPLOMATIC_CALL"):
    return {"event_id": event_id, "event_type": event_type, "event_key": key, "event_date": event_date,
            "date_precision": precision, "anchor_date": anchor_date or event_date, "anchor_source": source}


def test_rows_of_one_event_from_two_partitions_join_the_earliest():
    from pipeline.extract.events import identity_window as _windows
    from pipeline.identity import rows_of_one_event

    day = dt.date(2019, 10, 6)
    rows = [
        _row("dated", "k", day, "DAY", source="EVENT"),
        _row("undated-two-days-later", "k", anchor_date=day + dt.timedelta(days=2)),
        _row("other-key", "k2", anchor_date=day),
        _row("a-year-later", "k", anchor_date=day.replace(year=2020)),
        _row("old-file", None, anchor_date=day),
    ]
    assert rows_of_one_event(rows, _windows) == {"undated-two-days-later": "dated"}
    assert rows_of_one_event(list(reversed(rows)), _windows) == {"undated-two-days-later": "dated"}
