"""POLICY_SIGNAL: a government states or announces, as news, a direction, commitment or measure
in its foreign, trade or security policy (vows, calls to act, sanctions, tariffs, bans,
recognitions, withdrawals, rejections).

A sentence reports a signal when a policy trigger has a signaller: a state or organisation named
as the subject, or an official speaking for one (not a former official, analyst or legislator).
The target is the first other state or organisation after the trigger. Topic and stance come
from the trigger and the words around it.
"""

from __future__ import annotations

import re

from pipeline.extract.dates import UNRESOLVED
from pipeline.extract.document import (
    HYPOTHETICAL, NEGATION, NON_GOVERNMENT_SPEAKER, PRESENT_PERFECT, Agent, AnalysedArticle, AnalysedSentence, Finding,
    clause_around, is_stale, old_year_mentioned,
)

_V = r"(?:s|es|ed|d|ing)?"  # verb endings
# Triggers with the stance they carry (None: the surrounding words decide).
_TRIGGERS: list[tuple[str | None, re.Pattern]] = [
    ("CONFRONTATIONAL", re.compile(
        rf"\b(?:impos{_V}|slap{_V}|levy|levie[sd]|announc{_V} (?:new )?(?:sanctions|tariffs|restrictions|a ban)|"
        rf"sanction{_V}|ban(?:s|ned|ning)?|bar(?:s|red)|suspend{_V}|expel{_V}|expell(?:ed|ing)|recall{_V} (?:its|their) (?:ambassador|envoy)|"
        rf"sever{_V}|cut(?:s|ting)? (?:diplomatic )?ties|withdr(?:ew|aws?|awn|awing) (?:from|its|their)|pull(?:s|ed)? out of|"
        rf"reject{_V}|rul(?:e|es|ed|ing) out|threaten{_V}|warn{_V}|retaliat{_V}|restrict{_V}|"
        rf"declar{_V} (?:\w+ ){{0,4}}null and void|block{_V}|freez{_V}|froze|halt{_V}|terminat{_V}|downgrad{_V}|"
        rf"demand{_V}|clos{_V} (?:the |its )?(?:border|embassy|airspace)|tighten{_V} (?:\w+ )?(?:controls|restrictions)|"
        rf"blacklist{_V}|add{_V} (?:\w+ ){{0,4}}to (?:its|the) (?:entity|unreliable|export control) list)\b", re.I)),
    ("COOPERATIVE", re.compile(
        rf"\b(?:vow{_V}|pledg{_V}|commit{_V}|commitment to|advocat{_V}|agre{_V} to|sign{_V} (?:an? |the )?(?:\w+ ){{0,3}}"
        rf"(?:agreement|deal|treaty|pact|accord|memorandum)|join{_V}|recogni[sz]{_V}|lift{_V} (?:\w+ ){{0,2}}(?:sanctions|ban|tariffs|restrictions)|"
        rf"eas{_V} (?:sanctions|restrictions)|offer{_V}|support{_V} (?:for )?|expressed willingness|willing(?:ness)? to|"
        rf"strengthen{_V}|deepen{_V}|boost{_V} ties|elevat{_V}|normali[sz]{_V}|restor{_V} (?:diplomatic )?(?:ties|relations)|"
        rf"resum{_V} (?:talks|negotiations|aid|relations)|provid{_V} (?:\w+ ){{0,3}}(?:aid|assistance|weapons|support)|"
        rf"send{_V} (?:\w+ ){{0,3}}(?:aid|assistance|troops|weapons)|approv{_V} (?:\w+ ){{0,3}}(?:aid|package|deal|sale))\b", re.I)),
    (None, re.compile(
        rf"\b(?:call{_V} (?:on|for|upon)|urg{_V}|ask{_V} (?:\w+ ){{0,3}}to|announc{_V}|plan{_V} to|plann(?:ed|ing) to|"
        rf"intend{_V}|decid{_V} to|will (?!be\b)\w+|signal{_V}|signall(?:ed|ing)|stress{_V}|emphasi[sz]{_V}|"
        rf"underscor{_V}|reiterat{_V}|insist{_V}|seek{_V}|sought|propos{_V})\b", re.I)),
]
# Words that make a trigger a matter of foreign, trade or security policy.
_FOREIGN_POLICY = re.compile(
    r"\b(?:ties|relations|relationship|partnership|cooperation|alliance|treaty|agreement|deal|pact|sanctions?|"
    r"tariffs?|trade|exports?|imports?|embassy|ambassador|envoy|diplomat\w*|visas?|border|troops|military|"
    r"missiles?|nuclear|weapons?|security|defen[cs]e|peace|ceasefire|war|talks|negotiations|dialogue|"
    r"sovereignty|territory|independence|recogni\w+|aid|assistance|multilateralism|foreign policy|airline|flights?|"
    r"goods|products|duties|bloc|membership|withdraw\w*|ban\w*|restrictions?|investment|regional stability|"
    r"strategic|integrity|annex\w*|occupation|refugees?|asylum|summit|countries|nations|bilateral|"
    r"international|regional|global|allies|ally|bloc|partners?)\b", re.I)
_TOPICS: list[tuple[str, re.Pattern]] = [
    ("TRADE", re.compile(r"\b(?:tariffs?|trade|trading|exports?|imports?|goods|products|duties|customs|free trade area|airlines?|flights?|supply chains?)\b", re.I)),
    ("SECURITY", re.compile(r"\b(?:military|troops|missiles?|nuclear|weapons?|security|defen[cs]e|armed|forces|war|attack|terror\w*|ceasefire|peacekeep\w*|invasion|offensive|NATO)\b", re.I)),
    ("ECONOMY", re.compile(r"\b(?:economic|economy|investment|loans?|financial|currency|debt)\b", re.I)),
]
_COOPERATIVE_WORDS = re.compile(
    r"\b(?:strengthen\w*|cooperat\w*|partnership|ties|friendship|support\w*|peace|dialogue|lift\w*|"
    r"normali[sz]\w*|together|welcom\w*|aid|assistance|closer|boost\w*|enhanc\w*|deepen\w*|join\w*|stability)\b", re.I)
_CONFRONTATIONAL_WORDS = re.compile(
    r"\b(?:sanction\w*|tariffs?|ban\w*|expel\w*|suspend\w*|reject\w*|retaliat\w*|threat\w*|warn\w*|"
    r"restrict\w*|condemn\w*|punish\w*|hostil\w*|aggress\w*|withdraw\w*|destroy|obliterate|demand\w*|"
    r"waive|null and void|illegal)\b", re.I)
_SUBJECT_PRONOUN = re.compile(r"^(?:\W*)(?:He|She|It|They|The (?:president|prime minister|minister|leader|government|ministry|country))\b")
_GOVERNMENT_VOICE = re.compile(
    r"\b(?:government|ministry|administration|cabinet|authorities|officials?|spokes(?:person|man|woman)|"
    r"state media|statement|foreign office|state department|department|president|prime minister|leader)\b", re.I)


def detect_policy_signals(article: AnalysedArticle) -> list[Finding]:
    """One finding per sentence that reports a signal; the extractor merges them per (signaller, target)."""
    findings = []
    last_subject: Agent | None = None
    for analysed in article.sentences:
        finding, subject = _signal_in(analysed, article, last_subject)
        if finding:
            findings.append(finding)
        if subject is not None:
            last_subject = subject
        elif analysed.agents and analysed.agents[0].person is not None:
            last_subject = analysed.agents[0]
    return findings


def _trigger(text: str) -> tuple[str | None, re.Match] | None:
    best = None
    for stance, pattern in _TRIGGERS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (stance, match)
    return best


def _signal_in(analysed: AnalysedSentence, article: AnalysedArticle, last_subject: Agent | None):
    text = analysed.text
    found = _trigger(text)
    if not found:
        return None, None
    stance, trigger = found
    start, end = clause_around(text, trigger.start(), trigger.end())
    signaller = _signaller(analysed, start, trigger, last_subject)
    if signaller is None:
        return None, None
    window = text[start:end]
    if not _FOREIGN_POLICY.search(window):
        return None, signaller
    before = text[start:trigger.start()]
    if NEGATION.search(text[max(start, trigger.start() - 30): trigger.end()]) or HYPOTHETICAL.search(before):
        return None, signaller
    if NON_GOVERNMENT_SPEAKER.search(before[-60:]) and signaller.person is None:
        return None, signaller
    if re.search(r"\b(?:former|then)\b", before, re.I) or old_year_mentioned(window, article.published):
        return None, signaller
    if is_stale(analysed.date, article.published):
        return None, signaller
    if signaller.person is None and _is_demonym_only(analysed, signaller) and not _GOVERNMENT_VOICE.search(window):
        return None, signaller
    target = _target(analysed, trigger.end(), end, signaller.code)
    # "has expressed", "has begun signaling": the present perfect takes no definite time.
    definite = not PRESENT_PERFECT.search(text[max(start, trigger.start() - 30): trigger.end()])
    date = analysed.date if definite else UNRESOLVED
    # The topic and stance are read off what the trigger governs, not the whole clause's adjuncts.
    governed = text[trigger.start(): min(end, trigger.end() + 80)]
    topic = next((name for name, pattern in _TOPICS if pattern.search(governed)), "DIPLOMACY")
    stance = stance or _stance(governed)
    actors = [signaller.actor("SIGNALLER")] if signaller.person else []
    details = {"signaller": signaller.code, "target": target, "topic": topic, "stance": stance}
    confidence = 0.5 + 0.15 * (target is not None) + 0.15 * (signaller.person is not None) + 0.1 * (date.date is not None)
    finding = Finding(
        event_type="POLICY_SIGNAL",
        key=(signaller.code, target),
        details=details,
        actors=[a for a in actors if a],
        evidence=[analysed.sentence],
        date=date,
        confidence=min(confidence, 0.95),
        definite=definite,
    )
    return finding, signaller


def _signaller(analysed: AnalysedSentence, clause_start: int, trigger: re.Match, last_subject: Agent | None):
    """Who signals: the nearest agent before the trigger in its clause; a pronoun subject ("He
    stressed") refers to the last subject; "..., German officials said" puts it after."""
    if re.search(r",\s*$", analysed.text[:trigger.start()]) and trigger.group().lower().endswith("ing"):
        # ", emphasizing the need ...": a participle clause says what the sentence's subject did.
        return analysed.agents[0] if analysed.agents else last_subject
    before = analysed.agents_between(clause_start, trigger.start())
    if before:
        return before[-1] if before[-1].person else before[0]
    if _SUBJECT_PRONOUN.match(analysed.text[clause_start:trigger.start()] or analysed.text) and last_subject:
        return last_subject
    said = re.search(r"\b(?:said|says|announced|stated|according to)\b", analysed.text[trigger.end():], re.I)
    if said:
        after = analysed.agents_between(trigger.end() + said.start(), len(analysed.text))
        if after:
            return after[0]
    return None


def _target(analysed: AnalysedSentence, trigger_end: int, clause_end: int, signaller: str) -> str | None:
    for place in analysed.places:
        position = analysed.local(place.start)
        if trigger_end <= position < clause_end and place.code != signaller:
            return place.code
    return None


def _is_demonym_only(analysed: AnalysedSentence, agent: Agent) -> bool:
    return any(p.start == agent.start and p.kind == "demonym" for p in analysed.places)


def _stance(window: str) -> str:
    confrontational = len(_CONFRONTATIONAL_WORDS.findall(window))
    cooperative = len(_COOPERATIVE_WORDS.findall(window))
    if confrontational > cooperative:
        return "CONFRONTATIONAL"
    if cooperative > confrontational:
        return "COOPERATIVE"
    return "NEUTRAL"
