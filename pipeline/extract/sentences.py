"""Sentence splitting with character offsets, for news English.

A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote or bracket) before
white space and an upper-case letter, digit or opening quote, unless the word before the stop is
a known abbreviation ("U.S.", "Mr.", "Gen.", "Jan.") or a single initial ("J. Smith").
Line breaks always end a sentence, and a run longer than `MAX_SENTENCE_CHARS` is cut at white
space. A dateline that opens the text ("ISLAMABAD — ") and a subheading run into the sentence
after it ("Recent attacks Since the beginning of the year, ...": stories whose paragraphs were
joined by spaces) are sentences of their own, so that no heading word is read as part of the news.
"""

from __future__ import annotations

import dataclasses
import re


@dataclasses.dataclass(unsafe_hash=True)  # (not frozen, though never changed: see gazetteer.PlaceMatch)
class Sentence:
    text: str
    start: int  # offset of text[0] in the article text
    end: int


_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st mt ft jr sr vs etc
    brig cpl pvt supt det amb atty rev hon messrs reps sens govs gens
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


# A dateline: the city (or cities) in capitals, maybe a country and an agency, then a dash.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}(?:,[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+)?)?"
    r"(?:[ \t]+\([A-Za-z]+\))?[ \t]+(?:—|–|--)(?=[ \t])")
# A subheading run into the sentence after it: a few words in sentence case (a capitalised last word
# may be a name: "Money maker for Vietnam"), then a word that only opens a sentence when written with
# a capital, before a word in lower case or a number ("Difficult terrain Although just ...").
_SENTENCE_OPENERS = frozenset(
    """The A An Although Though Since Between More Most In On At After Before While When But And This These
    Those It He She They We Its His Her Their Our Some Many Both Last Earlier Meanwhile According Despite
    However For With Under During Among As If Yet Now Even There Until Because Also Still Later Several Each
    Every""".split())
_SENTENCE_OPENERS |= {quote + word for word in _SENTENCE_OPENERS for quote in '"“‘'}  # "Reaction “The ..."
_HEADING_WORDS = 5  # at most
# Sentence case: only the first word and the last (a name: "Money maker for Vietnam") capitalised.
_HEADING = re.compile(r"[A-Z][\w'’-]*(?: [a-z][\w'’-]*)*(?: [A-Z][\w'’-]*)?")
# Words no heading starts with (they start sentences), holds (a clause: a verb of being or saying) or
# ends with (a preposition, article or conjunction wants more words).
_NOT_HEADING_START = frozenset(
    """the a an in on at after before while when but and this that these those it he she they we i i'm its
    his her their our some many both last earlier meanwhile according despite however for with under during
    among as if yet now even there until because also still later several each every to by from of
    mr mrs ms dr""".split())
_NOT_IN_HEADING = frozenset(
    """is are was were be been being has have had will would can could should may might must do does did
    said says say told tells tell reported reports wrote writes added noted asked stated according""".split())
_NOT_HEADING_END = frozenset(
    """of in on at to for by with from into onto over after before and or but nor the a an that than as
    about against between during under per via his her its their our my your this these those""".split())


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, trimmed, with offsets such that text[s.start:s.end] == s.text.

    >>> [s.text for s in split_sentences("U.S. President Trump spoke. Xi replied.")]
    ['U.S. President Trump spoke.', 'Xi replied.']
    """
    sentences = []
    start = 0
    dateline = DATELINE.match(text)
    if dateline is not None:
        _append(sentences, text, 0, dateline.end())
        start = dateline.end()
    for match in _BOUNDARY.finditer(text):
        if match.end() <= start:
            continue
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
    if token in _NUMBER_SIGNS:  # "No. 10", but "... voted no. The ..." ends a sentence
        return text[start:start + 1] == "N" or text[dot + 1:dot + 3].strip()[:1].isdigit()
    return len(token) == 1 or token in _ABBREVIATIONS or _INITIALS.fullmatch(token) is not None


_NUMBER_SIGNS = frozenset({"no", "nos"})


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
        heading = _run_in_heading(stripped)
        if heading:
            sentences.append(Sentence(stripped[:heading], offset, offset + heading))
            rest = len(stripped) - len(stripped[heading:].lstrip())
            stripped, offset = stripped[rest:], offset + rest
        sentences.append(Sentence(stripped, offset, offset + len(stripped)))


def _run_in_heading(sentence: str) -> int:
    """The length of a subheading the sentence opens with ("Recent attacks" in "Recent attacks
    Since the beginning of the year, ..."), or 0."""
    words = sentence[:120].split(" ", _HEADING_WORDS + 2)
    if _SENTENCE_OPENERS.isdisjoint(words[1:_HEADING_WORDS + 1]):  # most sentences: no capitalised opener
        return 0
    at = next((i for i in range(1, min(len(words) - 1, _HEADING_WORDS + 1))
               if words[i] in _SENTENCE_OPENERS and words[i + 1][:1].islower() | words[i + 1][:1].isdigit()),
              None)
    if at is None:
        return 0
    heading = " ".join(words[:at])
    lowered = heading.lower().split()
    if not _HEADING.fullmatch(heading) or lowered[0] in _NOT_HEADING_START or lowered[-1] in _NOT_HEADING_END \
            or not _NOT_IN_HEADING.isdisjoint(lowered):
        return 0
    return len(heading)
