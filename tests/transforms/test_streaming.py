"""The streaming stages with TestStream on the BundleBasedDirectRunner: event-time windows,
allowed lateness, merging by type, key and time within a window, deduplication within a window,
malformed messages, and windowed file names for unbounded writes."""

import datetime as dt

import apache_beam as beam
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

from pipeline.records import Article, EventCore, EventMention, PolicyDetails
from pipeline.sinks.avro import WriteTable
from pipeline.tables import load_schemas
from pipeline.transforms import (
    METRICS_NAMESPACE, DeduplicateArticles, MergeEvents, ParseArticleMessages, WindowByEventTime,
)

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


def article(article_id: str, text: str, url: str = "") -> Article:
    return Article(article_id=article_id, text=text, url=url, content_hash=article_id)


def test_streaming_deduplicates_within_each_window_by_text_and_by_url():
    first = article("a1", "Xi Jinping spoke with Lee Jae-myung by phone.", "https://news.example.org/call")
    stream = (
        test_stream.TestStream()
        .add_elements([
            TimestampedValue(first, 10),
            # the same text up to case and punctuation, another id: a duplicate
            TimestampedValue(article("a2", "XI JINPING spoke with Lee Jae-myung, by phone!"), 20),
            # the same canonical URL, another text: a duplicate
            TimestampedValue(article("a3", "A shorter copy.", "http://www.news.example.org/call/?utm_source=x"), 30),
            TimestampedValue(article("b1", "Another story altogether."), 40),
            # the first article again in the next window: kept there
            TimestampedValue(first.model_copy(update={"article_id": "a4"}), 70),
        ])
        .advance_watermark_to_infinity()
    )
    p = streaming_pipeline()
    articles, _ = (p | stream | WindowByEventTime(window_seconds=60, allowed_lateness_seconds=0)
                   | DeduplicateArticles())
    assert_that(articles | beam.Map(lambda a, w=beam.DoFn.WindowParam: (a.article_id, int(w.start))),
                equal_to([("a1", 0), ("b1", 0), ("a4", 60)]))
    result = p.run()
    result.wait_until_finish()
    counters: dict[str, int] = {}
    for counter in result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))["counters"]:
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + counter.committed
    assert counters == {"articles": 3, "duplicates": 2}  # a2 by its text, a3 by its URL


def test_a_late_copy_of_an_article_already_written_in_its_window_is_dropped():
    first = article("a1", "Xi Jinping spoke with Lee Jae-myung by phone.")
    stream = (
        test_stream.TestStream()
        .add_elements([TimestampedValue(first, 10)])
        .advance_watermark_to(100)  # window [0, 60) has fired
        .add_elements([TimestampedValue(first.model_copy(update={"article_id": "a2"}), 20),  # late, a copy
                       TimestampedValue(article("b1", "Another story altogether."), 30)])  # late, new
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        articles, _ = (p | stream | WindowByEventTime(window_seconds=60, allowed_lateness_seconds=120)
                       | DeduplicateArticles())
        assert_that(articles | beam.Map(lambda a: a.article_id), equal_to(["a1", "b1"]))


def test_write_table_names_files_per_window_when_its_input_is_unbounded(tmp_path):
    stream = (test_stream.TestStream()
              .add_elements([TimestampedValue(mention("e1", "a").to_mention(), 10)])
              .advance_watermark_to_infinity())
    with streaming_pipeline() as p:
        (p | stream | WindowByEventTime(window_seconds=60, allowed_lateness_seconds=0)
         | WriteTable("mentions", load_schemas()["mentions"], str(tmp_path / "mentions")))
    assert [path.name for path in (tmp_path / "mentions").glob("*.avro")] == [
        "mentions-19700101T000000-19700101T000100-pane0-00000-of-00001.avro"]
