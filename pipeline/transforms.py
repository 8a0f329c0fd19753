"""The pipeline's stages as composite PTransforms. They only wire: the work is done by the
Beam-free functions of `pipeline.sources`, `pipeline.extract` and `pipeline.merge`.

Each fallible stage returns its good output and its dead letters, and every dead letter is
written (`DeadLetter`: stage, error type, message, payload).
"""

from __future__ import annotations

from typing import Iterable

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.metrics import Metrics

from pipeline import merge
from pipeline.records import Article, ArticleRecord, DeadLetter, Event, EventMention
from pipeline.sources import InvalidArticle, RawRecord, parse_record, split_records

METRICS_NAMESPACE = "events_pipeline"
DEAD_LETTERS = "dead_letters"
_PAYLOAD_LIMIT = 10_000  # characters of a rejected input kept in its dead letter


def _counter(name: str):
    return Metrics.counter(METRICS_NAMESPACE, name)


def dead_letter(stage: str, error: Exception, input_path: str, payload: bytes | str) -> DeadLetter:
    if isinstance(payload, bytes):
        payload = payload.decode("utf-8", errors="replace")
    return DeadLetter(
        stage=stage,
        error_type=type(error).__name__,
        message=str(error),
        input_path=input_path,
        payload=payload[:_PAYLOAD_LIMIT],
    )


class _SplitRecordsFn(beam.DoFn):
    """A matched file -> its raw records; a file that cannot be read -> a dead letter."""

    def __init__(self):
        self.inputs = _counter("inputs")
        self.dead_letters = _counter("dead_letters")

    def process(self, readable: fileio.ReadableFile) -> Iterable:
        path = readable.metadata.path
        try:
            with readable.open() as stream:
                for record in split_records(path, stream):
                    self.inputs.inc()
                    yield record
        except (OSError, EOFError) as error:  # unreadable or truncated (e.g. a cut gzip)
            self.inputs.inc()
            self.dead_letters.inc()
            yield beam.pvalue.TaggedOutput(DEAD_LETTERS, dead_letter("read", error, path, b""))


class _ParseArticlesFn(beam.DoFn):
    def __init__(self, max_article_chars: int):
        self.max_article_chars = max_article_chars
        self.articles = _counter("articles")
        self.dead_letters = _counter("dead_letters")

    def process(self, record: RawRecord) -> Iterable:
        try:
            article = parse_record(record)
            if len(article.text) > self.max_article_chars:
                raise InvalidArticle(
                    f"article of {len(article.text)} characters exceeds max_article_chars={self.max_article_chars}"
                )
        except InvalidArticle as error:
            self.dead_letters.inc()
            where = f"{record.input_path}:{record.index}" if record.index else record.input_path
            yield beam.pvalue.TaggedOutput(DEAD_LETTERS, dead_letter("parse", error, where, record.payload))
            return
        self.articles.inc()
        yield article


class ReadArticles(beam.PTransform):
    """Input file patterns -> (articles, dead letters). Compressed files (.gz, ...) read transparently."""

    def __init__(self, patterns: list[str], max_article_chars: int):
        super().__init__()
        if isinstance(patterns, str):
            raise TypeError("ReadArticles takes a list of file patterns, not one string")
        self.patterns = list(patterns)  # may be empty: an incremental run with nothing new
        self.max_article_chars = max_article_chars

    def expand(self, pbegin):
        files = (
            pbegin
            | "Patterns" >> beam.Create(self.patterns)
            | "MatchFiles" >> fileio.MatchAll()
            | "ReadMatches" >> fileio.ReadMatches()
        )
        records, unreadable = files | "SplitRecords" >> beam.ParDo(_SplitRecordsFn()).with_outputs(
            DEAD_LETTERS, main="records"
        )
        articles, invalid = records | "ParseArticles" >> beam.ParDo(
            _ParseArticlesFn(self.max_article_chars)
        ).with_outputs(DEAD_LETTERS, main="articles")
        dead_letters = (unreadable, invalid) | "FlattenDeadLetters" >> beam.Flatten()
        return articles, dead_letters


class _ExtractEventsFn(beam.DoFn):
    """Article -> its event mentions, plus its `ArticleRecord` on the "articles" output."""

    def __init__(self, max_events_per_article: int):
        self.max_events_per_article = max_events_per_article
        self.mentions = _counter("mentions")
        self.truncated = _counter("articles_with_events_cut")

    def setup(self):
        # The gazetteer and compiled patterns are built once per worker process, not pickled.
        from pipeline.extract.extractor import EventExtractor

        self.extractor = EventExtractor.load()

    def process(self, article: Article) -> Iterable:
        mentions = self.extractor.extract(article)
        if len(mentions) > self.max_events_per_article:
            self.truncated.inc()
            mentions = mentions[: self.max_events_per_article]
        self.mentions.inc(len(mentions))
        yield from mentions
        yield beam.pvalue.TaggedOutput("articles", article_record(article, len(mentions)))


def article_record(article: Article, num_events: int) -> ArticleRecord:
    return ArticleRecord(
        article_id=article.article_id,
        url=article.url,
        title=article.title,
        published_at=article.published_at,
        source=article.source,
        input_path=article.input_path,
        content_hash=article.content_hash,
        text=article.text,
        num_events=num_events,
    )


class ExtractEvents(beam.PTransform):
    """Articles -> (event mentions, article records)."""

    def __init__(self, max_events_per_article: int):
        super().__init__()
        if max_events_per_article < 1:
            raise ValueError("max_events_per_article must be at least 1")
        self.max_events_per_article = max_events_per_article

    def expand(self, articles):
        outputs = articles | "Extract" >> beam.ParDo(
            _ExtractEventsFn(self.max_events_per_article)
        ).with_outputs("articles", main="mentions")
        return outputs.mentions, outputs.articles


class _CountEventsFn(beam.DoFn):
    def process(self, event: Event) -> Iterable[Event]:
        _counter("events").inc()
        _counter(f"events.{event.event_type}").inc()
        yield event


class MergeEvents(beam.PTransform):
    """Event mentions -> one `Event` per `event_id`, merged over every article that reports it."""

    def __init__(self, extractor_version: str):
        super().__init__()
        self.extractor_version = extractor_version

    def expand(self, mentions):
        version = self.extractor_version
        return (
            mentions
            | "KeyByEventId" >> beam.Map(lambda mention: (mention.event.event_id, mention))
            | "GroupByEventId" >> beam.GroupByKey()
            | "Merge" >> beam.MapTuple(lambda _, group: merge.merge_mentions(list(group), version))
            | "Count" >> beam.ParDo(_CountEventsFn())
        )
