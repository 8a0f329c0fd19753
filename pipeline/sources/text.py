"""Plain text articles, as in `seeds/`: optional YAML front matter, then a summary line and a title
line, blank lines, and the body.

    ---
    published_at: 2025-06-10
    url: https://...
    ---
    <summary line>
    <title line>

    <body ...>

The header lines are the non-blank lines before the first blank line, when there are one (a title)
or two (a summary, then a title) and a body follows; otherwise the whole file is the body.
"""

from __future__ import annotations

import re

import yaml

from pipeline.records import Article
from pipeline.sources.normalise import check_not_binary, decode_utf8, make_article
from pipeline.sources.raw import InvalidArticle

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BLANK_LINES = re.compile(r"\r?\n[ \t]*\r?\n\s*")


def split_front_matter(content: str) -> tuple[dict, str]:
    """(front-matter fields, the rest); ({}, content) when there is none."""
    match = _FRONT_MATTER.match(content)
    if not match:
        return {}, content
    try:
        fields = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise InvalidArticle(f"front matter is not valid YAML: {error}") from None
    except ValueError as error:  # a value YAML builds itself: a date such as 2025-02-30, a huge integer
        raise InvalidArticle(f"front matter holds a value that cannot be read: {error}") from None
    except RecursionError:
        raise InvalidArticle("front matter is nested too deeply to read") from None
    if not isinstance(fields, dict):
        raise InvalidArticle("front matter must be a YAML mapping")
    return fields, content[match.end():]


def split_header(content: str) -> tuple[list[str], str]:
    """(header lines, body) per the module docstring."""
    content = content.lstrip("\r\n")
    gap = _BLANK_LINES.search(content)
    if not gap:
        return [], content
    header = [line.strip() for line in content[: gap.start()].splitlines()]
    body = content[gap.end():]
    if 1 <= len(header) <= 2 and body.strip():
        return header, body.rstrip()
    return [], content.rstrip()


def parse_text_article(payload: bytes, input_path: str) -> Article:
    """An article from a whole text file; raises `InvalidArticle` when it has no text."""
    content = decode_utf8(payload)
    check_not_binary(content)
    fields, content = split_front_matter(content)
    header, body = split_header(content)
    fields = dict(fields)
    if header:
        fields.setdefault("title", header[-1])
        if len(header) == 2:
            fields.setdefault("summary", header[0])
    return make_article(fields, body, input_path)
