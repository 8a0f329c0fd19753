"""JSON Lines articles (`.jsonl`, `.ndjson`): one JSON object a line with id, url, title,
published_at, source, text.

Unknown extra fields are ignored, never fatal.
"""

from __future__ import annotations

import json
from typing import BinaryIO, Callable, Iterator

from pipeline.records import Article
from pipeline.sources.normalise import decode_utf8, make_article
from pipeline.sources.raw import InvalidArticle, RawRecord, too_large


def parse_json_article(line: bytes, input_path: str) -> Article:
    """An article from one JSON line; raises `InvalidArticle` for bad JSON, a non-object or no text."""
    try:
        fields = json.loads(decode_utf8(line))
    except json.JSONDecodeError as error:
        raise InvalidArticle(f"not valid JSON: {error}") from None
    if not isinstance(fields, dict):
        raise InvalidArticle(f"a JSON line must be an object, not {type(fields).__name__}")
    text = fields.get("text")
    if not isinstance(text, str):
        raise InvalidArticle("the article has no text" if text is None else "text must be a string")
    return make_article(fields, text, input_path)


def split_lines(input_path: str, stream: BinaryIO, max_bytes: int | None = None,
                on_skipped: Callable[[str], None] = lambda reason: None) -> Iterator[RawRecord]:
    """One raw record per non-blank line; a line over `max_bytes` is a record with an error (the
    rest of it skipped unread); a file without lines gives one record with an error."""
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
