"""Which sentences each detector has to read: one scan of the article for every kind's cue words.

Each event kind declares its cues (`EventKind.cues`): word starts, lower case, one of which every
match of its detector's triggers holds ("meet" for "meets", "meeting", "meetings with"; "has to",
two words, for "X has to ..."). A sentence holding none of them cannot give that detector a
finding, so the detector skips it (`AnalysedSentence.may_hold`); a kind whose cues no sentence
holds is not run, and an article holding no cue of any kind is not analysed at all. The scan is
one compiled pattern over the sentences' lower-cased texts, joined so that every sentence keeps
the word boundaries its detector sees, and run only at the word starts where a cue's first letters
begin (found by one pass of an Aho-Corasick automaton). tests/unit/test_candidates.py holds the cue
lists to the detectors' patterns and the gated extractor to the ungated one on every text of the
repository.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Sequence

import ahocorasick_rs

from pipeline.extract.gazetteer import _normalise_surface, _trie_pattern
from pipeline.extract.prefilter import AUTOMATON
from pipeline.extract.sentences import Sentence

# Letters that re.IGNORECASE matches to an ASCII letter though lower-casing does not give it
# ("ſ" is "s", "K" the Kelvin sign is "k"); "İ" also lowers to two characters. A text holding one
# is read by every detector, sentence by sentence, as before.
_CASE_FOLDS_APART = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ, the Kelvin sign
# A cue: the start of a word, or words parted by single spaces ("has to").
_CUE = re.compile(r"\w[\w'’-]*(?: [\w'’-]+)*")
_FIRST_LETTERS = re.compile(r"[^ '’-]+")


class CueScan:
    """One compiled pattern for the cues of several kinds. Build once per process."""

    def __init__(self, cues_by_kind: dict[str, Sequence[str]], everywhere: frozenset[str] = frozenset()):
        self._arguments = (cues_by_kind, everywhere)
        self.everywhere = everywhere  # kinds with no cue list: read in every sentence
        kinds_of: dict[str, set[str]] = {}
        for kind, cues in cues_by_kind.items():
            for cue in cues:
                if cue != cue.lower() or not _CUE.fullmatch(cue):
                    raise ValueError(f"a cue is the lower-case start of a word or of words, not {cue!r} ({kind})")
                kinds_of.setdefault(_normalise_surface(cue), set()).add(kind)
        # The longest cue that matches at a position is the one found; the kinds of every shorter cue
        # that is its prefix ("meet" of "meeting") are its kinds too.
        self._kinds_of = {cue: frozenset(kind for other, kinds in kinds_of.items() if cue.startswith(other)
                                         for kind in kinds) for cue in kinds_of}
        # At every word start the longest cue there (a look-ahead: a cue of words, "has to", does not
        # hide a cue that starts inside it), the cues as a tree of their letters: a few tests a word.
        # (Its spaces match any white space, its apostrophes and hyphens every spelling: more
        # sentences, never fewer.)
        # (Searched from the character before the word, which is no letter: a class the engine scans
        # for, where a leading \b has it try every position. Every cue begins with a word character.)
        self._pattern = re.compile(r"\W(?=(" + _trie_pattern(kinds_of) + "))")
        # Where it can match: after a cue's first letters, up to the first character the pattern spells as
        # a class (white space, an apostrophe, a hyphen). None of them begins with another, so no two
        # begin at one position. (The engine enters the pattern at every \W; this at a few of them.)
        firsts = {_FIRST_LETTERS.match(cue).group() for cue in kinds_of}
        firsts = sorted(first for first in firsts if not any(first.startswith(other) for other in firsts - {first}))
        self._firsts = ahocorasick_rs.AhoCorasick(firsts, implementation=AUTOMATON)
        # For each of them, every kind a cue that begins with it gives: a sentence holding them all
        # already learns nothing from another such cue (a run-on text repeats its words).
        # (A cue begins with one of them at most: none begins with another.)
        kinds_after: dict[str, set[str]] = {first: set() for first in firsts}
        for cue, kinds in self._kinds_of.items():
            letters = _FIRST_LETTERS.match(cue).group()
            first = next((letters[:end] for end in range(1, len(letters) + 1) if letters[:end] in kinds_after), None)
            if first is not None:
                kinds_after[first] |= kinds
        self._kinds_after = [frozenset(kinds_after[first]) for first in firsts]
        self.kinds = frozenset(cues_by_kind) | everywhere

    def __reduce__(self):  # the automaton does not pickle: built again from the cues
        return CueScan, self._arguments

    def kinds_per_sentence(self, sentences: Sequence[Sentence]) -> list[frozenset[str]]:
        """For each sentence, the kinds whose cues it holds. Every kind for every sentence when
        the text holds a letter whose case the scan cannot follow."""
        joined = "\n".join(sentence.text for sentence in sentences)
        if not joined.isascii() and any(letter in joined for letter in _CASE_FOLDS_APART):
            return [self.kinds] * len(sentences)
        starts, at = [], 1  # offsets in the text scanned: the joined sentences after a line break
        for sentence in sentences:
            starts.append(at)
            at += len(sentence.text) + 1
        found: list[set[str]] = [set(self.everywhere) for _ in sentences]
        kinds_of = self._kinds_of
        scanned = "\n" + joined.lower()
        match_at, kinds_after = self._pattern.match, self._kinds_after
        for first, start, _ in self._firsts.find_matches_as_indexes(scanned, overlapping=True):
            before = scanned[start - 1]  # (never before the first: the scanned text opens with a line break)
            if before.isalnum() or before == "_":  # \w: not a word start
                continue
            kinds = found[bisect.bisect_right(starts, start) - 1]  # (the cue found starts here)
            if kinds >= kinds_after[first]:
                continue  # whatever cue begins here, its kinds are known
            match = match_at(scanned, start - 1)
            if match is None:
                continue
            cue = match.group(1)  # as spelt in the text: "has\nto" is the cue "has to"
            kinds.update(kinds_of.get(cue) or kinds_of[_normalise_surface(cue)])
        return [frozenset(kinds) for kinds in found]


def scan_for(kinds: Iterable) -> CueScan:
    """The scan for event kinds (`EventKind`s); a kind with no cue list is read in every sentence."""
    kinds = list(kinds)
    return CueScan({kind.event_type: kind.cues for kind in kinds if kind.cues is not None},
                   frozenset(kind.event_type for kind in kinds if kind.cues is None))
