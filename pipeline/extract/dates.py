"""Dates of events in English news, resolved against the article's publication date.

Beam-free. Three steps, each usable on its own:

- `find_date_expressions(sentence)`: the temporal expressions of a sentence ("on Tuesday",
  "last week", "June 3, 2025", "in 2017"), found by one precompiled grammar run only around
  head words (a month, a weekday, "week", "yesterday", a year...) that a quicker pattern finds;
- `resolve_date(words, published, future)`: one expression's calendar date and precision
  (`DAY`, `WEEK`, `MONTH`, `YEAR`, or `UNKNOWN` when it cannot be resolved);
- `date_of_sentence(sentence, published)`: the date of the event the sentence reports.

The rules follow EVENTS.md ("Fields common to every event"): weeks resolve to their Monday,
months and years to their first day; a bare weekday or month is the latest one not after
publication unless the sentence speaks of the future or the date is one something is scheduled,
set, due or expected for ("is scheduled for July 24", "called an election for March 3"); without
a publication date a relative expression stays unresolved (date None, `UNKNOWN`) but keeps its
words.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from typing import Callable, Iterator

DAY = "DAY"
WEEK = "WEEK"
MONTH = "MONTH"
YEAR = "YEAR"
UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class DateExpression:
    """A temporal expression as it appears in a sentence.

    `text` is the words as written, a leading preposition or modifier included ("on Tuesday",
    "Late on Sunday", "in early June"); `start` and `end` are offsets into the sentence, so
    `sentence[start:end] == text`.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date with the precision the words give it.

    `date` is the day, or the first day of the week, month or year; None with precision
    `UNKNOWN` when the words cannot be resolved. `text` is the words that gave the date,
    "" when none did.
    """

    date: datetime.date | None
    precision: str
    text: str


UNRESOLVED = ResolvedDate(None, UNKNOWN, "")

# --- The grammar of temporal expressions -------------------------------------------------
#
# One pattern, compiled once, used both to find expressions in a sentence and to read one
# expression's words. Every repeated piece is a bounded literal alternation and whitespace
# runs are capped at three characters, so a match attempt does bounded work at each position
# and no input can make the search backtrack catastrophically.

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_SPACE = r"\s{1,3}"


def _words(*words: str) -> str:
    """An alternation of lower-case words that also match capitalised, as at the start of a
    sentence ("On Monday", "Last week"). Case-sensitive matching is several times faster than
    re.IGNORECASE here and keeps "may" and "march" from reading as months."""
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) + ")"


_PREPOSITION = _words(
    "on", "in", "since", "by", "until", "till", "from", "for", "during", "before", "after",
    "at", "over", "throughout", "through",
)
# Words that narrow a date without moving it: "early June", "late on Sunday", "mid-2017",
# "earlier this week", "by the end of the year".
_MODIFIER = (
    rf"(?:{_words('mid')}-|{_words('mid', 'earlier', 'early', 'later', 'late')}{_SPACE}"
    rf"|(?:{_words('the')}{_SPACE})?{_words('start', 'beginning', 'end', 'middle')}{_SPACE}of{_SPACE})"
)
# The last word says the direction: "this past week" is last week, "the coming week" next week.
# Not "the next": "the next year" mostly counts from the story's events, not from publication.
_DEIXIS = (
    rf"(?:{_words('this')}{_SPACE}(?:past|coming)|{_words('the')}{_SPACE}(?:last|past|previous|coming)"
    rf"|{_words('last', 'past', 'previous', 'next', 'coming', 'this')})"
)
_THE = _words("the")
# Month and weekday names only capitalised: "may" and "march" are also verbs. Abbreviations
# only next to a day number ("Jan. 6"), where they cannot be anything else.
_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_OR_ABBREVIATION = rf"(?:{_MONTH}|(?:{_MONTH_ABBREVIATIONS})\.?)"
_WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_OPTIONAL_WEEKDAY = rf"(?:{_WEEKDAY},?{_SPACE})?"
# A span of days is dated by its first: "the Dec. 1-2 elections", "on 14–15 March".
_DAY_RANGE_END = r"(?:[-–]\d{1,2}(?:st|nd|rd|th)?(?!\d))?"
_COUNT = rf"""(?:{_words("an", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "eleven", "twelve")}|\d{{1,3}})"""
# A number that counts or describes something is followed by a lower-case word other than a
# function word ("over 1800 people", "a 2017 fallout"), or it is a clock time ("1800 UTC");
# a year reads "in 2017, the ...", "in 2017 and 2018", "the 2026 United Nations conference".
_NOT_A_YEAR_AFTER = (
    r"(?!\s{1,3}(?:UTC|GMT|hours|hrs"
    r"|(?!(?:the|a|an|and|or|but|when|while|after|before|as|to|that|with|in|on|at|by|for|of"
    r"|from|until|was|were|is|are|has|had|have|he|she|it|they|we|its|their|his|her)\b)[a-z]))"
)

_EXPRESSION = re.compile(
    rf"""
    (?<![\w-])
    (?:(?P<preposition>{_PREPOSITION}){_SPACE})?
    (?P<modifier>{_MODIFIER})?
    (?:{_PREPOSITION}{_SPACE})?
    (?:
        (?P<iso_year>\d{{4}})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)
      | (?<![$£€#/])(?P<year>(?:1[89]|20)\d\d){_NOT_A_YEAR_AFTER}
      | {_OPTIONAL_WEEKDAY}(?P<md_month>{_MONTH_OR_ABBREVIATION}){_SPACE}
        (?P<md_day>\d{{1,2}}){_ORDINAL}(?!\d){_DAY_RANGE_END}(?:,?{_SPACE}(?P<md_year>\d{{4}}))?
      | {_OPTIONAL_WEEKDAY}(?:{_THE}{_SPACE})?(?P<dm_day>\d{{1,2}}){_ORDINAL}{_DAY_RANGE_END}{_SPACE}(?:of{_SPACE})?
        (?P<dm_month>{_MONTH_OR_ABBREVIATION})(?:,?{_SPACE}(?P<dm_year>\d{{4}}))?
      | (?P<my_month>{_MONTH}),?{_SPACE}(?P<my_year>\d{{4}})
      | (?:(?P<month_deixis>{_DEIXIS}){_SPACE})?(?P<month>{_MONTH})
      | (?P<weekend_deixis>{_DEIXIS}|{_THE}){_SPACE}weekend
      | (?:(?P<weekday_deixis>{_DEIXIS}){_SPACE})?(?P<weekday>{_WEEKDAY})(?:{_SPACE}{_PART_OF_DAY})?
        # "Thursday last week", "Monday of next week": that day of the week named.
        (?:{_SPACE}(?:of{_SPACE})?(?P<weekday_week>{_DEIXIS}){_SPACE}week(?![\w-]))?
      | (?P<day_word>{_words("yesterday", "today", "tonight", "tomorrow")})(?:{_SPACE}{_PART_OF_DAY})?
      | (?P<part_of_day_deixis>{_words("this", "last")}){_SPACE}{_PART_OF_DAY}
        # "the week" only after a modifier ("later in the week"): "in the year since" is a span.
      | (?P<unit_deixis>{_DEIXIS}|(?(modifier){_THE}|(?!))){_SPACE}(?P<unit>week|month|year)
      | (?P<count>{_COUNT}){_SPACE}(?P<count_unit>day|week|month|year)s?{_SPACE}ago
        # "earlier in the day": the day of the story, in news the day of publication.
      | (?P<same_day>{_words("earlier", "later")}){_SPACE}in{_SPACE}the{_SPACE}day
    )
    (?![\w-])
    """,
    re.VERBOSE,
)

# Every expression holds at least one head word: a month or weekday name, "week", "weekend",
# "yesterday", "night", "ago", a year. Heads are found by a pattern five times
# faster than the grammar, and the grammar only runs around them: from _LONGEST_LEAD
# characters before a head (at most 67 in the grammar above: "throughout the beginning of
# in the previous", or "... the 31st of" before a month) to _LONGEST_TAIL after it (" 31st,").
_HEAD = re.compile(
    rf"""(?<!\w)(?:{_MONTH_OR_ABBREVIATION}|{_WEEKDAY}
        |{_words("yesterday", "today", "tonight", "tomorrow")}
        |weekend|week|month|year|day|{_PART_OF_DAY}|ago|(?:1[89]|20)\d\d)(?!\w)""",
    re.VERBOSE,
)
_LONGEST_LEAD = 80
_NAME_GOES_ON = re.compile(r"\s[A-Z][a-z]")
_LONGEST_TAIL = 10

# Month and weekday names and abbreviations in any case, to normalise an expression's words.
_CALENDAR_NAME = re.compile(
    rf"\b(?:{'|'.join(_MONTH_NAMES + _WEEKDAY_NAMES)}|{_MONTH_ABBREVIATIONS})\b", re.IGNORECASE
)

# --- Tense ---------------------------------------------------------------------------------

_FUTURE_MARKER = re.compile(
    rf"""
    (?<![\w-])(?:
        {_words("will")}(?<![Tt]he\s[Ww]ill)(?<!political\s[Ww]ill)  # not "the will of the people"
      | {_words("shall")} | {_words("won")}['’]t
      | {_words("is", "are", "am")}{_SPACE}
        (?:(?:set|due|expected|scheduled|slated|poised|going|about){_SPACE})?
        to(?={_SPACE}(?!(?:the|a|an|his|her|its|their)\b)\w)  # not "due to the rain"
      | {_words("scheduled", "slated", "set", "planned", "pencilled", "penciled", "due", "expected")}{_SPACE}for
      | {_words("due", "expected")}{_SPACE}(?:on|in)(?={_SPACE}(?:{_WEEKDAY}|{_MONTH}|\d|early|mid|late|the{_SPACE}(?:week|month|year)))
      | {_words("expected", "plans", "planning", "intends", "aims", "hopes", "hoping")}{_SPACE}to
        # "elections to be held on 3 March", "a summit to take place in June"
      | (?<!first\s)(?<!last\s)to{_SPACE}(?:be{_SPACE}(?:held|staged|convened)|take{_SPACE}place)
        (?={_SPACE}(?:(?:on|in|from){_SPACE})?(?:{_WEEKDAY}|{_MONTH}|\d|next|later))  # not "held in contempt"
      | {_words("next")}{_SPACE}(?:week|month|year|weekend|{_WEEKDAY})
      | {_words("tomorrow", "upcoming")}
      | {_words("later")}{_SPACE}(?:this|today|in{_SPACE}the)
      | (?<=\w['’])ll
    )(?!\w)
    """,
    re.VERBOSE,
)
# Where a new clause with its own verb begins: "; ", ", but", "and is", ", which".
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s{1,3}(?:and|but|while|whereas|which|who|although|though)\b"
    r"|\b(?:and|but)\s{1,3}(?:(?:he|she|it|they|we)\s{1,3})?(?:is|are|was|were|has|have|had|will|would|shall)\b")
# "would" is a future only in reported speech ("said he would visit"), not in a hypothetical.
_WOULD = re.compile(rf"(?<!\w){_words('would')}(?!\w)")
_REPORTING_VERB = re.compile(
    rf"""(?<!\w)(?:{_words("said", "says", "told", "tells", "announced", "announces", "stated",
                           "declared", "declares", "added", "adds", "confirmed", "confirms",
                           "noted", "warned", "warns", "claimed", "insisted", "wrote", "tweeted",
                           "assured", "assures", "pledged", "vowed", "promised", "reiterated", "stressed",
                           "emphasised", "emphasized")}
                |{_words("according")}{_SPACE}to)(?!\w)""",
    re.VERBOSE,
)

# A date without a year that starts this soon after publication is read as upcoming even
# when no future tense marks it: "talks on 18 February" published on 16 February, "early
# June" published in mid-May. News gives the year for a date almost a year back.
_NEAR_FUTURE = datetime.timedelta(days=31)

# Any real day: lets an expression report its precision when there is no publication date.
_PLACEHOLDER_PUBLICATION = datetime.date(2000, 1, 1)

# From the finest precision to the coarsest; a date is more precise than another by this rank.
PRECISION_RANK = {DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3}
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_DAY_WORD_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


# --- Public functions ----------------------------------------------------------------------


def find_date_expressions(sentence: str) -> list[DateExpression]:
    """Every temporal expression of a sentence, in order and not overlapping.

    A leading preposition or modifier is part of the expression. Left out: a lone "May" (a
    verb and a name; "in May" is kept), numbers that look like years but count or describe
    something ("over 1800 people", "a 2017 fallout", "1800 UTC"; "in 2017, the" and "the
    2026 United Nations conference" are kept), and "the week" without a modifier.

    >>> [e.text for e in find_date_expressions("Xi spoke with Lee on Tuesday, a week after his win.")]
    ['on Tuesday']
    >>> find_date_expressions("Lee won last week.")
    [DateExpression(text='last week', start=8, end=17)]
    """
    return [DateExpression(m.group(), m.start(), m.end()) for m in _matches(sentence)]


def is_future_tense(sentence: str) -> bool:
    """Whether the sentence speaks of the future ("will meet", "is set to", "plans to",
    "scheduled for", "next week", "said he would").

    >>> is_future_tense("The two leaders will meet on Monday.")
    True
    >>> is_future_tense("The two leaders met on Monday.")
    False
    """
    return bool(_TenseMarks.of(sentence).marker_starts)


def resolve_date(
    expression: str, published: datetime.date | None, future: bool = False
) -> ResolvedDate:
    """The date one expression's words give, against the article's publication date.

    `expression` may carry a preposition or a modifier and be in any case ("on Tuesday",
    "Yesterday", "in early June"). `future` says the sentence speaks of the future: a bare
    weekday or date is then the next one on or after publication instead of the latest one
    not after it. A relative expression without a publication date, or words that are no
    date, give date None and precision UNKNOWN with the words kept.

    >>> resolve_date("on Tuesday", datetime.date(2025, 6, 11))
    ResolvedDate(date=datetime.date(2025, 6, 10), precision='DAY', text='on Tuesday')
    >>> resolve_date("last week", datetime.date(2025, 6, 11)).date
    datetime.date(2025, 6, 2)
    >>> resolve_date("on Tuesday", None)
    ResolvedDate(date=None, precision='UNKNOWN', text='on Tuesday')
    """
    text = expression.strip()
    match = _match_whole(text)
    if match is None:
        return ResolvedDate(None, UNKNOWN, text)
    day, precision = _read(match, published, future)
    return ResolvedDate(day, precision if day else UNKNOWN, text)


def date_of_sentence(sentence: str, published: datetime.date | None) -> ResolvedDate:
    """The date of the event a sentence reports.

    Rule: the most precise expression wins (DAY before WEEK before MONTH before YEAR), the
    first one among equals; the time of the event is usually the finest one given, while a
    year is mostly background ("a 2017 agreement"). Each expression is read as future when a
    future marker governs it (see `_TenseMarks.is_future_at`): "said on Monday he will" is a
    past Monday, "will meet on Monday" a coming one. Left out: the end of a span or a
    deadline ("a pause until April 2") and the day something takes effect ("starting
    September", "takes effect on August 1", "21 days after August 7"), which date a state
    of affairs, not the event. Without a publication date the chosen expression keeps its
    words with date None and precision UNKNOWN; UNRESOLVED when the sentence has no date.

    >>> date_of_sentence("Lee, who won in 2025, met Xi on Tuesday.", datetime.date(2025, 6, 11))
    ResolvedDate(date=datetime.date(2025, 6, 10), precision='DAY', text='on Tuesday')
    """
    return _finest_date(sentence, published, statement=False)


def refines(finer: ResolvedDate, coarser: ResolvedDate) -> bool:
    """Whether `finer` is a more precise date inside the period `coarser` names: "on Tuesday"
    inside "this week", "June 3" inside "in June", a day inside its year.

    >>> refines(resolve_date("on Tuesday", datetime.date(2025, 6, 11)), resolve_date("this week", datetime.date(2025, 6, 11)))
    True
    """
    if finer.date is None or coarser.date is None or finer.precision not in PRECISION_RANK \
            or coarser.precision not in PRECISION_RANK:
        return False
    if PRECISION_RANK[finer.precision] >= PRECISION_RANK[coarser.precision]:
        return False
    if coarser.precision == WEEK:
        return 0 <= (finer.date - coarser.date).days < 7
    if coarser.precision == MONTH:
        return (finer.date.year, finer.date.month) == (coarser.date.year, coarser.date.month)
    return finer.date.year == coarser.date.year


def date_of_statement(sentence: str, published: datetime.date | None, said_at: int | None = None) -> ResolvedDate:
    """The date a statement or an announcement the sentence reports was made: as
    `date_of_sentence`, but the dates of what is announced are left out too, those a future
    marker governs or that lie ahead in themselves ("later this week", "tomorrow"). EVENTS.md:
    a signal is dated when it was voiced, not when the measure takes effect. With `said_at`, the
    offset of the statement's own words, a cause told after them in a clause of its own is left
    out too ("France expels twelve diplomats after Algeria expelled French officials yesterday").

    >>> date_of_statement("Iran said on Sunday it will unveil a plan on Friday.", datetime.date(2025, 6, 11)).text
    'on Sunday'
    >>> date_of_statement("The tariffs will rise on Friday.", datetime.date(2025, 6, 11))
    ResolvedDate(date=None, precision='UNKNOWN', text='')
    """
    return _finest_date(sentence, published, statement=True, said_at=said_at)


def _finest_date(
    sentence: str, published: datetime.date | None, statement: bool, said_at: int | None = None
) -> ResolvedDate:
    tense = None
    best: tuple[datetime.date | None, str, str] | None = None
    texts_read = set()
    first_day = None  # of a statement: the first DAY date, kept while one of the saying is looked for
    for match in _matches(sentence):
        text = match.group()
        if text in texts_read:
            continue  # the same words again cannot beat their first reading
        texts_read.add(text)
        tense = tense or _TenseMarks.of(sentence)
        future = tense.is_future_at(match.start(), match.end()) or _AHEAD_OF_BEFORE.search(
            sentence, max(0, match.start() - 60), match.start()) is not None or _is_set_for(sentence, match)
        called_off = future and _CALLED_OFF.match(sentence, match.end(), match.end() + 80) is not None
        if future and not called_off and _SET_IN_THE_PAST_BEFORE.search(sentence, max(0, match.start() - 40),
                                                                         match.start()):
            future = False  # "the vote was scheduled for July 24": a plan told in the past, as a past day
        day, precision = _read(match, published, future)
        if called_off and published:
            # "elections set for February were delayed": the day it was set for may have passed or
            # not; the nearer reading to publication is the likelier.
            past = _read(match, published, False)[0]
            if day and past and abs((past - published).days) < abs((day - published).days):
                day = past
        if future and precision == DAY and published and tense.reported_would_before(match.start()):
            # "Xi said on Monday he would visit on Thursday": the Thursday after that Monday.
            said_on = _day_of_saying(sentence, published)
            if said_on is not None and said_on < published:
                day = _read(match, said_on, True)[0]
        if precision == UNKNOWN or (best is not None and PRECISION_RANK[precision] >= PRECISION_RANK[best[1]]
                                    and not (first_day is not None and precision == DAY)):
            continue
        if _dates_a_state_of_affairs(sentence, match):
            continue
        if statement and (future or _lies_ahead(match) or (day and published and day > published)):
            continue
        if said_at is not None and _dates_a_later_cause(sentence, match, said_at):
            continue
        if statement and precision == DAY:
            # The day told with the verb of saying is the statement's: "Trump, who met Xi on
            # Thursday, said Monday ...", "told reporters in Brussels on Tuesday".
            if _tells_when_said(sentence, match):
                best = (day, precision, text)
                break
            if first_day is None:
                first_day = best = (day, precision, text)
            continue
        best = (day, precision, text)
        if precision == DAY:
            break  # nothing is finer, and the first among equals wins
    if best is None:
        return UNRESOLVED
    day, precision, text = best
    return ResolvedDate(day, precision if day else UNKNOWN, text)


# Verbs of saying, urging and announcing, in the past or present: a day told with one of them
# dates the statement.
_SAYING = (r"(?:said|says|told|tells|announced|announces|stated|declared|added|confirmed|noted|warned|urged|"
           r"pledged|vowed|promised|threatened|demanded|insisted|stressed|tweeted|wrote|called)")
# Between the verb and the day: whom it was told to ("told reporters"), then where or how ("in a
# statement", "at a news conference in Brussels"); not an object that has a day of its own ("said the
# talks on Tuesday").
_SAID_BEFORE = re.compile(
    rf"\b(?:{_SAYING}|told\s{{1,3}}(?:the\s{{1,3}})?[\w'’.-]+)"
    rf"(?:\s{{1,3}}(?:in|to|at|during|via|from)\s{{1,3}}(?:[\w'’.-]+\s{{1,3}}){{0,3}}?[\w'’.-]+)?\s{{1,3}}$")
_SAID_AFTER = re.compile(rf"\s{{1,3}}{_SAYING}\b")

# "sets 12 October as the date for the elections", "named Sunday as polling day": a day fixed for
# what is still to come.
_AS_THE_DAY_AFTER = re.compile(r",?\s{1,3}as\s{1,3}(?:the\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?(?:date|day)\b")
# "set the date of the vote as 12 October", "moved the date to March 3", "polling day is Sunday".
_THE_DAY_SET_BEFORE = re.compile(
    r"\b(?:date|day)(?:\s{1,3}(?:of|for)\s{1,3}(?:[\w'’-]+\s{1,3}){1,3}?[\w'’-]+)?\s{1,3}"
    r"(?:as|to|is|will\s{1,3}be)\s{1,3}$", re.IGNORECASE)
# What was set for a day and then called off or put off: "were delayed", "has been cancelled".
_CALLED_OFF = re.compile(
    r"[^.;:]*?\b(?:was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|is\s{1,3}being)\s{1,3}"
    r"(?:\w+ly\s{1,3})?(?:postponed|delayed|cancell?ed|called\s{1,3}off|put\s{1,3}off|pushed\s{1,3}back|suspended|"
    r"scrapped|scrubbed|deferred|moved|rescheduled)\b")
# A present "is" right before a date: "the vote is on Sunday".
_IS_BEFORE = re.compile(r"\b(?:is|are)\s{1,3}(?:(?:now|still|also)\s{1,3})?$")
# A plan told in the past: "the vote was scheduled for", "talks had been set for".
_SET_IN_THE_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had(?:\s{1,3}\w+ly)?\s{1,3}been)\s{1,3}(?:\w+ly\s{1,3})?(?:scheduled|set|slated|planned|due|expected)"
    r"\s{1,3}$",
    re.IGNORECASE)
# "Monday's attack", "Friday prayers": a possessive or a compound names an occasion, not the day
# something is set for.
_NAMES_AN_OCCASION = re.compile(
    r"['’]s?\b|\s{1,3}(?!(?:and|or|but|in|at|on|to|with|for|from|of|by|as|after|before|between|when|while|that"
    r"|the|a|an|was|were|is|are|has|had|have|will|would|next|this|amid|over|under|into|its|their|his|her)\b)[a-z]")


def _is_set_for(sentence: str, match: re.Match[str]) -> bool:
    """Whether a day is the one something is set for, which lies ahead whatever the tense of the
    setting: "called a snap election for March 3", "the vote for Sunday", "set 12 October as the
    date for the elections"."""
    if match.group("md_year") or match.group("dm_year") or match.group("iso_year"):
        return False
    names_a_day = bool(match.group("md_month") or match.group("dm_month") or match.group("weekday"))
    bare_month = bool(match.group("month")) and not match.group("month_deixis") and not match.group("modifier")
    if (match.group("preposition") or "").lower() in ("on", "in") and (names_a_day or bare_month) \
            and _IS_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) \
            and not _NAMES_AN_OCCASION.match(sentence, match.end()):
        return True  # "the vote is on Sunday", "the next election is in March": one occasion, still to come
    if not names_a_day or match.group("weekday_deixis") or match.group("weekday_week"):
        return False
    if (match.group("preposition") or "").lower() == "for" and not _NAMES_AN_OCCASION.match(sentence, match.end()):
        return True
    return _AS_THE_DAY_AFTER.match(sentence, match.end()) is not None or _THE_DAY_SET_BEFORE.search(
        sentence, max(0, match.start() - 60), match.start()) is not None


# "until April 2", "till Friday": the end of a span; "by October 31": a deadline.
_SPAN_END_PREPOSITIONS = frozenset({"until", "till", "by"})
# "ahead of Sunday's election", "ahead of talks on Friday": what lies ahead, whatever the tense.
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s{1,3}of\s{1,3}(?:[\w'’-]+\s{1,3}){0,3}$", re.IGNORECASE)
# A cause told in a clause of its own, with its own subject and past verb: "France expels twelve
# diplomats after Algeria expelled French officials yesterday", "in response to tariffs imposed
# last month". Its time is the cause's, not the announcement's. The verb follows a word that is no
# article ("a closed-door meeting on Monday" is a noun phrase, the same occasion).
_CAUSE_CLAUSE_BEFORE = re.compile(
    r"\S\s{1,3}(?:after|following|in\s(?:response|retaliation|reaction)\s(?:to|for)|in\sprotest\s(?:of|at|against|over))"
    r"\s[^;:,]{0,80}?\b(?!(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s)[\w'’.]+\s"
    r"(?:[a-z]{3,}(?<!hundr)(?<!ind)(?<!ne)(?<!spe)ed|was|were|had|began|took|made|met|won|held|struck|fell|came|went"
    r"|left|broke|sent|led|spoke|told|said|gave|saw|shot|hit|seized|drew|ran|chose|rose|brought|sought|fought|"
    r"threw|wrote|stole|froze|swore|beat|cut|put|set|quit|shut|bid)\b[^;:,]{0,80}$")
# After a statement, a phrase that tells what its object did or what it answers, up to the
# expression: a gerund after a preposition ("for providing weapons", "after seizing it"), a cause
# as a noun ("following clashes", "in response to the strikes", "over an agreement"; not "said
# after meeting Wang on Tuesday", the occasion of the words), a relative
# clause in the past ("which triggered", "that killed") or a participle after a noun ("an
# agreement signed with China", "tariffs imposed on India"). Not after an auxiliary: "has
# announced sanctions last week" is the statement itself.
_BACKGROUND_PHRASE_BEFORE = re.compile(
    r"\S\s{1,3}(?:"
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bspoke\s)(?:after|following|for|over|before)\s{1,3}[a-z]{3,}ing\b"
    r"|(?:following|amid|over|in\s(?:response|retaliation|reaction)\s(?:to|for))\s"
    r"|(?:which|that|who)\s{1,3}(?:had\s{1,3})?(?:[a-z]{3,}(?<!hundr)(?<!ind)(?<!ne)(?<!spe)ed|began|broke|won|took|"
    r"made|held|struck|came|went|left|sent|led|drew|ran|rose|brought|fought)\b"
    r"|(?<=[a-z]\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
    r"(?<!\bbeen\s)(?<!\bbe\s)(?:signed|imposed|adopted|passed|reached|struck|launched|introduced|carried\sout)\s"
    r")[^;:]{0,100}$")
# Right before an expression: it says when something starts to apply ("starting September",
# "effective Monday", "takes effect on August 1", "as of January"), or counts from it ("21 days
# after August 7").
_TAKES_EFFECT_BEFORE = re.compile(
    r"\b(?:starting|beginning|effective|as\s+of|(?:takes?|took|taking|go(?:es|ing)?|went|come|comes|coming|came|"
    r"enters?|entering|entered|put|putting)\s+(?:into\s+|in\s+)?(?:effect|force))\s{0,3}$",
    re.IGNORECASE,
)
# "since the war began in 2022": the start of a span that reaches the present.
_SPAN_BEGAN_BEFORE = re.compile(r"\bsince\b[^.;:!?]{0,50}\b(?:began|begun|started|erupted|broke\s+out)\s+$")
_COUNT_OF_UNITS_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety)\s+(?:days?|weeks?|months?)\s{1,3}$",
    re.IGNORECASE,
)


def _dates_a_state_of_affairs(sentence: str, match: re.Match[str]) -> bool:
    """Whether the expression dates how long something lasts or when it takes effect, not an event."""
    preposition = (match.group("preposition") or "").lower()
    if preposition in _SPAN_END_PREPOSITIONS or preposition == "since":
        return True  # "until April 2", "by October 31", "the first since 2022": a span's end or start
    if preposition in ("after", "before") and _COUNT_OF_UNITS_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
        return True  # "21 days after August 7"
    if _SPAN_BEGAN_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
        return True  # "since the war began in 2022"
    return bool(_TAKES_EFFECT_BEFORE.search(sentence, max(0, match.start() - 30), match.start()))


def _day_of_saying(sentence: str, published: datetime.date) -> datetime.date | None:
    """The day a sentence's words were said, when a day goes with its verb of saying and lies in
    the past ("said on Monday", "told reporters Tuesday"); else None."""
    for match in _matches(sentence):
        day, precision = _read(match, published, False)
        if precision == DAY and day is not None and day <= published and _tells_when_said(sentence, match):
            return day
    return None


def _tells_when_said(sentence: str, match: re.Match[str]) -> bool:
    """Whether the expression goes with a verb of saying: right after it, or after its object or a
    short phrase ("said Monday", "told reporters in Brussels on Tuesday", "said in a statement
    Tuesday"), or right before it ("on Monday announced")."""
    return bool(_SAID_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
                or _SAID_AFTER.match(sentence, match.end()))


def _dates_a_later_cause(sentence: str, match: re.Match[str], said_at: int) -> bool:
    """Whether the expression dates a cause told in a clause of its own after the statement at
    `said_at` ("... after Algeria expelled French officials yesterday"), or what the statement's
    object did or answers ("sanctions firms for providing weapons last week", "halts aid over an
    agreement signed earlier this year", "a clash which began two days ago"), not the statement."""
    # Searched from the statement on: a phrase before it ("in response to ...") must not hide one
    # after it ("... following an explosion earlier this month").
    cause = _CAUSE_CLAUSE_BEFORE.search(sentence, max(0, said_at, match.start() - 170), match.start())
    if cause is not None:
        return True
    background = _BACKGROUND_PHRASE_BEFORE.search(sentence, max(0, said_at, match.start() - 120), match.start())
    return background is not None


def _lies_ahead(match: re.Match[str]) -> bool:
    """Expressions that point forward by their own words: "later this week", "later in the day"."""
    return (match.group("modifier") or "").lower().startswith("later") or bool(match.group("same_day")
                                                                              and match.group("same_day").lower() == "later")


# --- Finding -------------------------------------------------------------------------------


def _matches(sentence: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in a sentence, in order: the expressions, with the groups that
    read them. Lazy, so that a caller who has what it needs stops the scan."""
    for window_start, window_end in _windows_around_heads(sentence):
        for match in _EXPRESSION.finditer(sentence, window_start, window_end):
            if match.group() == "May":  # a lone "May" is a verb or Theresa May; "in May" is kept
                continue
            if match.group() in _MONTH_NAMES and _NAME_GOES_ON.match(sentence, match.end()):
                continue  # a lone month before a capitalised word names something: "the July Charter"
            yield match


def _windows_around_heads(sentence: str) -> Iterator[tuple[int, int]]:
    """The stretches of a sentence that can hold an expression, in order, not overlapping."""
    window_start = window_end = -1
    for head in _HEAD.finditer(sentence):
        start = head.start() - _LONGEST_LEAD
        if start > window_end:
            if window_end >= 0:
                yield max(window_start, 0), window_end
            window_start = start
        window_end = head.end() + _LONGEST_TAIL
    if window_end >= 0:
        yield max(window_start, 0), window_end


def _match_whole(text: str) -> re.Match[str] | None:
    """The match of one expression's words: as written, in any case ("YESTERDAY", "june 3"),
    or a lone unit read as the current one ("week": MEANTIME annotates "the best week since
    November" that way)."""
    words = " ".join(text.split())
    normalised = _CALENDAR_NAME.sub(lambda name: name.group().capitalize(), words.lower())
    for form in (words, normalised, f"this {normalised}"):
        match = _EXPRESSION.fullmatch(form)
        if match:
            return match
    return None


# --- Tense ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TenseMarks:
    """Where a sentence marks the future and where it reports speech, as sorted offsets."""

    marker_starts: list[int]
    marker_ends: list[int]
    reporting_starts: list[int]
    clause_breaks: list[int]
    would_ends: frozenset[int] = frozenset()  # the ends of the markers that are a reported "would"

    @classmethod
    def of(cls, sentence: str) -> _TenseMarks:
        spans = [m.span() for m in _FUTURE_MARKER.finditer(sentence)]
        reporting_starts = [m.start() for m in _REPORTING_VERB.finditer(sentence)]
        would = []
        if reporting_starts:  # "would" only in reported speech
            would = [m.span() for m in _WOULD.finditer(sentence, reporting_starts[0])]
            spans += would
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] if spans else []
        return cls(
            sorted(start for start, _ in spans), sorted(end for _, end in spans), reporting_starts, breaks,
            frozenset(end for _, end in would),
        )

    def reported_would_before(self, start: int) -> bool:
        """Whether the nearest future marker before `start` is a reported "would" ("said on
        Monday he would visit on Thursday"): a future from the time of the saying."""
        before = bisect.bisect_right(self.marker_ends, start)
        return bool(before) and self.marker_ends[before - 1] in self.would_ends

    def is_future_at(self, start: int, end: int) -> bool:
        """Whether a future marker governs the expression at sentence[start:end].

        A reporting verb separates the time of the saying from the time of what is said: in
        "Trump said on Monday he will visit" and "On Monday, Trump said he will visit" Monday
        is past, in "Trump said he will visit on Monday" and "Talks on Monday will focus on
        trade" it is future. So a marker before the expression counts when no reporting verb
        stands between them, and a marker after it when no reporting verb precedes the
        marker. The nearest marker on each side decides, found by bisection so that a long
        sentence full of markers stays linear.
        """
        # A marker may end inside the expression: "scheduled for" and "for July 24" share "for".
        before = bisect.bisect_right(self.marker_ends, end)
        if before:
            nearest_end = self.marker_ends[before - 1]
            report = bisect.bisect_left(self.reporting_starts, nearest_end)
            cut = bisect.bisect_left(self.clause_breaks, nearest_end)
            in_its_clause = cut == len(self.clause_breaks) or self.clause_breaks[cut] >= start
            if in_its_clause and (report == len(self.reporting_starts) or self.reporting_starts[report] >= start):
                return True
        after = bisect.bisect_left(self.marker_starts, end)
        if after < len(self.marker_starts):
            nearest_start = self.marker_starts[after]
            # A marker in a clause of its own does not govern the expression: "won on Sunday and
            # is expected to form a government", "met on Monday; talks will resume".
            cut = bisect.bisect_left(self.clause_breaks, end)
            if cut < len(self.clause_breaks) and self.clause_breaks[cut] < nearest_start:
                return False
            return not self.reporting_starts or self.reporting_starts[0] >= nearest_start
        return False


# --- Reading -------------------------------------------------------------------------------


def _read(
    match: re.Match[str], published: datetime.date | None, future: bool
) -> tuple[datetime.date | None, str]:
    """The date and precision of a matched expression.

    The precision is the one the words give even when the date is None for want of a
    publication date; it is UNKNOWN when the date does not exist ("February 30").
    """
    group = match.group
    if (group("preposition") or "").lower() == "since":
        future = False  # "since January" looks back, even in "she will stay, as since January"
    if group("iso_year"):
        return _existing(int(group("iso_year")), int(group("iso_month")), int(group("iso_day")), DAY)
    if group("year"):
        return datetime.date(int(group("year")), 1, 1), YEAR
    if group("my_month"):
        return _existing(int(group("my_year")), _month_number(group("my_month")), 1, MONTH)
    explicit_year = group("md_year") or group("dm_year")
    if explicit_year:
        month = _month_number(group("md_month") or group("dm_month"))
        return _existing(int(explicit_year), month, int(group("md_day") or group("dm_day")), DAY)
    if published is None:
        # Relative: the words still tell the precision, which decides between expressions.
        return None, _read(match, _PLACEHOLDER_PUBLICATION, future)[1]

    if group("md_month") or group("dm_month"):
        month = _month_number(group("md_month") or group("dm_month"))
        day_of_month = int(group("md_day") or group("dm_day"))
        day = _in_nearby_year(
            lambda year: _date_or_none(year, month, day_of_month), published, published, future, None
        )
        return day, DAY if day else UNKNOWN
    if group("month"):
        month = _month_number(group("month"))
        day = _in_nearby_year(
            lambda year: datetime.date(year, month, 1),
            published,
            published.replace(day=1),
            future,
            _direction(group("month_deixis")),
        )
        return day, MONTH
    monday = published - datetime.timedelta(days=published.weekday())
    if group("weekday_week") and not group("weekday_deixis"):
        week_monday = _week_monday(published, monday, _direction(group("weekday_week")))
        return week_monday + datetime.timedelta(days=_WEEKDAY_NAMES.index(group("weekday"))), DAY
    if group("weekday"):
        return _weekday(published, monday, group("weekday"), group("weekday_deixis"), future), DAY
    if group("weekend_deixis"):
        return _weekend_saturday(published, monday, _direction(group("weekend_deixis")), future), DAY
    if group("day_word"):
        return published + datetime.timedelta(days=_DAY_WORD_OFFSETS[group("day_word").lower()]), DAY
    if group("same_day"):
        return published, DAY
    if group("part_of_day_deixis"):
        # "last night" is the evening before publication; "this morning" is publication day.
        back = 1 if group("part_of_day_deixis").lower() == "last" else 0
        return published - datetime.timedelta(days=back), DAY
    if group("unit"):
        return _unit(published, monday, group("unit").lower(), _direction(group("unit_deixis")))
    if group("count"):
        return _ago(published, _count(group("count")), group("count_unit").lower())
    return None, UNKNOWN  # (every alternative of the grammar is read above)


def _existing(year: int, month: int, day: int, precision: str) -> tuple[datetime.date | None, str]:
    """The date with its precision, or (None, UNKNOWN) when it does not exist."""
    date = _date_or_none(year, month, day)
    return date, precision if date else UNKNOWN


def _date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    """1 for "January", "Jan" or "Jan."; 9 for "Sept"."""
    prefix = name[:3].lower()
    return next(i for i, month in enumerate(_MONTH_NAMES, 1) if month[:3].lower() == prefix)


def _direction(deixis: str | None) -> int | None:
    """-1 for "last"/"the past"/"this past", 0 for "this"/"the", 1 for "next"/"the coming";
    None when there is no such word."""
    if deixis is None:
        return None
    last_word = deixis.split()[-1].lower()
    return {"this": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[last_word]


def _in_nearby_year(
    date_in: Callable[[int], datetime.date | None],
    published: datetime.date,
    reference: datetime.date,
    future: bool,
    direction: int | None,
) -> datetime.date | None:
    """Pick the year of a date given without one ("June 3", "October").

    `date_in(year)` is the date in a given year (None if it does not exist); `reference` is
    the publication day, or the first of its month when months are compared. "last"/"next"
    take the nearest one strictly before/after the reference, "this" the publication year.
    Otherwise the latest one not after the reference, unless the sentence is in the future
    tense or the next one starts within a month of publication: then the next one.
    """
    if direction == 0:
        return date_in(published.year)
    candidates = [d for d in map(date_in, range(published.year - 1, published.year + 2)) if d]
    if direction == -1:
        return max((d for d in candidates if d < reference), default=None)
    if direction == 1:
        return min((d for d in candidates if d > reference), default=None)
    upcoming = min((d for d in candidates if d >= reference), default=None)
    if upcoming and (future or upcoming - published <= _NEAR_FUTURE):
        return upcoming
    return max((d for d in candidates if d <= reference), default=None)


def _weekday(
    published: datetime.date,
    monday: datetime.date,
    name: str,
    deixis: str | None,
    future: bool,
) -> datetime.date:
    """The day a weekday name points to.

    Bare: the latest such day not after publication (the publication day itself included),
    or in the future tense the first one on or after it. "last"/"next": strictly before or
    after publication. "this": that day of the publication week (weeks start on Monday).
    """
    target = _WEEKDAY_NAMES.index(name.capitalize())
    days_back = (published.weekday() - target) % 7
    days_ahead = (target - published.weekday()) % 7
    direction = _direction(deixis)
    if direction == 0:
        return monday + datetime.timedelta(days=target)
    if direction == -1:
        return published - datetime.timedelta(days=days_back or 7)
    if direction == 1:
        return published + datetime.timedelta(days=days_ahead or 7)
    if future:
        return published + datetime.timedelta(days=days_ahead)
    return published - datetime.timedelta(days=days_back)


def _weekend_saturday(
    published: datetime.date, monday: datetime.date, direction: int, future: bool
) -> datetime.date:
    """The Saturday of the weekend meant. "last weekend" is the one before the publication
    week, "next weekend" the one after it; "the"/"this weekend" is the weekend of the
    publication week when that has begun or the sentence is future, else the one just past.
    """
    this_saturday = monday + datetime.timedelta(days=5)
    if direction == -1:
        return this_saturday - datetime.timedelta(days=7)
    if direction == 1:
        return this_saturday + datetime.timedelta(days=7)
    if future or published >= this_saturday:
        return this_saturday
    return this_saturday - datetime.timedelta(days=7)


def _unit(
    published: datetime.date, monday: datetime.date, unit: str, direction: int
) -> tuple[datetime.date, str]:
    """"last week" is the Monday of the previous week; months and years their first day."""
    if unit == "week":
        return _week_monday(published, monday, direction), WEEK
    if unit == "month":
        return _first_of_month(published, direction), MONTH
    return datetime.date(published.year + direction, 1, 1), YEAR


def _week_monday(published: datetime.date, monday: datetime.date, direction: int) -> datetime.date:
    """The Monday of the week `direction` weeks from the publication's. On a Sunday, "last week"
    is the working week that has just ended (Sunday papers and talk shows look back on it), not
    the one before it."""
    if direction == -1 and published.weekday() == 6:
        return monday
    return monday + datetime.timedelta(weeks=direction)


def _ago(published: datetime.date, count: int, unit: str) -> tuple[datetime.date, str]:
    """"a week ago" is the day seven days before publication; "two months ago" a month,
    "three years ago" a year."""
    if unit == "day":
        return published - datetime.timedelta(days=count), DAY
    if unit == "week":
        return published - datetime.timedelta(weeks=count), DAY
    if unit == "month":
        return _first_of_month(published, -count), MONTH
    return datetime.date(published.year - count, 1, 1), YEAR


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _first_of_month(day: datetime.date, months_later: int) -> datetime.date:
    """The first day of the month `months_later` months after `day`'s (negative: before)."""
    index = day.year * 12 + day.month - 1 + months_later
    return datetime.date(index // 12, index % 12 + 1, 1)
