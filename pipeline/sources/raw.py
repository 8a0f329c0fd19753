"""What every reader splits a file into: the raw record, the data error that makes a dead letter,
and the size limits a record is read within."""

from __future__ import annotations

import dataclasses
from typing import BinaryIO


class InvalidArticle(ValueError):
    """The input is readable data but cannot become an article (bad JSON, no text, bad date)."""


@dataclasses.dataclass(frozen=True)
class RawRecord:
    """One input record before parsing: a whole text or HTML file, one JSON line, one feed entry
    or one WARC response record, with what its container says about it (a feed entry's link,
    title, date and feed title; a WARC record's target URI and date).

    A record with an `error` stands for a part of a file that could not be split into records
    (a feed that does not parse, a WARC file that breaks off): parsing it raises the error, so it
    becomes a dead letter like any bad record.
    """

    input_path: str
    kind: str  # "text" | "jsonl" | "html" | "feed" | "warc"
    index: int  # 1-based line, entry or record number within the file; 0 for a whole file
    payload: bytes
    url: str = ""
    title: str = ""
    published_at: str = ""  # as the container gives it; parsed with the record
    source: str = ""
    error: str = ""

    @property
    def location(self) -> str:
        """`path:index` for a record within a file, the path for a whole file."""
        return f"{self.input_path}:{self.index}" if self.index else self.input_path


_READ_CHUNK = 1 << 20


def read_at_most(stream: BinaryIO, limit: int | None) -> tuple[bytes, bool]:
    """(the first `limit` bytes of the stream, whether there were more); all of it without a limit.

    Reads until the stream says it has ended (a damaged compressed stream raises there)."""
    chunks, size = [], 0
    while limit is None or size <= limit:
        chunk = stream.read(_READ_CHUNK if limit is None else min(_READ_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    return (data, False) if limit is None else (data[:limit], size > limit)


# HTML, feeds and archives carry markup: a record may take this many bytes per character of text.
BYTES_PER_CHAR = 10


def max_record_bytes(max_article_chars: int) -> int:
    """The size beyond which a record (a file, a line, a WARC response) is a dead letter, unread."""
    return BYTES_PER_CHAR * max_article_chars


def too_large(what: str, limit: int) -> str:
    return f"{what} exceeds the limit of {limit:,} bytes ({BYTES_PER_CHAR} x extraction.max_article_chars)"
