"""`Prefiltered` gives the very matches of its pattern: on every sentence of the repository's
texts (the Wikinews corpus, dev and train) for the detectors' prefiltered patterns, and on random
text for patterns that exercise each part of the parse tree it reads."""

from __future__ import annotations

import pickle
import random
import re
import string

import pytest

from pipeline.extract.events import calls, elections, policy
from pipeline.extract.gazetteer import Gazetteer
from pipeline.extract.prefilter import FOLDS_APART, Prefiltered, _beginnings, openings
from pipeline.extract.sentences import split_sentences
from tests.support import repository_texts


def _repository_sentences() -> list[str]:
    return [sentence.text for text in repository_texts() for sentence in split_sentences(text)]


SENTENCES = _repository_sentences()
# Every prefiltered pattern of the detectors, on the sentences as written and lower-cased (policy
# searches its triggers in lower-cased text).
DETECTOR_PATTERNS = {f"{module.__name__.rsplit('.', 1)[-1]}.{name}.{prepare.__name__}": (value, prepare)
                     for module in (calls, elections, policy) for name, value in vars(module).items()
                     if isinstance(value, Prefiltered)
                     for prepare in ((str,) if value.flags & re.I else (str, str.lower))}


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", [name for name, (value, _) in DETECTOR_PATTERNS.items() if value._scanner])
def test_detector_patterns_find_the_same_matches_on_every_sentence(name):
    prefiltered, prepare = DETECTOR_PATTERNS[name]
    pattern = prefiltered.compiled
    found = 0
    for sentence in SENTENCES:
        text = prepare(sentence)
        expected = _spans(pattern.finditer(text))
        assert _spans(prefiltered.finditer(text)) == expected, sentence
        found += len(expected)
        pos = len(text) // 3  # from inside the text, as the detectors search on
        hit, expected_hit = prefiltered.search(text, pos), pattern.search(text, pos)
        assert (hit and hit.span()) == (expected_hit and expected_hit.span()), (sentence, pos)
        end = 2 * len(text) // 3  # and up to a point: the call detector's clause tests end at a cue ("...$")
        hit, expected_hit = prefiltered.search(text, pos, end), pattern.search(text, pos, end)
        assert (hit and hit.span()) == (expected_hit and expected_hit.span()), (sentence, pos, end)

def test_the_detectors_patterns_are_prefiltered():
    assert len(DETECTOR_PATTERNS) >= 20
    assert not [name for name, (value, _) in DETECTOR_PATTERNS.items() if value._scanner is None]
    # (it may begin with a capitalised word or a number: looked for where a capital or a digit begins a word)
    assert elections._RESULT_WON._scanner is not None
    # the call detector's tests of the text before a cue, searched once per cue (a megabyte of "the talks
    # with officials of" has a cue every 28 characters): its sentence scanned once for all of them
    for pattern in (calls._REQUESTED_BEFORE, calls._CREDITED_FOR_BEFORE, calls._AT_CONTACT_BEFORE,
                    calls._SINCE_BEFORE, calls._HOPED_THAT_BEFORE, calls._TWO_SIDES, calls._PROPOSED):
        assert pattern._scanner is not None and pattern._texts == "call clauses", pattern.pattern


SYNTHETIC = [
    r"\b(?:ab|a(?:c|d){2,3}x|b[a-c]d)\b",  # a class inside a beginning ends what is spelt
    r"(?i)\bfo(?:o|ur)(?-i:Bar)?",  # an inline flag: a letter of another case rule ends what is spelt
    r"(?:x*y|zz?)w",  # optional and repeated parts
    r"ab(?=c)|(?<=x)ba",  # look-arounds are zero width
    r"\b(?:can|cannot|can't) go\b",
    r"(?i)\b(?:s[uo]n|kin|is)\b",  # letters with case variants outside ASCII ("ſ", "K", "ı", "İ")
    r"(?:\w+ ){0,2}done",  # may begin with a class: searched as it is
    r"(?a:\bdo)",  # an ASCII word boundary ("édo" holds one)
    r"(?i)\b(?:do|(?-i:[A-Z])[a-z]+s on|\d+%)",  # may begin with a capital (of its own case rule) or a digit
    r"[0-9]+x|(?:ab|[A-C])c|\W[%1]k",  # classes anywhere a match begins, and one character later
]
ALPHABET = "abcdfkinostuwxyzABKINOS  ,.'-\u017f\u212a\u0131\u0130\u00e9_1%\u0663"


@pytest.mark.parametrize("source", SYNTHETIC)
def test_synthetic_patterns_find_the_same_matches_on_random_text(source):
    pattern = re.compile(source)
    prefiltered = Prefiltered(pattern)
    rng = random.Random(source)
    for _ in range(3_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text))
        assert _spans(prefiltered.finditer(text)) == _spans(pattern.finditer(text)), text
        assert _spans(prefiltered.finditer(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos)), text
        hit, expected = prefiltered.search(text, pos), pattern.search(text, pos)
        assert (hit and hit.span()) == (expected and expected.span()), (text, pos)


def test_the_beginnings_spelt():
    assert _beginnings(re.compile(r"\b(?:ab|c(?:d|ee){2}f|g[a-c]d)")) == (
        {"ab", "cddf", "cdeef", "ceedf", "ceeeef", "g"}, True, 0, None)  # at most PREFIX_CHARS (6), up to a class
    assert _beginnings(re.compile(r"(?:\w+ ){0,2}done")) is None  # may begin with any word
    assert _beginnings(re.compile(r"(?:yy|[a-z ])x")) is None  # or with a space
    assert _beginnings(re.compile(r"x?")) is None  # may match nothing
    assert _beginnings(re.compile(r"\W(?:new )?(?:President|president|king)")) == ({"new pr", "new Pr", "new ki", "presid", "Presid", "king"},
                                                                          False, 1, None)  # found a character later
    prefixes, at_word_start, before, class_starts = _beginnings(re.compile(r"\b(?:won|(?-i:[A-Z])\w+s|\d+%)", re.I))
    assert (prefixes, at_word_start, before) == ({"won"}, True, 0)
    assert [m.start() for m in class_starts.finditer("Swiss and swiss, 12 or x3, \u0663%")] == [0, 17, 27]


def test_no_other_letter_folds_to_an_ascii_character():
    """Under IGNORECASE a beginning is found in the lower-cased text: every character the engine
    matches to an ASCII one lowers to it, but for FOLDS_APART (texts holding one are searched whole)."""
    ascii_any_case = re.compile("[" + re.escape(string.printable) + "]", re.I)
    apart = {chr(code) for code in range(0x110000)
             if ascii_any_case.fullmatch(chr(code)) and not (len(chr(code).lower()) == 1 and chr(code).lower().isascii())}
    assert apart == set(FOLDS_APART)


def test_places_searched_where_a_name_begins_are_those_of_the_pattern():
    """The gazetteer's names, searched only where a name's first letters are (capitals, and the few
    names that begin in lower case), give the matches of the names' pattern: on every text of the
    repository."""
    gazetteer = Gazetteer.load()
    assert gazetteer._place_search._scanner is not None
    texts = [*SENTENCES, "Troops from mainland China and the two Koreas met the permanent five in Geneva.",
             "the five permanent members of the UN Security Council, both Koreas"]
    found = 0
    for text in texts:
        expected = _spans(gazetteer._place_pattern.finditer(text))
        assert _spans(gazetteer._place_search.finditer(text)) == expected, text
        found += len(expected)
    assert found > 1000


def test_a_prefiltered_pattern_pickles():
    prefiltered = pickle.loads(pickle.dumps(Prefiltered(re.compile(r"\bimpos(?:e|es|ed)\b"))))
    assert prefiltered._scanner is not None and prefiltered.search("Washington imposes tariffs").span() == (11, 18)


def test_a_proposal_before_a_cue_is_read_as_in_the_window_alone():
    """`calls._proposed_before` searches the whole sentence (scanned once for all its cues) and finds
    what `_PROPOSED` finds in the 60 characters before the cue cut out alone, also where the cut falls
    inside a word ("...reconsidering talks": the window reads "considering talks")."""
    proposed = calls._PROPOSED.compiled
    text = "They were reconsidering" + " " * (calls._PROPOSED_WINDOW - len("considering")) + "talks"
    cue = len(text) - len("talks")
    window = text[cue - calls._PROPOSED_WINDOW:cue]
    assert window.startswith("considering") and proposed.search(window)
    assert calls._proposed_before(text, 0, cue)
    assert not proposed.search(text) and not calls._proposed_before(text, 0, cue - 3)  # the cut falls before it
    generator = random.Random(11)
    for sentence in SENTENCES[::3]:
        for _ in range(3):
            cue = generator.randrange(len(sentence) + 1)
            start = generator.randrange(cue + 1) if generator.random() < 0.3 else 0
            expected = proposed.search(sentence[max(start, cue - calls._PROPOSED_WINDOW):cue]) is not None
            assert calls._proposed_before(sentence, start, cue) == expected, (sentence, start, cue)


def test_the_openings_of_a_pattern_are_those_of_its_every_match():
    """`openings`: the first letters every match begins with (policy tries a trigger pattern only at
    a candidate that opens so); None when not every match's can be spelt."""
    assert openings(re.compile(r"\b(?:abc|adxy|fgh)")) == {"ab", "ad", "fg"}
    assert openings(re.compile(r"\b(?:abc|a(?:d|e)x)")) is None  # (spelt up to its class: "a")
    assert openings(re.compile(r"\b(?:abc|f)")) is None  # a match of one letter
    assert openings(re.compile(r"(?i)\babc")) is None  # (case-sensitive patterns only)
    assert openings(re.compile(r"\b[a-z]bc")) is None  # a class
    assert openings(re.compile(r"(?:\w+ )?done")) is None
    for kind, pattern, opens in policy._TRIGGER_OPENINGS:
        assert opens is not None, pattern.pattern[:60]
        for sentence in SENTENCES:
            lowered = sentence.lower()
            for match in pattern.finditer(lowered):
                assert lowered[match.start():match.start() + 2] in opens, (sentence, match.group())
