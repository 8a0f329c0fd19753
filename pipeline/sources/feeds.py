"""RSS and Atom feeds (`.rss`, `.atom`, `.xml`), with feedparser: one article per entry.

An entry's text is its full content (`content:encoded`, Atom `<content>`) or else its summary
(`<description>`, `<summary>`), HTML turned into text; its title, link and date (published, else
updated; RFC 2822 in RSS, RFC 3339 in Atom, other forms feedparser knows, all to UTC) come with it,
and the feed's title is the article's source.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
from typing import Iterator

import feedparser

from pipeline.records import Article
from pipeline.sources.normalise import make_article
from pipeline.sources.raw import InvalidArticle, RawRecord
from pipeline.sources.html import html_fragment_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# What feedparser raises on malformed documents it does not catch itself: data errors.
_FEEDPARSER_ERRORS = (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError)


def split_feed(payload: bytes, input_path: str) -> Iterator[RawRecord]:
    """One raw record per entry of a feed: its HTML (or text) as the payload, its link, title,
    date and feed title as metadata. A document that is no feed, or one without entries, gives
    one record with an error."""
    # A file object, never bytes or a string: feedparser fetches a string that looks like a URL.
    try:
        parsed = feedparser.parse(io.BytesIO(payload), sanitize_html=True, resolve_relative_uris=True)
    except _FEEDPARSER_ERRORS as error:  # e.g. a character reference beyond U+10FFFF, misnested tags
        yield RawRecord(input_path, "feed", 0, payload[:10_000],
                        error=f"not a readable RSS or Atom feed (feedparser: {type(error).__name__}: {error})")
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f"not an RSS or Atom feed ({type(problem).__name__}: {problem})" if problem else "the feed has no entries"
        yield RawRecord(input_path, "feed", 0, payload[:10_000], error=why)
        return
    source = _as_text(parsed.feed.get("title_detail"), parsed.feed.get("title", ""))
    for number, entry in enumerate(parsed.entries, start=1):
        content = _entry_content(entry)
        yield RawRecord(
            input_path, "feed", number, content.encode("utf-8", errors="replace"),
            url=entry.get("link", "") or "",
            title=_as_text(entry.get("title_detail"), entry.get("title", "")),
            published_at=_entry_date(entry),
            source=source,
        )


def parse_feed_entry(record: RawRecord) -> Article:
    """An article from a feed entry's record; raises `InvalidArticle` when it has no text or a bad date."""
    text = html_fragment_text(record.payload.decode("utf-8", errors="replace"))
    if not text:
        raise InvalidArticle("the feed entry has no content or summary text")
    fields = {"url": record.url, "title": record.title, "published_at": record.published_at,
              "source": record.source}
    return make_article(fields, text, record.input_path)


def _entry_content(entry) -> str:
    """The entry's fullest text: its content (HTML preferred) or else its summary."""
    contents = entry.get("content") or []
    html = [part.get("value", "") for part in contents if part.get("type") in _HTML_TYPES]
    plain = [part.get("value", "") for part in contents if part.get("type") not in _HTML_TYPES]
    for candidate in (*html, *plain, entry.get("summary", "")):
        if candidate and candidate.strip():
            return candidate
    return ""


def _entry_date(entry) -> str:
    """The entry's date as ISO 8601 in UTC when feedparser read it, else as written (so that a
    date no reader understands becomes a dead letter that quotes it), else ""."""
    for name in ("published", "updated"):
        # dict.get: feedparser's own get() maps a missing "published" to "updated", with a warning
        moment = dict.get(entry, f"{name}_parsed")
        if moment:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(moment), dt.timezone.utc).isoformat()
            except (OverflowError, ValueError, OSError):
                pass
        if dict.get(entry, name):
            return str(dict.get(entry, name))
    return ""


def _as_text(detail, value: str) -> str:
    # a title may be HTML (Atom type="html", or an RSS title with entities and tags)
    if detail and detail.get("type") in _HTML_TYPES and ("<" in value or "&" in value):
        try:
            return html_fragment_text(value).replace("\n", " ")
        except InvalidArticle:
            return value
    return value
