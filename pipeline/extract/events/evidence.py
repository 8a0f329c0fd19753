"""What an event's evidence tells beyond its detector's sentence, once the article's findings of a
kind are merged (Beam-free): when a statement was voiced, the day a sentence pointing back
refers to, a speaker's day, the members of a delegation, the officials the evidence names.
The kinds' merges (`calls.py`, `policy.py`) apply the steps that fit them.
"""

from __future__ import annotations

import re

from pipeline.extract.dates import UNRESOLVED, date_of_statement
from pipeline.extract.document import ACTING_ROLE_KINDS, PRESENT_PERFECT, AnalysedArticle, Finding, in_background_passage
from pipeline.extract.gazetteer import Gazetteer
from pipeline.records import Actor


# "The Ukrainian delegation includes ...", "Russia's delegation, led by ...": the people named
# after it act for that state.
_DELEGATION_AFTER_PLACE = re.compile(
    r"(?:['’]s)?\s+(?:negotiating\s+|official\s+|high-level\s+)?(?:delegation|negotiating team|team of negotiators)"
    r"(?:\s+to\s+the\s+talks)?,?\s+(?:that\s+)?(?:includes|included|including|is\s+led\s+by|was\s+led\s+by|"
    r"led\s+by|headed\s+by|is\s+headed\s+by|comprises|comprised|consisting\s+of|consists\s+of|"
    r"is\s+expected\s+to\s+include|will\s+include|also\s+includes)\b")


# "Rubio leads a delegation that includes ...", "Lavrov headed a high-level delegation including ...":
# the people named after it act for the leader's state.
_DELEGATION_AFTER_LEADER = re.compile(
    r",?\s+(?:leads|led|heads|headed|is\s+leading|was\s+leading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"delegation(?:\s+to\s+[^,;.]{1,40}?)?,?\s+(?:that\s+|which\s+)?(?:includes|included|including|comprising|"
    r"also\s+including)\b")


def add_delegates(calls: list[Finding], analysed: AnalysedArticle) -> None:
    """People named as members of a state's delegation take part in the call of that state last
    reported before; a delegate without a known state is of the delegation's. The delegation is a
    state's ("the Ukrainian delegation includes ...") or a leader's ("Rubio leads a delegation that
    includes ...")."""
    if not calls:
        return
    for sentence in analysed.sentences:
        if "elegation" not in sentence.text and "negotiat" not in sentence.text:
            continue
        cues = []
        for place in sentence.places:
            cue = _DELEGATION_AFTER_PLACE.match(sentence.text, sentence.local(place.end))
            if cue is not None:
                cues.append((place.code, cue))
        for leader in sentence.people:
            cue = _DELEGATION_AFTER_LEADER.match(sentence.text, sentence.local(leader.end))
            if cue is not None and leader.country and not leader.former:
                cues.append((leader.country, cue))
        for code, cue in cues:
            # The call of that state last reported before this sentence (or in it).
            reported = [(max((e.start for e in call.evidence if e.start <= sentence.sentence.start), default=-1), i)
                        for i, call in enumerate(calls) if code in call.details["participants"]]
            reported = sorted(r for r in reported if r[0] >= 0)
            if not reported or (len(reported) > 1 and reported[-1][0] == reported[-2][0]):
                continue
            call = calls[reported[-1][1]]
            known = {(a.name, a.country) for a in call.actors}
            for person in sentence.people:
                if sentence.local(person.start) < cue.end() or person.former:
                    continue
                if person.country not in (None, code):
                    continue
                if (person.name, code) not in known:
                    call.actors.append(Actor(name=person.name, role=person.role, country=code,
                                             part="PARTICIPANT"))
                    known.add((person.name, code))


# A sentence that carries on the previous one's statement: a pronoun subject, then "also" or
# "further" and a reporting verb ("He also announced", "She further said", "He added").
_SAME_SPEAKER_GOES_ON = re.compile(
    r"(?:He|She|They)\s+(?:(?:also|further|then|later)\s+(?:said|announced|stated|pledged|vowed|warned|called)"
    r"|added|went on to)\b")
# Verbs that report what an official said or urged: the day they come with is the day of the words.
_REPORTED = re.compile(r"\b(?:said|says|announced|stated|told|declared|warned|pledged|vowed|called|urged|"
                       r"promised|demanded|insisted|stressed|threatened|accused|proposed|spoke|speaking)\b")
# A signal voiced in the simple past by a verb of saying, which a day told earlier can date.
_SAID = re.compile(r"\b(?:said|told|added|stressed|noted|announced|stated|declared|warned|pledged|vowed|called|"
                   r"urged|promised|demanded|insisted|threatened|proposed|confirmed|reiterated|emphasi[sz]ed|"
                   r"underlined|acknowledged|explained|argued|asserted|affirmed)\b")


def dated_when_voiced(findings: list[Finding], analysed: AnalysedArticle) -> list[Finding]:
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
            date = date_of_statement(finding.evidence[0].text, analysed.published, finding.said_at)
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


_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")


def add_officials_in_evidence(findings: list[Finding], codes_of, part: str, analysed: AnalysedArticle,
                               gazetteer: Gazetteer) -> None:
    """The officials of a finding's states (`codes_of(finding)`) named in its evidence ("... to
    meet with Crown Prince Mohammed bin Salman") act in it as `part`: the participants of a call,
    the signaller of a signal. Detectors name the subject; this adds who else the evidence names."""
    if not findings:
        return
    by_sentence = {sentence.sentence: sentence for sentence in analysed.sentences}
    named_before: dict = {}  # sentence -> the people of the nearest earlier sentence naming any
    latest: list = []
    for sentence in analysed.sentences:
        named_before[sentence.sentence] = latest
        if sentence.people:
            latest = sentence.people
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
                        or gazetteer.role_kind(person.role) not in ACTING_ROLE_KINDS:
                    continue
                if (person.surname, person.country) not in known:
                    finding.actors.append(Actor(name=person.name, role=person.role, country=person.country,
                                                part=part))
                    known.add((person.surname, person.country))


def dated_by_reference(findings, analysed: AnalysedArticle) -> None:
    """An undated event told in a sentence that points back at the one before ("The announcement
    was made after Trump spoke with Erdogan") happened when that one says, on a past day. In a
    story (not a digest item), an undated event told in the simple past right after a sentence of
    its paragraph dated to a past day happened that day too: "Trump levied tariffs on Wednesday.
    Canada imposed tariffs of its own." (`_dated_by_the_sentence_before`)."""
    previous = None
    before_of = {}  # each sentence -> the analysed sentence before it
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
        else:
            _dated_by_the_sentence_before(finding, analysed)


# Digest items (a few sentences written on the day) leave their events undated (EVENTS.md); a
# story of this many sentences goes on from one dated sentence to the next.
_STORY_SENTENCES = 8
# Tenses that tell a state of affairs reaching the present, not an event of a day: "has tightened",
# "has also urged", "have been encouraging", "is considering".
_PERFECT_OR_PROGRESSIVE = re.compile(
    r"\b(?:(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+|already\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|un|wn|ne|ing)"
    r"|(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+)?\w+ing)\b")


def _dated_by_the_sentence_before(finding: Finding, analysed: AnalysedArticle) -> None:
    """Dates an undated event of a story by the sentence right before its first evidence, when that
    sentence, in the same paragraph, is dated to a past day and the evidence tells no state of
    affairs (present perfect or progressive)."""
    if len(analysed.sentences) < _STORY_SENTENCES or analysed.published is None:
        return
    first = min(finding.evidence, key=lambda s: s.start)
    at = next((i for i, s in enumerate(analysed.sentences) if s.sentence is first or s.sentence == first), None)
    if not at or analysed.sentences[at - 1].paragraph != analysed.sentences[at].paragraph \
            or _PERFECT_OR_PROGRESSIVE.search(first.text):
        return
    # A passage of background keeps no date: the extractor leaves it out as undated (document.py).
    if in_background_passage(finding, analysed):
        return
    date = analysed.sentences[at - 1].date
    if date.date is not None and date.precision == "DAY" and date.date <= analysed.published:
        finding.date = date


def dated_by_speaker(signals: list[Finding], analysed: AnalysedArticle) -> None:
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


def dated_by_official_statement(signals: list[Finding], analysed: AnalysedArticle) -> None:
    """"Ankara is threatening retaliation against Washington ... "U.S. lawmakers will get nowhere,"
    Turkish Foreign Minister Mevlut Cavusoglu said Wednesday.": a signal of a state told with no
    time and no official is voiced by the first official of that state who speaks of its target
    on a given day in the article; that official signals, on that day."""
    # Told first in a tense with a time ("is threatening", not "has threatened"): later background
    # merged into the evidence ("In past tensions, Ankara has threatened ...") does not count.
    undated = [f for f in signals if f.date.date is None and not f.date.text and not f.actors
               and f.details.get("signaller") and f.evidence
               and not PRESENT_PERFECT.search(min(f.evidence, key=lambda s: s.start).text)]
    for finding in undated:
        signaller, target = finding.details["signaller"], finding.details.get("target")
        for sentence in analysed.sentences:
            speakers = [p for p in sentence.people if p.country == signaller and p.role and not p.former]
            if not speakers or not _REPORTED.search(sentence.text):
                continue
            if target and not any(a.code == target for a in sentence.agents) \
                    and not any(p.code == target for p in sentence.places):
                continue
            date = date_of_statement(sentence.text, analysed.published)
            if date.date is None or date.precision != "DAY":
                continue
            finding.date = date
            finding.actors.append(Actor(name=speakers[0].name, role=speakers[0].role, country=signaller,
                                        part="SIGNALLER"))
            break


def dated_by_states_words(signals: list[Finding], analysed: AnalysedArticle) -> None:
    """"Pakistan said Sunday that talks with the IMF are on track ... Finance Minister Aurangzeb
    said the loan would unlock investment.": a story that tells a state's words on a given day goes
    on with what its officials said then. A signal of that state none of whose evidence gives a
    time, told by a verb of saying in the simple past, was voiced on the day of the nearest earlier
    sentence in which the state, as the subject of a verb of saying, spoke on a day."""
    undated = [f for f in signals if f.date.date is None and not f.date.text and f.definite
               and f.details.get("signaller")]
    if not undated:
        return
    spoke: list[tuple[int, set, object]] = []  # (where, who spoke as subject, the day) in text order
    for sentence in analysed.sentences:
        if sentence.date.date is None:
            continue
        said = _REPORTED.search(sentence.text)
        if said is None:
            continue
        date = date_of_statement(sentence.text, analysed.published)
        if date.date is not None and date.precision == "DAY":
            spoke.append((sentence.sentence.start, {a.code for a in sentence.agents_between(0, said.start())}, date))
    for finding in undated:
        first = min(finding.evidence, key=lambda s: s.start)
        if not _SAID.search(first.text) or PRESENT_PERFECT.search(first.text):
            continue
        earlier = [(at, date) for at, speakers, date in spoke
                   if at < first.start and finding.details["signaller"] in speakers]
        if earlier:
            finding.date = earlier[-1][1]
