"""What every reader shares: the data error, decoding, dates and ids."""

from __future__ import annotations

import datetime as dt

from pipeline.records import Article, stable_id


class InvalidArticle(ValueError):
    """The input is readable data but cannot become an article (bad JSON, no text, bad date)."""


def decode_utf8(payload: bytes) -> str:
    try:
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidArticle(f"not UTF-8 text: {error}") from None


def parse_published_at(value: object) -> dt.datetime | None:
    """A UTC datetime from an ISO date or datetime (string or YAML-parsed), or None when empty.

    >>> parse_published_at("2025-06-10")
    datetime.datetime(2025, 6, 10, 0, 0, tzinfo=datetime.timezone.utc)
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidArticle(f"published_at is not an ISO date: {value!r}") from None
    else:
        raise InvalidArticle(f"published_at must be a date string, not {type(value).__name__}")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def optional_str(fields: dict, name: str) -> str:
    value = fields.get(name)
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InvalidArticle(f"{name} must be a string, not {type(value).__name__}")
    return str(value).strip()


def make_article(fields: dict, text: str, input_path: str) -> Article:
    """The article from its metadata fields and body text; the id falls back to a content hash."""
    if not text.strip():
        raise InvalidArticle("the article has no text")
    content_hash = stable_id(text)
    return Article(
        article_id=optional_str(fields, "id") or f"sha-{content_hash}",
        url=optional_str(fields, "url"),
        title=optional_str(fields, "title"),
        summary=optional_str(fields, "summary"),
        published_at=parse_published_at(fields.get("published_at")),
        source=optional_str(fields, "source"),
        text=text,
        input_path=input_path,
        content_hash=content_hash,
    )
