"""HTML: web pages (`.html` files, WARC response records) and the HTML of feed entries, to text
with trafilatura.

A page gives its main text (navigation, scripts, styles, comments and boilerplate left out), its
title, its publication date (htmldate: meta tags, `<time>`, the URL, the byline; with the time of
day and zone when the page gives them) and its canonical URL (`<link rel="canonical">`, `og:url`).
"""

from __future__ import annotations

import copy
import re

import lxml.etree
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from pipeline.records import Article
from pipeline.sources.normalise import make_article
from pipeline.sources.raw import InvalidArticle

# Dates: the original publication date, not the last update; with time and zone when known, so
# the page's own metadata before a day in its URL. The latest date accepted is fixed rather than
# today's (htmldate's default), so that the same page gives the same record whenever it is read.
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": True,
    "deferred_url_extractor": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "max_date": "2999-12-31",
}

# A feed entry's HTML is a fragment, often one short paragraph: trafilatura's default minimum
# (250 characters, below which it tries other algorithms on a whole page) does not apply.
_FRAGMENT_CONFIG = copy.deepcopy(DEFAULT_CONFIG)
_FRAGMENT_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")

# What a library may raise on malformed markup: data errors, never a crash of the run.
_PARSE_ERRORS = (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError, lxml.etree.Error)


# A document that opens as a web page does (after a byte-order mark, white space, an XML
# declaration and comments): a doctype or an <html>, <head> or <body> element.
_PAGE_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*){0,5}"
    rb"<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(payload: bytes) -> bool:
    """Whether a file's bytes are a web page, whatever its name says (a page saved as `.txt`).

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>"), looks_like_html(b"Title\n\nBody.")
    (True, False)
    """
    return _PAGE_START.match(payload[:4096]) is not None


def parse_html_article(payload: bytes, input_path: str, *, url: str = "", published_at: str = "",
                       source: str = "") -> Article:
    """An article from a web page's bytes (any declared encoding); raises `InvalidArticle` when
    no main text is found.

    `url` is the address the page was fetched from (a WARC record's target URI): it is the
    article's URL; without it, the page's canonical URL is. `published_at` is used when the page
    gives no date (a WARC record's capture date).
    """
    try:
        document = trafilatura.bare_extraction(
            payload, url=url or None, with_metadata=True, include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except _PARSE_ERRORS as error:
        raise InvalidArticle(f"the HTML could not be parsed: {type(error).__name__}: {error}") from None
    if document is None or not (document.text or "").strip():
        raise InvalidArticle("no article text found in the HTML")
    title = (document.title or "").strip()
    fields = {
        "url": url or document.url,
        "title": title,
        "published_at": document.date or published_at,
        "source": source or document.sitename,
    }
    return make_article(fields, _without_title_line(document.text, title), input_path)


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content): paragraphs as lines, scripts and
    styles left out, entities decoded; "" when it holds no text.

    >>> html_fragment_text("<p>One &amp; two.</p><script>x()</script><p>Three.</p>")
    'One & two.\\nThree.'
    """
    if not fragment.strip():
        return ""
    try:
        # wrapped: trafilatura expects a document, and takes a bare single block for non-HTML
        document = trafilatura.bare_extraction(
            f"<html><body><div>{fragment}</div></body></html>", favor_recall=True,
            include_comments=False, config=_FRAGMENT_CONFIG,
        )
    except _PARSE_ERRORS as error:
        raise InvalidArticle(f"the HTML could not be parsed: {type(error).__name__}: {error}") from None
    return (document.text or "").strip() if document is not None else ""


def _without_title_line(text: str, title: str) -> str:
    # trafilatura keeps the page's <h1> as the first line of the text; the title has its own field
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title and rest.strip() else text
