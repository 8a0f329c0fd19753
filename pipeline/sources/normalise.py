"""From a reader's fields to an `Article`, the same for every kind: UTF-8 decoding, text cleaning,
the binary-data check, publication dates, optional string fields, and the id."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from pipeline.records import Article, escape_surrogates, stable_id
from pipeline.sources.raw import InvalidArticle


def decode_utf8(payload: bytes) -> str:
    try:
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidArticle(f"not UTF-8 text: {error}") from None


# C0 and C1 controls but tab, newline and form feed; lone surrogates (from JSON "\ud800" escapes,
# which no Avro file can hold); a byte-order mark inside the text.
_UNWANTED = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_BINARY_SHARE = 0.01  # more control characters than this, and the "text" is binary data
# the characters of plain ASCII text that clean_text removes or changes
_ASCII_TO_CHANGE = bytes(code for code in range(0x80) if _UNWANTED.match(chr(code)) or code == ord("\r"))


def clean_text(value: str) -> str:
    """The text with line ends as "\\n" and control characters, lone surrogates and stray byte-order
    marks removed: `clean_text("a\\r\\nb\\x00c\\x07")` is "a\\nbc"."""
    if value.isascii() and len(value.encode("ascii").translate(None, _ASCII_TO_CHANGE)) == len(value):
        return value  # plain ASCII with nothing to change (most text), found at C speed
    return _UNWANTED.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def check_not_binary(text: str) -> None:
    """Raise `InvalidArticle` when the text holds NUL or many control characters: a binary file."""
    if "\x00" in text:
        raise InvalidArticle("binary data, not text: the content holds NUL characters")
    controls = len(_UNWANTED.findall(text))
    if controls > _BINARY_SHARE * len(text):
        raise InvalidArticle(f"binary data, not text: {controls} of {len(text)} characters are control characters")


# Publication dates outside these years are errors in the data, not news.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2999


def parse_published_at(value: object) -> dt.datetime | None:
    """A UTC datetime from an ISO 8601 or RFC 2822 date or datetime (string or YAML-parsed), or
    None when empty. Without a time zone, UTC is assumed. Raises `InvalidArticle` for anything
    else, and for a year outside 1800-2999.

    >>> parse_published_at("2025-06-10")
    datetime.datetime(2025, 6, 10, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_published_at("Tue, 10 Jun 2025 08:00:00 +0900")
    datetime.datetime(2025, 6, 9, 23, 0, tzinfo=datetime.timezone.utc)
    """
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        moment = _parse_date_text(value.strip())
    else:
        raise InvalidArticle(f"published_at must be a date string, not {type(value).__name__}")
    try:
        moment = moment.replace(tzinfo=dt.timezone.utc) if moment.tzinfo is None else moment.astimezone(dt.timezone.utc)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00
        raise InvalidArticle(f"published_at is out of range: {value!r}") from None
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise InvalidArticle(f"published_at is not a plausible publication date "
                             f"(years {EARLIEST_YEAR}-{LATEST_YEAR}): {value!r}")
    return moment


def _parse_date_text(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    try:  # RFC 2822, as RSS feeds and e-mail give dates: "Tue, 10 Jun 2025 08:00:00 +0900"
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    raise InvalidArticle(f"published_at is not an ISO date or an RFC 2822 date: {text[:100]!r}")


def optional_str(fields: dict, name: str) -> str:
    value = fields.get(name)
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise InvalidArticle(f"{name} must be a string, not {type(value).__name__}")
    return clean_text(str(value)).strip()


def article_id(value: object) -> str:
    """The id as the input writes it: a string (cleaned), or an integer in decimal digits; ""
    when there is none. Anything else (a float, NaN, true, a list) is no id two inputs could be
    told apart by ("nan" and NaN would be one id), and raises `InvalidArticle`.

    >>> article_id(" a-1 "), article_id(42), article_id(None)
    ('a-1', '42', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value).strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InvalidArticle(f"id must be a string or an integer, not {type(value).__name__} ({value!r:.40})")


def make_article(fields: dict, text: str, input_path: str) -> Article:
    """The article from its metadata fields and body text, cleaned (`clean_text`); the id falls
    back to a content hash. Raises `InvalidArticle` for no text or bad fields."""
    text = clean_text(text)
    if not text.strip():
        raise InvalidArticle("the article has no text")
    content_hash = stable_id(text)
    return Article(
        article_id=article_id(fields.get("id")) or f"sha-{content_hash}",
        url=optional_str(fields, "url"),
        title=optional_str(fields, "title"),
        summary=optional_str(fields, "summary"),
        published_at=parse_published_at(fields.get("published_at")),
        source=optional_str(fields, "source"),
        text=text,
        input_path=clean_text(escape_surrogates(input_path)),
        content_hash=content_hash,
    )
