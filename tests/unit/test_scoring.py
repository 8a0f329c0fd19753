"""Unit tests for pipeline.scoring: small hand-made cases, then the dev gold against itself."""

import datetime
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline import scoring

REPO = Path(__file__).parents[2]
DEV = REPO / "eval" / "dev"


def call(participants, mode="PHONE", date="2025-06-10", precision="DAY", actors=()):
    return {
        "type": "DIPLOMATIC_CALL", "participants": list(participants), "mode": mode,
        "status": "OCCURRED", "date": date, "date_precision": precision,
        "date_text": "on Tuesday", "actors": list(actors), "evidence": ["held a phone conversation"],
    }


def election(country, stage="RESULT", office="president", date="", precision="UNKNOWN"):
    return {
        "type": "ELECTION", "country": country, "stage": stage, "office": office,
        "date": date, "date_precision": precision, "date_text": "", "actors": [],
        "evidence": ["won the election"],
    }


def signal(signaller, target, topic="DIPLOMACY", stance="COOPERATIVE", date="", precision="UNKNOWN"):
    event = {
        "type": "POLICY_SIGNAL", "signaller": signaller, "topic": topic, "stance": stance,
        "date": date, "date_precision": precision, "date_text": "", "actors": [],
        "evidence": ["vowed to strengthen ties"],
    }
    if target is not None:
        event["target"] = target
    return event


def actor(name, country, part="PARTICIPANT"):
    return {"name": name, "role": "president", "country": country, "part": part}


ALL_ONES = {
    "micro": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
    "paired": {"date_accuracy": 1.0, "subtype_accuracy": 1.0, "target_accuracy": 1.0, "actor_recall": 1.0},
}


def assert_all_ones(scores):
    assert scores["micro"] == ALL_ONES["micro"]
    assert scores["paired"] == ALL_ONES["paired"]
    for figures in scores["types"].values():
        assert (figures["precision"], figures["recall"], figures["f1"]) == (1.0, 1.0, 1.0)


# --- event_key and pairing ---------------------------------------------------------------


def test_event_key_per_type():
    assert scoring.event_key(call(["KOR", "CHN"])) == ("DIPLOMATIC_CALL", frozenset({"CHN", "KOR"}))
    assert scoring.event_key(election("KOR")) == ("ELECTION", "KOR")
    assert scoring.event_key(signal("CHN", "KOR")) == ("POLICY_SIGNAL", "CHN")


def test_event_key_rejects_an_unknown_type():
    with pytest.raises(ValueError, match="PROTEST"):
        scoring.event_key({"type": "PROTEST"})


def test_participant_order_does_not_matter_but_the_set_does():
    pairs, missed, spurious = scoring.pair_events([call(["CHN", "KOR"])], [call(["KOR", "CHN"])])
    assert len(pairs) == 1 and not missed and not spurious

    pairs, missed, spurious = scoring.pair_events([call(["CHN", "KOR"])], [call(["CHN", "KOR", "USA"])])
    assert pairs == [] and len(missed) == 1 and len(spurious) == 1


def test_same_key_but_another_type_does_not_pair():
    pairs, missed, spurious = scoring.pair_events([election("KOR")], [signal("KOR", "")])
    assert pairs == [] and missed == [election("KOR")] and spurious == [signal("KOR", "")]


def test_policy_signal_pairs_with_matching_target_first():
    gold = [
        signal("CHN", "USA", topic="TRADE", stance="CONFRONTATIONAL", date="2025-06-10", precision="DAY"),
        signal("CHN", "KOR"),
    ]
    # The CHN->VNM prediction agrees with gold CHN->USA on every field but the target;
    # the target still wins.
    predicted = [
        signal("CHN", "VNM", topic="TRADE", stance="CONFRONTATIONAL", date="2025-06-10", precision="DAY"),
        signal("CHN", "USA"),
    ]
    pairs, missed, spurious = scoring.pair_events(gold, predicted)
    assert [(g["target"], p["target"]) for g, p in pairs] == [("USA", "USA"), ("KOR", "VNM")]
    assert missed == [] and spurious == []


def test_empty_and_missing_target_are_the_same_target():
    gold = [signal("CHN", "KOR"), signal("CHN", None)]
    predicted = [signal("CHN", ""), {**signal("CHN", "KOR")}]
    predicted[0]["target"] = None
    pairs, _, _ = scoring.pair_events(gold, predicted)
    assert [(g.get("target"), p.get("target")) for g, p in pairs] == [("KOR", "KOR"), (None, None)]
    assert scoring.score_articles([("a", gold, predicted)])["paired"]["target_accuracy"] == 1.0


def test_pairing_does_not_depend_on_order():
    # Identical on every pairing field, told apart only by their actors.
    gold = [
        {**signal("CHN", "KOR"), "actors": [actor("Xi Jinping", "CHN", "SIGNALLER")]},
        {**signal("CHN", "KOR"), "actors": [actor("Wang Yi", "CHN", "SIGNALLER")]},
    ]
    for predicted in (gold, gold[::-1]):
        scores = scoring.score_articles([("a", gold, [dict(event) for event in predicted])])
        assert scores["paired"]["actor_recall"] == 1.0


def test_elections_in_one_country_pair_by_office():
    gold = [
        election("ECU", office="president", stage="RESULT", date="2025-02-09", precision="DAY"),
        election("ECU", office="parliament", stage="HELD"),
    ]
    # Each prediction agrees with the other office's gold on stage and date.
    predicted = [
        election("ECU", office="parliament", stage="RESULT", date="2025-02-09", precision="DAY"),
        election("ECU", office="president", stage="HELD"),
    ]
    pairs, _, _ = scoring.pair_events(gold, predicted)
    assert [(g["office"], p["office"]) for g, p in pairs] == [("president", "president"), ("parliament", "parliament")]


# --- score_articles ----------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere():
    gold = [
        call(["CHN", "KOR"], actors=[actor("Xi Jinping", "CHN"), actor("Lee Jae-myung", "KOR")]),
        election("KOR", date="2025-06-03", precision="DAY"),
        signal("CHN", "KOR", date="2025-06-10", precision="DAY"),
    ]
    scores = scoring.score_articles([("seed-000", gold, [dict(event) for event in gold])])
    assert scores["articles"] == 1
    assert_all_ones(scores)
    assert scores["types"]["DIPLOMATIC_CALL"]["gold"] == scores["types"]["DIPLOMATIC_CALL"]["predicted"] == 1


def test_event_emitted_twice_counts_once_right_and_once_wrong():
    gold = [call(["CHN", "KOR"])]
    scores = scoring.score_articles([("a", gold, [call(["CHN", "KOR"]), call(["CHN", "KOR"])])])
    assert scores["micro"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert scores["types"]["DIPLOMATIC_CALL"] == {
        "precision": 0.5, "recall": 1.0, "f1": 0.6667, "gold": 1, "predicted": 2,
    }
    # Types with nothing to find and nothing predicted are perfect by convention.
    assert scores["types"]["ELECTION"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 0, "predicted": 0}


def test_nothing_predicted_for_gold_scores_zero():
    scores = scoring.score_articles([("a", [election("KOR")], [])])
    assert scores["types"]["ELECTION"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 1, "predicted": 0}
    assert scores["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_prediction_on_an_article_without_events_scores_zero_precision():
    scores = scoring.score_articles([("a", [], [signal("USA", "CHN")])])
    assert scores["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scores["types"]["POLICY_SIGNAL"]["predicted"] == 1


def test_empty_gold_and_empty_prediction():
    scores = scoring.score_articles([("wc25-000", [], [])])
    assert scores["articles"] == 1
    assert_all_ones(scores)
    assert scoring.score_articles([])["articles"] == 0


def test_date_accuracy_counts_only_day_precision_gold():
    gold = [
        election("KOR", date="2025-06-03", precision="DAY"),
        election("USA", date="2025-06-02", precision="WEEK"),
        election("FRA", date="", precision="UNKNOWN"),
    ]
    predicted = [
        election("KOR", date="2025-06-03", precision="DAY"),
        election("USA", date="2025-06-05", precision="DAY"),
        election("FRA", date="2025-06-01", precision="MONTH"),
    ]
    assert scoring.score_articles([("a", gold, predicted)])["paired"]["date_accuracy"] == 1.0

    predicted[0]["date"] = "2025-06-04"
    assert scoring.score_articles([("a", gold, predicted)])["paired"]["date_accuracy"] == 0.0


def test_subtype_accuracy_counts_topic_and_stance_separately():
    gold = [signal("CHN", "KOR", topic="TRADE", stance="COOPERATIVE"), call(["CHN", "KOR"], mode="PHONE")]
    predicted = [signal("CHN", "KOR", topic="TRADE", stance="NEUTRAL"), call(["CHN", "KOR"], mode="MEETING")]
    paired = scoring.score_articles([("a", gold, predicted)])["paired"]
    assert paired["subtype_accuracy"] == round(1 / 3, 4)  # topic right; stance and mode wrong


def test_target_accuracy_when_signaller_pairs_with_another_target():
    scores = scoring.score_articles([("a", [signal("CHN", "KOR")], [signal("CHN", "USA")])])
    assert scores["micro"]["f1"] == 1.0
    assert scores["paired"]["target_accuracy"] == 0.0


@pytest.mark.parametrize(
    "predicted_name, predicted_country, found",
    [
        ("Lee Jae-myung", "KOR", True),
        ("Lee Jae\u2011myung", "KOR", True),  # non-breaking hyphen
        ("Lee Jae Myung", "KOR", True),
        ("Jae-myung Lee", "KOR", True),
        ("Lee", "KOR", True),
        ("President Lee", "KOR", True),
        ("Lee Jae-myung", "CHN", False),
        ("Xi Jinping", "KOR", False),
    ],
)
def test_actor_recall_for_a_family_name_first(predicted_name, predicted_country, found):
    gold = [call(["CHN", "KOR"], actors=[actor("Lee Jae-myung", "KOR")])]
    predicted = [call(["CHN", "KOR"], actors=[actor(predicted_name, predicted_country)])]
    recall = scoring.score_articles([("seed-000", gold, predicted)])["paired"]["actor_recall"]
    assert recall == (1.0 if found else 0.0)


@pytest.mark.parametrize(
    "gold_name, predicted_name, shared",
    [
        ("Recep Tayyip Erdoğan", "Erdogan", True),
        ("Donald Trump", "Trump", True),
        ("Donald Trump", "Donald Tusk", False),
        ("Ursula von der Leyen", "von der Leyen", True),
        ("Bashar al-Assad", "Assad", True),
        ("Martin Luther King Jr.", "King", True),
        ("Xi Jinping", "Xi", True),
        ("Nicușor Dan", "Nicusor Dan", True),
        ("", "Trump", False),
    ],
)
def test_shares_surname(gold_name, predicted_name, shared):
    assert scoring.shares_surname(gold_name, predicted_name) is shared


def test_actor_recall_over_several_gold_actors():
    gold = [call(["CHN", "KOR"], actors=[actor("Xi Jinping", "CHN"), actor("Lee Jae-myung", "KOR")])]
    predicted = [call(["CHN", "KOR"], actors=[actor("Xi Jinping", "CHN")])]
    assert scoring.score_articles([("a", gold, predicted)])["paired"]["actor_recall"] == 0.5


# --- error_report ------------------------------------------------------------------------


def test_error_report_lines():
    gold = [election("KOR"), signal("CHN", "KOR", topic="TRADE", date="2025-06-10", precision="DAY")]
    predicted = [
        signal("CHN", "KOR", topic="SECURITY", date="2025-06-09", precision="DAY"),
        call(["CHN", "KOR"]),
    ]
    lines = scoring.error_report("seed-000", gold, predicted)
    assert lines == [
        'seed-000 MISSED ELECTION KOR president RESULT | - UNKNOWN | "won the election"',
        'seed-000 SPURIOUS DIPLOMATIC_CALL CHN+KOR PHONE | 2025-06-10 DAY | "held a phone conversation"',
        "seed-000 DIFFERS POLICY_SIGNAL CHN->KOR: topic: gold TRADE, predicted SECURITY; "
        "date: gold 2025-06-10, predicted 2025-06-09",
    ]


def test_error_report_is_empty_when_all_is_right():
    gold = [signal("CHN", None), call(["CHN", "KOR"])]
    assert scoring.error_report("a", gold, list(reversed(gold))) == []


# --- read_gold and the dev gold ----------------------------------------------------------


def test_read_gold_seed():
    records = scoring.read_gold(DEV / "seed.gold.jsonl")
    assert len(records) == 1
    assert records[0]["article"]["id"] == "seed-000"
    assert {event["type"] for event in records[0]["events"]} >= {"DIPLOMATIC_CALL"}


def test_read_gold_names_file_and_line_of_a_bad_line(tmp_path):
    path = tmp_path / "bad.gold.jsonl"
    good = json.dumps({"article": {"id": "x-1"}, "events": []})
    path.write_text(good + "\n\n" + "{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.gold\.jsonl:3: not valid JSON"):
        scoring.read_gold([path])

    path.write_text(json.dumps({"article": {"id": "x-1"}, "events": {}}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.gold\.jsonl:1: expected 'events'"):
        scoring.read_gold(path)


def test_dev_gold_against_itself_scores_one_everywhere():
    records = scoring.read_gold(sorted(DEV.glob("*.gold.jsonl")))
    assert len(records) > 100
    articles = [(r["article"]["id"], r["events"], json.loads(json.dumps(r["events"]))) for r in records]
    scores = scoring.score_articles(articles)
    assert scores["articles"] == len(records)
    assert_all_ones(scores)
    assert all(figures["gold"] == figures["predicted"] > 0 for figures in scores["types"].values())
    assert all(scoring.error_report(*article) == [] for article in articles)


# --- score_dates -------------------------------------------------------------------------


def test_read_date_rows_dev():
    rows = scoring.read_date_rows(DEV / "dates.meantime.tsv")
    assert len(rows) > 100
    assert set(rows[0]) == {"doc", "published", "text", "gold", "precision"}


def test_read_date_rows_rejects_another_header(tmp_path):
    path = tmp_path / "dates.tsv"
    path.write_text("doc\ttext\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        scoring.read_date_rows(path)


def test_score_dates_with_a_fixed_resolver():
    rows = [
        {"doc": "a", "published": "2025-06-11", "text": "on Tuesday", "gold": "2025-06-10", "precision": "DAY"},
        {"doc": "a", "published": "2025-06-11", "text": "yesterday", "gold": "2025-06-10", "precision": "DAY"},
        {"doc": "b", "published": "2025-06-11", "text": "last week", "gold": "2025-06-02", "precision": "WEEK"},
        {"doc": "c", "published": "", "text": "today", "gold": "", "precision": "UNKNOWN"},
    ]
    seen = []

    def resolve_always_june_10(text, published):
        seen.append(published)
        return SimpleNamespace(date=datetime.date(2025, 6, 10), precision="DAY")

    scores = scoring.score_dates(rows, resolve_always_june_10)
    assert scores == {
        "rows": 4,
        "accuracy": 0.5,
        "by_precision": {
            "DAY": {"rows": 2, "accuracy": 1.0},
            "UNKNOWN": {"rows": 1, "accuracy": 0.0},
            "WEEK": {"rows": 1, "accuracy": 0.0},
        },
    }
    assert seen[0] == datetime.date(2025, 6, 11) and seen[-1] is None


def test_score_dates_date_right_but_precision_wrong_is_wrong():
    rows = [{"doc": "a", "published": "2025-06-11", "text": "June", "gold": "2025-06-01", "precision": "MONTH"}]
    scores = scoring.score_dates(rows, lambda text, published: SimpleNamespace(date=datetime.date(2025, 6, 1), precision="DAY"))
    assert scores["accuracy"] == 0.0


# --- a second annotator's labels scored against the gold (`evaluate --against`) ---------------

def _gold_line(article_id: str, events: list[dict]) -> str:
    article = {"id": article_id, "url": "", "title": None, "published_at": "2025-06-11",
               "source": "test", "text": "Invented text."}
    return json.dumps({"article": article, "events": events}) + "\n"


_FRA_VOTE = {"type": "ELECTION", "country": "FRA", "stage": "HELD", "office": "president",
             "date": "", "date_precision": "UNKNOWN", "actors": [], "evidence": ["Invented"]}
_DEU_SIGNAL = {"type": "POLICY_SIGNAL", "signaller": "DEU", "target": "RUS", "topic": "SECURITY",
               "stance": "CONFRONTATIONAL", "date": "", "date_precision": "UNKNOWN", "actors": [],
               "evidence": ["Invented"]}


def test_second_labels_are_scored_on_the_articles_they_cover(tmp_path, capsys):
    from pipeline.cli import main

    first = tmp_path / "read" / "news.gold.jsonl"
    first_too = tmp_path / "measure" / "news.gold.jsonl"  # the same name in another folder
    first.parent.mkdir()
    first_too.parent.mkdir()
    first.write_text(_gold_line("a", [_FRA_VOTE]) + _gold_line("b", [_DEU_SIGNAL]), encoding="utf-8")
    first_too.write_text(_gold_line("c", [_DEU_SIGNAL]), encoding="utf-8")
    second = tmp_path / "second.gold.jsonl"  # agrees on a, misses b's signal, adds one to c
    second.write_text(_gold_line("a", [_FRA_VOTE]) + _gold_line("b", [])
                      + _gold_line("c", [_DEU_SIGNAL, {**_DEU_SIGNAL, "signaller": "FRA"}]), encoding="utf-8")

    assert main(["evaluate", str(first), str(first_too), "--against", str(second), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["articles"] == 3
    assert scores["types"]["POLICY_SIGNAL"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "gold": 2, "predicted": 2}
    assert scores["micro"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert set(scores["files"]) == {"read/news.gold.jsonl", "measure/news.gold.jsonl"}
    assert scores["files"]["measure/news.gold.jsonl"]["articles"] == 1


def test_second_labels_of_an_article_in_no_gold_file_are_an_error(tmp_path, capsys):
    from pipeline.cli import main

    first = tmp_path / "first.gold.jsonl"
    first.write_text(_gold_line("a", []), encoding="utf-8")
    second = tmp_path / "second.gold.jsonl"
    second.write_text(_gold_line("a", []) + _gold_line("zzz", []), encoding="utf-8")
    assert main(["evaluate", str(first), "--against", str(second)]) == 2
    assert "zzz" in capsys.readouterr().err
