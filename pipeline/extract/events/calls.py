"""DIPLOMATIC_CALL: direct contact between officials of two or more states or organisations.

A sentence reports a call when it has a contact cue (a phone call, talks, "met", a visit, a
summit) and, in the cue's scope, at least two agents of different states or organisations,
none of them a former official or a legislator. The scope is the cue's clause, cut before a
purpose or a cause ("to discuss ...", "after ...", "amid ...") and before quoted speech, so
the topic of the talks does not take part in them.

Places are read by their role around the cue:
- the venue ("in Damascus", "in Riyadh, Saudi Arabia", "to Riyadh for talks with ..."): a
  meeting held in one participant's country is a VISIT hosted by it; a summit's venue state
  takes part in it; any other venue is no participant;
- the topic ("talks on Ukraine", "about Syria"): no participant;
- a visit's destination ("visits Kyiv", "a state visit to Israel") is its host, the one who
  travels ("a visit by Ramaphosa", "Xi's state visit") its initiator;
- states joined in a compound that is no contact ("India-China border tension") are a topic;
- an official named without a state ("Foreign Minister X held talks with his Beninese
  counterpart in Hanoi") is, in a capital, the capital's: a state agency names its own so.

One sentence gives one call per contact: the most specific cue decides, and another cue adds a call
only when its parties are not those of a call already told ("meets X during a trip to Y" is a
meeting and a visit). A meeting "on the sidelines of" or "at" a summit adds the summit its parties
attended; others a visitor meets besides the host are each a meeting; phone calls with three or
more states are calls of one side with each. Summits of one organisation in one article are one event.
A tour that lists states ("visited Syria, Lebanon and Jordan") is a visit to each; a host receiving several
leaders holds a summit with them. Who reacts to talks between others ("China welcomed the talks between A and B"),
a company's chief, a governor or a mayor, a national team, and "met with criticism" take part in no call.
The status is PLANNED in the future tense or "ahead of" the contact, and then only with a date
or a named occasion: "will restart talks" with no time is not yet an event. A contact told in a
since-clause ("the first call since they met in Osaka") is background; quoted speech, also a
quotation running over several sentences, is no report, and neither is what is told before its speaker
("Russia must end the war, Erdogan told Putin"). A contact asked of others ("urged A and B to hold talks"),
one said to be possible, and one others are thanked for are no calls. Who holds a contact told in an
opening phrase ("After talks with X, Y said") or a who-clause ("Y, who met X last week, said") is the
subject it leads to. States named at "the summit" of an organisation told just before attend its summit;
an organisation's official met at its seat ("in Brussels") is met at the organisation, and so is an organisation
met with another party ("met EU leaders in Brussels"). A trip to a city for talks with a party of no state ("to Cairo
for talks with Hamas") visits no host. "US-China talks" held are a meeting of the pair. A state in a description of
a party (", a critic of Iran,"), on whose behalf one acts, or in a time clause's contact after the main one ("ahead
of a summit with China") takes no part; "last met" is background. "Met X and later Y", "held separate talks with A and
B" are contacts with each, not a summit; a contact hoped for ("expressed hope that a meeting can be arranged") is none.
Who goes ("is heading for", "flew into") is an official, not marines or aid; "who is visiting X" visits X; a "he" after
quoted words or "when" is the official who opens the sentence before, as one that opens the sentence.
An invitation ("invites X to visit", "accepts an invitation from X to visit") or a proposal ("proposed that A and B hold
talks") is no contact yet, a visit "at the invitation of" X is one; parties that agree "at a meeting in X", that settle a
pact together at a venue ("reach a trade deal in Geneva"), that "spoke", "talked" or "discuss" joined as subjects ("Xi and
Putin discuss", "The Saudi and Iranian foreign ministers discuss") held a contact; "greets" receives; a leader's own
("his") Security Council is no UN; ", visiting A, B and C" and a tour of a region before it are a visit to each state;
"would" after a verb of saying is a planned contact, not a hypothesis.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from pipeline.extract.dates import ResolvedDate, date_of_sentence, is_future_tense, refines, resolve_date
from pipeline.extract.document import (
    NEGATION, NON_GOVERNMENT_SPEAKER, REPORTED_SPEECH, Agent, AnalysedArticle, AnalysedSentence, Finding,
    clause_around, hypothetical, is_stale, old_year_mentioned, quoted_from_non_official, recalled_by_anniversary,
)
from pipeline.extract.events import evidence
from pipeline.extract.events.kind import NO_CODES, ArticleContext, EventKind, absorb, with_people
from pipeline.extract.gazetteer import Gazetteer, PlaceMatch
from pipeline.extract.prefilter import FOLDS_APART, Prefiltered
from pipeline.records import CallDetails

PHONE, MEETING, VISIT, SUMMIT = "PHONE", "MEETING", "VISIT", "SUMMIT"
# When a sentence has several cues, the most specific one decides the mode.
_PRIORITY = {PHONE: 0, VISIT: 1, SUMMIT: 2, MEETING: 3}

# Every cue below holds one of these: a cheap test that most sentences fail.
_CUE_WORDS = (
    "phone", "video", "call", "conversation", "spoke", "speak", "talk", "confer", "visit", "trip", "travel", "flew",
    "fly", "flies", "head", "arriv", "greet", "depart", "leav", "left", "tour", "summit", "met", "meet", "summon", "sideline",
    "discuss", "sat down", "host", "receiv", "welcom", "session", "gathering", "conven", "gather", "consult", "negotiat", "dialogue",
    "huddl", "envoy", "delegation", "emissar", "lunch", "dinner", "breakfast", "shook", "shak", "counterpart", "set off", "sets off", "setting off", "mission", "exchang", "rang", "mediated by", "brokered by")
# The word starts one of which every contact cue below begins with or holds (`EventKind.cues`): a
# sentence with none of them is skipped. A new cue word needs its word start here.
CUES = (
    "phone", "tele", "video", "call", "rang", "conversation", "spoke", "speak", "talk", "confer", "told", "tells",
    "visit", "trip to", "travel", "flew to", "flies to", "fly to", "flying to", "head to", "headed to", "heads to",
    "heading to", "head for", "headed for", "heads for", "heading for", "flew into", "flies into", "fly into",
    "flying into", "arrive in", "arrived in", "arrives in", "arriving in", "greet",
    "tour of", "toured", "tours", "touring", "summit", "met", "meet", "discuss", "consult", "huddl", "envoy", "delegation", "emissar", "negotiations", "negotiate", "mediated by", "brokered by", "sat down",
    "sidelines", "summon", "host", "receiv", "welcom", "conference", "session", "gathering", "conven", "gather", "sign", "reach", "agree", "conclud", "finali", "depart",
    "leav", "left", "dialogue", "lunch", "dinner", "breakfast", "shook hands", "shake hands", "shakes hands",
    "shaking hands", "set off for", "sets off for", "setting off for", "mission to", "missions to", "counterpart", "exchanged views", "exchange views", "exchanges views", "exchanging views")
_MAX_CUES = 12
_PHONE = re.compile(
    r"\b(?:(?:tele)?phone(?:d)?|telephonic(?:ally)?|phone[- ]?call|video[- ]?(?:call|conference|link)|"
    r"(?:held|had|holds|have|has|hold|holding) (?:a |an )?(?:\w+ ){0,2}(?:call|conversation)|"
    # the contact as a noun, of unstated medium: "after a conversation between X and Y", "Trump's call with
    # Putin"; "the call with X" recalls one told before, often long before
    r"(?<!the )(?:conversations?|calls?) (?:with|between)|"
    # "Putin received a call from Trump"
    r"(?:received|receives|receiving|got|gets|took|takes) (?:a |an )?(?:\w+ )?call from)\b", re.I)
_NOUN_CONTACT = re.compile(r"(?:conversations?|calls?) (?:with|between)", re.I)
# "details about Trump's call with X", "a transcript of a call between X and Y": a call that is the topic of
# something else is one told before, not news of its own ("ahead of X's call with Y" is news).
_NOUN_CONTACT_TOPIC_BEFORE = re.compile(
    r"\b(?:about|(?<!ahead )(?<!eve )of|into|over|regarding|concerning)\s+(?:(?:a|an|the|this|that)\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}$", re.I)
# "spoke with" is a phone call unless a venue or a meeting says otherwise.
_SPOKE = re.compile(
    r"\b(?:spoke|spoken|speaks|speak|talked|conferred|confers) (?:separately )?(?:with|to)\b|"
    # CAMEO 040 "consult" (PETRARCH2's CAMEO.2.0.txt verb dictionary, MIT licence, Open Event Data Alliance):
    # "consulted with his Japanese counterpart", of unstated medium as "conferred with"
    r"\bconsult(?:s|ed|ing)? (?:separately |closely )?with\b|"
    r"\b(?=t)(?:told|tells) (?:his|her|their) (?:[\w-]+ ){0,2}counterparts?\b|"
    # CAMEO 040/041 (second pass, natural sentences): "called his Japanese counterpart", "briefed her French
    # counterpart on", "consulted his counterpart" (not "called his counterpart's remarks ...")
    r"\b(?:call(?:s|ed|ing)?|brief(?:s|ed|ing)?|consult(?:s|ed|ing)?) (?:his|her|their) (?:[\w-]+ ){0,2}counterparts?\b(?!['’])|"
    # "exchanged views with Wang Yi", "Lavrov and Wang Yi exchanged views on Ukraine"
    r"\bexchang(?:ed|es|ing) views\b|"
    # "discussed the Ukraine crisis with his French counterpart": of unstated medium, as "spoke with"
    r"\bdiscuss(?:ed|es|ing)? (?:[\w'’-]+ ){1,5}?with (?:his|her|their) (?:[\w-]+ ){0,2}counterparts?\b", re.I)
_TOLD = re.compile(r"\b(?:told|tells)\b", re.I)
# "Netanyahu and Trump spoke on Sunday", "Xi and Putin discuss the war in Ukraine": a contact of the two joined before the
# verb (`_joined_before`), told with no "with" (not "spoke at the summit", "spoke about Ukraine", "spoke to reporters").
_SPOKE_TOGETHER = re.compile(r"\b(?:spoke|spoken|talked|conferred|discuss(?:es|ed)?)\b(?!\s+(?:with|to|of|about|at|in|out|against|up|on\s+"
                             r"(?:the\s+)?(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:tele)?phone)"
                             r"|highly|publicly|openly|positively|favou?rably|fondly|warmly|critically)\b)", re.I)
# "Bush called Russian President Putin on Saturday", "... called Putin to congratulate him": a call to an official, told
# with its day or its purpose (not "called Putin a dictator", "called Putin's bluff").
_CALLED = re.compile(r"\b(?:called|calls|calling|phoned|rang)\b", re.I)
_CALLED_FOR = re.compile(
    r",?\s+(?:(?:late\s+)?(?:on|last)\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:late\s+)?yesterday|by\s+(?:tele)?phone\b|"
    r"to\s+(?:discuss|congratulate|express|offer|thank|convey|brief|voice|condole|assure|urge|ask|seek|inform|"
    r"apologi[sz]e)\b)", re.I)
# Parties that sign together at a venue or on a summit's sidelines met: "A and B sign a treaty in C".
_SIGNED = re.compile(
    r"\bsign(?:s|ed)?\b|"
    # "The United States and China reach a trade deal in Geneva", "Thailand and Cambodia agree to a ceasefire in Kuala
    # Lumpur": parties that settle a pact together at a venue met there, as those who sign it
    r"\b(?:reach(?:es|ed)?|conclud(?:e|es|ed)|finali[sz](?:e|es|ed)|agree(?:s|d)?\s+(?:on|to|upon))\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|treaty|ceasefire|truce|text)s?\b", re.I)
_PACT_WITH = re.compile(r"\s+with\s+(?:the\s+)?")
# (right after the party: "with Iran in Geneva", not "with China in May, officials said in Washington")
_PACT_AT = re.compile(r"(?:\s+(?:on|late|early)\s+\w+)?\s+(?:(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|"
                      r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)\b)(?-i:[A-Z])|on the sidelines)", re.I)
_SIGNED_AT = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z])|"
    r"on the sidelines)", re.I)
# Compound nouns in which "visit" is no diplomatic visit: "visa-free visits", "family visits".
_NOT_A_VISIT_BEFORE = re.compile(
    r"\b(?:visa-free|visa(?:[- ](?:free|waiver|exempt(?:ion)?|on[- ]arrival))?|tourist|tourism|family|site|home|port|prison|"
    r"hospital|school|campus|field|study|private|consular|conjugal|medical|factory|fact-finding|reciprocal)[- ]$", re.I)
# "a visiting forces agreement", "a visiting professor": "visiting" as an adjective of no official.
_NOT_A_VISIT_AFTER = re.compile(
    r"\s+(?:forces?|troops|professors?|scholars?|fellows?|researchers?|students?|teams?|hours|rights|"
    # "a visit ban", "the visits programme": rules about visits, no visit
    r"bans?|programmes?|programs?|schemes?|polic(?:y|ies)|regimes?|rules|permits?|quotas?|restrictions)\b", re.I)
# "visited Israeli troops in southern Syria", "a visit to the buffer zone", "visited northern Cyprus": a visit to a
# site or a region, not to a state's officials, is no diplomatic visit (one who meets them there is told so).
_SITE_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:northern|southern|eastern|western|north[- ]?eastern|"
    r"north[- ]?western|south[- ]?eastern|south[- ]?western|occupied|annexed)\s|"
    r"(?:[\w'’.-]+\s+){0,3}?(?:troops|soldiers|forces|frontline|front[- ]lines?|front|positions|units|(?:air |military |naval )?bases?|"
    r"zone|crossing|border(?! with)|sites?|camps?|shrine|temple|mosque|church|cathedral|farm|factory|plant|"
    r"hospital|museum|memorial|exhibition|expo|pavilion|embassy|consulate)\b)", re.I)
_VISIT = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|(?:trip|travel(?:led|ed|s|ling)?|flew|flies|fly|flying|head(?:ed|s|ing)?) to|"
    r"(?:flew|flies|fly|flying) into|"
    # "is heading for Tokyo": a destination as "to" ("heading for a showdown" names no state to visit)
    r"(?:depart(?:s|ed|ing)?|leaves|leaving|left|head(?:ed|s|ing)?) for|"
    # "toured Belgium, Germany and Italy": a tour named by its verb
    r"arriv(?:e|ed|es|ing) in|tour of|tour(?:ed|s|ing)(?= (?:the )?[A-Z])|"
    # CAMEO 042 "send an envoy / a delegation" (a visit made through one's envoy): "dispatched an envoy to Tokyo"
    r"(?:sen(?:d|ds|ding|t)|dispatch(?:es|ed|ing)?) (?:an? |its |his |her |their |the )?(?:[\w-]+ ){0,2}?"
    r"(?:envoys?|delegations?|emissar(?:y|ies)) to|"
    # CAMEO 042 (second pass, natural sentences): "set off for Beijing", "led a high-level delegation to China"
    r"set(?:s|ting)? off for|(?:led|leads?|leading) (?:an? |the |his |her |its |their )?(?:[\w-]+ ){0,2}?"
    r"(?:delegations?|missions?) to)\b", re.I)
_SUMMIT = re.compile(r"\bsummits?\b", re.I)
_MEETING = re.compile(
    r"\b(?:met|meets?(?! (?:[\w-]+ ){0,3}(?:obligations?|targets?|demands?|requirements?|standards?|criteria|needs|"
    r"deadlines?|goals?|conditions?|expectations?|commitments?|thresholds?|quotas?))|"
    r"(?:be|been|is|are|was|were|will be) meeting|meetings? (?:with|between)|"
    # "Meeting in Beijing on Monday, Xi and Putin pledged ...": the participle that opens a sentence
    r"meeting(?<=^meeting)(?= (?:in|with|on|at|for)\b)|"
    # "after meeting Rubio", "before meeting with the Saudi crown prince"
    r"meeting(?<=after meeting|efore meeting|while meeting| when meeting)(?: with)?(?= (?:(?-i:[A-Z])|his |her |the |their ))|"
    # ("held a third round of direct talks", "hold a series of diplomatic meetings")
    # ("have watched the talks", "has criticised the negotiations": a verb of the talks held by others, no holding)
    r"(?:held|holds|hold|holding|(?:had|have|has)(?! (?!an?\b)[\w-]+ (?:the|these|those|its|their|his|her|our)\b)) "
    r"(?:(?:a|an|the|their|his|her|its|our) )?(?:[\w-]+ ){0,2}(?:(?:rounds?|series|sessions?) of (?:[\w-]+ ){0,2})?"
    r"(?:talks|meetings?|consultations|negotiations|discussions)|"
    # "Iran and the United States negotiate in Rome", "negotiated with Hamas" (not "ready to negotiate with")
    r"(?<!\bto )(?<!\bnot )(?<!\bnever )negotiat(?:e|es|ed) (?:directly )?(?:with|in)|"
    # a deal or talks with their mediators: "reach a ceasefire agreement mediated by Egypt, Qatar, and the U.S."
    r"(?:agreements?|deals?|accords?|ceasefires?|truces?|talks|negotiations)(?: [\w-]+){0,2} (?:mediated|brokered) by|"
    # "the United States and Russia conclude talks", "A and B open negotiations": talks held, at their start or end
    r"(?:conclud(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed)?|open(?:s|ed)?|resum(?:e|es|ed)|launch(?:es|ed)?|"
    r"end(?:s|ed)?|wrap(?:s|ped)? up|continu(?:e|es|ed)|"
    # CAMEO 046 "enter / engage in negotiations": "A and B entered negotiations on", "engaged in talks over"
    r"enter(?:s|ed)?(?: into)?|engag(?:e|es|ed) in) (?:\w+ ){0,2}(?:talks|negotiations|consultations)|"
    # the talks as a noun: "following negotiations with X", "peace talks held in Istanbul between X and Y"
    r"(?:talks|negotiations|discussions) (?:with|between|in|at|held)|"
    # "a strategic dialogue with X", "after three days of dialogue, A and B sign"
    r"dialogue (?:with|between)|(?:held|holds|hold|had|days of|rounds? of) (?:[\w-]+ ){0,3}dialogue|"
    # "during a meeting at the White House with X"
    r"meetings? (?:at|in) (?:the )?(?:[A-Z][\w.'’-]*,? ){1,4}with|"
    r"summon(?:ed|s|ing)?|sidelines|discuss(?:ed|es)? with|sat down with|"
    # CAMEO 046 "huddle with" (the CONSULT block)
    r"huddl(?:e|es|ed|ing) with|"
    # "paid a courtesy call on the prime minister", "shook hands with Kim at the border"
    r"courtesy calls? on|(?:shook|shake|shakes|shaking) hands with|"
    # "agreed to restart trade talks during their meeting in Osaka": the parties named before held it
    r"(?<=during )their (?:\w+ ){0,2}(?:meeting|talks|summit)|"
    # "A and B agree to resume flights at a meeting in Tianjin", "... during a meeting on Monday": the parties named
    # before held a new meeting ("the meeting" is one told before; "a G7 meeting" is the organisation's)
    r"(?:(?<=during )|(?<=\bat ))(?:a|an) (?:(?-i:[a-z])[\w-]* ){0,2}meeting(?= (?:in|at|on|with)\b)|"
    r"(?:news|press) conferences? (?:[\w.’'-]+ ){0,4}?with|"
    # a working meal: "had lunch with Trump at the White House", "hosted a dinner for the Saudi crown prince"
    r"(?:had|held|have|has|hosted|hosts|hosting|over|during|at) (?:a |an )?(?:\w+ ){0,2}(?:lunch|luncheon|dinner|breakfast)"
    r" (?:with|for))\b", re.I)
# Receiving a guest: a VISIT hosted by the subject, when an official is received.
# Summoning a foreign envoy is a meeting of the two states, wherever it is held (EVENTS.md): the envoy's
# state is named right before the envoy ("summons Iran's ambassador", "the British chargé d'affaires").
_SUMMON = re.compile(r"summon(?:ed|s|ing)?", re.I)
_ENVOY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:acting|top|most senior|deputy|interim|new)\s+)?(?:ambassadors?|envoys?|charg[ée]s?\b|"
    r"diplomats?|representatives?|consuls?(?:[- ]general)?|emissar(?:y|ies)|head of mission|heads of mission)", re.I)
# "the summit between Putin and Trump", "Xi and Kim held a summit": the summit of the two named (not "attended the
# summit", one told before, which others attend too).
_TWO_PARTY_SUMMIT = re.compile(
    r"\bsummits?\s+(?:between|with)\b|\b(?:held|hold|holds|holding|had|have|has)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}"
    r"summits?\b|"
    # "Roh and Koizumi agreed at their summit on Monday"
    r"\b(?:at|during|after|before)\s+their\s+(?:[\w-]+\s+){0,2}summits?\b", re.I)
# "the G20 summit in Johannesburg", "the 2025 BRICS summit in Rio de Janeiro, Brazil": an organisation's summit and
# where it is held.
_ORGANISATION_TO_SUMMIT = re.compile(r"(?:['’]s)?\s+(?:(?:annual|\d{4}|leaders['’]?|heads of state|emergency|"
                                     r"extraordinary)\s+){0,2}")
_SUMMIT_HELD_IN = re.compile(r"\s+(?:(?:held|taking place|hosted)\s+)?in\s+(?:the\s+)?")
_SUMMIT_CALLED_OFF = re.compile(r"\b(?:cancel(?:l?ed|s|l?ing|lation)|postpone[ds]?|postponing|postponement|called off|"
                                r"call off|scrap(?:ped|s)?|suspend(?:ed|s)?|delay(?:ed|s)?|moved|relocat\w+)\b", re.I)
# Envoys who live where they are posted: meeting them there is no visit.
_POSTED_ROLE = re.compile(r"ambassador|charg[ée]|consul|high commissioner", re.I)
_POSTED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:acting|top|new|deputy|interim)\s+)?(?:ambassador|charg[ée]s?\b|consul|high commissioner)", re.I)
_ENVOY_OWNER_BEFORE = re.compile(r"^\s+(?:(?:the|its|their|his|her|a|an)\s+)?$", re.I)
_BY_AFTER = re.compile(r"\s+by\b")
# A deal or talks with their mediators: the venue is the talks', not one named in a purpose after them.
_MEDIATED = re.compile(r"\b(?:mediated|brokered) by$", re.I)
# A receiving verb in the passive: "is received by", "was hosted by" (the guest is its subject).
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# "received a call from Trump", "received a letter from Kim": a thing received is no guest.
_RECEIVED_THING_AFTER = re.compile(
    r"\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:calls?|letters?|messages?|notes?|invitations?|reports?|"
    r"briefings?|awards?|prizes?|honou?rs?|medals?|proposals?|offers?|requests?|assurances?|guarantees?|support|aid|"
    r"shipments?|deliveries|funds?|loans?|visas?|asylum)\b", re.I)
# "was met with criticism from China", "demands were met": "met" of a reaction or of a condition, no contact.
_MET_REACTION_AFTER = re.compile(
    r"\s+(?:with|by)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:criticism|opposition|resistance|scepticism|skepticism|"
    r"protests?|condemnation|outrage|anger|fury|approval|praise|silence|defiance|derision|disbelief|concern|alarm|dismay|"
    r"suspicion|hostility|applause|enthusiasm|backlash|reactions?|resistance|fire|force|rejection|ridicule|indifference)\b",
    re.I)
_MET_CONDITION_BEFORE = re.compile(
    r"\b(?:demands?|conditions?|targets?|goals?|requirements?|expectations?|obligations?|needs|deadlines?|criteria)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:was|were|are|is|be|been|being|have been|has been|had been)\s+(?:\w+\s+)?$", re.I)
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")
# ("will host Ishiba on Friday", "is set to receive the Indian prime minister": the bare verb after "will" or "to")
_GUEST_NEXT = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}", re.I)
_RECEIVE = re.compile(r"\b(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming|"
                      r"greeted|greets|greeting|"
                      r"(?<=to |ll |ld )(?:host|receive|welcome)|play(?:s|ed|ing)? host to)\b", re.I)
# "a G7 meeting", "the meeting of NATO foreign ministers": an organisation's meeting is a summit.
# ("the foreign ministers of the Arab League convene in Cairo", "NATO defence chiefs gathered in Paris": its
# members meeting, told by the verb)
_GATHERING = re.compile(r"\b(?:(?:meeting|conference|session|gathering)s?|conven(?:e|es|ed|ing)|gather(?:s|ed|ing)?)\b",
                        re.I)
_SIDELINES_OF = re.compile(r"\bsidelines of\b", re.I)
# "met Trump on the sidelines", "on the sidelines of the summit", "at the summit": the summit told before is the occasion.
_AT_SUMMIT_TOLD = re.compile(
    r"\bon the sidelines\b(?!\s+of\s+(?!(?:the|this|that)\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering|conference)\b))|"
    r"\b(?:at|during)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:summit|gathering|conference)\b", re.I)
_OCCASION_BEFORE = re.compile(
    r"\bsidelines of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}(?:of\s+(?:the\s+)?)?$", re.I)
# "at the NATO summit, X met Y": the organisation's summit is the occasion of the meeting told after it.
_AT_OCCASION_BEFORE = re.compile(r"\b(?:at|during)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_OCCASION_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:summit|meeting|conference|session|forum)\b", re.I)
# "India-China border tension", "the US-India partnership": states joined by a hyphen name what a noun is
# about, unless that noun is the contact ("the US-China talks").
_COMPOUND_JOINT = re.compile(r"\s?[-–]\s?")
# "US-China talks were held", "the India-Pakistan meeting": the contact noun right after a hyphenated pair.
_PAIRED_CONTACT_NOUN = re.compile(r"\s+(?P<noun>talks|meeting|negotiations|consultations)\b", re.I)
# What a paired contact may follow: the sentence's start ("The first US-China talks ..."), or a verb of holding it
# ("held US-China talks", "during the India-Pakistan meeting").
_PAIR_HELD_BEFORE = re.compile(
    r"(?:[^.;:]*?\b(?:held|hold|holds|holding|hosted|hosts|hosting|attended|attends|during|at)\s+)?"
    r"(?:(?:the|a|an|new|fresh|latest|first|second|third|high-level|direct|formal|trade|peace|security|"
    r"round of)\s+)*", re.I)
_CONTACT_AFTER_COMPOUND = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summits?|negotiations|calls?|dialogue|consultations|conversations?|"
    r"visits?)\b", re.I)
# The bare name of an organisation's organ that states have too: after a state's name it is that state's own body.
_OWN_ORGAN = re.compile(r"(?:(?:National )?Security|Human Rights|Defen[cs]e|Economic|Supreme) Council|General Assembly|"
                        r"Commission", re.I)
_OWNER_BEFORE = re.compile(r"(?:['’]s?)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}")
_PRONOUN_OWNER_BEFORE = re.compile(r"\b(?:his|her|its|their|our|my)\s+(?:own\s+)?$", re.I)
# "NATO leaders met", "the G7 summit opened", "a meeting of the Arab League": an organisation gathers.
_ORGANISATION_GATHERS = re.compile(r"\b(?:summit|met|meet|meets|meeting|gather(?:ed|s)?|convened?|conference)\b", re.I)
# "at the summit", "the meeting was attended by": a gathering told before.
_SUMMIT_REFERENCE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering|conference)\b", re.I)
# The speaker after what he said: "Russia must end the war, Erdogan told Putin", "..., the minister said in a call with".
_FRONTED_SPEECH = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:told|tells|said|says|wrote|writes|added|adds)\b", re.I)
# "the talks ended without a deal", "the meeting did not produce a breakthrough": a negated outcome of a contact held.
_OUTCOME_NEGATED = re.compile(
    r"\b(?:(?:did|does|do)\s+not\s+(?:produce|yield|result in|reach|bring|lead to)|(?:failed|fail|fails)\s+to\s+"
    r"(?:produce|yield|reach|bring|agree)|without\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?(?:deal|agreement|breakthrough|"
    r"progress|results?|joint statement|accord|ceasefire|truce|consensus|communiqu[ée]))\b", re.I)

_WHO_OPENS = re.compile(r",?\s*who\b", re.I)
# A contact in a sentence's opening phrase: "After talks with X, ...", "Speaking to reporters after his meeting with X, ...".
_OPENING_CONTACT = re.compile(
    r"\s*(?:(?:Speaking|Talking|Writing)\s+(?:(?:to|with)\s+(?:reporters|journalists|the press|the media)\s+)?|"
    r"In (?:a )?(?:statements?|remarks|comments)\s+)?(?:after|following|at the end of|at|during)\s+"
    r"(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}", re.I)
# "the White House meeting", "the Kremlin talks": a seat of government before a contact is its venue.
_SEAT_CONTACT_AFTER = re.compile(r"\s+(?:meeting|talks|summit)\b", re.I)

_NOT_OFFICIAL_CONTACT = re.compile(
    r"\b(?:met|meets?|meeting|visit(?:ed|s|ing)?|received|calls?|talks|briefings?) (?:with )?(?:the )?(?:\w+ )?(?:voters|supporters|students|"
    r"workers|families|victims|troops|soldiers|business|companies|executives|residents|protesters|journalists|"
    r"reporters|investors|fans|refugees|survivors|relatives|the press|the media|community)\b", re.I)
# "Argentina met Brazil in a World Cup qualifier", "India will meet Pakistan in the Trophy final": national teams.
_SPORT = re.compile(
    r"\b(?:World Cup|Cup|Trophy|qualif(?:ier|iers|ying)|(?:semi|quarter)[- ]?finals?|tournament|championships?|Olympics|"
    r"Olympic Games|friendly match|match(?:es)?|fixtures?|rugby|football|soccer|cricket|basketball|volleyball|hockey|"
    r"tennis|Six Nations|Euro \d{4}|scored|goals?|squads?|national teams?|"
    # "met Germany in the Euro final" (not "the final round of talks", "the final day of the summit")
    r"(?:Euro|cup|league|tournament|championship|the) finals?(?! (?:round|day|stage|session|phase|hours?|text|statement|"
    r"declaration|communiqu))|group stage|knockout|kick-?off)\b", re.I)
_UNOFFICIAL_TRIP = re.compile(
    r"\b(?:business|private|personal|unofficial|transit|religious|charity) (?:mission|trip|visit|delegation|stopover)\b",
    re.I)
_CANCELLED = re.compile(
    r"\b(?:cancel(?:l?ed|s|l?ing|lation)|postpone[ds]?|postponing|postponement|call(?:ed|s|ing)? off|put(?:s|ting)? off|shelved|pushed back|terminat\w*|"
    r"suspen(?:d|ds|ded|sion)|scrap(?:ped|s)?|broke off|break off|stall(?:ed|s|ing)|frozen|deadlocked|"
    r"boycott(?:ed|s)?|snub(?:bed|s)?|skip(?:s|ped|ping)?|stay(?:s|ed)? away|(?:send|sends|sent) no|"
    # "threatens to walk away from negotiations with Russia", "pulled out of the talks": talks left are none held
    r"(?:walk(?:s|ed|ing)?\s+(?:away\s+from|out\s+of)|pull(?:s|ed|ing)?\s+out\s+of|withdr(?:aw|aws|ew|awn|awing)\s+from|"
    r"quit(?:s|ting)?)\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summits?|"
    r"dialogue))\b", re.I)
# A travel ban is no trip: "bar the officials from travelling to the EU", "banned from entering Britain".
_TRAVEL_BARRED = re.compile(
    r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|forbidden|block(?:s|ed|ing)?|"
    r"prevent(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,5}?from\s+(?:travell?(?:ing)?|entering|visiting|flying)\b", re.I)
_PROPOSED = re.compile(
    r"\b(?:potential|possible|proposed|would-be|prospective|hoped-for|requested|"
    # "the prospects for a return to summit diplomacy", "the chances of a meeting": a contact weighed, none held
    r"(?:prospects?|chances?|possibility|likelihood|odds)\s+(?:of|for)|need(?:s|ed)?\s+to|"
    # an invitation, sent or accepted, is no contact yet: "invites Brazilian President Lula to visit Beijing", "accepts an
    # invitation from Trump to visit the United States"
    r"invit(?:e|es|ed|ing|ations?)(?! of\b) (?:[\w'’.-]+ ){0,8}?to|call(?:s|ed|ing)? for|urged?|offer(?:ed|s)? to|against|arrang(?:e|ed|ing)|seek(?:s|ing)?|sought|"
    r"reject(?:s|ed|ing)?|rul(?:es|ed|ing) out|oppos(?:es|ed|ing)|refus(?:ed|es|al|ing) to|declin(?:ed|es|ing) to|advis(?:ed|es|ing) (?:\w+ )?not to|"
    # pressing for a contact, or only wishing for one, is not one (EVENTS.md: planned means formally announced)
    r"(?:push|press|lobby|lobbie|lobbied|pushe|presse)(?:s|d|ed|ing)? for|propos(?:e|es|ing) (?:\w+ )?(?:to|a|an)|"
    r"suggest(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|hop(?:e|es|ed|ing) to|hope[sd]?(?: that)?|want(?:s|ed)? to|"
    r"would like to|wish(?:es|ed)? to|eager to|keen to|willing to|ready to|(?:likely|unlikely|probably) to|"
    # what something else may bring about: "hoped the visit would help restart talks", "could pave the way for talks"
    r"help(?:s|ed|ing)?(?: to)? (?:re-?start|start|resume|revive|restore|launch|kick-start|jump-start|bring about|unblock)|"
    r"pav(?:e|es|ed|ing) the way (?:for|to)|(?:lead|leads|leading) to|open(?:s|ed|ing)? the door to|"
    r"clear(?:s|ed|ing)? the way for|"
    # talks that are the object of another's act: "accused Washington of trying to derail talks with Kyiv"
    r"(?:derail|undermin|sabotag|scuttl|torpedo|obstruct|disrupt|wreck|jeopardi[sz]|complicat)(?:e|es|ed|ing|s)?|"
    # "before any direct negotiations": a contact of any kind is none in particular
    r"any)\s+(?:\w+\s+){0,3}$", re.I)
# "X expressed hope that a meeting can be arranged between him and Y on the sidelines of the summit": what is hoped for
# is no contact yet, however far the contact's cue stands from the hope.
_HOPED_THAT_BEFORE = re.compile(
    r"\b(?:hope[sd]?|hoping|expressed\s+(?:the\s+|his\s+|her\s+|their\s+)?hope|"
    # "Moon proposed that the two Koreas hold talks": a contact proposed is none yet
    r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?)\s+that\b[^.;:]*$", re.I)
_ASKED_TO = (r"(?:hold|have|start|begin|resume|restart|return to|open|launch|enter(?: into)?|engage in|join|attend|"
             r"sit down for)\s+(?:\w+\s+){0,2}")
# "China urged the United States and Japan to hold talks", "called on Kyiv and Moscow to meet", "renewed calls for the
# two neighbours to hold talks": a contact asked of others, whoever they are, is not one (the one who asks takes no
# part either).
_REQUESTED_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon|for)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|"
    r"appeal(?:s|ed|ing)? to|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?)\s+[^.;:]{0,80}?\bto\s+(?:" + _ASKED_TO + r")?$", re.I)
# "Rubio credited Britain and France for a constructive role in talks with Ukraine", "thanked Qatar for hosting the
# talks": a contact given as the reason for thanks is told elsewhere, and those thanked are no parties of it.
_CREDITED_FOR_BEFORE = re.compile(
    r"\b(?:credit(?:s|ed|ing)?|thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?|"
    r"hail(?:s|ed|ing)?|laud(?:s|ed|ing)?|blam(?:e|es|ed|ing))\s+[^.;:]{0,80}?\bfor\s+[^.;:]{0,60}$", re.I)
# (not the contact the thanks were said at: "thanked Macron for his support during a phone call")
# ("a role in talks with X" is no time of the thanks)
_AT_CONTACT_BEFORE = re.compile(
    r"(?<!role )(?<!part )(?<!roles )\b(?:during|at|in|on|over)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I)
# "During his first term, Trump met Kim in Singapore", "Before the war, Zelensky met Putin in Paris", "the two leaders
# previously met in Osaka": a time told as an earlier era is background (EVENTS.md "Recency").
_EARLIER_TIME = re.compile(
    r"\b(?:(?:during|in|throughout)\s+(?:his|her|their|the)\s+(?:first|previous|earlier|former|last|prior)\s+"
    r"(?:term|presidency|premiership|tenure|mandate|administration|stint)|"
    r"before\s+the\s+(?:war|invasion|pandemic|conflict|coup|revolution|uprising|full-scale invasion)|"
    r"previously(?! (?:announced|scheduled|planned|agreed|unannounced|undisclosed))|years ago|decades ago|a decade ago|"
    r"long ago|"
    # "the two leaders last met in Helsinki": the last contact before the news, told as background
    r"last\s+(?:met|spoke|talked|visited|conferred|held\s+(?:\w+\s+)?talks)|"
    # "Netanyahu's last visit to Washington", "their previous meeting": the contact before the news
    r"(?:last|previous|prior)\s+(?:state\s+|official\s+|face-to-face\s+|in-person\s+)?"
    r"(?:visit|trip|meeting|summit|call|phone call|conversation|talks))\b", re.I)
# "has met Putin several times": contacts counted over time are no one event.
_REPEATED = re.compile(r"\b(?:several|many|numerous|multiple|three|four|five|six|seven|eight|nine|ten|\d+) times\b|"
                       r"\brepeatedly\b|"
                       # "has visited Beijing on several occasions", "have met twice since 2019", "dozens of times"
                       r"\bon (?:several|many|numerous|multiple|two|three|four|five|\d+) occasions\b|"
                       r"\b(?:more than|at least) (?:once|twice)\b|\b(?:once|twice) (?:before|since|previously)\b|"
                       r"\b(?:a dozen|dozens of|a number of|a handful of|countless) times\b|"
                       # "have held peace talks for years": a process over time, no one contact
                       r"\bfor (?:years|months|decades)\b|\bover the (?:years|past (?:few |several )?(?:years|months))\b", re.I)
# "the first conversation between the two leaders since they met in Buenos Aires": the contact a
# since-clause tells is the earlier one, background.
# ("since 2018, when Putin met Trump in Helsinki": the when-clause tells the time the span starts at)
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:[\w'’.-]+\s+){0,8}$|\bsince\s+[^.;:]{0,40},\s+when\s+(?:[\w'’.-]+\s+){0,6}$", re.I)
_DAY_NAMES = (r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
              r"August|September|October|November|December)")
# Where the scope of a cue ends: a purpose, a cause, a sequel, quoted speech.
_SCOPE_END = re.compile(
    r"\bto (?:discuss|address|negotiate|resolve|end|secure|assure|ensure|sign|seek|push|press|review|"
    r"strengthen|finalise|finalize|deepen|boost|restore|ease|defuse|avert|facilitate|promote|mediate|broker|"
    r"explore|coordinate|prepare|advance|expand|improve|bolster|reaffirm|mend|repair|rebuild|reset|revive|"
    r"settle|solve|tackle|counter|curb|combat|lift|reduce|support|help|bring|build|find|reach|urge|lobby|"
    r"persuade|convince|win|gain|present|deliver|demand|request|plead|avoid|prevent|stop|halt|protest|condemn|"
    r"complain|initiate|implement|establish|launch|allow|enable|release|free)\b|\bin (?:response|reaction) to\b|"
    r"\bas part of\b|\bamid\b|\bin an effort\b|\baimed at\b|\bfocus(?:ed|ing)? on\b|\bregarding\b|\bconcerning\b|"
    # other purposes and topics: "with the aim of reviving a ceasefire between A and B", "in hopes of countering C",
    # "their talks covering A and B"
    r"\bwith the (?:aim|goal|intention|purpose|objective) of\b|\bin (?:a|an) (?:bid|attempt|push|drive)\b|"
    r"\bin (?:the )?hopes? (?:of|to|that)\b|\bin order to\b|\bso as to\b|\bwith a view to\b|\bseeking\b|"
    r"\bcover(?:ed|ing)\b|\btouch(?:ed|ing) on\b|\bcent(?:er|re)(?:d|ed|ing) on\b|\bdealing with\b|"
    # ("is due to open on Monday" is a schedule, not a cause)
    r"\b(?:after|following|before|prior to|ahead of|despite|since|because|owing to|about|until)\b|"
    r"\bdue to\b(?! (?:be|open|begin|start|take|meet|hold|arrive|visit|travel|attend|host|sign|convene|resume|end|close|"
    r"conclude)\b)|[\"“]|"
    # what is announced or said after the contact: "announces after a meeting in London that a plan ..."
    r"\bthat\s+(?:(?:a|an|the|it|its|they|their|he|his|she|her|we|this|these|those)\b|(?-i:[A-Z]))|"
    # what the parties then said or did to others: "met Lavrov and urged Iran to ...", "the summit condemned X"
    # ("a phone call on Wednesday": the contact and its day, no call on anyone)
    rf"\b(?:urged?|urges|call(?:ed|s)? (?:on|for)(?! (?:the )?(?:{_DAY_NAMES}|\d|(?:last|this|next) ))|condemn(?:ed|s)?|critici[sz](?:ed|es)|praised?|praises|thank(?:ed|s)|"
    r"warn(?:ed|s)|back(?:ed|s)|accus(?:ed|es)|demand(?:ed|s)|pledg(?:ed|es)|vow(?:ed|s)|said|says|stress(?:ed|es)|"
    r"reaffirm(?:ed|s)|express(?:ed|es)|reject(?:ed|s)|blam(?:ed|es)|threaten(?:ed|s)|agree[ds]?)\b(?!\s+by\b)|"
    # who reports the contact, in a closing attribution: "..., the Turkish foreign ministry said."
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,5}(?:said|says|told|reported|confirmed)\b(?=[^,;:]{0,40}$)|"
    # what goes on meanwhile: "..., as France prepares to recognise Palestine"
    r",\s+as\s+(?!well\b)|"
    # a participle clause of what the contact caused or meant: ", drawing criticism from X", ", angering Y"
    r",\s+(?!(?:including|during|meeting|holding|visiting|hosting|joining|talking|speaking|attending|involving|"
    r"bringing|gathering|representing|accompanying)\b)(?-i:[a-z]+ing)\b", re.I)
# "China welcomed the talks between the United States and Russia", "Turkey praised the talks in Istanbul": who reacts
# to a contact told as a noun is no party to it (a hosting or mediating subject is: "Saudi Arabia hosted talks").
_REACTION_BEFORE = re.compile(
    r"\b(?:welcom(?:ed|es|ing)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|applaud(?:ed|s|ing)|commend(?:ed|s|ing)|laud(?:ed|s)|"
    r"condemn(?:ed|s|ing)|critici[sz](?:ed|es|ing)|denounc(?:ed|es|ing)|reject(?:ed|s|ing)|dismiss(?:ed|es|ing)|"
    r"credit(?:ed|s)|back(?:ed|s)|support(?:ed|s)|endors(?:ed|es)|slamm?(?:ed|s)|question(?:ed|s)|mock(?:ed|s)|"
    # who asks to be in talks between others, or is kept out of them, is not in them: "Ukraine demands to take part in
    # talks between the United States and Russia", "Poland wants a seat at the talks between", "excluded from"
    r"demand(?:ed|s|ing)?|want(?:ed|s|ing)?|seek(?:s|ing)?|sought|insist(?:ed|s|ing)?|excluded|exclud(?:es|ing)|"
    r"left out|shut out|sidelined)"
    r"\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
# ("Putin praised the talks with the U.S.": talks "with" someone are the subject's own.)
_OTHERS_CONTACT = re.compile(r"(?:between|in|at|held)$", re.I)
# "the EU said the talks between Armenia and Azerbaijan were ...": talks between two others.
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|noted|notes|described|describes|called|calls)\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_CONTACT_NOUN = re.compile(
    r"(?:talks|negotiations|discussions|meetings?|summits?|conversations?|calls?|dialogue|consultations)\b", re.I)
# "..., a meeting seen as crucial for Syria": a description of the contact names no party of it.
_CONTACT_DESCRIBED = re.compile(
    r",\s+(?:in\s+)?(?:a|an|what|the\s+(?:first|second|third|latest|last))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|visit|call|talks|summit|trip|conversation|encounter)s?\b", re.I)
# "hosted the leaders of Kazakhstan, ...": the officials of states named after them.
_LEADERS_OF = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:top\s+|senior\s+|high-level\s+)?(?:leaders?|presidents?|prime ministers?|heads? of (?:state|government)|"
    r"(?:foreign|defen[cs]e) ministers?|ministers?|delegations?|envoys?)\s+(?:of|from)\s+(?:the\s+)?", re.I)
# "hosted the Polish prime minister": an official named by his state and office is received, as one named; so is
# one named by his state as a counterpart ("received his Brazilian counterpart").
_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:foreign|defen[cs]e|trade|finance|economy|commerce|treasury|energy|interior|home|vice)\s+)?"
    r"(?:president|prime minister|premier|chancellor|minister|secretary(?: of (?:state|defen[cs]e|war|the treasury|"
    r"commerce|energy|homeland security))?|foreign secretary|king|emir|crown prince|counterparts?)\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
# "Putin's envoy", "Iran's foreign minister": after a possessive, one who may be received.
_OWN_OFFICIAL_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:envoys?|delegations?|delegates|officials?|representatives?|emissar(?:y|ies)|"
    r"president|vice president|prime minister|premier|chancellor|(?:foreign |defen[cs]e )?ministers?|secretary|king|"
    r"queen|emir|crown prince|leaders?|counterparts?|ambassadors?|negotiators?|team)\b", re.I)
# "welcomed the announcement by Trump", "welcomed the decision of the EU": a thing of the one named after it (not "the
# leaders of", "a delegation from").
_THING_OF_BEFORE = re.compile(
    r"\b(?!(?:leaders?|presidents?|ministers?|delegations?|delegates|envoys?|officials?|representatives?|heads?|"
    r"counterparts?|premiers?|chancellors?|kings?|emirs?|secretar(?:y|ies)|ambassadors?|negotiators?|teams?|"
    r"members?)\b)[a-z]{3,}\s+(?:by|of|from)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$")
_VENUE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)
_DESTINATION_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_TRAVEL_TO_BEFORE = re.compile(
    r"\b(?:travel\w*|trips?|fl(?:ew|y|ies)|head(?:ed|s)?|went|go(?:es)?|delegations?|arriv\w*|came|comes|"
    r"journey\w*|missions?|sent|sends)\b[^.;]{0,100}\bto\s+(?:the\s+)?$", re.I)
# "the war in Ukraine", "attacks on Iran", "the annexation of Greenland": a place of what is talked about, no venue
# and no party.
_SITUATION_BEFORE = re.compile(
    r"\b(?:(?:wars?|conflicts?|fighting|crisis|situation|violence|ceasefire|truce|peace|offensive|invasion|strikes?|"
    r"attacks?|bombing|hostilities|genocide|famine|protests?|unrest|tensions|elections?|aid|reconstruction)\s+"
    r"(?:in|on|of|for|against|inside)|(?:annexation|occupation|independence|sovereignty|future|recognition|partition|"
    r"status|fate)\s+of|(?:tensions|relations|ties|trade|disputes?|rivalry|standoff)\s+with|"
    # "talks on migration from Belarus", "discussed sanctions on Russia", "a summit overshadowed by ...": what is
    # talked about, or weighs on the talks
    r"(?:migration|migrants|refugees|imports|exports|threats?|drones?|missiles?|weapons|arms|interference|aggression|"
    r"pressure|sanctions|tariffs|duties)\s+(?:from|on|against|by)|(?:overshadowed|dominated|clouded)\s+by)"
    r"\s+(?:the\s+)?$", re.I)
# After a state: what of it is talked about ("a summit overshadowed by Russia's war"), or that it is on the
# agenda ("with North Korea high on the agenda").
_SITUATION_AFTER = re.compile(
    r"['’]s?\s+(?:(?:full-scale|ongoing|brutal|nuclear|missile|military)\s+)?(?:war|invasion|aggression|offensive|"
    r"annexation|occupation|nuclear\s+program(?:me)?|weapons\s+program(?:me)?|crackdown)\b|"
    r"\s+(?:(?:high|top|first|prominently|squarely)\s+)?(?:on|at\s+the\s+top\s+of)\s+(?:the|their|its)\s+agenda\b", re.I)
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|regarding|concerning|against|into|toward|towards|discuss(?:ed|es|ing)?)\s+(?:the\s+)?$", re.I)
# "The two ministers discussed the nuclear talks with the United States", "briefed Macron on the negotiations with Iran":
# the other side of a contact that is itself the topic takes no part in the contact told.
_CONTACT_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|on|about|over|regarding|concerning)\s+(?:the|a|an|his|her|their|its|recent|ongoing)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|deal|agreement|dialogue)\s+with\s+(?:the\s+)?$", re.I)
# "tensions between India and Pakistan", "mediates between A and B", "talks on a ceasefire between A and B": the
# states between which something other than the contact stands are its topic (not "talks held in Geneva between
# A and B"; "a ceasefire between A and B, mediated by C during talks" is theirs, made at the contact).
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_TOPIC_BETWEEN = re.compile(
    r"\b(?:on|about|over|regarding|concerning)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}between\s+(?:the\s+)?$", re.I)
_CONTACT_BEFORE_BETWEEN = re.compile(
    r"\b(?:talks|meetings?|calls?|conversations?|negotiations|summits?|consultations|dialogue|contacts?|discussions|"
    r"exchanges|held|hosted|took place|ceasefire|truce|deal|agreement|accord|treaty|peace|pact)\b"
    r"(?:(?!\b(?:as|while|amid|when|after|since)\b)[^;.]){0,60}$", re.I)
# "a summit on Sudan and the Congo": a state listed with a topic is a topic too.
_TOPIC_LISTED = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_APPOSITION = re.compile(r"^,\s*$")
# "in Sharm el-Sheikh, Egypt": a country after a venue the gazetteer does not know.
_APPOSITION_END = re.compile(r"['’]s|\s*(?:[,.;)]|$|for\b|to\b|on\b|in\b|and\b|where\b|amid\b)")
_VENUE_DESCRIBED_BEFORE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:capital|city|town|port|resort)(?:\s+of|,)?\s+$", re.I)
# A described venue is closed by a comma, and the description names no one who acts (not the subject
# after an opening phrase: "Following talks in Doha, the governments of A and B agree, ...").
_VENUE_DESCRIPTION_AFTER = re.compile(
    r",\s+(?:the|a|an|its|home to)\s(?:(?!governments?\b|officials?\b|leaders?\b|delegat|ministers?\b|"
    r"president\b|presidents\b|[Pp]rime [Mm]inister)[^,;:()]){0,60},")
_VENUE_NAME_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][^,.;:]{0,30},\s*$")
# A place word that begins a longer proper name: "Aden Adde International Airport", "China Daily".
_PROPER_NAME_AFTER = re.compile(
    r"^\s(?:[A-Z][\w'’-]*\s){0,3}(?:Airport|International|University|College|Hospital|Stadium|Street|"
    r"Square|Palace|Hotel|Valley|River|Sea|Bay|Times|Post|Daily|News|Today|Herald|Journal|Tribune|"
    r"Airlines|Airways|Bank|Group|Company|Corporation|Club|Cup)\b")
# "the United States Congress", "Ukrainian lawmakers": a legislature takes no part in diplomacy.
_LEGISLATURE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Congress|Parliament|Senate|House of|National Assembly|Duma|Knesset|parliament|"
    r"lawmakers|legislators|MPs|senators|parliamentarians|opposition)\b")
# "U.S. business executives", "American defence companies", "Chinese investors": private people of a state
# are no officials, so meeting them is no call (a leader "meeting" companies, EVENTS.md).
_PRIVATE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:business(?:es|people|men|women)?|compan(?:y|ies)|firms?|corporations?|"
    r"executives|chief executives|CEOs?|bosses|tycoons|billionaires|investors|entrepreneurs|"
    r"industrialists|manufacturers|(?:car|auto|chip|arms)[- ]?makers|exporters|bankers|students|tourists|"
    r"nationals|citizens|expatriates|diaspora|community|journalists|athletes|workers|activists?|dissidents?|exiles?|"
    r"rebels?|separatists?|refugees|protesters|campaigners)\b")
# "protesters from Germany and France", "representatives of oil companies from Norway", "newspapers in Brazil": people
# and firms of a state, or where something is printed, no officials.
_PRIVATE_BEFORE = re.compile(
    r"\b(?:protesters|demonstrators|activists|campaigners|compan(?:y|ies)|firms|businesses|businesspeople|executives|"
    r"investors|journalists|reporters|fans|students|tourists|athletes|newspapers|media|press|broadcasters|"
    r"television|outlets)\s+(?:from|of|in|based in)\s+(?:the\s+)?$", re.I)
# "Venezuelan opposition leader X", "the exiled crown prince": people who hold no office of the state they are of.
# Governors and mayors govern a province or a city, not the state in its foreign relations ("California Governor X met
# the Mexican president" is no contact of the two states).
_NO_OFFICE_ROLE = re.compile(r"opposition|activist|dissident|exile|rebel|separatist|candidate|challenger|governor|mayor",
                             re.I)
# "Tesla chief executive Elon Musk", "OpenAI founder X": a company's people hold no office of any state.
_CORPORATE_ROLE = re.compile(r"\bexecutive|\bceo\b|founder|chairman of the board|businessm[ae]n|businesswom[ae]n|"
                             r"billionaire|tycoon|investor|owner", re.I)
_NO_OFFICE_BEFORE = re.compile(r"\b(?:exiled|self-exiled|ousted|deposed|jailed|imprisoned|detained)\s+(?:the\s+)?$", re.I)
# "Russia's ambassador to Germany": the state an envoy is posted to is neither a venue nor, by this mention, a party.
_POSTING_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|representatives?|consuls?(?:[- ]general)?|high commissioners?|charg[ée]s? d['’]affaires|"
    r"emissar(?:y|ies)|delegates?)\s+(?:\w+\s+)?to\s+(?:the\s+)?$", re.I)
# "the mayor of London", "the governor of Texas": the place of a local office is no party.
_LOCAL_OFFICE_BEFORE = re.compile(r"\b(?:governor|mayor|mayors|governors)\s+of\s+(?:the\s+)?$", re.I)
_CONVENE = re.compile(
    r"\b(?:host|hosts|hosted|hosting|hold|holds|held|holding|convene[sd]?|convening|attend(?:s|ed|ing)?|"
    r"organi[sz](?:e|es|ed|ing)|chair(?:s|ed|ing)?|join(?:s|ed|ing)?|participat(?:e|es|ed|ing)|take part|"
    r"takes part|took part|gather(?:s|ed)?|meet|meets|met)\b", re.I)
# "The BRICS summit will be held in Rio on 6 July", "the EU-China summit is scheduled for 24 July": the summit as the
# subject of its own convening is announced, not a setting of something else.
_CONVENED_AFTER = re.compile(
    r"(?:\s+[\w'’.-]+){0,6}?\s+(?:(?:will|is|are|was|shall)\s+(?:(?:now|also|due|set|scheduled|expected|to)\s+){0,2}"
    r"(?:to\s+)?(?:be\s+)?(?:held|hosted|convened|staged|take place|open|begin|start|scheduled|set for|due (?:on|in|to))|"
    r"takes place|opens|begins|starts)\b", re.I)
_REFERENCE = re.compile(
    r"\b[Tt]he (?:(?:tele)?phone |video |two-day |three-day |bilateral |high-level )?"
    r"(?:meeting|talks|visit|call|summit|trip|conversation)\b")
# "met Olmert and later Abbas", "met separately with the Israeli and Palestinian ministers", "held separate talks with
# A and B": one side's contacts with each of the others, no meeting of them all.
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b|\b(?:and|,)\s+(?:then|later|afterwards|subsequently)\s+(?:with\s+)?"
                       r"(?:the\s+)?(?-i:[A-Z])", re.I)
# A wish, a readiness or an agreement to meet is not yet a meeting: planned, so it needs a date or occasion.
_INTENDED_BEFORE = re.compile(
    r"\b(?:hope[sd]?|want(?:s|ed)?|ready|willing|eager|keen|prepared|agree[sd]?|plan(?:s|ned)?|intend(?:s|ed)?|"
    r"expect(?:s|ed)?|likely|set|due|aim(?:s|ed)?|would like|looking forward|looks forward)\s+"
    # ("agreed on Monday to hold talks": the day of the agreement between)
    r"(?:(?:on\s+|late\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?to\s+(?:\w+\s+){0,2}$",
    re.I)
_PLANNED_CUE = re.compile(r"\b(?:ahead of|in preparation for|upcoming|forthcoming|planned|scheduled)\b", re.I)
_OCCASION = re.compile(r"\b(?:summit|sidelines|during|ahead of|at the (?:\w+ ){0,3}(?:meeting|conference|forum))\b", re.I)
_REPORTED = re.compile(r"\bthat\b", re.I)
_FORCES_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Nn]avy|[Nn]aval|[Aa]rmy|[Mm]ilitary|troops|forces|[Ww]arships?|ships?|vessels?|"
    r"frigates?|destroyers?|carriers?|aircraft|jets?|crews?|sailors|soldiers|training|inspectors|monitors|"
    r"observers|peacekeepers)\b")
# "Indian officials arrived in Dhaka", "the Japanese prime minister will fly to Washington": who goes somewhere named by
# a state is one of its officials, else what goes there is marines, aid or planes ("US marines arrived in Sri Lanka").
_MOVER_OFFICIAL_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:envoys?|delegations?|delegates|officials?|representatives?|emissar(?:y|ies)|"
    r"president|vice president|prime minister|premier|chancellor|(?:foreign |defen[cs]e )?ministers?|secretary|king|"
    r"queen|emir|crown prince|leaders?|ambassadors?|negotiators?|diplomats?|heads? of (?:state|government))\b", re.I)
_MOVER_OFFICIAL_BEFORE = re.compile(
    r"\b(?:leaders?|presidents?|prime ministers?|heads? of (?:state|government)|ministers?|delegations?|delegates|"
    r"envoys?|officials?|representatives?|diplomats?|negotiators?)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
# ... or the state itself is the subject: "Iran will send ...", "China has flown to" (only auxiliaries between)
_MOVER_IS_SUBJECT = re.compile(
    r"(?:\s+(?:has|have|had|will|would|is|are|was|were|also|then|later|now|again|set|due|expected|scheduled|to|be|"
    r"been|reportedly|already|just))*\s+", re.I)
_MOVEMENT = re.compile(r"(?!visit|trip|tour)", re.I)
# Armed units named by their state ("Chinese and Russian warships", "Indian troops"), not their commanders ("the
# armed forces chief").
_UNITS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:and|or)\s+[A-Z][\w-]+\s+)?(?:[a-z]+\s+)?(?:troops|soldiers|forces|warships|ships|vessels|"
    r"(?:fighter )?jets|aircraft|sailors|crews|patrols|units|submarines|drones|fighters)\b"
    r"(?!\s+(?:chiefs?|commanders?|heads?|leaders?|ministers?|officials?|envoys?|delegations?)\b)")
# Between the last of several travellers and their visit cue: "... and Barrot travel to", "... and Merz visited".
_TRAVELLERS_TO_CUE = re.compile(r"(?:['’]s)?\s+(?:(?:have|has|had|will|jointly|together|also|both|all)\s+){0,2}")
# "to Cairo on Monday for talks with Hamas": whom a trip is for, named right after "with".
_TRIP_FOR_CONTACT_WITH = re.compile(
    r"(?:[^.;:,]{0,40}?\s)?for\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations|consultations|discussions)\s+with\s+"
    r"(?:the\s+)?(?P<party>(?-i:[A-Z])[\w'’-]+)", re.I)
# Movements that govern a whole state de facto, named alone ("the Taliban" is Afghanistan's government since 2021).
_DE_FACTO_GOVERNMENTS = {"Taliban": "AFG"}
_VISITOR_AFTER = re.compile(r"\s*(?:by|from)\s+(?:the\s+)?", re.I)
# "a visit to Phnom Penh on Monday by X": the visitor after the destination and a time.
_VISITOR_AFTER_DESTINATION = re.compile(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])[^,;:()\"“”]{0,60}?\s+by\s+(?:the\s+)?", re.I)
# "who is visiting Pakistan", "while visiting Kenya": "visiting" as a verb, whose object is the host, not the visitor.
_VISITING_AS_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|while|when|after|before|by|for|of|on|and)\s+$|['’]s\s+$|"
    r"(?<!\bthe)(?<!\ba),\s+$", re.I)  # "..., visiting Namibia, Congo and Chad": a participle of the one before
_VISITOR_POSSESSIVE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
# "G7 meetings usually center on politics": what is done as a rule is no report of a contact.
_HABITUAL = re.compile(r"\b(?:usually|typically|traditionally|normally|generally|routinely|customarily|often|frequently|"
                       r"regularly|periodically|occasionally|sometimes)\b", re.I)
# "Trump had met Kim in Singapore and Hanoi": a contact in the past perfect, with no time of its own, is told as what
# came before the news (the gold holds none; "said Wang had met Lavrov on Monday" has its day, and stands).
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|previously|also|once|earlier|twice|never|long)\s+)?(?:met|visited|spoken|talked|"
    r"travell?ed|flown|held|hosted|received|phoned|called|conferred)\b", re.I)
# "talks between the two countries", "both sides held talks": parties named before.
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|states|neighbou?rs|leaders|presidents|"
                        r"(?:prime |foreign |defen[cs]e )?ministers|heads of state)\b", re.I)
# "The second round is set to take place in Rome", "the next round of talks", "will meet again": more of the same talks.
_NEXT_ROUND = re.compile(r"\b(?:next|second|third|fourth|fifth|sixth|new|another|further|fresh)\s+round\b|"
                         r"\b(?:meet|talk|convene)\s+again\b|\b(?:talks|negotiations)\s+(?:will|would)\s+resume\b", re.I)
_STATES_NOUN = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|states|neighbou?rs)\b", re.I)
# A relative clause after a comma, up to the next comma: ", who mediates between A and B,", ", where Russia struck".
_RELATIVE = re.compile(r"(?<=,)\s+(?:who|whose|whom|which|where)\b[^,;:]*")
# "X and Y also attended", "the leaders of A and B took part": the subjects attended the summit told before.
_ATTENDED = re.compile(
    r"\b(?:also\s+)?(?:attended|took part|participated|were (?:also )?(?:present|in attendance))\b"
    r"(?=\s*(?:[.,]|$|as\b|in person\b))", re.I)
_ATTENDED_BY = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?attended\s+by\b|"
                          # "Among them were X, Y and Z", "Among the leaders attending were ..."
                          r"^\W*Among\s+(?:them|those\s+(?:attending|present|taking\s+part)|the\s+(?:leaders|guests|"
                          r"attendees|participants|heads\s+of\s+(?:state|government))(?:\s+(?:attending|present))?)"
                          r"\s+(?:were|was|are|is)\b", re.I)
# A contact told as the time of a proposal is held all the same: "agreed to restart talks during their meeting".
_DURING_OWN = re.compile(r"their\b", re.I)
# "He also met ...", "Later, she spoke with ...": a pronoun subject, after at most a short opening phrase.
# The official may be named again by the office alone: "The foreign minister later met ...".
_PRONOUN_SUBJECT = re.compile(
    # ("On Wednesday he met ...": wire style often sets no comma after a short opening)
    r"(?:(?:Later|Earlier|Then|There|Separately|Also|Afterwards?|Subsequently|Next|On \w+(?: \d{1,2})?|In \w+),?"
    r"\s+)?([Hh]e|[Ss]he|[Tt]he (?:president|prime minister|premier|chancellor|(?:foreign |defen[cs]e )?minister|"
    r"(?:foreign )?secretary|leader))\b")
# '"We are aware of it," he told reporters during talks with X', "The row began when he signed ... during a visit": a
# "he" or "she" after quoted words or a conjunction of time, with nobody named before it, is the subject too.
_PRONOUN_SUBJECT_INSIDE = re.compile(
    r"(?:[,.!?]?[\"”]\s*,?\s*|\b(?:when|after|as|while|before|once|until)\s+)(he|she)\b")
# Sources mix straight and curly quotes ("... villages,” she said).
_QUOTED = re.compile(r'["“][^"“”]{0,600}["”]')
# A quotation that runs over several sentences leaves one mark in each: a closing mark after
# punctuation ('... with Japan," said the ministry'), an opening one before a word ('"We will ...').
_QUOTE_CLOSED = re.compile(r'[.,!?…]["”]|”')
_QUOTE_OPENED = re.compile(r'["“](?=\w)')
_TIME_CONNECTOR = re.compile(r"\b(?:after|following|before|since|when|while|as)\b", re.I)
# "..., following a summit with China", "ahead of talks with X": a contact noun in a time clause after another contact.
_TRAILING_CONTACT_BEFORE = re.compile(
    r"\b(?:after|following|before|ahead of|prior to|days? (?:after|before))\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}$", re.I)
# Where a state is named that takes no part: on whose behalf one acts, or in an appositive that describes a party.
_NO_PART_BEFORE = re.compile(
    r"(?:\bon behalf of|\bat the (?:request|behest) of|\b(?:a|the) message from|"
    r",\s+(?:a|an)\s+[^,;:()\"“]{0,50}?\b(?:of|from|to|with|toward|towards|against|on|in)|,\s+both)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}$", re.I)
_DESCRIBED_CONTACT = re.compile(r"\b(?:talks|negotiations|meetings?|summits?|calls?|conversations?|visits?|trips?|"
                                r"tour|delegations?|dialogue|consultations)\b", re.I)
_EARLIER_CONNECTOR = re.compile(r"after|following|since", re.I)
# Verbs whose subject must be an official: "X met with Y", "X visited Y".
_VERBAL = re.compile(r"(?:met|meets?|spoke|speaks|talked|visit(?:ed|s))(?: with| to)?", re.I)
# "a trip to Warsaw, which was cancelled"
_CANCELLED_LATER = re.compile(
    r"[^.;]{0,60}?,\s+(?:which|that)\s+(?:was|were|has been|had been|is|is being)\s+(?:\w+\s+)?"
    r"(?:cancel|postpone|called off|scrapped|suspended)", re.I)
# "a visit by X is being discussed": a contact still talked about is not yet one, not even planned.
_UNSETTLED_LATER = re.compile(
    r"[^.;]{0,80}?\b(?:(?:is|was|are|were) (?:still )?being (?:discussed|considered|planned|prepared|arranged|"
    r"negotiated|explored)|(?:is|was|are|were|remains?) (?:still )?under (?:discussion|consideration)|"
    r"(?:is|was|are|were) in the works)\b", re.I)
# "a meeting between Putin and Trump was possible", "a visit by X could take place in May": a contact named as a noun
# and then said to be possible is a hypothesis (EVENTS.md), not a report.
_POSSIBLE_LATER = re.compile(
    r"[^.;,]{0,80}?\b(?:(?:is|was|are|were|would be|remains?|remained|seemed|seems|looks|looked)\s+(?:\w+\s+)?"
    r"(?:possible|(?:un)?likely(?! to)|conceivable|on the cards|on the table|not ruled out)|"
    r"(?:(?:could|might|may)\s+(?:still\s+|soon\s+|yet\s+|also\s+)?|(?:un)?likely to\s+)"
    r"(?:take place|happen|occur|go ahead|be held))\b", re.I)
_VISIT_NOUN = re.compile(r".*\b(?:a|an|the|his|her|their|its|[\w.-]+['’]s?)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)", re.I | re.S)
# "talks in Doha" names no party: they must be joined ("X and Y", "between X and Y") to be the talks'.
_TALKS_AT_VENUE = re.compile(r"(?:talks|negotiations|discussions) (?:in|at)\b", re.I)
# (an official's modifier before the title the mention starts at: "Sheinbaum and outgoing Canadian Prime Minister X")
_IN_OFFICE_MODIFIER = r"(?:(?:outgoing|incoming|acting|interim|caretaker|new|newly[- ]elected)\s+)?"
# Between a visit cue and the first state it lists: "visited Syria", "a trip to Kyiv", "a tour of Gulf states".
_TOUR_START = re.compile(r"\s+(?:to\s+|of\s+)?(?:the\s+)?")
_LISTED = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?{_IN_OFFICE_MODIFIER}")
_JOINED = re.compile(rf"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?(?:governments? of\s+)?{_IN_OFFICE_MODIFIER}")
_CONFERENCE = re.compile(r"\b(?:video[- ]?conference|conference call|videoconference|virtual (?:summit|meeting))", re.I)
_KIN_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:son|daughter|wife|husband|widow|family|children|mother|father|brother|sister|relatives|"
    r"lawyers?|legal team|attorneys?|supporters)\b", re.I)
# The ISO 3166-1 territories with no permanent population: nobody there to talk to, so a trip there
# ("a trip to Antarctica") is no visit and they take part in no call.
_UNPOPULATED = frozenset({"ATA", "BVT", "HMD", "SGS", "ATF", "UMI"})
_LEGISLATOR_ROLE = re.compile(r"senator|lawmaker|legislator|congress|member of parliament|\bmp\b|parliamentarian", re.I)


@dataclasses.dataclass(frozen=True)
class _Cue:
    mode: str
    start: int
    end: int


@dataclasses.dataclass
class _Call:
    mode: str
    codes: list[str]
    host: str | None
    people: list[Agent]
    initiator: str | None
    planned: bool
    date: ResolvedDate
    # Phone calls are between two sides: with three or more states, each is a call with this one.
    hub: str | None = None
    # Others the visitor met on the visit: a MEETING with each.
    also_met: list[str] = dataclasses.field(default_factory=list)
    # Further states a tour visits: a VISIT to each.
    also_visited: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class _Reading:
    """One sentence as the call rules read it."""

    analysed: AnalysedSentence
    plain: str  # the text with quoted speech blanked out (same offsets)
    roles: dict[int, tuple[str, str]]  # see _place_roles
    previous: AnalysedSentence | None = None  # the sentence before, for "the two countries"
    before_previous: AnalysedSentence | None = None  # and the one before it, when that names only one
    article: AnalysedArticle | None = None  # for the two sides its lead names

    @property
    def organisations(self) -> set[str]:
        return {p.code for p in self.analysed.places if p.kind == "organisation"}

    @property
    def text(self) -> str:
        return self.analysed.text


def detect_calls(article: AnalysedArticle) -> list[Finding]:
    """The calls of an article, one finding per sentence and call; the extractor merges
    findings with the same participants. Summits of one organisation are merged here."""
    findings: list[Finding] = []
    organisations: set[str] | None = None  # the organisations the article names, found when first needed
    last_call_at = -1
    summit_told = (-9, "")  # (sentence index, organisation) of the last organisation's summit told
    for index, analysed in enumerate(article.sentences):
        found = _calls_in(analysed, article, article.sentences[index - 1] if index else None,
                          article.sentences[max(0, index - 3):index])
        if found:
            if index - summit_told[0] <= 3:
                organisations = _organisations(article) if organisations is None else organisations
                _of_summit_told_before(found, analysed, summit_told[1], organisations)
                found += _met_at_summit_told_before(found, analysed, summit_told[1])
            findings.extend(found)
            last_call_at = index
        elif findings and index - last_call_at <= 3 and (again := _next_round(findings[-1], analysed, article)):
            findings.append(again)
            last_call_at = index
        elif findings and index - last_call_at <= 3:
            _follow_up(findings[-1], analysed, article)
            _attendees(findings[-1], analysed)
        elif index - summit_told[0] <= 3 and (attended := _attended_summit(
                analysed, summit_told[1], article, article.sentences[summit_told[0]])):
            findings.append(attended)
            last_call_at = index
        held_by = _organisation_summit(analysed, found)
        if held_by:
            summit_told = (index, held_by)
    if not findings:
        return []
    return _merge_summits(findings, _organisations(article) if organisations is None else organisations)


def _organisations(article: AnalysedArticle) -> set[str]:
    return {p.code for s in article.sentences for p in s.places if p.kind == "organisation"}


def _organisation_summit(analysed: AnalysedSentence, found: list[Finding]) -> str:
    """The organisation whose summit a sentence tells ("NATO leaders met in The Hague", "the G7 summit opened"),
    also when it names no state taking part; else ""."""
    for finding in found:
        if finding.details["mode"] == SUMMIT:
            held_by = [code for code in finding.details["participants"]
                       if any(p.code == code and p.kind == "organisation" for p in analysed.places)]
            if held_by:
                return held_by[0]
    if found or not _may_tell_a_gathering(analysed.text) or not _ORGANISATION_GATHERS.search(analysed.text):
        return ""  # (the words first: most sentences have none, and their places need not be found)
    organisations = [p for p in analysed.places if p.kind == "organisation"]
    if len({p.code for p in organisations}) != 1:
        return ""
    return organisations[0].code


_GATHERING_WORDS = ("summit", "met", "meet", "gather", "conven", "conference")  # one in every _ORGANISATION_GATHERS


def _may_tell_a_gathering(text: str) -> bool:
    """False when the sentence holds no match of `_ORGANISATION_GATHERS`, told by its lower-cased
    words (or a letter re.IGNORECASE reads as an ASCII one that lower-casing does not give)."""
    lowered = text.lower()
    return any(word in lowered for word in _GATHERING_WORDS) or (
        not text.isascii() and any(letter in text for letter in FOLDS_APART))


def _of_summit_told_before(found: list[Finding], analysed: AnalysedSentence, organisation: str,
                           organisations: set[str]) -> None:
    """"NATO leaders met in The Hague on Tuesday. Starmer, Merz and Erdogan were among those at the summit.": a summit
    of states that refers back to an organisation's summit told just before is that summit (EVENTS.md: the
    organisation holding it and every state named as taking part)."""
    if not _SUMMIT_REFERENCE.search(analysed.text):
        return
    for finding in found:
        codes = set(finding.details["participants"])
        if finding.details["mode"] == SUMMIT and not codes & organisations and organisation not in codes:
            finding.details["participants"] = sorted(codes | {organisation})
            finding.key = tuple(finding.details["participants"])


def _met_at_summit_told_before(found: list[Finding], analysed: AnalysedSentence, organisation: str) -> list[Finding]:
    """"The G7 summit opened in Kananaskis. Albanese met Trump on the sidelines.": the parties of a meeting on the
    sidelines of, or at, the summit told just before attended it (EVENTS.md: every state named as taking part)."""
    if not organisation or not _AT_SUMMIT_TOLD.search(analysed.text):
        return []
    added = []
    for finding in found:
        codes = set(finding.details["participants"])
        if finding.details["mode"] in (MEETING, PHONE) and organisation not in codes:
            summit = dataclasses.replace(finding, details={**finding.details, "mode": SUMMIT, "host": None,
                                                           "participants": sorted(codes | {organisation})},
                                         actors=[a.model_copy(update={"part": "PARTICIPANT"}) for a in finding.actors],
                                         evidence=list(finding.evidence))
            summit.key = tuple(summit.details["participants"])
            added.append(summit)
    return added


def _calls_in(analysed: AnalysedSentence, article: AnalysedArticle,
              previous: AnalysedSentence | None = None, earlier: list[AnalysedSentence] = ()) -> list[Finding]:
    if not analysed.may_hold("DIPLOMATIC_CALL"):
        return []
    cues = _cues(analysed)
    if not cues:
        return []
    analysed = _with_pronoun_subject(analysed, earlier, cues[0].start)
    told = _without_relatives(analysed.text, cues)
    reading = _Reading(analysed, _without_relatives(_without_quotes(analysed.text), cues), _place_roles(analysed),
                       previous, earlier[-2] if len(earlier) >= 2 else None, article)
    calls = []
    proposed_until = -1
    for cue in cues:
        if reading.plain[cue.start] == " " or (cue.start < proposed_until
                                               and not _DURING_OWN.match(analysed.text, cue.start)):
            continue  # quoted speech (a wish or a claim more often than a report); a proposal's clause
        if cue.mode == VISIT and any(c.mode == VISIT and c.start >= cue.end for c in cues) \
                and _tour_of_no_state(analysed, cue):
            continue  # "on a tour of Africa, visiting Namibia, Chad and Nigeria": the later cue lists its states
        start, end = clause_around(told, cue.start, cue.end)
        if _proposed_before(reading.plain, start, cue.start) \
                or _REQUESTED_BEFORE.search(reading.plain, max(start, cue.start - 130), cue.start) \
                or (_CREDITED_FOR_BEFORE.search(reading.plain, max(start, cue.start - 150), cue.start)
                    and not _AT_CONTACT_BEFORE.search(reading.plain, max(start, cue.start - 40), cue.start)) \
                or _SINCE_BEFORE.search(reading.plain, max(start, cue.start - 80), cue.start) \
                or _HOPED_THAT_BEFORE.search(reading.plain, max(start, cue.start - 150), cue.start):
            proposed_until = end  # "to arrange a meeting between X and Y during a trip to Z"
            continue
        call = _call_at(reading, article, cue, start, end)
        if call is None and cue.mode == SUMMIT:
            call = _named_summit(reading, article, cue, start, end)
        if call is not None:
            calls.append((cue, call))
    if not calls:
        return []
    calls.sort(key=lambda pair: (_PRIORITY[pair[0].mode], pair[0].start))
    chosen = calls[0][1]
    if chosen.date.date is None:
        # "X, who is on a visit to Beijing, met Xi on Tuesday": the day another cue of the same parties gives
        dated = next((c for _, c in calls[1:] if c.date.date is not None and set(c.codes) == set(chosen.codes)), None)
        if dated is not None:
            chosen = dataclasses.replace(chosen, date=dated.date)
    if chosen.hub is not None:
        findings = [_finding(dataclasses.replace(chosen, codes=[chosen.hub, code]), analysed)
                    for code in chosen.codes if code != chosen.hub]
    else:
        findings = [_finding(chosen, analysed)]
    findings += [_finding(dataclasses.replace(chosen, mode=MEETING, codes=[chosen.initiator, code], host=None,
                                              also_met=[]), analysed)
                 for code in chosen.also_met]
    findings += [_finding(dataclasses.replace(chosen, codes=[chosen.initiator, code], host=code, also_visited=[]),
                          analysed)
                 for code in chosen.also_visited]
    told = [set(chosen.codes), *({chosen.initiator, code} for code in [*chosen.also_met, *chosen.also_visited])]
    for _, other in calls[1:]:
        # Chained contacts: "meets with X during a trip to Y" is a meeting with X and a visit to Y. A cue
        # whose parties hold or are held by a call already told is the same contact.
        codes = set(other.codes)
        if other.hub is None and all(not (codes <= seen or seen <= codes) for seen in told):
            findings.append(_finding(other, analysed))
            told.append(codes)
    occasion_at, occasion = next(((at, code) for at, (code, role) in sorted(reading.roles.items())
                                  if role == "occasion"), (-1, None))
    if occasion is not None:
        # The parties of a meeting on a summit's sidelines attended the summit, and so did the state it is
        # held in ("the ASEAN summit in Kuala Lumpur, Malaysia").
        held_in = [code for at, (code, role) in sorted(reading.roles.items())
                   if role == "venue" and at > occasion_at and code not in _UNPOPULATED]
        summit = _Call(SUMMIT, _unique([occasion, *chosen.codes, *held_in[:1]]), None, chosen.people, None,
                       chosen.planned, chosen.date)
        findings.append(_finding(summit, analysed))
    return findings


# Searched only where their first letters occur (`pipeline.extract.prefilter`): the same matches, faster.
_PHONE, _SPOKE, _VISIT, _SUMMIT, _MEETING, _RECEIVE, _GATHERING, _TOLD, _CALLED, _SIGNED, _SPOKE_TOGETHER = map(
    Prefiltered, (_PHONE, _SPOKE, _VISIT, _SUMMIT, _MEETING, _RECEIVE, _GATHERING, _TOLD, _CALLED, _SIGNED,
                  _SPOKE_TOGETHER))
# The tests of a cue's clause, searched once per cue in the clause's text before the cue (a big
# alternation after a \b: the engine tries each alternative at every position): the text without
# quotes and relatives is scanned once for all the sentence's cues. A megabyte of "the talks with
# officials of" has a cue every 28 characters.
_REQUESTED_BEFORE, _CREDITED_FOR_BEFORE, _AT_CONTACT_BEFORE, _SINCE_BEFORE, _HOPED_THAT_BEFORE, _TWO_SIDES, \
    _PROPOSED = (Prefiltered(pattern, "call clauses") for pattern in (
        _REQUESTED_BEFORE, _CREDITED_FOR_BEFORE, _AT_CONTACT_BEFORE, _SINCE_BEFORE, _HOPED_THAT_BEFORE, _TWO_SIDES,
        _PROPOSED))
_PROPOSED_WINDOW = 60  # characters of a cue's clause before it that `_proposed_before` reads


def _proposed_before(plain: str, start: int, cue_start: int) -> bool:
    """Whether a proposal or a wish (`_PROPOSED`) ends right before a cue, read in the up to 60 characters of its
    clause (from `start`) before it, as the window cut out on its own reads it: a word the window cuts is read from
    the cut. Searched in the whole text (scanned once for all its cues), and at the cut in the window alone."""
    window_start = max(start, cue_start - _PROPOSED_WINDOW)
    if _PROPOSED.search(plain, window_start, cue_start) is not None:
        return True
    # (in the whole text no match begins inside a word, where the window alone sees a word begin)
    return window_start > 0 and (plain[window_start - 1].isalnum() or plain[window_start - 1] == "_") \
        and _PROPOSED.match(plain[window_start:cue_start]) is not None


def _named_for_no_part(plain: str, at: int) -> bool:
    """"met Rubio, a longtime critic of Iran, in Riyadh", "met Araghchi on behalf of the United States": a state named
    in a description of a party, or one a party acts for, takes no part in the contact."""
    described = _NO_PART_BEFORE.search(plain, max(0, at - 80), at)
    return described is not None and not _DESCRIBED_CONTACT.search(described.group())


def _paired_contacts(analysed: AnalysedSentence) -> list[_Cue]:
    """"US-China talks were held in Geneva", "The India-Pakistan meeting took place on Monday": two states joined by a
    hyphen right before a contact noun, the pair opening the sentence or held, hosted or attended, name a meeting of
    the two (and nothing else: "progress in US-China talks" recalls them, "US-China tensions" is a topic)."""
    if "-" not in analysed.text and "–" not in analysed.text:  # (`_COMPOUND_JOINT`: no pair without a hyphen)
        return []
    if _PAIRED_CONTACT_NOUN.search(analysed.text) is None:
        return []  # (no contact noun for a pair to name: the article's people need not be found for it)
    agents = analysed.agents
    return [_Cue(MEETING, noun.start("noun"), noun.end())
            for noun in (_paired_contact(analysed, first, second) for first, second in zip(agents, agents[1:])) if noun]


def _paired_contact(analysed: AnalysedSentence, first: Agent, second: Agent) -> re.Match | None:
    """The contact noun after two states joined by a hyphen that name a contact of the two (`_paired_contacts`)."""
    text = analysed.text
    if first.person is not None or second.person is not None or first.code == second.code \
            or not _COMPOUND_JOINT.fullmatch(text, analysed.local(first.end), analysed.local(second.start)) \
            or not _PAIR_HELD_BEFORE.fullmatch(text, 0, analysed.local(first.start)):
        return None
    return _PAIRED_CONTACT_NOUN.match(text, analysed.local(second.end))


def _cues(analysed: AnalysedSentence) -> list[_Cue]:
    """The contact cues of a sentence, in text order (at most _MAX_CUES of each kind: a real
    sentence has a few, and the work per cue grows with the sentence)."""
    text = analysed.text
    lowered = text.lower()
    told = "told" in lowered or "tells" in lowered
    signed = any(word in lowered for word in ("sign", "reach", "agree", "conclud", "finali"))
    if not any(word in lowered for word in _CUE_WORDS):
        if not (told or signed):
            return []
        patterns = ((PHONE, _SPOKE),) if told else ()  # only the told and signed cues can hold
    else:
        patterns = ((PHONE, _PHONE), (PHONE, _SPOKE), (VISIT, _VISIT), (SUMMIT, _SUMMIT), (MEETING, _MEETING))
    cues = []
    for mode, pattern in patterns:
        cues += [_Cue(mode, m.start(), m.end()) for m in itertools.islice(pattern.finditer(text), _MAX_CUES)]
    core = len(patterns) > 1
    for m in itertools.islice(_RECEIVE.finditer(text) if core else (), _MAX_CUES):
        if _BY_AFTER.match(text, m.end()) and _PASSIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            host = _next_agent(analysed, m.end(), 12)
            if host is not None and host.person is not None:
                cues.append(_Cue(VISIT, m.start(), m.end()))  # "Ramaphosa is received by Trump at the White House"
            continue
        if _BY_AFTER.match(text, m.end()) or _RECEIVED_THING_AFTER.match(text, m.end()):
            continue  # "hosted by Trump": the one named next is the host, and the contact has a cue of its own
        guest = _next_agent(analysed, m.end(), 40)
        if guest is not None and _thing_received(text, m.end(), analysed.local(guest.start), analysed.local(
                guest.person.end if guest.person is not None else guest.end)):
            continue  # "welcomed Trump's decision", "welcomed the announcement by Trump": a reaction, no guest
        if guest is not None and m.group().lower() in ("host", "receive", "welcome") and not _GUEST_NEXT.fullmatch(
                text, m.end(), analysed.local(guest.start)):
            continue  # "to host asylum seekers and advise President X": the bare verb's object is the guest, or none
        if guest is not None and (guest.person is not None or _OFFICE_AFTER.match(text, analysed.local(guest.end))
                                  or _LEADERS_OF.fullmatch(text, m.end(), analysed.local(guest.start))):
            cues.append(_Cue(VISIT, m.start(), m.end()))
    cues += _paired_contacts(analysed) if core else []
    for m in itertools.islice(_GATHERING.finditer(text) if core else (), _MAX_CUES):
        if _organisation_near(analysed, m):
            cues.append(_Cue(SUMMIT, m.start(), m.end()))
    cues = [c for c in cues if not (c.mode == MEETING and text[c.start:c.end].lower() == "met"
                                    and (_MET_REACTION_AFTER.match(text, c.end)
                                         or _MET_CONDITION_BEFORE.search(text, max(0, c.start - 60), c.start)))]
    cues = [c for c in cues if not (c.mode == VISIT and (_NOT_A_VISIT_BEFORE.search(text, max(0, c.start - 20), c.start)
                                                        or _NOT_A_VISIT_AFTER.match(text, c.end)
                                                        or _SITE_AFTER.match(text, c.end)))]
    for m in itertools.islice(_TOLD.finditer(text) if told else (), _MAX_CUES):
        hearer = _next_agent(analysed, m.end(), 2)
        if hearer is not None and hearer.person is not None:
            cues.append(_Cue(PHONE, m.start(), m.end()))  # "Lavrov told Fidan that ...": unstated medium
    for m in itertools.islice(_CALLED.finditer(text) if core else (), _MAX_CUES):
        if not _CALLED_FOR.search(text, m.end()):
            continue  # (nothing after it tells a call: no callee needs to be found)
        callee = _next_agent(analysed, m.end(), 2)
        if callee is not None and callee.person is not None and _CALLED_FOR.match(
                text, analysed.local(callee.person.end)):
            cues.append(_Cue(PHONE, m.start(), m.end()))  # "Bush called Putin on Saturday to discuss Iran"
    for m in itertools.islice(_SIGNED.finditer(text) if signed else (), _MAX_CUES):
        if _signed_together(analysed, m):
            cues.append(_Cue(MEETING, m.start(), m.end()))
    for m in itertools.islice(_SPOKE_TOGETHER.finditer(text) if core else (), _MAX_CUES):
        if _joined_before(analysed, m):
            cues.append(_Cue(PHONE, m.start(), m.end()))  # "Netanyahu and Trump spoke on Sunday"
    if any(c.mode == VISIT for c in cues) and re.search(r"\b(?:meeting|met|meets?|talks)\b|\bin\s+[A-Z]", text):
        # "spoke with" beside a visit or a meeting is said face to face.
        cues = [c for c in cues if not (c.mode == PHONE and (_SPOKE.fullmatch(text[c.start:c.end])
                                                             or _TOLD.fullmatch(text[c.start:c.end])))]
    return sorted(cues, key=lambda c: c.start)


def _thing_received(text: str, cue_end: int, guest_start: int, guest_end: int) -> bool:
    """Whether what a receiving verb takes is a thing of the one named, not the one named: "welcomed Trump's decision",
    "welcomed the statement by U.S. envoy Witkoff" (not "hosted Putin's envoy", "received a delegation from Iran")."""
    if text[guest_end - 2:guest_end] in ("'s", "’s"):
        guest_end -= 2  # a mention may hold its possessive
    if _POSSESSIVE_AFTER.match(text, guest_end) and not _OWN_OFFICIAL_AFTER.match(text, guest_end):
        return True
    return _THING_OF_BEFORE.search(text, cue_end, guest_start) is not None


def _named_summit(reading: _Reading, article: AnalysedArticle, cue: _Cue, start: int, end: int) -> _Call | None:
    """"will send no delegates to the G20 summit in Johannesburg, South Africa", "The G20 summit in Johannesburg opened
    without the United States": an organisation's summit named with the state it is held in takes place whoever
    stays away (EVENTS.md: the organisation and its host), unless the summit itself is called off."""
    analysed, text = reading.analysed, reading.text
    organisation = next((p.code for p in analysed.places if p.kind == "organisation"
                         and 0 <= cue.start - analysed.local(p.end) <= 25
                         and _ORGANISATION_TO_SUMMIT.fullmatch(text, analysed.local(p.end), cue.start)), None)
    venue = _SUMMIT_HELD_IN.match(text, cue.end)
    if organisation is None or venue is None or reading.plain[cue.start] == " " or any(
            code == organisation and role == "occasion" for code, role in reading.roles.values()):
        return None  # (the summit a meeting is held on the sidelines of is added with the meeting)
    held_in = next((code for at, (code, role) in sorted(reading.roles.items())
                    if role == "venue" and venue.end() <= at <= venue.end() + 40 and code not in _UNPOPULATED
                    and code != organisation), None)
    seat = next((p.text for p in analysed.places if analysed.local(p.start) == venue.end()), "")
    if held_in is None or organisation in _SEATS.get(seat, set()) \
            or _SUMMIT_CALLED_OFF.search(text, start, end) or hypothetical(text[start:cue.start]) \
            or _proposed_before(reading.plain, start, cue.start) \
            or old_year_mentioned(text[start:end], article.published):
        return None
    date = date_of_sentence(reading.plain[start:end], article.published)
    if is_stale(date, article.published):
        return None
    planned = is_future_tense(reading.plain[start:end]) or bool(
        date.date and article.published and date.precision in ("DAY", "WEEK", "MONTH") and date.date > article.published)
    if planned and not date.text:
        return None  # announced for no time: not yet an event
    return _Call(SUMMIT, [organisation, held_in], None, [], None, planned, date)


def _call_at(reading: _Reading, article: AnalysedArticle, cue: _Cue, start: int, end: int) -> _Call | None:
    """The call a cue reports in its clause text[start:end], or None."""
    analysed, text, plain, roles = reading.analysed, reading.text, reading.plain, reading.roles
    summoned = _summoned(reading, cue) if _SUMMON.fullmatch(text, cue.start, cue.end) else None
    # ("X, who is on a visit to Beijing, met Xi": the one the who-clause is about may hold the contact)
    antecedent = analysed.agents_between(0, start)[-1:] if _WHO_OPENS.match(text, start) else []
    if len({a.code for a in [*antecedent, *analysed.agents_between(start, end)]} | ({summoned} if summoned else set())
           | {code for at, (code, role) in roles.items() if role == "venue" and start <= at < end}) < 2 \
            and not _TWO_SIDES.search(text, start, end):
        return None  # nobody to talk to: spare the rest
    scope_end = _scope_end(plain, cue, end)
    main_from = start  # where the main clause begins after a who-clause that opens the cue's clause
    if _WHO_OPENS.match(plain, start):
        if "," in plain[start:cue.start]:
            # "Trump, who spoke with Putin on Tuesday, will meet Zelenskyy": the who-clause is none of this contact's
            main_from = plain.index(",", start, cue.start) + 1
        elif "," in plain[cue.end:scope_end]:
            scope_end = plain.index(",", cue.end)  # ... and the who-clause's contact is its own
    fronted = None
    for fronted in _FRONTED_SPEECH.finditer(plain, start, cue.end):
        pass
    if fronted is not None and analysed.agents_between(fronted.start(), fronted.end()):
        # "Russia will not give in, Erdogan told Putin in a call": what is told before the speaker is no part of the
        # contact, neither its parties nor its negations
        start = fronted.start() + 1
    before, window = plain[start:cue.start], plain[start:scope_end]
    # "suspends talks with Israel and summons its ambassador": a summons is its own act, so only words
    # right before it cancel it.
    # (a cancellation in quotation marks cancels all the same: 'talks with Canada are "terminated"')
    cancel_window = text[max(start, cue.start - 25):scope_end] if summoned else text[start:scope_end]
    if _NOUN_CONTACT.fullmatch(text, cue.start, cue.end) and _NOUN_CONTACT_TOPIC_BEFORE.search(
            plain, max(start, cue.start - 50), cue.start):
        return None
    if ((NEGATION.search(window) and NEGATION.search(_OUTCOME_NEGATED.sub(lambda m: " " * len(m.group()), window)))
            or _CANCELLED.search(cancel_window) or _CANCELLED_LATER.match(text, cue.end)
            or _UNSETTLED_LATER.match(text, cue.end)
            or ((_CONTACT_NOUN.match(text, cue.start) or _VISIT_NOUN.fullmatch(text, max(0, cue.start - 30), cue.end))
                and _POSSIBLE_LATER.match(text, cue.end))
            or _NOT_OFFICIAL_CONTACT.search(window) or _UNOFFICIAL_TRIP.search(text) or _TRAVEL_BARRED.search(window)
            or NON_GOVERNMENT_SPEAKER.search(before) or NON_GOVERNMENT_SPEAKER.search(before.lower())
            or hypothetical(before) or recalled_by_anniversary(before) or quoted_from_non_official(text, cue.start)
            or old_year_mentioned(window, article.published) or _HABITUAL.search(window) or _REPEATED.search(window)
            or _EARLIER_TIME.search(window)):
        return None
    # A call told in a clause of time ("..., after Trump spoke with Erdogan") takes no date
    # from the main clause.
    connector = None
    for connector in _TIME_CONNECTOR.finditer(plain, start, cue.start):
        pass
    date = date_of_sentence(plain[connector.start() if connector else start:scope_end], article.published)
    if is_stale(date, article.published) or (
            date.date is None and _PLUPERFECT.search(plain, max(start, cue.start - 30), min(scope_end, cue.end + 12))):
        return None
    told_from = start
    if connector is not None and re.search(r"\bbetween$", text[cue.start:cue.end]) \
            and re.fullmatch(r"\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}", plain[connector.end():cue.start]):
        # "Iraq agrees ... after a conversation between X and Y": the contact is X and Y's alone
        told_from = cue.end
    elif connector is not None and _EARLIER_CONNECTOR.fullmatch(connector.group()) and any(
            _takes_part(a, analysed, roles) for a in analysed.agents_between(connector.end(), cue.start)):
        # "..., two weeks after Putin's summit with Trump": the clause names its own parties (a contact of the
        # last month is news, EVENTS.md "Recency")
        told_from = connector.end()
    if _CONTACT_NOUN.match(text, cue.start) and _OTHERS_CONTACT.search(text, cue.start, cue.end):
        reaction = (_REACTION_BEFORE.search(plain, max(told_from, cue.start - 80), cue.start)
                    or _SAID_BEFORE.search(plain, max(told_from, cue.start - 60), cue.start))
        if reaction is not None:
            told_from = reaction.start() + len(reaction.group().split()[0])
    told_from = max(told_from, main_from)
    trailing = _TRAILING_CONTACT_BEFORE.search(plain, max(told_from, cue.start - 60), cue.start)
    if trailing is not None and _CONTACT_NOUN.match(text, cue.start) and any(p.search(plain, told_from, trailing.start()) for p in (_MEETING, _PHONE, _VISIT)):
        # "X met Y in Berlin ahead of a summit with Chinese leaders": the contact of the trailing clause is held by
        # those it names itself, not by the parties of the contact before it
        told_from = trailing.end()
    agents = [a for a in analysed.agents_between(told_from, scope_end)
              if _takes_part(a, analysed, roles) and plain[analysed.local(a.start)] != " "
              and a.code not in _UNPOPULATED and not _named_for_no_part(plain, analysed.local(a.start))]
    if plain[scope_end:scope_end + 1] == "," and _OPENING_CONTACT.fullmatch(plain, start, cue.start) \
            and not any(analysed.local(a.start) < cue.start for a in agents):
        # "After talks with Li Qiang in Beijing, Albanese said ...": the subject the opening phrase leads to held them
        subject = _next_agent(analysed, scope_end + 1, 5 + 4 * plain.startswith(" the ", scope_end + 1))
        if subject is not None and _takes_part(subject, analysed, roles) and subject.code not in _UNPOPULATED:
            agents.insert(0, subject)
    if _WHO_OPENS.match(plain, start) and not any(analysed.local(a.start) < cue.start for a in agents):
        # "Zelensky, who met Trump last week, said ...": the one the relative clause is about held the contact
        antecedent = next((a for a in reversed(analysed.agents_between(0, start))
                           if re.fullmatch(r"\s*,?", text[analysed.local(a.end):start])
                           or _unnamed_official_up_to(text, analysed.local(a.end), start)), None)
        if antecedent is not None and (antecedent.person is not None or _unnamed_official_up_to(
                text, analysed.local(antecedent.end), start)) and _takes_part(antecedent, analysed, roles):
            agents.insert(0, antecedent)
    if any(a.person and _LEGISLATOR_ROLE.search(a.person.role) for a in agents):
        return None
    if not any(a.person for a in agents) and _SPORT.search(text, start, end):
        return None  # states by name alone, in a sentence about sport: their teams
    if cue.mode == SUMMIT and (_SIDELINES_OF.search(text[max(start, cue.start - 40):cue.start]) or any(
            role == "occasion" and cue.start - 30 <= at < cue.start for at, (_, role) in roles.items())):
        return None  # the summit of a sidelines meeting is added with the meeting
    if _VERBAL.fullmatch(text, cue.start, cue.end) and not any(analysed.local(a.start) < cue.start for a in agents) \
            and not _TWO_SIDES.search(plain, start, cue.start):
        return None  # "Thunberg has met with world leaders": no official on the subject's side
    venues = [(at, code) for at, (code, role) in sorted(roles.items())
              if role == "venue" and told_from <= at < scope_end and plain[at] != " " and code not in _UNPOPULATED]
    if venues and cue.mode != SUMMIT:
        venues = _without_seats_of_officials(analysed, venues, agents)
    codes = _unique(a.code for a in agents)
    mode, host, initiator = cue.mode, None, codes[0] if codes else None
    if mode == PHONE and venues and _SPOKE.fullmatch(text, cue.start, cue.end):
        mode = MEETING  # "spoke with Xi in Beijing": a contact of unstated medium at a place is face to face (EVENTS.md)
    also_met: list[str] = []
    also_visited: list[str] = []
    if summoned is not None:
        return _summons(analysed, cue, agents, summoned, connector.end() if connector else start, date)
    if mode == VISIT:
        visit = _visit(reading, cue, agents, venues)
        if visit is None:
            return None
        mode, codes, host, initiator, also_met, also_visited = visit
    elif mode == SUMMIT or (mode == MEETING and venues and any(
            a.code in reading.organisations and a.person is None for a in agents)):
        # (an organisation's head meeting one leader is no summit: "Trump meets NATO's Rutte at the White House")
        # A summit's venue state takes part: "Foreign ministers of the BRICS countries meet in Rio".
        # Only the summit's own venue ("in Kuala Lumpur, Malaysia"): a place named later is of what was said there.
        codes = _unique([*codes, *(code for _, code in venues[:1])])
        mode = SUMMIT
    elif mode == MEETING and len(codes) == 1 and len(venues) == 1 and venues[0][1] not in codes and (
            _TRAVEL_TO_BEFORE.search(text[max(0, venues[0][0] - 140):venues[0][0]])
            or (_unplaced_official(analysed, start, scope_end) and _capital_at(analysed, venues[0][0])))\
            and not _met_uncoded_party(analysed, venues[0][0], venues[0][1]):
        # "travelled to Kyiv for talks": the destination is the other party. "Foreign Minister X held talks
        # with his Beninese counterpart in Hanoi": an official a state's own news agency names without his
        # state, meeting a foreign one in a capital, is the host's.
        host = venues[0][1]
        codes.append(host)
        mode = VISIT
    if len(codes) < 2 and mode in (MEETING, PHONE) and _TWO_SIDES.search(plain, start, scope_end):
        if _TWO_SIDES.search(plain, start, cue.start) and all(analysed.local(a.start) >= cue.end for a in agents):
            # "The two countries held talks in Muscat, mediated by Oman": the two sides are the subject, those named
            # after the contact take part besides them
            codes = _unique([*_two_sides(reading, cue, []), *codes])
        else:
            codes = _two_sides(reading, cue, codes)
    if len(codes) < 2:
        return None
    if _TALKS_AT_VENUE.fullmatch(text, cue.start, cue.end) and not _parties_joined(analysed, agents, window):
        return None
    if mode in (MEETING, PHONE) and len(codes) >= 3 and not re.search(r"\b(?:with|and|between)\b", window) \
            and not _TWO_SIDES.search(window):
        return None
    if mode == SUMMIT and len(codes) == 2 and not set(codes) & reading.organisations \
            and _TWO_PARTY_SUMMIT.search(text, max(0, cue.start - 40), cue.end + 9):
        # "the summit between Putin and Trump": two states meet (EVENTS.md: a summit is of three or more states or an
        # organisation's), a visit when held in one of them
        hosted = [code for _, code in venues if code in codes]
        mode, host = (VISIT, hosted[0]) if hosted else (MEETING, None)
    elif mode == MEETING and len(codes) == 2 and not re.search(r"\bsidelines|summit\b", text, re.I):
        hosted = [code for _, code in venues if code in codes]
        if hosted and not _posted_envoy(analysed, agents, next(code for code in codes if code != hosted[0])):
            # (an ambassador met where he is posted travelled nowhere: "met Japan's ambassador in Beijing")
            mode, host = VISIT, hosted[0]
    separate = len(codes) >= 3 and mode in (MEETING, PHONE) and cue.mode != SUMMIT \
        and _SEPARATE.search(plain, cue.start, scope_end) is not None
    if len(codes) >= 3 and mode in (MEETING, VISIT) and not separate:
        mode, host = SUMMIT, None
        # The state a multilateral meeting is held in takes part (EVENTS.md), also when its venue comes after the
        # topic ("hold meetings focused on Syria in Riyadh, Saudi Arabia")
        held_in = _without_seats_of_officials(analysed, [
            (at, code) for at, (code, role) in sorted(roles.items())
            if role == "venue" and cue.end <= at < (scope_end if _MEDIATED.search(text, cue.start, cue.end) else end)
            and plain[at] != " " and code not in _UNPOPULATED], agents)
        if held_in:
            codes = _unique([*codes, held_in[0][1]])
    planned = (is_future_tense(plain[max(start, cue.start - 50):cue.end])
               or bool(_INTENDED_BEFORE.search(plain, max(start, cue.start - 60), cue.start))
               or bool(_PLANNED_CUE.search(plain, max(start, cue.start - 30), cue.end))
               # ("early next year": a year that begins after publication lies ahead too)
               or bool(date.date and article.published and date.precision in ("DAY", "WEEK", "MONTH", "YEAR")
                       and date.date > article.published))
    if planned and date.text:
        date = _date_of_reported_contact(plain, start, cue, scope_end, date, article)
        if date.date is not None and article.published and date.date < article.published \
                and date.precision == "DAY" and plain.find(date.text, cue.end, scope_end) >= 0:
            # "agreed to hold talks on Friday": a day told after a contact planned is a coming one
            date = resolve_date(date.text, article.published, future=True)
    if planned and not date.text and not _OCCASION.search(window) and not _PLANNED_CUE.search(window):
        return None  # "will restart talks": no date, no occasion, not yet an event
    if not planned and date.precision == "YEAR" and "this year" in date.text.lower() and article.published \
            and article.published.month > 2:
        return None  # "Earlier this year, Xi visited Moscow": past the year's first months, no news of the day
    if planned and cue.mode == SUMMIT and not (_CONVENE.search(before) or _CONVENED_AFTER.match(plain, cue.end)):
        return None  # "will recognise Palestine at the upcoming UN session": the summit is a setting
    people = [a for a in agents if a.person and a.code in codes]
    people += _guests(analysed, cue, host, agents)
    hub = None
    if separate:
        hub = codes[0]  # "met X and later Y", "held separate talks with A and B": a contact with each
    elif mode == PHONE and len(codes) >= 3 and not _CONFERENCE.search(window):
        hub = _phone_hub(analysed, agents, codes)
    return _Call(mode, codes, host, people, initiator, planned, date, hub, also_met, also_visited)


_AGREED = re.compile(r"\b(?:agreed|decided|resolved)\b", re.I)


def _date_of_reported_contact(plain: str, start: int, cue: _Cue, scope_end: int, date: ResolvedDate,
                              article: AnalysedArticle) -> ResolvedDate:
    """The date of a planned contact told after a verb of saying: "Trump said on Tuesday he would speak with Putin
    soon" gives the saying's day, and the contact has none of its own; "said Monday that X will visit Y on Friday" has
    Friday."""
    said = None
    for said in REPORTED_SPEECH.finditer(plain, start, cue.start):
        pass
    for agreed in _AGREED.finditer(plain, said.end() if said else start, cue.start):
        said = agreed  # "Turkey and Greece agreed on Monday to hold talks next month": the day is the agreement's
    at = plain.find(date.text, start, scope_end)
    if said is None or at < 0 or at >= cue.start or not (
            at < said.start() or re.fullmatch(r"\s+(?:on\s+|late\s+|earlier\s+)?", plain[said.end():at])):
        return date
    # (the saying's words are kept: "said ... would" makes the contact's own day a coming one)
    return date_of_sentence(plain[start:at] + " " * len(date.text) + plain[at + len(date.text):scope_end],
                            article.published)


def _unnamed_official_up_to(text: str, at: int, until: int) -> bool:
    """Whether a state's name at `at` is that of an official named by office alone, up to a comma at `until`: "The
    Indian foreign minister, who ...", "China's ambassador, who ..."."""
    office = _MOVER_OFFICIAL_AFTER.match(text, at)
    return office is not None and re.fullmatch(r"\s*,?", text[office.end():until]) is not None


def _posted_envoy(analysed: AnalysedSentence, agents: list[Agent], code: str) -> bool:
    """Whether the clause's only side of `code` is an envoy posted abroad: "Japanese Ambassador X", "the Japanese
    ambassador", "Japan's chargé d'affaires"."""
    side = [a for a in agents if a.code == code]
    return bool(side) and all(
        (a.person is not None and _POSTED_ROLE.search(a.person.role or ""))
        or (a.person is None and _POSTED_AFTER.match(analysed.text, analysed.local(a.end))) for a in side)


def _with_pronoun_subject(analysed: AnalysedSentence, earlier: list[AnalysedSentence],
                          first_cue: int) -> AnalysedSentence:
    """"Wang Yi will travel to Europe. He will also meet the French foreign minister.": a "he" or "she" that opens
    the sentence is the official who opens the sentence before (or the last one before that no pronoun opens),
    when no one else is named before the contact."""
    pronoun = _PRONOUN_SUBJECT.match(analysed.text)
    if pronoun is None:
        pronoun = _PRONOUN_SUBJECT_INSIDE.search(analysed.text, 0, first_cue)
        if pronoun is None or any(analysed.local(a.start) < pronoun.start(1) for a in analysed.agents):
            return analysed
    elif any(analysed.local(a.start) < first_cue for a in analysed.agents):
        return analysed
    if pronoun.end() > first_cue:
        return analysed
    subject = None
    for sentence in reversed(earlier):
        if not _PRONOUN_SUBJECT.match(sentence.text):
            subject = sentence.agents[0] if sentence.agents else None
            if subject is not None and sentence.local(subject.start) > 40:
                subject = None
            break
    if subject is None or subject.person is None or subject.person.former \
            or not _office_fits(pronoun.group(1), subject.person.role):
        return analysed
    at = analysed.sentence.start + pronoun.start(1)
    stand_in = Agent(subject.code, at, at + len(pronoun.group(1)), subject.person)
    return dataclasses.replace(analysed, agents=[stand_in, *analysed.agents])


def _office_fits(named: str, role: str) -> bool:
    """Whether "he", "she" or the office named again ("the foreign minister", "the premier") can be an
    official of `role`: the office is the role or its last words ("minister" for "foreign minister")."""
    office = named.lower()
    if office in ("he", "she", "the leader"):
        return True
    office = office[len("the "):]
    role = (role or "").lower()
    if office == "premier":
        return role in ("premier", "prime minister")
    return role == office or role.endswith(" " + office)


def _without_quotes(text: str) -> str:
    """The text with quoted speech blanked out (same offsets), also the part of a quotation that
    begins or ends in another sentence."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    if "“" not in plain and "”" not in plain and plain.count('"') != 1:
        return plain
    closed = _QUOTE_CLOSED.search(plain)
    if closed is not None and not re.search(r'["“]', plain[:closed.start() + 1]):
        plain = " " * closed.end() + plain[closed.end():]
    opened = _QUOTE_OPENED.search(plain)
    if opened is not None and not re.search(r'["”]', plain[opened.end():]):
        plain = plain[:opened.start()] + " " * (len(plain) - opened.start())
    return plain


# A state named as what a plan, a claim or a dispute is about: "autonomy plan for Western Sahara", "the dispute over Taiwan".
_TOPIC_OF_BEFORE = re.compile(
    r"\b(?:plans?|proposals?|claims?|disputes?|sovereignty|autonomy|status|future|question|issue|war|conflict|crisis|"
    r"policy|strategy|envoy)\s+(?:for|over|on|about|in|regarding)\s+(?:the\s+)?$", re.I)


def _two_sides(reading: _Reading, cue: _Cue, codes: list[str]) -> list[str]:
    """"talks between the two countries": the two states named last before the cue, in its sentence or
    the one before ("Russia launches drones at Ukraine. The attack comes a day after talks between the two
    countries.")."""
    found = list(codes)
    # any state named counts, also as a place ("drones at Ukraine"): the phrase refers back to states, not roles;
    # but not the topic of a plan or a dispute ("Morocco's autonomy plan for Western Sahara")
    def states(sentence: AnalysedSentence, until: int) -> list[str]:
        def topic(at: int) -> bool:
            return _TOPIC_OF_BEFORE.search(sentence.text, max(0, sentence.local(at) - 40), sentence.local(at)) is not None

        mentions = [(a.start, a.code) for a in sentence.agents
                    if not (a.person and a.person.former) and (a.person or not topic(a.start))]
        mentions += [(p.start, p.code) for p in sentence.places if not topic(p.start)]
        return [code for at, code in sorted(mentions) if sentence.local(at) < until]

    # the two named together last ("China and Japan are at odds over Taiwan"), else the two named last
    joined = _joined_pair(reading.analysed, cue.start)
    if joined is None and reading.previous is not None:
        joined = _joined_pair(reading.previous, len(reading.previous.text))
    if joined is not None and not found:
        return list(joined)
    named = states(reading.analysed, cue.start)
    if reading.previous is not None:
        named = states(reading.previous, len(reading.previous.text)) + named
    if reading.before_previous is not None and len(set(found) | set(named)) < 2:
        # "Pakistani President X said ... . Indian Prime Minister Y agreed. The two leaders will meet ...": one side
        # named in each of the two sentences before
        named = states(reading.before_previous, len(reading.before_previous.text)) + named
    if _STATES_NOUN.search(reading.plain, cue.start - 60 if cue.start > 60 else 0, cue.end + 60):
        # "the two countries", "both nations": states, not the court or the organisation named last
        gazetteer = Gazetteer.load()
        named = [code for code in named if not gazetteer.is_organisation(code)]
        if len(set(found) | set(named)) < 2 and reading.article is not None:
            # "Thailand and Cambodia agreed on Monday to ... [eight paragraphs] ... the defence ministers of the two
            # countries are to meet": deep in a story, the two its lead names together
            lead = next((pair for sentence in reading.article.sentences[:2]
                         if (pair := _joined_pair(sentence, len(sentence.text))) is not None), None)
            if lead is not None and set(found) | set(named) <= set(lead):
                return list(lead)
    for code in reversed(named):
        if len(found) == 2:
            break
        if code not in found:
            found.append(code)
    return found


def _joined_pair(sentence: AnalysedSentence, until: int) -> tuple[str, str] | None:
    """The last two states named together before `until`: "India and Pakistan", "China, and Japan"."""
    mentions = sorted([(a.start, a.end, a.code) for a in sentence.agents if not (a.person and a.person.former)]
                      + [(p.start, p.end, p.code) for p in sentence.places])
    pair = None
    for (_, first_end, first), (second_start, _, second) in zip(mentions, mentions[1:]):
        if sentence.local(second_start) >= until:
            break
        if first != second and _JOINED.fullmatch(sentence.text, sentence.local(first_end), sentence.local(second_start)):
            pair = (first, second)
    return pair


def _without_relatives(text: str, cues: list[_Cue]) -> str:
    """The text with relative clauses that tell no contact blanked out (same offsets): "Omani Foreign Minister X,
    who mediates between Iran and the United States, met ..." names the parties of neither the contact nor the
    clause around it, and the subject before it stays the contact's."""
    if "," not in text:
        return text
    for match in _RELATIVE.finditer(text):
        if not any(match.start() <= cue.start < match.end() for cue in cues):
            text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


def _summoned(reading: _Reading, cue: _Cue) -> str | None:
    """The state or organisation whose envoy a summons cue calls in: "summons Iran's ambassador",
    "summoned the British chargé d'affaires", "summon their Israeli ambassadors"."""
    analysed, text = reading.analysed, reading.text
    for place in analysed.places:
        at, to = analysed.local(place.start), analysed.local(place.end)
        if at < cue.end:
            continue
        if at - cue.end > 20:
            break
        if _ENVOY_OWNER_BEFORE.match(text[cue.end:at]) and _ENVOY_AFTER.match(text, to) \
                and reading.plain[at] != " ":
            return place.code
    return None


def _summons(analysed: AnalysedSentence, cue: _Cue, agents: list[Agent], summoned: str, told_from: int,
             date: ResolvedDate) -> _Call | None:
    """A meeting of each summoning state with the envoy's: "Canada, France and Spain summon their
    Israeli ambassadors" is three meetings with Israel, never a summit and never a visit."""
    summoners = _unique(a.code for a in agents
                        if told_from <= analysed.local(a.start) < cue.start and a.code != summoned)
    if not summoners:
        return None
    codes = [*summoners, summoned]
    people = [a for a in agents if a.person and a.code in codes]
    hub = summoned if len(summoners) >= 2 else None
    planned = is_future_tense(analysed.text[max(0, cue.start - 50):cue.end])
    if planned and not date.text:
        return None
    return _Call(MEETING, codes, None, people, summoners[0], planned, date, hub)


def _follow_up(call: Finding, analysed: AnalysedSentence, article: AnalysedArticle) -> None:
    """A later sentence about "the meeting" ("The meeting will take place on 18 February") gives
    the call its date, and its status when it speaks of the future."""
    text = analysed.text
    reference = _REFERENCE.search(text)
    if reference is None or any(a.code not in call.details["participants"] for a in analysed.agents):
        return
    end = _SCOPE_END.search(text, reference.end())
    fragment = text[:end.start() if end else len(text)]
    date = date_of_sentence(fragment, article.published)
    if date.date is None or date.precision not in ("DAY", "WEEK") \
            or (call.date.date is not None and not refines(date, call.date)):
        return  # a date of its own stands, unless the sentence names a day within it
    call.date = date
    call.evidence.append(analysed.sentence)
    if is_future_tense(fragment) or (article.published and date.date > article.published):
        call.details["status"] = "PLANNED"


def _next_round(call: Finding, analysed: AnalysedSentence, article: AnalysedArticle) -> Finding | None:
    """"... held their first round of talks in Muscat. The second round is set to take place in Rome on Saturday.",
    "The two sides will meet again next week.": a later sentence that schedules the next round of the talks told
    just before, for a time of its own, is a planned call of the same parties (EVENTS.md: two calls dated to
    different days are two calls)."""
    text = analysed.text
    if call.details["mode"] == PHONE or not _NEXT_ROUND.search(text) \
            or any(a.code not in call.details["participants"] for a in analysed.agents) \
            or _QUOTED.search(text) or NEGATION.search(text) or hypothetical(text):
        return None
    date = date_of_sentence(text, article.published)
    if date.date is None or date.precision not in ("DAY", "WEEK", "MONTH") or not (
            is_future_tense(text) or (article.published and date.date > article.published)) \
            or (call.date.date is not None and (date.date == call.date.date or refines(date, call.date))):
        return None
    mode = MEETING if call.details["mode"] == VISIT else call.details["mode"]
    return Finding(event_type="DIPLOMATIC_CALL", key=call.key,
                   details={**call.details, "mode": mode, "host": None, "status": "PLANNED"},
                   actors=[], evidence=[analysed.sentence], date=date, confidence=call.confidence)


def _attendees(call: Finding, analysed: AnalysedSentence) -> None:
    """"Spanish Prime Minister X and the leaders of Y and Z also attended.": a sentence after a summit that names
    who else attended adds them to it (EVENTS.md: every state whose representative the article names as taking
    part)."""
    if call.details["mode"] != SUMMIT:
        return
    added = _attending(analysed)
    if not added:
        return
    codes = sorted(set(call.details["participants"]) | {a.code for a in added})
    call.details["participants"] = codes
    call.key = tuple(codes)
    call.evidence.append(analysed.sentence)
    call.actors.extend(actor for a in added if (actor := a.actor("PARTICIPANT")) is not None and actor not in call.actors)


def _attending(analysed: AnalysedSentence) -> list[Agent]:
    """Who a sentence says attended a summit told before: "X and the leaders of Y also attended.", "The summit was
    also attended by X and Y."."""
    attended_by = _ATTENDED_BY.search(analysed.text)
    attended = attended_by or _ATTENDED.search(analysed.text)
    if attended is None or _QUOTED.search(analysed.text) or NEGATION.search(analysed.text[:attended.end()]):
        return []
    named = (analysed.agents_between(attended.end(), len(analysed.text)) if attended_by
             else analysed.agents_between(0, attended.start()))
    roles = _place_roles(analysed)
    return [a for a in named if _takes_part(a, analysed, roles)
            and not (a.person and (a.person.former or _LEGISLATOR_ROLE.search(a.person.role)))]


def _attended_summit(analysed: AnalysedSentence, organisation: str, article: AnalysedArticle,
                     told: AnalysedSentence) -> Finding | None:
    """"The SCO summit opened in Tianjin. The meeting was attended by Putin and Modi.": the organisation's summit told
    just before, with no state named at it yet, and those who attended it."""
    added = _attending(analysed)
    if not added:
        return None
    date = date_of_sentence(analysed.text, article.published)
    if date.date is None:
        date = date_of_sentence(told.text, article.published)  # the day the summit was told to open or meet
    call = _Call(SUMMIT, _unique([organisation, *(a.code for a in added)]), None, [a for a in added if a.person],
                 None, is_future_tense(analysed.text), date)
    return _finding(call, analysed) if len(call.codes) >= 2 else None


def _scope_end(text: str, cue: _Cue, clause_end: int) -> int:
    match = _SCOPE_END.search(text, cue.end, clause_end)
    end = match.start() if match else clause_end
    described = _CONTACT_DESCRIBED.search(text, cue.end, end)
    return described.start() if described else end


def _place_roles(analysed: AnalysedSentence) -> dict[int, tuple[str, str]]:
    """Sentence-local start of each place -> (code, role): "venue", "topic", "occasion" (the
    organisation of a summit on whose sidelines one meets), "description" (in a phrase that describes a venue:
    "in Malaysia, the current ASEAN chair,"), "name-part" (a place word inside a
    longer proper name: "Aden Adde International Airport"), "legislature" ("the U.S. Congress"), "private"
    ("U.S. business executives")
    or "agent"."""
    text = analysed.text
    roles: dict[int, tuple[str, str]] = {}
    compound = _compound_topics(analysed)
    previous: PlaceMatch | None = None
    described_until = -1  # the end of a phrase that describes a venue ("in Malaysia, the ASEAN chair,")
    for place in analysed.places:
        at, to = analysed.local(place.start), analysed.local(place.end)
        before = text[max(0, at - 14):at]
        role = "agent"
        if at < described_until:
            role = "description"
        elif at in compound:
            role = "topic"
        elif place.kind == "organisation" and (
                _OCCASION_BEFORE.search(text[max(0, at - 50):at])
                or (_AT_OCCASION_BEFORE.search(text[max(0, at - 30):at]) and _OCCASION_AFTER.match(text, to)
                    and _MEETING.search(text))):
            role = "occasion"
        elif place.kind == "organisation" and previous is not None and previous.kind in ("name", "demonym") \
                and _OWN_ORGAN.fullmatch(place.text) and _OWNER_BEFORE.fullmatch(text, analysed.local(previous.end), at):
            role = "name-part"  # "Russia's Security Council", "Iran's Supreme National Security Council": the state's own
        elif place.kind == "organisation" and _OWN_ORGAN.fullmatch(place.text) \
                and _PRONOUN_OWNER_BEFORE.search(text, max(0, at - 12), at):
            role = "name-part"  # "a meeting with his Security Council": the leader's own state's body
        elif place.kind == "capital" and _SEAT_CONTACT_AFTER.match(text, to):
            role = "venue"
        elif _SITUATION_BEFORE.search(text, max(0, at - 30), at) or _SITUATION_AFTER.match(text, to):
            role = "topic"
        elif _LEGISLATURE_AFTER.match(text, to):
            role = "legislature"
        elif _LOCAL_OFFICE_BEFORE.search(text, max(0, at - 20), at):
            role = "private"
        elif _POSTING_BEFORE.search(text, max(0, at - 45), at):
            role = "posting"
        elif place.kind != "organisation" and (
                _PRIVATE_AFTER.match(text, to) or _PRIVATE_BEFORE.search(text, max(0, at - 60), at)
                or (previous is not None and roles[analysed.local(previous.start)][1] == "private"
                    and _TOPIC_LISTED.fullmatch(text, analysed.local(previous.end), at))):
            role = "private"
        elif place.kind != "organisation" and (
                _VENUE_BEFORE.search(before)
                # "assistance to Argentina's economy": a state's possession is no destination
                or (_DESTINATION_BEFORE.search(before) and not _POSSESSIVE_AFTER.match(text, to))
                or _VENUE_DESCRIBED_BEFORE.search(text[max(0, at - 50):at])
                or (previous is not None and roles[analysed.local(previous.start)][1] == "venue"
                    and _APPOSITION.match(text[analysed.local(previous.end):at] + " ")
                    and _APPOSITION_END.match(text, to))
                or (_VENUE_NAME_BEFORE.search(text[max(0, at - 45):at]) and _APPOSITION_END.match(text, to))):
            role = "venue"
        elif _TOPIC_BEFORE.search(before) or _topic_between(text, at) \
                or _CONTACT_TOPIC_BEFORE.search(text, max(0, at - 80), at) or (
                previous is not None and roles[analysed.local(previous.start)][1] == "topic"
                and (_TOPIC_LISTED.fullmatch(text, analysed.local(previous.end), at)
                     # "discussed Ukraine, Iran and North Korea": a list the topic opens, going on after this one
                     or (text[analysed.local(previous.end):at].strip() == "," and _LIST_GOES_ON.match(text, to)))):
            role = "topic"
        elif place.kind in ("name", "capital") and _PROPER_NAME_AFTER.match(text[to:to + 60]):
            role = "name-part"
        roles[at] = (place.code, role)
        if role == "venue":
            description = _VENUE_DESCRIPTION_AFTER.match(text, to)
            if description:
                described_until = description.end()
        previous = place
    return roles


def _topic_between(text: str, at: int) -> bool:
    """Whether the place at `at` follows a "between" that joins a topic, not the parties of a contact."""
    between = _BETWEEN_BEFORE.search(text, max(0, at - 14), at)
    if between is None:
        return False
    return bool(_TOPIC_BETWEEN.search(text, max(0, at - 60), at)
                or not _CONTACT_BEFORE_BETWEEN.search(text, max(0, between.start() - 60), between.start()))


def _unplaced_official(analysed: AnalysedSentence, start: int, end: int) -> bool:
    """Whether the clause text[start:end] names a serving official of no known state ("Minister of
    Foreign Affairs Bui Thanh Son")."""
    return any(p.country is None and p.role and not p.former and not _CORPORATE_ROLE.search(p.role)
               and start <= analysed.local(p.start) < end for p in analysed.people)


def _capital_at(analysed: AnalysedSentence, at: int) -> bool:
    return any(p.kind == "capital" and analysed.local(p.start) == at for p in analysed.places)


def _compound_topics(analysed: AnalysedSentence) -> set[int]:
    """Sentence-local starts of the states in a hyphenated compound that is not a contact
    ("India-China border tension", "the Russia-Ukraine war")."""
    text, found = analysed.text, set()
    places = analysed.places
    for first, second in zip(places, places[1:]):
        at, between = analysed.local(first.start), text[analysed.local(first.end):analysed.local(second.start)]
        if first.code != second.code and _COMPOUND_JOINT.fullmatch(between) \
                and not _CONTACT_AFTER_COMPOUND.match(text, analysed.local(second.end)):
            found |= {at, analysed.local(second.start)}
    return found


def _takes_part(agent: Agent, analysed: AnalysedSentence, roles: dict) -> bool:
    if _KIN_AFTER.match(analysed.text, analysed.local(agent.end)):
        return False  # "Lai's son and his lawyers were in Washington": relatives act for no state
    if agent.person is not None:
        person = agent.person
        title = person.title_start if person.title_start >= 0 else person.start
        return not (person.former or _NO_OFFICE_ROLE.search(person.role)
                    or _NO_OFFICE_BEFORE.search(analysed.text, max(0, analysed.local(title) - 20), analysed.local(title)))
    if _UNITS_AFTER.match(analysed.text, analysed.local(agent.end)):
        return False  # "Indian and Chinese troops met at the border": soldiers and ships are no diplomats
    role = roles.get(analysed.local(agent.start), (agent.code, "agent"))[1]
    return role == "agent"


# The permanent seats of the organisations of EVENTS.md that lie in a state's capital or a city the gazetteer reads as
# the state ("Brussels" for NATO as for the EU, "Geneva" for the UN's offices, the WHO and the WTO).
_SEATS: dict[str, set[str]] = {}
for _code, _cities in {
        "EU": ("Brussels", "Strasbourg", "Luxembourg"), "NATO": ("Brussels",), "UN": ("New York", "Geneva", "Vienna", "Nairobi"),
        "AU": ("Addis Ababa",), "ASEAN": ("Jakarta",), "OAS": ("Washington",), "GCC": ("Riyadh",), "ARAB_LEAGUE": ("Cairo",),
        "IMF": ("Washington",), "WORLD_BANK": ("Washington",), "WTO": ("Geneva",), "WHO": ("Geneva",), "IAEA": ("Vienna",),
        "OPEC": ("Vienna",), "OSCE": ("Vienna",), "ICC": ("The Hague", "Hague"), "SCO": ("Beijing",),
        "CARICOM": ("Georgetown",), "ECOWAS": ("Abuja",), "MERCOSUR": ("Montevideo",), "COMMONWEALTH": ("London",),
        "APEC": ("Singapore",)}.items():
    for _city in _cities:
        _SEATS.setdefault(_city, set()).add(_code)


def _without_seats_of_officials(analysed: AnalysedSentence, venues: list[tuple[int, str]],
                                agents: list[Agent]) -> list[tuple[int, str]]:
    """"Georgia's prime minister met Commission President von der Leyen in Brussels": an organisation's official met
    at its seat is met at the organisation (EVENTS.md: "Brussels" in an EU context is the EU), and the state the
    seat lies in takes no part. So too an organisation named as a party with another ("met European Union leaders in
    Brussels", "talks with NATO officials in Brussels", "met UN officials in Geneva"); alone ("EU leaders met in
    Brussels") its seat's state is the one it meets in."""
    gazetteer = Gazetteer.load()
    officials_of = {a.code for a in agents if gazetteer.is_organisation(a.code)
                    and (a.person is not None or len({b.code for b in agents}) >= 2)}
    if not officials_of:
        return venues
    seats = {analysed.local(p.start) for p in analysed.places
             if p.kind == "capital" and (gazetteer.code_for(p.text) in officials_of
                                         or officials_of & _SEATS.get(p.text, set()))}
    return [(at, code) for at, code in venues if at not in seats]


def _visit(reading: _Reading, cue: _Cue, agents: list[Agent], venues: list[tuple[int, str]]):
    """(mode, participants, host, initiator) of a visit cue, or None."""
    analysed, text = reading.analysed, reading.text
    after = [a for a in agents if analysed.local(a.start) >= cue.end]
    reported = None
    for reported in _REPORTED.finditer(text, 0, cue.start):
        pass
    # "the UN reports that aid trucks have arrived in Gaza": the visitor is named after the report
    told_from = reported.end() if reported else 0
    before = [a for a in agents if told_from <= analysed.local(a.start) < cue.start]
    visitor = destination = None
    if _RECEIVE.fullmatch(text, cue.start, cue.end) and _BY_AFTER.match(text, cue.end) and before and after \
            and after[0].code != before[-1].code:
        # "Ramaphosa is received by Trump": the subject travels, the one named after "by" hosts
        return VISIT, [before[-1].code, after[0].code], after[0].code, before[-1].code, [], []
    if _RECEIVE.fullmatch(text, cue.start, cue.end) and before and after \
            and analysed.local(after[0].start) - cue.end <= 30 and after[0].code != before[0].code:
        # "Modi hosted the Australian prime minister": the one received travels, the subject hosts; "hosted the
        # leaders of Kazakhstan, Uzbekistan and Tajikistan", "hosted Pashinyan and Aliyev": a summit it hosts
        guests = [after[0]]
        for first, second in zip(after, after[1:]):
            if first is not guests[-1] or not _LISTED.fullmatch(text, analysed.local(first.end), analysed.local(second.start)):
                break
            guests.append(second)
        codes = _unique([before[0].code, *(g.code for g in guests)])
        if len(codes) >= 3:
            return SUMMIT, codes, None, before[0].code, [], []
        return VISIT, [after[0].code, before[0].code], before[0].code, after[0].code, [], []
    if _VISITOR_AFTER.match(text, cue.end) and after:
        visitor = after.pop(0)  # "a visit by Ramaphosa"
    elif after and _VISIT_NOUN.fullmatch(text, 0, cue.end) and _VISITOR_AFTER_DESTINATION.fullmatch(
            text, cue.end, analysed.local(after[0].start)):
        visitor = after.pop(0)  # "a visit to Phnom Penh earlier this week by South Korea's vice foreign minister"
    elif re.match(r"visiting", text[cue.start:cue.end], re.I) and after and \
            analysed.local(after[0].start) - cue.end <= 2 and not _VISITING_AS_VERB_BEFORE.search(
                text, max(0, cue.start - 12), cue.start):
        visitor = after.pop(0)  # "the visiting Chinese premier" (not "who is visiting Pakistan")
    else:
        possessive = [a for a in before if _VISITOR_POSSESSIVE.fullmatch(text, analysed.local(a.end), cue.start)]
        if possessive:
            visitor = possessive[-1]  # "Xi's state visit"
        elif before:
            visitor = before[0]
    fellows = _fellow_visitors(analysed, before, visitor, cue) if visitor is not None and visitor in before else []
    opening = visitor is None and not before and re.match(r"\s*(?:during|on|after|at|while|when)\b", text[:cue.start],
                                                          re.I)
    if visitor is None and not opening:
        return None
    if visitor is not None and visitor.person is None and _FORCES_AFTER.match(text, analysed.local(visitor.end)):
        return None  # "a Mexican Navy training ship on a visit": ships and troops are no diplomats
    if visitor is not None and visitor.person is None and _MOVEMENT.match(text, cue.start) \
            and not _RECEIVE.fullmatch(text, cue.start, cue.end) \
            and not _MOVER_OFFICIAL_AFTER.match(text, analysed.local(visitor.end)) \
            and not _MOVER_OFFICIAL_BEFORE.search(text, max(0, analysed.local(visitor.start) - 40),
                                                  analysed.local(visitor.start)) \
            and not _MOVER_IS_SUBJECT.fullmatch(text, analysed.local(visitor.end), cue.start):
        return None  # "US marines are heading to Sri Lanka", "Chinese aid arrived in Gaza": no official goes
    # The destination: a place right after the cue ("visits Kyiv", "a state visit to Israel",
    # "travels to Riyadh"), else the first state named after it, else the venue.
    later_venues = [(at, code) for at, code in venues if at >= cue.end]
    named_after = [a for a in after if a.person is None]
    if later_venues and (not after or later_venues[0][0] < analysed.local(after[0].start)):
        reached, destination = later_venues[0]
        reached += 1
    elif named_after:
        destination, reached = named_after[0].code, analysed.local(named_after[0].end)
    elif venues:
        destination, reached = venues[0][1], cue.end
    else:
        reached = cue.end
    if visitor is None:
        # "During a state visit to Beijing, Pakistani Prime Minister Shehbaz Sharif announces ...": the
        # subject after the opening phrase travels.
        subjects = [a for a in after if analysed.local(a.start) >= reached and a.code != destination]
        if destination is None or not subjects:
            return None
        visitor = subjects[0]
        after = []  # what the subject does in the main clause is not whom it met
    met = [a for a in after if analysed.local(a.start) >= reached and a.code != visitor.code]
    if not met and destination is not None and _met_uncoded_party(analysed, reached, destination):
        return None  # "travelled to Cairo for talks with Hamas": the city is the venue, the host no party
    toured = _toured(analysed, cue, visitor.code)
    if len(toured) >= 2:
        met = []  # the states of a tour are its destinations, not others met there
    if met and destination is not None and destination != visitor.code \
            and all(a.person is None and a.code in reading.organisations for a in met):
        # "travels to Canada for meetings with G7 foreign ministers": the organisation meets in the destination,
        # which hosts it (EVENTS.md: a summit's host takes part)
        return SUMMIT, _unique([visitor.code, *(a.code for a in met), destination]), None, visitor.code, [], []
    if met and all(a.code != destination for a in met):
        # "visits the Gaza Strip and meets with Netanyahu", "travels to Riyadh for talks with
        # Russian officials": the contact is with those met there.
        return MEETING, _unique([visitor.code, *(a.code for a in met)]), None, visitor.code, [], []
    if destination is None or destination == visitor.code:
        others = [a.code for a in [*before, *after] if a.code != visitor.code]
        destination = others[0] if others else None
    if destination is None:
        return None
    if fellows and destination not in fellows:
        # "Macron and Merz visited Kyiv": three states meet (EVENTS.md: a meeting of three or more states is a summit)
        return SUMMIT, _unique([visitor.code, *fellows, destination]), None, visitor.code, [], []
    # "visits Washington to meet with Israeli delegates and Rubio": the visit, and a meeting with each
    # other party met there (an organisation's summit met there is no bilateral meeting).
    others = _unique(a.code for a in met if a.code != destination
                     and not _OCCASION_AFTER.match(text, analysed.local(a.end)))
    if len(toured) >= 2:
        # "visited Syria, Lebanon and Jordan": a visit to each
        return VISIT, [visitor.code, toured[0]], toured[0], visitor.code, [], toured[1:]
    return VISIT, [visitor.code, destination], destination, visitor.code, others, []


def _fellow_visitors(analysed: AnalysedSentence, before: list[Agent], visitor: Agent, cue: _Cue) -> list[str]:
    """The states of officials listed with the visitor right before the visit cue, who travel with it: "Baerbock and
    Barrot travel to Damascus", "the leaders of France, Germany and Poland arrived in Kyiv"."""
    text, fellows = analysed.text, []
    listed = before[before.index(visitor):]
    for first, second in zip(listed, listed[1:]):
        if not _LISTED.fullmatch(text, analysed.local(first.end), analysed.local(second.start)):
            return []  # someone named after the list and before the cue: not a plain list of travellers
        if second.code != visitor.code and second.code not in fellows:
            fellows.append(second.code)
    if not fellows or not _TRAVELLERS_TO_CUE.fullmatch(text, analysed.local(listed[-1].end), cue.start):
        return []
    return fellows


def _met_uncoded_party(analysed: AnalysedSentence, reached: int, destination: str) -> bool:
    """"Israeli negotiators travelled to Cairo for talks with Hamas": the party the trip is for is named, and it is
    no state or organisation (nor a person, who may be the host's, nor the destination's de facto government: "to
    Kabul for talks with the Taliban")."""
    party = _TRIP_FOR_CONTACT_WITH.match(analysed.text, reached)
    if party is None:
        return False
    at = party.start("party")
    if any(analysed.local(p.start) <= at < analysed.local(p.end) for p in analysed.people) or any(
            analysed.local(a.start) <= at < analysed.local(a.end) for a in analysed.agents):
        return False
    return _DE_FACTO_GOVERNMENTS.get(party.group("party")) != destination


def _tour_of_no_state(analysed: AnalysedSentence, cue: _Cue) -> bool:
    """Whether a "tour of" cue names a region, no state, right after it ("a tour of Africa", "a tour of the Gulf")."""
    if not re.fullmatch(r"tour of", analysed.text[cue.start:cue.end], re.I):
        return False
    after = _TOUR_START.match(analysed.text, cue.end).end()
    return not any(analysed.local(p.start) == after for p in analysed.places)


def _toured(analysed: AnalysedSentence, cue: _Cue, visitor: str) -> list[str]:
    """The states a visit cue lists as its destinations, right after it: "visited Syria, Lebanon and Jordan", "a
    trip to Kyiv and Warsaw" (one state named twice, "Riyadh, Saudi Arabia", is one destination)."""
    text, codes, previous_end = analysed.text, [], None
    for place in analysed.places:
        at, to = analysed.local(place.start), analysed.local(place.end)
        if at < cue.end or place.kind in ("demonym", "organisation"):
            continue
        if previous_end is None:
            if not _TOUR_START.fullmatch(text, cue.end, at):
                break
        elif not _LISTED.fullmatch(text, previous_end, at):
            break
        if place.code != visitor and place.code not in codes:
            codes.append(place.code)
        previous_end = to
    return codes


def _guests(analysed: AnalysedSentence, cue: _Cue, host: str | None, agents: list[Agent]) -> list[Agent]:
    """Officials named without a country after a visit cue ("visits Saudi Arabia to meet
    with Crown Prince Mohammed bin Salman"): officials of the host."""
    if host is None:
        return []
    known = {a.person.start for a in agents if a.person}
    return [Agent(host, p.title_start, p.end, dataclasses.replace(p, country=host))
            for p in analysed.people
            if p.country is None and p.role and not p.former and p.start not in known
            and analysed.local(p.start) >= cue.end]


def _signed_together(analysed: AnalysedSentence, signed: re.Match) -> bool:
    """"A and B sign ... in C": two parties joined right before the verb (a party may be an official set off in
    commas: "the U.S. Secretary of State, Antony Blinken, sign in ..."), a venue or sidelines after it."""
    text = analysed.text
    partner = _PACT_WITH.match(text, signed.end())
    if partner is not None:
        # "Britain, France and Germany fail to reach an agreement with Iran in Geneva": a pact sought with the party
        # named after it, at a venue, was sought at talks there
        other = _next_agent(analysed, partner.end(), 0)
        return other is not None and any(analysed.local(a.start) < signed.start() and a.code != other.code
                                         for a in analysed.agents) \
            and _PACT_AT.match(text, analysed.local(other.person.end if other.person else other.end)) is not None
    return _SIGNED_AT.match(text, signed.end()) is not None and _joined_before(analysed, signed)


def _joined_before(analysed: AnalysedSentence, verb: re.Match) -> bool:
    """Whether two parties of different states are joined right before a verb ("A and B sign", "Netanyahu and Trump
    spoke"), only an auxiliary or an adverb between."""
    text, signed = analysed.text, verb
    # "Presidents X of A and Y of B sign": an official and the state named after him are one party.
    parties: list[list[Agent]] = []
    for agent in (a for a in analysed.agents if analysed.local(a.end) <= signed.start()):
        if parties and parties[-1][-1].code == agent.code and _OF_STATE.fullmatch(
                text, analysed.local(parties[-1][-1].end), analysed.local(agent.start)):
            parties[-1].append(agent)
        else:
            parties.append([agent])
    if len(parties) < 2:
        return False
    first, second = parties[-2], parties[-1]
    return (first[0].code != second[0].code
            and _JOINED_TO_VERB.fullmatch(text, analysed.local(second[-1].end), signed.start()) is not None
            and _LISTED.fullmatch(text, analysed.local(first[-1].end), analysed.local(second[0].start)) is not None
            # ("Analysts in France and Germany discuss": states in a phrase of place are no subjects)
            and not _PLACE_PHRASE_BEFORE.search(text, max(0, analysed.local(first[0].start) - 20),
                                                analysed.local(first[0].start)))


# Between the second of two joined parties and their verb: an auxiliary, an adverb, or the officials two demonyms name
# ("The Saudi and Iranian foreign ministers discuss", not "Indian and Chinese troops").
_JOINED_TO_VERB = re.compile(
    r"(?:\s+(?:top\s+|senior\s+|chief\s+)?(?:(?:foreign|defen[cs]e|trade|finance|economy|interior|energy)\s+)?"
    r"(?:ministers|leaders|presidents|prime ministers|premiers|officials|envoys|diplomats|negotiators|delegations|"
    r"delegates|heads of (?:state|government)))?,?\s+(?:have\s+|has\s+|will\s+)?(?:\w+ly\s+)?", re.I)
_PLACE_PHRASE_BEFORE = re.compile(r"\b(?:in|from|of|at|across|throughout|to|for|on|against|with|between)\s+(?:the\s+)?$",
                                  re.I)


def _phone_hub(analysed: AnalysedSentence, agents: list[Agent], codes: list[str]) -> str:
    """The one side of phone calls with several states: the state not listed with others ("Trump held
    calls with A and B", "A and B told Trump in phone calls"), else the first ("calls between Trump, A
    and B")."""
    listed = set()
    for first, second in zip(agents, agents[1:]):
        if _LISTED.fullmatch(analysed.text, analysed.local(first.end), analysed.local(second.start)):
            listed |= {first.code, second.code}
    alone = [code for code in codes if code not in listed]
    return alone[0] if len(alone) == 1 else codes[0]


def _parties_joined(analysed: AnalysedSentence, agents: list[Agent], window: str) -> bool:
    """True when the clause names its parties together: "between X and Y", "X and Y"."""
    if re.search(r"\bbetween\b", window):
        return True
    text = analysed.text
    return any(first.code != second.code
               and (_JOINED.fullmatch(text, analysed.local(first.end), analysed.local(second.start))
                    # "US-China talks in Geneva": the pair right before the contact noun
                    or _paired_contact(analysed, first, second) is not None)
               for first, second in zip(agents, agents[1:]))


def _organisation_near(analysed: AnalysedSentence, gathering: re.Match) -> bool:
    """"a G7 meeting", "NATO foreign ministers' meeting", "a meeting of the Arab League"."""
    text = analysed.text
    for place in analysed.places:
        if place.kind != "organisation":
            continue
        at, to = analysed.local(place.start), analysed.local(place.end)
        if 0 <= gathering.start() - to <= 30 and re.fullmatch(r"(?:\s+[\w'’-]+){0,3}\s+", text[to:gathering.start()]):
            return True
        if 0 <= at - gathering.end() <= 20 and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}", text[gathering.end():at]):
            return True
    return False


def _next_agent(analysed: AnalysedSentence, offset: int, within: int) -> Agent | None:
    for agent in analysed.agents:
        at = analysed.local(agent.start)
        if offset <= at <= offset + within:
            return agent
    return None


def _finding(call: _Call, analysed: AnalysedSentence) -> Finding:
    actors = []
    for agent in call.people:
        if agent.code not in call.codes:
            continue
        if call.mode == SUMMIT:
            part = "PARTICIPANT"
        else:
            part = "INITIATOR" if agent.code == call.initiator else "RECIPIENT"
        actor = agent.actor(part)
        if actor is not None and all((a.name, a.country) != (actor.name, actor.country) for a in actors):
            actors.append(actor)
    named = len(actors)
    confidence = 0.55 + 0.15 * bool(named) + 0.1 * (named >= 2) + 0.1 * (call.date.date is not None)
    codes = sorted(call.codes)
    return Finding(
        event_type="DIPLOMATIC_CALL",
        key=tuple(codes),
        details={"participants": codes, "mode": call.mode, "host": call.host,
                 "status": "PLANNED" if call.planned else "OCCURRED"},
        actors=actors,
        evidence=[analysed.sentence],
        date=call.date,
        confidence=min(confidence, 0.95),
    )


def _merge_summits(findings: list[Finding], organisations: set[str]) -> list[Finding]:
    """Summits of one organisation in one article are one summit with every state named at it."""
    merged: list[Finding] = []
    for finding in findings:
        details = finding.details
        into = None
        if details["mode"] == SUMMIT:
            held_by = organisations & set(details["participants"])
            into = next((m for m in merged if m.details["mode"] == SUMMIT
                         and held_by & set(m.details["participants"])), None)
        if into is None:
            merged.append(finding)
            continue
        codes = sorted(set(into.details["participants"]) | set(details["participants"]))
        into.details["participants"] = codes
        into.key = tuple(codes)
        into.evidence.extend(s for s in finding.evidence if s not in into.evidence)
        into.actors.extend(a for a in finding.actors if a not in into.actors)
        if finding.date.date is not None and (into.date.date is None or refines(finding.date, into.date)):
            into.date = finding.date
        into.confidence = max(into.confidence, finding.confidence)
    # "Leaders of the G7 gathered in Biarritz, France. Macron hosted the leaders of the United States, ...": a
    # gathering of states with the state an organisation's summit is held in (its one state so far), on its day,
    # is that summit.
    held = [m for m in merged if m.details["mode"] == SUMMIT and organisations & set(m.details["participants"])]
    if len(held) != 1 or len(set(held[0].details["participants"]) - organisations) != 1:
        return merged
    summit = held[0]
    venue = set(summit.details["participants"]) - organisations
    for finding in [m for m in merged if m.details["mode"] == SUMMIT and not organisations & set(m.details["participants"])]:
        if venue <= set(finding.details["participants"]) and (
                finding.date.date is None or summit.date.date is None or finding.date.date == summit.date.date):
            merged.remove(finding)
            codes = sorted(set(summit.details["participants"]) | set(finding.details["participants"]))
            summit.details["participants"] = codes
            summit.key = tuple(codes)
            summit.evidence.extend(s for s in finding.evidence if s not in summit.evidence)
            summit.actors.extend(a for a in finding.actors if a not in summit.actors)
    return merged


def _unique(codes) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return seen


# The kind ---------------------------------------------------------------------------------------

# CAMEO 041 discuss by telephone, 042 make a visit, 044 meet at a third location, 040 consult;
# PLOVER CONSULT with its modes, upper case as every code of the records (PLOVER writes them lower case).
_CALL_CODES = {
    PHONE: ("041", "CONSULT", "PHONE"),
    VISIT: ("042", "CONSULT", "VISIT"),
    SUMMIT: ("044", "CONSULT", "MULTILATERAL"),
    MEETING: ("040", "CONSULT", "UNSPECIFIED"),
}


def _merge_same_contact(findings: list[Finding], published: dt.date | None) -> list[Finding]:
    """Findings of one call (same participants) become one, with all their evidence; but a contact held and one
    announced for another day ("held a video call on Monday ... Marape will travel to Canberra on Oct. 6") are two
    calls (EVENTS.md: two calls dated to different days are two calls)."""
    merged: list[Finding] = []
    for finding in findings:
        into = next((m for m in merged if m.key == finding.key and _same_contact(m, finding, published)), None)
        if into is None:
            merged.append(finding)
            continue
        held_on = into.date
        absorb(into, finding)
        if into.details["status"] == "OCCURRED" and finding.details["status"] == "PLANNED" and published is not None \
                and finding.date.date is not None and finding.date.date > published:
            into.date = held_on  # "met on Thursday ... will hold a joint meeting early next year": no date of the one held
    return merged


def _same_contact(one: Finding, other: Finding, published: dt.date | None) -> bool:
    """Whether two findings of the same participants tell one call: unless one was held and the other is announced,
    each dated to a day, week or month of its own, or the announced one for a day after the article's."""
    if one.details["status"] == other.details["status"]:
        return True
    planned = one if one.details["status"] == "PLANNED" else other
    if published is not None and planned.date.date is not None and planned.date.precision == "DAY" \
            and planned.date.date > published:
        return False  # (what was held lies before the article, whether it says when or not)
    first, second = one.date, other.date
    if first.date is None or second.date is None or first.precision not in _SCHEDULED \
            or second.precision not in _SCHEDULED:
        return True
    return first.date == second.date or refines(first, second) or refines(second, first)


_SCHEDULED = ("DAY", "WEEK", "MONTH")


def merge_calls(findings: list[Finding], context: ArticleContext) -> list[Finding]:
    """One call per set of participants, with its delegates, its date when a sentence pointing
    back gives it, and the participants' officials its evidence names."""
    calls = _merge_same_contact(findings, context.article.published)
    evidence.add_delegates(calls, context.article)
    evidence.dated_by_reference(calls, context.article)
    evidence.add_officials_in_evidence(calls, lambda f: set(f.details["participants"]), "PARTICIPANT",
                                       context.article, context.gazetteer)
    return calls


def _summary(details: dict, people: str, name) -> str:
    sides = " - ".join(name(code) for code in details["participants"])
    planned = "planned " if details.get("status") == "PLANNED" else ""
    return f"{sides}: {planned}{details['mode'].lower()}{with_people(people)}"


def _display_key(details: dict) -> str:
    """"CHN+KOR", or "CHN+KOR host=KOR" for a visit."""
    participants = "+".join(sorted(str(code) for code in details.get("participants") or ())) or "-"
    return participants + (f" host={details['host']}" if details.get("host") else "")


KIND = EventKind(
    event_type="DIPLOMATIC_CALL",
    field="call",
    details=CallDetails,
    detect=detect_calls,
    merge=merge_calls,
    countries=lambda details: list(details["participants"]),
    codes=lambda details: _CALL_CODES.get(details.get("mode"), NO_CODES),
    summary=_summary,
    display_key=_display_key,
    scoring_key=lambda event: frozenset(str(code) for code in event.get("participants") or ()),
    subtype_fields=("mode",),
    preferred_field="mode",
    tie_break_fields=("mode", "status", "host", "date"),
    identity_window_days=10,  # 9 in 10 dated calls are reported within 9 days (eval/dev, eval/train)
    one_per_day=True,
    cues=CUES,
)
