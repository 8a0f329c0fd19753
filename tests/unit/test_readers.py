"""The readers of every input kind (HTML, RSS/Atom, WARC, compressed files) on the fixtures of
`tests/fixtures/inputs/`, and on bad input of every sort: each record is an article or an
`InvalidArticle` that says why. Beam-free."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import json
import re
import lzma
from pathlib import Path

import pytest
import zstandard

from pipeline.records import Article
from pipeline.sources import (
    DamagedInput, InvalidArticle, RawRecord, UnsupportedLanguage, kind_of, open_decompressed, parse_record,
    split_records,
)
from pipeline.sources.normalise import clean_text, parse_published_at
from pipeline.sources.html import html_fragment_text, parse_html_article
from pipeline.languages import identifier_cache_path, known_languages, load_identifier
from pipeline.sources.language import (
    MAX_ACCEPTED_PROBABILITY, check_language, identify_language, language_probabilities, plainly_english,
)
from tests.support import REPO

INPUTS = REPO / "tests" / "fixtures" / "inputs"
UTC = dt.timezone.utc
LIMIT = 10_000_000  # bytes per record, as ReadArticles derives from max_article_chars=1,000,000


def read(path: Path | str, data: bytes | None = None, max_bytes: int | None = LIMIT,
         languages=("en",)) -> tuple[list[Article | str], list[str]]:
    """(each record of the file as an article or its error message, the reasons records were
    skipped), read the way ReadArticles reads: raw bytes, decompressed, split, parsed."""
    path = str(path)
    raw = io.BytesIO(Path(path).read_bytes() if data is None else data)
    skipped: list[str] = []
    results: list[Article | str] = []
    try:
        for record in split_records(path, open_decompressed(path, raw), max_bytes, skipped.append):
            try:
                results.append(parse_record(record, 1_000_000, languages))
            except InvalidArticle as error:
                results.append(f"{type(error).__name__}: {error}")
    except InvalidArticle as error:  # the file breaks off: ReadArticles makes it a "read" dead letter
        results.append(f"read {type(error).__name__}: {error}")
    return results, skipped


def articles_of(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


# --- kinds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, kind",
    [
        ("a/page.html", "html"), ("a/page.HTM", "html"), ("a/feed.rss", "feed"), ("a/feed.atom", "feed"),
        ("a/feed.xml.gz", "feed"), ("a/crawl.warc.gz", "warc"), ("a/crawl.warc", "warc"),
        ("a/b.jsonl.zst", "jsonl"), ("a/b.txt.bz2", "text"), ("a/unknown.bin", "text"),
    ],
)
def test_kind_of_reads_the_suffix_under_any_compression_suffix(path, kind):
    assert kind_of(path) == kind


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_gives_main_text_title_canonical_url_and_date_in_utc():
    (article,), _ = read(INPUTS / "page.html")
    assert article.title == "Xi and Lee hold first phone call"
    assert article.url == "https://news.example.org/2025/06/10/xi-lee-call"
    assert article.published_at == dt.datetime(2025, 6, 10, 8, 30, tzinfo=UTC)  # 17:30 +09:00
    assert article.source == "Example News"
    assert article.text.startswith("Chinese President Xi Jinping held a phone call on Tuesday")
    assert article.text.endswith("Lee said he hoped to visit China later this year.")
    for boilerplate in ("Home", "Advertisement", "Most read", "Stocks fall", "All rights reserved",
                        "dataLayer", "track(", "not the article", "font-family"):
        assert boilerplate not in article.text
    assert article.article_id == f"sha-{article.content_hash}"


def test_html_full_of_scripts_gives_only_the_text():
    scripts = "".join(f"<script>var a{i} = '<p>script text {i}</p>'; alert({i});</script>" for i in range(500))
    page = (f"<html><head>{scripts}<style>p {{ color: red }}</style></head><body>{scripts}"
            "<article><p>The foreign minister of Chile met her Peruvian counterpart in Lima on Monday "
            "to discuss border trade.</p><p>Both sides called the meeting productive.</p></article>"
            f"{scripts}<noscript>Enable JavaScript</noscript></body></html>")
    (article,), _ = read("scripts.html", page.encode())
    assert article.text == ("The foreign minister of Chile met her Peruvian counterpart in Lima on Monday "
                            "to discuss border trade.\nBoth sides called the meeting productive.")


def test_html_in_a_declared_legacy_encoding_is_decoded():
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><article>'
            '<p>The ministers met at a caf\xe9 in Z\xfcrich on Monday \u2013 and talked for two hours about the '
            'new trade agreement between their countries.</p></article></body></html>').encode("windows-1252")
    (article,), _ = read("legacy.html", page)
    assert "café in Zürich on Monday – and talked" in article.text


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"", "no article text found"),
        (b"<html><head><title>Only a title</title></head><body></body></html>", "no article text found"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "no article text found"),
        (b"<html><body>" + b"<div>" * 5000 + b"deeply nested" + b"</div>" * 5000 + b"</body></html>", None),
    ],
)
def test_html_without_main_text_is_a_dead_letter_saying_so(payload, message):
    (result,), _ = read("bad.html", payload)
    if message is None:  # whatever the outcome, an article or a reason, and no exception
        assert isinstance(result, (Article, str))
    else:
        assert result == f"InvalidArticle: {message} in the HTML"


def test_html_fragment_text_keeps_paragraphs_and_drops_scripts():
    assert html_fragment_text("<p>One &amp; two.</p><script>x()</script><p>Three.</p>") == "One & two.\nThree."
    assert html_fragment_text("Plain text, no tags.") == "Plain text, no tags."
    assert html_fragment_text("   ") == ""


# --- feeds ------------------------------------------------------------------------------------


def test_rss_gives_one_article_per_item_with_its_link_title_and_rfc_2822_date_in_utc():
    results, _ = read(INPUTS / "feed.rss")
    first, second = results
    assert first.url == "https://news.example.org/2025/06/10/xi-lee-call?utm_source=rss&utm_medium=feed"
    assert first.title == "Xi and Lee hold first phone call"
    assert first.published_at == dt.datetime(2025, 6, 10, 8, 30, tzinfo=UTC)
    assert first.source == "Example News: World"
    assert first.text == "Chinese President Xi Jinping and South Korean President Lee Jae-myung spoke by phone."
    # content:encoded (HTML, with a script) wins over the description; EST is -05:00
    assert second.text == (
        "Japanese Prime Minister Shigeru Ishiba met Australian Prime Minister Anthony Albanese in Tokyo on "
        "Wednesday and signed a reciprocal defence agreement.\n"
        "The two leaders said the pact would deepen security cooperation in the Indo-Pacific.")
    assert second.published_at == dt.datetime(2025, 6, 11, 14, 15, tzinfo=UTC)


def test_atom_gives_one_article_per_entry_from_content_or_summary():
    first, second = read(INPUTS / "feed.atom")[0]
    assert first.title == "Germany & France agree on energy plan"  # type="html": markup removed
    assert first.url == "https://wire.example.com/2025/06/11/energy-plan"
    assert first.published_at == dt.datetime(2025, 6, 12, 4, 30, tzinfo=UTC)  # published, not updated
    assert first.text.startswith("German Chancellor Friedrich Merz") and "\nBoth governments" in first.text
    assert first.source == "Example Wire"
    assert second.text.startswith("Voters in Kenya went to the polls")  # the summary
    assert second.published_at == dt.datetime(2025, 6, 12, 3, 0, tzinfo=UTC)  # updated, +03:00


def feed(*items: str) -> bytes:
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>"
            + "".join(f"<item>{item}</item>" for item in items) + "</channel></rss>").encode()


@pytest.mark.parametrize(
    "item, expected",
    [
        ("<title>t</title><pubDate>Mon, 31 Feb 2025 99:00:00 XYZ</pubDate><description>Text.</description>",
         "InvalidArticle: published_at is not an ISO date or an RFC 2822 date: 'Mon, 31 Feb 2025 99:00:00 XYZ'"),
        ("<title>No text</title><link>https://x.org/a</link>",
         "InvalidArticle: the feed entry has no content or summary text"),
        ("<title>t</title><description>&lt;script&gt;alert(1)&lt;/script&gt;</description>",
         "InvalidArticle: the feed entry has no content or summary text"),
        ("<pubDate>Tue, 10 Jun 2025 23:30:00 -1200</pubDate><description>Late.</description>",
         dt.datetime(2025, 6, 11, 11, 30, tzinfo=UTC)),
        ("<pubDate>Tue, 10 Jun 2025 00:15:00 +1400</pubDate><description>Early.</description>",
         dt.datetime(2025, 6, 9, 10, 15, tzinfo=UTC)),
        ("<pubDate>10 Jun 25 08:00 PDT</pubDate><description>Two-digit year.</description>",
         dt.datetime(2025, 6, 10, 15, 0, tzinfo=UTC)),
        ("<pubDate>2025-06-10T08:00:00.123+05:30</pubDate><description>ISO in RSS.</description>",
         dt.datetime(2025, 6, 10, 2, 30, 0, tzinfo=UTC)),
    ],
)
def test_feed_entries_with_bad_parts_say_why_and_odd_time_zones_become_utc(item, expected):
    (result,), _ = read("feed.rss", feed(item))
    if isinstance(expected, str):
        assert result == expected
    else:
        assert result.published_at.replace(microsecond=0) == expected


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"", "the feed has no entries"),
        (b"this is not a feed at all", "not an RSS or Atom feed"),
        (b"\x00\x01\x02binary\xff\xfe", "not an RSS or Atom feed"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>",
         "the feed has no entries"),
    ],
)
def test_a_document_that_is_no_feed_is_one_dead_letter(payload, message):
    (result,), _ = read("x.rss", payload)
    assert result.startswith("InvalidArticle: ") and message in result


def test_a_truncated_feed_gives_the_entries_before_the_cut():
    payload = feed("<title>a</title><description>First entry text.</description>",
                   "<title>b</title><description>Second entry text.</description>")
    results, _ = read("cut.rss", payload[: payload.index(b"<title>b")])
    assert [r.text for r in articles_of(results)] == ["First entry text."]


# --- WARC -------------------------------------------------------------------------------------


def test_warc_gz_gives_one_article_per_html_response_and_skips_the_other_records():
    results, skipped = read(INPUTS / "crawl.warc.gz")
    election, geneva = results
    assert election.url == "https://news.example.pl/2025/06/02/election"
    assert election.title == "Poland elects a new president"
    assert election.published_at == dt.datetime(2025, 6, 2, tzinfo=UTC)  # the page's own date
    assert election.text.startswith("Karol Nawrocki won the presidential election in Poland")
    assert geneva.url == "https://news.example.ch/geneva/"  # WARC-Target-URI
    assert geneva.published_at == dt.datetime(2025, 6, 13, 7, 45, tzinfo=UTC)  # WARC-Date: the page has none
    assert geneva.text.startswith("Foreign ministers from Iran and Oman met in Geneva")  # windows-1252 body
    assert skipped == ["a warcinfo record", "a request record", "a image/png response", "an HTTP 301 response"]


def test_warc_gz_is_decompressed_once_and_reads_the_same_as_plain_warc():
    packed = (INPUTS / "crawl.warc.gz").read_bytes()
    plain = gzip.decompress(packed)  # every member
    assert plain.startswith(b"WARC/1.")
    from_gz = [a.text for a in articles_of(read("crawl.warc.gz", packed)[0])]
    from_plain = [a.text for a in articles_of(read("crawl.warc", plain)[0])]
    assert from_gz == from_plain and len(from_gz) == 2
    # and warcio reads per-record gzip itself when it is handed the raw bytes, as a plain .warc name does
    assert [a.text for a in articles_of(read("crawl.warc", packed)[0])] == from_gz


def test_a_truncated_warc_gives_the_records_before_the_cut_and_says_where_it_breaks():
    packed = (INPUTS / "crawl.warc.gz").read_bytes()
    results, _ = read("cut.warc.gz", packed[: len(packed) * 2 // 3])
    assert isinstance(results[0], Article)
    assert results[-1].startswith("read DamagedInput: truncated gzip file")
    plain = gzip.decompress(packed)
    results, _ = read("cut.warc", plain[: plain.index(b"Officials from both")])
    assert isinstance(results[0], Article)
    assert results[-1] == "InvalidArticle: the WARC record is truncated: the file ends inside it"


@pytest.mark.parametrize(
    "payload, message",
    [
        (b"", "no HTML response record in the WARC file (0 records)"),
        (b"<!DOCTYPE html><html><body>A page.</body></html>\r\n", "not a valid WARC file at its start: ArchiveLoadFailed"),
    ],
)
def test_a_file_that_is_no_warc_is_one_dead_letter(payload, message):
    (result,), _ = read("x.warc", payload)
    assert result.startswith(f"InvalidArticle: {message}")


# --- compression ------------------------------------------------------------------------------

LINES = b'{"id": "a", "text": "First article."}\n{"id": "b", "text": "Second article."}\n' * 50


@pytest.mark.parametrize(
    "suffix, compress",
    [
        (".gz", lambda data: gzip.compress(data, mtime=0)),
        (".gz", lambda data: gzip.compress(data[:100]) + gzip.compress(data[100:])),  # two members
        (".bz2", bz2.compress),
        (".xz", lzma.compress),
        (".zst", lambda data: zstandard.ZstdCompressor().compress(data)),
    ],
)
def test_compressed_files_read_like_plain_ones_and_a_cut_one_says_it_is_truncated(suffix, compress):
    packed = compress(LINES)
    results, _ = read(f"a.jsonl{suffix}", packed)
    assert [a.article_id for a in results] == ["a", "b"] * 50
    results, _ = read(f"a.jsonl{suffix}", packed[: len(packed) - 20])
    assert results[-1].startswith("read DamagedInput: truncated")


@pytest.mark.parametrize(
    "payload, message",
    [
        (b'{"id": "a", "text": "plain, not gzip"}\n', "not valid gzip data"),
        (b"", "empty gzip file"),
        (gzip.compress(LINES)[:30] + b"\x00" * 40 + gzip.compress(LINES)[70:], "not valid gzip data"),
    ],
)
def test_a_damaged_gzip_file_says_what_is_wrong(payload, message):
    results, _ = read("a.jsonl.gz", payload)
    assert results[-1].startswith(f"read DamagedInput: {message}")


def test_a_decompression_bomb_is_a_dead_letter_read_no_further_than_the_limit():
    import tracemalloc

    bomb = zstandard.ZstdCompressor().compress(b"\0" * 200_000_000)  # 200 MB in a few kilobytes
    tracemalloc.start()
    try:
        (result,), _ = read("bomb.txt.zst", bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.startswith("InvalidArticle: the file exceeds the limit of 10,000,000 bytes")
    assert peak < 60_000_000


def test_gzip_zero_padding_and_deflate_streams_are_read():
    import zlib

    (article,), _ = read("a.txt.gz", gzip.compress(b"Padded text.") + b"\0" * 512)
    assert article.text == "Padded text."
    (article,), _ = read("a.txt.deflate", zlib.compress(b"Deflated text."))
    assert article.text == "Deflated text."


def test_open_decompressed_leaves_uncompressed_files_alone():
    raw = io.BytesIO(b"abc")
    assert open_decompressed("a.txt", raw) is raw


def test_damaged_input_is_an_invalid_article():
    assert issubclass(DamagedInput, InvalidArticle)


# --- JSON Lines and text: bad input -----------------------------------------------------------


def jsonl(**fields) -> bytes:
    return json.dumps(fields).encode() + b"\n"


@pytest.mark.parametrize(
    "line, expected",
    [
        (b'{"id": "a", "text": "Cut', "InvalidArticle: not valid JSON"),
        (b'{"id": "a", "text": ["a", "list"]}', "InvalidArticle: text must be a string"),
        (b'{"id": "a", "text": "T.", "title": {"x": 1}}', "InvalidArticle: title must be a string, not dict"),
        (b'{"id": "a", "text": "T.", "url": true}', "InvalidArticle: url must be a string, not bool"),
        (jsonl(id="a", text="T.", published_at="2025-02-30"), "InvalidArticle: published_at is not an ISO date"),
        (jsonl(id="a", text="T.", published_at="2025-06-10T25:00:00"), "InvalidArticle: published_at is not an ISO date"),
        (jsonl(id="a", text="T.", published_at="0001-01-01T00:00:00+01:00"), "InvalidArticle: published_at is out of range"),
        (jsonl(id="a", text="T.", published_at="0999-06-10"), "InvalidArticle: published_at is not a plausible"),
        (jsonl(id="a", text="T.", published_at="9999-12-31T23:59:59-14:00"), "InvalidArticle: published_at is out of range"),
        (jsonl(id="a", text="T.", published_at="2025-06-10T10:00:00+25:00"), "InvalidArticle: published_at is not an ISO date"),
        (b'{"id": "a", "text": "\\u0000\\u0001\\u0002\\u0003"}', "InvalidArticle: the article has no text"),
        (b'\xff{"id": "a", "text": "T."}', "InvalidArticle: not UTF-8 text"),
    ],
)
def test_bad_json_lines_are_dead_letters_that_say_why(line, expected):
    (result,), _ = read("a.jsonl", line)
    assert isinstance(result, str) and result.startswith(expected), result


@pytest.mark.parametrize(
    "published_at, expected",
    [
        ("2025-06-10T23:30:00-05:00", dt.datetime(2025, 6, 11, 4, 30, tzinfo=UTC)),
        ("2025-06-10T00:15:00+14:00", dt.datetime(2025, 6, 9, 10, 15, tzinfo=UTC)),
        ("2025-06-10T10:00:00+05:45", dt.datetime(2025, 6, 10, 4, 15, tzinfo=UTC)),  # Nepal
        ("2025-06-10 10:00", dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC)),  # no zone: UTC
        ("20250610T100000Z", dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 +0200", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 GMT", dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 -0000", dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC)),
    ],
)
def test_odd_but_valid_dates_and_zones_are_normalised_to_utc(published_at, expected):
    assert parse_published_at(published_at) == expected


def test_control_characters_and_lone_surrogates_are_removed_and_line_ends_unified():
    line = b'{"id": "a", "title": "T\\u0007itle", "text": "Line one.\\r\\nLine\\u0000 two.\\rLine \\ud800three.\\u0085"}'
    (article,), _ = read("a.jsonl", line)
    assert article.text == "Line one.\nLine two.\nLine three."
    assert article.title == "Title"
    article.text.encode("utf-8")  # every string can be written to Avro


@pytest.mark.parametrize(
    "name, payload, expected",
    [
        ("empty.txt", b"", "InvalidArticle: the article has no text"),
        ("empty.jsonl", b"", "InvalidArticle: the file holds no JSON lines"),
        ("blank.jsonl", b"\n  \n\n", "InvalidArticle: the file holds no JSON lines"),
        ("binary.txt", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;" * 10, "InvalidArticle: binary data, not text"),
        ("latin1.txt", "Caf\xe9 au lait.".encode("latin-1"), "InvalidArticle: not UTF-8 text"),
    ],
)
def test_empty_binary_and_undecodable_files_are_one_dead_letter_each(name, payload, expected):
    (result,), _ = read(name, payload)
    assert result.startswith(expected)


def test_a_record_over_the_byte_limit_is_a_dead_letter_read_no_further():
    big = b'{"id": "big", "text": "' + b"word " * 300_000 + b'"}\n'
    results, _ = read("big.jsonl", big + b'{"id": "next", "text": "After."}\n', max_bytes=1_000_000)
    assert results[0].startswith(f"InvalidArticle: a line of {len(big):,} bytes exceeds the limit of 1,000,000 bytes")
    assert results[1].article_id == "next"
    (result,), _ = read("big.html", b"<p>" + b"x" * 2_000_000, max_bytes=1_000_000)
    assert result.startswith("InvalidArticle: the file exceeds the limit of 1,000,000 bytes")


def test_an_article_over_max_article_chars_is_a_dead_letter():
    record = RawRecord("a.jsonl", "jsonl", 1, jsonl(id="a", text="x" * 101))
    with pytest.raises(InvalidArticle, match="article of 101 characters exceeds extraction.max_article_chars=100"):
        parse_record(record, max_chars=100)


def test_clean_text_keeps_tabs_newlines_and_ordinary_unicode():
    text = "Tab\there.\nÜmlaut, 中文, emoji 🙂, em dash — ok."
    assert clean_text(text) == text


def test_clean_text_of_plain_ascii_takes_a_short_way_to_the_same_text():
    def by_definition(text):  # spelt out: line ends made "\n", then the unwanted characters removed
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return re.sub("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]", "", text)

    every_character = "".join(map(chr, range(0x110000)))
    texts = [every_character, every_character[:0x80], "a\r\nb\x00c\x07", "plain\ttext\n\x0cend", "x\ry\x7f"]
    texts += [f"ab{chr(code)}cd\n" for code in range(0x100)]  # each character of one byte, alone
    for text in texts:
        assert clean_text(text) == by_definition(text), repr(text)


# --- languages --------------------------------------------------------------------------------

FRENCH = ("Le président chinois Xi Jinping s'est entretenu mardi au téléphone avec le président "
          "sud-coréen Lee Jae-myung, selon les médias d'État chinois.")
GERMAN = ("Bundeskanzler Friedrich Merz hat am Mittwoch in Berlin den französischen Präsidenten "
          "Emmanuel Macron empfangen, um über die gemeinsame Energiepolitik zu sprechen.")
CHINESE = "中国国家主席习近平周二与韩国总统李在明通电话，双方讨论了双边关系和地区局势。"
ENGLISH = ("Chinese President Xi Jinping held a phone call on Tuesday with South Korean President "
           "Lee Jae-myung, according to Chinese state media.")


@pytest.mark.parametrize("text, language", [(FRENCH, "fr"), (GERMAN, "de"), (CHINESE, "zh"), (ENGLISH, "en")])
def test_languages_are_identified(text, language):
    assert identify_language(text)[0] == language


def test_the_identifier_cached_once_per_machine_ranks_as_the_one_from_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTS_PIPELINE_CACHE", str(tmp_path))
    made = load_identifier()  # from the package's model, then cached
    assert identifier_cache_path().parent == tmp_path and identifier_cache_path().is_file()
    cached = load_identifier()
    assert cached is not made and cached.labels == made.labels
    for text in (FRENCH, GERMAN, CHINESE, ENGLISH):
        assert cached.rank(text) == made.rank(text)
    identifier_cache_path().write_bytes(b"cut short")  # a cache that cannot be read is made again
    assert load_identifier().rank(FRENCH) == made.rank(FRENCH)
    assert [path.name for path in tmp_path.iterdir()] == [identifier_cache_path().name]


@pytest.mark.parametrize("text", [FRENCH, GERMAN, CHINESE])
def test_articles_in_other_languages_are_dead_letters_saying_which(text):
    (result,), _ = read("a.jsonl", jsonl(id="a", text=text))
    assert result.startswith("UnsupportedLanguage: the article is in language")
    assert "accepted: en (config extraction.languages)" in result


def test_other_languages_pass_when_the_config_accepts_them():
    (article,), _ = read("a.jsonl", jsonl(id="a", text=FRENCH), languages=("en", "fr"))
    assert article.text == FRENCH
    (article,), _ = read("a.jsonl", jsonl(id="a", text=GERMAN), languages=())  # any language
    assert article.text == GERMAN


@pytest.mark.parametrize("text", ["Body.", "First.", "Trump won.", "12345 67890", "Xi Jinping Lee Jae-myung"])
def test_texts_too_short_to_tell_pass(text):
    check_language(Article(article_id="a", text=text), ["en"])


def test_unsupported_language_is_an_invalid_article():
    assert issubclass(UnsupportedLanguage, InvalidArticle)
    assert {"en", "fr", "de", "zh", "ru", "ar"} <= known_languages()


def test_every_english_article_of_the_corpora_passes_the_language_check():
    for path in [REPO / "corpora" / "wikinews-2019.jsonl", *sorted((REPO / "eval" / "dev").glob("*.gold.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = json.loads(line)
            article = Article(article_id="a", text=fields.get("article", fields)["text"])
            check_language(article, ["en"])


SPANISH = ("El presidente del Gobierno se reunió el martes en Madrid con el primer ministro de Portugal "
           "para hablar de la energía, del agua y de las relaciones entre los dos países.")
ITALIAN = ("Il presidente del Consiglio ha incontrato ieri a Roma il cancelliere tedesco per discutere "
           "della politica energetica comune e delle relazioni tra i due paesi europei.")
DUTCH = ("De minister-president heeft dinsdag in Den Haag met de Duitse bondskanselier gesproken over "
         "de gezamenlijke energiepolitiek en de betrekkingen tussen beide landen in Europa.")


@pytest.mark.parametrize("text", [FRENCH, GERMAN, CHINESE, SPANISH, ITALIAN, DUTCH,
                                  " ".join([FRENCH, ENGLISH, GERMAN, SPANISH])])
def test_the_shortcut_past_the_model_takes_no_other_language_for_english(text):
    assert not plainly_english(text)
    assert not plainly_english(text * 20)


def test_the_shortcut_counts_the_runs_of_a_to_z_in_the_lower_cased_text_as_words():
    def by_definition(text):  # the shortcut's rule, spelt out with a regular expression
        words = re.findall("[a-z]+", text.lower())
        function_words = sum(word in {"the", "of", "and", "that", "with", "for", "which", "from", "this", "have",
                                      "has", "been", "were", "their", "they", "said", "would", "its", "by", "be",
                                      "are", "will", "not", "but", "after", "who"} for word in words)
        non_ascii = sum(not character.isascii() for character in text)
        return non_ascii <= 0.02 * len(text) and len(words) >= 20 and function_words >= 0.12 * len(words)

    # accented letters and the Kelvin sign (lower-cased to "k") split or make words as the rule says
    mixed = ("The café’s naïve owner said that the KELVIN scale (\u212a) was theirs, and that it has been "
             "the talk of the town for years, and that the town will not forget it. ")
    for text in [ENGLISH, mixed, mixed + ENGLISH * 3, mixed + "ö" * 8, "the_of-and.that " * 10, "İt was the day of " * 5]:
        assert plainly_english(text) == by_definition(text), text
    assert plainly_english(mixed + ENGLISH * 3)


def test_what_the_shortcut_calls_plainly_english_the_model_accepts_and_it_is_most_news():
    texts = []
    for path in [REPO / "corpora" / "wikinews-2019.jsonl", *sorted((REPO / "eval" / "dev").glob("*.gold.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("article", json.loads(line))["text"]
            texts += [text, *(paragraph for paragraph in text.split("\n\n") if paragraph.strip())]
    plain = [text for text in texts if plainly_english(text)]
    assert len(plain) > 0.6 * len(texts)
    for text in plain:
        probabilities = language_probabilities(text)
        assert probabilities is None or probabilities.get("en", 0.0) >= MAX_ACCEPTED_PROBABILITY, text[:200]


# --- poison: inputs that once failed the whole run (issue 12) ----------------------------------
# Each is now one record's InvalidArticle that says why; ReadArticles makes it a dead letter.

POISON = [
    ("date.txt", b"---\npublished_at: 2025-02-30\n---\nTitle\n\nBody text.\n",
     "InvalidArticle: front matter holds a value that cannot be read: day is out of range for month"),
    ("int.txt", b"---\nid: " + b"7" * 4301 + b"\n---\nTitle\n\nBody text.\n",
     "InvalidArticle: front matter holds a value that cannot be read: Exceeds the limit (4300 digits)"),
    ("nested.txt", b"---\nx: " + b"[" * 100_000 + b"\n---\nTitle\n\nBody text.\n",
     "InvalidArticle: front matter is nested too deeply to read"),
    ("char.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>&#1114112;</title>'
                 b'<description>Hello &#x110000; world</description></item></channel></rss>',
     "InvalidArticle: not a readable RSS or Atom feed (feedparser: ValueError: chr() arg not in range(0x110000))"),
    ("misnested.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>'
                      b'<link>http://a</item></link><description>Hello</description></channel></rss>',
     "InvalidArticle: not a readable RSS or Atom feed (feedparser: KeyError: 'links')"),
    ("headless.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 2\r\n\r\nab\r\n\r\n",
     "InvalidArticle: not a valid WARC file at its start: AttributeError"),
    ("int.jsonl", b'{"id": "a", "text": "T.", "n": ' + b"1" * 4301 + b"}\n",
     "InvalidArticle: not valid JSON: Exceeds the limit (4300 digits)"),
    ("nested.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n", "InvalidArticle: not valid JSON: nested too deeply to read"),
    ("nan.jsonl", b'{"id": NaN, "text": "T."}\n', "InvalidArticle: id must be a string or an integer, not float (nan)"),
    ("true.jsonl", b'{"id": true, "text": "T."}\n', "InvalidArticle: id must be a string or an integer, not bool"),
    ("float.jsonl", b'{"id": 1.5, "text": "T."}\n', "InvalidArticle: id must be a string or an integer, not float"),
]


@pytest.mark.parametrize("name, data, expected", POISON, ids=[name for name, _, _ in POISON])
def test_poison_inputs_are_one_invalid_article_each_that_says_why(name, data, expected):
    (result,), _ = read(name, data)
    assert isinstance(result, str) and result.startswith(expected), result


def test_ids_are_strings_as_written_or_integers_in_digits_so_that_none_collide():
    results, _ = read("ids.jsonl", b'{"id": "nan", "text": "One."}\n{"id": 42, "text": "Two."}\n'
                                   b'{"id": " NaN ", "text": "Three."}\n')
    assert [a.article_id for a in articles_of(results)] == ["nan", "42", "NaN"]


def test_a_web_page_saved_as_text_is_read_as_html_without_its_scripts():
    page = (b"<!DOCTYPE html>\n<html><head><title>Trade</title><script>var x = 'script words';</script></head>"
            b"<body><article><p>The prime minister of New Zealand met the president of Chile in Wellington "
            b"on Friday to discuss trade.</p></article><script>document.write('more script')</script></body></html>")
    for name in ("page.txt", "page.unknown", "page.txt.gz"):
        (article,), _ = read(name, gzip.compress(page) if name.endswith(".gz") else page)
        assert article.text == ("The prime minister of New Zealand met the president of Chile in Wellington "
                                "on Friday to discuss trade.")
    (plain,), _ = read("plain.txt", b"Title\n\nA text that mentions <html> tags is still text.")
    assert plain.text == "A text that mentions <html> tags is still text."


# --- bounded work: limits per file, records as they come ---------------------------------------


def records_of(path: str, data: bytes, **limits) -> tuple[list, str]:
    """(the records split from the file before any error, the error's message or "")."""
    records = []
    try:
        for record in split_records(path, open_decompressed(path, io.BytesIO(data)), LIMIT, **limits):
            records.append(record)
    except InvalidArticle as error:
        return records, f"{type(error).__name__}: {error}"
    return records, ""


def test_a_file_over_max_file_bytes_gives_its_records_before_the_limit_then_says_so():
    lines = b"".join(b'{"id": "%d", "text": "Article %d."}\n' % (i, i) for i in range(100))
    records, error = records_of("a.jsonl.gz", gzip.compress(lines), max_file_bytes=1_000)
    assert error.startswith("InputOverLimit: the file holds more than 1,000 bytes (decompressed; "
                            "extraction.max_file_bytes)")
    assert [r.index for r in records] == list(range(1, len(records) + 1))
    assert len(records) == lines[:1_000].count(b"\n") + 1  # the lines before the limit, and the one it cuts
    exactly, error = records_of("a.jsonl.gz", gzip.compress(lines), max_file_bytes=len(lines))
    assert error == "" and len(exactly) == 100  # a file of exactly the limit is read whole
    _, error = records_of("page.html", b"<html>" + b" " * 5000, max_file_bytes=1000)
    assert error.startswith("InputOverLimit")


def test_a_file_over_max_records_per_file_gives_the_first_records_then_says_so():
    tiny = gzip.compress(b'{"text": "a"}\n' * 100_000)
    records, error = records_of("tiny.jsonl.gz", tiny, max_records=5)
    assert [r.index for r in records] == [1, 2, 3, 4, 5]
    assert error == ("InputOverLimit: the file holds more than 5 records (extraction.max_records_per_file): "
                     "the first 5 were read, the rest was not")


def test_records_are_split_as_they_are_read_not_after_the_whole_file():
    endless = (b'{"text": "a"}\n' * 1_000 for _ in iter(int, 1))  # a stream that never ends

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            chunk = next(endless)[: len(buffer)]
            buffer[: len(chunk)] = chunk
            return len(chunk)

    records = split_records("endless.jsonl", io.BufferedReader(Endless()), LIMIT)
    assert [next(records).index for _ in range(3)] == [1, 2, 3]


def test_runs_of_blank_lines_are_counted_and_skipped_fast():
    """1 GiB of newlines gzipped to 1 MB took 11.5 minutes a line at a time; 32 MiB must take well
    under a second or two (decompression included), and line numbers stay exact across chunks."""
    import time

    blank = b"\n" * (32 << 20)
    data = gzip.compress(b'{"text": "first"}\n' + blank + b'  \r\n\t\n{"text": "last"}\n', compresslevel=1)
    started = time.perf_counter()
    records, error = records_of("blank.jsonl.gz", data)
    assert time.perf_counter() - started < 5
    assert error == "" and [r.index for r in records] == [1, (32 << 20) + 4]
    assert [r.payload for r in records] == [b'{"text": "first"}\n', b'{"text": "last"}\n']
