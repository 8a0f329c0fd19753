"""Duplicate articles within a run: the same text (up to case, punctuation, spacing and Unicode
forms) or the same canonical URL. Beam-free: `pipeline.transforms.DeduplicateArticles` keys
articles by these (strings, as grouping and state need). In batch it groups each article's
`DedupKeys` (small: no text) and keeps one of each group (`keep_one`), then lets through the
articles whose `ref` was kept; in streaming, the first of each key within a window. Articles left with one id and
different texts keep one (`keep_one`), the others being dead letters (`conflicting_id`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from operator import attrgetter
from typing import Callable, Iterable, Iterator, NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit

from pipeline.records import Article, stable_id

# A word: letters and digits, not "_" (a run of anything else separates words): characters
# for which str.isalnum() holds.
_WORD = re.compile(r"[^\W_]+")
# The fast way to the same words, at C speed: every separator made a space in the UTF-8 bytes
# (ASCII ones by a byte table that keeps letters, digits and the bytes of other characters;
# the few distinct other separators of a text, curly quotes and dashes, each replaced before:
# found among the bytes left once the ASCII ones are deleted), then bytes.split(), which
# splits at ASCII white space only.
_SEPARATOR_BYTES_TO_SPACE = bytes(byte if chr(byte).isalnum() or byte >= 0x80 else ord(" ") for byte in range(256))
_ASCII_BYTES = bytes(range(0x80))
_MAX_REPLACED_SEPARATORS = 16  # more distinct ones (a symbol table, an attack): the regular expression

# Query parameters that track a click and never select content.
_TRACKING_PARAMETERS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ocid|cmpid)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_text(text: str) -> str:
    """The words of a text, compatibility-normalised (NFKC), case-folded and joined by single
    spaces: what two copies of one article share however they were typed or converted.

    >>> normalise_text("  Xi  met LEE — “in Seoul”.\\n")
    'xi met lee in seoul'
    """
    return _normalised_utf8(text).decode("utf-8", "surrogatepass")


def _normalised_utf8(text: str) -> bytes:
    """`normalise_text(text)` in UTF-8 (a lone surrogate as its three bytes): what the keys hash."""
    if text.isascii():  # NFKC leaves ASCII as it is, and case-folds it as lower() does
        encoded = text.lower().encode("ascii")
    else:
        text = unicodedata.normalize("NFKC", text).casefold()
        encoded = text.encode("utf-8", "surrogatepass")  # a lone surrogate is a separator
        others = set(encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        separators = [character for character in others if not character.isalnum()]
        if len(separators) > _MAX_REPLACED_SEPARATORS:
            return " ".join(_WORD.findall(text)).encode("utf-8")
        for separator in separators:  # a character's bytes are found only where it is (UTF-8)
            encoded = encoded.replace(separator.encode("utf-8", "surrogatepass"), b" ")
    return b" ".join(encoded.translate(_SEPARATOR_BYTES_TO_SPACE).split())


def text_key(text: str) -> str:
    """A grouping key of the normalised text ("text:<hash>"); of the raw text when it has no words."""
    return _text_key_of_normalised(_normalised_utf8(text), text)


def _text_key_of_normalised(normalised: bytes, text: str) -> str:
    return "text:" + hashlib.sha256(normalised or text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def canonical_url(url: str) -> str:
    """The URL without what does not change the page: scheme (http or https), "www.", default
    port, fragment, tracking parameters, a trailing slash, the order of the parameters, the
    case of the host. "" for no URL; anything that is not an http(s) URL stays as it is.

    >>> canonical_url("HTTPS://www.Example.com:443/news/a/?utm_source=rss&b=2&a=1#top")
    'example.com/news/a?a=1&b=2'
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return url
        port = parts.port
    except ValueError:  # e.g. "http://[::1" or a port that is not a number
        return url
    host = parts.hostname.rstrip(".").removeprefix("www.")
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = sorted((name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING_PARAMETERS.match(name))
    return host + path + (f"?{urlencode(query)}" if query else "")


def url_key(article: Article) -> str:
    """A grouping key of the article's canonical URL ("url:..."); without a URL, its text key, so
    that articles without URLs are only ever grouped by their text."""
    return _url_key(article, text_key(article.text))


def _url_key(article: Article, text_key_of_article: str) -> str:
    url = canonical_url(article.url)
    return f"url:{url}" if url else text_key_of_article


class DedupKeys(NamedTuple):
    """What deduplication needs to know of an article, without its text."""

    ref: str  # the article's fields as one key: how the articles kept are let through
    text_key: str
    url_key: str
    rank: tuple  # the smallest of a group is kept (`keep_one`)
    article_id: str
    input_path: str
    length: int  # of the normalised text


def article_ref(article: Article) -> str:
    """A key of the article's identifying fields: two articles share it only when they are the
    same record read twice (same id, input, URL, text, title, date and source)."""
    return stable_id(article.article_id, article.input_path, article.url, article.content_hash or stable_id(article.text),
                     article.title, article.published_at, article.source)


def dedup_keys(article: Article) -> DedupKeys:
    """The article's `DedupKeys`: its text is normalised once for its text key and its length."""
    normalised = _normalised_utf8(article.text)
    key = _text_key_of_normalised(normalised, article.text)
    length = len(normalised) if normalised.isascii() else len(normalised.decode("utf-8", "surrogatepass"))
    # the fullest copy (a page rather than its feed summary) first, then the smallest id, input
    # path, URL, ... so that the choice never depends on the order the articles came in
    rank = (-length, article.article_id, article.input_path, article.url, article.content_hash,
            article.title, str(article.published_at), article.source)
    return DedupKeys(article_ref(article), key, _url_key(article, key), rank, article.article_id,
                     article.input_path, length)


def keep_one(group: Iterable[DedupKeys | tuple]) -> tuple[DedupKeys, list[DedupKeys]]:
    """(the article kept, the duplicates) of a group of articles that share a key: the smallest
    `rank`, the same whatever the order they came in. The group's keys may come as plain tuples
    (as they cross a shuffle)."""
    ordered = sorted(map(DedupKeys._make, group), key=lambda keys: keys.rank)  # plain tuples too
    return ordered[0], ordered[1:]


class ConflictingId(ValueError):
    """Two articles with different texts under one id: tables and the warehouse key articles by
    id, so only one can be kept (`keep_one`), and the other is a dead letter."""


def conflicting_id(kept: DedupKeys, other: DedupKeys) -> ConflictingId:
    """The error that says why `other` was not kept: `kept` has its id and another text."""
    return ConflictingId(
        f"the id {other.article_id!r} is also the id of another article with a different text, which was "
        f"kept ({kept.input_path or 'no path'}: {kept.length:,} characters against this one's {other.length:,}, "
        f"counted without punctuation)"
    )


def one_per_id(group: Iterable[DedupKeys | tuple]) -> Iterator[tuple[str, ConflictingId | None]]:
    """(ref, None) for the article kept of a group that shares an id (`keep_one`'s choice), and
    (ref, the error that says why) for each of the others."""
    kept, others = keep_one(group)
    yield kept.ref, None
    for other in others:
        yield other.ref, conflicting_id(kept, other)


def choose(keys: Iterable[DedupKeys | tuple]) -> dict[str, ConflictingId | None]:
    """The verdicts on a run's articles, from their keys (plain tuples too): one per normalised
    text is kept (`keep_one`), of those one per URL key, of those one per id (`one_per_id`). Ref
    -> None for each article kept, ref -> the error that says why for another text under a kept
    article's id; a duplicate has no verdict. The same whatever the order the keys come in."""
    one_per_text = _kept_per(map(DedupKeys._make, keys), attrgetter("text_key"))
    one_per_url = _kept_per(one_per_text, attrgetter("url_key"))
    verdicts = {}
    for group in _grouped(one_per_url, attrgetter("article_id")):
        verdicts.update(one_per_id(group))
    return verdicts


def _kept_per(keys: Iterable[DedupKeys], key: Callable[[DedupKeys], str]) -> list[DedupKeys]:
    return [group[0] if len(group) == 1 else keep_one(group)[0] for group in _grouped(keys, key)]


def _grouped(keys: Iterable[DedupKeys], key: Callable[[DedupKeys], str]) -> Iterable[list[DedupKeys]]:
    groups: dict[str, list[DedupKeys]] = {}
    for keyed in keys:
        groups.setdefault(key(keyed), []).append(keyed)
    return groups.values()
