"""Extraction: `EventExtractor.extract(article) -> list[EventMention]`, a plain function of the
article (Beam-free). A statistical or LLM backend can later plug in behind the same interface.

Steps: analyse the article once (sentences, places, people, dates, agents), run the three
detectors sentence by sentence, then merge their findings per event within the article (one
call per set of participants, one election per country and office, one policy signal per
signaller and target), and turn each into an `EventMention` with a deterministic id.
"""

from __future__ import annotations

import re

from pipeline.extract import codes
from pipeline.extract.actors import ActorFinder
from pipeline.extract.calls import detect_calls
from pipeline.extract.dates import UNRESOLVED, date_of_sentence, date_of_statement
from pipeline.extract.document import Agent, AnalysedArticle, AnalysedSentence, Finding
from pipeline.extract.elections import STAGE_RANK, detect_elections
from pipeline.extract.gazetteer import Gazetteer
from pipeline.extract.policy import detect_policy_signals
from pipeline.extract.sentences import split_sentences
from pipeline.records import (
    Actor, Article, CallDetails, ElectionDetails, EventCore, EventMention, Evidence, PolicyDetails, stable_id,
)

# A place right after one of these is where something happens, not who acts.
_LOCATION_PHRASE = re.compile(r"\b(?:in|at|near|across|throughout|outside|inside|within|around)\s+(?:the\s+)?", re.I)
# No "^": it is matched at a position (`match(text, pos)`), where "^" would never hold.
# Also after coordinated demonyms: "Ukrainian and Russian delegations", "the Qatari counterpart".
_GOVERNMENT_NOUN_AFTER = re.compile(
    r"(?:(?:\s*,)?\s+(?:and|or)\s+[A-Z][\w'’-]+|\s*,\s*[A-Z][\w'’-]+){0,3}"
    r"\s+(?:government|officials?|authorities|ministry|foreign ministry|administration|leaders?|cabinet|"
    r"department|embassy|diplomats?|state media|side|delegations?|troops|military|forces|navy|army|"
    r"ambassadors?|envoys?|counterparts?|representatives)\b", re.I)


class EventExtractor:
    """The rule-based extractor. Build once per process with `load()`; `extract` is pure."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.actor_finder = ActorFinder(gazetteer)

    @classmethod
    def load(cls) -> "EventExtractor":
        return cls(Gazetteer.load())

    def analyse(self, article: Article) -> AnalysedArticle:
        """The article's sentences, each with its places, people, agents and date."""
        text = article.text
        published = article.published_date
        places = self.gazetteer.find_places(text)
        people = self.actor_finder.find(text, places, published)
        location_ends = {match.end() for match in _LOCATION_PHRASE.finditer(text)}
        analysed = []
        place_index = person_index = 0
        for sentence in split_sentences(text):
            while place_index < len(places) and places[place_index].start < sentence.start:
                place_index += 1
            first_place = place_index
            while place_index < len(places) and places[place_index].start < sentence.end:
                place_index += 1
            while person_index < len(people) and people[person_index].start < sentence.start:
                person_index += 1
            first_person = person_index
            while person_index < len(people) and people[person_index].start < sentence.end:
                person_index += 1
            sentence_places = places[first_place:place_index]
            sentence_people = people[first_person:person_index]
            analysed.append(AnalysedSentence(
                sentence=sentence,
                places=sentence_places,
                people=sentence_people,
                agents=_agents(text, sentence_places, sentence_people, location_ends),
                date=date_of_sentence(sentence.text, published),
            ))
        return AnalysedArticle(published=published, sentences=analysed)

    def extract(self, article: Article) -> list[EventMention]:
        """The events the article reports, one `EventMention` each, in a stable order."""
        analysed = self.analyse(article)
        calls = _merge(detect_calls(analysed))
        _add_delegates(calls, analysed)
        elections = _merge_elections(detect_elections(analysed))
        signals = _merge_signals(_dated_when_voiced(detect_policy_signals(analysed), analysed), calls)
        _dated_by_speaker(signals, analysed)
        _dated_by_reference((*calls, *signals), analysed)
        _add_officials_in_evidence(calls, signals, analysed, self.gazetteer)
        mentions = [_mention(finding, article, self.gazetteer) for finding in (*calls, *elections, *signals)]
        return sorted(mentions, key=lambda m: (m.event.event_type, m.event.event_id))


def _agents(text: str, places, people, location_ends: set[int]) -> list[Agent]:
    """Who can act in a sentence: officials with a state, and states or organisations named as
    actors (not a place where something happens, not a demonym describing a thing).
    `location_ends`: the offsets where a location phrase ("in the ") ends, for the whole text."""
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
        if place.kind == "demonym" and not _GOVERNMENT_NOUN_AFTER.match(text, place.end, place.end + 60):
            continue
        agents.append(Agent(place.code, place.start, place.end))
    agents.sort(key=lambda agent: agent.start)
    return agents


# "The Ukrainian delegation includes ...", "Russia's delegation, led by ...": the people named
# after it act for that state.
_DELEGATION_AFTER_PLACE = re.compile(
    r"(?:['’]s)?\s+(?:negotiating\s+|official\s+|high-level\s+)?(?:delegation|negotiating team|team of negotiators)"
    r"(?:\s+to\s+the\s+talks)?,?\s+(?:that\s+)?(?:includes|included|including|is\s+led\s+by|was\s+led\s+by|"
    r"led\s+by|headed\s+by|is\s+headed\s+by|comprises|comprised|consisting\s+of|consists\s+of|"
    r"is\s+expected\s+to\s+include|will\s+include|also\s+includes)\b")


def _add_delegates(calls: list[Finding], analysed: AnalysedArticle) -> None:
    """People named as members of a state's delegation take part in the call of that state last
    reported before; a delegate without a known state is of the delegation's."""
    if not calls:
        return
    for sentence in analysed.sentences:
        if "elegation" not in sentence.text and "negotiat" not in sentence.text:
            continue
        for place in sentence.places:
            cue = _DELEGATION_AFTER_PLACE.match(sentence.text, sentence.local(place.end))
            if cue is None:
                continue
            # The call of that state last reported before this sentence (or in it).
            reported = [(max((e.start for e in call.evidence if e.start <= sentence.sentence.start), default=-1), i)
                        for i, call in enumerate(calls) if place.code in call.details["participants"]]
            reported = sorted(r for r in reported if r[0] >= 0)
            if not reported or (len(reported) > 1 and reported[-1][0] == reported[-2][0]):
                continue
            call = calls[reported[-1][1]]
            known = {(a.name, a.country) for a in call.actors}
            for person in sentence.people:
                if sentence.local(person.start) < cue.end() or person.former:
                    continue
                if person.country not in (None, place.code):
                    continue
                if (person.name, place.code) not in known:
                    call.actors.append(Actor(name=person.name, role=person.role, country=place.code,
                                             part="PARTICIPANT"))
                    known.add((person.name, place.code))


def _merge(findings: list[Finding]) -> list[Finding]:
    """Findings of one event (same type and key) become one, with all their evidence."""
    merged: dict[tuple, Finding] = {}
    for finding in findings:
        existing = merged.get(finding.key)
        if existing is None:
            merged[finding.key] = finding
            continue
        _absorb(existing, finding)
    return list(merged.values())


_PRECISION_RANK = {"DAY": 0, "WEEK": 1, "MONTH": 2, "YEAR": 3, "UNKNOWN": 4}


def _absorb(into: Finding, other: Finding, finer_date: bool = True) -> None:
    """`other` is more evidence of `into`. The event takes the most precise date of its
    evidence (a DAY date over a MONTH date of the same event) unless `finer_date` is False,
    and then only a date where it has none."""
    into.evidence.extend(s for s in other.evidence if s not in into.evidence)
    known = {(a.name, a.country) for a in into.actors}
    into.actors.extend(a for a in other.actors if (a.name, a.country) not in known)
    if other.date.date is not None and (
        into.date.date is None
        or (finer_date and _PRECISION_RANK[other.date.precision] < _PRECISION_RANK[into.date.precision])
    ):
        into.date = other.date
    into.confidence = max(into.confidence, other.confidence)
    into.definite = into.definite and other.definite


def _merge_elections(findings: list[Finding]) -> list[Finding]:
    """One election per country and office, at the most advanced stage reported; its date is the
    date of that stage's sentence (or another sentence's when that one gives none)."""
    merged: dict[tuple, Finding] = {}
    for finding in sorted(findings, key=lambda f: -STAGE_RANK[f.details["stage"]]):
        existing = merged.get(finding.key)
        if existing is None:
            merged[finding.key] = finding
            continue
        if not existing.details.get("winner") and finding.details.get("winner"):
            existing.details["winner"] = finding.details["winner"]
        _absorb(existing, finding, finer_date=False)
    return list(merged.values())


# A sentence that carries on the previous one's statement: a pronoun subject, then "also" or
# "further" and a reporting verb ("He also announced", "She further said", "He added").
_SAME_SPEAKER_GOES_ON = re.compile(
    r"(?:He|She|They)\s+(?:(?:also|further|then|later)\s+(?:said|announced|stated|pledged|vowed|warned|called)"
    r"|added|went on to)\b")
_SAID = re.compile(r"\b(?:said|told|added|stressed|noted)\b")
_REPORTED = re.compile(r"\b(?:said|says|announced|stated|told|declared|warned|pledged|vowed|called)\b")


def _dated_when_voiced(findings: list[Finding], analysed: AnalysedArticle) -> list[Finding]:
    """A signal is dated when it was voiced, not when its measure takes effect (EVENTS.md):
    "announces tariffs set to start on August 1" gives no date of its own."""
    if not findings:
        return findings
    previous = {}
    for before, sentence in zip(analysed.sentences, analysed.sentences[1:]):
        previous[sentence.sentence] = before
    for finding in findings:
        if len(finding.evidence) != 1:
            continue
        if finding.date.text:
            date = date_of_statement(finding.evidence[0].text, analysed.published)
            finding.date = date if date.text else UNRESOLVED
        before = previous.get(finding.evidence[0])
        if not finding.date.text and finding.definite and before is not None \
                and _SAME_SPEAKER_GOES_ON.match(finding.evidence[0].text):
            # "Rouhani said on Sunday ... He also announced ...": the same statement goes on.
            date = date_of_statement(before.text, analysed.published)
            if date.date is not None and date.precision in ("DAY", "WEEK") and _REPORTED.search(before.text):
                finding.date = date
    return findings


# A sentence that opens by pointing back at what the one before told: "The announcement was
# made after ...", "The decision came as ...", "The move follows ...".
_POINTS_BACK = re.compile(
    r"(?:The|This|That)\s+(?:announcement|statement|decision|move|declaration|remarks|comments|"
    r"pledge|warning|order|step|measure)s?\s+(?:was|were|came|comes|followed|follows|is|had)\b")


# Officials who act for their state in a contact or a statement (not legislators, governors or
# people with no known office).
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")
_ACTING_KINDS = frozenset({"head_of_state", "head_of_government", "deputy_leader", "minister", "diplomat",
                           "spokesperson", "organisation_head"})


def _add_officials_in_evidence(calls: list[Finding], signals: list[Finding], analysed: AnalysedArticle,
                               gazetteer: Gazetteer) -> None:
    """The officials of a call's participants named in its evidence ("... to meet with Crown
    Prince Mohammed bin Salman") take part in it; those of a signal's signaller named in its
    evidence voice it. Detectors name the subject; this adds who else the evidence names."""
    if not calls and not signals:
        return
    by_sentence = {sentence.sentence: sentence for sentence in analysed.sentences}
    named_before: dict = {}  # sentence -> the people of the nearest earlier sentence naming any
    latest: list = []
    for sentence in analysed.sentences:
        named_before[sentence.sentence] = latest
        if sentence.people:
            latest = sentence.people
    for findings, codes_of, part in ((calls, lambda f: set(f.details["participants"]), "PARTICIPANT"),
                                     (signals, lambda f: {f.details["signaller"]}, "SIGNALLER")):
        for finding in findings:
            codes = codes_of(finding)
            known = {(a.name.split()[-1], a.country) for a in finding.actors}
            for evidence in finding.evidence:
                sentence = by_sentence.get(evidence)
                people = list(sentence.people) if sentence is not None else []
                if _PRONOUN_SUBJECT.match(evidence.text):
                    # "He and other senior U.S. officials held talks ...": the last person named.
                    people += named_before.get(evidence, [])[:1]
                for person in people:
                    if person.former or person.country not in codes \
                            or gazetteer.role_kind(person.role) not in _ACTING_KINDS:
                        continue
                    if (person.surname, person.country) not in known:
                        finding.actors.append(Actor(name=person.name, role=person.role, country=person.country,
                                                    part=part))
                        known.add((person.surname, person.country))


def _dated_by_reference(findings, analysed: AnalysedArticle) -> None:
    """An undated event told in a sentence that points back at the one before ("The announcement
    was made after Trump spoke with Erdogan") happened when that one says, on a past day."""
    previous = None
    before_of = {}
    for sentence in analysed.sentences:
        if previous is not None:
            before_of[sentence.sentence] = previous
        previous = sentence
    for finding in findings:
        if finding.date.date is not None or finding.date.text or not finding.definite:
            continue
        for evidence in finding.evidence:
            before = before_of.get(evidence)
            if before is None or not _POINTS_BACK.match(evidence.text):
                continue
            date = date_of_statement(before.text, analysed.published)
            if date.date is not None and date.precision == "DAY":
                finding.date = date
                break


def _dated_by_speaker(signals: list[Finding], analysed: AnalysedArticle) -> None:
    """"Rubio said Monday ... Rubio said the U.S. aims to ...": a signal none of whose evidence
    gives a time, voiced by its speaker in the simple past, was said on the day the article
    gave that speaker's words earlier."""
    undated = [f for f in signals if f.date.date is None and not f.date.text and f.definite and f.actors]
    if not undated:
        return
    spoke_on: dict[str, tuple[int, object]] = {}  # speaker -> where and when they first spoke on a given day
    for sentence in analysed.sentences:
        if sentence.people and _REPORTED.search(sentence.text):
            date = date_of_statement(sentence.text, analysed.published)
            if date.date is not None and date.precision == "DAY":
                for person in sentence.people:
                    spoke_on.setdefault(person.name, (sentence.sentence.start, date))
    for finding in undated:
        said = [s for s in finding.evidence if _SAID.search(s.text)]
        for actor in finding.actors if said else ():
            spoken = spoke_on.get(actor.name)
            if spoken is not None and spoken[0] < said[0].start:
                finding.date = spoken[1]
                break


def _merge_signals(findings: list[Finding], calls: list[Finding]) -> list[Finding]:
    """One signal per (signaller, target). A signal with no target of a government that took part
    in a two-party call in the article is aimed at the other party; otherwise it joins the same
    signaller's targeted signal when there is one. A statement made in the course of the call
    (simple past, no date of its own) takes the call's date."""
    partners = {}
    for call in calls:
        participants = call.details["participants"]
        if len(participants) == 2:
            for code in participants:
                partners.setdefault(code, (next(p for p in participants if p != code), call))
    for finding in findings:
        signaller = finding.details["signaller"]
        if signaller in partners:
            other, call = partners[signaller]
            # Said on another day than the call, it was not said in its course.
            other_day = finding.date.date is not None and call.date.date not in (None, finding.date.date)
            if finding.details["target"] is None and not other_day:
                finding.details["target"] = other
                finding.key = (signaller, other)
            if finding.details["target"] == other and finding.date.date is None and finding.definite:
                finding.date = call.date
    votes: dict[tuple, list[dict]] = {}
    for finding in findings:
        votes.setdefault(finding.key, []).append(dict(finding.details))
    merged = _merge(findings)
    for finding in merged:
        # Topic and stance of the whole signal: what most of its sentences say; the topic of the
        # first (the lead) on a tie.
        topics = [v["topic"] for v in votes[finding.key]]
        finding.details["topic"] = _majority(topics, topics[0])
        stances = [v["stance"] for v in votes[finding.key] if v["stance"] != "NEUTRAL"]
        finding.details["stance"] = _majority(stances, "NEUTRAL") if stances else "NEUTRAL"
    targeted = {f.key[0]: f for f in merged if f.key[1] is not None}
    result = []
    for finding in merged:
        if finding.key[1] is None and finding.key[0] in targeted:
            _absorb(targeted[finding.key[0]], finding)
        else:
            result.append(finding)
    return result


def _majority(values: list[str], on_tie: str) -> str:
    counts = {value: values.count(value) for value in values}
    best = max(counts.values())
    winners = [value for value in values if counts[value] == best]
    return on_tie if on_tie in winners else winners[0]


def event_id(finding: Finding) -> str:
    """Deterministic: type, key and date at its precision. The same event from another article
    or a rerun gets the same id."""
    date = finding.date.date.isoformat() if finding.date.date else ""
    key = "|".join("" if part is None else str(part) for part in finding.key)
    return stable_id(finding.event_type, key, date, finding.date.precision)


def _mention(finding: Finding, article: Article, gazetteer: Gazetteer) -> EventMention:
    details = finding.details
    call = election = policy = None
    if finding.event_type == "DIPLOMATIC_CALL":
        call = CallDetails(**details)
        countries = details["participants"]
    elif finding.event_type == "ELECTION":
        election = ElectionDetails(**details)
        countries = [details["country"]]
    else:
        policy = PolicyDetails(**details)
        countries = [c for c in (details["signaller"], details["target"]) if c]
    cameo, plover_type, plover_mode = codes.codes_for(finding.event_type, details)
    core = EventCore(
        event_id=event_id(finding),
        event_type=finding.event_type,
        call=call,
        election=election,
        policy=policy,
        event_date=finding.date.date,
        date_precision=finding.date.precision,
        date_text=finding.date.text,
        actors=_unique_actors(finding.actors),
        countries=sorted(set(countries)),
        summary=codes.summary(finding.event_type, details, finding.actors, gazetteer),
        confidence=round(finding.confidence, 3),
        cameo_code=cameo,
        plover_type=plover_type,
        plover_mode=plover_mode,
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
