"""The candidate pass (pipeline/extract/candidates.py) changes no output: a detector skips only
sentences in which it cannot fire.

Three guards, for whoever adds a trigger word:
- by construction: every way through each pattern a detector must match before it can fire on a
  sentence (`ENTRY_PATTERNS`) holds one of its kind's cues at a word start (the pattern is read
  with Python's own regular-expression parser);
- invented sentences: strings generated from those patterns are cued whenever the pattern matches;
- every text of the repository (corpora, eval/dev and eval/train articles, the seed, the input
  fixtures) gives exactly the same mentions gated and ungated.
A new trigger that fails them needs its cue in the kind's `CUES` (the detector's module).
"""

from __future__ import annotations

import bisect
import json
import pickle
import random
import re
from re import _constants as sre, _parser as sre_parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.candidates import _CASE_FOLDS_APART, CueScan, scan_for
from pipeline.extract.events import KINDS, calls, elections, policy
from pipeline.extract.extractor import EventExtractor
from pipeline.extract.gazetteer import Gazetteer, _normalise_surface
from pipeline.extract.sentences import Sentence, split_sentences
from pipeline.sources import parse_record, split_records
from pipeline.sources.jsonl import parse_json_article
from pipeline.sources.raw import InvalidArticle
from tests.support import REPO

# The patterns of which one must match a sentence before its detector can find anything in it:
# policy `_triggers` (`_ANY_TRIGGER` is their union) and the named measures of `_nominal_signals`,
# calls `_cues`, elections `_election_in` (its election words) and `_investiture_in`.
ENTRY_PATTERNS = {
    "POLICY_SIGNAL": [pattern for _, pattern in policy._TRIGGERS] + [
        policy._MEASURE_NOUN_BY, policy._POSSESSIVE_MEASURE, policy._BACKED_MEASURE, policy._TAKES_EFFECT],
    "DIPLOMATIC_CALL": [calls._PHONE, calls._SPOKE, calls._VISIT, calls._SUMMIT, calls._MEETING, calls._RECEIVE,
                        calls._GATHERING, calls._TOLD, calls._SIGNED],
    "ELECTION": [elections._ELECTION_WORD, elections._INVESTITURE],
}
ENTRIES = [(kind, pattern) for kind, patterns in ENTRY_PATTERNS.items() for pattern in patterns]


def test_every_kind_declares_cues_and_names_its_entry_patterns():
    assert set(ENTRY_PATTERNS) == set(KINDS)
    assert all(KINDS[kind].cues for kind in KINDS)


# By construction ---------------------------------------------------------------------------------

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def uncovered_ways(pattern: re.Pattern, covered) -> set[tuple[str, ...]]:
    """The ways through `pattern` none of whose runs is `covered(run)`, each as the runs it holds. A
    run: letters from a word start on, with single spaces, hyphens and apostrophes between words
    ("took office", "run-off"), as every match of that way holds them. Empty: every match of the
    pattern holds a covered run."""
    return _walk(list(sre_parse.parse(pattern.pattern, pattern.flags).data), True, "", (), covered)


def _word(letter: str) -> bool:
    return letter.isalnum() or letter == "_"


def _nonword_class(av) -> bool:
    """A class of white space and punctuation only: a word starts after it."""
    return all(op is sre.CATEGORY and a is sre.CATEGORY_SPACE or op is sre.LITERAL and not _word(chr(a))
               for op, a in av)


def _ends_nonword(items) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if op is sre.LITERAL:
        return not _word(chr(av))
    if op is sre.IN:
        return _nonword_class(av)
    if op is sre.CATEGORY:
        return av is sre.CATEGORY_SPACE
    if op in _REPEATS:
        return _ends_nonword(list(av[2].data))
    if op is sre.SUBPATTERN:
        return _ends_nonword(list(av[3].data))
    if op is sre.BRANCH:
        return all(_ends_nonword(list(branch.data)) for branch in av[1])
    return False


def _walk(items, boundary: bool, run: str, runs: tuple, covered) -> set:
    """`boundary`: a word may start at the next letter; `run`: the run being read."""
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is sre.LITERAL and (run or boundary) and (_word(chr(av)) or run and chr(av) in " -'’"):
            run += chr(av).lower()
            i += 1
            continue
        if op is sre.SUBPATTERN:
            items = items[:i] + list(av[3].data) + items[i + 1:]
            continue
        if op is sre.BRANCH:
            return set().union(*(_walk(list(branch.data) + items[i + 1:], boundary, run, runs, covered)
                                 for branch in av[1]))
        if op in (sre.ASSERT, sre.ASSERT_NOT):  # zero width: a look-around only narrows the matches
            i += 1
            continue
        if op in _REPEATS:
            low, high, sub = av
            sub = list(sub.data)
            # once through it, or not at all; a run goes on past a part that cannot repeat
            end = [] if high == 1 else [(None, _ends_nonword(sub))]
            found = _walk(sub + end + items[i + 1:], boundary, run, runs, covered)
            if low == 0:
                found |= _walk(items[i + 1:], boundary, run, runs, covered)
            return found
        if run:  # the run ends here
            ended = run.rstrip(" -'’")
            if covered(ended):
                return set()
            runs, run, boundary = runs + (ended,), "", False
        if op is None:  # the end of one pass through a part that may repeat
            boundary = av
        elif op is sre.AT:
            boundary = boundary or av in (sre.AT_BOUNDARY, sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        elif op is sre.LITERAL:
            boundary = not _word(chr(av))
        else:  # a class, any character, a category
            boundary = (op is sre.IN and _nonword_class(av)) or (op is sre.CATEGORY and av is sre.CATEGORY_SPACE)
        i += 1
    if run:
        ended = run.rstrip(" -'’")
        if covered(ended):
            return set()
        runs += (ended,)
    return {runs}


def covered_by(cues):
    """Whether a run holds one of `cues` at one of its word starts."""
    def covered(run: str) -> bool:
        starts = [0] + [match.end() for match in re.finditer(r"[ \-'’]", run)]
        return any(run.startswith(cue, start) for start in starts for cue in cues)
    return covered


@pytest.mark.parametrize("kind, pattern", ENTRIES, ids=[f"{k}:{p.pattern[:30]}" for k, p in ENTRIES])
def test_every_way_through_an_entry_pattern_holds_a_cue_of_its_kind(kind, pattern):
    uncovered = uncovered_ways(pattern, covered_by(KINDS[kind].cues))
    assert not uncovered, f"{kind}: add a cue for one word of each of {sorted(uncovered)[:10]}"


def test_the_walk_finds_what_a_cue_list_misses():
    covered = covered_by(("meet", "talk"))
    assert uncovered_ways(re.compile(r"\b(?:met|meets?|(?:held|had) (?:\w+ ){0,2}talks)\b"), covered) == {("met",)}
    assert not uncovered_ways(re.compile(r"\b(?:re-)?meet(?:s|ing)?\b", re.I), covered)
    assert uncovered_ways(re.compile(r"\b(?:took|takes) (?:the )?office\b"), covered_by(("took office",))) \
        == {("takes office",), ("takes the office",), ("took the office",)}
    assert uncovered_ways(re.compile(r"['’]s\s+(?:\w+\s+){0,2}?(?:proposal|ban)\b"), covered_by(("proposal",))) \
        == {("s", "ban")}


# Invented sentences ------------------------------------------------------------------------------

SCAN = scan_for(KINDS.values())


def cued(text: str) -> frozenset[str]:
    return SCAN.kinds_per_sentence([Sentence(text, 0, len(text))])[0]


@pytest.mark.parametrize("kind, pattern", ENTRIES, ids=[f"{k}:{p.pattern[:30]}" for k, p in ENTRIES])
def test_a_sentence_an_entry_pattern_matches_holds_a_cue_of_its_kind(kind, pattern):
    # Policy triggers are matched on the lower-cased text, the other patterns ignore case.
    matches = (lambda text: pattern.search(text.lower())) if kind == "POLICY_SIGNAL" and pattern in dict(
        (p, None) for _, p in policy._TRIGGERS) else pattern.search

    @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(getattr(pattern, "compiled", pattern)),  # (a `Prefiltered` pattern: its own)
           st.sampled_from(["", "Officials said ", "(", "The US "]),
           st.sampled_from(["", ".", " on Monday.", "s"]))
    def check(text, before, after):
        sentence = before + text + after
        if matches(sentence):
            assert kind in cued(sentence), sentence

    try:
        check()
    except Exception as error:  # a pattern hypothesis cannot generate from (look-arounds it cannot meet)
        if type(error).__name__ != "Unsatisfiable":
            raise


@pytest.mark.parametrize("sentence, kinds", [
    ("The weather was fine on Monday.", set()),
    ("Xi met Lee in Seoul.", {"DIPLOMATIC_CALL"}),
    ("Voters went to the polls.", {"ELECTION"}),
    ("Japan imposes tariffs on steel.", {"POLICY_SIGNAL"}),
    ("Canada has to decide.", {"POLICY_SIGNAL"}),  # a cue of two words
    ("The prime minister took office.", {"ELECTION"}),
    ("Officials of the office said so.", set()),  # "office" is a cue only in "took office" and the like
    ("Germany signed the treaty with France.", {"DIPLOMATIC_CALL", "POLICY_SIGNAL"}),
])
def test_the_scan_finds_each_kind_whose_cue_a_sentence_holds(sentence, kinds):
    assert cued(sentence) == kinds


def test_each_sentence_gets_its_own_cues_and_a_cue_at_a_sentence_start_counts():
    text = "meeting of the board.\nNo news here.\nThe vote"
    sentences = split_sentences(text)
    assert [set(k) for k in SCAN.kinds_per_sentence(sentences)] == [{"DIPLOMATIC_CALL"}, set(), {"ELECTION"}]


def test_a_text_whose_case_the_scan_cannot_follow_is_read_by_every_detector():
    # re.IGNORECASE matches "ſ" to "s" and the Kelvin sign to "k"; lower-casing does not.
    for text in ("The ſummit ended.", "No news here.\nThe \u212aing spoke."):
        assert SCAN.kinds_per_sentence(split_sentences(text)) == [frozenset(KINDS)] * len(split_sentences(text))


def test_the_scan_pickles_as_the_extractor_holding_it_did():
    sentences = split_sentences("Xi met Lee in Seoul. Voters went to the polls.")
    assert pickle.loads(pickle.dumps(SCAN)).kinds_per_sentence(sentences) == SCAN.kinds_per_sentence(sentences)


def test_a_cue_repeated_in_a_sentence_hides_no_longer_cue_after_it():
    """A sentence that already holds every kind of the cues a word start may begin is not matched there
    again (a run-on text repeats its words), but a longer cue of another kind still is."""
    scan = CueScan({"A": ("vow",), "B": ("vowel", "has to"), "C": ("has",)})
    text = "vow, vow and vow; a vowel. It has, has and has to go."
    sentences = [Sentence("vow, vow and vow; a vowel.", 0, 26), Sentence("It has, has and has to go.", 27, len(text))]
    assert scan.kinds_per_sentence(sentences) == [frozenset({"A", "B"}), frozenset({"B", "C"})]
    assert scan.kinds_per_sentence(sentences[:1] * 3) == [frozenset({"A", "B"})] * 3


def test_a_kind_without_cues_reads_every_sentence_and_a_bad_cue_is_refused():
    scan = CueScan({"A": ("meet",)}, everywhere=frozenset({"B"}))
    assert scan.kinds_per_sentence([Sentence("No news.", 0, 8)]) == [frozenset({"B"})]
    with pytest.raises(ValueError):
        CueScan({"A": ("Meet",)})
    with pytest.raises(ValueError):
        CueScan({"A": (" meet",)})



def _kinds_found_by_the_pattern_everywhere(scan: CueScan, sentences) -> list[frozenset[str]]:
    """What `kinds_per_sentence` gives, from the cue pattern searched at every position of the
    joined text (the engine's own `finditer`), with no automaton choosing where."""
    joined = "\n".join(sentence.text for sentence in sentences)
    if any(letter in joined for letter in _CASE_FOLDS_APART):
        return [scan.kinds] * len(sentences)
    starts, at = [], 1
    for sentence in sentences:
        starts.append(at)
        at += len(sentence.text) + 1
    found = [set(scan.everywhere) for _ in sentences]
    for match in scan._pattern.finditer("\n" + joined.lower()):
        cue = match.group(1)
        found[bisect.bisect_right(starts, match.start(1)) - 1].update(
            scan._kinds_of.get(cue) or scan._kinds_of[_normalise_surface(cue)])
    return [frozenset(kinds) for kinds in found]


def test_the_scan_tries_its_pattern_wherever_it_can_match():
    # Tried only where a cue's first letters begin: the kinds of the pattern searched everywhere, on
    # every text of the repository and on texts of cue-like words run together, split and spelt apart.
    rng = random.Random(14)
    words = [*(cue for kind in KINDS.values() for cue in kind.cues), "the", "Meet", "vote's", "re-elect", "_talk",
             "2talks", "summit-", "ﬁnal", "ÉLECTION", "x"]
    texts = [article.text for article in repository_articles()]
    texts += ["".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "-", "’", "'", "", ".", "\t", "é"])
                      for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    for text in texts:
        sentences = split_sentences(text)
        assert SCAN.kinds_per_sentence(sentences) == _kinds_found_by_the_pattern_everywhere(SCAN, sentences), text


# Every text of the repository --------------------------------------------------------------------

def repository_articles():
    """The articles of the corpora, the eval/dev and eval/train gold files, the seeds and the input
    fixtures, as the pipeline reads them."""
    for path in sorted((REPO / "corpora").glob("*.jsonl")):
        yield from (parse_json_article(line, str(path)) for line in path.read_bytes().splitlines() if line.strip())
    for folder in ("dev", "train"):
        for path in sorted((REPO / "eval" / folder).glob("*.gold.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield parse_json_article(json.dumps(json.loads(line)["article"]).encode(), str(path))
    inputs = [*sorted((REPO / "seeds").glob("*.txt")),
              *sorted(p for p in (REPO / "tests" / "fixtures" / "inputs").iterdir()
                      if p.suffix not in (".md", ".py"))]
    for path in inputs:
        with path.open("rb") as stream:
            for record in split_records(str(path), stream):
                try:
                    yield parse_record(record)
                except InvalidArticle:
                    continue


@pytest.mark.parametrize("shortcut", ["gated", "lazy"])  # the candidate gate; the analysis found when asked
def test_each_shortcut_of_the_extractor_gives_the_mentions_of_the_full_work_on_every_text_of_the_repository(shortcut):
    gazetteer = Gazetteer.load()
    fast, full = EventExtractor(gazetteer), EventExtractor(gazetteer, **{shortcut: False})
    articles = list(repository_articles())
    assert len(articles) > 800
    mentions = 0
    for article in articles:
        found = fast.extract(article)
        assert found == full.extract(article), article.article_id
        mentions += len(found)
    assert mentions > 300  # the comparison is of real findings
