"""Sentence splitting with character offsets, for news English.

A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote or bracket) before
white space and an upper-case letter, digit or opening quote, unless the word before the stop is
a known abbreviation ("U.S.", "Mr.", "Gen.", "Jan.") or a single initial ("J. Smith").
Line breaks always end a sentence, and a run longer than `MAX_SENTENCE_CHARS` is cut at white
space.
"""

from __future__ import annotations

import dataclasses
import re


@dataclasses.dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the article text
    end: int


_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st mt ft jr sr vs etc
    no nos jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros dept approx est
    u.s u.k u.n e.u u.s.a d.c p.m a.m e.g i.e al""".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
# Linear in the text: a run of punctuation is tried once, from its first character, and taken
# whole (possessive: "?!" or 100,000 dots are one attempt, not one per character). Whether the
# run follows a lone letter (an initial, or the end of "U.S.") is decided in Python
# (`_after_initial`). It starts with the class of the characters a boundary begins with, which
# the engine scans for (the stop's look-behind comes after it; first it would try every position).
_BOUNDARY = re.compile(
    r"""[.!?\n](?:(?<=\n)(?:\s*\n|(?=\s*\S))"""
    r"""|(?<=[.!?])(?<![.!?].)[.!?]*+['"’”)\]]*+(?=\s+['"‘“(\[]?[A-Z0-9]))"""
)
_PUNCTUATION = re.compile(r"[.!?]+")
MAX_SENTENCE_CHARS = 1_000  # longer runs (lists, tables, garbage) are cut, bounding the work per sentence
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "d.c"


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, trimmed, with offsets such that text[s.start:s.end] == s.text.

    >>> [s.text for s in split_sentences("U.S. President Trump spoke. Xi replied.")]
    ['U.S. President Trump spoke.', 'Xi replied.']
    """
    sentences = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end, first = match.end(), match.start()
        if text[first] != "\n" and _after_initial(text, first):
            # A stop right after a lone letter is never a boundary; a longer run ("A?!") may end
            # a sentence from its second character on, which is then the stop looked at.
            if _PUNCTUATION.match(text, first).end() - first < 2:
                continue
            first += 1
        if text[first] == "." and _is_abbreviation(text, first):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _after_initial(text: str, position: int) -> bool:
    """Whether text[position] follows a lone letter: one after white space, ".", "(" or "[" (the
    letter at the very start of the text does not count)."""
    return (position >= 2 and text[position - 1].isascii() and text[position - 1].isalpha()
            and (text[position - 2].isspace() or text[position - 2] in ".(["))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word ending at text[dot] == "." is an abbreviation or an initial."""
    reach = max(0, dot - 12)  # bounded look-back: the abbreviations are short
    start = max(text.rfind(" ", reach, dot), text.rfind("\n", reach, dot), text.rfind("(", reach, dot), reach - 1) + 1
    token = text[start:dot].lower()
    if not token or not token[0].isalpha():
        return False
    return len(token) == 1 or token in _ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:  # no news sentence is this long: cut at white space
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(sentences, text, start, cut)
        start = cut
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + (len(piece) - len(piece.lstrip()))
        sentences.append(Sentence(stripped, offset, offset + len(stripped)))
