"""`ReadArticles` then `DeduplicateArticles` (as the graph applies them) on every input kind, on
bad input, and with duplicates, on a real local runner: exact multisets of articles and dead
letters, and the counters the manifest reconciles."""

from __future__ import annotations

import gzip
import json
import shutil

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.transforms import METRICS_NAMESPACE, DeduplicateArticles, ReadArticles
from tests.support import LOCAL_RUNNER, REPO

INPUTS = REPO / "tests" / "fixtures" / "inputs"
FIXTURES = ("page.html", "feed.rss", "feed.atom", "crawl.warc.gz", "articles.jsonl.gz")


@pytest.fixture(params=["join", "read twice"])
def dedup_way(request):
    """How duplicates go: `DeduplicateArticles`' join, or a batch run's way (`ReadArticles` with
    `deduplicate`: `ChooseArticles`, then the files read again with its verdicts): the same results."""
    return request.param


def run_read(patterns: list[str], max_article_chars: int = 1_000_000, languages=("en",), check=None,
             dedup_way: str = "join") -> dict:
    """Run ReadArticles and deduplicate (`dedup_way`); `check(articles, dead_letters)` adds
    assertions; returns the counters."""
    p = test_pipeline.TestPipeline(runner=LOCAL_RUNNER)
    if dedup_way == "join":
        articles, dead_letters = p | ReadArticles(patterns, max_article_chars, languages)
        articles, id_dead_letters = articles | DeduplicateArticles()
        dead_letters = (dead_letters, id_dead_letters) | "AllDeadLetters" >> beam.Flatten()
    else:
        articles, dead_letters = p | ReadArticles(patterns, max_article_chars, languages, deduplicate=True)
    if check:
        check(articles, dead_letters)
    result = p.run()
    result.wait_until_finish()
    found = result.metrics().query(MetricsFilter().with_namespace(METRICS_NAMESPACE))["counters"]
    counters: dict[str, int] = {}
    for counter in found:  # a counter of the same name in two steps is reported per step
        counters[counter.key.metric.name] = counters.get(counter.key.metric.name, 0) + counter.committed
    return counters


@pytest.fixture
def fixtures_dir(tmp_path):
    for name in FIXTURES:
        shutil.copy(INPUTS / name, tmp_path / name)
    return tmp_path


def test_every_input_kind_is_read_and_duplicates_are_read_once(fixtures_dir, dedup_way):
    def check(articles, dead_letters):
        assert_that(
            articles | beam.Map(lambda a: (a.input_path.rsplit("/", 1)[-1], a.url)),
            equal_to([
                # the page; its feed item (same canonical URL, a shorter text) is a duplicate
                ("page.html", "https://news.example.org/2025/06/10/xi-lee-call"),
                ("feed.rss", "https://news.example.org/2025/06/11/japan-australia-pact"),
                ("feed.atom", "https://wire.example.com/2025/06/11/energy-plan"),
                ("feed.atom", "https://wire.example.com/2025/06/12/kenya-vote"),
                ("crawl.warc.gz", "https://news.example.pl/2025/06/02/election"),
                ("crawl.warc.gz", "https://news.example.ch/geneva/"),
                # wire-3003 repeats wire-3001's text: a duplicate
                ("articles.jsonl.gz", "https://wire.example.com/2025/06/09/un-vote"),
                ("articles.jsonl.gz", "https://wire.example.com/2025/06/10/talks"),
            ]),
            label="Articles",
        )
        assert_that(dead_letters, equal_to([]), label="NoDeadLetters")

    counters = run_read([str(fixtures_dir / "*")], check=check, dedup_way=dedup_way)
    assert counters["inputs"] == 10  # 1 page + 2 + 2 entries + 2 WARC responses + 3 lines
    assert counters["articles"] == 8
    assert counters["duplicates"] == 2
    assert counters.get("dead_letters", 0) == 0
    assert counters["records_skipped"] == 4  # warcinfo, request, image, redirect


def test_the_same_files_matched_twice_are_read_once(fixtures_dir, dedup_way):
    counters = run_read([str(fixtures_dir / "*"), str(fixtures_dir / "*.jsonl.gz")], dedup_way=dedup_way)
    assert counters["inputs"] == 10  # as from one pattern
    assert counters["articles"] == 8
    assert counters["inputs"] == counters["articles"] + counters["duplicates"]


@pytest.fixture
def bad_dir(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "binary-utf8.txt").write_bytes(b"\x00\x01\x02\x03 looks like text \x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "cut.jsonl.gz").write_bytes(
        gzip.compress(b"".join(json.dumps({"id": f"c{i}", "text": f"Article number {i}."}).encode() + b"\n"
                               for i in range(3)))[:-12])
    (tmp_path / "french.jsonl").write_text(json.dumps({
        "id": "fr1", "text": "Le président chinois Xi Jinping s'est entretenu mardi au téléphone avec le "
                             "président sud-coréen Lee Jae-myung, selon les médias d'État chinois."}) + "\n",
        encoding="utf-8")
    (tmp_path / "scripts.html").write_text("<html><body>" + "<script>alert(1)</script>" * 100 + "</body></html>",
                                           encoding="utf-8")
    (tmp_path / "nofeed.rss").write_text("<html><body>A page.</body></html>", encoding="utf-8")
    return tmp_path


def test_bad_inputs_are_dead_letters_that_say_why(bad_dir, dedup_way):
    def check(articles, dead_letters):
        assert_that(articles | beam.Map(lambda a: a.article_id), equal_to(["c0", "c1"]), label="Articles")
        assert_that(
            dead_letters | beam.Map(lambda d: (d.stage, d.error_type, d.input_path.rsplit("/", 1)[-1],
                                               d.message.split(":")[0])),
            equal_to([
                ("parse", "InvalidArticle", "binary.txt", "not UTF-8 text"),
                ("parse", "InvalidArticle", "binary-utf8.txt", "binary data, not text"),
                ("parse", "InvalidArticle", "empty.txt", "the article has no text"),
                ("parse", "InvalidArticle", "empty.jsonl", "the file holds no JSON lines"),
                ("read", "DamagedInput", "cut.jsonl.gz", "truncated gzip file"),
                ("parse", "InvalidArticle", "cut.jsonl.gz:3", "not valid JSON"),  # the line at the cut
                ("parse", "UnsupportedLanguage", "french.jsonl:1", "the article is in language 'fr' (py3langid, probability 1.00); accepted"),
                ("parse", "InvalidArticle", "scripts.html", "no article text found in the HTML"),
                ("parse", "InvalidArticle", "nofeed.rss", "the feed has no entries"),
            ]),
            label="DeadLetters",
        )

    counters = run_read([str(bad_dir / "*")], check=check, dedup_way=dedup_way)
    assert counters["inputs"] == 11
    assert counters["inputs"] == counters["articles"] + counters["dead_letters"] + counters.get("duplicates", 0)


def test_other_languages_pass_when_accepted(bad_dir):
    def check(articles, dead_letters):
        assert_that(articles | beam.Map(lambda a: a.article_id), equal_to(["fr1"]), label="Articles")

    run_read([str(bad_dir / "french.jsonl")], languages=["en", "fr"], check=check)


def test_a_record_over_the_size_limits_is_a_dead_letter_with_a_short_payload(tmp_path):
    big = json.dumps({"id": "big", "text": "word " * 100_000}) + "\n"
    (tmp_path / "big.jsonl").write_text(big + json.dumps({"id": "long", "text": "word " * 30_000}) + "\n",
                                        encoding="utf-8")

    def check(articles, dead_letters):
        assert_that(articles, equal_to([]), label="NoArticles")
        assert_that(
            dead_letters | beam.Map(lambda d: (d.input_path.rsplit("/", 1)[-1], d.message.split(" exceeds")[0],
                                               len(d.payload) <= 10_000)),
            equal_to([("big.jsonl:1", f"a line of {len(big):,} bytes", True),
                      ("big.jsonl:2", "article of 150,000 characters", True)]),
            label="TooBig",
        )

    run_read([str(tmp_path / "big.jsonl")], max_article_chars=40_000, check=check)


def test_read_articles_checks_its_arguments():
    with pytest.raises(TypeError):
        ReadArticles(["*.txt"], 10, languages="en")
    with pytest.raises(ValueError):
        ReadArticles(["*.txt"], 0)
