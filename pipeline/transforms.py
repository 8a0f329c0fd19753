"""The pipeline's stages as composite PTransforms. They only wire: the work is done by the
Beam-free functions of `pipeline.sources`, `pipeline.dedup`, `pipeline.extract`, `pipeline.merge`
and `pipeline.tables`.

Each fallible stage returns its good output and its dead letters, and every dead letter is
written (`DeadLetter`: stage, error type, message, payload, where it was raised). An input that
fails a stage, however it fails, is a dead letter of that stage and the run goes on: the readers
raise `InvalidArticle` for what they know to be bad data, and anything else one input raises
(a library's bug on odd input, a recursion too deep) is caught per input too, with its stack.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import os
import pickle
import threading
from typing import Any, Iterable, Tuple

import apache_beam as beam
from apache_beam.coders import BooleanCoder, Coder
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from pipeline import dedup, merge
from pipeline.languages import DEFAULT_LANGUAGES
from pipeline.records import Article, ArticleRecord, DeadLetter, Event, EventMention
from pipeline.sources import (
    RawRecord, check_regular_file, language, max_record_bytes, open_decompressed, parse_record, split_records,
)
from pipeline.tables import PAYLOAD_LIMIT, article_record, dead_letter
from pipeline.time_limit import TIMED_OUT, each_within

METRICS_NAMESPACE = "events_pipeline"
DEAD_LETTERS = "dead_letters"

_LOCAL_COUNTS: collections.Counter = collections.Counter()
_LOCAL_LOCK = threading.Lock()


class _Counter:
    """A counter of the pipeline's metrics namespace that also counts in `local_counts()`: the
    local runners run the DoFns in the launching process, whose progress line reads them while
    the job runs (the FnApiRunner's own metrics are known only once it has finished)."""

    def __init__(self, name: str):
        self.name = name
        self.metric = Metrics.counter(METRICS_NAMESPACE, name)

    def inc(self, n: int = 1) -> None:
        self.metric.inc(n)
        with _LOCAL_LOCK:
            _LOCAL_COUNTS[self.name] += n

    def dec(self, n: int = 1) -> None:
        self.inc(-n)


def _counter(name: str) -> _Counter:
    return _Counter(name)


def local_counts() -> dict[str, int]:
    """What the counters counted in this process so far, every job together (a caller compares
    two readings); nothing when the DoFns run elsewhere (worker processes, a remote runner)."""
    with _LOCAL_LOCK:
        return dict(_LOCAL_COUNTS)


def _rejected(stage: str, error: Exception, where: str, payload: bytes | str = b"") -> beam.pvalue.TaggedOutput:
    return beam.pvalue.TaggedOutput(DEAD_LETTERS, dead_letter(stage, error, where, payload))


class _MatchFilesFn(beam.DoFn):
    """A file pattern (as bytes, `os.fsencode`) -> the files it matches. The launcher listed every
    input before the run, so a pattern that now matches nothing names a file that is gone or a
    symbolic link to nothing: a dead letter, not a silent skip."""

    def __init__(self):
        self.inputs = _counter("inputs")
        self.dead_letters = _counter("dead_letters")

    def process(self, encoded_pattern: bytes) -> Iterable:
        pattern = os.fsdecode(encoded_pattern)
        matched = FileSystems.match([pattern])[0].metadata_list
        if not matched:
            self.inputs.inc()
            self.dead_letters.inc()
            yield _rejected("read", FileNotFoundError(
                "no such file: gone since the run listed it, or a symbolic link to nothing"), pattern)
        yield from matched


class _SplitRecordsFn(beam.DoFn):
    """A matched file -> its raw records; a file that cannot be read to its end -> its records up
    to there and a dead letter (damaged, over a limit, not a regular file, or a reader that
    failed on it). Records a file holds that are no inputs (a WARC file's requests, images,
    redirects) are counted as "records_skipped"."""

    def __init__(self, max_record_bytes: int, max_file_bytes: int | None = None, max_records: int | None = None):
        self.max_record_bytes = max_record_bytes
        self.max_file_bytes = max_file_bytes
        self.max_records = max_records
        self.inputs = _counter("inputs")
        self.dead_letters = _counter("dead_letters")
        self.skipped = _counter("records_skipped")

    def process(self, readable: fileio.ReadableFile) -> Iterable:
        path = readable.metadata.path
        try:
            check_regular_file(path)  # before opening: a FIFO would block, a device never end
            # Raw: the readers decompress, strictly (Beam's decompression stops silently where a
            # file is cut off), and WARC.gz files are decompressed once, not twice.
            with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as raw:
                stream = open_decompressed(path, raw)
                for record in split_records(path, stream, self.max_record_bytes,
                                            on_skipped=lambda _: self.skipped.inc(),
                                            max_file_bytes=self.max_file_bytes, max_records=self.max_records):
                    self.inputs.inc()
                    yield record
        except Exception as error:  # noqa: BLE001 - whatever one file raises is that file's dead letter
            self.inputs.inc()
            self.dead_letters.inc()
            yield _rejected("read", error, path)


class _ParseArticlesFn(beam.DoFn):
    """A raw record -> its article, or a dead letter (unparsable, too long, another language, or
    a reader that failed on it).

    Articles are counted once their duplicates are gone, by `DeduplicateArticles`."""

    def __init__(self, max_article_chars: int, languages: tuple[str, ...] = DEFAULT_LANGUAGES):
        self.max_article_chars = max_article_chars
        self.languages = tuple(languages)
        self.dead_letters = _counter("dead_letters")

    def process(self, record: RawRecord) -> Iterable:
        try:
            article = parse_record(record, self.max_article_chars, self.languages)
        except Exception as error:  # noqa: BLE001 - InvalidArticle, or a library failing on this record
            self.dead_letters.inc()
            # bytes cut before decoding: a 50 MB record keeps 10,000 characters in its dead letter
            yield _rejected("parse", error, record.location, record.payload[: 4 * PAYLOAD_LIMIT])
            return
        yield article


class _OnePerPath(beam.PTransform):
    """Matched files -> each file once, however many patterns matched it (paths as bytes: a file
    name that is not UTF-8 cannot pass Beam's string coder)."""

    def expand(self, files):
        return (
            files
            | "KeyByPath" >> beam.Map(lambda metadata: (os.fsencode(metadata.path), metadata))
            | "GroupByPath" >> beam.GroupByKey()
            | "First" >> beam.MapTuple(lambda _, same_file: next(iter(same_file)))
        )


class ReadArticles(beam.PTransform):
    """Input file patterns -> (articles, dead letters).

    Every kind `pipeline.sources` reads (text, JSON Lines, HTML, RSS/Atom, WARC), compressed or
    not; a file matched by several patterns is read once. Articles longer than
    `max_article_chars` or confidently in a language not in `languages` (empty: any) are dead
    letters. Duplicates are still in, unless `deduplicate`: `DeduplicateArticles` follows every
    other source.

    With `deduplicate`, the articles to keep are chosen from this reading (`ChooseArticles`), and
    the same matched files are read a second time to let each article through as
    `DeduplicateArticles` would: counted as one of the "articles" when it was kept, a "dedup"
    dead letter when another article has its id, counted as one of the "duplicates" otherwise.
    Article texts are then never grouped (a batch run's way of deduplicating: its memory does
    not grow with its articles). The first reading's dead letters and inputs are not repeated.
    """

    def __init__(self, patterns: list[str], max_article_chars: int,
                 languages: list[str] | tuple[str, ...] = DEFAULT_LANGUAGES, *,
                 max_file_bytes: int | None = None, max_records_per_file: int | None = None,
                 deduplicate: bool = False):
        super().__init__()
        if isinstance(patterns, str) or isinstance(languages, str):
            raise TypeError("ReadArticles takes lists of file patterns and of languages, not one string")
        if max_article_chars < 1:
            raise ValueError("max_article_chars must be at least 1")
        if (max_file_bytes or 1) < 1 or (max_records_per_file or 1) < 1:
            raise ValueError("max_file_bytes and max_records_per_file must be at least 1")
        self.patterns = list(patterns)  # may be empty: an incremental run with nothing new
        self.max_article_chars = max_article_chars
        self.languages = tuple(languages)
        self.max_file_bytes = max_file_bytes
        self.max_records_per_file = max_records_per_file
        self.deduplicate = deduplicate

    def expand(self, pbegin):
        # Patterns travel as bytes: a file name that is not UTF-8 (Python's str holds its bytes as
        # lone surrogates) cannot pass Beam's string coder, but is a file to read all the same.
        # Not reshuffled: the files are spread over the workers by `OnePerPath`'s grouping.
        patterns = pbegin | "Patterns" >> beam.Create([os.fsencode(pattern) for pattern in self.patterns],
                                                      reshuffle=False)
        files = patterns | "MatchFiles" >> beam.ParDo(_MatchFilesFn()).with_outputs(DEAD_LETTERS, main="files")
        readable = files.files | "OnePerPath" >> _OnePerPath() | "ReadMatches" >> fileio.ReadMatches()
        records, unreadable = readable | "SplitRecords" >> beam.ParDo(
            _SplitRecordsFn(max_record_bytes(self.max_article_chars), self.max_file_bytes, self.max_records_per_file)
        ).with_outputs(DEAD_LETTERS, main="records")
        articles, invalid = records | "ParseArticles" >> beam.ParDo(
            _ParseArticlesFn(self.max_article_chars, self.languages)
        ).with_outputs(DEAD_LETTERS, main="articles")
        dead_letters = [files[DEAD_LETTERS], unreadable, invalid]
        if self.deduplicate:  # the files read again, as they were matched: the same files both times
            chosen = articles | "ChooseArticles" >> ChooseArticles()
            articles, conflicting_ids = readable | "ReadChosen" >> beam.ParDo(
                _ReadChosenFn(max_record_bytes(self.max_article_chars), self.max_file_bytes,
                              self.max_records_per_file, self.max_article_chars, self.languages),
                chosen=beam.pvalue.AsSingleton(chosen, default_value={}),
            ).with_outputs(DEAD_LETTERS, main="articles")
            dead_letters.append(conflicting_ids)
        return articles, tuple(dead_letters) | "FlattenDeadLetters" >> beam.Flatten()


class _ReadChosenFn(beam.DoFn):
    """A matched file, read a second time -> its articles `chosen` (ref -> None if it was kept,
    the error if another article has its id) lets through, as `_PassKeptFn` does; a record
    the first reading rejected, or a file it could not read to its end, is passed over here
    (its dead letter was written then). The language is checked again only for a record not
    let through (to tell a duplicate from a record rejected for its language): a record let
    through is one the first reading checked, and the check depends on the record alone."""

    def __init__(self, max_record_bytes: int, max_file_bytes: int | None, max_records: int | None,
                 max_article_chars: int, languages: tuple[str, ...]):
        self.split_limits = dict(max_file_bytes=max_file_bytes, max_records=max_records)
        self.max_record_bytes = max_record_bytes
        self.max_article_chars = max_article_chars
        self.languages = languages
        self.articles = _counter("articles")
        self.duplicates = _counter("duplicates")
        self.dead_letters = _counter("dead_letters")

    def process(self, readable: fileio.ReadableFile, chosen: dict) -> Iterable:
        path = readable.metadata.path
        passed = set()  # a ref names one record of one file: a second copy in the file is a duplicate
        try:
            check_regular_file(path)
            with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as raw:
                for record in split_records(path, open_decompressed(path, raw), self.max_record_bytes,
                                            **self.split_limits):
                    try:
                        article = parse_record(record, self.max_article_chars)  # the language: below
                        ref = dedup.article_ref(article)
                        if ref not in chosen or ref in passed:
                            language.check_language(article, self.languages)
                    except Exception:  # noqa: BLE001 - the first reading made it a dead letter
                        continue
                    if ref not in chosen or ref in passed:
                        self.duplicates.inc()
                        continue
                    passed.add(ref)
                    if chosen[ref] is None:
                        self.articles.inc()
                        yield article
                    else:
                        self.dead_letters.inc()
                        yield _rejected("dedup", chosen[ref], article.input_path, article.text)
        except Exception:  # noqa: BLE001 - the first reading made it a dead letter, after the same records;
            pass  # if it did not (the file changed), the counts do not reconcile: the run fails (check_nothing_lost)


class _PassKeptFn(beam.DoFn):
    """(ref, {"articles": the articles with that ref, "verdict": [None] if it was kept, [the
    error] if another article has its id, [] if it is a duplicate}) -> the article kept, counted
    as one of the "articles"; another text under a kept article's id is a dead letter; the other
    copies are counted as "duplicates"."""

    def __init__(self):
        self.articles = _counter("articles")
        self.duplicates = _counter("duplicates")
        self.dead_letters = _counter("dead_letters")

    def process(self, joined: tuple[str, dict[str, Iterable]]) -> Iterable:
        articles = iter(joined[1]["articles"])  # as `Article.as_tuple` gave them
        for verdict in joined[1]["verdict"]:
            article = Article.from_tuple(next(articles))
            if verdict is None:
                self.articles.inc()
                yield article
            else:
                self.dead_letters.inc()
                yield _rejected("dedup", verdict, article.input_path, article.text)
        self.duplicates.inc(sum(1 for _ in articles))  # other copies of the same record too


class _FirstPerKeyFn(beam.DoFn):
    """(key, article) -> the article, if it is the first with that key in its window; later ones
    (late ones too, within the allowed lateness) are counted as "duplicates". With `count_kept`,
    the article kept is counted as one of the "articles". State is kept per key and window."""

    SEEN = ReadModifyWriteStateSpec("seen", BooleanCoder())

    def __init__(self, count_kept: bool):
        self.count_kept = count_kept
        self.articles = _counter("articles")
        self.duplicates = _counter("duplicates")

    def process(self, keyed: tuple[str, Article], seen=beam.DoFn.StateParam(SEEN)) -> Iterable[Article]:
        if seen.read():
            self.duplicates.inc()
            return
        seen.write(True)
        if self.count_kept:
            self.articles.inc()
        yield keyed[1]


class ChooseArticles(beam.PTransform):
    """Bounded articles -> one dict of verdicts (`dedup.choose`): ref -> None for each article
    kept, ref -> the error that says why for each other article with the id of one kept; a
    duplicate has none.

    Only each article's `dedup.DedupKeys` (small, no text) cross to where the choice is made, as
    plain tuples, which Beam's fast coder writes as they are (a NamedTuple would be pickled). They
    are gathered as a combine, which runners lift: each bundle sends one list of its keys, not a
    shuffled element an article per key (three groupings by text, URL and id cost about 25 µs an
    article each; the choice over 10,000 articles' keys takes 36 ms). The verdicts, one dict,
    are every worker's side input (as their pairs were before): a run's keys fit in memory."""

    def expand(self, articles):
        return (
            articles
            | "DedupKeys" >> beam.Map(lambda article: tuple(dedup.dedup_keys(article)))
            | "Choose" >> beam.CombineGlobally(_ChooseArticlesFn()).without_defaults()
        )


class _ChooseArticlesFn(beam.CombineFn):
    """Articles' keys (tuples) -> `dedup.choose`'s verdicts on all of them."""

    def create_accumulator(self) -> list:
        return []

    def add_input(self, keys: list, article_keys: tuple) -> list:
        keys.append(article_keys)
        return keys

    def merge_accumulators(self, accumulators: Iterable[list]) -> list:
        return [keys for accumulator in accumulators for keys in accumulator]

    def extract_output(self, keys: list) -> dict:
        return dedup.choose(keys)


class DeduplicateArticles(beam.PTransform):
    """Articles -> (each article once, dead letters): one per normalised text, then one per
    canonical URL (the keys of `pipeline.dedup`; an article without a URL keeps its text key, so
    it is alone in its group), then one per article id. Copies are counted as "duplicates" and
    the articles kept as "articles"; another text under an id already kept is a dead letter
    (tables and the warehouse key articles by id, and nothing is dropped without a word), so that
    inputs = articles + dead letters + duplicates. Applied after the Pub/Sub source (a batch run
    deduplicates as it reads its files, below).

    Bounded articles: `ChooseArticles` decides on their small keys, then one keyed join by `ref`
    lets the articles chosen through, so that article texts are grouped once, not once per key
    (a batch run does not group them at all: it reads its files again, `ReadArticles` with
    `chosen`). Unbounded articles (streaming) are deduplicated within each
    window by a stateful DoFn per key: the first copy of a key passes at once and later copies are
    dropped, since a stream cannot wait to see the fullest copy; ids are then grouped per window.
    """

    def expand(self, articles):
        if articles.is_bounded:
            verdicts = (articles | "ChooseArticles" >> ChooseArticles()
                        | "Verdicts" >> beam.FlatMap(lambda verdicts: verdicts.items()))
            # articles cross the join as plain tuples, which Beam's fast coder writes as they are
            by_ref = articles | "KeyByRef" >> beam.Map(lambda article: (dedup.article_ref(article), article.as_tuple()))
            passed = (
                {"articles": by_ref, "verdict": verdicts}
                | "JoinVerdicts" >> beam.CoGroupByKey()
                | "PassKept" >> beam.ParDo(_PassKeptFn()).with_outputs(DEAD_LETTERS, main="articles")
            )
            return passed["articles"], passed[DEAD_LETTERS]
        # str keys, declared: state is looked up by the encoded key, which must be deterministic
        passed = (
            articles
            | "KeyByText" >> beam.Map(lambda article: (dedup.text_key(article.text), article)
                                      ).with_output_types(Tuple[str, Any])
            | "FirstPerText" >> beam.ParDo(_FirstPerKeyFn(count_kept=False))
            | "KeyByUrl" >> beam.Map(lambda article: (dedup.url_key(article), article)
                                     ).with_output_types(Tuple[str, Any])
            | "FirstPerUrl" >> beam.ParDo(_FirstPerKeyFn(count_kept=True))
            | "KeyById" >> beam.Map(lambda article: (article.article_id, article)).with_output_types(Tuple[str, Any])
            | "GroupById" >> beam.GroupByKey()
            | "OnePerId" >> beam.ParDo(_OnePerIdFn()).with_outputs(DEAD_LETTERS, main="articles")
        )
        return passed["articles"], passed[DEAD_LETTERS]


class _OnePerIdFn(beam.DoFn):
    """Streaming: (id, the articles of a window with that id) -> the one kept (`dedup.keep_one`'s
    choice); the others, whose texts differ (copies of one text were removed before), are dead
    letters that say which was kept, and are no longer counted as "articles"."""

    def __init__(self):
        self.articles = _counter("articles")
        self.dead_letters = _counter("dead_letters")

    def process(self, keyed: tuple[str, Iterable[Article]]) -> Iterable:
        articles = {dedup.article_ref(article): article for article in keyed[1]}
        for ref, verdict in dedup.one_per_id(map(dedup.dedup_keys, articles.values())):
            if verdict is not None:
                self.articles.dec()
                self.dead_letters.inc()
                yield _rejected("dedup", verdict, articles[ref].input_path, articles[ref].text)
            else:
                yield articles[ref]


class ExtractionTimeout(TimeoutError):
    """The extraction of one article took longer than the run allows an article."""


class _ExtractEventsFn(beam.DoFn):
    """Article -> its event mentions, plus its `ArticleRecord` on the "articles" output; an
    article the extractor fails on, or takes longer than `max_seconds` with, -> a dead letter, no
    longer counted as one of the "articles".

    With a time limit, articles are extracted `BATCH` at a time in a worker thread that this
    one watches (`pipeline.time_limit`): each is kept, with its window, until its batch is full
    or the bundle ends, and its outputs are given then."""

    BATCH = 64  # articles a thread is handed at once: two thread switches a batch, not an article

    def __init__(self, max_events_per_article: int, max_seconds: float | None = None):
        self.max_events_per_article = max_events_per_article
        self.max_seconds = max_seconds
        self.mentions = _counter("mentions")
        self.truncated = _counter("articles_with_events_cut")
        self.articles = _counter("articles")
        self.dead_letters = _counter("dead_letters")

    def setup(self):
        # The gazetteer and compiled patterns are built once per worker process, not pickled, with
        # the garbage collector paused: the load makes some 370,000 objects that live as long as
        # the worker, and each full collection their making set off walked all made so far (six
        # a load, 0.85 s of CPU; one after it, 0.15 s).
        from pipeline.extract.extractor import EventExtractor

        with _collector_paused():
            self.extractor = EventExtractor.load()

    def start_bundle(self):
        self.waiting = []  # articles as Beam gave them (with their windows), not yet extracted

    def process(self, article: Article, windowed=beam.DoFn.WindowedValueParam) -> Iterable:
        if self.max_seconds is not None:
            self.waiting.append(windowed)
            if len(self.waiting) >= self.BATCH:
                yield from self._extract_waiting()
            return
        try:
            mentions = self.extractor.extract(article)
        except Exception as error:  # noqa: BLE001 - a rule failing on one article fails that article only
            mentions = error
        yield from self._outputs(article, mentions)

    def finish_bundle(self):
        yield from self._extract_waiting()

    def _extract_waiting(self) -> Iterable:
        waiting, self.waiting = self.waiting, []
        outcomes = each_within(self.extractor.extract, [windowed.value for windowed in waiting], self.max_seconds)
        for windowed, outcome in zip(waiting, outcomes):
            for output in self._outputs(windowed.value, outcome):
                if isinstance(output, beam.pvalue.TaggedOutput):
                    yield beam.pvalue.TaggedOutput(output.tag, windowed.with_value(output.value))
                else:
                    yield windowed.with_value(output)

    def _outputs(self, article: Article, mentions) -> Iterable:
        """An article's outputs, given what its extraction gave (`each_within`'s outcomes)."""
        if mentions is TIMED_OUT:
            mentions = ExtractionTimeout(f"the extraction of article {article.article_id!r} took longer than "
                                         f"extraction.max_seconds_per_article={self.max_seconds:g} s")
        if isinstance(mentions, Exception):
            self.articles.dec()
            self.dead_letters.inc()
            yield _rejected("extract", mentions, article.input_path, article.text)
            return
        if len(mentions) > self.max_events_per_article:
            self.truncated.inc()
            mentions = mentions[: self.max_events_per_article]
        self.mentions.inc(len(mentions))
        yield from mentions
        yield beam.pvalue.TaggedOutput("articles", article_record(article, len(mentions)))


@contextlib.contextmanager
def _collector_paused():
    """No automatic garbage collection in the process while inside (as it was after)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ExtractEvents(beam.PTransform):
    """Articles -> (event mentions, article records, dead letters of articles the extraction
    failed on or took longer than `max_seconds_per_article` with; None: no limit).

    An article that runs over the limit is given up, the thread extracting it left to finish
    and its output discarded; the run goes on meanwhile (`pipeline.time_limit`).
    """

    def __init__(self, max_events_per_article: int, max_seconds_per_article: float | None = None):
        super().__init__()
        if max_events_per_article < 1:
            raise ValueError("max_events_per_article must be at least 1")
        if max_seconds_per_article is not None and max_seconds_per_article <= 0:
            raise ValueError("max_seconds_per_article must be positive")
        self.max_events_per_article = max_events_per_article
        self.max_seconds_per_article = max_seconds_per_article

    def expand(self, articles):
        outputs = articles | "Extract" >> beam.ParDo(
            _ExtractEventsFn(self.max_events_per_article, self.max_seconds_per_article)
        ).with_output_types(EventMention, articles=ArticleRecord, **{DEAD_LETTERS: DeadLetter}).with_outputs(
            "articles", DEAD_LETTERS, main="mentions")
        return outputs.mentions, outputs.articles, outputs[DEAD_LETTERS]


class MentionCoder(Coder):
    """Event mentions across a shuffle as pydantic's JSON of them (written and read in Rust:
    about 35 µs a mention, where pickling one and reading it back took 165 µs). A mention whose
    event carries a kind's details in an extra field (a record JSON would give back as a dict)
    is pickled."""

    def encode(self, mention: EventMention) -> bytes:
        if mention.event.model_extra:
            return b"P" + pickle.dumps(mention, pickle.HIGHEST_PROTOCOL)
        return b"J" + mention.__pydantic_serializer__.to_json(mention)

    def decode(self, encoded: bytes) -> EventMention:
        if encoded[:1] == b"P":
            return pickle.loads(encoded[1:])
        return EventMention.model_validate_json(encoded[1:])

    def is_deterministic(self) -> bool:
        return False

    def to_type_hint(self):
        return EventMention


beam.coders.registry.register_coder(EventMention, MentionCoder)


class _CountEventsFn(beam.DoFn):
    def process(self, event: Event) -> Iterable[Event]:
        _counter("events").inc()
        _counter(f"events.{event.event_type}").inc()
        yield event


class _IdentifyEventsFn(beam.DoFn):
    """(event key, its mentions) -> (Event, its mention rows) per event (`merge.identify_events`);
    a group the merge fails on -> one dead letter naming the key and the articles, counted as
    "mention_groups_not_merged" (they are no inputs: the manifest does not reconcile them)."""

    def __init__(self, extractor_version: str):
        self.extractor_version = extractor_version
        self.not_merged = _counter("mention_groups_not_merged")

    def process(self, keyed: tuple[str, Iterable]) -> Iterable:
        key, mentions = keyed[0], list(keyed[1])
        try:
            yield from merge.identify_events(mentions, self.extractor_version)
        except Exception as error:  # noqa: BLE001 - one event's merge failing fails that event only
            self.not_merged.inc()
            articles = sorted({mention.article_id for mention in mentions})
            yield _rejected("merge", error, f"event_key={key}", "articles: " + ", ".join(articles))


class MergeEvents(beam.PTransform):
    """Event mentions -> (one `Event` per real-world event, merged over every article that
    reports it, the mention rows that point at it, and dead letters of mention groups the merge
    failed on). Mentions are grouped by type and key; which of them are one event is decided by
    their time anchors (`pipeline.merge`)."""

    def __init__(self, extractor_version: str):
        super().__init__()
        self.extractor_version = extractor_version

    def expand(self, mentions):
        identified, failed = (
            mentions
            | "KeyByEventKey" >> beam.Map(lambda mention: (mention.event.event_key, mention)
                                          ).with_output_types(Tuple[str, EventMention])
            | "GroupByEventKey" >> beam.GroupByKey()
            | "Identify" >> beam.ParDo(_IdentifyEventsFn(self.extractor_version)).with_outputs(DEAD_LETTERS, main="events")
        )
        events = (
            identified
            | "Events" >> beam.Map(lambda event_and_mentions: event_and_mentions[0])
            | "Count" >> beam.ParDo(_CountEventsFn())
        )
        mention_rows = identified | "MentionRows" >> beam.FlatMap(lambda event_and_mentions: event_and_mentions[1])
        return events, mention_rows, failed


# Streaming: only the source and the windowing differ from batch ------------------------------


class _PubSubRecordFn(beam.DoFn):
    """A Pub/Sub message -> a raw JSON-line record, named after the subscription and message id."""

    def __init__(self, subscription: str):
        self.subscription = subscription
        self.inputs = _counter("inputs")

    def process(self, message) -> Iterable[RawRecord]:
        self.inputs.inc()
        message_id = getattr(message, "message_id", None) or ""
        yield RawRecord(f"{self.subscription}#{message_id}", "jsonl", 0, message.data)


class _TimestampByPublicationFn(beam.DoFn):
    """Event time is the article's `published_at`; without one, the message's publish time stays."""

    def process(self, article: Article) -> Iterable:
        if article.published_at is not None:
            yield beam.window.TimestampedValue(article, article.published_at.timestamp())
        else:
            yield article


class ParseArticleMessages(beam.PTransform):
    """Pub/Sub messages (JSON articles) -> (articles timestamped with their publication time,
    dead letters for malformed messages)."""

    def __init__(self, subscription: str, max_article_chars: int,
                 languages: list[str] | tuple[str, ...] = DEFAULT_LANGUAGES):
        super().__init__()
        self.subscription = subscription
        self.max_article_chars = max_article_chars
        self.languages = tuple(languages)

    def expand(self, messages):
        records = messages | "ToRecords" >> beam.ParDo(_PubSubRecordFn(self.subscription))
        articles, invalid = records | "ParseArticles" >> beam.ParDo(
            _ParseArticlesFn(self.max_article_chars, self.languages)
        ).with_outputs(DEAD_LETTERS, main="articles")
        timestamped = articles | "TimestampByPublication" >> beam.ParDo(_TimestampByPublicationFn())
        return timestamped, invalid


class ReadArticlesFromPubSub(beam.PTransform):
    """A Pub/Sub subscription of JSON article messages -> (articles, dead letters)."""

    def __init__(self, subscription: str, max_article_chars: int,
                 languages: list[str] | tuple[str, ...] = DEFAULT_LANGUAGES):
        super().__init__()
        if not subscription.startswith("projects/") or "/subscriptions/" not in subscription:
            raise ValueError(f"not a Pub/Sub subscription path: {subscription!r}")
        self.subscription = subscription
        self.max_article_chars = max_article_chars
        self.languages = tuple(languages)

    def expand(self, pbegin):
        return (
            pbegin
            | "ReadMessages" >> beam.io.ReadFromPubSub(subscription=self.subscription, with_attributes=True)
            | "ParseMessages" >> ParseArticleMessages(self.subscription, self.max_article_chars, self.languages)
        )


class WindowByEventTime(beam.PTransform):
    """Fixed event-time windows with allowed lateness; late data fires a late pane of its own."""

    def __init__(self, window_seconds: int, allowed_lateness_seconds: int):
        super().__init__()
        if window_seconds < 1 or allowed_lateness_seconds < 0:
            raise ValueError("window_seconds must be >= 1 and allowed_lateness_seconds >= 0")
        self.window_seconds = window_seconds
        self.allowed_lateness_seconds = allowed_lateness_seconds

    def expand(self, pcoll):
        return pcoll | "FixedWindows" >> beam.WindowInto(
            beam.window.FixedWindows(self.window_seconds),
            allowed_lateness=beam.utils.timestamp.Duration(seconds=self.allowed_lateness_seconds),
        )
