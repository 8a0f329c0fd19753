"""ELECTION: an election to public office or a national referendum, at the most advanced stage
the article reports (SCHEDULED < HELD < RESULT < INAUGURATION).

A sentence reports an election when it names one (election, vote, polls, referendum, sworn in)
with a stage cue, and a country it takes place in. Party contests (primaries, nominations,
leadership races) and old elections recalled as background are not elections here.
"""

from __future__ import annotations

import re

from pipeline.extract.dates import UNRESOLVED
from pipeline.extract.document import (
    NEGATION, AnalysedArticle, AnalysedSentence, Finding, is_stale, old_year_mentioned,
)
from pipeline.records import Actor

STAGE_RANK = {"SCHEDULED": 0, "HELD": 1, "RESULT": 2, "INAUGURATION": 3}

_ELECTION_WORD = re.compile(
    r"\b(?:elections?|electoral|vote[sd]?|voting|voters|polls?|ballots?|referendum|run-?off|"
    r"sworn in|inaugurat(?:ed|ion)|elected|re-elected|electorate)\b", re.I)
_STAGES: list[tuple[str, re.Pattern]] = [
    ("INAUGURATION", re.compile(
        r"\b(?:sworn in|inaugurated|inauguration|took office|takes office|assumed office|assumes office)\b", re.I)),
    ("RESULT", re.compile(
        r"\b(?:won|wins|winning|winner|elected|re-elected|victory|victorious|landslide|defeated|defeats|"
        r"conceded|concedes|results?|secured (?:a |an )?(?:\w+ )?(?:majority|plurality|seats|victory|win)|"
        r"plurality|majority of seats|loses (?:his|her|their) seat|lost (?:his|her|their) seat|"
        r"seats? went to|exit polls?)\b", re.I)),
    ("HELD", re.compile(
        r"\b(?:vot(?:e|es|ed|ing) (?:in|to elect|for|on)|went to the polls|go to the polls|polls (?:opened|closed)|"
        r"cast (?:their )?ballots|turnout|held (?:a |an |its |their )?(?:\w+ )?(?:election|referendum|vote)|"
        r"early voting|voting (?:began|begins|took place|is under way|underway)|(?:election|referendum) (?:was|is) held|"
        r"turned out)\b", re.I)),
    ("SCHEDULED", re.compile(
        r"\b(?:call(?:ed|s)? (?:a |an )?(?:snap |early )?(?:general )?election|(?:election|referendum|vote) "
        r"(?:is |was )?(?:set|scheduled|planned) (?:for|to)|will hold|to be held|will be held|"
        r"dissolve (?:the )?parliament|seek an early election|announced (?:a |an )?(?:snap |early )?election)\b", re.I)),
]
_PARTY_CONTEST = re.compile(
    r"\b(?:primar(?:y|ies)|caucus(?:es)?|nomination|nominee|leadership (?:contest|race|election|vote|bid)|"
    r"party (?:leader|chair|congress|convention)|elected (?:\w+ ){0,2}(?:leader|chair(?:man|woman)?|speaker) of (?:the )?\w+ party|"
    r"elected (?:\w+ ){0,2}party leader|(?:Conservative|Labour|Liberal|Democratic|Republican) (?:Party )?leader\b)", re.I)
_CAMPAIGN_ONLY = re.compile(r"\b(?:poll(?:s|ing)? (?:show|suggest)|opinion polls?|debate|endorse|candidacy|campaign)", re.I)
_OFFICES: list[tuple[str, re.Pattern]] = [
    ("referendum", re.compile(r"\breferendum\b", re.I)),
    ("president", re.compile(r"\bpresiden(?:t|tial|cy)\b", re.I)),
    ("mayor", re.compile(r"\bmayor(?:al)?\b", re.I)),
    ("governor", re.compile(r"\b(?:governor|gubernatorial)\b", re.I)),
    ("local", re.compile(r"\b(?:local|municipal|district|regional|council)\b", re.I)),
    ("parliament", re.compile(
        r"\b(?:parliament(?:ary)?|general election|legislative|national assembly|congressional|"
        r"seats|house of|senate|snap election|federal election|majority)\b", re.I)),
]
# "newly elected President Lee", "President-elect": a reference to the result, dated by other sentences.
_ADJECTIVAL = re.compile(r"\bnewly[- ]elected\b|\w+-elect\b|\belected (?:president|prime minister|leader)\b", re.I)


def _is_adjectival(text: str, cue: re.Match) -> bool:
    return bool(_ADJECTIVAL.search(text[max(0, cue.start() - 8): cue.end() + 20]))


def detect_elections(article: AnalysedArticle) -> list[Finding]:
    findings = []
    for analysed in article.sentences:
        finding = _election_in(analysed, article)
        if finding:
            findings.append(finding)
    return findings


def _election_in(analysed: AnalysedSentence, article: AnalysedArticle) -> Finding | None:
    text = analysed.text
    if not _ELECTION_WORD.search(text) or _PARTY_CONTEST.search(text):
        return None
    stage, cue = _stage(text)
    if stage is None:
        return None
    if NEGATION.search(text[max(0, cue.start() - 40): cue.end() + 10]):
        return None
    if old_year_mentioned(text, article.published) or is_stale(analysed.date, article.published, days=40):
        return None
    if stage != "INAUGURATION" and re.search(r"\b(?:following|after|since) (?:the|his|her|their|last)\b[^,.]{0,40}\belection", text, re.I) \
            and not re.search(r"\b(?:won|wins|elected|victory|results?)\b", text[: cue.start() + 1], re.I):
        return None
    if stage == "HELD" and _CAMPAIGN_ONLY.search(text) and not re.search(r"\bvot(?:ed|ing)\b", text):
        return None
    winner_agent = _winner(analysed, cue) if stage in ("RESULT", "INAUGURATION") else None
    adjectival = stage == "RESULT" and _is_adjectival(text, cue)
    country = _country(analysed, winner_agent)
    if country is None:
        return None
    office = _office(text, winner_agent)
    actors = []
    winner_name = None
    if winner_agent is not None and winner_agent.code == country:
        winner_name = winner_agent.person.name
        actors.append(Actor(name=winner_name, role=winner_agent.person.role or office,
                            country=country, part="WINNER"))
    details = {"country": country, "stage": stage, "office": office, "winner": winner_name}
    date = UNRESOLVED if adjectival else analysed.date
    confidence = 0.6 + 0.15 * (winner_name is not None) + 0.1 * (date.date is not None) - 0.2 * adjectival
    return Finding(
        event_type="ELECTION",
        key=(country, office),
        details=details,
        actors=actors,
        evidence=[analysed.sentence],
        date=date,
        confidence=min(confidence, 0.95),
    )


def _stage(text: str):
    for stage, pattern in _STAGES:
        match = pattern.search(text)
        if match:
            return stage, match
    return None, None


def _winner(analysed: AnalysedSentence, cue: re.Match):
    """The person who won: the one "newly elected" qualifies, else the nearest named person before
    the result cue, else the one right after "elected" / "sworn in"."""
    people = [a for a in analysed.agents if a.person and not a.person.former]
    after = [a for a in people if analysed.local(a.person.start) >= cue.start()]
    if _is_adjectival(analysed.text, cue):
        return after[0] if after else None
    before = [a for a in people if analysed.local(a.start) < cue.start()]
    if before:
        return before[-1]
    return after[0] if after and re.search(r"elected|sworn in|inaugurated", cue.group(), re.I) else None


def _country(analysed: AnalysedSentence, winner_agent) -> str | None:
    """Where the vote takes place: the winner's state, else the first state named in the sentence."""
    if winner_agent is not None and len(winner_agent.code) == 3:
        return winner_agent.code
    for place in analysed.places:
        if len(place.code) == 3 and place.kind in ("name", "demonym", "capital"):
            return place.code
    return None


def _office(text: str, winner_agent) -> str:
    for office, pattern in _OFFICES:
        if pattern.search(text):
            return office
    if winner_agent is not None and winner_agent.person.role in ("president", "mayor", "governor"):
        return winner_agent.person.role
    return "parliament"
