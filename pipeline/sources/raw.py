"""What every reader splits a file into: the raw record, the data error that makes a dead letter,
and the limits a file and a record are read within."""

from __future__ import annotations

import dataclasses
import os
import stat
from typing import BinaryIO


class InvalidArticle(ValueError):
    """The input is readable data but cannot become an article (bad JSON, no text, bad date)."""


class InputOverLimit(InvalidArticle):
    """A file holds more than a run reads of one file (bytes or records): what came before the
    limit is read, the rest is not."""


class NotARegularFile(InvalidArticle):
    """An input path that names a FIFO, a device, a socket or a directory: opening or reading it
    could block or never end, so it is not read."""


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


_FILE_TYPES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def check_regular_file(path: str) -> None:
    """Raise `NotARegularFile` when a local path (a symbolic link followed) is not a regular file,
    and `FileNotFoundError` when it names nothing (a symbolic link to nothing). Paths of other
    file systems ("gs://...") hold only objects, and pass."""
    if "://" in path:
        return
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        what = next((name for is_type, name in _FILE_TYPES if is_type(mode)), "a file of an unknown kind")
        raise NotARegularFile(f"not a regular file: {what}; only regular files are read")


class CappedStream:
    """A stream read no further than `limit` bytes: every byte up to the limit is given, and the
    read after that raises `InputOverLimit` if the stream goes on (the records before the limit
    are read, like those before the damage of a cut file)."""

    def __init__(self, stream: BinaryIO, limit: int):
        self._stream = stream
        self._limit = limit
        self._read = 0
        self._over = False  # a byte beyond the limit was read

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._counted(self._stream.read(self._wanted(size)))

    def readline(self, size: int | None = -1) -> bytes:
        return self._counted(self._stream.readline(self._wanted(size)))

    def _wanted(self, size: int | None) -> int:
        left = self._limit - self._read + 1  # one byte more than allowed shows the file goes on
        return left if size is None or size < 0 else min(size, left)

    def _counted(self, data: bytes) -> bytes:
        left = self._limit - self._read
        if len(data) > left:
            self._over = True
            data = data[:left]
        if self._over and not data:  # everything up to the limit has been given
            raise InputOverLimit(f"the file holds more than {self._limit:,} bytes (decompressed; "
                                 f"extraction.max_file_bytes): the records before were read, the rest was not")
        self._read += len(data)
        return data
