"""The composite transforms on a real local runner, with `assert_that` on exact multisets."""

import datetime as dt
import gzip

import apache_beam as beam
import pytest
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.records import EventCore, EventMention, PolicyDetails
from pipeline.sources.text import parse_text_article
from pipeline.transforms import ExtractEvents, MergeEvents, ReadArticles, _ExtractEventsFn
from tests.support import LOCAL_RUNNER, SEED


def local_pipeline():
    return test_pipeline.TestPipeline(runner=LOCAL_RUNNER)


@pytest.fixture
def mixed_inputs(tmp_path):
    (tmp_path / "good.txt").write_text("---\nid: t1\npublished_at: 2025-06-10\n---\nTitle\n\nBody text.", encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text(
        '{"id": "j1", "text": "First."}\n'
        '{"id": "j2", "text": \n'
        '\n'
        '{"id": "j3"}\n'
        '{"id": "j4", "text": "Fourth.", "published_at": "2025-06-10"}\n',
        encoding="utf-8",
    )
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with gzip.open(tmp_path / "packed.jsonl.gz", "wt", encoding="utf-8") as stream:
        stream.write('{"id": "g1", "text": "Compressed."}\n')
    return tmp_path


def test_read_articles_splits_good_articles_from_dead_letters(mixed_inputs):
    with local_pipeline() as p:
        articles, dead_letters = p | ReadArticles([str(mixed_inputs / "*")], max_article_chars=1000)
        assert_that(
            articles | beam.Map(lambda a: a.article_id),
            equal_to(["t1", "j1", "j4", "g1"]),
            label="ArticleIds",
        )
        assert_that(
            dead_letters | beam.Map(lambda d: (d.stage, d.error_type, d.input_path.rsplit("/", 1)[-1])),
            equal_to([
                ("parse", "InvalidArticle", "articles.jsonl:2"),
                ("parse", "InvalidArticle", "articles.jsonl:4"),
                ("parse", "InvalidArticle", "binary.txt"),
            ]),
            label="DeadLetters",
        )


def test_read_articles_rejects_articles_over_the_size_limit(tmp_path):
    (tmp_path / "big.jsonl").write_text('{"id": "b", "text": "' + "x" * 200 + '"}\n', encoding="utf-8")
    with local_pipeline() as p:
        articles, dead_letters = p | ReadArticles([str(tmp_path / "*.jsonl")], max_article_chars=100)
        assert_that(articles, equal_to([]), label="NoArticles")
        assert_that(dead_letters | beam.Map(lambda d: "max_article_chars" in d.message), equal_to([True]),
                    label="TooBig")


def test_read_articles_takes_a_list_of_patterns_not_a_string():
    with pytest.raises(TypeError):
        ReadArticles("*.txt", max_article_chars=10)


def test_extract_events_on_the_seed_gives_its_four_events_and_one_article_record():
    article = parse_text_article(SEED.read_bytes(), str(SEED))
    with local_pipeline() as p:
        mentions, records, _ = p | beam.Create([article]) | ExtractEvents(max_events_per_article=50)
        assert_that(
            mentions | beam.Map(lambda m: m.event.event_type),
            equal_to(["DIPLOMATIC_CALL", "ELECTION", "POLICY_SIGNAL", "POLICY_SIGNAL"]),
            label="Types",
        )
        assert_that(records | beam.Map(lambda r: (r.article_id, r.num_events)), equal_to([("seed-000", 4)]),
                    label="Records")


def test_extract_events_caps_events_per_article():
    article = parse_text_article(SEED.read_bytes(), str(SEED))
    with local_pipeline() as p:
        mentions, records, _ = p | beam.Create([article]) | ExtractEvents(max_events_per_article=1)
        assert_that(mentions | beam.combiners.Count.Globally(), equal_to([1]), label="Capped")
        assert_that(records | beam.Map(lambda r: r.num_events), equal_to([1]), label="Counted")


def test_an_article_whose_extraction_runs_over_the_time_limit_is_a_dead_letter_that_says_so():
    seed = parse_text_article(SEED.read_bytes(), str(SEED))
    # forty copies of the seed take about a second to extract: far over the limit, however busy
    # the machine (the thread that waits needs the interpreter's lock to notice the time is up)
    article = seed.model_copy(update={"text": "\n".join([seed.text] * 40)})
    with local_pipeline() as p:
        mentions, records, dead_letters = p | beam.Create([article]) | ExtractEvents(50, max_seconds_per_article=0.05)
        assert_that(mentions, equal_to([]), label="NoMentions")
        assert_that(records, equal_to([]), label="NoRecord")
        assert_that(dead_letters | beam.Map(lambda d: (d.stage, d.error_type, d.message, d.payload[:7])), equal_to([(
            "extract", "ExtractionTimeout",
            "the extraction of article 'seed-000' took longer than extraction.max_seconds_per_article=0.05 s",
            "Chinese",
        )]), label="TimedOut")


def test_extract_events_within_the_time_limit_is_unchanged():
    article = parse_text_article(SEED.read_bytes(), str(SEED))
    with local_pipeline() as p:
        mentions, records, dead_letters = p | beam.Create([article]) | ExtractEvents(50, max_seconds_per_article=60)
        assert_that(mentions | beam.combiners.Count.Globally(), equal_to([4]), label="Mentions")
        assert_that(records | beam.Map(lambda r: r.num_events), equal_to([4]), label="Record")
        assert_that(dead_letters, equal_to([]), label="NoDeadLetters")


def test_extract_events_with_a_time_limit_gives_every_article_of_batches_and_their_rest():
    # articles are extracted a batch at a time: two full batches and a rest at the bundle's end
    seed = parse_text_article(SEED.read_bytes(), str(SEED))
    count = 2 * _ExtractEventsFn.BATCH + 3
    articles = [seed.model_copy(update={"article_id": f"a{number}"}) for number in range(count)]
    with local_pipeline() as p:
        mentions, records, dead_letters = p | beam.Create(articles) | ExtractEvents(50, max_seconds_per_article=60)
        assert_that(mentions | beam.combiners.Count.Globally(), equal_to([4 * count]), label="Mentions")
        assert_that(records | beam.Map(lambda r: r.article_id), equal_to([f"a{n}" for n in range(count)]),
                    label="Records")
        assert_that(dead_letters, equal_to([]), label="NoDeadLetters")


def _signal(article_id: str, day: int) -> EventMention:
    core = EventCore(
        event_id=f"report-{article_id}",
        event_key="usa-chn",
        event_type="POLICY_SIGNAL",
        policy=PolicyDetails(signaller="USA", target="CHN", topic="TRADE", stance="CONFRONTATIONAL"),
        countries=["CHN", "USA"],
        confidence=0.7,
    )
    return EventMention(event=core, article_id=article_id, source=f"src-{article_id}",
                        published_at=dt.datetime(2025, 4, day, tzinfo=dt.timezone.utc))


def test_merge_events_makes_one_event_of_mentions_from_two_articles_and_points_both_rows_at_it():
    from pipeline.identity import Anchor, event_id

    # undated signals published a day apart: one event, anchored on the earlier publication
    expected_id = event_id("POLICY_SIGNAL", "usa-chn", Anchor.of_date(dt.date(2025, 4, 1), "DAY", "PUBLICATION"))
    with local_pipeline() as p:
        events, rows, _ = p | beam.Create([_signal("a", 2), _signal("b", 1)]) | MergeEvents("test")
        assert_that(
            events | beam.Map(lambda e: (e.event_id, e.num_articles, e.num_mentions, e.first_published_at.day,
                                         e.sources, e.anchor_date.day, e.anchor_source)),
            equal_to([(expected_id, 2, 2, 1, ["src-a", "src-b"], 1, "PUBLICATION")]), label="Events",
        )
        assert_that(rows | beam.Map(lambda r: (r.event_id, r.article_id)),
                    equal_to([(expected_id, "a"), (expected_id, "b")]), label="Mentions")


def test_mentions_cross_a_shuffle_as_they_were():
    """`MentionCoder`: a mention read back is the mention written, with its time zone and its
    floats; one whose event carries an extra details field keeps that field's record."""
    from pipeline.extract.extractor import EventExtractor
    from pipeline.transforms import MentionCoder
    from tests.support import make_article

    coder = beam.coders.registry.get_coder(EventMention)
    assert isinstance(coder, MentionCoder)
    mentions = EventExtractor.load().extract(make_article(
        "Chinese President Xi Jinping spoke by phone with South Korean President Lee Jae-myung on Tuesday.",
        published="2025-06-10T08:30:00+09:00"))
    assert mentions
    for mention in mentions:
        decoded = coder.decode(coder.encode(mention))
        assert decoded == mention and decoded.model_dump() == mention.model_dump()
        assert decoded.published_at == mention.published_at and decoded.published_at.utcoffset() == dt.timedelta(0)
    extra = mentions[0].model_copy(update={"event": EventCore(
        event_id="e1", event_type="PRESS", press=PolicyDetails(signaller="CHN"), confidence=0.1 + 0.2)})
    assert coder.encode(extra)[:1] == b"P"
    decoded = coder.decode(coder.encode(extra))
    assert decoded == extra and isinstance(decoded.event.press, PolicyDetails)


@pytest.mark.parametrize("shards", [0, 2])
@pytest.mark.parametrize("count", [0, 3])
def test_a_table_is_written_as_named_files_and_nothing_else(tmp_path, shards, count):
    """`WriteTable` on bounded records: `part-SSSSS-of-NNNNN.avro` holding every record (a file
    per bundle, or `num_shards`), an empty file for no record, no temporary folder left."""
    import fastavro

    from pipeline.records import DeadLetter
    from pipeline.sinks.avro import WriteTable
    from pipeline.tables import load_schemas

    letters = [DeadLetter(stage="read", error_type="E", message=f"m{index}") for index in range(count)]
    with local_pipeline() as p:
        (p | beam.Create(letters, reshuffle=False)
         | WriteTable("dead_letters", load_schemas()["dead_letters"], str(tmp_path / "t"), num_shards=shards))
    files = sorted(path.name for path in (tmp_path / "t").iterdir())
    total = shards or 1  # Beam's sink writes its shards empty too
    assert files == [f"part-{index:05d}-of-{total:05d}.avro" for index in range(total)]
    read = [row for name in files for row in fastavro.reader((tmp_path / "t" / name).open("rb"))]
    assert sorted(row["message"] for row in read) == [letter.message for letter in letters]


def test_deflated_tables_are_compressed_by_isal_and_read_by_any_reader(tmp_path):
    """The deflate codec's blocks come from ISA-L (`pipeline.tables`), raw deflate streams as
    zlib's: fastavro and the Apache avro library read back every row. (ISA-L inflating zlib's
    blocks: tests/unit/test_schema_evolution.py reads the released files.)"""
    import io

    import avro.datafile
    import avro.io
    import fastavro
    import fastavro._read
    import fastavro._write

    from pipeline.records import ArticleRecord
    from pipeline.sinks.avro import WriteTable
    from pipeline.tables import load_schemas

    assert fastavro._write.BLOCK_WRITERS["deflate"].__module__ == "pipeline.tables"
    assert fastavro._read.BLOCK_READERS["deflate"].__module__ == "pipeline.tables"
    records = [ArticleRecord(article_id=f"a{index}", text=f"Article {index}: " + "words of news " * 300)
               for index in range(40)]
    with local_pipeline() as p:
        (p | beam.Create(records, reshuffle=False)
         | WriteTable("articles", load_schemas()["articles"], str(tmp_path / "t"), codec="deflate"))
    data = [(tmp_path / "t" / name).read_bytes() for name in sorted(path.name for path in (tmp_path / "t").iterdir())]
    expected = sorted(record.to_avro()["text"] for record in records)
    assert sorted(row["text"] for blob in data for row in fastavro.reader(io.BytesIO(blob))) == expected
    assert sorted(row["text"] for blob in data
                  for row in avro.datafile.DataFileReader(io.BytesIO(blob), avro.io.DatumReader())) == expected
