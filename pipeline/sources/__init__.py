"""Readers: one module per input kind. Each turns the bytes of one input file into raw records,
and each raw record into an `Article` or an `InvalidArticle` error that becomes a dead letter.

Beam-free: `pipeline.transforms.ReadArticles` wires these into the graph.
"""

from __future__ import annotations

import dataclasses
from typing import BinaryIO, Iterator

from pipeline.records import Article
from pipeline.sources import jsonl, text
from pipeline.sources.common import InvalidArticle

__all__ = ["InvalidArticle", "RawRecord", "split_records", "parse_record"]


@dataclasses.dataclass(frozen=True)
class RawRecord:
    """One input record before parsing: a whole text file, or one JSON line."""

    input_path: str
    kind: str  # "text" | "jsonl"
    index: int  # line number for JSON Lines (1-based), 0 for whole files
    payload: bytes


_KIND_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text", ".text": "text", ".md": "text"}


# Beam's file reading decompresses these transparently (CompressionTypes.AUTO).
_COMPRESSION_SUFFIXES = (".gz", ".bz2", ".zst", ".deflate", ".lzma", ".xz")


def kind_of(path: str) -> str:
    """The input kind a path is read as, from its suffix (under any compression suffix); plain
    text when unknown."""
    lowered = path.lower()
    for suffix in _COMPRESSION_SUFFIXES:
        lowered = lowered.removesuffix(suffix)
    for suffix, kind in _KIND_BY_SUFFIX.items():
        if lowered.endswith(suffix):
            return kind
    return "text"


def split_records(input_path: str, stream: BinaryIO) -> Iterator[RawRecord]:
    """The raw records of one input file: one per non-blank JSON line, or one for a text file."""
    kind = kind_of(input_path)
    if kind == "jsonl":
        # readline, not iteration: Beam's decompressing file objects are not iterable.
        for number, line in enumerate(iter(stream.readline, b""), start=1):
            if line.strip():
                yield RawRecord(input_path, kind, number, line)
    else:
        yield RawRecord(input_path, kind, 0, stream.read())


def parse_record(record: RawRecord) -> Article:
    """An `Article` from a raw record; raises `InvalidArticle` when the record cannot be one."""
    if record.kind == "jsonl":
        return jsonl.parse_json_article(record.payload, record.input_path)
    return text.parse_text_article(record.payload, record.input_path)
