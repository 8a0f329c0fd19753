import datetime as dt

import pytest

from pipeline.merge import merge_mentions
from pipeline.records import Actor, EventCore, EventMention, PolicyDetails

UTC = dt.timezone.utc


def mention(article_id, confidence, published_day, actors=(), source="S"):
    core = EventCore(
        event_id="e1",
        event_type="POLICY_SIGNAL",
        policy=PolicyDetails(signaller="CHN", target="KOR", topic="DIPLOMACY", stance="COOPERATIVE"),
        actors=list(actors),
        countries=["CHN", "KOR"],
        summary=f"from {article_id}",
        confidence=confidence,
    )
    return EventMention(event=core, article_id=article_id, source=source,
                        published_at=dt.datetime(2025, 6, published_day, tzinfo=UTC))


def test_mentions_of_one_event_merge_into_one_with_counts_and_sources():
    xi = Actor(name="Xi Jinping", role="president", country="CHN", part="SIGNALLER")
    wang = Actor(name="Wang Yi", role="foreign minister", country="CHN", part="SIGNALLER")
    event = merge_mentions(
        [mention("a", 0.6, 11, [xi], "Reuters"), mention("b", 0.9, 12, [wang], "AP"), mention("b", 0.5, 12, source="AP")],
        "0.1.0",
    )
    assert event.num_articles == 2
    assert event.num_mentions == 3
    assert event.first_published_at == dt.datetime(2025, 6, 11, tzinfo=UTC)
    assert event.sources == ["AP", "Reuters"]
    assert event.summary == "from b"  # the most confident mention decides the fields
    assert [a.name for a in event.actors] == ["Wang Yi", "Xi Jinping"]
    assert event.extractor_version == "0.1.0"


def test_merge_does_not_depend_on_order():
    mentions = [mention("a", 0.7, 11), mention("b", 0.7, 10), mention("c", 0.7, 10)]
    assert merge_mentions(mentions, "v") == merge_mentions(list(reversed(mentions)), "v")
    assert merge_mentions(mentions, "v").summary == "from b"  # tie: earliest, then smallest id


def test_merge_needs_a_mention():
    with pytest.raises(ValueError):
        merge_mentions([], "v")
