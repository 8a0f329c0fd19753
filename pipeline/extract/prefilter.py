"""A compiled pattern searched only where one of its literal beginnings occurs: the same matches,
found several times faster.

Python's regex engine skips quickly to where a match can start only when the pattern begins with
a literal, and then only by its first character; a pattern that begins with `\\b`, a look-around
or a wide alternation (the detectors' trigger unions: "impos", "slap", "sign", ... "will") has it
enter its matcher at almost every position and try every alternative there. `Prefiltered` reads
the pattern's own parse tree for the strings of up to `PREFIX_CHARS` characters that every match
begins with, finds all of them in one pass of an Aho-Corasick automaton (ahocorasick-rs, in
Rust: `AUTOMATON`), keeps those at a word start when the pattern begins with `\\b`, and runs the pattern itself
(`match`) only there. Every match of the pattern begins with one of those strings, so the positions skipped
hold none, and the match found at a position is the one the pattern's own search finds there:
`search` and `finditer` give the very matches of the pattern (tests/unit/test_prefilter.py compares
them on every sentence of the repository's texts and on random text). A match that may begin with
a narrow character class ("\\d+%", "(?-i:[A-Z])[a-z]+s approve") is looked for where a character of
that class is, found by a pattern of those classes (`_class_starts`). A pattern whose beginnings
cannot all be spelt (one that may begin with a wide class such as a word character, or has too many)
is searched as it is; so is a text holding a letter that case-insensitive matching reads as an
ASCII letter though lower-casing does not give it (`FOLDS_APART`).
"""

from __future__ import annotations

import bisect
import re
from re import _constants as C  # noqa: N812  (the engine's own parse tree: the exact source of the beginnings)
from re import _compiler, _parser
from typing import Iterator, Sequence

import ahocorasick_rs

# The automaton's kind: a contiguous NFA, not a DFA. A sentence is scanned between stretches of
# Python work that push the automaton's tables out of the processor's caches, and a DFA's (a row of
# every character class for each state) is many times larger: a sentence of the detectors' scanner
# took 7 µs in a loop, 25 µs in the extractor and 102 µs with 8 MB touched before each scan, the
# contiguous NFA 9 and 35 µs in the same loops. (Either is a few times faster a character than
# pyahocorasick's trie, whose root holds ~50 letters.)
AUTOMATON = ahocorasick_rs.Implementation.ContiguousNFA
PREFIX_CHARS = 6  # longer beginnings are more selective, but more of them
_MAX_PREFIXES = 5_000
# A class a match may begin with is looked for as such when it holds at most this many of the ASCII
# characters, and no space (a digit, a capital); a wider one (a word character, white space) would
# have the pattern tried at almost every position: such a pattern is searched as it is.
_NARROW_CLASS = 36
_CLASS_MARK = "\x00"  # a beginning that is a class: this, then a character that says which (`_item`)
# Letters that re.IGNORECASE matches to an ASCII letter though lower-casing does not give it
# ("ſ" is "s", "ı" and "İ" are "i"; "İ" also lowers to two characters). A test checks every code point.
FOLDS_APART = frozenset("\u0130\u0131\u017f")
_Start = tuple[str, bool]  # the characters a match begins with; True: no more are spelt (a class came next, or enough)


class _Unspellable(Exception):
    pass


class Prefiltered:
    """`pattern`'s `search` and `finditer`, run only where one of its beginnings occurs. Any other
    attribute (`match`, `pattern`, `flags`, ...) is the pattern's own, and so is a match's `re`
    (compare it with `compiled`, not with this object). Build once per process.
    `texts`: what the pattern is searched in ("sentences", "articles"): the patterns searched in the
    same texts share one automaton, so that a text is scanned once for all of them."""

    def __init__(self, pattern: re.Pattern, texts: str = "sentences"):
        self.compiled = pattern
        self.match = pattern.match
        self._texts = texts
        beginnings = _beginnings(pattern)
        self._scanner = None
        if beginnings is not None:
            key = (texts, bool(pattern.flags & re.IGNORECASE))
            self._scanner = _SCANNERS.get(key) or _SCANNERS.setdefault(key, _Scanner(key[1]))
            self._slot = self._scanner.add(*beginnings)

    def __getattr__(self, name: str):
        if name == "compiled":  # not set yet (an object being unpickled): no recursion
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self):
        return Prefiltered, (self.compiled, self._texts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        starts = self._candidates(text)
        if starts is None:
            return self.compiled.search(text, pos, endpos)
        match = self.match
        for index in range(bisect.bisect_left(starts, pos) if pos else 0, len(starts)):
            start = starts[index]
            if start >= endpos:
                return None
            found = match(text, start, endpos)
            if found is not None:
                return found
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else endpos
        starts = self._candidates(text)
        if starts is None:
            yield from self.compiled.finditer(text, pos, endpos)
            return
        # Every match holds a character (no beginning is empty), so the next match is looked for
        # where the last one ended, as the pattern's own finditer does. (The text's beginnings are
        # taken once: a generator read slowly would otherwise ask for them at every match.)
        match = self.match
        index, count = bisect.bisect_left(starts, pos) if pos else 0, len(starts)
        while index < count:
            start = starts[index]
            if start >= endpos:
                return
            found = match(text, start, endpos)
            index += 1
            if found is not None:
                yield found
                end = found.end()
                if index < count and starts[index] < end:  # (most often the next one starts after it)
                    index = bisect.bisect_left(starts, end, index)

    def _candidates(self, text: str) -> Sequence[int] | None:
        """Where a match may start, in text order; None: search the text with the pattern itself."""
        return None if self._scanner is None else self._scanner.starts(text, self._slot)


class _Scanner:
    """One automaton for the beginnings of the `Prefiltered` patterns of one case rule searched in
    the same texts: the detectors search several patterns in the same sentence, scanned once."""

    def __init__(self, ignorecase: bool):
        self.ignorecase = ignorecase
        self.slots: list[tuple[set[str], bool, int]] = []
        self.automaton = None  # built when first used after a pattern was added
        self.class_starts: dict[int, tuple[re.Pattern, int]] = {}  # by slot: its class starts, and before
        self.last: list[tuple[str, dict[int, list[int]] | None]] = []  # the last texts scanned, newest last
        self._text, self._found = None, None  # the text asked about last, and its beginnings

    def add(self, prefixes: set[str], at_word_start: bool, before: int, class_starts: re.Pattern | None) -> int:
        self.slots.append((prefixes, at_word_start, before))
        if class_starts is not None:
            self.class_starts[len(self.slots) - 1] = (class_starts, before)
        self.automaton, self.last, self._text, self._found = None, [], None, None
        return len(self.slots) - 1

    def starts(self, text: str, slot: int) -> Sequence[int] | None:
        if text is not self._text:  # (the detectors search several patterns in one sentence in a row)
            for scanned, found in reversed(self.last):
                if scanned is text:
                    break
            else:
                found = self._scan(text)
                self.last = [*self.last[-3:], (text, found)]
            self._text, self._found = text, found  # (the text is kept in `last` too: its id is not reused)
        found = self._found
        if found is None:
            return None
        if slot not in self.class_starts:
            return found.get(slot, _NONE)
        # Where one of its classes begins a match too: looked for only when the pattern is searched
        # (kept under the slot's negative, beside its beginnings).
        if ~slot not in found:
            class_starts, before = self.class_starts[slot]
            found[~slot] = sorted([*found.get(slot, _NONE), *(match.start() - before
                                                             for match in class_starts.finditer(text, before))])
        return found[~slot]

    def _scan(self, text: str) -> dict[int, list[int]] | None:
        """For each slot, where one of its beginnings occurs in `text` (at a word start if its
        pattern begins with \\b); None when the text must be searched with the patterns themselves."""
        haystack = text
        if self.ignorecase:
            if not text.isascii() and any(letter in text for letter in FOLDS_APART):
                return None
            haystack = text.lower()
            if len(haystack) != len(text):
                return None
        if self.automaton is None:
            self.automaton = _automaton(self.slots, self.ignorecase)
        automaton, owners = self.automaton
        found: dict[int, list[int]] = {}  # only the slots with a beginning in the text
        for index, start, _ in automaton.find_matches_as_indexes(haystack, overlapping=True):
            anywhere, at_word_start = owners[index]
            for slot, before in anywhere:
                if start >= before:
                    found.setdefault(slot, []).append(start - before)
            if at_word_start and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")):
                for slot in at_word_start:  # \b before a word character: none before it
                    found.setdefault(slot, []).append(start)
        for starts in found.values():
            starts.sort()  # (in the order their beginnings end; a start found twice is only tried twice)
        return found


def _automaton(slots: list[tuple[set[str], bool, int]], ignorecase: bool):
    """The automaton of every slot's beginnings, and for each beginning (by its index) the slots it
    begins: (slot, characters before the beginning) anywhere, and slots at a word start."""
    owners: dict[str, tuple[list, list]] = {}
    for slot, (prefixes, at_word_start, before) in enumerate(slots):
        for prefix in prefixes:
            owners.setdefault(prefix.lower() if ignorecase else prefix, ([], []))[at_word_start].append(
                slot if at_word_start else (slot, before))
    automaton = ahocorasick_rs.AhoCorasick(list(owners), implementation=AUTOMATON)
    return automaton, [(tuple(anywhere), tuple(at_word_start)) for anywhere, at_word_start in owners.values()]


_NONE: tuple[int, ...] = ()  # no beginning in the text
_SCANNERS: dict[tuple[str, bool], _Scanner] = {}  # by the texts searched and the case rule


def _beginnings(pattern: re.Pattern) -> tuple[set[str], bool, int, re.Pattern | None] | None:
    """The strings every match begins with, whether every match starts at a word start (a \\b
    before a word character), where a match starts before its beginning: 1 when the pattern
    begins with one character of a class (r"\\W" + a title: the beginning is the title's), else 0,
    and the pattern of the narrow classes a match may begin with instead of a string (None: none
    does). None when they cannot be spelt."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    classes: list[tuple[list, bool]] = []  # (a class's items, its case rule): each class a match may begin with
    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
        skipped = 1 if tree and tree[0][0] in (C.IN, C.ANY, C.NOT_LITERAL) else 0
        starts = _sequence(tree[skipped:], PREFIX_CHARS, ignorecase, ignorecase, True, classes)
    except _Unspellable:
        return None
    prefixes = {text for text, _ in starts if not text.startswith(_CLASS_MARK)}
    if "" in prefixes or len(prefixes) > _MAX_PREFIXES:
        return None
    # one that begins with another finds nothing more ("bann" after "ban")
    prefixes = {prefix for prefix in prefixes if not any(prefix[:end] in prefixes for end in range(1, len(prefix)))}
    word_first = all(prefix[0].isalnum() or prefix[0] == "_" for prefix in prefixes)
    at_word_start = not skipped and word_first and _at_word_boundary(tree)
    used = sorted({ord(text[1]) - _FIRST_CLASS for text, _ in starts if text.startswith(_CLASS_MARK)})
    class_starts = _class_starts([classes[index] for index in used], at_word_start, pattern.flags) if used else None
    return prefixes, at_word_start, skipped, class_starts


def openings(pattern: re.Pattern, length: int = 2) -> frozenset[str] | None:
    """The first `length` characters, as spelt, of every match of a case-sensitive `pattern` (a
    match at a position whose text opens otherwise is none), or None when they cannot all be spelt."""
    beginnings = None if pattern.flags & re.IGNORECASE else _beginnings(pattern)
    if beginnings is None or beginnings[2] or beginnings[3] is not None \
            or any(len(prefix) < length for prefix in beginnings[0]):
        return None
    return frozenset(prefix[:length] for prefix in beginnings[0])


_FIRST_CLASS = 0xE000  # (a private-use character after _CLASS_MARK: the class's index, counted from it)


def _class_starts(classes: list[tuple[list, bool]], at_word_start: bool, flags: int) -> re.Pattern:
    """A pattern matching one character of any of `classes` (each under its own case rule), after
    a word boundary when every match of the pattern starts at one."""
    state = _parser.State()
    alternatives = [_parser.SubPattern(state, [(C.SUBPATTERN, (None, re.IGNORECASE if ignorecase else 0, 0,
                                                               _parser.SubPattern(state, [(C.IN, items)])))])
                    for items, ignorecase in classes]
    tree = [(C.AT, C.AT_BOUNDARY)] if at_word_start else []
    tree.append((C.BRANCH, (None, alternatives)) if len(alternatives) > 1 else alternatives[0][0])
    return _compiler.compile(_parser.SubPattern(state, tree), flags & ~re.IGNORECASE)


def _sequence(items: list, room: int, ignorecase: bool, base_ignorecase: bool, first: bool,
              classes: list) -> set[_Start]:
    """The beginnings (of up to `room` characters) of the matches of a sequence of parse items.
    `first`: nothing of the match is spelt before the sequence (a class there may be looked for:
    `classes` gathers it)."""
    found: set[_Start] = {("", False)}
    for op, av in items:
        grown: set[_Start] = {start for start in found if start[1]}
        for text, closed in found:
            if closed:
                continue
            for more, more_closed in _item(op, av, room - len(text), ignorecase, base_ignorecase, first and not text,
                                           classes):
                joined = text + more
                grown.add((joined, more_closed or len(joined) >= room))
        found = grown
        if len(found) > _MAX_PREFIXES:
            raise _Unspellable
        if all(closed for _, closed in found):
            break
    return found


def _item(op, av, room: int, ignorecase: bool, base_ignorecase: bool, first: bool, classes: list) -> set[_Start]:
    if op is C.LITERAL:
        # a letter whose case rule differs from the pattern's (an inline flag) ends what is spelt
        # (under IGNORECASE only an ASCII character, whose case variants `FOLDS_APART` completes)
        if ignorecase != base_ignorecase or (ignorecase and not chr(av).isascii()):
            return {("", True)}
        return {(chr(av), False)}
    if op is C.IN and first and _narrow(av, ignorecase):
        classes.append((av, ignorecase))  # a match may begin with one of its characters
        return {(_CLASS_MARK + chr(_FIRST_CLASS + len(classes) - 1), True)}
    if op in (C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY):
        return {("", True)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", False)}  # zero width: the pattern itself checks it where it runs
    if op is C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags & re.IGNORECASE:
            ignorecase = True
        if del_flags & re.IGNORECASE:
            ignorecase = False
        return _sequence(list(sub), room, ignorecase, base_ignorecase, first, classes)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av), room, ignorecase, base_ignorecase, first, classes)
    if op is C.BRANCH:
        return set().union(*(_sequence(list(alternative), room, ignorecase, base_ignorecase, first, classes)
                             for alternative in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        one_copy = {}  # (room left, first) -> the beginnings of one copy
        copies: set[_Start] = {("", False)}  # the beginnings of `count` copies
        union: set[_Start] = set()
        for count in range(200):
            if count >= low:
                union |= copies
            if count >= high:
                return union
            grown = {start for start in copies if start[1]}
            for text, closed in copies:
                if closed:
                    continue
                key = (room - len(text), first and not text)
                if key not in one_copy:
                    one_copy[key] = _sequence(list(sub), key[0], ignorecase, base_ignorecase, key[1], classes)
                for more, more_closed in one_copy[key]:
                    joined = text + more
                    grown.add((joined, more_closed or len(joined) >= room))
            if grown == copies and count >= low:
                return union  # more copies begin no other way
            copies = grown
            if len(copies) > _MAX_PREFIXES:
                raise _Unspellable
        raise _Unspellable
    raise _Unspellable  # back-references, conditionals


def _narrow(items: list, ignorecase: bool) -> bool:
    """Whether a class holds few of the ASCII characters and no space (`_NARROW_CLASS`)."""
    one = _compiler.compile(_parser.SubPattern(_parser.State(), [(C.IN, items)]), re.IGNORECASE if ignorecase else 0)
    held = [code for code in range(128) if one.match(chr(code))]
    return len(held) <= _NARROW_CLASS and not any(chr(code).isspace() for code in held)


def _at_word_boundary(items: list) -> bool:
    """Whether every match of the sequence begins at a \\b (before its first character)."""
    for op, av in items:
        if op is C.AT:
            if av is C.AT_BOUNDARY:
                return True
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.BRANCH:
            return all(_at_word_boundary(list(alternative)) for alternative in av[1])
        if op is C.SUBPATTERN:  # (under an inline ASCII flag \\b reads other word characters)
            return not av[1] & re.ASCII and _at_word_boundary(list(av[3]))
        return False
    return False
