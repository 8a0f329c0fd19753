"""JSON Lines articles (`.jsonl`, `.ndjson`): one JSON object a line with id, url, title,
published_at, source, text.

Unknown extra fields are ignored, never fatal.
"""

from __future__ import annotations

import json
import re
from typing import BinaryIO, Callable, Iterator

from pipeline.records import Article
from pipeline.sources.normalise import decode_utf8, make_article
from pipeline.sources.raw import InvalidArticle, RawRecord, too_large


def parse_json_article(line: bytes, input_path: str) -> Article:
    """An article from one JSON line; raises `InvalidArticle` for bad JSON, a non-object or no text."""
    content = decode_utf8(line)
    try:
        fields = json.loads(content)
    except ValueError as error:  # JSONDecodeError, and an integer of more digits than Python converts
        raise InvalidArticle(f"not valid JSON: {error}") from None
    except RecursionError:
        raise InvalidArticle("not valid JSON: nested too deeply to read") from None
    if not isinstance(fields, dict):
        raise InvalidArticle(f"a JSON line must be an object, not {type(fields).__name__}")
    text = fields.get("text")
    if not isinstance(text, str):
        raise InvalidArticle("the article has no text" if text is None else "text must be a string")
    return make_article(fields, text, input_path)


def split_lines(input_path: str, stream: BinaryIO, max_bytes: int | None = None,
                on_skipped: Callable[[str], None] = lambda reason: None) -> Iterator[RawRecord]:
    """One raw record per non-blank line, as the lines are read; a line over `max_bytes` is a
    record with an error (the rest of it skipped unread); a file without lines gives one record
    with an error."""
    found = False
    for number, line, size in _lines(stream, max_bytes):
        if max_bytes is not None and size > max_bytes:
            yield RawRecord(input_path, "jsonl", number, line[:10_000], error=too_large(f"a line of {size:,} bytes", max_bytes))
            found = True
        elif line.strip():
            yield RawRecord(input_path, "jsonl", number, line)
            found = True
    if not found:
        yield RawRecord(input_path, "jsonl", 0, b"", error="the file holds no JSON lines")


_CHUNK = 1 << 20
_WHITE_SPACE = re.compile(rb"[ \t\r\n\f\v]*")  # a flat class: a repeated group is 40x slower


def _lines(stream: BinaryIO, max_bytes: int | None) -> Iterator[tuple[int, bytes, int]]:
    """(number, bytes, size) of the lines of a stream, read a chunk at a time: a line's bytes are
    its first `max_bytes` + 1 at most (the rest is counted in its size, not kept). Runs of blank
    lines are counted and skipped at once: a gigabyte of newlines takes seconds, not minutes."""
    keep = None if max_bytes is None else max_bytes + 1
    number, head, size = 0, b"", 0  # the line being read, across chunks
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except Exception:  # damage or a limit: the line it cuts is a record too, then the error
            if size:
                yield number + 1, head, size
            raise
        if not chunk:
            break
        position = 0
        while position < len(chunk):
            if not size:  # at the start of a line: skip the blank lines that follow, if any
                blank_end = chunk.rfind(b"\n", position, _WHITE_SPACE.match(chunk, position).end()) + 1
                if blank_end:
                    number += chunk.count(b"\n", position, blank_end)
                    position = blank_end
                    continue
            end = chunk.find(b"\n", position)
            piece_end = len(chunk) if end < 0 else end + 1
            if keep is None or len(head) < keep:
                head += chunk[position: piece_end if keep is None else min(piece_end, position + keep - len(head))]
            size += piece_end - position
            position = piece_end
            if end >= 0:
                number += 1
                yield number, head, size
                head, size = b"", 0
    if size:  # the last line, without a line end
        yield number + 1, head, size
