"""Readers: one module per input kind, and one table from kind to reader (`READERS`). Each reader
splits the bytes of one input file into raw records and turns each raw record into an `Article`
or raises an `InvalidArticle` error that becomes a dead letter.

    kind   suffixes                    one record per            module
    text   .txt .text .md (and other)  file                      text (html when it is a page)
    jsonl  .jsonl .ndjson              non-blank line            jsonl
    html   .html .htm .xhtml           file                      html (trafilatura)
    feed   .rss .atom .xml             entry                     feeds (feedparser)
    warc   .warc                       HTML response record      warc (warcio), html

Any of them may be compressed (`compression`: .gz .bz2 .xz .lzma .zst .deflate). A file is read
within limits (`split_records`): so many decompressed bytes, so many records. Beam-free:
`pipeline.transforms.ReadArticles` wires these into the graph.
"""

from __future__ import annotations

import dataclasses
from typing import BinaryIO, Callable, Iterator, Sequence

from pipeline.records import Article
from pipeline.sources import feeds, html, jsonl, language, text, warc
from pipeline.sources.compression import DamagedInput, compression_suffix, open_decompressed
from pipeline.sources.language import UnsupportedLanguage
from pipeline.sources.raw import (
    CappedStream, InputOverLimit, InvalidArticle, NotARegularFile, RawRecord, check_regular_file, max_record_bytes,
    read_at_most, too_large,
)

__all__ = [
    "DamagedInput", "InputOverLimit", "InvalidArticle", "NotARegularFile", "READERS", "RawRecord", "Reader",
    "UnsupportedLanguage", "check_regular_file", "kind_of", "max_record_bytes", "open_decompressed", "parse_record",
    "split_records",
]

Split = Callable[[str, BinaryIO, "int | None", Callable[[str], None]], Iterator[RawRecord]]


@dataclasses.dataclass(frozen=True)
class Reader:
    """How one input kind is read: the suffixes that name it, how a decompressed file splits into
    raw records (`split(input_path, stream, max_bytes, on_skipped)`), and how a raw record
    becomes an article (`parse(record)`, raising `InvalidArticle`)."""

    suffixes: tuple[str, ...]
    split: Split
    parse: Callable[[RawRecord], Article]


def _whole_file(input_path: str, kind: str, stream: BinaryIO, max_bytes: int | None) -> RawRecord:
    payload, more = read_at_most(stream, max_bytes)
    if more:
        return RawRecord(input_path, kind, 0, payload[:10_000], error=too_large("the file", max_bytes))
    return RawRecord(input_path, kind, 0, payload)


def _split_text(input_path, stream, max_bytes=None, on_skipped=None) -> Iterator[RawRecord]:
    record = _whole_file(input_path, "text", stream, max_bytes)
    # a web page saved as .txt (or under an unknown suffix) is read as the page it is, not as
    # text full of markup and scripts
    yield dataclasses.replace(record, kind="html") if html.looks_like_html(record.payload) else record


def _split_html(input_path, stream, max_bytes=None, on_skipped=None) -> Iterator[RawRecord]:
    yield _whole_file(input_path, "html", stream, max_bytes)


def _split_feed(input_path, stream, max_bytes=None, on_skipped=None) -> Iterator[RawRecord]:
    record = _whole_file(input_path, "feed", stream, max_bytes)
    yield from [record] if record.error else feeds.split_feed(record.payload, input_path)


def _split_warc(input_path, stream, max_bytes=None, on_skipped=lambda reason: None) -> Iterator[RawRecord]:
    yield from warc.split_warc(stream, input_path, max_bytes, on_skipped)


READERS: dict[str, Reader] = {  # in the order suffixes are tried
    "jsonl": Reader((".jsonl", ".ndjson"), jsonl.split_lines,
                    lambda record: jsonl.parse_json_article(record.payload, record.input_path)),
    "text": Reader((".txt", ".text", ".md"), _split_text,
                   lambda record: text.parse_text_article(record.payload, record.input_path)),
    "html": Reader((".html", ".htm", ".xhtml"), _split_html,
                   lambda record: html.parse_html_article(record.payload, record.input_path)),
    "feed": Reader((".rss", ".atom", ".xml"), _split_feed, feeds.parse_feed_entry),
    "warc": Reader((".warc",), _split_warc,
                   lambda record: html.parse_html_article(record.payload, record.input_path, url=record.url,
                                                          published_at=record.published_at)),
}
DEFAULT_KIND = "text"  # what a file of an unknown suffix is read as


def kind_of(path: str) -> str:
    """The input kind a path is read as, from its suffix (under any compression suffix); plain
    text when unknown."""
    lowered = path.lower()
    compressed = compression_suffix(lowered)
    if compressed:
        lowered = lowered.removesuffix(compressed)
    for kind, reader in READERS.items():
        if lowered.endswith(reader.suffixes):
            return kind
    return DEFAULT_KIND


def split_records(input_path: str, stream: BinaryIO, max_bytes: int | None = None,
                  on_skipped: Callable[[str], None] = lambda reason: None, *,
                  max_file_bytes: int | None = None, max_records: int | None = None) -> Iterator[RawRecord]:
    """The raw records of one input file, read from its decompressed `stream` as they come (never
    a list of the whole file's): one per non-blank JSON line, feed entry or WARC HTML response,
    or one for a text or HTML file.

    Every file gives at least one record: one with nothing in it (an empty JSON Lines file, a
    feed without entries, a document that is no feed or no WARC file) gives a record with an
    error, and so does a record over `max_bytes` (read no further than that). Reading a
    damaged compressed stream raises `DamagedInput` after the records before the damage; a file
    of more than `max_file_bytes` (decompressed) or `max_records` records raises
    `InputOverLimit` after the records before the limit.
    """
    if max_file_bytes is not None:
        stream = CappedStream(stream, max_file_bytes)
    records = READERS[kind_of(input_path)].split(input_path, stream, max_bytes, on_skipped)
    for count, record in enumerate(records, start=1):
        if max_records is not None and count > max_records:
            raise InputOverLimit(f"the file holds more than {max_records:,} records "
                                 f"(extraction.max_records_per_file): the first {max_records:,} were read, "
                                 f"the rest was not")
        yield record


def parse_record(record: RawRecord, max_chars: int | None = None, languages: Sequence[str] = ()) -> Article:
    """An `Article` from a raw record; raises `InvalidArticle` when the record cannot be one,
    when its text is longer than `max_chars`, or (`UnsupportedLanguage`) when it is confidently
    in a language not in `languages` (empty: any language)."""
    if record.error:
        raise InvalidArticle(record.error)
    article = READERS.get(record.kind, READERS[DEFAULT_KIND]).parse(record)
    if max_chars is not None and len(article.text) > max_chars:
        raise InvalidArticle(f"article of {len(article.text):,} characters exceeds "
                             f"extraction.max_article_chars={max_chars:,}")
    language.check_language(article, languages)
    return article
