"""Extraction: `EventExtractor.extract(article) -> list[EventMention]`, a plain function of the
article (Beam-free). A statistical or LLM backend can later plug in behind the same interface.

Steps: split the sentences and find every kind's cue words in one scan (`candidates`: a detector
reads only the sentences holding one of its cues; an article holding none yields nothing), analyse
the article once, when a detector first asks (places, then people and agents; each sentence's date
on its own): most articles' detectors rule out every sentence by its words), run each event kind's detector
(`pipeline.extract.events`, in registry order), merge its findings per event
within the article with the kind's own merge (one call per set of participants, one election per
country and office, one policy signal per signaller and target), and turn each into an
`EventMention` with a deterministic id.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from pipeline import identity
from pipeline.extract.actor_types import typed_actor
from pipeline.extract.actors import ActorFinder, PersonMention
from pipeline.extract.cameo import gdelt_codes
from pipeline.extract.candidates import scan_for
from pipeline.extract.document import (
    ACTING_ROLE_KINDS, QUOTE_MARK, Agent, AnalysedArticle, AnalysedSentence, Finding, in_background_passage,
    quoted_from_another_speaker,
)
from pipeline.extract.events import KINDS, EventKind
from pipeline.extract.events.kind import ArticleContext
from pipeline.extract.gazetteer import Gazetteer, PlaceMatch
from pipeline.extract.locations import GeoNames, Locator
from pipeline.extract.sentences import split_sentences
from pipeline.records import Actor, Article, EventCore, EventMention, Evidence, stable_id

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A place right after one of these is where something happens, not who acts. Matched on the
# lower-cased text (twice as fast as re.I), or with re.I where lower-casing is no exact stand-in.
_LOCATION_WORD_LIST = ("in", "at", "near", "across", "throughout", "outside", "inside", "within", "around")
_LOCATION_WORD_SET = frozenset(_LOCATION_WORD_LIST)
_LOCATION_WORDS = r"(?:" + "|".join(_LOCATION_WORD_LIST) + r")\s+(?:the\s+)?"
# Searched from the character before the word, no word character (a class the engine scans for,
# where a leading \b has it try every position), the phrase in a look-ahead: only that is consumed.
_LOCATION_PHRASE = re.compile(rf"\W(?=({_LOCATION_WORDS}))")
_LOCATION_PHRASE_ANY_CASE = re.compile(rf"\b{_LOCATION_WORDS}", re.I)
# No "^": it is matched at a position (`match(text, pos)`), where "^" would never hold.
# Also after coordinated demonyms: "Ukrainian and Russian delegations", "the Qatari counterpart".
# The portfolios of ministries, as news names them before "ministry".
_PORTFOLIO = (r"(?:foreign|external|affairs|commerce|trade|industry|economy|economic|finance|energy|interior|"
              r"home|justice|unification|defen[cs]e|security|culture|education|health|agriculture|transport|"
              r"emergenc(?:y|ies)|environment|labou?r|information|communications?|digital|science|technology|"
              r"development|cooperation)")
_GOVERNMENT_NOUN_AFTER = re.compile(
    # ("Iranian and U.S. negotiators": a state abbreviated with points among them)
    r"(?:(?:\s*,)?\s+(?:and|or)\s+(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]+)|\s*,\s*[A-Z][\w'’-]+){0,3}"
    # "the Syrian transitional government", "Ukrainian defence officials"
    r"\s+(?:(?:interim|transitional|caretaker|provisional|federal|central|national|senior|top|defen[cs]e|trade)\s+)?"
    # a ministry by its portfolio: "the Indian External Affairs Ministry", "the Chinese commerce ministry"
    rf"(?:(?:{_PORTFOLIO}\s+(?:(?:and|of)\s+)?){{1,3}}(?:ministry|ministries)|"
    r"government|officials?|authorities|ministry|foreign ministry|administration|leaders?|cabinet|"
    # who rules or legislates: "the Malian junta", "the Finnish parliament" (by its own name: legislature_at)
    r"junta|regime|presidency|parliament|legislature|"
    r"department|embassy|diplomats?|state media|side|delegations?|troops|military|militaries|forces|navy|army|"
    r"ambassadors?|envoys?|counterparts?|representatives|negotiators?|mediators?|"
    # an office named by its state alone: "the Polish prime minister", "the Chinese foreign minister"
    r"presidents?|prime ministers?|premiers?|chancellors?|(?:foreign\s+)?ministers?|secretary of state|"
    r"foreign secretary|kings?|emirs?|crown prince|heads? of (?:state|government))\b", re.I)


# A sentence that speaks in the first person: its subject is whoever says it.
_FIRST_PERSON_OPENING = re.compile(r"[\"“‘]?(?:I|We|Our|My)\b(?!\.)")
_SPEAKER_BEFORE_QUOTE = 100  # characters: 'Johnson told the public via Twitter, "...'
_SPEAKER_AFTER_QUOTE = 60  # characters: '...," Turkish Foreign Minister Mevlut Cavusoglu said'
# Sentences a quotation left open reaches (stories whose paragraphs were joined by spaces have one
# paragraph: a closing mark missing there must not lend the speaker to the rest of the story).
_LONGEST_QUOTATION = 5


@dataclasses.dataclass(frozen=True)
class _Quotation:
    """Words quoted over more than one sentence of a paragraph."""

    first: int  # index of the sentence it opens in
    last: int  # index of the sentence it closes in (when left open: the paragraph's last, or as far as it reaches)
    opened: int  # article offset of the opening quote mark
    closed: int  # article offset of the closing quote mark; -1 when left open


def _quotations(analysed: list[AnalysedSentence]) -> list[_Quotation]:
    """The quotations that run over more than one sentence of a paragraph, in reading order. A
    straight quote mark opens when none is open and closes otherwise; a curly one says which."""
    found = []
    open_at = None  # (sentence index, offset) of the quotation open
    for index, sentence in enumerate(analysed):
        if open_at is not None and (analysed[open_at[0]].paragraph != sentence.paragraph
                                    or index - open_at[0] > _LONGEST_QUOTATION):
            if index - 1 > open_at[0]:
                found.append(_Quotation(open_at[0], index - 1, open_at[1], -1))
            open_at = None
        if '"' not in sentence.text and "“" not in sentence.text and "”" not in sentence.text:
            continue
        for match in QUOTE_MARK.finditer(sentence.text):
            offset = sentence.sentence.start + match.start()
            if open_at is None:
                if match.group() != "”":
                    open_at = (index, offset)
            elif match.group() != "“":
                if index > open_at[0]:
                    found.append(_Quotation(open_at[0], index, open_at[1], offset))
                open_at = None
    if open_at is not None and open_at[0] < len(analysed) - 1:
        found.append(_Quotation(open_at[0], min(len(analysed) - 1, open_at[0] + _LONGEST_QUOTATION), open_at[1], -1))
    return found


class EventExtractor:
    """The rule-based extractor. Build once per process with `load()`; `extract` is pure."""

    def __init__(self, gazetteer: Gazetteer, gated: bool = True, lazy: bool = True):
        self.gazetteer = gazetteer
        # The places, people and agents found when a detector first asks for them; `lazy=False`
        # finds them with the sentences, as the test of the lazy analysis compares.
        self.lazy = lazy
        self.actor_finder = ActorFinder(gazetteer)
        self.locator = Locator(GeoNames.load(), gazetteer)  # GeoNames: read once per process
        # The candidate pass (`pipeline.extract.candidates`); `gated=False` lets every detector read
        # every sentence, as the soundness test compares.
        self.cue_scan = scan_for(KINDS.values()) if gated else None

    @classmethod
    def load(cls) -> "EventExtractor":
        return cls(Gazetteer.load())

    def analyse(self, article: Article) -> AnalysedArticle | None:
        """The article's sentences, each with its places, people, agents (found for the whole
        article when a detector first asks for one of them), its date (resolved when first asked
        for) and the kinds whose cues it holds; None when no sentence holds a cue of any kind (no
        detector would find anything)."""
        text = article.text
        published = article.published_date
        sentences = split_sentences(text)
        if self.cue_scan and self.cue_scan.kinds != KINDS.keys():  # a kind registered since: scan for it too
            self.cue_scan = scan_for(KINDS.values())
        cued = self.cue_scan.kinds_per_sentence(sentences) if self.cue_scan else [None] * len(sentences)
        if self.cue_scan and not any(cued):
            return None
        paragraph_breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
        paragraph = 0
        analysed: list[AnalysedSentence] = []
        analysis = _ArticleAnalysis(self, text, published, analysed)
        for sentence, kinds in zip(sentences, cued):
            while paragraph < len(paragraph_breaks) and paragraph_breaks[paragraph] < sentence.start:
                paragraph += 1
            analysed.append(AnalysedSentence.awaiting(sentence, published, paragraph, kinds, analysis))
        if not self.lazy and analysed:
            analysis("people")
        return AnalysedArticle(published=published, sentences=analysed)

    def _find_actors(self, text: str, published, places: list[PlaceMatch], analysed: list[AnalysedSentence]) -> None:
        """The people and agents of every sentence of the article, its places found before."""
        people = self.actor_finder.find(text, places, published)
        location_ends = LocationPhraseEnds(text)
        for analysed_sentence, sentence_people in _per_sentence(people, analysed):
            analysed_sentence.set_actors(
                sentence_people, _agents(text, analysed_sentence.places, sentence_people, location_ends))
        self._add_quoted_speakers(analysed)

    def _add_quoted_speakers(self, analysed: list[AnalysedSentence]) -> None:
        """A sentence inside a quotation opened in an earlier sentence ('Johnson said, "Corbyn wants
        ... [...]' / 'I am committed to ...') that speaks in the first person ("I", "we") is its
        speaker's: the official named before the opening quote, or right after the closing one
        (' ... ," the minister said'), stands at its start as the subject of its first clause."""
        for quote in _quotations(analysed):
            speaker = self._speaker_of(quote, analysed)
            if speaker is None:
                continue
            for sentence in analysed[quote.first + 1:quote.last + 1]:
                if _FIRST_PERSON_OPENING.match(sentence.text):
                    at = sentence.sentence.start
                    sentence.agents.insert(0, Agent(speaker.country, at, at, speaker))

    def _speaker_of(self, quote: _Quotation, analysed: list[AnalysedSentence]) -> PersonMention | None:
        """The official who speaks a quotation: the last person named before it opens, else the
        first named right after it closes."""
        opener, closer = analysed[quote.first], analysed[quote.last]
        before = [p for p in opener.people if 0 <= quote.opened - p.end <= _SPEAKER_BEFORE_QUOTE]
        after = [p for p in closer.people if 0 <= p.title_start - quote.closed <= _SPEAKER_AFTER_QUOTE] \
            if quote.closed >= 0 else []
        people = before[-1:] or after[:1]
        if not people:
            return None
        person = people[0]
        if person.former or not person.country or self.gazetteer.role_kind(person.role) not in ACTING_ROLE_KINDS:
            return None
        return person

    def extract(self, article: Article) -> list[EventMention]:
        """The events the article reports, one `EventMention` each, in a stable order."""
        analysed = self.analyse(article)
        if analysed is None:
            return []
        merged: dict[str, list[Finding]] = {}
        for kind in KINDS.values():
            # (a detector with no sentence holding its cues finds nothing: it is not run)
            detected = kind.detect(analysed) if analysed.may_hold(kind.event_type) else []
            findings = kind.merge(detected, ArticleContext(analysed, self.gazetteer, merged))
            merged[kind.event_type] = [f for f in findings if not in_background_passage(f, analysed)
                                       and not quoted_from_another_speaker(f, analysed)]
        mentions = [
            _mention(KINDS[event_type], finding, article, self.gazetteer, self.locator)
            for event_type, findings in merged.items() for finding in findings
        ]
        for sentence in analysed.sentences:  # (the analysis not asked for refers to them all: no cycle left)
            sentence.forget_analysis()
        return sorted(mentions, key=lambda m: (m.event.event_type, m.event.event_id))


class _ArticleAnalysis:
    """The places, people and agents of an article's sentences, found when a detector first asks
    for them (`AnalysedSentence.awaiting`): the places alone when only they are asked for."""

    def __init__(self, extractor: EventExtractor, text: str, published, analysed: list[AnalysedSentence]):
        self.extractor, self.text, self.published, self.analysed = extractor, text, published, analysed
        self.places: list[PlaceMatch] | None = None

    def __call__(self, asked: str) -> None:
        if self.places is None:
            self.places = self.extractor.gazetteer.find_places(self.text)
            _give_places(self.places, self.analysed)
        if asked != "places":
            self.extractor._find_actors(self.text, self.published, self.places, self.analysed)


def _give_places(places: list[PlaceMatch], analysed: list[AnalysedSentence]) -> None:
    """Each sentence the places that start in it."""
    for analysed_sentence, sentence_places in _per_sentence(places, analysed):
        analysed_sentence.set_places(sentence_places)


def _per_sentence(found: list, analysed: list[AnalysedSentence]) -> Iterator[tuple[AnalysedSentence, list]]:
    """Each sentence with the things found (sorted by `start`) that start in it."""
    index = 0
    for analysed_sentence in analysed:
        sentence = analysed_sentence.sentence
        while index < len(found) and found[index].start < sentence.start:
            index += 1
        first = index
        while index < len(found) and found[index].start < sentence.end:
            index += 1
        yield analysed_sentence, found[first:index]


def _location_phrase_ends(text: str) -> set[int]:
    """The offsets where a location phrase ("in the ") ends."""
    lowered = text.lower()
    # re.I also matches "ſ" to "s" and "ı" to "i", and a few letters change length when lowered
    if len(lowered) == len(text) and "ſ" not in text and "ı" not in text:
        return {match.end(1) - 1 for match in _LOCATION_PHRASE.finditer("\n" + lowered)}
    return {match.end() for match in _LOCATION_PHRASE_ANY_CASE.finditer(text)}


_THE_AFTER = re.compile(r"the\s")
_PHRASE_WORD_ENDINGS = (*_LOCATION_WORD_LIST, "the")  # what the word before a phrase's white space ends with


class LocationPhraseEnds:
    """`_location_phrase_ends(text)`, asked offset by offset: only places' starts are asked about,
    so the text is not scanned whole. A location phrase ends at an offset when a run of white space
    ends there, after a location word ("in"), or after "the" after one, that no word character precedes;
    the phrase takes in a "the" that follows its word (`_LOCATION_WORDS` is greedy), so none may
    follow there. Where lower-casing is no exact stand-in for re.I, the set itself is asked."""

    def __init__(self, text: str):
        self._lowered = text.lower()
        self._ends = None
        if len(self._lowered) != len(text) or "ſ" in text or "ı" in text:
            self._ends = _location_phrase_ends(text)

    def __contains__(self, offset: int) -> bool:
        if self._ends is not None:
            return offset in self._ends
        lowered = self._lowered
        # (most places follow no location word: told apart by C's string tests before the word is read)
        if offset == 0 or not lowered[offset - 1].isspace():
            return False  # no white space ends here
        space = offset - 1
        while space > 0 and lowered[space - 1].isspace():
            space -= 1
        if not lowered.endswith(_PHRASE_WORD_ENDINGS, 0, space):
            return False  # the word before the white space is no location word, nor "the"
        word, before = _word_before_space(lowered, offset)
        if word in _LOCATION_WORD_SET:
            return _THE_AFTER.match(lowered, offset) is None
        if word == "the":
            return _word_before_space(lowered, before)[0] in _LOCATION_WORD_SET
        return False


def _word_before_space(text: str, offset: int) -> tuple[str, int]:
    """The word (a run of word characters, as \\w) before the white space that ends at `offset`, and
    where that word starts; ("", offset) when no white space ends there (the phrase's white space is
    all of it: none follows)."""
    if offset < len(text) and text[offset].isspace():
        return "", offset
    space = offset
    while space > 0 and text[space - 1].isspace():
        space -= 1
    if space == offset:
        return "", offset
    start = space
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:space], start


def _agents(text: str, places, people, location_ends: set[int] | LocationPhraseEnds) -> list[Agent]:
    """Who can act in a sentence: officials with a state, and states or organisations named as
    actors (not a place where something happens, not a demonym describing a thing).
    `location_ends`: the offsets where a location phrase ("in the ") ends, for the whole text."""
    if not places and not people:  # (half the sentences name no one)
        return []
    agents = [Agent(p.country, p.title_start, p.end, p) for p in people if p.country and not p.former]
    covered = iter(sorted((p.title_start, p.end) for p in people))  # people's spans, in text order
    span = next(covered, None)
    for place in places:
        while span is not None and span[1] <= place.start:
            span = next(covered, None)
        if span is not None and span[0] <= place.start:
            continue
        if place.start in location_ends:
            continue
        if place.kind == "demonym" and not _GOVERNMENT_NOUN_AFTER.match(text, place.end, place.end + 60) \
                and not (text[place.end:place.end + 1].isspace()
                         and Gazetteer.legislature_at(text, place.end + 1) == place.code):  # "the Latvian Saeima"
            continue
        agents.append(Agent(place.code, place.start, place.end))
    agents.sort(key=lambda agent: agent.start)
    return agents


def event_key(finding: Finding) -> str:
    """A hash of the event's type and key (EVENTS.md): what reports of one event share."""
    return stable_id(finding.event_type, "|".join("" if part is None else str(part) for part in finding.key))


def _mention(kind: EventKind, finding: Finding, article: Article, gazetteer: Gazetteer,
             locator: Locator) -> EventMention:
    details = finding.details
    cameo, plover_type, plover_mode = kind.codes(details)
    actors = [typed_actor(actor, gazetteer.role_kind, gazetteer.is_organisation) for actor in _unique_actors(finding.actors)]
    people = ", ".join(dict.fromkeys(actor.name for actor in actors))
    key = event_key(finding)
    anchor = identity.anchor_for(finding.date.date, finding.date.precision, article.published_at)
    countries = sorted(set(kind.countries(details)))
    # Where and who: the location, the actors' types (above) and the GDELT figures of the code.
    evidence_sentences = [(s.text, s.start) for s in sorted(finding.evidence, key=lambda s: s.start)]
    location, location_basis = locator.locate(kind.event_type, details, evidence_sentences, countries)
    cameo_root, quad_class, goldstein = gdelt_codes(cameo)
    core = EventCore(
        # the id this report alone gives; the merge over articles decides the event's (pipeline.merge)
        event_id=identity.event_id(kind.event_type, key, anchor),
        event_type=kind.event_type,
        event_key=key,
        event_date=finding.date.date,
        date_precision=finding.date.precision,
        date_text=finding.date.text or None,
        actors=actors,
        countries=countries,
        summary=kind.summary(details, people, gazetteer.country_name),
        confidence=round(finding.confidence, 3),
        cameo_code=cameo,
        plover_type=plover_type,
        plover_mode=plover_mode,
        location=location,
        location_basis=location_basis,
        cameo_root=cameo_root,
        quad_class=quad_class,
        goldstein=goldstein,
        **{kind.field: kind.details(**details)},
    )
    evidence = [Evidence(text=s.text, start=s.start, end=s.end) for s in sorted(finding.evidence, key=lambda s: s.start)]
    return EventMention(
        event=core,
        article_id=article.article_id,
        url=article.url,
        published_at=article.published_at,
        source=article.source,
        evidence=evidence,
    )


def _unique_actors(actors: list[Actor]) -> list[Actor]:
    seen = {}
    for actor in actors:
        seen.setdefault((actor.name, actor.country), actor)
    return list(seen.values())
