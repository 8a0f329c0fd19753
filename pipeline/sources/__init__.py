"""Readers: one module per input kind. Each turns the bytes of one input file into raw records,
and each raw record into an `Article` or an `InvalidArticle` error that becomes a dead letter.

    kind   suffixes                    one record per            module
    text   .txt .text .md (and other)  file                      text
    jsonl  .jsonl .ndjson              non-blank line            jsonl
    html   .html .htm .xhtml           file                      html (trafilatura)
    feed   .rss .atom .xml             entry                     feeds (feedparser)
    warc   .warc                       HTML response record      warc (warcio)

Any of them may be compressed (`compression`: .gz .bz2 .xz .lzma .zst .deflate). Beam-free:
`pipeline.transforms.ReadArticles` wires these into the graph.
"""

from __future__ import annotations

from typing import BinaryIO, Callable, Iterator, Sequence

from pipeline.records import Article
from pipeline.sources import feeds, html, jsonl, language, text, warc
from pipeline.sources.common import InvalidArticle, RawRecord, max_record_bytes, read_at_most, too_large
from pipeline.sources.compression import DamagedInput, compression_suffix, open_decompressed
from pipeline.sources.language import UnsupportedLanguage

__all__ = [
    "DamagedInput", "InvalidArticle", "RawRecord", "UnsupportedLanguage", "kind_of", "max_record_bytes",
    "open_decompressed", "parse_record", "split_records",
]

_KIND_BY_SUFFIX = {
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}


def kind_of(path: str) -> str:
    """The input kind a path is read as, from its suffix (under any compression suffix); plain
    text when unknown."""
    lowered = path.lower()
    compressed = compression_suffix(lowered)
    if compressed:
        lowered = lowered.removesuffix(compressed)
    for suffix, kind in _KIND_BY_SUFFIX.items():
        if lowered.endswith(suffix):
            return kind
    return "text"


def split_records(input_path: str, stream: BinaryIO, max_bytes: int | None = None,
                  on_skipped: Callable[[str], None] = lambda reason: None) -> Iterator[RawRecord]:
    """The raw records of one input file, read from its decompressed `stream`: one per non-blank
    JSON line, feed entry or WARC HTML response, or one for a text or HTML file.

    Every file gives at least one record: one with nothing in it (an empty JSON Lines file, a
    feed without entries, a document that is no feed or no WARC file) gives a record with an
    error, and so does a record over `max_bytes` (read no further than that). Reading a
    damaged compressed stream raises `DamagedInput` after the records before the damage.
    """
    kind = kind_of(input_path)
    if kind == "jsonl":
        yield from _split_lines(input_path, stream, max_bytes)
    elif kind == "warc":
        yield from warc.split_warc(stream, input_path, max_bytes, on_skipped)
    else:
        payload, more = read_at_most(stream, max_bytes)
        if more:
            yield RawRecord(input_path, kind, 0, payload[:10_000], error=too_large("the file", max_bytes))
        elif kind == "feed":
            yield from feeds.split_feed(payload, input_path)
        else:
            yield RawRecord(input_path, kind, 0, payload)


def _split_lines(input_path: str, stream: BinaryIO, max_bytes: int | None) -> Iterator[RawRecord]:
    found = False
    # readline, not iteration: Beam's decompressing file objects are not iterable.
    read_line = stream.readline if max_bytes is None else lambda: stream.readline(max_bytes + 1)
    for number, line in enumerate(iter(read_line, b""), start=1):
        if max_bytes is not None and len(line) > max_bytes:
            size = len(line) + (0 if line.endswith(b"\n") else _skip_to_line_end(stream, max_bytes))
            yield RawRecord(input_path, "jsonl", number, line[:10_000], error=too_large(f"a line of {size:,} bytes", max_bytes))
            found = True
        elif line.strip():
            yield RawRecord(input_path, "jsonl", number, line)
            found = True
    if not found:
        yield RawRecord(input_path, "jsonl", 0, b"", error="the file holds no JSON lines")


def _skip_to_line_end(stream: BinaryIO, chunk: int) -> int:
    skipped = 0
    while True:
        rest = stream.readline(chunk)
        skipped += len(rest)
        if not rest or rest.endswith(b"\n"):
            return skipped


def parse_record(record: RawRecord, max_chars: int | None = None, languages: Sequence[str] = ()) -> Article:
    """An `Article` from a raw record; raises `InvalidArticle` when the record cannot be one,
    when its text is longer than `max_chars`, or (`UnsupportedLanguage`) when it is confidently
    in a language not in `languages` (empty: any language)."""
    if record.error:
        raise InvalidArticle(record.error)
    if record.kind == "jsonl":
        article = jsonl.parse_json_article(record.payload, record.input_path)
    elif record.kind == "html":
        article = html.parse_html_article(record.payload, record.input_path)
    elif record.kind == "warc":
        article = html.parse_html_article(record.payload, record.input_path, url=record.url,
                                          published_at=record.published_at)
    elif record.kind == "feed":
        article = feeds.parse_feed_entry(record)
    else:
        article = text.parse_text_article(record.payload, record.input_path)
    if max_chars is not None and len(article.text) > max_chars:
        raise InvalidArticle(f"article of {len(article.text):,} characters exceeds "
                             f"extraction.max_article_chars={max_chars:,}")
    language.check_language(article, languages)
    return article
