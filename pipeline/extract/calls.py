"""DIPLOMATIC_CALL: direct contact between officials of two or more states or organisations.

A sentence reports a call when it has a contact trigger (phone call, talks, met, visit, summit)
and at least two agents of different states or organisations, none of them a former official
or a legislator. The mode comes from the trigger, the status from the tense.
"""

from __future__ import annotations

import re

from pipeline.extract.dates import is_future_tense
from pipeline.extract.document import (
    HYPOTHETICAL, NEGATION, NON_GOVERNMENT_SPEAKER, AnalysedArticle, AnalysedSentence, Finding,
    clause_around, is_stale, old_year_mentioned,
)

# Each trigger, with the mode it signals; the first that matches decides.
_TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("PHONE", re.compile(
        r"\b(?:(?:tele)?phone(?:d)?|(?:held|had|holds|have|has) (?:a |an )?(?:\w+ )?call|video ?(?:call|conference|link)|"
        r"spoke (?:by|on the|over the) (?:tele)?phone|(?:tele)?phone (?:call|conversation|talks))\b", re.I)),
    ("SUMMIT", re.compile(r"\bsummit\b", re.I)),
    ("VISIT", re.compile(
        r"\b(?:(?:state|official|working|two-day|three-day|first) visit|visit(?:ed|s|ing)?\b(?! by)|"
        r"arrived in|trip to|travel(?:led|ed|s)? to|tour of)\b", re.I)),
    ("MEETING", re.compile(
        r"\b(?:met|meets?|meeting(?:s)? (?:with|between)|bilateral meeting|held talks|holds talks|"
        r"talks (?:with|between)|hosted|hosts|received|receives|summon(?:ed|s)|sidelines|"
        r"spoke with|speaks with|talked with|discussed|discuss(?:es)? with)\b", re.I)),
]
_NOT_OFFICIAL_CONTACT = re.compile(
    r"\b(?:met|meets?|visit(?:ed|s)?) (?:with )?(?:voters|supporters|students|workers|families|victims|troops|"
    r"business|companies|executives|residents|protesters|journalists|reporters)\b", re.I)
_WITH = re.compile(r"\b(?:with|and|to)\b", re.I)
_PROPOSED = re.compile(r"\b(?:potential|possible|proposed|would-be|prospective)\s+(?:\w+\s+){0,2}(?:meeting|summit|talks|visit)", re.I)


def detect_calls(article: AnalysedArticle) -> list[Finding]:
    """One finding per sentence that reports a call; the extractor merges them by participants."""
    findings = []
    for analysed in article.sentences:
        finding = _call_in(analysed, article)
        if finding:
            findings.append(finding)
    return findings


def _trigger(text: str) -> tuple[str, re.Match] | None:
    for mode, pattern in _TRIGGERS:
        match = pattern.search(text)
        if match:
            return mode, match
    return None


def _call_in(analysed: AnalysedSentence, article: AnalysedArticle) -> Finding | None:
    text = analysed.text
    found = _trigger(text)
    if not found:
        return None
    mode, trigger = found
    start, end = clause_around(text, trigger.start(), trigger.end())
    window = text[start:end]
    if (NEGATION.search(window) or _NOT_OFFICIAL_CONTACT.search(text) or _PROPOSED.search(text)
            or NON_GOVERNMENT_SPEAKER.search(text[start:trigger.start()])):
        return None
    if HYPOTHETICAL.search(text[start:trigger.start()]) or old_year_mentioned(window, article.published):
        return None
    if is_stale(analysed.date, article.published):
        return None
    agents = analysed.agents_between(start, end)
    if any(agent.person and agent.person.former for agent in agents):
        return None
    codes = []
    for agent in agents:
        if agent.code not in codes:
            codes.append(agent.code)
    if len(codes) < 2:
        return None
    if mode in ("MEETING", "PHONE") and len(codes) >= 3 and not _WITH.search(window):
        return None
    if mode != "SUMMIT" and len(codes) > 2 and mode != "MEETING":
        mode = "SUMMIT"
    host = None
    first, second = codes[0], codes[1]
    if mode == "VISIT":
        host = second
    actors = []
    named = [agent for agent in agents if agent.person]
    if mode == "SUMMIT":
        actors = [a.actor("PARTICIPANT") for a in named]
    else:
        for agent in named:
            part = "INITIATOR" if agent.code == first else "RECIPIENT" if agent.code == second else "PARTICIPANT"
            actors.append(agent.actor(part))
    future = is_future_tense(window)
    details = {
        "participants": sorted(codes),
        "mode": mode,
        "host": host,
        "status": "PLANNED" if future else "OCCURRED",
    }
    confidence = 0.55 + 0.15 * bool(named) + 0.1 * (len(named) >= 2) + 0.1 * (analysed.date.date is not None)
    return Finding(
        event_type="DIPLOMATIC_CALL",
        key=tuple(sorted(codes)),
        details=details,
        actors=[a for a in actors if a],
        evidence=[analysed.sentence],
        date=analysed.date,
        confidence=min(confidence, 0.95),
    )
