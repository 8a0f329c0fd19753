import datetime as dt
import io

import pytest

from pipeline.sources import RawRecord, kind_of, parse_record, split_records
from pipeline.sources.normalise import parse_published_at
from pipeline.sources.raw import InvalidArticle
from pipeline.sources.jsonl import parse_json_article
from pipeline.sources.text import parse_text_article, split_header
from tests.support import SEED, SEED_GOLD

UTC = dt.timezone.utc


def test_seed_text_file_matches_the_gold_article():
    import json

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["article"]
    article = parse_text_article(SEED.read_bytes(), str(SEED))
    assert article.article_id == "seed-000"
    assert article.text == gold["text"]
    assert article.title == gold["title"]
    assert article.summary == gold["summary"]
    assert article.published_at == dt.datetime(2025, 6, 10, tzinfo=UTC)
    assert article.source == "seed"


def test_text_without_front_matter_or_header_is_all_body_with_a_content_id():
    body = "One paragraph.\nAnother line of the same paragraph.\nA third line."
    article = parse_text_article(body.encode(), "plain.txt")
    assert article.text == body
    assert article.title == ""
    assert article.published_at is None
    assert article.article_id.startswith("sha-")
    assert parse_text_article(body.encode(), "elsewhere.txt").article_id == article.article_id


@pytest.mark.parametrize(
    "content, header",
    [
        ("Title only\n\nBody text here.", ["Title only"]),
        ("Summary line\nTitle line\n\n\nBody text here.", ["Summary line", "Title line"]),
        ("a\nb\nc\n\nBody text here.", []),
    ],
)
def test_header_lines_are_one_or_two_lines_before_the_first_gap(content, header):
    assert split_header(content)[0] == header


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"---\npublished_at: [unclosed\n---\nText", "front matter is not valid YAML"),
        (b"---\npublished_at: next week\n---\nTitle\n\nBody", "not an ISO date"),
        (b"   \n\n  ", "no text"),
        (b"\xff\xfe\x00binary\x00", "not UTF-8"),
    ],
)
def test_bad_text_files_raise_invalid_article(payload, message):
    with pytest.raises(InvalidArticle, match=message):
        parse_text_article(payload, "bad.txt")


def test_json_line_keeps_known_fields_and_ignores_extra_ones():
    line = b'{"id": "a1", "url": "https://x/y", "title": "T", "published_at": "2019-10-23T14:00:00+02:00", "source": "S", "text": "Body.", "section": "extra"}'
    article = parse_json_article(line, "in.jsonl")
    assert (article.article_id, article.url, article.title, article.source, article.text) == (
        "a1", "https://x/y", "T", "S", "Body.")
    assert article.published_at == dt.datetime(2019, 10, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "line, message",
    [
        (b'{"id": "a1", "text": ', "not valid JSON"),
        (b'["a", "list"]', "must be an object"),
        (b'{"id": "a1"}', "no text"),
        (b'{"id": "a1", "text": 42}', "text must be a string"),
        (b'{"id": {"nested": 1}, "text": "Body."}', "id must be a string"),
        (b'{"id": "a1", "text": "Body.", "published_at": 2019}', "published_at must be a date string"),
    ],
)
def test_bad_json_lines_raise_invalid_article(line, message):
    with pytest.raises(InvalidArticle, match=message):
        parse_json_article(line, "in.jsonl")


def test_split_records_gives_one_record_per_non_blank_json_line_with_its_number():
    stream = io.BytesIO(b'{"text": "a"}\n\n{"text": "b"}\n')
    records = list(split_records("dir/articles.jsonl", stream))
    assert [(r.kind, r.index) for r in records] == [("jsonl", 1), ("jsonl", 3)]
    assert parse_record(records[1]).text == "b"


def test_kind_of_reads_compressed_suffixes_by_their_inner_kind():
    assert kind_of("a/b.jsonl") == "jsonl"
    assert kind_of("a/b.jsonl.gz") == "jsonl"
    assert kind_of("a/b.TXT") == "text"
    assert kind_of("a/b.unknown") == "text"


def test_parse_record_dispatches_on_kind():
    record = RawRecord("x.txt", "text", 0, b"Title\n\nBody.")
    assert parse_record(record).title == "Title"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-06-10", dt.datetime(2025, 6, 10, tzinfo=UTC)),
        (dt.date(2025, 6, 10), dt.datetime(2025, 6, 10, tzinfo=UTC)),
        ("2025-06-10T23:30:00-05:00", dt.datetime(2025, 6, 11, 4, 30, tzinfo=UTC)),
        ("2025-06-10T10:00:00Z", dt.datetime(2025, 6, 10, 10, tzinfo=UTC)),
        ("", None),
        (None, None),
    ],
)
def test_published_at_is_normalised_to_utc(value, expected):
    assert parse_published_at(value) == expected


# --- inputs that are no regular files; dead letters that any string can go into --------------


def test_only_regular_files_are_read(tmp_path):
    import os

    from pipeline.sources import NotARegularFile, check_regular_file

    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    check_regular_file(str(tmp_path / "a.txt"))
    check_regular_file(str(tmp_path / "link.txt"))  # a link to a regular file is one
    check_regular_file("gs://bucket/a.txt")  # object stores hold objects only
    with pytest.raises(NotARegularFile, match=r"not a regular file: a named pipe \(FIFO\)"):
        check_regular_file(str(tmp_path / "pipe.txt"))
    with pytest.raises(NotARegularFile, match="a character device"):
        check_regular_file("/dev/zero")
    with pytest.raises(NotARegularFile, match="a directory"):
        check_regular_file(str(tmp_path))
    with pytest.raises(FileNotFoundError):
        check_regular_file(str(tmp_path / "dangling.txt"))


def test_a_dead_letter_holds_where_the_error_was_raised_and_any_file_name():
    from pipeline.tables import dead_letter

    try:
        parse_json_article(b"[" * 100_000, "in.jsonl")
    except InvalidArticle as error:
        letter = dead_letter("parse", error, "in/caf\udce9.jsonl:1", b"[" * 100_000)
    assert (letter.stage, letter.error_type, letter.input_path) == ("parse", "InvalidArticle", "in/caf\\xe9.jsonl:1")
    assert letter.stack.splitlines()[-1].startswith("jsonl.py:") and letter.stack.endswith(" parse_json_article")
    assert len(letter.payload) == 10_000
    assert dead_letter("read", FileNotFoundError("gone"), "x", b"").stack is None  # never raised: no stack
