"""The streaming stages with TestStream on the BundleBasedDirectRunner: event-time windows,
allowed lateness, merging by type, key and time within a window, and malformed messages."""

import datetime as dt

import apache_beam as beam
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.testing import test_pipeline
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from pipeline.records import EventCore, EventMention, PolicyDetails
from pipeline.transforms import MergeEvents, ParseArticleMessages, WindowByEventTime

UTC = dt.timezone.utc
STREAMING_RUNNER = "BundleBasedDirectRunner"


def streaming_pipeline():
    options = beam.options.pipeline_options.PipelineOptions(streaming=True)
    return test_pipeline.TestPipeline(runner=STREAMING_RUNNER, options=options)


def mention(event_key: str, article_id: str) -> EventMention:
    core = EventCore(event_id=f"{event_key}-{article_id}", event_key=event_key, event_type="POLICY_SIGNAL",
                     policy=PolicyDetails(signaller="USA", target="CHN", topic="TRADE", stance="CONFRONTATIONAL"),
                     countries=["CHN", "USA"], confidence=0.8)
    return EventMention(event=core, article_id=article_id)


def with_window(event, window=beam.DoFn.WindowParam):
    return (event.event_key, event.num_mentions, int(window.start))


def test_mentions_merge_by_event_key_within_each_window():
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue(mention("e1", "a"), 10), TimestampedValue(mention("e1", "b"), 20),
                       TimestampedValue(mention("e2", "c"), 30), TimestampedValue(mention("e1", "d"), 70)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        events = (p | stream | WindowByEventTime(window_seconds=60, allowed_lateness_seconds=0)
                  | MergeEvents("test"))[0]
        assert_that(events | beam.Map(with_window),
                    equal_to([("e1", 2, 0), ("e2", 1, 0), ("e1", 1, 60)]))


def test_late_data_within_the_allowed_lateness_fires_a_late_pane_and_later_data_is_dropped():
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue(mention("e1", "a"), 10)])
        .advance_watermark_to(100)  # window [0, 60) is complete
        .add_elements([TimestampedValue(mention("e1", "late"), 20)])  # 80 s behind: within 120 s
        .advance_watermark_to(300)  # past the end of the window plus the allowed lateness
        .add_elements([TimestampedValue(mention("e1", "too-late"), 30)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        events = (p | stream | WindowByEventTime(window_seconds=60, allowed_lateness_seconds=120)
                  | MergeEvents("test"))[0]
        assert_that(events | beam.Map(lambda e: (e.event_key, e.num_mentions, e.num_articles)),
                    equal_to([("e1", 1, 1), ("e1", 1, 1)]))


def test_messages_become_articles_at_their_publication_time_or_dead_letters():
    published = dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)
    good = PubsubMessage(b'{"id": "a1", "text": "Body.", "published_at": "2025-06-10T08:00:00Z"}', {},
                         message_id="m1")
    undated = PubsubMessage(b'{"id": "a2", "text": "Body."}', {}, message_id="m2")
    bad = PubsubMessage(b"{not json", {}, message_id="m3")
    stream = (test_stream.TestStream().add_elements([TimestampedValue(m, 5000) for m in (good, undated, bad)])
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        articles, dead_letters = p | stream | ParseArticleMessages("projects/p/subscriptions/s", 1000)
        assert_that(
            articles | beam.Map(lambda a, t=beam.DoFn.TimestampParam: (a.article_id, t)),
            equal_to([("a1", Timestamp.from_utc_datetime(published)), ("a2", Timestamp(5000))]),
            label="Timestamps",
        )
        assert_that(dead_letters | beam.Map(lambda d: (d.stage, d.input_path)),
                    equal_to([("parse", "projects/p/subscriptions/s#m3")]), label="DeadLetters")
