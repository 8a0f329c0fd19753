"""An article analysed once for every detector: sentences, the places and people in each, its date,
and the "agents" (who can act: a state, an organisation, an official) in reading order.

Also the finding a detector returns (`Finding`) and the cues every detector shares: negation,
hypotheticals and background history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import Callable

from pipeline.extract.actors import PersonMention
from pipeline.extract.dates import UNRESOLVED, ResolvedDate, date_of_sentence
from pipeline.extract.gazetteer import PlaceMatch
from pipeline.extract.sentences import Sentence
from pipeline.records import Actor


@dataclasses.dataclass(unsafe_hash=True)  # (not frozen, though never changed: see `PlaceMatch`)
class Agent:
    """Someone who can act in an event, as mentioned in a sentence: a state or organisation by
    name ("China", "Beijing", "the EU"), or a person holding office for one."""

    code: str
    start: int  # offset in the article text (of the title for a person: "Chinese President ...")
    end: int
    person: PersonMention | None = None

    def actor(self, part: str) -> Actor | None:
        if self.person is None:
            return None
        return Actor(name=self.person.name, role=self.person.role, country=self.code, part=part)


# What a web page puts around its story: a photo caption that places people ("Xi (R) shakes hands
# with Lula") or credits a picture ("(AP Photo/J. Smith)", "REUTERS/", "Photo: AFP"), and a menu
# of links parted by bars ("Home | World | Business"). Captions restate the story's news at best.
# One pattern per character every match of it holds, each searched only when that character is in
# the sentence: one alternation of them all was entered at every position of every such sentence.
_PLACED_OR_CREDITED = re.compile(  # "("
    r"\((?:L|R|C|[LR]-[LR]|L to R|(?:[2-9](?:nd|rd|th)\s+)?(?:left|right|from left|from right)|[2-9](?:nd|rd|th) [LR]|"
    r"centre|center|front|back)\)|\((?:Photo|PHOTO|Picture):")
_AGENCY_PHOTO = re.compile(r"\b(?:AP|AFP|EPA|Reuters|REUTERS|Xinhua|Getty Images|File) ?(?:Photo|PHOTO)\b")  # "Photo", "PHOTO"
_AGENCY_SLASH = re.compile(r"\b(?:REUTERS|AFP|EPA)/")  # "/"
_CAPTION_OPENINGS = ("Photo:", "PHOTO:", "Picture:", "Caption:")
_MENU = re.compile(r"(?:\s\|\s[^|]{1,40}){2}\s\|\s")  # "|"


def is_page_furniture(text: str) -> bool:
    """Whether a sentence is a photo caption, a picture credit or a menu of links, not text of the story."""
    return ("(" in text and _PLACED_OR_CREDITED.search(text) is not None) \
        or (("Photo" in text or "PHOTO" in text) and _AGENCY_PHOTO.search(text) is not None) \
        or ("/" in text and _AGENCY_SLASH.search(text) is not None) \
        or text.startswith(_CAPTION_OPENINGS) \
        or ("|" in text and _MENU.search(text) is not None)


@dataclasses.dataclass
class AnalysedSentence:
    sentence: Sentence
    places: list[PlaceMatch]
    people: list[PersonMention]
    agents: list[Agent]
    published: dt.date | None  # the article's publication date, which relative dates count from
    paragraph: int = 0  # which paragraph of the article (blank lines part them), counted from 0
    # The event types whose cue words the sentence holds (`pipeline.extract.candidates`); None: not
    # scanned, every detector reads it.
    cued: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.cued != frozenset() and is_page_furniture(self.sentence.text):
            self.cued = frozenset()  # a caption or a menu reports no event: no detector reads it

    @classmethod
    def awaiting(cls, sentence: Sentence, published: dt.date | None, paragraph: int, cued: frozenset[str] | None,
                 analysis: Callable[[str], None]) -> AnalysedSentence:
        """A sentence whose places, people and agents are not found yet: `analysis(name)` finds
        what a detector first asks for ("places", or the people and agents with them) for every
        sentence of its article. Most articles' detectors rule every sentence out by its words alone
        and never ask, and many that ask for the places never need the people."""
        self = _AwaitingSentence.__new__(_AwaitingSentence)
        self.sentence, self.published, self.paragraph, self.cued = sentence, published, paragraph, cued
        self._analysis = analysis
        self.__post_init__()
        return self

    def set_places(self, places: list[PlaceMatch]) -> None:
        self.places = places

    def set_actors(self, people: list[PersonMention], agents: list[Agent]) -> None:
        """The people and agents of a sentence `awaiting` them, its places set before."""
        self.people, self.agents = people, agents
        self.__dict__.pop("_analysis", None)
        self.__class__ = AnalysedSentence  # (all found: read as a plain one's, see `_AwaitingSentence`)

    def forget_analysis(self) -> None:
        """Drop the analysis not asked for (it refers to every sentence of the article)."""
        self.__dict__.pop("_analysis", None)

    @functools.cached_property
    def date(self) -> ResolvedDate:
        """The sentence's date (`dates.date_of_sentence`), resolved when a detector first asks:
        most sentences report nothing, and dates are a sixth of the extractor's time."""
        return date_of_sentence(self.sentence.text, self.published)

    @property
    def text(self) -> str:
        return self.sentence.text

    def may_hold(self, event_type: str) -> bool:
        """False when the sentence holds none of the kind's cue words: its detector finds nothing
        in it, and skips it."""
        return self.cued is None or event_type in self.cued

    def local(self, offset: int) -> int:
        """An article offset as an offset into this sentence's text."""
        return offset - self.sentence.start

    def agents_between(self, start: int, end: int) -> list[Agent]:
        """Agents whose mention starts in [start, end) (sentence-local offsets)."""
        return [a for a in self.agents if start <= self.local(a.start) < end]


class read_once:  # noqa: N801  (a decorator, like `functools.cached_property`)
    """An attribute computed by the method when first read, then held by the instance: what
    `functools.cached_property` does, without the lock it takes at every first read in Python 3.11.
    (A class that defines `__getattr__` instead has every attribute read go through a slower path.)"""

    def __init__(self, method: Callable):
        self.method, self.name = method, method.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner: type | None = None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.method(instance)
        return value


def _awaited(name: str) -> read_once:
    """The attribute `name` of a sentence `awaiting` its analysis: found, for the whole article, when first read."""
    def found(sentence: AnalysedSentence):
        sentence._analysis(name)
        return sentence.__dict__[name]
    found.__name__ = name
    return read_once(found)


class _AwaitingSentence(AnalysedSentence):
    """An `AnalysedSentence` made by `awaiting`, until its analysis is found: `set_actors` makes it
    a plain one again, since an attribute that a descriptor of the class may stand for is read on
    CPython's slower path (3% of the extractor's time on the Wikinews corpus when kept)."""

    places = _awaited("places")
    people = _awaited("people")
    agents = _awaited("agents")


@dataclasses.dataclass(frozen=True)
class AnalysedArticle:
    published: dt.date | None
    sentences: list[AnalysedSentence]

    def may_hold(self, event_type: str) -> bool:
        """False when no sentence holds the kind's cue words: its detector finds nothing."""
        return any(sentence.may_hold(event_type) for sentence in self.sentences)


@dataclasses.dataclass
class Finding:
    """What a detector found in one sentence (or merged over several) of one article."""

    event_type: str
    key: tuple  # what makes two findings of one article the same event (EVENTS.md keys)
    details: dict  # the type's fields: participants/mode/host/status, country/stage/office/winner, ...
    actors: list[Actor]
    evidence: list[Sentence]
    date: ResolvedDate = UNRESOLVED
    confidence: float = 0.5
    # False when the sentence's tense takes no definite time ("has expressed"), so the event may
    # not borrow a date from another sentence.
    definite: bool = True
    # Where in its first evidence the detector read it (sentence-local), when that tells the
    # event's own clause from the rest of the sentence; None otherwise.
    said_at: int | None = None


# Cues shared by the detectors -------------------------------------------------------------------

NEGATION = re.compile(
    r"\b(?:not|never|no\s+(?:plans?|intention|need|reason|desire|interest|appetite|wish)|denied|denies|deny|refuted|without|neither|nor|n['’]t|"
    r"rejected (?:reports|claims)|false(?:ly)? claim)\b",
    re.IGNORECASE,
)
HYPOTHETICAL = re.compile(
    # ("may" in lower case only: "May" is the month, "the May 3 attack", or a name, "Theresa May")
    r"\b(?:if|unless|whether|would|could|might|(?-i:may|MAY)|should|hypothetical(?:ly)?|in case)\b", re.IGNORECASE
)
# A verb of saying: what follows it is reported speech, where "would" is the future told in the past
# ("The Kremlin said Putin would travel to China next week").
# ("reports" as a noun tells hearsay, no speech: "Amid reports that Trump would meet Kim", "Reports that
# Erdogan would visit Damascus were dismissed")
_REPORTS_NOUN_BEFORE = "".join(
    rf"(?<!\b{word} )" for word in ("amid", "despite", "following", "after", "with", "of", "on", "about", "the",
                                    "media", "press", "news", "unconfirmed", "earlier", "recent", "denied",
                                    "dismissed", "rejected", "were", "are", "and"))
REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|announced|announces|stated|states|told|confirmed|confirms|vowed|pledged|promised|warned|"
    rf"added|insisted|declared|indicated|signall?ed|hinted|hints|reported|(?<!^){_REPORTS_NOUN_BEFORE}reports|"
    r"according\s+to)\b", re.IGNORECASE)


# What an anniversary recalls: "Tuesday marks 30 years since Israel and Jordan signed their peace treaty",
# "the 75th anniversary of the establishment of ties", "Seven years after Trump and Kim shook hands in
# Singapore, ...", "a decade after Abiy flew to Asmara": the event told after it, in the same clause, is history.
_ANNIVERSARY_BEFORE = re.compile(
    r"\b(?:anniversary\s+of|(?:years|decades|a\s+year|a\s+decade)\s+(?:since|after))\s+[^,;:.!?]{0,100}$", re.IGNORECASE)


def recalled_by_anniversary(before: str) -> bool:
    """Whether the words before a cue make what it tells the event an anniversary or a count of years
    recalls, not news."""
    return _ANNIVERSARY_BEFORE.search(before) is not None


def hypothetical(before: str) -> bool:
    """Whether the words before a cue make what it tells a hypothesis (`HYPOTHETICAL`); "would" after a
    verb of saying reports a future instead ("said Biden would host Ruto next month")."""
    for match in HYPOTHETICAL.finditer(before):
        if match.group().lower() != "would" or not REPORTED_SPEECH.search(before, 0, match.start()):
            return True
    return False


# Background: history the article recalls, not news of its own time.
HISTORY = re.compile(
    r"\b(?:former|formerly|previously|ex-|late|in the past|back in|decades? ago|years? ago|"
    r"under (?:the )?(?:former|previous|then)|had been|was once|historically|since (?:the )?\d{4})\b",
    re.IGNORECASE,
)
# Words that say the speaker is not a government: analysts, journalists, legislators.
NON_GOVERNMENT_SPEAKER = re.compile(
    r"\b(?:analysts?|experts?|observers?|critics?|commentators?|journalists?|scholars?|"
    r"senators?|lawmakers?|legislators?|congressm[ae]n|congresswom[ae]n|MPs?|parliamentarians?|"
    r"congressional|(?:parliamentary|legislative)\s+delegations?|"
    r"opposition|rebels?|militants?|protesters?|activists?|compan(?:y|ies)|firms?)\b"
)
# The kinds of role (`Gazetteer.role_kind`) of officials who act and speak for their state or
# organisation in a contact or a statement (not legislators, governors or people with no known office).
ACTING_ROLE_KINDS = frozenset({"head_of_state", "head_of_government", "deputy_leader", "minister", "diplomat",
                               "spokesperson", "organisation_head"})
# A sentence opening with a person no office makes an agent, whom a later "He" refers to: a name in
# apposition ("Ilyas Ali Hassan, a member of the upper house,") or a name that speaks ("Swonger said").
OPENS_WITH_SOMEONE_ELSE = re.compile(
    r"(?:(?:On|Later|Earlier|Meanwhile|In\s+a\s+statement)\b[^,]{0,20},\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,\s+(?:a|an|the|head|chief|director|founder|president|spokesperson"
    r"|spokesman|spokeswoman)\b|(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?!(?:Officials|Analysts|Experts|Critics|Diplomats|Sources|Observers|Reports|They|He|She|It|We|I)\s)"
    r"[A-Z][\w'’-]+\s+(?:said|says|told|added|urged|warned|argued|wrote)\b)")
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|un|wn|ne)\b", re.I)
# A year, not a clock time ("at 7 p.m. (1900 UTC)", "1800 GMT", "at 2000 hours": Wikinews gives times so).
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?!\s{0,3}(?:UTC|GMT|hours|hrs|local\s+time|[A-Z]{1,2}[SD]T\b|CES?T\b|EES?T\b|(?:MSK|JST|KST|IST)\b))")


# Before a year, words that make it the start of a span reaching the present, not the time of
# what is told: "since 2014", "since the war began in 2022", "the crisis that started in 2019".
_SPAN_FROM_YEAR = re.compile(
    r"(?:\bsince\b[^.;:!?]{0,50}|\b(?:began|begun|started|erupted|broke\s+out|beginning|starting)\s+in\s+)"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?$")
# An opening that sets the story in an earlier year: "In 2023, the president ...".
_EARLIER_YEAR_OPENING = re.compile(
    r"\W{0,3}(?:In|Back\s+in|By|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)\b")
# Words that say the story goes back in time: "It was not long ago that ...".
_RECALLED = re.compile(
    r"\b(?:(?:it\s+)?was\s+not\s+(?:so\s+)?long\s+ago|not\s+(?:so\s+)?long\s+ago,|back\s+then|"
    r"at\s+the\s+time,\s|in\s+those\s+days|"
    # "In past bilateral tensions, Ankara has threatened ...", "in previous rounds of talks".
    r"\bin\s+(?:the\s+)?(?:past|previous|earlier)\s+(?:[a-z]+\s+)?(?:tensions|disputes|crises|standoffs|rows|"
    r"conflicts|rounds|talks|negotiations|decades|administrations|governments)\b|"
    # an era of the past: "during the Cold War", "in his first term" (a leader's earlier time in office)
    r"\b(?:during|in)\s+the\s+(?:Cold\s+War|Soviet\s+(?:era|times|period)|colonial\s+(?:era|period|rule)|"
    r"(?:First|Second)\s+World\s+War)\b|"
    r"\b(?:during|in)\s+(?:his|her|their|its)\s+(?:first|previous|earlier|last|former)\s+"
    r"(?:term|tenure|presidency|administration|stint|mandate)\b)", re.IGNORECASE)
# An opening (of a sentence or a clause) that sets the story years or months back without naming
# when: "Several years ago, Brazil ...", "Two decades earlier the country ...", "A few months ago,
# ...", "In the 1990s, ...", "Historically, ...", "In the past, ...". (Counted months, "two months
# ago", are dates: `is_stale` judges them.)
EARLIER_TIME_OPENING = re.compile(
    r"\W{0,3}(?:(?:(?:several|a\s+few|a\s+couple\s+of|many|some|only|just|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})\s+){1,2}(?:years|decades)\s+(?:ago|earlier)\b|"
    r"(?:(?:several|a\s+few|many|some)\s+months|years|months|decades|a\s+decade)\s+ago\b|"
    r"in\s+the\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d0s\b|"
    r"historically,|in\s+the\s+past,)", re.IGNORECASE)
_RECENT_ENOUGH = 45  # days after the end of an earlier year in which it can still be news


def old_year_mentioned(text: str, published: dt.date | None) -> bool:
    """True when the text recalls the past as background: it names a year well before
    publication ("a 2017 fallout"), opens in an earlier year ("In 2023, the leader ...") or
    says it goes back in time ("It was not long ago that ...", "Several years ago, ..."). A year
    that starts a span reaching the present ("since 2014", "since the war began in 2022") is no
    background."""
    if _RECALLED.search(text) or EARLIER_TIME_OPENING.match(text):
        return True
    if published is None:
        return False
    opening = _EARLIER_YEAR_OPENING.match(text)
    if opening and (published - dt.date(int(opening.group(1)), 12, 31)).days > _RECENT_ENOUGH:
        return True
    for match in _YEAR.finditer(text):
        if int(match.group()) < published.year - 1 and not _SPAN_FROM_YEAR.search(
                text, max(0, match.start() - 60), match.start()):
            return True
    return False


def is_stale(date: ResolvedDate, published: dt.date | None, days: int = 45, whole_periods: bool = True) -> bool:
    """True when the event's date lies more than `days` before publication: old news, background.
    With `whole_periods`, a date known only to its year ("the 2025 summit") is old only when that
    year is over before the publication's, and one known to its month ("last month") counts from
    the month's last day. The one staleness rule of every detector."""
    if not (date.date and published):
        return False
    if whole_periods and date.precision == "YEAR":
        return date.date.year < published.year
    if whole_periods and date.precision == "MONTH":
        following = (date.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (published - following).days + 1 > days
    return (published - date.date).days > days


_CLAUSE_JOINT = re.compile(r",\s+(?:while|whereas|but|although|though|which|who)\b")
_CLAUSE_REACH = 400  # characters a clause reaches either side of its trigger: bounds the work per trigger


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause that holds text[start:end]: bounded by ; : and by commas before a conjunction
    or relative pronoun, so "X said..., while Y denied" keeps X and Y apart."""
    reach = max(0, start - _CLAUSE_REACH)
    left = max(text.rfind(";", reach, start), text.rfind(":", reach, start))
    # The last joint before the trigger: looked for from it backwards, comma by comma (a joint holds
    # one comma, its first character: no two overlap, and each is a match of the pattern's own scan).
    comma = text.rfind(",", reach, start)
    while comma > left:
        if _CLAUSE_JOINT.match(text, comma, start):
            left = comma
            break
        comma = text.rfind(",", reach, comma)
    stop = min(len(text), end + _CLAUSE_REACH)
    right_candidates = [i for i in (text.find(";", end, stop), text.find(":", end, stop)) if i != -1]
    match = _CLAUSE_JOINT.search(text, end, stop)
    if match:
        right_candidates.append(match.start())
    return max(left + 1, reach), min(right_candidates) if right_candidates else stop


# A year named as the time of something told (not the start of a span to the present).
def earlier_year_told(text: str, published: dt.date | None) -> bool:
    """True when the text names a year that ended over `_RECENT_ENOUGH` days before publication
    as the time of what it tells ("in 2018, Hungary licensed ..."), or recalls the past in so
    many words: the sentence narrates history."""
    if _RECALLED.search(text) or EARLIER_TIME_OPENING.match(text):
        return True
    if published is None:
        return False
    for match in _YEAR.finditer(text):
        year = int(match.group())
        if (published - dt.date(year, 12, 31)).days > _RECENT_ENOUGH and not _SPAN_FROM_YEAR.search(
                text, max(0, match.start() - 60), match.start()):
            return True
    return False


def in_background_passage(finding: Finding, analysed: AnalysedArticle) -> bool:
    """True when an undated finding is told only after the lead of a long article, each time
    next to a sentence of its paragraph that narrates an earlier year or is dated too long before
    publication to be news (`is_stale`): context an article adds around its news ("X has called
    for ... . In 2017, the country ..."), not news of its own. Background is not kept to the story's
    later half: a story gives it wherever its news needs it, right after the lead too."""
    if finding.date.text or len(analysed.sentences) < _LONG_ARTICLE:
        return False
    index = {s.sentence: i for i, s in enumerate(analysed.sentences)}
    for evidence in finding.evidence:
        i = index.get(evidence)
        if i is None or i < _LEAD:
            return False
        paragraph = analysed.sentences[i].paragraph
        neighbours = [analysed.sentences[j] for j in (i - 1, i + 1)
                      if 0 <= j < len(analysed.sentences) and analysed.sentences[j].paragraph == paragraph]
        if not any(earlier_year_told(n.text, analysed.published) or is_stale(n.date, analysed.published)
                   for n in neighbours):
            return False
    return True


_LONG_ARTICLE = 8  # sentences: digest items and short reports have no background passages
_LEAD = 2  # sentences that open a story (its dateline and lede, or a two-sentence lede): its news, never background


QUOTE_MARK = re.compile(r'["“”]')  # straight and curly: sources mix them


def _inside_quotation(text: str, at: int) -> bool:
    """Whether text[at] lies between quote marks of the sentence: a straight mark opens when none
    is open and closes otherwise; a curly one says which."""
    open_ = False
    for mark in QUOTE_MARK.finditer(text, 0, at):
        open_ = mark.group() == "“" or (mark.group() == '"' and not open_)
    return open_


def quoted_from_another_speaker(finding: Finding, analysed: AnalysedArticle) -> bool:
    """True when a signal told in one sentence is read inside a quotation whose speaker, named in
    the sentence outside it, is nobody of the signalling state: '"Just as Mexico decided to join
    the pact ...," said <a named official of elsewhere>' tells what Mexico did in someone else's
    words, not Mexico's own announcement. A signal of the speaker's own state ('Blinken said "the
    United States will ..."') and a quotation with no named speaker outside it stand."""
    signaller = finding.details.get("signaller")
    if not signaller or finding.said_at is None or len(finding.evidence) != 1:
        return False
    text = finding.evidence[0].text
    if '"' not in text and "“" not in text or not _inside_quotation(text, finding.said_at):
        return False
    sentence = next((s for s in analysed.sentences if s.sentence == finding.evidence[0]), None)
    if sentence is None:
        return False
    outside = [p for p in sentence.people if not _inside_quotation(text, sentence.local(p.start))]
    return bool(outside) and all(p.country != signaller for p in outside)



# After the closing mark of a quotation, its speaker: '..." said Li Wei, an analyst at ...', '...," said
# Christopher Hill, a former U.S. ambassador', '...," Hill, a professor at Yale, said'.
_SPEAKER_AFTER_CLOSING = re.compile(
    r"[\"”]\s*(?:,\s*)?(?:(?:said|says|added|wrote|writes|according\s+to)\b|(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|added)\b|"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s)")
_NON_OFFICIAL_ROLE = re.compile(
    rf"{NON_GOVERNMENT_SPEAKER.pattern}|\b(?:former|ex-|retired|onetime|professors?|researchers?|fellows?|"
    r"economists?|academics?|think[- ]tanks?|pundits?|(?:university|institute|foundation)\b)", re.IGNORECASE)
_SPEAKER_PHRASE = 110  # characters after the closing mark that name the speaker and what they are


def quoted_from_non_official(text: str, at: int) -> bool:
    """Whether text[at] lies in a quotation (closed later in the sentence, wherever it opened) whose speaker,
    named right after it, is no official: an analyst, a scholar, a legislator, a former official ('"China
    will retaliate," said Li Wei, an analyst at ...'). What such a speaker says a state will do is no event."""
    close = QUOTE_MARK.search(text, at)
    if close is None or close.group() == "“" or (close.group() == '"' and '"' in text[:close.start()]
                                                 and not _inside_quotation(text, close.start())):
        return False  # no mark after it, or the next one opens a quotation
    speaker = _SPEAKER_AFTER_CLOSING.match(text, close.start())
    if speaker is None:
        return False
    phrase = text[close.end():close.end() + _SPEAKER_PHRASE]
    return _NON_OFFICIAL_ROLE.search(phrase) is not None
