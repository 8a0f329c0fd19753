"""JSON Lines articles: one JSON object a line with id, url, title, published_at, source, text.

Unknown extra fields are ignored, never fatal.
"""

from __future__ import annotations

import json

from pipeline.records import Article
from pipeline.sources.common import InvalidArticle, decode_utf8, make_article


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
