"""POLICY_SIGNAL: a government states or announces, as news, a direction, commitment or measure
in its foreign, trade or security policy (vows, calls to act, sanctions, tariffs, bans,
recognitions, withdrawals, rejections, agreements).

A sentence can hold several signals ("The Netherlands bans two Israeli ministers and calls on the
EU to ..."). Every policy trigger is read on its own unless it only spells out an earlier one
("calls on the EU *to support* a ceasefire"): then it lends that one its stance. For each trigger:

* the signaller is the state or official in subject position before it (not the object of a verb
  or preposition: "accused *Spanish prime minister Sánchez*"), every member of a coordinated
  subject ("Canada, Australia and Norway impose"), the agent of a passive ("tariffs imposed *by the
  United States*"), or the speaker named after it ("..., German officials said");
* the target is the first other state or organisation the trigger governs, or none when it names
  three or more;
* an agreement signed or reached by two parties is a signal of each toward the other, and one
  signed "with" a list of states a signal of each of them toward the signer; so is one signed or
  reached in the passive ("an agreement is signed by officials from Panama and the U.S.");
* a measure aimed at two states is a signal toward each; at three or more, toward none;
* negative decisions ("will not assist", "refuses to", "suspends", "ends its ban") take the
  stance opposite to what they refuse or end; freeing another state's people is cooperative;
* measures named as nouns count when their owner is named ("Japan's sanctions on", "new U.S.
  tariffs ... take effect", "President X's tariffs ... take effect", "a ceasefire between A and B
  comes into effect"); a tariff taking effect is the measure of the state its imports enter;
* two or more states announcing a venture together ("A and B announce a joint railway project")
  take a step toward each other;
* a measure whose noun is the subject of a passive verb of deciding counts for its agent ("new
  sanctions on Iran were approved by the EU", "the sanctions were lifted by ..."); so does a speaker's
  demand on a thing ("Scholz said talks with China must continue");
* reported decisions count as the state's own: "said it would send", "hinted that it could
  retaliate", "Russia must withdraw ..., German officials said"; so do refusals of another state's
  request ("denies a request from"), grants of one ("accepts Latvia's request") and leaving an
  organisation or a treaty ("quits ECOWAS");
* an old date told after a measure in the present tense, in a trailing reason or time clause
  ("reopens its embassy ..., after it was shut down four years ago"), dates only that clause;
* a larger or smaller aid pledge ("increased its aid to", "cuts its development assistance to") is a
  measure toward the state it goes to; a signed communiqué is an agreement of its parties;
* a state that opens a sentence as its subject is a later "it" ("Japan refrained ... . But on Friday,
  it demanded an apology"); a month is old news only when its last day is;
* topic and stance come from the trigger and the words it governs.

Not signals: criticism without a measure, former officials, legislators, party leaders, analysts,
scholars, judges (and what they "say"), groups a state backs or runs ("Rwanda-backed M23") and UN
aid agencies, accusations, what is denied, alleged, only tried or set as a condition ("until the
U.S. ceases ..."), negations, hypotheticals, background history (a clause opening "several years ago", a step named to compare with: "just as X
decided ..."), a later "he" after a sentence opened by a non-official or a person introduced as former,
a refused protest, seeking to complain, and measures named as a
circumstance ("amid Trump's tariffs", "violating an arms embargo imposed by the UN", "agreed to the plan
proposed by", "in retaliation against earlier tariffs instituted by Canada"), another state's official
telling of a state's intention ("Pakistan's minister says India intends to strike"), pacts of a government with rebels, domestic measures (in a sentence that names no other state, a state's own army, border, exports, defence
budget, passports or agreements make no foreign policy; foreigners the country already holds, unless
two states make a deal on them), what a relative clause says of the measure's object ("a bill that
would have allowed extraditions to China"), announced military facts ("announces that its army
retook two towns", "responds with retaliatory strikes"), warnings of a danger, announcements or
endings of a meeting, refusals to comment.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Callable

from pipeline.extract.dates import UNRESOLVED
from pipeline.extract.document import (
    HYPOTHETICAL, NEGATION, NON_GOVERNMENT_SPEAKER, PRESENT_PERFECT, REPORTED_SPEECH, Agent, AnalysedArticle,
    AnalysedSentence, Finding, EARLIER_TIME_OPENING, OPENS_WITH_SOMEONE_ELSE, clause_around, is_stale,
    old_year_mentioned, quoted_from_non_official, read_once, recalled_by_anniversary,
)
from pipeline.extract.events import evidence
from pipeline.extract.events.kind import ArticleContext, EventKind, absorb, merge_same_key, with_people
from pipeline.extract.prefilter import Prefiltered, openings
from pipeline.records import PolicyDetails

_V = r"(?:e|es|ed|s|d|ing)?"  # verb endings after a stem: "impos" + e, es, ed, ing
_W = r"[\w'’%$€£¥.,()–-]+ "  # one word of a noun phrase, with its space

_CONFRONTATIONAL, _COOPERATIVE, _NEUTRAL = "CONFRONTATIONAL", "COOPERATIVE", "NEUTRAL"


@dataclasses.dataclass(frozen=True)
class _Kind:
    """What a trigger is. `stance` None: the words it governs decide. `mutual`: an agreement
    between parties, a signal of each toward the other. `report`: an announcement, intention or
    call whose content follows it ("announced", "will", "called on"). `demand`: an obligation laid
    on the subject by a speaker ("X says Y will have to ...")."""

    stance: str | None
    mutual: bool = False
    report: bool = False
    demand: bool = False  # "X says Y must ...": X's demand on Y
    ending: bool = False  # "stops", "pauses", "ends": confrontational unless what it ends is a measure
    release: bool = False  # "releases Italian journalist ...": a signal only toward the people's state
    joint: bool = False  # two subjects ("A and B agree to ...") act toward each other
    refusal: bool = False  # "will not assist", "refuses to": the opposite of what it refuses
    together: bool = False  # a signal only of two or more states named as its subject, toward each other
    received: bool = False  # "Ukraine receives F-16 jets from Denmark": the giver's step toward the subject


_MEASURE_AGAINST = _Kind(_CONFRONTATIONAL)
_MEASURE_FOR = _Kind(_COOPERATIVE)
_AGREEMENT = _Kind(_COOPERATIVE, mutual=True)
_CALL = _Kind(None)  # calls, demands, vows: their content decides the stance
_REPORT = _Kind(None, report=True)
_DEMAND = _Kind(_CONFRONTATIONAL, demand=True)
# Verbs whose refusal says nothing of a policy: "declines to comment", "would not confirm".
_NOT_A_DECISION = re.compile(
    r"comment|confirm|say|disclose|reveal|discuss|answer|specify|elaborate|name|speculate")
# What does not happen is no one's refusal: "A meeting ... will not take place", "the summit will not go ahead".
_NOT_HAPPENING = re.compile(r"[\w'’ ]*?\b(?:take\s+place|go\s+ahead|happen|occur|proceed|materiali[sz]e)\b", re.I)
# "won't lodge a formal protest", "will not file a complaint": a protest refused is no decision of policy.
_PROTEST_REFUSED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:protests?|complaints?|objections?)\b", re.I)
# A refused verb that is itself a measure: refusing it eases ("does not intend to impose ...").
_REFUSED_MEASURE = re.compile(
    r"\b(?:impos\w*|implement\w*|retaliat\w*|attack\w*|invad\w*|strike|expel\w*)\b", re.I)
_COMMITMENT = _Kind(_COOPERATIVE, joint=True)  # "agrees to sell", "establishes relations with": one side's step
_ENDING = _Kind(None, ending=True)
_RELEASE = _Kind(_COOPERATIVE, release=True, joint=True)
_JOINT_STEP = _Kind(_COOPERATIVE, joint=True, together=True)
# What states announce together as a venture of theirs: "a joint initiative", "the construction of
# their first road link", "the establishment of a tri-national reserve".
_JOINT_VENTURE = re.compile(
    r"\s+(?:an? |the |their )?(?:(?:joint|new|first|common|shared|[\w-]+-(?:national|lateral)) ){0,2}(?:[\w-]+ ){0,2}?"
    r"(?:initiatives?|projects?|partnerships?|alliances?|coalitions?|programmes?|programs?|establishment|"
    r"construction|creation|launch|framework|mechanism)\b")
_REFUSAL = _Kind(None, refusal=True)
_RECEIVED = _Kind(_COOPERATIVE, received=True)

# What a state resumes or restores toward another: ties, cooperation, trade, flights, aid, visas.
_RESUMED = (r"(?:ties|relations|talks|negotiations|dialogue|cooperation|contacts?|trade|imports|exports|purchases|flights|aid|"
            r"assistance|deliveries|shipments|visas|issuing|intelligence|exchanges|funding|diplomatic|"
            # another state's place: "restores Hungary's full participation in the Visa Waiver Program"
            r"participation|membership|access)")
# What a government "will" do that makes a policy (not "will affect", "will have", "will face"):
# verbs of acting toward another state that are no triggers of their own.
_WILL_DO = (r"(?:collaborate|cooperate|work (?:with|together|closely)|help|assist|invest|deploy|station|buy|purchase|"
            r"fund|finance|give|grant|host|leave|exit|respond|stand (?:by|with)|defend|protect|counter|negotiate|pursue|"
            r"push|press|open|expand|increase|reduce|raise|lower|double|deliver|transfer|train|equip|join|present|"
            r"continue|start|begin|establish|set up|launch|pay|allow|accept|receive|welcome|send|provide|"
            # "will annex", "will use force against", "will reconsider its ties with", "will hold X responsible"
            r"keep|maintain|annex|acquire|retake|reconsider|review|mediate|boycott|cut|scale back|use force|"
            r"take control|hold (?:[\w'’.-]+ ){1,3}?(?:responsible|accountable)|"
            # a commitment kept: "would abide by the ceasefire", "will honour the agreement"
            r"abide by|comply with|adhere to|uphold|honou?r|respect)")
# "responds with retaliatory strikes": a military action, not a measure.
_MILITARY_RESPONSE = r"(?:\w+ ){0,2}(?:strikes|airstrikes|attacks|fire|gunfire|raids|shelling|missiles|drones)\b"
_AGREEMENT_NOUN = (r"(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?|memorand(?:um|a)|declarations?|charters?|"
                   r"communiqu[eé]s?)")  # ("sign a joint communiqué": the agreement its parties put their names to)
_TRIGGERS: list[tuple[_Kind, re.Pattern]] = [
    (_MEASURE_AGAINST, re.compile(
        rf"\b(?:impos{_V}|slap(?:s|ped|ping)?|levy|levie[sd]|levying|"
        rf"implement{_V} (?:{_W}){{0,4}}?(?:tariffs?|sanctions|bans?|restrictions|duties|embargo)|"
        rf"sanction(?:s|ed|ing)?|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|expel(?:s|led|ling)?|"
        rf"recall{_V} (?:its|their) (?:\w+ )?(?:ambassador|envoy|high commissioner|charg[eé] d['’]affaires)s?|"
        rf"sever(?:s|ed|ing)?|(?:cut(?:s|ting)?|break(?:s|ing)? off|broke off|broken off) (?:\w+ )?(?:ties|relations)|"
        # CAMEO 161 "break relations" (the CAMEO verbs below: from PETRARCH2's CAMEO.2.0.txt verb dictionary, MIT
        # licence, Open Event Data Alliance): "broke diplomatic relations with", "will break ties with"
        rf"(?:break(?:s|ing)?|broke|broken) (?:diplomatic |all |its |their )?(?:ties|relations) with|"
        # CAMEO 164 "break off / walk out of talks" (halt negotiations): "broke off talks with Japan", "broke off
        # military contacts with", "walked out of the negotiations with" (not a meeting or a summit left)
        rf"(?:break(?:s|ing)? off|broke off|broken off) (?:\w+ ){{0,2}}?(?:talks|negotiations|contacts|dialogue)\b|"
        rf"walk(?:s|ed|ing)? out (?:of|from) (?:the |their )?(?:[\w-]+ ){{0,2}}?(?:talks|negotiations)\b|"
        # less aid: "cuts its development assistance to", "will reduce its aid to" (the mirror of a larger pledge)
        rf"(?:cut(?:s|ting)?|reduc{_V}|slash(?:es|ed|ing)?|halv{_V}) (?:its|their|all) (?:[\w-]+ ){{0,3}}?(?:aid|assistance|funding) (?:to|for)\b|"
        # CAMEO 162 "delay / hold up aid" (reduce or stop aid): "withheld aid to Myanmar", "held up military aid to
        # Ukraine", "delayed the delivery of food aid to"
        rf"(?:withh(?:old|olds|eld|olding)|(?:hold(?:s|ing)?|held) up|delay{_V}) (?:the (?:delivery|release|disbursement) of )?"
        rf"(?:(?:its|their|all|some|the|further|promised) )?(?:[\w$€£¥.,%-]+ ){{0,3}}?(?:aid|assistance|funding|weapons|arms)"
        rf"(?: (?:shipments|deliveries|packages?))? (?:to|for)\b|"
        # with no determiner: "slashes military aid to Ukraine" (not "cuts aid to farmers", nor "reduces funding
        # for two Israeli rights groups": money for groups is no step toward their state)
        rf"(?:cut(?:s|ting)?|reduc{_V}|slash(?:es|ed|ing)?|halv{_V}) (?:[\w-]+ ){{0,2}}?"
        rf"(?:foreign|military|humanitarian|development|security) (?:aid|assistance) (?:to|for)\b|"
        rf"withdr(?:ew|aws?|awn|awing) (?:from|(?:all |most |some |the rest )?(?:of )?(?:its|their)|"
        rf"(?:[\w-]+ ){{0,2}}?(?:troops|forces|soldiers|personnel|peacekeepers|diplomats|staff) from)|"
        rf"pull(?:s|ed|ing)? out of|"
        # CAMEO 087 "pull back / out troops" (as "withdraw"): "pulled its troops back from the border", "will pull its
        # forces out of Gaza City"
        rf"pull(?:s|ed|ing)? (?:all |most |some |the rest )?(?:of )?(?:its|their) (?:[\w-]+ ){{0,2}}?"
        rf"(?:troops|forces|soldiers|peacekeepers|diplomats|warships) (?:back )?(?:from|out of)\b|"
        # "pulled the United States out of the World Health Organization"
        rf"pull(?:s|ed|ing)? (?:the )?(?:[\w.'’-]+ ){{1,3}}?out of (?:the )?(?:[\w'’-]+ ){{0,4}}?"
        rf"(?:union|treaty|convention|court|bloc|alliance|organi[sz]ation|community|council|accords?|agreement|"
        rf"pact|commonwealth|federation|league|forum|[a-z]+ deal)\b|"
        # leaving an organisation or a treaty: "leave the European Union", "quits the Paris climate accord"
        rf"(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?) (?:the )?(?:[\w'’-]+ ){{0,4}}?"
        rf"(?:union|treaty|convention|court|bloc|alliance|organi[sz]ation|community|council|accords?|agreement|"
        rf"pact|commonwealth|federation|league|forum)\b|"
        # rejecting an assessment or claims is no measure
        rf"reject{_V}(?! (?:the |these |those |such |all |any )?(?:[\w-]+ ){{0,2}}(?:assessments?|reports?|claims?|"
        rf"accusations?|allegations?|criticism|comments?|remarks?|characteri[sz]ations?)\b)|threaten{_V}|warn{_V}|retaliat{_V}|"
        rf"restrict{_V}|(?:declar{_V}|consider{_V}|deem{_V}|call{_V}) (?:[\w'’]+ ){{0,6}}null and void|block{_V}|"
        # declaring a foreign diplomat unwelcome is an expulsion in the language of diplomacy
        rf"declar{_V} (?:[\w'’.-]+ ){{1,6}}?personae? non gratae?|"
        rf"(?:re-?)?designat{_V} (?:{_W}){{0,8}}?(?:as )?(?:an? )?(?:[\w-]+ ){{0,2}}terrorist|"
        # "lists the IRGC as a state sponsor of terrorism", "lists X as a terrorist entity"
        rf"list{_V} (?:{_W}){{1,8}}?as (?:an? )?(?:[\w-]+ ){{0,2}}(?:terrorist|sponsors? of terrorism)|"
        # another state's property seized: "seizes a Venezuelan government airplane", "seized Russian assets"
        rf"seiz{_V} (?:[\w$€£.,-]+ ){{0,4}}?(?:assets|propert(?:y|ies)|airplanes?|aircraft|planes?|tankers?|vessels?|ships?)|"
        rf"issu{_V} (?:an? |its |their )?(?:[\w-]+ ){{0,2}}(?:ultimatum|travel ban|arrest warrants?|sanctions)|"
        # CAMEO 075 "grant asylum", "approve refugee status": a shelter given against the person's state
        rf"(?:grant{_V}|giv(?:e|es|ing)|gave|given|offer{_V}) (?:political )?asylum to|"
        rf"(?:grant{_V}|approv{_V}) (?:[\w-]+ ){{0,2}}?refugee status (?:to|for)\b|"
        # CAMEO's DEMAND block (10x), a demand on another party: "is pressing Tokyo to release", "pushed Seoul to",
        # "exhorted Japan to"; not the noun ("a press conference for", "the press")
        rf"(?<!the )(?<!a )(?<!news )(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|exhort{_V}|entreat{_V}|adjur{_V}|pressur(?:e|es|ed|ing)) "
        rf"(?!(?:conference|release|secretary|office|briefing|statement|corps|agency|freedom|reports?|ahead|on|forward|back)\b)"
        rf"(?:[\w.'’-]+ ){{1,3}}?(?:to|for)\b|"
        # CAMEO 12x rejections by the REBUFF block and DISMISS (120 "dismiss proposal", 125 "rebuff offer"):
        # "rebuffed Japan's offer of talks", "dismissed the peace proposal", "spurned Washington's overtures"
        rf"(?:rebuff{_V}|spurn{_V}|dismiss(?:es|ed|ing)?) (?:[\w'’.-]+ ){{0,3}}?(?:proposals?|offers?|plans?|requests?|"
        rf"demands?|invitations?|overtures?|ultimatum)\b|"
        # CAMEO 103 "demand compensation": "sought compensation from Japan", "claims reparations"
        rf"(?:seek{_V}|sought|claim{_V}) (?:[\w$€£.,-]+ ){{0,3}}?(?:compensation|reparations|damages)\b|"
        # CAMEO 13x threats told as a measure weighed (131, 138): "is considering an embargo on", "weighing cuts in aid
        # to", "hinted at retaliation against", "raised the possibility of sanctions" (the measure itself named next)
        rf"(?:consider{_V}|weigh(?:s|ed|ing)?|mull{_V}|hint{_V} at|rais{_V} the (?:possibility|prospect|spectre|specter) of) "
        rf"(?:(?:an?|new|further|possible|fresh|its|the|retaliatory|economic|trade|punitive|an oil|an arms) )*"
        rf"(?:embargo|boycott|retaliation|countermeasures|sanctions|tariffs|(?:cuts?|reductions?) (?:in|to|of) "
        rf"(?:its |their )?(?:[\w-]+ )?(?:aid|assistance))\b|"
        # CAMEO 13x: "reserves the right to respond" (130), "cautioned Japan against" (WARN block, 130),
        # "gave Iran an ultimatum" (139)
        rf"reserv{_V} (?:the|its|their) right to|caution(?:s|ed|ing)? (?:[\w.'’-]+ ){{1,4}}?against\b|"
        rf"(?:giv(?:e|es|ing)|gave|given|deliver{_V}|present{_V}) (?:[\w.'’-]+ ){{0,3}}?(?:an? |its |their )?(?:[\w-]+ )?ultimatum|"
        rf"clos{_V} (?:\w+ ){{0,3}}(?:bridges?|crossings?|checkpoints?)|"
        rf"terminat{_V}|downgrad{_V}|oppos(?:e|es|ed|ing)|revok{_V}|veto(?:es|ed|ing)?|"
        # CAMEO's REVOKE and CANCEL blocks (160): "rescinded the decree", "annuls the agreement", "called off the talks"
        rf"rescind(?:s|ed|ing)?|annul(?:s|led|ling)?|"
        # (a trip or a visit called off is no measure: "calls off a planned two-day trip to Jakarta")
        rf"call(?:s|ed|ing)? off(?! (?:his|her|their|its|an?|the) (?:[\w-]+ ){{0,3}}?(?:participation|attendance|trips?|"
        rf"appearance|visits?|tours?|travel)\b)|"
        # CAMEO's PROHIBIT and EXCLUDE blocks with their objects (160 "ban exports", 162 "prohibit aid", 1622
        # "ban arms sales"): "prohibited exports of rare earths to", "embargoed oil shipments to"
        rf"(?:prohibit{_V}|forb(?:id|ids|ade|idden|idding)|outlaw{_V}|embargo(?:es|ed|ing)) (?:[\w-]+ ){{0,3}}?"
        rf"(?:exports?|imports?|sales|shipments|aid|assistance|trade|flights|entry)\b|"
        rf"cancel(?:s|led|ed|ling|ing)?(?! (?:his|her|their|its) (?:\w+ )?(?:participation|attendance|trip|appearance))|"
        rf"scrap(?:s|ped|ping)?|"
        rf"order{_V} (?:the |an? )?(?:[\w-]+ )?(?:expulsion|closure|withdrawal|suspension|halt|delay|postponement|"
        rf"blockade|embargo|freeze|deployment)|"
        rf"(?:clos{_V}|shut(?:s|ting)?) (?:\w+ ){{0,3}}(?:borders?|embass(?:y|ies)|airspace|consulates?|ports)|"
        # an expulsion told as an order to leave: "orders twelve staff members of the French embassy to leave"
        rf"order{_V} (?:{_W}){{1,12}}?to leave\b|"
        # CAMEO 174 "order out of the country": "ordered three Japanese diplomats out of the country"
        rf"order{_V} (?:{_W}){{1,8}}?out of (?:the|its|their) country\b|"
        # a treaty held in abeyance: "put the Indus Waters Treaty in abeyance"
        rf"(?:put(?:s|ting)?|plac{_V}|hold(?:s|ing)?|held|keep{_V}|kept) (?:[\w'’.-]+ ){{1,8}}?in abeyance|"
        # a trade defence case opened: "launched an anti-dumping investigation into"
        rf"(?:launch{_V}|open{_V}|initiat{_V}|start{_V}) (?:an? |the |its |new )?(?:[\w-]+ ){{0,2}}?"
        rf"(?:anti-dumping|anti-subsidy|countervailing|safeguard) (?:investigations?|probes?|inquir(?:y|ies)|cases?)|"
        rf"tighten{_V} (?:\w+ )?(?:controls|restrictions)|blacklist{_V}|boycott(?:s|ed|ing)\b|"
        rf"(?:keep{_V}|kept|maintain{_V}|extend{_V}|expand{_V}|rais{_V}|increas{_V}|doubl{_V}|widen{_V}|renew{_V}) "
        rf"(?:[\w%$.-]+ ){{0,3}}?(?:tariffs?|sanctions|restrictions|embargo|duty|duties|travel bans?|export controls|"
        # the European Union's name for its sanctions: "would keep up and widen restrictive measures against Belarus"
        rf"restrictive measures)|"
        rf"(?:will|would) (?:\w+ly )?(?:destroy|obliterate|annihilate|crush)|"
        rf"add{_V} (?:{_W}){{0,8}}?to (?:its|the|a) (?:[\w-]+ ){{0,3}}list|"
        # a measure adopted by any verb of enacting: "enacts a 25% tariff", "officializes a complete export ban"
        rf"(?:enact{_V}|introduc{_V}|unveil{_V}|adopt{_V}|officiali[sz]{_V}|formali[sz]{_V}|institut{_V}|decree{_V}|"
        rf"appl(?:y|ies|ied|ying)|"
        rf"approv{_V}|roll{_V} out|put{_V} in place) (?:{_W}){{0,5}}?(?:tariffs?|sanctions|embargo|blockade|boycott|"
        rf"(?:travel|entry|export|import|trade|arms|visa) bans?|export controls|duties)|"
        # "hits Kenya with new taxes", "hit Russia with sanctions": a measure told with the verb of striking
        rf"hit(?:s|ting)? (?:[\w'’.-]+ ){{1,4}}?with (?:[\w$€£%.,-]+ ){{0,4}}?(?:tariffs?|sanctions|duties|tax(?:es)?|levies)|"
        # "places Brazil on the Tier 2 watchlist", "relists Israel on its blacklist"
        rf"(?:plac{_V}|put(?:s|ting)?|(?:re)?list{_V}|reinstat{_V}) (?:{_W}){{1,8}}?(?:on|to) (?:its|the|a|an|their) (?:[\w-]+ ){{0,4}}?"
        rf"(?:black ?list|watch ?list|grey ?list|gray ?list|entity list|sanctions list|export[- ]control list|"
        rf"list of (?:state )?sponsors of terrorism)|"
        rf"fil{_V} (?:an? |its )?(?:\w+ )?(?:lawsuit|case|complaint) "
        rf"(?:(?:at|in|with|before) (?:the )?(?:[\w'’-]+ ){{1,6}}?)?against)\b")),
    (_AGREEMENT, re.compile(
        rf"\b(?:(?:sign{_V}|initial(?:s|ed|led|ing|ling)?) (?:{_W}){{0,8}}?{_AGREEMENT_NOUN}|"
        # the passive: "an agreement is signed by officials from A and B" (an agreement must be named before)
        rf"(?:signed|reached|concluded|finali[sz]ed)(?= by )|"
        rf"(?:reach{_V}|conclud{_V}|finali[sz]{_V}|confirm{_V}|ratif(?:y|ies|ied|ying)) "
        rf"(?:(?:negotiations|talks) (?:on|over|for) )?(?:an? |the )?(?:[\w-]+ ){{0,3}}{_AGREEMENT_NOUN}|"
        # the other verbs news uses for concluding a deal: "struck a trade deal", "sealed a free trade
        # agreement", "clinched a deal", "inked a pact" (a few words between: not "struck a target ... under a deal")
        rf"(?:strik(?:e|es|ing)|struck|seal{_V}|clinch{_V}|ink(?:s|ed|ing)?) (?:an? |the |their |its )?"
        rf"(?:[\w$€£¥.,%-]+ ){{0,3}}?{_AGREEMENT_NOUN}|"
        # a convention or a court's statute ratified: "ratified the Rome Statute", "ratifies the convention banning ..."
        rf"ratif(?:y|ies|ied|ying) (?:the )?(?:[\w'’-]+ ){{0,4}}?(?:statute|conventions?|protocols?)|"
        rf"(?:announc{_V}|unveil{_V}) (?:an? |the )?(?:new |\S+ (?:billion|million) ){{0,2}}(?:[\w-]+ ){{0,2}}"
        rf"(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?))\b")),
    # Two subjects agreeing or establishing relations act toward each other (`_directions`); one
    # subject agreeing "to sell ... to Libya" commits itself only.
    (_COMMITMENT, re.compile(
        rf"\b(?:agre(?:e|es|ed|eing) (?:to|on)|establish{_V} (?:\w+ ){{0,2}}(?:relations|ties))\b")),
    # Negative decisions: stopping, pausing, ending or suspending something.
    (_ENDING, re.compile(
        rf"\b(?:(?:stop(?:s|ped|ping)?|paus{_V}|ceas{_V}|end(?:s|ed|ing)?|halt{_V}|suspend(?:s|ed|ing)?|"
        rf"freez{_V}|froze|frozen|cut(?:s|ting)? off|shut{{1,2}}(?:s|ing)? down) "
        rf"(?!(?:short|up|by|in|at|to|over|being|there|with|after|when|on|as|for)\b)"
        # "end their talks early", "cancels his participation": the end of a meeting, not a policy
        rf"(?!(?:the|their|his|her|its|a) (?:\w+ )?(?:talks|meeting|visit|trip|conference|session|call|speech|tour|"
        rf"participation|attendance)\b(?! in (?:the )?(?:[\w'’-]+ ){{0,4}}?(?:treaty|agreement|accords?|pact|deal|"
        rf"convention|initiative|programme|program|mechanism|scheme)\b)))\b")),
    # Freeing, pardoning, extraditing or swapping another state's people.
    (_RELEASE, re.compile(
        rf"\b(?:(?:releas{_V}|pardon{_V}|extradit{_V}|repatriat{_V}|swap(?:s|ped|ping)?|exchang{_V}|fre(?:es|ed|eing)|"
        rf"hand{_V} over) (?!(?:an? |the |its |their )?(?:joint |new |official )?(?:statements?|reports?|videos?|"
        rf"footage|communiqu[eé]s?|declarations?|plans?|lists?|data|figures|details|images|photos)\b))\b")),
    (_MEASURE_FOR, re.compile(
        rf"\b(?:recogni[sz]{_V}(?! that\b)|"  # "recognise that ..." acknowledges a fact
        rf"extend{_V} (?:the |their |its |a )?(?:[\w-]+ ){{0,2}}(?:truce|ceasefire|cease-fire|moratorium)|"
        rf"join{_V}(?! (?:the |in )?(?:calls?|chorus|criticism|condemnation|protests?)\b)|"
        rf"(?:express(?:es|ed|ing)?|voic{_V}) (?:\w+ ){{0,2}}(?:commitment|willingness|readiness|support|desire) (?:to|for)|"
        rf"back(?:s|ed)(?! (?:down|away|off|out|up|to)\b)|"
        # (CAMEO 087 "lift blockade", "ease the siege": "lifted the blockade of Ukraine's ports")
        rf"lift{_V} (?:\w+ ){{0,2}}(?:sanctions|bans?|tariffs|restrictions|embargo|suspension|blockade|siege)|"
        rf"(?:eas{_V}|relax{_V}|loosen{_V}) (?:\w+ )?(?:sanctions|restrictions|tariffs|blockade|siege)|offer{_V}|support{_V}|"
        # CAMEO 086 "allow international involvement": "allowed IAEA inspectors into the plant", "will let UN monitors
        # back in", "admitted international observers to"
        rf"(?:allow{_V}|let(?:s|ting)?|admit(?:s|ted|ting)?|permit(?:s|ted|ting)?) (?:[\w.'’-]+ ){{0,3}}?"
        rf"(?:inspectors|monitors|observers|investigators) (?:(?:back )?in(?:to)?|to (?:visit|enter|return|inspect)|access|back)\b|"
        # CAMEO 085 "release funds" (ease economic sanctions): "unfroze Iranian assets", "released frozen Afghan funds"
        rf"unfr(?:eez{_V}|oze|ozen) (?:[\w$€£¥.,'’-]+ ){{0,4}}?(?:assets|funds|accounts|reserves)\b|"
        rf"releas{_V} (?:[\w$€£¥.,'’-]+ ){{0,3}}?frozen (?:[\w'’-]+ ){{0,2}}?(?:assets|funds|reserves)\b|"
        rf"willing(?:ness)? to|ready (?:for|to)|"
        # CAMEO 030/036 intent to cooperate in natural sentences: "hopes to improve relations with", "expressed hope
        # for better ties", "looks forward to working with" (not "is prepared to": the filter of measures only
        # proposed reads "prepared" as "prepares a bill")
        rf"hop(?:e|es|ed|ing) (?:to|for) (?:an? |the )?(?:improve|strengthen|deepen|boost|expand|restore|normali[sz]e|"
        rf"resume|better|closer|stronger|improved|deeper|warmer|renewed) (?:[\w-]+ ){{0,2}}?"
        rf"(?:ties|relations|cooperation|trade|talks|dialogue|partnership)\b|"
        rf"look(?:s|ed|ing)? forward to (?:working|cooperating|deepening|strengthening|expanding|boosting|closer|further) "
        rf"(?:[\w-]+ ){{0,2}}?(?:with|ties|relations|cooperation|partnership)\b|"
        rf"strengthen{_V}|deepen{_V}|boost{_V} (?:\w+ )?(?:ties|relations|cooperation)|elevat{_V}|normali[sz]{_V}|"
        # "granted Ukraine candidate status", "grants the United States access to four more bases"
        rf"grant{_V} (?:[\w.'’-]+ ){{1,4}}?(?:access|candidate status|candidacy|membership|observer status|"
        rf"permission|(?:sanctions |tariff )?(?:waivers?|exemptions?))\b|"
        # a measure put off: "postponed its countermeasures against U.S. tariffs", "delays its retaliatory tariffs"
        rf"(?:postpon{_V}|delay{_V}|defer{_V}) (?:its|their|the) (?:[\w-]+ ){{0,2}}?(?:countermeasures|tariffs|sanctions|"
        rf"retaliation|retaliatory measures)|"
        rf"waiv{_V} (?:[\w-]+ ){{0,2}}?(?:visas?|visa requirements|tariffs|duties|sanctions)|"
        # weapons allowed for another state's use: "authorized Ukraine to use long-range missiles", "authorises Kyiv to strike"
        rf"authori[sz]{_V} (?:[\w.'’-]+ ){{1,3}}?to (?:use|strike|fire|hit|deploy|launch|buy|purchase|receive|export)\b|"
        rf"(?:restor{_V}|resum{_V}|restart{_V}|renew{_V}|reviv{_V}|reinstat{_V}) (?:{_W}){{0,3}}?{_RESUMED}|"
        rf"reopen{_V} (?:[\w'’]+ ){{0,2}}(?:talks|negotiations|dialogue|embass(?:y|ies)|consulates?|borders?|crossings?|airspace)|"
        # "will move its embassy to Jerusalem": a step toward the state where it goes
        rf"(?:mov{_V} (?:its|their)|relocat{_V} (?:its|their|the)) (?:[\w-]+ ){{0,2}}(?:embass(?:y|ies)|consulates?)|"
        # (an amount between: "provide 300 billion yen in loans")
        rf"provid{_V} (?:[\w$€£¥.,%-]+ ){{0,7}}?(?:aid|assistance|weapons|support|funding|loans?)|"
        rf"shar{_V} (?:[\w-]+ ){{0,2}}intelligence with|"
        # a ceasefire declared by one side: "declares a three-day ceasefire in Ukraine"
        rf"declar{_V} (?:an? |the |its )?(?:[\w-]+ ){{0,3}}(?:ceasefire|cease-fire|truce)|"
        # relief from a measure: "exempts smartphones and computers from all reciprocal tariffs"
        rf"exempt{_V} (?:{_W}){{0,8}}?from (?:[\w\"“”'’%.-]+ ){{0,4}}?(?:tariffs?|sanctions|duties|levies|restrictions|bans?)|"
        # "approved the transfer of long-range missiles to Ukraine", "approves the sale of F-16s to Turkey"
        rf"approv{_V} (?:the |an? )?(?:[\w$€£¥.,%-]+ ){{0,3}}?"
        rf"(?:transfer|sale|deliver(?:y|ies)|shipments?|exports?|purchases?|acquisition|procurement) of|"
        # aid given, donated or delivered: "gave Canada $50 million in aid", "donated $50 million to",
        # "delivered air defence systems to"
        rf"(?:giv(?:e|es|ing)|gave|given) (?:[\w$€£¥.,%-]+ ){{0,5}}?(?:in )?(?:aid|assistance|funding|loans?)\b|"
        rf"donat{_V} (?:[\w$€£¥.,%-]+ ){{0,5}}?to\b|"
        # CAMEO's GRANT block: money lent (071) and support lent (060): "lent Pakistan $2 billion", "loaned Kyiv
        # €5 billion", "lends its full support to"
        rf"(?:lend(?:s|ing)?|lent|loan(?:s|ed|ing)) (?:[\w.'’-]+ ){{1,4}}?(?:an? |another |a further |an additional )?"
        rf"(?:[a-z]{{0,3}}[$€£¥] ?)?\d|(?:lend(?:s|ing)?|lent) (?:its |their |his |her )?(?:full |strong )?support to\b|"
        # CAMEO 071 "grant a loan" and 061 "open market" (economic cooperation): "granted Pakistan a $2 billion loan",
        # "opened its market to Japanese beef"
        rf"grant{_V} (?:[\w.'’-]+ ){{1,3}}?(?:an? |another |a further |an additional )?(?:[\w$€£¥.,%-]+ ){{0,4}}?"
        rf"(?:loans?|credit lines?|credits?|grants?)\b|"
        rf"(?:open{_V}|reopen{_V}) (?:up )?(?:its|their) (?:[\w-]+ )?markets? to\b|"
        # CAMEO's PROMISE block (030, 032, 0333): "assured Kyiv of its full support", "guarantees Armenia's security"
        rf"(?<!re)(?:assur(?:e|es|ed|ing)|guarant(?:ee|ees|eed|eeing)) (?:[\w.'’-]+ ){{0,3}}?(?:of )?"
        rf"(?:(?:its|their|his|her|continued|full|unwavering|firm|strong|further) )*(?:[\w-]+ )?(?:support|cooperation|assistance|"
        rf"backing|commitment|solidarity|security|sovereignty|territorial integrity)\b|"
        # CAMEO 030 "give assurance" (the GRANT block): "gave Japan assurances that it would not use force"
        rf"(?:giv(?:e|es|ing)|gave|given|offer{_V}|provid{_V}) (?:[\w.'’-]+ ){{0,3}}?(?:security )?assurances?\b|"
        rf"(?:deliver{_V}|transfer(?:s|red|ring)?) (?:[\w-]+ ){{0,4}}?(?:weapons|arms|systems|missiles|aid|assistance|tanks|jets|aircraft|drones|"
        rf"ammunition|shells|equipment) to\b|"
        rf"(?:send{_V}|sent|deploy{_V}) (?:\w+ ){{0,3}}(?:aid|assistance|troops|weapons|soldiers|workers|engineers|"
        rf"peacekeepers|warships|forces|personnel|military|border guards) (?:to|in)\b|"
        # CAMEO 07x in natural sentences: "sent vaccines to Pakistan", "dispatched a relief team to Turkey" (073, 0733),
        # "contributed troops to the UN mission" (074)
        rf"(?:send{_V}|sent|dispatch(?:es|ed|ing)?) (?:[\w,.-]+ ){{0,3}}?(?:vaccines?|(?:vaccine )?doses|medicines?|"
        rf"medical supplies|relief|rescue(?:rs| teams?| workers)|humanitarian) (?:[\w-]+ )?(?:to|for)\b|"
        rf"contribut{_V} (?:[\w,.-]+ ){{0,2}}?(?:troops|soldiers|peacekeepers|police officers) to\b|"
        rf"(?:send{_V}|sent) (?:\w+ ){{0,3}}(?:aid|assistance|troops|weapons|soldiers|workers|engineers|peacekeepers|warships)|"
        # CAMEO 07x verbs of getting aid there (RUSH, DESPATCH, SHIP blocks): "airlifted aid to", "rushes relief supplies to"
        rf"(?:airlift{_V}|rush(?:es|ed|ing)?|ship(?:s|ped|ping)?|dispatch(?:es|ed|ing)?) (?:\w+ ){{0,3}}?"
        rf"(?:aid|assistance|relief|supplies|food|medicine|vaccines|weapons|arms|ammunition) to\b|"
        # CAMEO 071 "forgive debt": "forgave Zambia's debt", "wrote off $2 billion of Cuba's debt"
        rf"(?:forgiv(?:e|es|ing)|forgave|forgiven|writ(?:e|es|ing) off|wrote off|written off|cancel(?:s|led|ed|ling|ing)?) "
        rf"(?:[\w$€£¥.,%'’-]+ ){{0,5}}?debts?\b|"
        # arms sold to another state: "will sell F-35 jets to", "sold frigates to"
        rf"(?:sell(?:s|ing)?|sold|export{_V}) (?:[\w-]+ ){{0,4}}?(?:weapons|arms|missiles|jets|fighters|fighter jets|frigates|"
        rf"submarines|tanks|drones|aircraft|warships|destroyers|helicopters|military equipment) to\b|"
        # and bought from another state, the mirror: "will buy 24 F-35 jets from the United States"
        rf"(?:buy(?:s|ing)?|bought|purchas{_V}|acquir{_V}) (?:[\w-]+ ){{0,5}}?(?:weapons|arms|missiles|jets|fighters|"
        rf"fighter jets|frigates|submarines|tanks|drones|aircraft|warships|destroyers|helicopters|military equipment) from\b|"
        # money set aside for another state: "allocated €1.5 billion to Ukraine", "earmarks 100 million euros for Lebanon"
        rf"(?:allocat{_V}|earmark{_V}|contribut{_V}|disburs{_V}|channel(?:s|led|ling|ed|ing)?) "
        rf"(?:an? |another |a further |an additional |its |the )?(?:[a-z]{{0,3}}[$€£¥] ?)?\d[\d.,]*"
        rf"(?: (?:million|billion|bn|euros?|dollars?|pounds|yen|francs))*(?: \([^)]{{1,30}}\))? (?:[\w-]+ ){{0,3}}?(?:to|for)\b|"
        # a larger aid pledge: "doubled its pledge to $35 million", "increases its humanitarian aid to Sudan"
        rf"(?:increas{_V}|doubl{_V}|tripl{_V}|rais{_V}|boost{_V}) (?:its|their) (?:[\w-]+ ){{0,2}}?"
        rf"(?:aid|assistance|pledges?|contributions?|donations?)\b|"
        rf"(?:allow{_V}|grant{_V}|introduc{_V}|extend{_V}|offer{_V}) (?:{_W}){{0,3}}?visa-free|"
        rf"suppl(?:y|ies|ied|ying) (?:[\w$€£.,-]+ ){{0,5}}?(?:to|with)|"
        rf"approv{_V} (?:{_W}){{0,4}}?(?:aid|package|deal|sales?|treaty|agreement|accord|pact|loans?|financing|funding|grants?|"
        rf"bailouts?|tranches?|credit lines?)|"
        # granting another state's request: "approves the United States's request to", "accepts Latvia's request"
        rf"(?:approv{_V}|accept{_V}|grant{_V}) (?:{_W}){{0,4}}?requests?|"
        rf"(?:fre(?:e|es|ed|eing)|releas{_V}) (?:\w+ ){{0,3}}(?:hostages|prisoners|detainees)|"
        rf"designat{_V} (?:{_W}){{0,4}}?as (?:an? )?(?:[\w-]+ ){{0,3}}all(?:y|ies)|"
        # the mirror of adding a state to a list of sponsors of terrorism
        rf"remov{_V} (?:{_W}){{0,6}}?from (?:its|the|their) (?:[\w-]+ ){{0,5}}list|"
        # a measure of its own taken away: "removes its retaliatory tariffs on U.S. goods"
        rf"(?:(?:remov{_V}|drop(?:s|ped|ping)?) (?:its|their|all|the) |(?:remov(?:e|es|ed)|drop(?:s|ped)?) )"
        rf"(?:[\w%-]+ ){{0,3}}?(?:tariffs|sanctions|duties|"
        rf"restrictions|bans?|embargo)|"
        # credit extended to a state: "extends a $20 billion currency swap line to Argentina"
        rf"extend{_V} (?:an? |the |its )?(?:[\w$€£.,-]+ ){{0,5}}?(?:loans?|credit|swap line|credit line|"
        rf"line of credit|financing|aid|assistance) to|"
        rf"rejoin{_V}|"
        # CAMEO 057 "endorse agreements": "endorsed the Paris Agreement", "endorses the ceasefire deal"
        rf"endors{_V} (?:an? |the |its |their )?(?:[\w'’.-]+ ){{0,3}}?{_AGREEMENT_NOUN}|"
        # CAMEO's SUBMIT block (08x yield): "acceded to the treaty", "accedes to Washington's demands"
        rf"acced{_V} to (?:the )?(?:[\w'’.-]+ ){{0,4}}?(?:treat(?:y|ies)|conventions?|protocols?|agreements?|statute|"
        rf"demands?|requests?)\b|"
        # CAMEO 0842 "return property, artwork, equipment, aircraft": "returns 119 sculptures from the Benin Bronzes"
        rf"return{_V} (?:[\w$€£.,-]+ ){{0,4}}?(?:artefacts?|artifacts?|artworks?|sculptures|bronzes|antiquities|relics|"
        rf"treasures|cultural property|looted property|remains of)\b|"
        # a plan to end a war put forward: "releases a 20-point ceasefire proposal", "unveiled a peace plan for Ukraine"
        rf"(?:unveil{_V}|present{_V}|releas{_V}|put{_V} forward|submit{_V}|table[sd]?|tabling) (?:an? |its |the |their )?"
        rf"(?:[\w-]+ ){{0,3}}?(?:peace|ceasefire|cease-fire|truce) (?:plan|proposal|framework|initiative|roadmap)s?\b|"
        # membership talks opened: "opened accession talks with Ukraine and Moldova"
        rf"open{_V} (?:formal )?(?:accession|membership) (?:talks|negotiations)|"
        # a debt paid back: "fully repays its US$3.4 billion debt to the International Monetary Fund"
        rf"repa(?:y|ys|id|ying) (?:\w+ly )?(?:[\w$€£¥.,%-]+ ){{0,6}}?(?:debts?|loans?) to)\b")),
    (_CALL, re.compile(
        rf"\b(?:vow{_V}|pledg{_V}|promis{_V}|commit(?:s|ted|ting)? (?:itself |themselves |himself |herself )?to|"
        rf"advocat{_V}|demand{_V}|respond{_V} (?:\w+ ){{0,2}}?with(?! {_MILITARY_RESPONSE})|"
        rf"respond{_V} to (?:{_W}){{0,6}}?with(?! {_MILITARY_RESPONSE})|"
        rf"(?:tak(?:e|es|ing)|took) (?:\w+ ){{0,2}}(?:measures|countermeasures|steps|action) (?:against|to)|"
        rf"call{_V} (?:on|for|upon)|urg{_V}|appeal{_V} to|"
        rf"(?:ask{_V}|encourag{_V}|order{_V}|instruct{_V}) (?:[\w.'’-]+ ){{0,3}}to|"
        rf"ask{_V} (?:the )?(?:[\w.'’-]+ ){{1,3}}?for)\b")),
    (_DEMAND, re.compile(r"\b(?:must|will have to|ha(?:s|ve) to|needs? to)\b")),
    # What a state receives or secures from another: the other's aid, loan or arms, told from the receiver.
    (_RECEIVED, re.compile(
        rf"\b(?:(?:receiv{_V}|secur{_V}|obtain{_V}) (?:[\w$€£¥.,%-]+ ){{0,6}}?(?:aid|assistance|loans?|tranches?|funding|"
        rf"financing|credit|grants?|weapons|arms|jets|missiles|tanks|ammunition|systems|deliver(?:y|ies)|shipments?) "
        rf"from)\b")),
    # Negative decisions, read with the verb they negate (before "will" alone is read as a report).
    (_REFUSAL, re.compile(
        rf"\b(?:(?:will|shall|would) (?:not|never|no longer) (?:\w+ly )?\w+|(?:won|wouldn)['’]t (?:\w+ly )?\w+|"
        rf"(?:does|do|did) not (?:intend|plan|want|seek|wish) to \w+|"
        rf"refus{_V} to \w+|declin{_V} to \w+|rul(?:e|es|ed|ing) out \w+|"
        # refusing another state's request or its officials' entry: "denies a request from", "denies approval for"
        rf"den(?:y|ies|ied|ying) (?:an? |the |its |their )?(?:[\w-]+ ){{0,2}}(?:requests?|permission|approval|entry|"
        rf"landing|access|overflight|visas?))\b")),
    (_REPORT, re.compile(
        rf"\b(?:announc{_V}|plans? (?:to|on)|plann(?:ed|ing) (?:to|on)|intend{_V}|decid{_V} to|"
        rf"(?:will|would) (?:(?:\w+ly|also|still|now|soon|then|further|jointly) )?{_WILL_DO}|"
        rf"signal{_V}|signall(?:ed|ing)|stress{_V}|emphasi[sz]{_V}|underscor{_V}|reiterat{_V}|reaffirm{_V}|insist{_V}|"
        # (seeking to complain or explain voices no policy: "when he sought to complain that ...")
        rf"(?:seek{_V}|sought)(?! to (?:complain|protest|explain|clarify|comment|speak|talk|reassure)\b)|"
        rf"propos{_V}|expect{_V} to|aim{_V} to)\b")),
]
# The word starts one of which every trigger and every named measure begins with or holds
# (`EventKind.cues`): a sentence with none of them is skipped. A new trigger word needs its cue here.
CUES = (
    # measures against (most name the measure: "raises tariffs", "closes its borders", "adds X to its list")
    "impos", "slap", "present", "tabl", "submit", "accession", "membership", "widen", "restrictive", "abeyance", "anti-dumping", "anti-subsidy", "countervailing", "safeguard", "appl", "reinstat",
    "grant", "postpon", "delay", "defer", "waiv", "authori", "abide", "comply", "adhere", "uphold", "honor", "honour", "respect", "levy", "hit", "plac", "put", "relist", "levie", "sanction", "ban", "bar", "expel", "recall", "sever", "cut", "withdr",
    "pull", "leav", "left", "quit", "exit", "break", "broke", "reject", "threaten", "warn", "retaliat", "restrict", "null", "block", "designat", "redesignat",
    "ultimatum", "hope", "hoping", "forward to", "market to", "markets to", "withh", "held up", "hold up", "holds up", "holding up", "blockade", "siege", "unfr", "inspectors", "monitors", "observers", "investigators", "walk out", "walks out", "walked out", "walking out", "non grata", "travel", "arrest", "bridge", "crossing", "checkpoint", "border", "embass", "airspace", "consulate",
    "port", "terminat", "downgrad", "oppos", "revok", "veto", "cancel", "scrap", "order", "tighten", "blacklist",
    "tariff",
    "dut", "embargo", "boycott", "export", "destroy", "obliterate", "annihilate", "crush", "list", "against",
    # agreements, commitments, endings, releases, measures for
    "sign", "strik", "struck", "seal", "clinch", "ink", "reach", "conclud", "finali", "confirm", "ratif", "announc", "unveil", "agre", "establish",
    "stop", "paus", "ceas", "truce", "moratorium", "end", "halt", "suspend", "freez", "froze", "shut",
    "releas", "pardon", "extradit", "repatriat", "swap", "exchang", "frees", "freed", "freeing", "hand",
    "recogni", "join", "rescind", "annul", "prohibit", "forb", "outlaw", "reserv", "caution", "relax", "loosen",
    "airlift", "rush", "endors", "assur", "guarant", "rebuff", "spurn", "dismiss", "acced", "lend", "lent", "loan", "asylum", "refugee", "ship", "dispatch", "forgiv", "forgave", "voic",
    "artefact", "artifact", "artwork", "sculpture", "bronze", "antiquit", "relic", "treasure", "cultural property",
    "looted property", "remains of", "write off", "writes off", "writing off", "wrote off", "written off", "rejoin", "repa", "extend", "receiv", "secur", "obtain", "drop", "remov", "shar", "seiz", "initial", "funding", "declar", "exempt", "commitment", "willing", "readiness", "support", "desire", "back", "offer", "ready",
    "strengthen", "deepen", "boost", "elevat", "normali", "restor", "resum", "restart", "renew", "reviv",
    "reinstat", "reopen", "move its", "moves its", "moved its", "moving its", "move their", "moved their", "relocat",
    "provid", "transfer", "buy", "bought", "purchas", "acquir", "allocat", "earmark", "contribut", "disburs", "channel", "send", "sent", "give", "gave", "giving", "donat", "deliver", "deploy", "sell", "sold", "aid", "assistance", "contribution", "donation", "visa", "suppl", "approv", "hostage", "prisoner", "detainee",
    # calls, demands, refusals, reports
    "vow", "pledg", "assurance", "press", "push", "pressur", "exhort", "entreat", "adjur", "compensation", "reparation", "damages", "promis", "commit", "advocat", "demand", "respond", "measure", "countermeasure", "step",
    "action", "call", "urg", "appeal", "ask", "encourag", "instruct", "must", "has to", "have to", "need",
    "will", "would", "shall", "won", "does not", "do not", "did not", "refus", "declin", "rule out", "rules out",
    "ruled out", "ruling out", "plan", "intend", "decid", "signal", "stress", "emphasi", "underscor", "reiterat",
    "insist", "reaffirm", "seek", "sought", "propos", "expect", "aim",
    # measures named as nouns: "calls by Azerbaijan", "Trump's proposal", "a US-backed resolution",
    # "tariffs take effect"
    "request", "decision", "declaration", "proclamation", "recognition", "threat", "expulsion", "closure", "suspension",
    "withdrawal", "resolution", "initiative", "motion", "effect", "force", "deny", "denie", "revoc", "intention", "lift",
)
# Each trigger pattern with the first two letters its matches open with: a candidate is matched
# only by the patterns it may open (`_triggers` tries each pattern at each candidate).
_TRIGGER_OPENINGS = [(kind, pattern, openings(pattern)) for kind, pattern in _TRIGGERS]
_MAX_TRIGGERS = 8  # per sentence: news sentences hold a few; this bounds work on run-on text
_REACH = 300  # characters around a trigger that are read for it
# One search finds where a trigger may start (most sentences hold none); the letter look-ahead
# first lets the engine skip non-letters fast.
_ANY_TRIGGER = re.compile(
    r"(?=[a-z])\b(?:" + "|".join(pattern.pattern.removeprefix(r"\b(?:").removesuffix(r")\b") for _, pattern in _TRIGGERS)
    + r")\b")
_ANY_TRIGGER = Prefiltered(_ANY_TRIGGER)  # tried only where a trigger's first letters occur: the same matches

# A noun phrase's determiner before a trigger word makes it a noun ("a new travel ban", "his
# support"), not the verb of a signal.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|our|this|these|those|any|no|such|received|receives|receiving|gets|got|"
    r"gained|won|enjoys|enjoyed|lacks|lacked|garnered)|['’]s)\s+"
    r"(?:(?!(?:and|or|but|to|of|from|in|on|at|with|for|by|that|who|which|will|would|has|have|had|also|then|not|"
    r"is|are|was|were|been|being)\b)"  # (a verb of being ends the noun phrase: "an agreement is| signed by")
    r"[a-z][\w-]*\s+){0,2}$")
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
_MODAL_AT = re.compile(r"(?:will|would|shall|must|won['’]t|wouldn['’]t)\b")
_PAST_AT = re.compile(r"[a-z]+ed\b")
_ADVERB_AT_END = re.compile(r"\b(?!(?i:reply|supply|ally|rally|family|assembly|monopoly|anomaly|italy|july)\b)\w+ly\s+$")  # "the newly signed agreement": a participle before its noun
# "support" right after a preposition is a noun with no determiner: "a mission in support of the
# Iraqi people", "with support from", "calls for support" (the state acts, it voices no policy).
_PREPOSITION_BEFORE = re.compile(r"\b(?i:in|of|for|with|without|under|on|upon)\s+$")
# A trigger word in capitals after another word is part of a name ("the African Union Support and
# Stabilisation Mission", "envoy Ban Ki-moon"); one after a hyphen is part of a compound
# ("Rwanda-backed M23"). Neither is a verb.
_WORD_BEFORE = re.compile(r"[\w'’,]\s+$")
_COMPOUND_BEFORE = re.compile(r"[\w.][-‑]$")
_HYPHENS = ("-", "‑")  # (the character a compound's trigger follows)
_IN_ORDER = re.compile(r"in order\b")  # "in order to": a purpose, no one is ordered
# A headline in title case keeps only short function words in lower case ("on", "with", "over").
_LOWER_CASE_WORD = re.compile(r"\b[a-z][a-z'’-]{4,}\b")
# A state named again by its noun: "The country suspends flights to", "the bloc imposes", "the kingdom will restore".
_STATE_NOUN = r"(?:country|bloc|kingdom|alliance|republic)"
# "Vietnam's foreign ministry demanded": after a government noun the trigger is its verb.
_GOVERNMENT_SUBJECT = re.compile(
    r"\b(?:governments?|ministry|ministries|presidents?|ministers?|spokes\w+|leaders?|office|cabinet|administration|"
    r"embassy|parliament|authorities|officials?|council|commission|sides|countries|nations|states|departments?|"
    rf"{_STATE_NOUN})\s+$", re.I)
# "the two leaders signed ...": the two states the sentence has named.
_BOTH_PARTIES = re.compile(
    r"\b(?:the two|both)\s+(?:leaders|countries|sides|governments|nations|presidents|ministers|states)\s+"
    r"(?:(?:also|have|had|will|would|then|later)\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# "new U.S. tariffs imposed on India": a participle right after the measure it qualifies is passive.
_MEASURE_NOUN_BEFORE = re.compile(
    r"\b(?:tariffs|sanctions|duties|restrictions|bans?|embargo|measures|controls|levies)\s+$", re.I)
_PARTICIPLE_BY = re.compile(r"\b(?:\w+(?:ed|en)|put forward|laid out|set out|drawn up)\s+by\b")
# A measure or plan named with its participle and agent ("the sanctions imposed by", "the plan proposed
# by", "a truce brokered by") as the object of another subject's verb or of a preposition is the
# standing circumstance of that subject's news, with the words of its noun phrase between ("speak out
# against the sanctions imposed by", "agreed to part of the plan proposed by", "violating an arms
# embargo imposed by"); a response to it ("in response to tariffs imposed by") still reports the
# measure as news, unless it is told as an earlier one.
_NOUN_PHRASE_WORDS = (r"(?:(?i:the|an?|its|their|these|those|this|that|new|additional|further|current|all|such|any|some|"
                      r"part|parts|most|much|reciprocal|retaliatory|economic|trade|travel|arms|export|import|financial|"
                      r"sweeping|steep|punitive|international|western|peace|ceasefire|truce)\s+|[A-Z][\w.'’-]*\s+|"
                      r"[\d.,]+%?\s+|[\w]+-[\w-]+\s+|of\s+){0,5}$")
_NAMED_AS_OBJECT = re.compile(
    r"(?:\b(?i:about|over|under|amid|despite|against|to|of|on|with|for|from|after|following|since|toward|towards|"
    r"into|upon|without|and|or)|\b[a-z]{3,}(?:s|ed)|"
    # a verb in any form before a determiner: "protesters denounce the embargo imposed by"
    r"\b(?!(?:all|both|half)\b)[a-z]{3,}(?=\s+(?i:the|an?|its|their|these|those|this)\s))\s+" + _NOUN_PHRASE_WORDS)
_MEASURE_TOLD_AS_EARLIER = re.compile(r"\b(?i:earlier|previous|existing|prior)\s+(?:[\w-]+\s+){0,2}$")
_RESPONSE_TO = re.compile(
    r"\b(?i:in\s+(?:response|reaction|retaliation)\s+to|in\s+retaliation\s+for|respon\w*\s+to|"
    r"retaliat\w*\s+(?:against|for))\s+" + _NOUN_PHRASE_WORDS)
# The noun a participle right after it qualifies: "the plan| proposed by".
_NOUN_BEFORE = re.compile(r"\b[\w-]+\s+$")
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_RELATIVE_AT_END = re.compile(r"\b(?:which|that|who|whom)\s*$", re.I)
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|across|headquartered in|based in)\s+(?:the\s+)?$", re.I)
# "imposed on Canada by Japan", "barred from the talks by Japan": the agent after what the measure is on.
_BY_AGENT_AFTER_OBJECT = re.compile(
    r"\s+(?:on|against|from|to|for)\s+(?:[\w'’.-]+\s+){1,4}?by\s+(?:the\s+)?(?=[A-Z])")
# "by top security officials from Panama", "by representatives of the two governments of ...".
_PASSIVE_AGREEING = re.compile(r"(?:signed|reached|concluded|finali[sz]ed) by\b")
_AGREEMENT_BEFORE = re.compile(rf"\b(?i:{_AGREEMENT_NOUN})\s+(?:(?:on|over|for|of)\s+(?:[\w'’.-]+\s+){{1,4}}?)?"
                               rf"(?:(?:is|are|was|were|has been|have been|had been|being)\s+)?"
                               rf"(?:\w+ly\s+)?$")
_OFFICIALS_FROM = re.compile(
    r"(?:(?:top|senior|high-ranking|[\w-]+)\s+){0,2}(?:officials|representatives|ministers|envoys|diplomats|"
    r"delegations|delegates|negotiators|leaders)\s+(?:from|of)\s+(?:the\s+)?", re.I)
_AND_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_BY_GERUND = re.compile(rf"\s+by\s+[a-z]+ing\s+(?!{_MILITARY_RESPONSE})")  # (a military response is no measure)
# Nouns of a measure, position or demand whose agent follows "by": "calls by Azerbaijan",
# "the proclamation of the Golan Heights as Israeli territory by the President of the United States".
_MEASURE_NOUN_BY = re.compile(
    r"\b(?:calls?|demands?|requests?|proposals?|decision|proclamation|recognition|sanctions|tariffs|"
    r"embargo|ultimatum|threats?|bans?|expulsions?|declaration|closure|suspension|withdrawal|restrictions)\b"
    r"(?:\s+(?!(?:by|to|is|are|was|were|be|been|being|has|have|had)\b)[\w'’-]+){0,7}?"
    # the passive of a verb of deciding: "new sanctions on Iran were approved by", "the expulsion of two
    # diplomats was announced by"
    r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:announced|approved|adopted|"
    r"unveiled|introduced|ordered|decided|enacted|issued|declared|extended|agreed|signed|lifted|eased|waived))?"
    r"\s+by\s+(?:the\s+)?", re.I)
_MEASURE_NOUN_BY = Prefiltered(_MEASURE_NOUN_BY)  # tried only where its nouns begin: the same matches
# "by U.S. troops": armed forces and people act, their state does not signal.
_NOT_STATE_AFTER = re.compile(
    r"\s+(?:troops|forces|soldiers|military|army|navy|police|citizens|nationals|companies|firms|"
    r"rebels|militants)\b", re.I)
# "U.S. President Donald Trump's proposal to resettle ...", "Beijing's decision to ...".
_POSSESSIVE_MEASURE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:proposals?|decision|demands?|calls?|threats?|offer|ultimatum)\s+(?:to|for|of|that)\b|"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:sanctions|tariffs|ban|embargo)\s+(?:on|against)\b|"
    # "Poland's closure of the Russian consulate", "Argentina's withdrawal from the WHO"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:closure|expulsion|withdrawal|suspension|recognition)\s+(?:of|from)\b",
    re.I)
# "a United States-backed resolution".
_BACKED_MEASURE = re.compile(
    r"[-‑](?:backed|sponsored|drafted|proposed)\s+(?:[\w-]+\s+){0,2}?(?:resolution|proposal|plan|initiative|motion)\b",
    re.I)
# Whether a sentence may name a measure by a noun (`_nominal_signals`): " by ", "'s ", "-backed ",
# " effect", " force". Each part is searched only when its letters are in the sentence (`in`, in C):
# the engine entered one pattern of them all at every space.
_BY = re.compile(r"by\s(?<=\sby\s)")
_POSSESSIVE_S = re.compile(r"['’]s\s")
_EFFECT = re.compile(r"effect\b(?<=\seffect)")
_FORCE = re.compile(r"force\b(?<=\sforce)")
_BACKED = re.compile(r"[-‑](?:backed|sponsored|drafted|proposed)\s")


def _may_name_a_measure(text: str) -> bool:
    return bool(("by" in text and _BY.search(text)) or (("'s" in text or "’s" in text) and _POSSESSIVE_S.search(text))
                or ("effect" in text and _EFFECT.search(text)) or ("force" in text and _FORCE.search(text))
                or (("-" in text or "‑" in text) and _BACKED.search(text)))


# A measure named as the subject of its taking effect: "new U.S. tariffs on steel take effect on
# Wednesday", "a ceasefire between Afghanistan and Pakistan comes into effect".
_TAKES_EFFECT = re.compile(
    r"\b(?:take|takes|took|taking|come|comes|came|coming|go|goes|went|going|enter|enters|entered|entering)\s+"
    r"(?:in\s?to\s+)?(?:effect|force)\b|"
    # "a 145% tariff on all imports is in effect", "sanctions remain in force"
    r"\b(?:is|are|remains?|remained)\s+(?:now\s+|still\s+)?in\s+(?:effect|force)\b", re.I)
_EFFECT_NOUN = re.compile(
    r"\b(?:(sanctions|tariffs?|duties|ban|embargo|restrictions|export controls)|"
    r"(ceasefire|cease-fire|truce|armistice|agreement|deal|accord|treaty|pact))\b", re.I)
_LIFTED_BY = re.compile(r"\b(?:lifted|eased|waived)\s+by\b", re.I)  # "the sanctions were lifted by": relief
_POSSESSIVE_AROUND = re.compile(r"['’]s\b")  # an official's possessive, in or right after the mention
_INTO_STATE = re.compile(
    r"\b(?:imports?|goods|products)\s+(?:(?:in)?to|entering)\s+(?:the\s+)?|\b(?:effect|force)\s+in\s+(?:the\s+)?", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")
_BETWEEN_PARTIES = re.compile(r"\s+between\s+(?:the\s+)?")
_AND_PARTY = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:new|additional|further|fresh|higher|retaliatory|reciprocal|"
                        r"[\d.,]+%?|[\w-]+-(?:wide|year|day|month))\s+){0,3}$", re.I)
# "amid Trump's tariffs", "despite Beijing's ban": a measure named as the circumstance of other news.
_CIRCUMSTANCE_BEFORE = re.compile(
    r"\b(?:amid(?:st)?|despite|over|after|following|because of|due to|in the face of|under|since|"
    r"in (?:opposition|protest) to|(?:impact|effects?|consequences?|fallout) of)\s+(?:the\s+)?$", re.I)
_NOMINAL_STANCE = [
    (_CONFRONTATIONAL, re.compile(r"\b(?:sanctions|tariffs|embargo|ban|ultimatum|threats?|demands?|expel\w*|resettle\w*|"
                                  r"expulsion|closure|suspension|withdrawal|restrictions)\b", re.I)),
    (_COOPERATIVE, re.compile(r"\b(?:recognition|proclamation|support\w*|offer|pledge|backed|sponsored)\b", re.I)),
]

# Words that make a trigger a matter of foreign, trade or security policy (lower case: "Security"
# in "Department of Homeland Security" or "Trade" in a company's name say nothing).
_FOREIGN_POLICY = re.compile(
    r"\b(?:ties|relations|relationship|partnership|cooperation|alliance|treat(?:y|ies)|agreements?|deals?|pacts?|communiqu[eé]s?|"
    r"sanctions?|tariffs?|trade(?! unions?)|exports?|imports?|embass(?:y|ies)|ambassadors?|envoys?|diplomat\w*|visas?|"
    r"borders?|troops|military|missiles?|nuclear(?! (?:power|energy|plants?|reactors?|stations?))|weapons?|"
    r"security(?! (?:forces|services|guards?|personnel|officers))|"
    r"defen[cs]e|peace|ceasefire|truce|war|talks|negotiations|dialogue|sovereign\w*|territor\w+|independen\w+|"
    r"aid|multilateralism|foreign (?:policy|affairs)|airlines?|flights?|goods|duties|bloc|membership|investments?|"
    r"citizens of|nationals|passports?|entry|entering|travel bans?|travel (?:from|to)|visa-free|lawsuit against|"
    # the words of a call on parties to a conflict: "called for restraint on both sides"
    r"(?<!fiscal )(?<!budget )restraint|de-?escalat\w*|(?:third-party )?mediation|"
    # a call for its own people held abroad to be freed: "demands the release of its citizen"
    r"release of (?:its|their|our) (?:[\w-]+ ){0,2}?(?:citizens?|nationals?|journalists?|sailors|crew|fishermen)|"
    r"(?:withdr\w+|pull\w* out|exit\w*) (?:of |from )(?:the )?[A-Z]\w*|"
    # leaving a treaty or an organisation: "will exit the Paris Agreement", "quit the convention banning cluster munitions"
    r"(?:quit(?:s|ting)?|exit(?:s|ed|ing)?|leav(?:e|es|ing)|left|withdr\w+ from) the (?:[\w'’-]+ ){0,3}?"
    r"(?:[Tt]reaty|[Cc]onvention|[Aa]ccords?|[Aa]greement|[Pp]act|[Ss]tatute|[Pp]rotocol)\b|"
    r"(?:quit(?:s|ting)?|exit(?:s|ed|ing)?) the [A-Z]\w*|"
    r"stability|strategic|annex\w*|occupation|summit|bilateral|allies|ally|partners?|hostages|withdrawal|"
    r"countermeasures|retaliat\w*|reciprocal|export controls|apolog(?:y|ies)|"
    r"prisoners|detainees|captives|POWs|"
    r"foreign terrorist organi[sz]ations?|(?:state )?sponsors? of terrorism|"
    r"NATO|UN|EU|WTO)\b")
# Searched in the clause of each trigger: only where its words begin (the sentence scanned once), the same matches.
_FOREIGN_POLICY = Prefiltered(_FOREIGN_POLICY, "sentences as written")
_HOME_AFFAIRS = re.compile(
    r"military|troops|weapons?|security|defen[cs]e|borders?|exports?|imports?|war|goods|airlines?|flights?|"
    r"investments?|prisoners|detainees|captives|stability|strategic|entry|entering|"
    # an independent authority, a citizen's passport, an agreement with a province or a company
    r"independen\w+|passports?|agreements?|deals?|pacts?|accords?")
# Topic cues; the first in what the trigger governs decides ("peace talks to end the war" is
# diplomacy, "restrictions on military equipment exports" security). ECONOMY only without others.
_TOPICS: list[tuple[str, re.Pattern]] = [
    ("DIPLOMACY", re.compile(
        r"\b(?:talks|negotiations|dialogue|diplomatic|embass(?:y|ies)|ambassadors?|ties|relations|relationship|"
        r"partnership)\b", re.I)),
    ("TRADE", re.compile(
        r"\b(?:tariffs?|trade|trading|exports?|imports?|goods|products|duties|customs|airlines?|flights?|"
        r"supply chains?|purchases?)\b", re.I)),
    ("SECURITY", re.compile(
        r"\b(?:military|troops|arms|missiles?|nuclear(?! (?:energy|power|plants?|reactors?))|weapons?|security|defen[cs]e|armed|forces|"
        r"war(?! (?:crimes?|tribunal|criminals?))|"
        r"attack(?:s|ing)?|weaponry|cyber\w*|drones?|fighter jets?|jets|munitions|terror\w*|ceasefire|peacekeep\w*|invasion|offensive|"
        r"assassinat\w*|counter-narcotics|narcotics|NATO|ally|allies|frigates|warships|"
        r"espionage|spy|spies|sabotage|interference|intelligence)\b", re.I)),
]
_STEP_ANNOUNCED = re.compile(
    rf"\w+\s+(?:that\s+)?(?:it|they|the country|the government|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+will\s+"
    rf"(?:\w+ly\s+)?{_WILL_DO}\b|"
    # or the step itself, read as its own trigger, with the state it is done to as its object:
    # "... that Australia| will pay Nauru to accept ..."
    rf"(?:will|would)\s+(?:\w+ly\s+)?(?:continue\s+to\s+)?{_WILL_DO}\s+(?:\w+ly\s+)?(?:(?:to|with|against|from|in|on|toward|towards|of)\s+)?"
    rf"(?:the\s+)?[A-Z]")
# "announces an indefinite ban on", "unveils new sanctions against": an announced measure.
# A position voiced toward a state: "reaffirms its support for Canada", "reiterated the country's firm opposition to".
_POSITION_ANNOUNCED = re.compile(
    r"\w+\s+(?:its|their|his|her|the country['’]s|the government['’]s|(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:support|backing|commitment|solidarity|opposition)\s+(?:for|to|with)\b", re.I)
_MEASURE_ANNOUNCED = re.compile(
    r"\w+\s+(?:an?\s+|new\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:ban|embargo|sanctions|tariffs?|blockade|boycott|"
    r"restrictive measures)\b", re.I)
_ARMS = re.compile(r"\b(?:arms|weapons|military|munitions|missiles|warships|frigates|fighter jets|drones)\b", re.I)
_ECONOMY = re.compile(
    r"\b(?:economic|economy|investments?|invest|loans?|financial|financing|currency|debt|natural gas|energy|electricity|"
    r"food|reconstruction|rebuild\w*|development|budget|(?:million|billion) (?:in|of|for|to)|"
    r"workers|infrastructure)\b", re.I)
_COOPERATIVE_WORDS = re.compile(
    r"\b(?:strengthen\w*|cooperat\w*|partnership|ties|friendship|support\w*|peace|dialogue|talks|lift\w*|"
    r"normali[sz]\w*|together|welcom\w*|aid|assistance|closer|boost\w*|enhanc\w*|deepen\w*|join\w*|stability|"
    r"agreements?|all(?:y|ies)|restor\w*|resum\w*|restart\w*|help\w*|invest\w*|willing\w*|ready|allow\w*|grant\w*)\b", re.I)
_CONFRONTATIONAL_WORDS = re.compile(
    r"\b(?:sanction\w*|tariffs?|ban\w*|expel\w*|suspend\w*|reject\w*|retaliat\w*|threat\w*|warn\w*|"
    r"restrict\w*|condemn\w*|punish\w*|hostil\w*|aggress\w*|withdraw\w*|destroy|obliterate|demand\w*|"
    r"waive|null and void|illegal|clos(?:e|es|ed|ing)|suspen\w*|cancel\w*|terminat\w*|halt\w*|measures|targeting|"
    r"controls|countermeasures|"
    # the nouns of measures against ("announces the closure of its embassy", "the expulsion of two envoys")
    r"closures?|expulsions?|"
    # an announced use of force: "its troops will launch an operation in eastern Congo"
    r"invad\w*|invasion|offensive|military (?:action|operations?|strikes?)|launch\w* (?:an? )?(?:[\w-]+ )?operation|"
    r"against)\b", re.I)

# Easing a measure: "a pause on some tariffs", "lower tariffs on", "exempts ... from sanctions".
_RELIEF = re.compile(
    r"\b(?:paus\w*|lift\w*|eas(?:e|es|ed|ing)|lower\w*|reduc\w*|exempt\w*|waiv\w*|remov\w*|scrap\w*|"
    r"delay\w*|postpon\w*|roll\w* back|relief|relax\w*)\s+(?:[\w'’$%.,-]+\s+){0,5}?"
    r"(?:tariffs?|sanctions|bans?|restrictions|embargo|duties|levies)\b", re.I)
# A meeting announced is a DIPLOMATIC_CALL, not a policy: "announces that he will be meeting ...".
_MEETING_CONTENT = re.compile(
    r"\W*(?:(?:that|he|she|it|they|we|will|would|be|also|soon|later|to|plans?|personally)\W+){0,5}(?:host(?:s|ed|ing)?|meet(?:s|ing)?|met|visit(?:s|ed|ing)?|travel(?:s|led|ling)?|"
    r"attend(?:s|ed|ing)?|hold(?:s|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:meeting|summit|session|conference))\b", re.I)
# What an announcement reports when it is news of fighting or crime, not a policy: a that-clause in a
# past or perfect tense ("announces that its forces have captured two soldiers", "says that 30 people
# were arrested", "announces that its army retook two towns"), or a noun of the same ("announces the execution of six nationals").
_REPORTED_FACT = re.compile(
    r"\s+(?:that\s+(?:(?!(?:if|unless|when|until|before|after|even|once|because)\b)[\w'’.,%-]+\s+){1,10}?"
    r"(?:(?:has|have|had|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:captured|recaptured|retook|retaken|killed|arrested|detained|intercepted|shot down|seized|destroyed|"
    r"wounded|injured|executed|convicted|sentenced|charged|dismantled|thwarted|foiled|recovered|found|"
    r"identified|rescued|struck|repelled|repulsed|liberated|conducted|carried out)\b|"
    r"(?:the\s+)?(?:\w+\s+)?(?:executions?|arrests?|captures?|convictions?|sentencing|detention|trials?|killings?|"
    r"deaths?|seizures?|interceptions?)\s+of\b)", re.I)
# Deportations by another state: "<state>'s request to resume deportation flights", "U.S. military
# aircraft carrying deported ...", "deporting migrants from the U.S.".
_DEPORTING_STATE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?deport\w*", re.I)
_DEPORTED_FROM_BEFORE = re.compile(r"\bdeport\w*\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?$", re.I)
# Rules for foreigners already inside the country are domestic policy (EVENTS.md).
_RELATIVE_OR_EXCEPTION = re.compile(r",|\b(?:who|which|whose|that|except|excluding)\b")
# (not the visas of foreigners who live, study or work in the country: "residence visas", "his student visa")
_ENTRY_BAN = re.compile(r"\b(?:entry|entering|(?<!residence )(?<!student )(?<!work )visas?)\b", re.I)
_DOMESTIC = re.compile(
    r"\b(?:protected status|asylum|deport\w*|residency|residence (?:visas?|permits?)|green cards?|refugee status)\b", re.I)
# Asylum granted to someone (CAMEO 075) is a step toward the state they fled, not a rule for foreigners inside:
# "grants asylum to Guinea-Bissau opposition leader ...", "grants refugee status to the white minority group".
_ASYLUM_GRANTED = re.compile(
    r"(?:grant|giv|gave|offer|approv)\w* (?:political )?(?:asylum|(?:[\w-]+ ){0,2}?refugee status) (?:to|for)\b", re.I)
# "Myanmar refugees living in border camps", "the expulsion of 91 foreign citizens": foreigners the
# country already holds (expelling diplomats stays foreign policy).
_FOREIGNERS_INSIDE = re.compile(
    r"\b(?:refugees|migrants|foreigners|foreign (?:nationals|citizens|workers|students)) (?:who are )?"
    r"(?:living|residing|working|studying|staying|sheltering) in\b|"
    r"\b(?:expulsion|expel\w*|removal) of (?:[\w,]+ ){0,3}?(?:foreign|illegal|undocumented) "
    r"(?:nationals|citizens|migrants|workers|students)\b", re.I)
_STATES_BY_NOUN = re.compile(r"(?:either|both|each|the two|the other|other)\s+(?:countr(?:y|ies)|states?|nations?|sides?|governments?)\b", re.I)
_WOULD = re.compile(r"would\b|wouldn['’]t\b", re.I)
# A modal right before the trigger it qualifies ("could retaliate", "may be willing to").
_MODAL_BEFORE_TRIGGER = re.compile(r"\s+(?:\w+ly\s+)?(?:be\s+)?")
# Hedges the shared HYPOTHETICAL cue leaves out.
# "denies media reports that the minister had ordered ...", "alleging that the UAE violated ... by
# supplying": what is denied or alleged is no signal of the state it names.
_DENIED_OR_ALLEGED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:reports?|claims?|allegations?|accounts?|rumou?rs?|suggestions?)\b|"
    r"\balleg(?:e|es|ed|ing)\s+that\b[^,;]*$", re.I)
# "after failing to come to an agreement ... over implementing sanctions", "efforts to reach a deal":
# what was not done or only tried.
_FAILED_OR_TRIED = re.compile(
    r"\b(?:fail(?:s|ed|ing)?|unable|efforts?|attempts?|bids?)\s+to\s+(?:[\w'’-]+\s+){0,8}?$", re.I)
# "prepares a bill to exit the treaty", "introduces legislation that would ban": a measure only proposed.
_BILL_PROPOSED = re.compile(
    r"\b(?i:prepar\w*|draft\w*|introduc\w*|submit\w*|tabl\w*|propos\w*|consider\w*|debat\w*|discuss\w*)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?i:bills?|draft laws?|legislation|motions?)\s+(?:to|that would|which would)\s+"
    r"(?:\w+ly\s+)?$")
_CANNOT = re.compile(r"\bcannot\b", re.I)  # the shared negation cue reads "not" as a word of its own
# "until the U.S. ceases its strikes", "when U.S. sanctions on its owner take effect": the condition or the time
# of other news, not a decision of its own.
_UNTIL_SUBJECT = re.compile(r"\b(?:until|once|when|as soon as|by the time)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z]+\s+)?(?:\w+ly\s+)?$")
_HEDGE = re.compile(
    r"\b(?:likely|unlikely|possibly|perhaps|probably|reportedly considering|suspected|accus\w*\s+(?:[\w'’-]+\s+){0,4}?of|"
    r"alleged(?:ly)?|"
    r"rumou?red|speculat\w*)\b", re.I)
# A stance held for long, not news of the day: "Russia has long opposed NATO's expansion", "Washington has
# traditionally supported Israel" (not "has repeatedly called for": a call renewed is news of its day).
_LONG_STANDING = re.compile(
    r"\b(?:has|have|had)\s+(?:long|traditionally|always|historically)\b", re.I)
# What a contact is about, before a step named by its gerund: "spoke for two hours about ending the war",
# "discussed imposing new tariffs" (not "agreed on ending": a decision).
_TALKED_ABOUT = re.compile(
    r"\b(?:(?:spoke|speak|speaks|talked|talks?|conversation|call|meeting|met|consultations)\b[^,;.]{0,40}?\b"
    r"(?:about|on|over|regarding)|discuss(?:ed|es|ing)?|(?:discussions|talks)\s+(?:about|on))\s+$", re.I)
# A measure in force for a span reaching the present: "has imposed sanctions on Russia since the start of the war".
_SPAN_TO_NOW = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b", re.I)
# What is offered, expressed or sent that is no measure: "offered its condolences to", "sent his best wishes".
_SYMPATHY = re.compile(
    r"\s+(?:(?:its|his|her|their|the|our|my)\s+)?(?:(?:deepest|deep|sincere|heartfelt|warm|warmest|profound)\s+){0,2}"
    r"(?:condolences|sympathy|sympathies|prayers|thoughts|congratulations|best wishes|greetings|gratitude|thanks)\b", re.I)
# "accuses Belarus of preparing to close ...": what the accused is said to do, the accuser's claim.
_ACCUSED_OF = re.compile(
    r"\baccus\w*\s+(?:[\w'’.-]+\s+){0,5}?of\s+(?:(?!(?:and|then|but)\b)[\w-]+\s+){0,3}$", re.I)
_DANGER = re.compile(
    r"\s+(?:of|about)\s+(?:an?\s+|the\s+|possible\s+|potential\s+|imminent\s+|further\s+|new\s+){0,3}"
    r"(?:(?:terror(?:ist)?|security|attack)\s+)?(?:attacks?|threats|risks?|dangers?|kidnappings?|violence|unrest|"
    r"storms?|floods?|outbreaks?|shortages?)\b", re.I)
# A travel advisory to the state's own people is no policy toward the destination.
_ADVISORY = re.compile(r"\s+(?:(?:its|their) )?(?:own )?(?:citizens|nationals|people|residents|travell?ers)\b")
# What a release frees: another state's people ("Italian journalist Cecilia Sala", "31 Ukrainian
# citizens", "British nationals"); group 1 is the demonym or state.
_RELEASED_PEOPLE = re.compile(
    r"(?:(?:the|an?|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|more|all|its|"
    r"remaining|of|over|about|nearly|some|around|almost|than|at least|up to)\s+){0,4}([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:citizens?|nationals?|journalists?|reporters?|prisoners?|hostages?|detainees?|captives|POWs|soldiers|"
    r"servicem[ae]n|sailors|crew|fishermen|workers|activists?|aid workers|teachers?|tourists?|students?|"
    r"nurses?|doctors?|businessm[ae]n|m[ae]n|wom[ae]n|children|people|[A-Z][\w'’-]+)\b")
# People extradited or handed over "to" a state: "extradites 29 alleged cartel members to the United States".
_HANDED_TO = re.compile(r"(?i:extradit\w*|hand\w* over)\s+(?:[\w'’.,-]+\s+){0,8}?to\s+(?:the\s+)?")
_RELEASED_PEOPLE_NOUN = re.compile(
    r"(?:[\w,-]+\s+){0,3}?(?:prisoners|detainees|captives|POWs|hostages|soldiers|bodies|citizens|nationals)\b")
# What an ending or pause ends when it eases: a measure of its own against the other.
_ENDED_MEASURE = re.compile(
    r"(?:[\w'’$%.,-]+\s+){0,5}?(?:bans?|sanctions|tariffs|embargo|blockade|suspension|restrictions|propaganda|"
    r"loudspeakers?|broadcasts|hostilities|fighting|strikes|attacks|war|boycott|deportations|operations?|offensive|"
    r"siege|occupation|shelling|bombing)\b", re.I)
# "signs an agreement with France", "between the two": the other side is a party to it.
_COUNTERPART = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:with|between)\s", re.I)
# "Just as Mexico decided to join NAFTA, ...": a step named to compare with, not news.
_COMPARED_WITH = re.compile(r"\b(?i:just)\s+as\s+[^,;]*$")
_FORMER = re.compile(r"\b(?:former|then|ex-|retired|onetime|one-time)(?:\b|(?<=-))", re.I)
# "suspends dialogue with the rebels", "announces a ceasefire with the militia", "an agreement with
# Google": talks or a pact whose other side is named after "with"; when that side is no state the
# measure is domestic or commercial, not a general foreign-policy signal.
_PACT_WITH = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:talks|dialogue|negotiations|ceasefire|truce|peace|agreements?|deals?|"
    r"accords?|pacts?|memorand(?:um|a)(?: of understanding)?|contracts?|partnerships?)\s+with\s", re.I)
# A rebel or armed group coordinated with a government as the subject of a pact ("The Syrian government
# and the Kurdish-led Syrian Democratic Forces (SDF) sign a ceasefire", "The M23 paramilitary group and
# the government of the Congo sign ...").
_NON_STATE_GROUP = (r"(?:(?i:rebels?|militants?|militias?|insurgents?|guerrillas?|paramilitar(?:y|ies)|"
                    r"(?:armed|rebel|militant|separatist|paramilitary|insurgent|jihadist) (?:groups?|movements?|factions?))|"
                    r"Forces|Front)(?:\s+\([^)]{1,20}\))?")
_NON_STATE_PARTY = re.compile(
    rf"(?:\band\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,5}}?{_NON_STATE_GROUP}\s+|"
    rf"{_NON_STATE_GROUP}\s+and\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,8}}?)"
    rf"(?:(?:also|then|formally|officially|jointly|have|has|will)\s+)?$")
# Speakers who are not a government, beyond the shared list: courts and judges, scholars and
# commentators, party officials and legislators' offices (a leader-elect does speak for it).
_NOT_GOVERNMENT = re.compile(
    rf"{NON_GOVERNMENT_SPEAKER.pattern}|\b(?:judges?|courts?|justices?|prosecutors?|professors?|researchers?|"
    rf"economists?|academics?|think[- ]tanks?|columnists?|commentators?|editors?|pundits?|"
    # anonymous sources: hearsay, no announcement ("Sources familiar with the matter said Saudi Arabia would ...")
    rf"(?:unnamed|anonymous) (?:\w+ )?sources|sources (?:familiar|close|briefed|with knowledge)|"
    # members of a legislature by their name: "MEPs", "Members of the European Parliament"
    rf"MEPs?|members of (?:the )?(?:[\w-]+ ){{0,2}}?(?:parliament|congress|assembly|senate|house)|"
    rf"party (?:leader|chief|chair(?:man|woman|person)?|president|secretary|spokes\w+)|"
    rf"(?:leader|head|chair(?:man|woman)?) of the (?:[\w'’-]+ ){{1,4}}?party|"
    rf"speaker of (?:the )?(?:house|parliament|assembly|senate)|"
    rf"(?:parliamentary|parliament|house|assembly|senate) speaker|"
    rf"congressional|house of representatives|"
    rf"deputies|deputy \w+ of (?:the )?(?:parliament|assembly))\b", re.I)
# "analysts say ...", "according to experts": the content is theirs, whatever state it names.
_NOT_GOVERNMENT_SAYS = re.compile(
    rf"(?:{_NOT_GOVERNMENT.pattern})\s+(?:[\w'’-]+\s+){{0,3}}?(?:say|says|said|believe[sd]?|think|thinks|argue[sd]?|"
    rf"expect(?:s|ed)?|note[sd]?|suggest(?:s|ed)?|claim(?:s|ed)?|predict(?:s|ed)?|"
    # what they ask of a state is not its policy: "analysts recommended that Germany double its aid",
    # "MEPs called on the EU to suspend ...", "a think tank report urged Japan to ..."
    rf"recommend(?:s|ed)?|urge[sd]?|call(?:s|ed)? (?:on|upon|for)|propose[sd]?|advise[sd]?|want(?:s|ed)?|"
    rf"wrote|writes)\b|\baccording to (?:some |many )?"
    rf"(?:{_NOT_GOVERNMENT.pattern})", re.I)
# "Professor Anna Berg of Oslo University", "analyst Ji-ho Park from Seoul": a place that says
# where a non-government speaker works.
_NOT_GOVERNMENT_BEFORE = re.compile(
    rf"(?:{_NOT_GOVERNMENT.pattern})(?:\s+[A-Z][\w.'’-]*){{0,3}},?\s+(?:of|at|from|in)\s+(?:the\s+)?$", re.I)
# "broadcasters VRT of Belgium and RTVE of Spain", "the newspaper Haaretz of Israel": a state that says
# whose a news outlet is; the outlet reports, it makes no policy.
_MEDIA_BEFORE = re.compile(
    r"\b(?i:broadcasters?|news agenc(?:y|ies)|newspapers?|dailies|media outlets?)(?:\s+[A-Z][\w.'’-]*){1,3}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,?\s+and(?:\s+[A-Z][\w.'’-]*){1,3})?,?\s+"
    r"(?:of|from|in)\s+(?:the\s+)?$")
_FROM_STATE = re.compile(r"[-‑](?:based|owned|flagged|registered|made|born|headquartered)\b")
# "Rwanda-backed M23 rebels", "the United Nations-operated World Food Programme": a group the state
# backs or runs acts, the state does not (a "United States-backed resolution" is the state's own).
_PROXY_OF_STATE = re.compile(
    r"[-‑](?:backed|operated|run|funded|armed|aligned|allied|affiliated|controlled|supported)\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:resolution|proposal|plan|initiative|motion|draft)s?\b)")
_COURTS = frozenset({"ICC"})  # the courts among the organisation codes (EVENTS.md)
# "the United Nations's International Court of Justice", "the UN's top court": an organisation's court.
_COURT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?i:top|highest|principal|international|criminal|world)\s+)*"
    r"(?:International Court of Justice|ICJ|(?i:courts?|tribunals?))\b")
_COURT_NAME = re.compile(r"International Court of Justice|ICJ", re.I)  # aliases of the UN in the gazetteer
# A court asked to rule: "a ruling from", "a case at", "an appeal to", "asks the ...".
_COURT_ASKED_BEFORE = re.compile(
    r"\b(?i:(?:rulings?|verdicts?|judg(?:e)?ments?|opinions?|cases?|complaints?|lawsuits?|petitions?|appeals?|"
    r"referrals?|warrants?|investigations?)\s+(?:[\w-]+\s+){0,2}?(?:from|to|at|before|with|by)|"
    r"(?:asks?|asked|asking|petition\w*|refer\w*|turn\w*\s+to|appeal\w*\s+to|appl\w+\s+to))\s+(?:the\s+)?"
    r"(?:(?:United Nations|U\.?N\.?)['’]?s?\s+(?:(?i:top|highest|principal)\s+)?)?$")  # "a ruling from the UN's| ICJ"
# UN agencies run aid and report on it; their operations and reports are no policy of a government.
_UN_AGENCY = re.compile(
    r"\b(?:UNHCR|UNICEF|UNESCO|UNDP|UNRWA|OCHA|WFP|UN Women|World Food Program(?:me)?|(?:UN|U\.N\.) refugee agency)\b")
# What a state's name qualifies right after it, with only names or a few adjectives between: a
# business ("Qatar Airways", "Vilnius International Airport", "UAE flagship airline Emirates") or
# armed forces ("Israeli forces kill", "the Malian army conducts"): they act, they make no policy.
_QUALIFIED_BY_NAME = (r"(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|flagship|national|state|state-owned|flag|armed|special|"
                      r"security|federal|regular)\s+){0,3}?")
_NOT_STATE_NOUN = re.compile(
    _QUALIFIED_BY_NAME + r"(?i:airlines?|airways|airports?|carriers?|broadcasters?|manufacturers?|automakers?|"
    r"carmakers?|conglomerates?|news agenc(?:y|ies)|newspapers?|dailies|media outlets?|forces|troops|army|military|"
    r"soldiers|navy|(?:air|space|defen[cs]e|self-defen[cs]e) force|coast guard|police|militias?)\b"
    r"(?!\s+(?:spokes\w+|chiefs?|commanders?|aid|assistance|support|cooperation|sales?|exports?|bases?)\b)")
# (the words between name who speaks, no verb: "would take firm countermeasures" is the state's own)
_NOT_GOVERNMENT_AFTER = re.compile(
    rf"\s+(?:(?!(?:will|would|shall|can|could|may|might|must|has|have|had|is|are|was|were|to|takes?|took)\b)"
    rf"[\w-]+\s+){{0,2}}?(?:{_NOT_GOVERNMENT.pattern})", re.I)
# Where a trigger's object ends: reasons, circumstances and time clauses say nothing of its target.
_SPAN_END = re.compile(
    r"\s(?:despite|amid|after|before|following|citing|because|due to|in response|in retaliation|in the wake of|"
    r"over (?:his|her|its|their) (?:alleged |reported )?[a-z]+|"
    r"weeks|days|months|once|for\s+\w+ing|except|excluding|other than|with the exception of)\b|\(|"
    # "restore relations as Presidents X and Y meet at the UN": a time clause with a subject of its own
    r"\sas\s+(?-i:(?:the\s+)?[A-Z][\w.-]*\s+(?:[A-Z][\w.-]*\s+|and\s+|of\s+){0,6}[a-z]+\b)|"
    # what a relative clause or an apposition says of the object ("a bill that would have allowed
    # extraditions to China", "Hagia Sophia, formerly a Greek Orthodox cathedral") is not the measure
    r",?\s(?:which|who|whose|that)\s+(?:had|has|have|would|will|was|were|is|are|does|did|do)\b|,\s+formerly\b", re.I)
# A trigger in the present tense ("imposes", "announces"): news told on its day, as digests do.
_PRESENT_TENSE = re.compile(r"[A-Za-z]+(?<!ss)(?<!u)s\b")
# The plural present after a subject of names ("China and the United States extend their truce"): a base
# form right after a name, not after a modal, "to" or "did".
_PLURAL_SUBJECT_BEFORE = re.compile(r"\b(?:[A-Z][\w.'’-]*|they|both)\s+(?:\w+ly\s+)?$")
_BASE_FORM = re.compile(r"[a-z]+(?<!ed)\b")
_FIRST_SINCE = re.compile(r"\b(?:first|last)\b[^,;]{0,30}?\bsince\s+\d{4}\b", re.I)
_NUMBER_OF_STATES = re.compile(
    r"\b(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|other) (?:other )?(?:countries|nations|states)\b",
    re.I)

# Words after which a state or official starts a clause (is a subject), not an object.
_SUBJECT_LEADS = frozenset(
    """and or after before when while as since that but then also where once because meanwhile whereas until
    though although so yet said says say announced announces stated states added adds warned noted""".split())
_OF_GOVERNMENT = re.compile(
    r"(?:\b(?:governments?|ministry|ministries|office|presidents?|prime ministers?|ministers?|department|cabinet|leaders?|"
    r"embassy|parliament|council|secretary|spokes(?:person|man|woman)|representatives|officials|authorities|head|chief)|"
    r"\b[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?$|"
    # "A spokesperson for the Chinese foreign ministry said": who speaks for a government body
    r"\b(?:spokes(?:person|man|woman)|representatives?|officials?)\s+(?:for|at)\s+(?:the\s+)?$")
# After "Rwanda's" a noun that is not a government: "Rwanda's military support" is no subject.
_POSSESSIVE_GOVERNMENT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:government|foreign|ministry|president|prime|premier|leader|chancellor|"
    r"spokes\w+|cabinet|administration|defen[cs]e minister|top diplomat|envoy|ambassador|embassy|state media|"
    r"officials?|authorities|parliament|king|emir|"
    r"supreme leader|state council|chancellery|presidency|department of|"
    # what the government said, as the subject of its demand: "Lebanon's reply called for Israel to withdraw"
    r"(?:reply|response|statement|letter|note|communiqu[eé])\s+(?:(?:also|on\s+\w+)\s+)?(?:called|calls|demanded|demands|urged|urges|insisted|insists))\b", re.I)
# The first item of a list governed by a preposition, and a list going on after a mention.
_LIST_ITEM_BEFORE = re.compile(
    r"\b(?:on|against|with|to|from|of|for|by|between|including|over|toward|towards)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s*){1,4},\s*$")
_LIST_CONTINUES = re.compile(
    r"\s+(?:and|or)\s|,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|\s(?:and|or)\s)")
_GOVERNED_BEFORE = re.compile(
    r"\b(?:on|against|with|to|from|of|for|by|between|including|over|toward|towards|targeting)\s+"
    r"(?:(?!(?:and|or|but|who|which|that)\b)[\w'’.-]+\s+){0,3}[\w'’.-]+$", re.I)
_ARTICLE_AT_END = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_CONJUNCTION_AT_END = re.compile(r"\s*,?\s+(?:and|or)\s+$")
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|near|inside|within|throughout|across)\s+(?:the\s+)?$")
_PLACE_BEFORE_COMMA = re.compile(
    r"\b(?:in|at|near|to|from|via|visits?|visited|visiting)\s+(?:[A-Z][\w'’.-]*,?\s+){1,5}$|"
    # a city named in apposition to the noun before it: "in the C.A.R.'s capital, Bangui, and signed"
    r"\b(?:capital|city|town|port)\s*,\s*$")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|[,;:—]\s*|\b(?:that|and|but|then)\s+)(?:He|She|It|They|he|she|it|they|"
    # "The foreign minister", "On Tuesday, the government": an office or body named again by its noun alone
    r"[Tt]he (?:(?:foreign|defen[cs]e|trade|finance|commerce|interior|prime|vice|deputy)\s+)?(?:president|prime minister|"
    rf"premier|chancellor|minister|secretary|leader|government|administration|ministry|{_STATE_NOUN}|"
    r"spokes(?:man|woman|person)))"
    r"\s+(?:[\w'’-]+\s+){0,6}$")
_SAID = re.compile(r",\s*((?:[\w'’.-]+\s+){1,6}?)(?:said|says|announced|stated)\b|\b(?:said|says|according to)\s+(?:the\s+)?", re.I)
_LIST_GAP = re.compile(r"(?:['’]s)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|,?\s+as well as\s+)(?:the\s+)?$")
# The people or bodies a relative clause can be about, with the names in apposition to them.
_PEOPLE_BEFORE_RELATIVE = re.compile(
    r"\b(?:groups|organi[sz]ations|activists|protesters|individuals|companies|firms|NGOs|charities|journalists|"
    r"rebels|militants|movements|associations|unions|people|persons|citizens|students|scholars|lawmakers|"
    r"politicians)(?:\s*,\s*(?:[A-Z][\w'’.-]*\s*)+(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w'’.-]*\s*)+)*,?)?\s*$")
_RELATIVE_BEFORE = re.compile(r"(?:,\s*)?\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:(?:has|have|had|will|would)\s+)?$")
# A verb of saying followed by a clause with a subject that is no state: "alleged, ..., Mahan had".
_OTHER_SUBJECT = re.compile(
    r"\b(?:said|says|say|stated|states|alleged|alleges|claimed|claims|added|argued|noted|believes?|warned)\b,?"
    r"(?:\s+[^,]{0,40},)?\s+(?:that\s+)?(?!(?:that|he|she|it|they|we|I)\b|(?:his|her|its|their|our)\s+"
    r"(?:government|department|ministry|administration|country|office|cabinet)\b|"
    # the speaker's own state named again by its noun: "Kallas said the bloc would ..."
    rf"[Tt]he\s+(?:{_STATE_NOUN}|government|administration)\b)(?:[A-Za-z][\w'’-]*\s+){{1,4}}?"
    # (not the speaker itself after a time: "said on Tuesday it would")
    r"(?<!\bit\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)"
    r"(?:had|has|have|is|was|were|are|will|would|could|can|must)\b")
# "defence ministry", "foreign affairs ministry", "commerce ministry", "government" after a demonym.
_GOVERNMENT_AFTER_DEMONYM = re.compile(
    # ("the Chinese Commerce Ministry", "the Indian External Affairs Ministry": a ministry's name in capitals)
    r"\s+(?:[a-z][\w-]*\s+|[A-Z][a-z][\w-]*\s+(?=(?:[A-Z][\w-]*\s+){0,2}Ministry\b)){0,3}"
    r"(?:(?i:ministry)|government|cabinet|authorities|administration|presidency|chancellery|"
    r"foreign office|department|junta|leaders|leadership|regime|(?:foreign |prime |defen[cs]e )?minister)\s+(?:(?:also|has|have|officially|formally|now|then|later|\w+ly)\s+)?")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:[\w'’-]+\s+){0,3}$")
# "if Turkey does ...", "unless Russia withdraws ...": a condition laid on a state (a capitalised name).
_CONDITION_ON_STATE = re.compile(r"\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+[a-z]+")
# Reported speech: "X says Y must ...", "X told his Russian counterpart that Y must ...".
_SAY_BEFORE = re.compile(
    # ("China's foreign ministry said the Philippines must ...": the state's body speaks, and "the" opens the subject)
    r"^(?:['’]s(?:\s+(?i:foreign|defen[cs]e|trade|commerce|ministry|government|spokes\w+|office|cabinet|administration)){1,3})?"
    r"\s+(?:said|says|say|stated|states|told (?:[\w'’.-]+ ){1,5}?|tells (?:[\w'’.-]+ ){1,5}?|warned|warns|added|"
    r"insisted|insists)\s*,?\s*(?:that\s+)?(?:the\s+)?$")  # ('X said, "NATO must ...': the comma before a quotation)
# A verb of saying, then a clause whose subject is a thing, not a state or person, right up to "must":
# "said talks with China must", "stressed that a ceasefire has to".
_SAYS_THAT_THING_MUST = re.compile(
    r"\s+(?:(?:on|in|at)\s+\w+\s+|\w+ly\s+|also\s+)?(?:said|says|stated|states|stressed|stresses|insisted|insists|"
    r"added|adds|declared|declares)\s*,?\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?!(?:he|she|it|they|we|I|you|his|her|its|their|our)\b)[a-z][\w-]*\s+(?:[\w'’.-]+\s+){0,6}?$")
# What says a step is only intended, planned or prepared, not taken: "intends to", "is preparing to", "will".
_INTENTION = re.compile(
    r"\b(?:intend\w*|plan(?:s|ned|ning)?\s+(?:to|on)|prepar\w*\s+(?:to|for)|(?:is|are)\s+(?:ready|about|going|set)\s+to|"
    r"aims?\s+to|wants?\s+to|willing\s+to)\b", re.I)
_GERUND_GOVERNED = re.compile(r"\b(?:against|from|of|about)\s+$")
_COORDINATION_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?$")
_COORDINATED_TRIGGER = re.compile(
    r"(?:,\s*(?:and\s+)?|\band\s+|\bas well as\s+|\bwhile\s+)(?:(?:also|later|then|immediately|further)\s+){0,2}$", re.I)


@dataclasses.dataclass
class _Signal:
    """One trigger read in one sentence, before it becomes a `Finding`."""

    start: int  # sentence-local offsets of the trigger
    end: int
    kind: _Kind
    signallers: list[Agent]
    target: str | None
    stance: str | None
    governed: str  # what the trigger governs, for topic and stance
    window: str  # from the signaller to the end of what it governs, for the policy domain
    definite: bool = True
    listed: tuple[str, ...] = ()  # the states listed with the target ("on both Canada and Mexico")
    counterpart: bool = False  # an agreement "with" the target: the target signs it too
    between: bool = False  # the listed states follow "between"


class _Sentence:
    """One analysed sentence with its places and agents indexed by sentence-local offset, so that
    every look-up is a bisection (a run-on "sentence" can hold thousands of mentions)."""

    def __init__(self, analysed: AnalysedSentence):
        self.analysed = analysed
        self.text = analysed.text
        self.base = analysed.sentence.start

    # (each read when first needed: a trigger with no place near it and no word of foreign policy
    # needs no agents, and the article's people are found only when a detector asks for them)
    @read_once
    def agents(self) -> list[Agent]:
        return self.analysed.agents

    @read_once
    def places(self) -> list:
        return self.analysed.places

    @read_once
    def _agent_starts(self) -> list[int]:
        return [a.start - self.base for a in self.agents]

    @read_once
    def _agent_ends(self) -> list[tuple[int, int]]:
        return sorted((a.end - self.base, i) for i, a in enumerate(self.agents))

    @read_once
    def _place_starts(self) -> list[int]:
        return [p.start - self.base for p in self.places]

    def at(self, offset: int) -> int:
        """An article offset as a sentence-local one."""
        return offset - self.base

    def agents_in(self, start: int, end: int) -> list[Agent]:
        """Agents whose mention starts in [start, end)."""
        return self.agents[bisect.bisect_left(self._agent_starts, start):bisect.bisect_left(self._agent_starts, end)]

    def agent_starting_at(self, offset: int) -> Agent | None:
        index = bisect.bisect_left(self._agent_starts, offset)
        return self.agents[index] if index < len(self.agents) and self._agent_starts[index] == offset else None

    def agent_ending_at(self, offset: int) -> Agent | None:
        index = bisect.bisect_left(self._agent_ends, (offset, -1))
        if index < len(self._agent_ends) and self._agent_ends[index][0] == offset:
            return self.agents[self._agent_ends[index][1]]
        return None

    def last_agent_before(self, offset: int) -> Agent | None:
        """The agent whose mention ends last before `offset`."""
        index = bisect.bisect_left(self._agent_ends, (offset, -1))
        return self.agents[self._agent_ends[index - 1][1]] if index else None

    def places_in(self, start: int, end: int):
        return self.places[bisect.bisect_left(self._place_starts, start):bisect.bisect_left(self._place_starts, end)]


def detect_policy_signals(article: AnalysedArticle) -> list[Finding]:
    """Findings per sentence and (signaller, target); the extractor merges them over the article."""
    findings = []
    words = [_trigger_words(analysed) for analysed in article.sentences]
    if not any(words):
        return findings  # (no sentence's agents are read: the article's people need not be found)
    subjects = _Subjects(article.sentences)
    for analysed, trigger_words in zip(article.sentences, words):
        signals, subject = _signals_in(analysed, article, subjects.last, trigger_words)
        if signals:
            findings.extend(_findings(_Sentence(analysed), signals))
        subjects.told(subject)
    return findings


class _Subjects:
    """The subject a later "he" or "it" refers to, followed from sentence to sentence (a
    signaller found, or the official or state that opens a sentence), worked out only when a
    trigger's signaller is that pronoun (`last`): most articles never ask, and their sentences'
    agents are not read for it."""

    def __init__(self, sentences: list[AnalysedSentence]):
        self._sentences = sentences
        self._signallers: list[Agent | None] = []  # the first signaller of each sentence read so far
        self._followed = 0  # sentences whose subjects `_last` follows
        self._last: Agent | None = None

    def told(self, subject: Agent | None) -> None:
        """The first signaller found in the next sentence (None: none)."""
        self._signallers.append(subject)

    def last(self) -> Agent | None:
        """The subject a pronoun of the sentence after those `told` refers to."""
        while self._followed < len(self._signallers):
            self._last = _subject_after(self._sentences[self._followed], self._signallers[self._followed], self._last)
            self._followed += 1
        return self._last


def _subject_after(analysed: AnalysedSentence, subject: Agent | None, last_subject: Agent | None) -> Agent | None:
    """The subject a later pronoun refers to after a sentence whose first signaller is `subject`
    (None: none), `last_subject` before it."""
    if subject is not None:
        return subject
    if analysed.agents and analysed.agents[0].person is not None:
        opener = analysed.agents[0]
        # ("Barghouti, a former leader of Fatah, ...": a later "he" speaks for no government)
        former = _FORMER_APPOSITION.match(analysed.text, opener.end - analysed.sentence.start)
        return None if former else opener
    if (last_subject is None or last_subject.person is None) and _state_opening(analysed) is not None:
        # "Japan initially refrained from blaming China. But on Friday, it demanded an apology": the
        # state that opens a sentence as its subject is a later "it" (an official named before stays "he")
        return _state_opening(analysed)
    if last_subject is None:
        return None  # (no one to forget: the tests below would only forget)
    if not analysed.agents_between(0, 60) and OPENS_WITH_SOMEONE_ELSE.match(analysed.text):
        return None  # "Ilyas Hassan, a member of the upper house, urged ...": a later "He" is not the official before
    if _titled_person_of_no_state_opens(analysed):
        return None  # "Opposition leader Abdi Noor said ...": likewise
    return last_subject


_STATE_OPENS = re.compile(r"(?:The\s+)?(?=[A-Z])")


def _state_opening(analysed: AnalysedSentence) -> Agent | None:
    """The state that opens a sentence as its subject ("Japan initially refrained from blaming China.")."""
    opens = _STATE_OPENS.match(analysed.text)
    agent = analysed.agents[0] if analysed.agents else None
    if opens is None or agent is None or agent.start - analysed.sentence.start != opens.end():
        return None
    return agent if _in_subject_position(_Sentence(analysed), agent) else None


_FORMER_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:former|ex-|onetime|one-time|retired|jailed|imprisoned|exiled|ousted)", re.I)


def _titled_person_of_no_state_opens(analysed: AnalysedSentence) -> bool:
    """Whether the sentence opens with a titled person who holds no office of a state (an opposition
    leader): a later "he" or "she" is that person."""
    base = analysed.sentence.start
    if analysed.agents and analysed.agents[0].start - base < 60:
        return False
    person = analysed.people[0] if analysed.people else None
    return person is not None and person.start - base < 60 and not person.country



def _triggers(text: str) -> list[tuple[_Kind, int, int]]:
    """The first triggers of the sentence, in text order; verbs only (not "a travel ban"). Two
    may overlap ("will lift" and "lift all sanctions")."""
    lowered = text.lower()  # the patterns are lower case: much faster than re.I
    if len(lowered) != len(text):  # a few letters change length when lowered
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    headline = None  # a title-case headline ("Trump Imposes Tariffs on Steel") has its verbs in capitals
    candidate = _ANY_TRIGGER.search(lowered)
    for _ in range(4 * _MAX_TRIGGERS):  # nouns ("the ban") are skipped, but not without end
        if candidate is None or len(found) >= _MAX_TRIGGERS:
            break
        at = candidate.start()
        if text[at - 1:at] in _HYPHENS and _COMPOUND_BEFORE.search(text, max(0, at - 2), at) \
                or _IN_ORDER.match(lowered, max(0, at - 3)):
            candidate = _ANY_TRIGGER.search(lowered, at + 1)
            continue
        if text[at].isupper() and _WORD_BEFORE.search(text, max(0, at - 3), at):
            if headline is None:
                headline = _LOWER_CASE_WORD.search(text) is None
            if not headline:
                candidate = _ANY_TRIGGER.search(lowered, at + 1)
                continue
        if lowered.startswith("support", at) and _PREPOSITION_BEFORE.search(text, max(0, at - 9), at):
            candidate = _ANY_TRIGGER.search(lowered, at + 1)
            continue
        noun = _DETERMINER_BEFORE.search(text, max(0, at - 40), at)
        if noun is not None and _MODAL_AT.match(lowered, at):
            noun = None  # "the bloc would keep ...", "the kingdom will restore ...": a modal is never a noun
        if noun is not None and _PARTICIPLE_AT.match(lowered, at) and not re.fullmatch(r"\S+\s+", noun.group()):
            noun = None  # "a pilot program allowing ...": a participle after a noun, not a noun itself
        if noun is not None and _PAST_AT.match(lowered, at) and not re.fullmatch(r"\S+\s+", noun.group()) \
                and not _ADVERB_AT_END.search(noun.group()):
            noun = None  # "The statement threatened sanctions": a past form after a noun phrase is its verb
        if noun is None or _GOVERNMENT_SUBJECT.search(noun.group()):
            opening = lowered[at:at + 2]
            for kind, pattern, opens in _TRIGGER_OPENINGS:
                if opens is not None and opening not in opens:
                    continue
                match = pattern.match(lowered, at)
                if match:
                    found.append((kind, at, match.end()))
        candidate = _ANY_TRIGGER.search(lowered, at + 1)
    found.sort(key=lambda item: (item[1], -item[2]))
    return found[:_MAX_TRIGGERS]


def _trigger_words(analysed: AnalysedSentence) -> tuple[list[tuple[_Kind, int, int]], bool] | None:
    """A sentence's triggers (`_triggers`) and whether it may name a measure; None when it holds
    neither: no signal is told in it."""
    if not analysed.may_hold("POLICY_SIGNAL"):
        return None
    triggers = _triggers(analysed.text)
    nominal = _may_name_a_measure(analysed.text)
    return (triggers, nominal) if triggers or nominal else None


def _signals_in(analysed: AnalysedSentence, article: AnalysedArticle, last_subject: Callable[[], Agent | None],
                trigger_words: tuple[list[tuple[_Kind, int, int]], bool] | None):
    """The signals of one sentence and its first signaller (the subject of a later "He said"), from
    its `_trigger_words`; `last_subject()`: the subject a pronoun of it refers to."""
    if trigger_words is None:
        return [], None
    triggers, nominal = trigger_words
    sentence = _Sentence(analysed)
    text = sentence.text
    heads: list[list] = []  # triggers read on their own: kind, start, end, clause, passive, stance lent
    silenced = -1  # "declines to comment on reports that ...": nothing in that clause is a decision
    for kind, start, end in triggers:
        if start < silenced:
            continue
        if kind.ending:
            # Decided here so that an announcement of it takes its stance ("announces it will cease all contact").
            kind = _Kind(_COOPERATIVE if _ENDED_MEASURE.match(text, end) else _CONFRONTATIONAL, ending=True)
        if kind.refusal:
            # "will not impose retaliatory tariffs" eases; "will not assist Ukraine" or "refuses to
            # extend the deal" does not. The refused verb and its next two words decide.
            refused = " ".join([text[start:end].split()[-1], *text[end:end + 60].split()[:2]])
            if _NOT_A_DECISION.fullmatch(text[start:end].split()[-1].lower()) or _PROTEST_REFUSED.match(text, end) \
                    or _NOT_HAPPENING.match(text, start, end + 12):
                silenced = clause_around(text, start, end)[1]
                continue
            # (refusing relief keeps the measure: "will not lift its sanctions")
            eases = not _RELIEF.search(refused) and (
                _CONFRONTATIONAL_WORDS.search(refused) or _REFUSED_MEASURE.search(refused))
            stance = _COOPERATIVE if eases else _CONFRONTATIONAL
            kind = _Kind(stance, refusal=True)
        clause = clause_around(text, start, end)
        passive = _is_passive(text, clause[0], start, end)
        measure = passive and _MEASURE_NOUN_BEFORE.search(text, max(clause[0], start - 20), start)
        if measure and not _BY_AGENT.match(text, end, end + 12):
            continue  # "lift all sanctions imposed on Syria": the participle only names the measure
        noun = passive and _NOUN_BEFORE.search(text, max(clause[0], start - 40), start)
        if noun and _BY_AGENT.match(text, end, end + 12) and not _PASSIVE_BEFORE.search(text, max(clause[0], start - 20), start) \
                and _circumstance(text, clause[0], noun.start()):
            # "speak out against the sanctions imposed by Trump", "agreed to the plan proposed by the
            # U.S.": a measure named as the object of other news is its circumstance.
            continue
        if not passive and heads and heads[-1][3] == clause and _embedded(sentence, heads[-1], start):
            if kind.mutual and heads[-1][0].report and not heads[-1][4] and heads[-1][5] is None \
                    and _AGREED_THAT.match(text, heads[-1][2], start):
                # "announces it has finalized a trade deal with the United States": what is announced is
                # an agreement, of its parties toward each other
                heads[-1] = [kind, start, end, clause, passive, None]
                continue
            # "calls on the EU to support a ceasefire": "support" says what the call is for.
            heads[-1][5] = heads[-1][5] or kind.stance
            continue
        heads.append([kind, start, end, clause, passive, None])
    signals, subject = [], None
    for index, (kind, start, end, clause, passive, lent) in enumerate(heads):
        # What a trigger governs ends where the next one read on its own starts ("bans ... and calls on").
        limit = heads[index + 1][1] if index + 1 < len(heads) and heads[index + 1][3] == clause else clause[1]
        signal = None
        if kind.report and _JOINT_VENTURE.match(text, end):
            # States announcing together a venture of theirs ("Kenya and Uganda announce a joint railway
            # project"): a step toward each other, whatever it names after it.
            signal, who = _signal_at(sentence, article, last_subject, _JOINT_STEP, start, end, clause[0], limit, passive)
        if signal is None:
            signal, who = _signal_at(sentence, article, last_subject, kind, start, end, clause[0], limit, passive)
        fact = signal is not None and kind.report and lent is None and _REPORTED_FACT.match(text, end, limit)
        # (its own army is no policy word: "announces that its military retook three villages")
        if fact and not any(start < other[1] < fact.end() for other in heads) and not any(
                not _HOME_AFFAIRS.fullmatch(word.group()) for word in _FOREIGN_POLICY.finditer(text, end, fact.end())):
            signal = None  # an announcement of news with no measure in it
        if signal is not None:
            signal.stance = signal.stance or lent
            if _is_foreign(signal, sentence):
                signals.append(signal)
        if who is not None and subject is None:
            subject = who
    if nominal:
        signals.extend(s for s in _nominal_signals(sentence, article) if _is_foreign(s, sentence))
    return signals, subject


# An announcement whose content is an agreement its subject made: "announces (that) it has signed".
_AGREED_THAT = re.compile(r"\s+(?:that\s+)?(?:it|they|the two (?:countries|sides|governments))\s+(?:has|have|had)\s+(?:\w+ly\s+)?$")


def _circumstance(text: str, clause_start: int, noun_start: int) -> bool:
    """Whether a measure whose noun starts at `noun_start`, named with its participle and agent, is
    the object of other news in its clause (not its subject, nor what a response answers)."""
    lead_start = max(clause_start, noun_start - 80)
    if _MEASURE_TOLD_AS_EARLIER.search(text, lead_start, noun_start):
        return True
    return bool(_NAMED_AS_OBJECT.search(text, lead_start, noun_start)) \
        and not _RESPONSE_TO.search(text, lead_start, noun_start)


_PARTICIPLE_FORM = re.compile(r"\w+(?:ed|en|wn)\b")  # "imposed", "taken", "drawn"


def _is_passive(text: str, clause_start: int, start: int, end: int) -> bool:
    """ "is barred", "tariffs imposed by the United States"; not "is committed to", which says what
    the subject itself stands by."""
    if not _PARTICIPLE_FORM.match(text[start:end]) or text.startswith("committed to", start):
        return False
    # ("retaliated by expelling ...", "responded by imposing ...": "by" and a gerund say how, not who)
    return bool(_PASSIVE_BEFORE.search(text, max(clause_start, start - 20), start)
                or (_BY_AGENT.match(text, end, end + 12) and not _BY_GERUND.match(text, end, end + 30))
                or _MEASURE_NOUN_BEFORE.search(text, max(clause_start, start - 20), start))


def _embedded(sentence: _Sentence, head: list, start: int) -> bool:
    """A trigger inside what the previous trigger governs, with no subject of its own and not
    coordinated with it ("and calls on ..."), or what a call or demand asks for ("demanded that
    China withdraw ...")."""
    text = sentence.text
    head_kind, head_end = head[0], head[2]
    if start < head_end or (head_kind is _CALL and re.match(r"\s+that\b", text[head_end:head_end + 6])):
        return True
    if _GERUND_GOVERNED.search(text, max(head_end, start - 12), start) and _PARTICIPLE_AT.match(text, start):
        return True  # "warned NATO against deploying troops": what the warning is about, no step of NATO's
    if _COORDINATED_TRIGGER.search(text, max(head_end, start - 30), start) or _absolute_subject(sentence, start):
        return False
    return not any(_in_subject_position(sentence, a) for a in sentence.agents_in(head_end, start)[-8:])


def _signal_at(sentence: _Sentence, article: AnalysedArticle, last_subject: Callable[[], Agent | None], kind: _Kind,
               start: int, end: int, clause_start: int, clause_end: int, passive: bool):
    """The signal of one trigger (or None) and the subject found for it (or None)."""
    text = sentence.text
    clause_start = max(clause_start, start - _REACH)  # a clause of a run-on text is read near the trigger
    clause_end = min(clause_end, end + _REACH)
    span_end = _span_end(text, end, clause_end)
    # (a demand is aimed at the state before it: "Japan said Canada| must pay compensation")
    if not sentence.places_in(clause_start if kind.demand else start, span_end) \
            and not (kind.joint or kind.mutual) \
            and not _FOREIGN_POLICY.search(text, clause_start, span_end):
        return None, None  # neither a state it aims at nor a word of foreign policy: no need to read further
    if passive:
        by_agent = _agent_after_by(sentence, end)
        if by_agent is None:
            return None, None
        if kind.mutual and _PASSIVE_AGREEING.match(text, start) and not _AGREEMENT_BEFORE.search(
                text, max(clause_start, start - 60), start):
            return None, None  # "a letter signed by": no agreement
        signallers = [by_agent]
        if kind.mutual or kind.joint:
            # "an agreement is signed by officials from Panama and the U.S.": each party signs it
            signallers.extend(_coordinated_after(sentence, by_agent))
        target_from = sentence.at(signallers[-1].end)
    else:
        signallers = _signallers(sentence, clause_start, start, end, last_subject)
        target_from = start + len(text[start:end].split()[0])  # "adds Colombia to its list"
    receiver = None
    if kind.received:
        # "Argentina secures a $20 billion loan from the IMF": the IMF's step toward Argentina
        giver = sentence.agent_starting_at(end + len(_FROM_GAP.match(text, end).group()))
        if giver is None or not signallers or signallers[0].code == giver.code:
            return None, None
        receiver, signallers, target_from = signallers[0], [giver], end
    if not signallers or (kind.together and len({s.code for s in signallers}) < 2):
        return None, None
    if _NON_STATE_PARTY.search(text, max(clause_start, start - 120), start):
        # "the government and the M23 rebels sign ...": a domestic pact, as one "with" them is; and what they do
        # together ("... and the M23 rebel group resume talks in Doha")
        return None, None
    if kind.demand:
        # "Rwanda's foreign minister says Congolese president Tshisekedi will have to ...", "Russia must
        # withdraw ..., German officials said".
        speaker = _speaker_before(sentence, signallers[0]) or _speaker_after(sentence, end)
        if speaker is None and _SAYS_THAT_THING_MUST.match(text, sentence.at(signallers[0].end), start):
            # "Scholz said talks with China must continue": the speaker's own demand, what it names its aim
            target_from = sentence.at(signallers[0].end)
            kind = _CALL  # its words decide the stance ("talks ... must continue")
        elif speaker is None or speaker.code == signallers[0].code:
            return None, None
        else:
            signallers, target_from = [speaker], sentence.at(signallers[0].start)
    elif not passive and _intention_told_by_another(sentence, signallers[0], end):
        return None, None  # "Pakistan's minister says India intends to strike ...": Pakistan's claim
    who = signallers[0]
    lead = text[clause_start:start]
    near = text[max(clause_start, start - 30):end]
    negated = NEGATION.search(text, max(clause_start, start - 30), start if kind.refusal else end)
    negated = negated or _CANNOT.search(text, max(clause_start, start - 30), start)
    if negated or _HEDGE.search(near) or _hypothetical(lead) or _FORMER.search(lead) or EARLIER_TIME_OPENING.match(lead) \
            or _COMPARED_WITH.search(lead) or recalled_by_anniversary(lead):
        return None, who
    if _LONG_STANDING.search(lead) or (PRESENT_PERFECT.search(near) and _SPAN_TO_NOW.search(text, end, span_end)):
        return None, who  # "has long opposed", "has imposed sanctions since the start of the war": no news of the day
    if text[start:end].rstrip().endswith("ing") and _TALKED_ABOUT.search(lead):
        return None, who  # "Putin and Trump spoke for two hours about ending the war": the topic of talks, no step
    if _SYMPATHY.match(text, end) or quoted_from_non_official(text, start):
        return None, who  # "offered its condolences to"; '"China will retaliate," said Li Wei, an analyst'
    if _WOULD.match(text, start) and not REPORTED_SPEECH.search(lead) and _speaker_after(sentence, end) is None:
        # "would" reports a decision only after a verb of saying ("said it would send") or before a closing
        # attribution ("Russia would respond ..., the Kremlin said")
        return None, who
    if _DENIED_OR_ALLEGED.search(lead) or _UNTIL_SUBJECT.search(text, max(clause_start, start - 60), start) \
            or _ACCUSED_OF.search(text, max(clause_start, start - 90), start):
        return None, who
    if _FAILED_OR_TRIED.search(text, max(clause_start, start - 80), start) \
            or _BILL_PROPOSED.search(text, max(clause_start, start - 80), start):
        return None, who
    if any(_not_government(sentence, s) and not (kind.ending and _MILITARY_AFTER.match(text, sentence.at(s.end)))
           for s in signallers) or _NOT_GOVERNMENT_SAYS.search(lead):
        # (a state's military stopping, cutting off or suspending something takes a measure of the state:
        # "Thailand's military stops fuel shipments through its border crossing with Laos")
        return None, who
    # Only the signal's own words date it: a trailing reason or time clause ("after ... the 2018
    # attack", "following the 2022 break in ties") recalls the background of a new measure.
    if _recalls_old_year(text[clause_start:span_end], article.published, step=True):
        return None, who
    stale = _stale(sentence, article.published)
    if stale and not (_in_present_tense(text, start) and (_date_after(sentence, span_end)
                                                          or _date_in_leading_cause(sentence, start))):
        return None, who
    governed = text[start:span_end]
    if kind.report and (_MEETING_CONTENT.match(text, end, span_end) or _MEETING_CONTENT.match(governed)):
        return None, who
    codes = {s.code for s in signallers}
    # Rules for foreigners are domestic, but a deal two states make on them is not ("Macron and
    # Starmer announce a joint migration deal ... to deport illegal migrants to France").
    if _is_domestic(governed) and not ((kind.mutual or kind.joint) and len(codes) >= 2) \
            and not _deportations_of_another_state(sentence, start, span_end, codes):
        return None, who
    if text[start:end].lower().startswith("warn") and _is_advisory(sentence, end, codes):
        return None, who
    target = None if kind.together else _target(sentence, target_from, span_end, codes)  # aimed at each other
    if receiver is not None:
        target = receiver.code
    if target is None and passive and not kind.together:
        # "Canada was sanctioned by Japan", "sanctions were imposed on Canada by Japan": what the measure
        # falls on, the subject of the passive or the object between the verb and its agent
        target = _target(sentence, start, sentence.at(signallers[0].start), codes) or _passive_subject(
            sentence, clause_start, start, codes)
    listed = _listed_targets(sentence, target_from, span_end, codes) if target is not None or kind.mutual else []
    stance = kind.stance
    if kind.release:
        # "releases Italian journalist Cecilia Sala", "pardons 31 Ukrainian citizens": toward their state.
        people = _RELEASED_PEOPLE.match(text, end)
        state = people and next(iter(sentence.places_in(end + people.start(1) - end, end + people.end(1) - end)), None)
        handed_to = _HANDED_TO.match(text, start, span_end)
        receiver = handed_to and next(iter(sentence.places_in(handed_to.end(), handed_to.end() + 1)), None)
        if state is not None and state.code not in codes:
            target, listed = state.code, [state.code]
        elif receiver is not None and receiver.code not in codes and receiver.kind != "demonym":
            # "Mexico extradites 29 cartel members to the United States": toward the state that receives them
            target, listed = receiver.code, [receiver.code]
        elif len(codes) < 2 or not _RELEASED_PEOPLE_NOUN.match(text, end):
            return None, who  # only "Russia and Ukraine swap 146 prisoners": each toward the other
    if kind.ending:
        # "ends its ban on Pakistani airlines" eases; "pauses all military aid to Ukraine" does not.
        if target is None and not _FOREIGN_POLICY.search(governed):
            return None, who
    # "has expressed", "has begun signaling": the present perfect takes no definite time; an old
    # date in a trailing reason or time clause dates that clause, not the signal.
    definite = not PRESENT_PERFECT.search(near) and not stale
    # The domain is read from the signaller on: "At the opening of the AU summit, ..." sets a scene.
    window = text[min(start, max(clause_start, sentence.at(signallers[0].start))):span_end]
    party = _COUNTERPART.match(text, end) if kind.mutual else None
    counterpart = party is not None
    if party is not None and len(signallers) == 1 and not sentence.places_in(party.end(), party.end() + 5):
        # "signs an agreement with Google to build a cable ... to Australia": the other party is no state
        target, listed, counterpart = None, [], False
    if target is None and not counterpart and not ((kind.mutual or kind.joint) and len(codes) >= 2):
        # (two states agreeing "on a trade deal with a 15% tariff": the "with" names no other party)
        pact = party if party is not None else _PACT_WITH.match(text, end)
        if pact is not None and not sentence.places_in(pact.end(), pact.end() + 5) \
                and not _STATES_BY_NOUN.match(text, pact.end()):
            return None, who  # (not "trade deals with either country": states named before)
    first_listed = _first_place_at(sentence, listed[0], target_from) if listed else 0
    between = bool(listed) and bool(_BETWEEN_BEFORE.search(text, max(0, first_listed - 20), first_listed))
    return _Signal(start, end, kind, signallers, target, stance, governed, window, definite,
                   tuple(listed) if target is not None or counterpart else (), counterpart, between), who


def _nominal_signals(sentence: _Sentence, article: AnalysedArticle) -> list[_Signal]:
    """Signals named by a noun with its agent: "calls by Azerbaijan", "Trump's proposal to ...",
    "a United States-backed resolution supporting ..."."""
    text = sentence.text
    found = []  # agent, where the noun phrase starts (None: it follows the agent)
    for count, match in enumerate(_MEASURE_NOUN_BY.finditer(text)):
        agent = sentence.agent_starting_at(match.end())
        if agent is not None:
            found.append((agent, match.start()))
        if count == _MAX_TRIGGERS:
            break
    for pattern in (_POSSESSIVE_MEASURE, _BACKED_MEASURE):
        for count, match in enumerate(pattern.finditer(text)):
            agent = sentence.agent_ending_at(match.start()) or sentence.agent_ending_at(match.start() + 2)
            if agent is not None:
                found.append((agent, None))
            if count == _MAX_TRIGGERS:
                break
    text_lower = text.lower()
    # Most sentences name no measure taking effect: skip that search unless its words are there.
    signals = _effect_signals(sentence, article) if "effect" in text_lower or "force" in text_lower else []
    for agent, noun_start in found:
        at, after = sentence.at(agent.start), sentence.at(agent.end)
        if _NOT_STATE_AFTER.match(text, after, after + 20) or _CIRCUMSTANCE_BEFORE.search(text, max(0, at - 30), at):
            continue
        clause_start, clause_end = clause_around(text, at, after)
        clause_start, clause_end = max(clause_start, at - _REACH), min(clause_end, after + _REACH)
        span_end = _span_end(text, after, clause_end)
        lead = text[clause_start:at if noun_start is None else noun_start]
        if noun_start is not None and _PARTICIPLE_BY.search(text, noun_start, at) \
                and _circumstance(text, clause_start, noun_start):
            continue  # "violating an arms embargo imposed by the UN": the circumstance of other news
        if (NEGATION.search(lead[-40:]) or _hypothetical(lead[-60:]) or _not_government(sentence, agent)
                or _FORMER.search(text, max(clause_start, at - 20), at)
                or _recalls_old_year(text[clause_start:clause_end], article.published)):
            continue
        if noun_start is not None:  # "the proclamation of ... by the President of the United States"
            governed = text[noun_start:span_end]
            target = _target(sentence, noun_start, at, {agent.code}) or _target(sentence, after, span_end, {agent.code})
        else:  # "Trump's proposal to resettle ...", "a United States-backed resolution supporting ..."
            governed = text[after:span_end]
            target = _target(sentence, after, span_end, {agent.code})
        kind = _Kind(_COOPERATIVE if _LIFTED_BY.search(governed) else
                     next((stance for stance, cue in _NOMINAL_STANCE if cue.search(governed)), None))
        if not _is_domestic(governed):
            signals.append(_Signal(at, after, kind, [agent], target, kind.stance, governed, governed))
    return signals


def _effect_signals(sentence: _Sentence, article: AnalysedArticle) -> list[_Signal]:
    """Measures named as the subject of their taking effect: the state named before the noun
    ("U.S. tariffs"), or the two parties after "between" for a ceasefire or an agreement."""
    text = sentence.text
    signals = []
    for count, effect in enumerate(_TAKES_EFFECT.finditer(text)):
        if count == _MAX_TRIGGERS:
            break
        clause_start = max(clause_around(text, effect.start(), effect.end())[0], effect.start() - _REACH)
        noun = _EFFECT_NOUN.search(text, clause_start, effect.start())
        if noun is None:
            continue
        lead = text[clause_start:noun.start()]
        if _TIME_CLAUSE_BEFORE.search(text, max(0, noun.start() - 80), noun.start()):
            continue  # "to prevent a shutdown when U.S. sanctions on its owner take effect": the time of other news
        if (NEGATION.search(text, clause_start, effect.end()) or _hypothetical(text[clause_start:effect.start()])
                or _recalls_old_year(text[clause_start:effect.end()], article.published)):
            continue
        governed = text[noun.start():effect.start()]
        if noun.group(2):  # a ceasefire or an agreement between two parties: each toward the other
            between = _BETWEEN_PARTIES.match(text, noun.end())
            first = between and sentence.agent_starting_at(between.end())
            joint = first and _AND_PARTY.match(text, sentence.at(first.end))
            second = joint and sentence.agent_starting_at(joint.end())
            if second is not None and second.code != first.code:
                kind = _Kind(_COOPERATIVE, mutual=True)
                signals.append(_Signal(noun.start(), noun.end(), kind, [first, second], None, _COOPERATIVE,
                                       governed, governed))
            continue
        owner = next((p for p in reversed(sentence.places_in(max(clause_start, noun.start() - 40), noun.start()))
                      if _OWNER_GAP.fullmatch(text, sentence.at(p.end), noun.start())), None)
        if _NOT_GOVERNMENT_SAYS.search(lead):
            continue
        if owner is None and noun.group(1).lower() in ("tariff", "tariffs", "duties"):
            owner = _importing_state(sentence, noun.end(), min(len(text), effect.end() + 40))
        if owner is not None:
            signaller = Agent(owner.code, owner.start, owner.end)
        else:  # "President Trump's 25% tariffs on ... take effect": an official's measures are his state's
            signaller = sentence.last_agent_before(noun.start())
            if (signaller is None or signaller.person is None or sentence.at(signaller.end) < clause_start
                    or not _OWNER_GAP.fullmatch(text, sentence.at(signaller.end), noun.start())
                    or not _POSSESSIVE_AROUND.search(text, sentence.at(signaller.end) - 2, sentence.at(signaller.end) + 2)
                    or _FORMER.search(text, max(clause_start, sentence.at(signaller.start) - 20), noun.start())
                    or _not_government(sentence, signaller)):
                continue
        owner_code = signaller.code
        target = _target(sentence, noun.end(), effect.start(), {owner_code})
        # ("tariffs on Mexican and Canadian imports take effect": toward each of the two)
        listed = _listed_targets(sentence, noun.end(), effect.start(), {owner_code}) if target is not None else []
        signals.append(_Signal(noun.start(), noun.end(), _MEASURE_AGAINST, [signaller], target, _CONFRONTATIONAL,
                               governed, governed, listed=tuple(listed)))
    return signals


# A measure taking effect named in a time clause of other news: "when U.S. sanctions ... take effect".
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?i:when|once|until|before|as soon as|by the time)\s+" + _NOUN_PHRASE_WORDS)


def _importing_state(sentence: _Sentence, start: int, end: int):
    """The state a tariff taking effect is levied by: the one its imports go into ("a 25% tariff on
    all car imports into the United States enters force", "tariffs go into effect in the United
    States"); only the name of a state or bloc, not a demonym ("on Chinese imports" is the target)."""
    for match in _INTO_STATE.finditer(sentence.text, start, end):
        place = next(iter(sentence.places_in(match.end(), match.end() + 1)), None)
        if place is not None and place.kind in ("name", "organisation"):
            return place
    return None


def _findings(sentence: _Sentence, signals: list[_Signal]) -> list[Finding]:
    """One finding per (signaller, target) of the sentence; a signaller's untargeted signals join
    its targeted one, whose stance they can decide."""
    by_key: dict[tuple, list[_Signal]] = {}
    for signal in signals:
        for signaller, target in _directions(signal):
            by_key.setdefault((signaller.code, target), []).append(signal)
    for (code, target), group in list(by_key.items()):
        if target is None:
            targeted = next((key for key in by_key if key[0] == code and key[1] is not None), None)
            if targeted:
                by_key[targeted].extend(group)
                del by_key[(code, target)]
    analysed = sentence.analysed
    topics = {id(s): _topic(s.governed) for s in signals}
    stances = {id(s): s.stance or _stance(s.governed) for s in signals}
    findings = []
    for (code, target), group in by_key.items():
        signaller = _signaller_of(sentence, group, code)
        topic = next((t for t in (topics[id(s)] for s in group) if t != "DIPLOMACY"), "DIPLOMACY")
        stance = _majority_stance([stances[id(s)] for s in group])
        definite = all(s.definite for s in group)
        date = analysed.date if definite else UNRESOLVED
        actor = signaller.actor("SIGNALLER")
        confidence = 0.5 + 0.15 * (target is not None) + 0.15 * (actor is not None) + 0.1 * (date.date is not None)
        findings.append(Finding(
            event_type="POLICY_SIGNAL",
            key=(code, target),
            details={"signaller": code, "target": target, "topic": topic, "stance": stance},
            actors=[actor] if actor else [],
            evidence=[analysed.sentence],
            date=date,
            confidence=min(confidence, 0.95),
            definite=definite,
            said_at=min(s.start for s in group),
        ))
    return findings


def _directions(signal: _Signal):
    """(signaller, target) pairs of a signal: each signaller toward the target; for an agreement
    between two parties, or a cooperative step two parties take without a target ("China and
    Russia would deepen coordination"), each toward the other; between three or more, each
    toward none."""
    parties = list({s.code: s for s in reversed(signal.signallers)}.values())[::-1]  # first mention of each
    two_sided = signal.kind.mutual or signal.kind.joint or (signal.target is None and signal.stance == _COOPERATIVE)
    if len(parties) == 2 and two_sided:
        first, second = parties
        yield first, second.code
        yield second, first.code
        return
    if len(parties) > 2 and signal.kind.mutual:
        for party in parties:
            yield party, None
        return
    # A measure aimed at two states is a signal toward each; at three or more, toward none. Not a
    # place "between A and B" ("closes the bridge between Jordan and the West Bank").
    targets = list(signal.listed) if len(signal.listed) == 2 and not signal.between else [signal.target]
    for party in parties:
        for target in targets:
            yield party, target
    if signal.counterpart and len(parties) == 1:
        # "Ukraine signs an agreement with France": France signs it too, as does each state listed
        # ("Mercosur signs a free trade agreement with Iceland, Norway and Switzerland").
        for other in signal.listed or [signal.target]:
            if other is not None and other != parties[0].code:
                yield Agent(other, -1, -1), parties[0].code


def _signaller_of(sentence: _Sentence, group: list[_Signal], code: str) -> Agent:
    """The signaller, as the official who voices it when the sentence names one: "Belgian foreign
    minister Maxime Prévot announces that Belgium will ..." is Prévot's signal for Belgium."""
    agents = [a for s in group for a in s.signallers if a.code == code]
    officials = [a for a in sentence.agents[:_REACH] if a.code == code and a.person is not None]
    # "European Commission president Ursula von der Leyen": the official whose title goes on from the state's name.
    titled = [o for a in agents for o in officials if a.person is None and a.start <= o.start <= a.end + 1 < o.end]
    speaking = [o for o in officials if _in_subject_position(sentence, o)]
    return next(iter([a for a in agents if a.person is not None] + titled + speaking + agents), Agent(code, -1, -1))


def _majority_stance(stances: list[str]) -> str:
    """What most of the signals say, neutral ones aside; the first on a tie."""
    leaning = [s for s in stances if s != _NEUTRAL]
    if not leaning:
        return _NEUTRAL
    return max(dict.fromkeys(leaning), key=leaning.count)


# Signaller -------------------------------------------------------------------------------------

def _signallers(sentence: _Sentence, clause_start: int, start: int, end: int,
                 last_subject: Callable[[], Agent | None]) -> list[Agent]:
    """Who signals: the subject before the trigger (with the states coordinated with it), the
    sentence's subject for a participle (", emphasizing ..."), the head of a relative clause
    ("Turkey, which imposed ..."), the last subject (`last_subject()`) for a pronoun, or the speaker
    of "..., German officials said"."""
    text = sentence.text
    if text[start:end].split()[0].lower().endswith("ing"):
        if re.search(r",\s*$", text[max(0, start - 5):start]):
            # (the subject before it: "protesters march ..., demanding that the Dutch government ...")
            before = sentence.agents_in(0, start)[:_REACH]
            subject = next((a for a in before if _in_subject_position(sentence, a)), None)
            if subject:
                return [subject]
            last = last_subject()
            return [last] if last else []
        absolute = _absolute_subject(sentence, start)
        if absolute is not None:
            return [absolute]
    relative = _RELATIVE_BEFORE.search(text, max(0, start - 40), start)
    head = relative and sentence.agent_ending_at(relative.start())
    if head:
        # "Turkey, which imposed ...": the state it refers to, if that is a subject itself; not
        # "a treaty with Australia, which will ...". A thing ("a law that will ...") is the
        # clause subject's doing.
        return [head] if _in_subject_position(sentence, head) else []
    if relative and _PEOPLE_BEFORE_RELATIVE.search(text, max(0, relative.start() - 60), relative.start()):
        # "cuts funding for two groups, A and B, that had advocated ...": the groups act, not the subject
        return []
    if _BOTH_PARTIES.search(text, max(0, start - 40), start):
        parties = list({a.code: a for a in reversed(sentence.agents_in(0, start))}.values())
        return parties[::-1][:2] if len(parties) >= 2 else []
    candidates = sentence.agents_in(clause_start, start)[-8:]
    for index in range(len(candidates) - 1, -1, -1):
        agent = candidates[index]
        if _in_subject_position(sentence, agent):
            if _OTHER_SUBJECT.search(text, sentence.at(agent.end), start):
                return []  # "X alleged, by way of example, Mahan had ...": that clause has a subject of its own
            return _coordinated(sentence, candidates[:index + 1])
    ministry = _demonym_government_before(sentence, clause_start, start)
    if ministry is not None:
        return [ministry]
    if _SUBJECT_PRONOUN.search(text[max(clause_start, start - 60):start]) and (last := last_subject()) is not None:
        return [last]
    quote = _quote_start(text, start)
    if quote is not None and _FIRST_PERSON.search(text, max(quote, start - 40), start):
        # 'The foreign minister of Cuba responded: "I strongly reject ...': the quote's speaker.
        speaker = [a for a in sentence.agents_in(max(0, quote - _REACH), quote) if _in_subject_position(sentence, a)]
        return speaker[-1:]
    speaker = _speaker_after(sentence, end)
    return [speaker] if speaker is not None else []


def _speaker_after(sentence: _Sentence, end: int) -> Agent | None:
    """The state or official of a closing attribution: "..., German officials said", "said the foreign
    ministry of Japan"."""
    said = _SAID.search(sentence.text, end, end + _REACH)
    if said:
        at = said.start(1) if said.group(1) else said.end()
        speaker = sentence.agents_in(at, at + 12)
        if speaker and not _not_government(sentence, speaker[0]):
            return speaker[0]
    return None


def _absolute_subject(sentence: _Sentence, start: int) -> Agent | None:
    """ "..., with Iran warning the deal will be void": the state right before a participle after
    "with" is its subject."""
    text = sentence.text
    agent = sentence.agent_ending_at(start - 1) if text[start - 1:start] == " " else None
    if agent is None:  # "in return for the Israeli government releasing ...": the state's government
        body = _BODY_BEFORE.search(text, max(0, start - 30), start)
        agent = sentence.agent_ending_at(body.start()) if body else None
    if agent is None or not text[start:start + 12].split()[0].lower().endswith("ing"):
        return None
    at = sentence.at(agent.start)
    return agent if _ABSOLUTE_LEAD.search(text, max(0, at - 30), at) else None


# "with Iran warning", "in exchange for Russia releasing": the state before a participle is its subject.
_ABSOLUTE_LEAD = re.compile(r"\b(?:with|in\s+(?:return|exchange)\s+for)\s+(?:the\s+)?$")
_BODY_BEFORE = re.compile(r"\s+(?:government|authorities|administration)\s+$")


def _demonym_government_before(sentence: _Sentence, clause_start: int, start: int) -> Agent | None:
    """ "The British defence ministry bans ...", "the Moldovan foreign affairs ministry expels ...":
    a demonym with a government noun a few words on, right before the trigger."""
    for place in reversed(sentence.places_in(max(clause_start, start - 80), start)):
        at, after = sentence.at(place.start), sentence.at(place.end)
        if place.kind == "demonym" and _GOVERNMENT_AFTER_DEMONYM.fullmatch(sentence.text, after, start):
            # (a government body starts its clause even after "At the forum in Beijing, the ...")
            if _subject_lead(_ARTICLE_AT_END.sub("", sentence.text[max(0, at - 60):at]), official=True):
                return Agent(place.code, place.start, place.end)
        return None
    return None


def _hypothetical(lead: str) -> bool:
    """ "if", "could", "might"...; "would" after a verb of saying reports a future ("said France
    would"), and a condition on another state's conduct makes a threat or a promise, not a
    hypothesis ("if Turkey does anything ..., I will ...")."""
    for cue in HYPOTHETICAL.finditer(lead):
        word = cue.group().lower()
        if word == "would" and REPORTED_SPEECH.search(lead, 0, cue.start()):
            continue
        if word in ("could", "may", "might") and REPORTED_SPEECH.search(lead, 0, cue.start()) \
                and _MODAL_BEFORE_TRIGGER.fullmatch(lead, cue.end()):
            # "hinted that it could retaliate", "states that France may be willing to impose": a threat
            # or an intention voiced, not a hypothesis
            continue
        if word in ("if", "unless") and _CONDITION_ON_STATE.match(lead, cue.end()):
            continue
        return True
    return False


def _quote_start(text: str, position: int) -> int | None:
    """Where the quotation that `position` lies in opens, or None outside quotations."""
    opening = text.rfind("“", 0, position)
    if opening > text.rfind("”", 0, position):
        return opening
    straight = [i for i, c in enumerate(text[:position]) if c == '"']
    return straight[-1] if len(straight) % 2 else None


def _is_advisory(sentence: _Sentence, end: int, signallers: set[str]) -> bool:
    """ "warned Argentines against travelling to ...", "warns its citizens": advice to its own people;
    "warns of imminent attack threats": a danger, not a threat it makes."""
    if _ADVISORY.match(sentence.text, end) or _DANGER.match(sentence.text, end):
        return True
    return any(p.kind == "demonym" and p.code in signallers for p in sentence.places_in(end + 1, end + 2))


def _intention_told_by_another(sentence: _Sentence, subject: Agent, end: int) -> bool:
    """ "Pakistan's information minister says India intends to launch a strike": what an official of
    one state tells of another state's intention, plan or readiness is the teller's claim (an alleged
    step is no decision); a state or its own officials saying it of itself is its signal."""
    text = sentence.text
    if not _INTENTION.search(text, sentence.at(subject.end), end):
        return False
    # (or after it: '... Indonesia "was willing to cooperate with Japan", said Machimura')
    speaker = _speaker_before(sentence, subject) or _speaker_after(sentence, end)
    return speaker is not None and speaker.code != subject.code


def _speaker_before(sentence: _Sentence, subject: Agent) -> Agent | None:
    """The official or state that says what `subject` must do: "X says Y ..."."""
    at = sentence.at(subject.start)
    # The speaker may stand before the one spoken to: "X told his Egyptian counterpart that Y must ...".
    for speaker in reversed(sentence.agents_in(max(0, at - 120), at)[-3:]):
        if _SAY_BEFORE.match(sentence.text[sentence.at(speaker.end):at].rstrip("\"“ ") + " "):
            return speaker
    return None


def _coordinated(sentence: _Sentence, agents: list[Agent]) -> list[Agent]:
    """The last agent with those joined to it by commas and "and": "The United Kingdom, Canada,
    Australia, New Zealand, and Norway"."""
    text = sentence.text
    chosen = [agents[-1]]
    joined = False  # a list is closed by "and": "A, B and C"; "NATO's Rutte, U.S. President Trump" is no list
    for earlier in reversed(agents[:-1]):
        gap = text[sentence.at(earlier.end):sentence.at(chosen[-1].start)]
        if earlier.code == chosen[-1].code and re.fullmatch(r"\s+of\s+(?:the\s+)?", gap):
            chosen[-1] = earlier  # "Patrice Talon of Benin" is one party
            continue
        if not _COORDINATION_GAP.match(gap):
            break
        conjunction = bool(re.search(r"\b(?:and|as well as)\b", gap))
        if len(chosen) == 1 and not conjunction:
            # a list ends in "and": "... and Canadian Prime Minister Justin Trudeau, Trump announces"
            # starts a clause after the list, it does not close it
            break
        joined = joined or conjunction
        chosen.append(earlier)
    return chosen[::-1] if len({a.code for a in chosen}) > 1 and joined else [agents[-1]]


def _in_subject_position(sentence: _Sentence, agent: Agent, first_conjunct: bool = True) -> bool:
    """Whether a state or official mention can be the subject of a clause: at its start or after a
    conjunction, a comma or a verb of saying; not after a preposition or another verb ("talks
    with Russia", "accused Spain"), not the owner of something else ("Iran's nuclear programme").
    After "and", as the first conjunct is ("authorities in the United Kingdom and the United States")."""
    text = sentence.text
    at, after = sentence.at(agent.start), sentence.at(agent.end)
    owner = _possessive_end(text, after)
    if agent.person is None and owner is not None and not _POSSESSIVE_GOVERNMENT.match(text, owner, owner + 40):
        return False
    before = _ARTICLE_AT_END.sub("", text[max(0, at - 60):at])
    conjunction = _CONJUNCTION_AT_END.search(before)
    if conjunction is None:
        if _LIST_ITEM_BEFORE.search(before) and _LIST_CONTINUES.match(text, after):
            return False  # "tariffs on Mexico, Canada and China": a list after a preposition
        return _subject_lead(before, official=agent.person is not None)
    if not first_conjunct:
        return True
    conjunction_at = at - len(before) + conjunction.start()
    places = sentence.places_in(conjunction_at - 60, conjunction_at)
    if places and sentence.at(places[-1].end) == conjunction_at:
        first = sentence.agent_starting_at(sentence.at(places[-1].start))
        return first is not None and _in_subject_position(sentence, first, first_conjunct=False)
    first = sentence.agent_ending_at(conjunction_at)
    if first is None:
        # "sanctions against Israeli settlers and Prime Minister X": the first conjunct is governed by a
        # preposition ("..., and Israel releases" starts a clause of its own)
        return "," in conjunction.group() or not _GOVERNED_BEFORE.search(text, max(0, conjunction_at - 50), conjunction_at)
    return _in_subject_position(sentence, first, first_conjunct=False)


# (compiled once: the lead of every mention is read)
_CLAUSE_MARK_AT_END = re.compile(r"[;:—–\"“]\s*$")
_COMMA_AT_END = re.compile(r",\s*$")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def _subject_lead(before: str, official: bool = False) -> bool:
    """Whether the words before a mention let it start a clause."""
    if not before.strip() or _CLAUSE_MARK_AT_END.search(before):
        return True
    if _COMMA_AT_END.search(before):
        # "visits Kyiv, Ukraine" and "in Albuquerque, New Mexico, United States": an apposition;
        # but an official after "During a visit to Beijing, " starts the clause.
        return official or not _PLACE_BEFORE_COMMA.search(before)
    if _OF_GOVERNMENT.search(before):
        return True
    word = _LAST_WORD.search(before)
    if word is None:
        return False
    lead = word.group(1).lower()
    if lead == "as" and re.search(r"\bsuch\s+as\s*$", before, re.I):
        return False
    return lead in _SUBJECT_LEADS


def _stale(sentence: _Sentence, published) -> bool:
    """Old news; a year alone ("the 2025 summit") is stale only before the publication's year, and
    not when it is only compared with ("for the first time since 1997")."""
    date = sentence.analysed.date
    if date.precision == "YEAR" and any(date.text in match.group() for match in _FIRST_SINCE.finditer(sentence.text)):
        return False
    return is_stale(date, published)  # a month counts from its last day ("last month")


def _in_present_tense(text: str, start: int) -> bool:
    """Whether the trigger at `start` is a verb in the present tense: "imposes", or the plural "A and B
    extend" (a base form right after its subject of names)."""
    return bool(_PRESENT_TENSE.match(text, start) or (
        _BASE_FORM.match(text, start) and _PLURAL_SUBJECT_BEFORE.search(text, max(0, start - 40), start)))


def _date_after(sentence: _Sentence, span_end: int) -> bool:
    """Whether the sentence's date is told after what the trigger governs, in a trailing reason or
    time clause ("imposes sanctions ... after an inquiry finds that ... the 2018 attack", "reopens its
    embassy ..., after it was shut down four years ago"): the background of a new measure."""
    told = sentence.analysed.date.text
    at = sentence.text.find(told) if told else -1
    return at >= span_end


# A leading phrase that tells the cause of the news after it: "In response to the May 3 attack, ...".
_LEADING_CAUSE = re.compile(
    r"\s*(?:(?i:in)\s+(?:response|reaction|retaliation)\s+(?:to|for)|(?i:following|after|amid))\b[^,;]*,\s")


def _date_in_leading_cause(sentence: _Sentence, start: int) -> bool:
    """Whether the sentence's date is told in a leading phrase of cause before the trigger ("Following the
    April 2 announcement, China imposes ..."): the background of a measure told in the present tense."""
    told = sentence.analysed.date.text
    at = sentence.text.find(told) if told else -1
    cause = _LEADING_CAUSE.match(sentence.text)
    return at >= 0 and cause is not None and at < cause.end() <= start


def _recalls_old_year(text: str, published, step: bool = False) -> bool:
    """Background history ("a 2017 fallout"); "for the first time since 1997" is a comparison, and for a
    `step` told by its verb an earlier instrument named by its year ("suspends its 2013 agreement with
    France", "lifting a ban imposed in 2023") is the object of today's step (not so for the instrument
    itself: "The 2015 ceasefire ... came into effect")."""
    text = _FIRST_SINCE.sub("", text)
    return old_year_mentioned(_INSTRUMENT_OF_A_YEAR.sub("", text) if step else text, published)


# An instrument named by the year it was made: "its 2013 agreement with", "a 2018 military pact", "a ban
# imposed in 2023", "the sanctions in place since 2014".
_INSTRUMENT_OF_A_YEAR = re.compile(
    r"\b(?i:its|their|the|a|an)\s+\d{4}\s+(?:[\w-]+\s+){0,3}?(?i:agreements?|treat(?:y|ies)|accords?|deals?|pacts?|"
    r"memorand(?:um|a)|conventions?|protocols?|ceasefire|truce|bans?|sanctions|tariffs|embargo)\b|"
    r"\b(?i:agreements?|treat(?:y|ies)|accords?|deals?|pacts?|bans?|sanctions|tariffs|embargo|restrictions|duties|"
    r"measures)\s+(?:(?:first\s+)?(?i:imposed|introduced|signed|adopted|agreed|reached|concluded|enacted|issued|"
    r"put in place)\s+|(?i:in place|in force)\s+)(?i:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b")


def _possessive_end(text: str, end: int) -> int | None:
    """Where the words owned by a possessive mention start ("Rwanda's| military"), or None."""
    if text[end - 2:end] in ("'s", "’s"):
        return end
    if re.match(r"['’]s\b", text[end:end + 3]):
        return end + 2
    return None


def _passive_subject(sentence: _Sentence, clause_start: int, start: int, codes: set[str]) -> str | None:
    """The state that is the subject of a passive verb: "Canada| was sanctioned", "Two Canadian
    diplomats| have been expelled" (the last state named before the auxiliary, in the clause)."""
    text = sentence.text
    auxiliary = _PASSIVE_BEFORE.search(text, max(clause_start, start - 20), start)
    if auxiliary is None or _RELATIVE_AT_END.search(text, max(0, auxiliary.start() - 12), auxiliary.start()):
        return None  # ("a coalition which was joined by Australia": the relative's antecedent is the subject)
    subject_start = max(clause_start, auxiliary.start() - 50)
    places = [p for p in sentence.places_in(subject_start, auxiliary.start()) if p.code not in codes]
    if not places:
        return None
    at, after = sentence.at(places[-1].start), sentence.at(places[-1].end)
    # (within the subject's noun phrase: no comma after it, no preposition of place before it)
    if "," in text[after:auxiliary.start()] or _LOCATION_BEFORE.search(text, max(0, at - 20), at):
        return None
    return places[-1].code


_MILITARY_AFTER = re.compile(r"(?:['’]s)?\s+(?:military|armed forces|army)\s+(?!(?:spokes|chief|commander|officer|source)\w*)")
_FROM_GAP = re.compile(r"\s+(?:the\s+)?")


def _agent_after_by(sentence: _Sentence, end: int) -> Agent | None:
    """ "imposed by the United States": the agent of a passive; "signed by top security officials
    from Panama": the state the officials come from."""
    by = _BY_AGENT.match(sentence.text, end, end + 12) or _BY_AGENT_AFTER_OBJECT.match(sentence.text, end, end + 60)
    if not by:
        return None
    officials = _OFFICIALS_FROM.match(sentence.text, by.end())
    return sentence.agent_starting_at(officials.end() if officials else by.end())


def _coordinated_after(sentence: _Sentence, agent: Agent) -> list[Agent]:
    """The states joined to `agent` by commas and "and" after it: "Panama|, Colombia and the U.S."."""
    joined, last = [], agent
    while len(joined) < 4:
        gap = _AND_AFTER.match(sentence.text, sentence.at(last.end))
        following = gap and sentence.agent_starting_at(gap.end())
        if not following:
            break
        joined.append(following)
        last = following
    return [a for a in joined if a.code != agent.code]


def _not_government(sentence: _Sentence, agent: Agent) -> bool:
    """A legislator, opposition leader, analyst or judge ("South Korea opposition leader Lee",
    "United States federal judge ...") speaks for no government."""
    text = sentence.text
    at, after = sentence.at(agent.start), sentence.at(agent.end)
    if agent.person is None and (_FROM_STATE.match(text, after) or _NOT_STATE_NOUN.match(text, after)
                                 or _PROXY_OF_STATE.match(text, after)):
        return True  # "UK-based carmaker", "Qatar Airways", "Israeli forces": a thing of the state
    if agent.code == "UN" and _UN_AGENCY.search(text, at, after + 40):
        return True
    if agent.code in _COURTS or _COURT_NAME.fullmatch(text, at, after):
        return True  # a court rules, it makes no policy ("the ICC rejects a request to release ...")
    if agent.person is not None:
        return bool(_NOT_GOVERNMENT.search(text, at, sentence.at(agent.person.start)))
    return bool(_NOT_GOVERNMENT_AFTER.match(text, after, after + 40)
                or _NOT_GOVERNMENT_BEFORE.search(text, max(0, at - 80), at)
                or _MEDIA_BEFORE.search(text, max(0, at - 80), at))


# Target, domain, topic, stance -------------------------------------------------------------------

_AMOUNT_ASIDE = re.compile(r"(?:[A-Z]{1,3})?[$€£¥₹]\s?\d")


def _span_end(text: str, end: int, clause_end: int) -> int:
    stop = _SPAN_END.search(text, end, clause_end)
    if stop and stop.group() == "(" and (stop.start() - end < 40 or _AMOUNT_ASIDE.match(text, stop.end())):
        # "agrees to loan €90 billion (US$105 billion) to Ukraine": a short aside right after
        # the trigger, or an amount converted to another currency, does not end what it governs.
        closing = text.find(")", stop.end(), min(clause_end, stop.end() + 40))
        if closing >= 0:
            stop = _SPAN_END.search(text, closing + 1, clause_end)
    return stop.start() if stop else clause_end


def _target(sentence: _Sentence, start: int, end: int, signallers: set[str]) -> str | None:
    """The first other state or organisation in text[start:end], one that is not where something
    happens ("operating in Cambodia") first; none when the measure names three or more."""
    text = sentence.text
    places = _places_aimed_at(sentence, start, end, signallers)
    codes, locations = [], []
    for place in places:
        position = sentence.at(place.start)
        located = _LOCATION_BEFORE.search(text, max(0, position - 12), position)
        (locations if located else codes).append(place)
    first = (codes or locations or [None])[0]
    if first is None or _NUMBER_OF_STATES.search(text, start, end) or _listed_with(sentence, places, first) >= 3:
        return None
    return first.code


def _first_place_at(sentence: _Sentence, code: str, start: int) -> int:
    """Where the first mention of `code` from `start` on begins (sentence-local)."""
    place = next((p for p in sentence.places_in(start, len(sentence.text)) if p.code == code), None)
    return sentence.at(place.start) if place else start


# "pro-EU protests", "anti-American sentiment": a stance of people, no state aimed at.
_FOR_OR_AGAINST = re.compile(r"\b(?i:pro|anti)[-‑]$")


# "Germany and several other NATO allies", "fellow EU members": the signaller's own group, no target.
_FELLOW_BEFORE = re.compile(r"\b(?i:other|fellow)\s+$")
_MEMBERS_AFTER = re.compile(r"\s+(?i:allies|members|member states|member countries|countries|nations|partners)\b")


# Where talks, a meeting or a signing are held: "negotiations in Istanbul, Turkey", "sign a declaration
# at the White House in Washington": the venue, not whom the step is aimed at (EVENTS.md).
_VENUE_BEFORE = re.compile(
    r"\b(?:talks|negotiations|meetings?|summit|conference|ceremony|held|hold|holds|holding|hosted|"
    r"sign|signs|signed|signing)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*,?\s+(?:(?:in|at)\s+(?:the\s+)?)?){0,5}$")


# "a ceasefire mediated by Egypt and Qatar", "with Oman as mediator": who brokers a step is no party to it.
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|facilitated)\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+(?:(?:and|or)\s+)?(?:the\s+)?){0,6}$")
_MEDIATOR_AFTER = re.compile(r"\s+as\s+(?:the\s+|an?\s+)?(?:mediators?|intermediar(?:y|ies)|brokers?|guarantors?)\b")


def _places_aimed_at(sentence: _Sentence, start: int, end: int, signallers: set[str]) -> list:
    """The places in text[start:end] other than the signallers', without currencies ("US$2 billion"),
    venues and mediators."""
    text = sentence.text
    return [p for p in sentence.places_in(start, end)
            if p.code not in signallers and not text.startswith("$", sentence.at(p.end))
            and not _VENUE_BEFORE.search(text, max(0, sentence.at(p.start) - 90), sentence.at(p.start))
            and not _MEDIATOR_BEFORE.search(text, max(0, sentence.at(p.start) - 90), sentence.at(p.start))
            and not _MEDIATOR_AFTER.match(text, sentence.at(p.end))
            and not _FOR_OR_AGAINST.search(text, max(0, sentence.at(p.start) - 5), sentence.at(p.start))
            and not _court_asked(sentence, p)
            and not (_FELLOW_BEFORE.search(text, max(0, sentence.at(p.start) - 12), sentence.at(p.start))
                     and _MEMBERS_AFTER.match(text, sentence.at(p.end)))]


def _court_asked(sentence: _Sentence, place) -> bool:
    """ "seek a ruling from the United Nations's International Court of Justice", "files a case at the
    ICC": a court asked to rule is where a dispute is taken, not what a policy aims at (a court is no
    state; the ICC signals nothing either)."""
    text = sentence.text
    at, after = sentence.at(place.start), sentence.at(place.end)
    # (a court of the UN, or the organisation's name saying whose court it is; a state that refuses
    # the court's hearing still aims at the organisation)
    court = place.code in _COURTS or _COURT_NAME.fullmatch(place.text) or _COURT_AFTER.match(text, after)
    return bool(court) and bool(_COURT_ASKED_BEFORE.search(text, max(0, at - 60), at))


def _listed_with(sentence: _Sentence, places: list, first) -> int:
    """How many states are listed together from `first` on: "citizens of Burkina Faso, Mali,
    South Sudan, and Syria"."""
    return len(_list_from(sentence, places, first))


def _list_from(sentence: _Sentence, places: list, first) -> list[str]:
    """The codes of the states listed together from `first` on, in text order."""
    text = sentence.text
    index = places.index(first)
    listed = [first.code]
    for previous, place in zip(places[index:], places[index + 1:]):
        if not _LIST_GAP.match(text, sentence.at(previous.end), sentence.at(place.start)):
            break
        if place.code not in listed:
            listed.append(place.code)
    return listed


def _listed_targets(sentence: _Sentence, start: int, end: int, signallers: set[str]) -> list[str]:
    """All the states listed with the first one `_target` would take ("tariffs on both Canada and
    Mexico", "an agreement with Iceland, Norway and Switzerland"); [] when there is none."""
    places = _places_aimed_at(sentence, start, end, signallers)
    if not places:
        return []
    text = sentence.text
    unlocated = [p for p in places
                 if not _LOCATION_BEFORE.search(text, max(0, sentence.at(p.start) - 12), sentence.at(p.start))]
    return _list_from(sentence, places, (unlocated or places)[0])


_SAID_THAT = re.compile(r"[a-z]+\s+that\s+")


def _is_domestic(governed: str) -> bool:
    """Rules for foreigners inside the country, read in the measure's own object: not in a
    relative clause about its targets ("visa restrictions on officials who deported asylum
    seekers") nor after an entry ban ("bans the entry of Syrians, except for residency holders")."""
    # ("announces that holders of residence visas may ...": the "that" of what is announced opens its content)
    said_that = _SAID_THAT.match(governed)
    own = _RELATIVE_OR_EXCEPTION.split(governed[said_that.end() if said_that else 0:], 1)[0]
    # (asylum granted to someone answers the state they fled: "grants asylum to ... opposition leader")
    return (bool(_DOMESTIC.search(own)) and not _ENTRY_BAN.search(own) or bool(_FOREIGNERS_INSIDE.search(governed))) \
        and not _ASYLUM_GRANTED.match(governed)


def _deportations_of_another_state(sentence: _Sentence, start: int, end: int, signallers: set[str]) -> bool:
    """Whether the deportations the measure is about are another state's, named in text[start:end]
    ("denies a request from the United States to allow an aircraft deporting migrants from the U.S.",
    "approves the United States's request to resume deportation flights", "blocks two U.S. military
    aircraft carrying deported Colombians"): the measure then answers that state, it is no rule of its own."""
    text = sentence.text
    for place in sentence.places_in(start, end):
        if place.code in signallers or place.kind == "demonym":
            continue
        at, after = sentence.at(place.start), sentence.at(place.end)
        if _DEPORTING_STATE_AFTER.match(text, after) or _DEPORTED_FROM_BEFORE.search(text, max(start, at - 60), at):
            return True
    return False


_TRADE_MEASURED = re.compile(r"\b(?:exports?|imports?|airspace|borders?|border crossings?|foreign)\b", re.I)


def _is_foreign(signal: _Signal, sentence: _Sentence) -> bool:
    """Foreign, trade or security policy: its words, or a measure or call aimed at another state."""
    if signal.target is not None and (not signal.kind.report or signal.stance is not None
                                      or _MEASURE_ANNOUNCED.match(signal.governed)
                                      or _POSITION_ANNOUNCED.match(signal.governed)
                                      or _STEP_ANNOUNCED.match(signal.governed)):
        # (an announcement aimed at a state counts when it announces a measure, "announces a ban on",
        # or a step the state will take, "announces that it will invest US$600 billion in the United States")
        return True
    if signal.kind.release:
        return True  # another state's people, or two states swapping prisoners
    if (signal.kind.mutual or signal.kind.joint) and len({s.code for s in signal.signallers}) >= 2:
        return True  # an agreement or a joint step of states, whatever its title ("the Maritime Security Agreement")
    words = [match.group() for match in _FOREIGN_POLICY.finditer(signal.window)]
    # In a sentence that names no other state, words that also name a state's own affairs (its army,
    # its border, its exports, its defence budget) make no foreign policy alone: "orders the military
    # to manage the distribution of medicines", "raises defence spending".
    codes = {s.code for s in signal.signallers}
    if len(codes) == 1 and all(place.code in codes for place in sentence.places):
        # (a measure against trade across its border is trade policy: "bans exports of raw nickel ore")
        return any(not _HOME_AFFAIRS.fullmatch(word) for word in words) or (
            signal.kind is _MEASURE_AGAINST and bool(_TRADE_MEASURED.search(signal.governed)))
    return bool(words)


def _topic(governed: str) -> str:
    """The topic whose cue comes first in what the trigger governs; ECONOMY when only economic
    words are there; DIPLOMACY by default."""
    window = governed[:160]
    found = [(match.start(), name) for name, pattern in _TOPICS for match in [pattern.search(window)] if match]
    if found:
        first = min(found)[1]
        # Trade in arms is security: "a ban on the import and export of arms and military equipment".
        if first == "TRADE" and _ARMS.search(window):
            return "SECURITY"
        return first
    return "ECONOMY" if _ECONOMY.search(window) else "DIPLOMACY"


def _stance(window: str) -> str:
    """The stance the words lean to; what a confrontational word ends or blocks ("the suspension
    of the trade talks") does not count as cooperation."""
    relief = len(_RELIEF.findall(window))
    if relief:
        # "a pause on some tariffs", "lowers tariffs on selected goods": easing a measure is cooperative.
        window = _RELIEF.sub(" ", window)
    ends = [match.end() for match in _CONFRONTATIONAL_WORDS.finditer(window)]
    cooperative = relief + sum(1 for match in _COOPERATIVE_WORDS.finditer(window)
                      if not any(0 <= match.start() - end <= 30 for end in ends))
    if len(ends) > cooperative:
        return _CONFRONTATIONAL
    if cooperative > len(ends):
        return _COOPERATIVE
    # A policy announced with no word of either leaning is most often a step toward the other
    # side (an aid pledge, a visa-free programme); a tie between leanings stays neutral.
    return _COOPERATIVE if not ends else _NEUTRAL


# The kind ---------------------------------------------------------------------------------------

def merge_signals(findings: list[Finding], context: ArticleContext) -> list[Finding]:
    """One signal per (signaller, target), dated when it was voiced, with the signaller's
    officials its evidence names (`evidence`)."""
    signals = _merge_by_target(evidence.dated_when_voiced(findings, context.article),
                               context.before.get("DIPLOMATIC_CALL", []))
    evidence.dated_by_speaker(signals, context.article)
    evidence.dated_by_official_statement(signals, context.article)
    evidence.dated_by_reference(signals, context.article)
    evidence.dated_by_states_words(signals, context.article)
    evidence.add_officials_in_evidence(signals, lambda f: {f.details["signaller"]}, "SIGNALLER",
                                       context.article, context.gazetteer)
    return signals


def _merge_by_target(findings: list[Finding], calls: list[Finding]) -> list[Finding]:
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
    merged = merge_same_key(findings)
    for finding in merged:
        # Topic and stance of the whole signal: what most of its sentences say; the topic of the
        # first (the lead) on a tie.
        topics = [v["topic"] for v in votes[finding.key]]
        finding.details["topic"] = _majority(topics, topics[0])
        stances = [v["stance"] for v in votes[finding.key] if v["stance"] != _NEUTRAL]
        finding.details["stance"] = _majority(stances, _NEUTRAL) if stances else _NEUTRAL
    targeted = {f.key[0]: f for f in merged if f.key[1] is not None}
    result = []
    for finding in merged:
        if finding.key[1] is None and finding.key[0] in targeted:
            absorb(targeted[finding.key[0]], finding)
        else:
            result.append(finding)
    return result


def _majority(values: list[str], on_tie: str) -> str:
    counts = {value: values.count(value) for value in values}
    best = max(counts.values())
    winners = [value for value in values if counts[value] == best]
    return on_tie if on_tie in winners else winners[0]


# CAMEO 030 express intent to cooperate, 160 reduce relations, 020 make an appeal or request;
# PLOVER AGREE, SANCTION, REQUEST.
_POLICY_CODES = {
    _COOPERATIVE: ("030", "AGREE", None),
    _CONFRONTATIONAL: ("160", "SANCTION", None),
    _NEUTRAL: ("020", "REQUEST", None),
}


def _summary(details: dict, people: str, name) -> str:
    target = name(details["target"]) if details.get("target") else "all"
    return (f"{name(details['signaller'])} -> {target}: {details['stance'].lower()} "
            f"{details['topic'].lower()} signal{with_people(people)}")


KIND = EventKind(
    event_type="POLICY_SIGNAL",
    field="policy",
    details=PolicyDetails,
    detect=detect_policy_signals,
    merge=merge_signals,
    countries=lambda details: [code for code in (details["signaller"], details["target"]) if code],
    codes=lambda details: _POLICY_CODES.get(details.get("stance"), (None, None, None)),
    summary=_summary,
    display_key=lambda details: f"{details.get('signaller') or '-'}->{details.get('target') or '*'}",
    scoring_key=lambda event: "" if event.get("signaller") is None else str(event["signaller"]),
    subtype_fields=("topic", "stance"),
    preferred_field="target",
    tie_break_fields=("target", "topic", "stance", "date"),
    identity_window_days=7,  # 19 in 20 dated signals are reported within 6 days (eval/dev, eval/train)
    target_field="target",
    cues=CUES,
)
