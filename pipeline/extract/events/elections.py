"""ELECTION: an election to public office or a national referendum, at the most advanced stage
the article reports (SCHEDULED < HELD < RESULT < INAUGURATION).

A sentence reports an election when it names one (election, vote, polls, referendum, sworn in)
with a stage cue, and a state it takes place in: the state named nearest the cue ("presidential
election in Ukraine", "Romanians vote", "President of South Korea"), or the winner's. A sentence
that names no state ("Over 80% of the seats went to pro-democracy candidates") belongs to the
article's election when the article reports exactly one country's. A city's mayor elected with no state named ("is elected Mayor of New
Orleans", "the Toronto mayoral election") is elected in the state of the most populous GeoNames city of the name.

Not elections: party contests (primaries, nominations, leadership races, party members' votes,
and a count naming no election in an article that told one), legislative votes on bills and votes
that decide a measure or count votes to votes (unless the people vote: a referendum), confidence
votes (an election named beside one still counts), votes of bodies that are no state
(associations, academies, sports federations, juries), demands for an election, generic accounts
of how a vote works, an inauguration still to come, and old elections recalled as background (an
old year or month in the sentence or the sentence before it, or a date long before publication). "Newly elected
President Lee" alone is a passing reference; it only adds its winner to an election the
article reports.

Indirect elections: a legislature electing or failing to elect a head of state, approving a
government or installing a prime minister ("parliament votes to approve a coalition government,
installing X as prime minister"), the office the one elected takes named after "as" ("parliament
elects X as the country's president"); a round that elects nobody is HELD. An interim or acting
head sworn in, or one sworn in after a resignation, death or removal, is a succession, not an
election, and so is another taking of that office in the article when it names no vote.

Dates: an election is dated by its voting day ("declared on Tuesday the winner of Sunday's
election" is Sunday's); a schedule by the day set ("sets August 9 as the date for the elections");
a later round still to come does not date an election already voted in.

Actors: the winner (a person, or the leader of a winning party named with it; the one congratulated
on a win, not the one congratulating) and the candidates
named with "between X and Y", "candidate X", "challenger X", or as losers ("X lost his seat").
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import re

from pipeline.extract.actors import NAME
from pipeline.extract.gazetteer import LEGISLATURE_STATES, NAMED_LEGISLATURE
from pipeline.extract.gazetteer import US_STATE as _US_STATE
from pipeline.extract.dates import UNRESOLVED, ResolvedDate, date_of_sentence, find_date_expressions, resolve_date
from pipeline.extract.document import (
    HYPOTHETICAL, NEGATION, AnalysedArticle, AnalysedSentence, Finding, is_stale, old_year_mentioned,
)
from pipeline.extract.actors import PersonMention
from pipeline.extract.events.kind import NO_CODES, ArticleContext, EventKind, absorb
from pipeline.extract.locations import CITY, GeoNames
from pipeline.extract.prefilter import Prefiltered
from pipeline.records import Actor, ElectionDetails

STAGE_RANK = {"SCHEDULED": 0, "HELD": 1, "RESULT": 2, "INAUGURATION": 3}

# "secured a seventh term as president", "won a second term"
_NEW_TERM = (r"(?:won|wins|winning|secured|secures|securing|clinched|clinches|earned|earns) (?:a |an |his |her |"
             r"their )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|fresh|full|consecutive|"
             r"\d+(?:st|nd|rd|th)|[\w-]+-year) (?:consecutive )?term\b"
             r"(?! (?:reduction|in prison|of imprisonment|behind))|"
             # "voters handed Orbán a fourth term", "parliament handed Xi Jinping a third term as president"
             r"(?:handed|hands|handing|gave|gives|giving|granted|grants|granting|awarded|awards) (?:[\w'’.-]+ ){1,4}?"
             r"(?:a |an )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|fresh|full|consecutive|"
             r"\d+(?:st|nd|rd|th)) (?:consecutive )?(?:[\w-]+-year )?term\b(?! (?:in prison|of imprisonment|behind))")
# A result projected from the count: "is projected to form government", "projected to maintain a supermajority",
# "has been projected to have defeated the incumbent" (a forecast before the vote is "expected to", or a poll's).
_PROJECTED_RESULT = (
    r"(?:is|are|was|were|has been|have been) projected (?:to|as) (?:win|have won|have defeated|be the winner|the winner|"
    r"form (?:a |the |the next |its |their )?(?:[\w-]+ )?government|"
    r"(?:maintain|retain|keep|lose|win) (?:a |an |its |their |his |her )?(?:[\w-]+ )?(?:super)?majority|"
    r"become the (?:next|new) (?:prime minister|premier|president|chancellor|mayor|governor))")
_PROJECTED = re.compile(rf"\b{_PROJECTED_RESULT}\b", re.I)
_ELECTION_WORD = re.compile(
    r"\b(?:elections?|electoral|vote[sd]?|voting|voters|polls?|ballots?|referend(?:ums?|a)|run-?offs?|"
    r"second round|sworn in|sworn into office|oaths? of office|inaugurat(?:ed|ion)|(?:re-?)?elect(?:s|ed|ing|ion)?|"
    r"electorate|seats?|"
    # a race for a public office: "the Virginia governor's race", "the New York mayoral race" (no arms or space race;
    # a party's leadership race is a party contest)
    r"(?:presidential|mayoral|gubernatorial|governor['’]s|mayor['’]s|senate|congressional|parliamentary|legislative)\s+race|"
    r"(?:took|takes|assumed|assumes|resumed|resumes) (?:the )?office|swept to power|voted into|"
    r"conceded defeat|concedes defeat|(?:was|were|is|are|been) returned to (?:power|office)|" + _PROJECTED_RESULT + "|"
    + _NEW_TERM + r")\b", re.I)
# "landslide" alone is no election word: earthquakes and mines have landslides too.
_ELECTION_STEMS = ("elect", "vot", "poll", "ballot", "referend", "run", "round", "sworn", "inaugurat", "seat", "office",
                   "swept", "defeat", "term", "returned to", "projected", "race")
# The word starts one of which every election word and investiture verb begins with or holds
# (`EventKind.cues`): a sentence with none of them is skipped. A new election word needs its cue here.
CUES = ("elect", "reelect", "vot", "poll", "ballot", "referend", "runoff", "run-off", "second round", "sworn in",
        "sworn into office", "oath of office", "oaths of office",
        "inaugurat", "seat", "took office", "took the office", "takes office", "takes the office", "assumed office",
        "assumed the office", "assumes office", "assumes the office", "resumed office", "resumed the office",
        "resumes office", "resumes the office", "swept to power", "conceded defeat", "concedes defeat", "term",
        "approv", "confirm", "endors", "install", "returned to power", "returned to office", "projected", "race")
# The words that name the vote itself, for where and what office.
_ELECTION_NOUN = re.compile(
    r"\b(?:elections?|polls|vote|referend(?:ums?|a)|run-?offs?|second round|race)\b", re.I)
_INAUGURATION = re.compile(
    r"\b(?:sworn in|inaugurated|inauguration|(?:took|takes|assumed|assumes|resumed|resumes) (?:the )?office|"
    # "takes the oath of office as President of Malawi", "was sworn into office"
    r"(?:took|takes|taking|take|taken) (?:the |his |her |their )?oaths? of office|sworn into office)\b", re.I)
# Taking office without a vote: "is sworn in as the interim president".
_ACTING_HEAD = re.compile(
    r"\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:new\s+)?(?:interim|acting|caretaker|provisional|transitional|temporary)\b",
    re.I)
# Taking office because the office fell vacant: "sworn in as governor following the resignation of
# Governor X", "after President Y died". No vote, unless the sentence names one.
_SUCCESSION = re.compile(
    r"\b(?:after|following|upon|on|with|due to|because of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:resignation|death|"
    r"removal|ouster|impeachment|dismissal|assassination|incapacitation)\b|"
    r"\b(?:after|following|when|since)\s+(?:[\w'’.-]+\s+){1,4}?(?:resigned|died|stepped down|was (?:removed|ousted|"
    r"impeached|dismissed|assassinated))\b|\bline of succession\b|\bconstitutional successor\b", re.I)
# A stage cue that names the vote itself: "early voting", "elections are set for", "the upcoming November election".
# ("Preliminary results show ...": a count of the votes)
_VOTE_IN_CUE = re.compile(r"elect|referend|polls|ballot|run-?off|voting|turnout|turned out|\bvoted in\b|results?\b|"
                          r"\bcount\b|\btally\b", re.I)
_VOTE_NAMED = re.compile(r"\b(?:elections?|elected|electoral|polls|ballots?|run-?offs?|won|wins|victory|voters)\b", re.I)
# "since he took office", "who assumed office in January": the tenure's start as background.
_TENURE_CLAUSE = re.compile(r"\b(?:since|after|before|when|until|who|which|that)\s+(?:[\w-]+\s+){0,3}$", re.I)
# An inauguration still to come is no inauguration ("his upcoming inauguration").
_COMING = re.compile(
    r"\b(?:upcoming|forthcoming|ahead of|before|prior to|will be|to be|set to|scheduled|due to|preparations? for|"
    r"planned|expected to)\b(?:\s+[\w'’-]+){0,7}\s*$", re.I)
_RESULT_WON = re.compile(
    r"\b(?:won|wins|winning|winner|elected|re-elected|victory|victorious|landslide|defeated|defeats|"
    # "The Social Democrats win the Danish local elections" (a base form after a modal is none: see `_stage`)
    r"win(?= (?:the |a |an |their |its |this |[\w'’]+['’]s )?(?:[\w-]+ ){0,3}?(?:(?:by-)?elections?|vote|polls|run-?off|"
    r"referendum|majority|plurality|most seats))|"
    # "beat nationalist George Simion in Romania's presidential runoff", "swept the elections"
    r"(?:beat|beats|beating|edged|edges|ousted|ousts|unseated|unseats|trounced|swept|sweeps) (?:out )?(?:[\w'’.-]+ ){1,5}?"
    r"(?:in|at) (?:the |a |an |[\w'’]+ )?(?:[\w-]+ ){0,2}?(?:(?:by-)?elections?|vote|polls|run-?off|race|ballot|"
    r"second round)(?![\w-])|swept (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:(?:by-)?elections?|vote|polls|run-?off|race)|"
    r"swept to (?:power|victory)|(?:was|were|is|are|been) returned to (?:power|office)|"
    # "being voted into the position by the incoming Congress"
    r"voted (?:back )?into (?:the )?(?:office|position|post|presidency|premiership|role)|"
    + _NEW_TERM + r"|"
    # a win named as a noun: "a third win in the elections", "his party's election win"
    # "Jara leads the first round", "tops the first round of the presidential election"
    r"(?:leads?|led|tops?|topped|wins?|won|(?:finishe[sd]|comes|came) first in) the first round\b(?! (?:of )?(?:talks|"
    r"negotiations|matches|games|play))|"
    r"win (?:in|of) (?:the |a |an |its |their |this |last )?(?:[\w-]+ ){0,2}?(?:(?:by-)?elections?|vote|polls|"
    r"run-?off|race|referendum)|(?:election|electoral|poll|run-?off|landslide|by-election) (?:win|triumph)|"
    r"re-?election(?! (?:bid|campaign|race|hopes?|chances?|prospects|run))|reelect(?:ed|s)\b|"
    # a referendum's outcome: "the referendum fails to meet the threshold", "voters reject all five questions"
    r"(?:referend(?:ums?|a)|proposals?|amendments?|questions?|measures?|initiatives?) (?:\w+ ){0,8}?"
    r"(?:passe[sd]|fail(?:s|ed)? to (?:pass|meet|reach)|(?:is|was|were|are) (?:approved|rejected|passed|"
    r"defeated|invalid))|(?:voters|electorate|citizens)(?: [\w-]+){0,3}? (?:approved?|rejecte?d?|backe?d?|endorsed?)\b|"
    # "Slovenians reject a referendum on the law", "with 53% voting against"
    r"(?-i:[A-Z][a-z]+s)\s+(?:approve|reject)s?\s+(?:a |the )?(?:[\w-]+ )?referend(?:ums?|a)|"
    # a state decides its own referendums: "Switzerland approves two referendums on ..." (not a legislature
    # approving one to be held: "Parliament approves a referendum")
    r"(?<!\bthe )(?-i:(?!(?:Parliament|Congress|Senate|Assembly|Government|Cabinet|Court|Council|House)\b)[A-Z][a-z]+)"
    r"\s+(?:approve|reject)s\s+(?:two|three|four|five|six|both|all)\s+(?:[\w-]+ )?referend(?:ums|a)|"
    r"\d+(?:\.\d+)?\s?(?:%|percent|per cent) (?:of voters |of the votes? )?voting (?:against|in favou?r|for|yes|no)\b|"
    r"majority (?:voting|voted) (?:in favou?r|against|yes|no)|"
    r"(?:secured|secures|won|wins|win|netted|nets|gained|gains|took|takes|claimed|claims|lost|loses|lose|retained|retains|"
    r"kept|keeps)\s+"
    r"(?:\w+\s+){0,3}"
    r"(?:majority|plurality|seats|victory|win|mandate|minority government)|plurality(?! (?:block )?voting| system)|majority of seats|seats? went to|exit polls?|"
    r"declared (?:the )?winner|(?:declared|confirmed|proclaimed|certified) (?:[\w'’.-]+ ){1,4}?as (?:the )?winner|\d+(?:\.\d+)?\s?(?:%|percent|per cent) of the (?:popular |total )?votes?|"
    r"run-?off (?!expected|likely|possible|predicted|projected)\w+ between|"
    # "lawmakers voted on Monday to elect Luong Cuong as president" (past: see `_VOTED_TO`)
    r"(?<=\bto )(?:re-)?elect (?=(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+)+ as\b)|"
    r"(?:forc\w*|trigger\w*|set(?:ting|s)? up|head(?:ing|s|ed)? (?:to|for)|go(?:es|ing)? to) (?:a |the )?run-?off|(?<!\bto )(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?:re-)?elects? (?=(?-i:[a-z][\w-]*\s+){0,3}(?-i:[A-Z])[^\W\d_]+\s+(?-i:[A-Z]))|advanc(?:e|es|ed) to (?:a |the )?(?:run-?off|second round))\b", re.I)
# A count that names no winner yet: "separated by about 500 votes in the preliminary count".
_RESULT_COUNT = re.compile(
    r"\b(?:(?:election|electoral|vote|voting|poll|official|preliminary|provisional|partial|final|initial|early) "
    r"(?:results?|count|tally)|results? (?:show|showed|gave|give|of the (?:\w+ ){0,2}(?:elections?|vote|polls?|"
    r"referendum|ballot|run-?off))|"
    r"(?:separated|ahead|behind|leads?|leading|trails?|trailing) by (?:about |around |some |just |only |fewer than |"
    r"more than )?\d[\d,.]*\s+votes|"
    # "the electoral commission releases the seat distribution from Iraq's recent election"
    r"(?:releas|announc|publish|certif)(?:es|ed|ing|e) (?:the )?(?:official |final |full |preliminary |provisional |"
    r"partial )?(?:results|seat (?:distribution|allocation))(?= (?:of|from|in) (?:the |a |[\w'’]+ )?(?:[\w-]+ ){0,2}?"
    r"(?:(?:by-)?elections?|vote|polls|referend(?:ums?|a)|run-?off|ballot)))\b", re.I)
# Results still to come are none: "before provisional election results were expected to be released".
_COUNT_BEFORE = re.compile(r"\b(?:before|ahead of|awaiting|pending|until)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_COUNT_AFTER = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|due|set|scheduled|yet)|"
                          r"(?:will|would)\s+be)\b", re.I)
# Results named as the cause of other news are a reference to the election, not its report ("in
# the wake of the results of the elections"); so is a win that only sets a time ("since Trump's
# re-election"), while "after a third win in the elections" is still news of the win.
_RESULTS_AS_CAUSE = re.compile(
    r"\b(?:following|after|in the wake of|amid|since|because of|due to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_WIN_AS_TIME = re.compile(r"\b(?:since|ahead of|before|until)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# A win told in a clause of time sets when something else happened: "(sold the seat) after Obama was
# elected president", "since she was re-elected".
_ELECTED_AS_TIME = re.compile(
    r"\b(?:after|since|before|until|once|when)\s+(?:[\w'’.-]+\s+){1,3}?(?:was|were|had been|got)\s+$", re.I)
# A sentence that opens on an earlier vote tells of that one: "At the last federal election, the party won".
_EARLIER_VOTE_OPENING = re.compile(
    r"(?:At|In|During|Since)\s+the\s+(?:last|previous|preceding|prior)\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls|vote)\b")
_NOUN_RESULT = re.compile(
    r"(?:re-election|win\b|victory|landslide|(?:election|electoral|poll|run-?off|landslide|by-election) (?:win|triumph))",
    re.I)
# A result cue whose subject lost: the person before it is a candidate, not the winner.
_RESULT_LOST = re.compile(
    r"\b(?:los(?:e|t|es|ing) (?:his|her|their) (?:\w+ )?seats?|conced(?:e|ed|es|ing)|concession|was defeated|"
    # "the ruling party suffers heavy losses in local elections"
    r"suffer(?:s|ed|ing)? (?:a |an |its |their )?(?:[\w-]+ ){0,2}?(?:loss(?:es)?|defeats?|setbacks?) (?:in|at) "
    r"(?:the |a |an |this |[\w'’]+ )?(?:[\w-]+ ){0,2}?(?:(?:by-)?elections?|vote|polls|run-?off)|"
    r"were defeated|is defeated|(?:lose|lost|loses) (?:the|a) (?:\w+ )?(?:election|vote|race|runoff|run-off)|"
    # "after his party's defeat in the upper house election", "the coalition's defeat at Saturday's federal election"
    r"(?:party|coalition|alliance|bloc|government)['’]s (?:[\w-]+ ){0,2}?defeat (?:in|at) (?:the |a |an |this |[\w'’]+ )?"
    r"(?:[\w-]+ ){0,3}?(?:(?:by-)?elections?|vote|polls|run-?off))\b", re.I)
# A loss or a concession still to come: "could lose their seats", "refuses to concede".
_MODAL_BEFORE = re.compile(r"\b(?:could|may|might|would|will|shall|can|cannot|to|not)\s+(?:\w+\s+)?$", re.I)
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|" \
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# The vote itself, as the subject of "was held", "is scheduled for".
_VOTE_NOUN = r"(?:(?:by-)?elections?|referendums?|vote|voting|polls?|run-?offs?|second round)"
_HELD = re.compile(
    # ("voted on Wednesday to award ..." is no vote on anything: the day follows)
    # ("Ukrainians voted Sunday in a rerun")
    r"\b(?:(?<!\ba )(?<!\bany )(?<!\bno )(?<!\bthe )(?<!\bits )(?<!\btheir )vot(?:e|es|ed|ing) "
    r"(?:(?:on )?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?=in\b))?(?:in|to elect|to choose|for|"
    r"on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?: \d{1,2})? to (?!(?:re-)?elect\b|choose\b)))|(?:went|go|goes|head(?:s|ed)?|return(?:s|ed)?) to the polls|"
    r"(?:polls?|polling (?:stations?|booths?|centres?|centers?|places?)) (?:opened|closed|open|close)|cast (?:their |his |her )?(?:ballots?|votes?)|turnout|turned out|"
    r"(?:held|holds|hold|holding) (?:a |an |its |their |the )?(?:\w+ ){0,2}(?:elections?|referendum|vote|polls)|"
    r"early voting|voting (?:began|begins|took place|takes place|(?:is |was )?under ?way|opened|ended|ends|closed|closes)|"
    # the count after the vote: "counting is under way after Moldova's election", "vote counting began"
    r"(?:(?:vote|ballot) )?counting (?:of (?:the )?(?:votes|ballots) )?(?:is |was )?(?:under ?way|began|begins|begun|"
    r"continues|continued|started|starts)|"
    # "the presidential election in Chile was held on Sunday"
    # ("a referendum on a new constitution is held in Guinea")
    rf"{_VOTE_NOUN}(?: (?:in|of) [\w'’-]+(?: [\w'’-]+)?| on (?:[\w'’-]+ ){{0,4}}?[\w'’-]+)? (?:(?:which |that )?(?:was|were) |is |are )?"
    r"(?:held|take place|took place|"
    r"takes place|is taking place|are taking place)|"
    # "voters choose a new president", "Bolivians will elect a new parliament"
    r"(?:choose|chose|choosing|pick|picked|picking|elect|electing) (?:a |an |the |their |its )?(?:new |next )?"
    r"(?:all |\d[\d,]* )?"  # "elect the 33 members of the Assembly"
    r"(?:president|head of state|parliament|prime minister|mayors?|governors?|legislature|congress|senate|lawmakers|deputies|senators|councillors|"
    r"councilors|assembly|(?:members|representatives) (?:of|to) (?:the |its |their )?(?:[\w-]+ )?(?:parliament|"
    r"assembly|legislature|house|senate|congress|council|chamber))\b|"
    # a round that elects nobody: "parliament fails to elect a president"
    r"fail(?:s|ed|ing)? (?:[\w'’-]+ ){0,5}?to (?:re-)?elect)\b", re.I)
_SCHEDULED = re.compile(
    # ("called a snap parliamentary election for March 3": the kind of vote between "snap" and "election")
    r"\b(?:call(?:ed|s|ing)? (?:a |an )?(?:snap |early |general |new |fresh |parliamentary |presidential |legislative |"
    r"local |regional |municipal |national |mid-term |midterm )*(?:elections?|referendum|vote)|"
    rf"{_VOTE_NOUN}(?: (?:in|of) [\w'’-]+(?: [\w'’-]+)?)? (?:is |are |was |were |has been |have been |had been )?"
    r"(?:now |already |officially |formally |tentatively )?"
    r"(?:(?:set|scheduled|planned|slated) (?:for|to)|due (?:on|in|by)\b|"
    r"due to (?:be held|take place))|"

    rf"{_VOTE_NOUN} (?:will|is to|are to|(?:is|are) (?:due|set|expected) to) (?:take place|be held|go ahead)|"
    rf"{_VOTE_NOUN}(?: (?:in|of) [\w'’-]+(?: [\w'’-]+)?)? (?:was |were |is |are |has been |have been )?"
    r"(?:postponed|delayed|moved|pushed back|rescheduled) "
    r"(?:to|until|till|for)\b|"
    # the active voice: "postponed the general election to October", "set the presidential election for April 12"
    rf"(?:postpon|delay|reschedul|mov)(?:ed|es|e|ing) (?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}?{_VOTE_NOUN} "
    r"(?:to|until|till)\b|"
    rf"\bset(?:s|ting)? (?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}?{_VOTE_NOUN} (?:for|on)\b|"
    # "has set February 2027 for the next presidential election"
    rf"\bset (?:{_MONTH_NAME}(?: \d{{1,2}})?(?:,? \d{{4}})?|\d{{1,2}} {_MONTH_NAME}(?: \d{{4}})?) for (?:the |a |an |its |their )?"
    rf"(?:[\w-]+ ){{0,2}}{_VOTE_NOUN}|"
    # "sets August 9 as the date for the general elections"
    r"(?:set|fix|announc)\w* (?:(?:the )?(?:date|day) (?:of|for) .{0,40}?|\S+(?: \S+){0,3}? as the date (?:of|for) )"
    rf"(?:the |a |an |its |their )?(?:[\w-]+ ){{0,2}}{_VOTE_NOUN}|"
    r"will hold|to be held|will be held|dissolv(?:e|es|ed|ing) (?:the )?(?:parliament|lower house|house of representatives|"
    r"national assembly|legislature|house of commons|chamber of deputies|bundestag|diet|knesset|duma)|"
    r"(?:trigger|forc|paving the way for|pave the way for|lead(?:s|ing)? to)\w* (?:a |an )?(?:(?:snap |early |new |fresh )+"
    r"(?:general |parliamentary |presidential |legislative )?|general |parliamentary |presidential |legislative )"
    r"elections?|pav(?:e|es|ed|ing) the way for (?:an |a |new |fresh )?(?:elections?|polls)|"
    # "early elections are called", "a snap vote was called for May 18"; not "called off", "called a sham"
    rf"{_VOTE_NOUN} (?:is |are |was |were |has been |have been )called(?= (?:for|in|on|after|following|amid|by)\b|"
    r"\s*[,.;]|\s*$)|"
    # "declares a December 2025 election", "announced snap parliamentary elections"
    # "the upcoming November 2026 election": a vote to come, named with its date
    rf"(?:upcoming|forthcoming) {_MONTH_NAME} (?:\d{{1,2}},? )?\d{{4}} (?:[\w-]+ ){{0,2}}?elections?|"
    r"seek (?:an |a )?(?:snap |early )?election|(?:announc|declar)(?:ed|es|e|ing) (?:a |an )?"
    rf"(?:{_MONTH_NAME} (?:\d{{1,2}},? )?\d{{4}} )?(?:snap |early )?(?:general |presidential |parliamentary |legislative |local |"
    r"national |constitutional )?(?:elections?|referendum))\b",
    re.I)
# The day a schedule sets, wherever the sentence names it: "set May 18 as the date of an early election",
# "announces a snap election after the dismissal of the president, scheduled for June 3".
_DAY_SET = re.compile(r"\b(?:set|fix|announc)\w* (?:\S+ ){1,4}?as the (?:date|day) (?:of|for)\b|"
                      r"\b(?:scheduled|set|slated|planned) (?:for|on)\b", re.I)
# A schedule undone with no new day: "(elections set for) February were delayed", "... has been cancelled".
_CALLED_OFF_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?(?:delayed|postponed|cancell?ed|"
    r"called off|suspended|scrapped|annulled)\b(?!\s+(?:to|until|till)\b)", re.I)
# Negations the shared NEGATION cue leaves out: "cannot hold elections", "unable to vote".
_CANNOT = re.compile(r"\b(?:cannot|can['’]t|unable to|impossible to|no longer)\b", re.I)
_CONDITION = re.compile(r"[^.;]{0,60}?\b(?:if|unless|once|provided|only when|as soon as)\b", re.I)
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.I)
# "failed to elect Friedrich Merz": no result.
_FAILED = re.compile(r"\bfail(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,5}?to\s+$", re.I)
# A vote still to come: "will hold", "are to go to the polls".
_FUTURE = re.compile(r"\b(?:will|shall|to|['’]ll)\s+(?:\w+\s+)?$", re.I)
# The vote as the subject of its own verb, which tells its tense: "(eased measures to win) elections which
# were held on June 21".
_TENSED_BY_ITS_VERB = re.compile(rf"{_VOTE_NOUN}\b.*\b(?:held|took place|takes place|is taking place|are taking place)$",
                                 re.I)
# A stage told in the past: its day is past, however long ago ("went to the polls on January 23").
_PAST_CUE = re.compile(r"\b(?:went|voted|held|took|turned|opened|closed|ended|began|returned|headed|chose|picked|"
                       r"elected|was|were|had)\b", re.I)
# A vote under way or held, with its purpose: "South Koreans are voting today to choose a new president".
_VOTING_TO = re.compile(r"(?<!\bwill be )(?<!\bto be )\bvot(?:es|ed|ing)\s+(?:\S+\s+){0,3}?to\s+$", re.I)
_VOTED_TO = re.compile(r"\bvoted\s+(?:\S+\s+){0,4}?to\s+$", re.I)
# "the election to elect the members of ...": a purpose of the vote, not a vote to come.
_NOUN_TO = re.compile(r"\b(?:elections?|vote|ballot|polls|referendum|run-?off)\s+to\s+$", re.I)
# The vote named as a noun, then put in the future: "voting in the general election will be held in seven phases".
_FUTURE_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:will|is to|are to|is due to|are due to) (?:be held|take place)\b",
                           re.I)
# Past reported speech: "said the presidential election would be held on September 16".
_REPORTED_SCHEDULE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|decided|decides|declared|declares|decreed|"
    r"stated|told|according to)\b(?:(?! (?:if|unless|whether)\b)[^.;]){0,80}?\bwould (?:be held|take place|go ahead|hold "
    rf"(?:a |an |the |its |their )?(?:[\w-]+ ){{0,3}}{_VOTE_NOUN})", re.I)
# A referendum's outcome told in the next sentence, with no election word.
_OUTCOME = re.compile(
    r"(?:all|both|each|none|every one|the (?:\w+ )?(?:proposals?|questions?|measures?|amendments?|changes?|initiatives?))"
    r"\b[^.;]{0,40}?\b(?:were|was|are|is|have been|has been) (?:\w+ )?(?:approved|rejected|passed|defeated|accepted)\b",
    re.I)
# The opening of a thing, no leader's taking office: "the inauguration ceremony of the company's new office",
# "inaugurated a new bridge" (a building, a plant, a road...: any object but an office or its holder).
_THING_INAUGURATED = re.compile(
    r"\binaugurat(?:ion(?:\s+ceremony)?\s+(?:of|for)|ed|es|ing)\s+(?:the|a|an|its|their)\s+"
    # (no office or its holder in the next words: "the country's first female president", "a new government")
    r"(?![\w'’ -]{0,40}?\b(?:presidents?|presidency|vice|prime|premier|chancellor|governor|mayor|leader|head|king|"
    r"queen|emperor|monarch|parliament|legislature|assembly|congress|senate|government|cabinet|administration|term)\b)"
    r"[a-z]")
# A guest at an inauguration is not the one sworn in: "attended the inauguration of President X".
_GUEST_AT = re.compile(r"\b(?:attend(?:s|ed|ing)?|invited\s+to|guests?\s+at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                       re.I)
# A win in a condition is no result: "a runoff is set for December 14 if no candidate wins a majority".
_IN_A_CONDITION = re.compile(r"\b(?:if|unless|whether|in case)\b[^,;:.]{0,60}$", re.I)
# A win still hoped for: "expected to win by a landslide", "seeking a second win".
_UNCERTAIN_WIN = re.compile(
    r"\b(?:expected|likely|poised|set|projected|forecast|tipped|favou?red|hoping|hopes?|seek(?:s|ing)?|sought|vows?|"
    r"vowed|aims?|aiming|bid|bids|candidacy|candidature|trying|tries|tried|wants?|chances?|bidding|run(?:s|ning)? for|ran for|"
    r"standing for|stands? for|campaign(?:s|ing|ed)? for)\b"
    r"(?: to)?(?: [\w-]+){0,3} ?$", re.I)
# Searched only where their first letters occur (`pipeline.extract.prefilter`): the same matches, faster.
# (Not _REPORTED_SCHEDULE: its cue is told by `cue.re`, which is the pattern's own.)
_ELECTION_WORD, _INAUGURATION, _RESULT_WON, _RESULT_COUNT, _RESULT_LOST, _HELD, _SCHEDULED = map(
    Prefiltered, (_ELECTION_WORD, _INAUGURATION, _RESULT_WON, _RESULT_COUNT, _RESULT_LOST, _HELD, _SCHEDULED))
_STAGES = (("INAUGURATION", _INAUGURATION), ("RESULT", _RESULT_WON), ("RESULT", _RESULT_LOST), ("RESULT", _RESULT_COUNT),
           ("RESULT", _PROJECTED),
           ("SCHEDULED", _REPORTED_SCHEDULE),
           ("HELD", _HELD), ("SCHEDULED", _SCHEDULED))
# "the election today", "Sunday's vote": an election named with its day is held (or scheduled).
_DATED_ELECTION = re.compile(
    # ("the elections in Belarus on Sunday")
    r"\b(?:elections?|vote|referendum|polls|run-?off|second round)\s+(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?"
    r"(?:held\s+|(?:is|was|will be)\s+)?(?:today|yesterday|on\s+(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s\w+))\b|"
    # "the Dec. 1-2 presidential and legislative elections", "the January 30th elections"
    rf"\b{_MONTH_NAME}\.?\s\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})?(?:,\s\d{{4}})?\s+(?:(?:and\s+)?[a-z-]+\s+){{0,3}}?"
    r"(?:elections?|vote|referendum|polls|run-?off)\b|"
    r"\b(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:\w+\s+)?"
    r"(?:elections?|vote|referendum|polls|run-?off|second round)\b")

_LATER_ROUND = re.compile(r"run-?off|second round", re.I)


def _dated_vote(text: str) -> re.Match | None:
    """The vote named with its day, the first round's before a later one's: "the election is on November 16,
    with a runoff on December 14" is held on November 16."""
    first = None
    for dated in _DATED_ELECTION.finditer(text):
        if not _LATER_ROUND.search(dated.group()):
            return dated
        first = first or dated
    return first


_PARTY_CONTEST = re.compile(
    r"\b(?:primar(?:y|ies)|caucus(?:es)?|nominations?|nominee|leadership (?:contest|race|election|vote|bid|ballot)|"
    r"party (?:congress|convention|members|lawmakers|legislators|delegates)|members of the (?:\w+ ){0,2}[Pp]arty(?![\w-])|party['’]s (?:leader(?:ship)?|members)|"
    r"elect(?:ed|s)? (?:\w+ ){0,4}(?:as )?(?:the )?(?:new )?(?:\w+ )?(?:party )?(?:leader|chair(?:man|woman)?) of (?:the )?"
    r"(?:\w+ ){0,2}[Pp]arty|as (?:the |its |their )?new (?:\w+ ){0,2}leader\b|"
    r"as (?:the |its |their )?(?:new )?party (?:chair(?:man|woman|person)?|leader|president|secretary|head)\b|elected (?:\w+ ){0,2}party leader|"
    # "defeats X in a runoff to become the next president of the Liberal Democratic Party": a party's head
    r"(?:to become|becom(?:es|ing)|became) (?:the )?(?:new |next )?(?:leader|president|chair(?:man|woman|person)?|head) "
    r"of (?:the )?(?:[\w'’-]+ ){0,3}[Pp]arty\b|"
    # a party's post inside a legislature, chosen by its own members: "was re-elected majority leader", "won
    # election as leader of the Democratic minority", "elected whip"
    r"(?:elect(?:ed|s|ion)?|chosen|picked|tapped) (?:\w+ ){0,3}?(?:as |to be |to )?(?:the |its |their )?(?:new )?"
    r"(?:(?:\w+ )?(?:majority|minority|opposition|party|caucus) (?:leader|whip)|(?:chief )?whip|"
    r"leader of the (?:\w+ ){0,2}(?:majority|minority|caucus|conference|opposition))\b)", re.I)
# A body that is no state elects or votes: "FIFA's congress re-elected Gianni Infantino", "Members of the
# Academy of Sciences elected a new president", "the jury voted for Austria".
_PRIVATE_ELECTOR = re.compile(
    r"\b(?:Association|(?<!Russian )Federation|(?<!Election )(?<!Electoral )Committee|Academy|University|Society|"
    r"Institute|Club|Foundation|Synod|Corporation|FIFA|UEFA|IOC|(?i:students?|union members|shareholders|"
    r"jur(?:y|ies)|cardinals))\b(?:['’]s)?[^.;,]{0,40}?\b(?:(?:re-)?elect(?:s|ed|ing)?|vot(?:e|es|ed|ing))\b")
# A church's own office is no public office: "is elected to the papacy", "the papal conclave",
# "enthroned as the new patriarch" (the cardinals or a synod elect, as `_PRIVATE_ELECTOR` says).
_RELIGIOUS_POST = re.compile(
    r"\b(?:(?:re-)?elected|elects?|chosen|sworn in|inaugurated|installed|enthroned)\s+(?:as\s+|to\s+)?(?:the\s+)?"
    r"(?:new\s+|next\s+|\d+\w*\s+)?(?:papacy|pope|pontiff|patriarch|archbishop|bishop|chief rabbi|grand mufti|"
    r"catholicos|dalai lama)\b|\b(?:papal|pontifical)\s+(?:conclave|inauguration|election)|\bconclave\b|"
    r"\binauguration mass\b", re.I)
# A state's seat in an intergovernmental body is no public office: "wins a non-permanent seat on the UN
# Security Council", "are elected as non-permanent members of the Human Rights Council".
_INTERGOVERNMENTAL_SEAT = re.compile(
    r"\bnon-permanent (?:seat|members?)\b|\bseat (?:on|at|in) the (?:UN|United Nations|U\.N\.|African Union|AU|"
    r"European Union|EU|Arab League|Commonwealth|International|World|UNESCO|IAEA|WHO|IMF|OSCE|ASEAN|OAS)\b|"
    r"\belected (?:as |to )?(?:a )?(?:non-permanent )?members? of the (?:UN|United Nations|U\.N\.)|"
    # a vote among bidders: "won the vote to host the 2027 Women's World Cup"
    r"\b(?:right|rights|bid|vote|race) to host\b|\bhosting rights\b", re.I)
# A contest of songs, films or contestants, decided by a vote of juries or viewers, is no election:
# "Austria won the Eurovision Song Contest vote", "the Academy Awards voting".
_CONTEST_VOTE = re.compile(
    r"\b(?:Eurovision|(?i:song contest|beauty (?:contest|pageant)|pageants?|talent (?:show|contest)|film festival)|"
    r"Academy Awards?|Oscars?|Grammys?|Emmys?|Golden Globes?|Ballon d['’]Or)\b")
# Rounds of talks, not of a vote: "The second round is set to take place in Rome on Saturday, again with Omani
# mediation" (a round named with no vote, in a sentence or after one that speaks of talks).
_ROUND_CUE = re.compile(r"\b(?:second|third|next|new|final|first|fresh|another|latest)\s+round\b", re.I)
_TALKS = re.compile(r"\b(?:talks|negotiations?|negotiators|mediat(?:ion|ors?|ed|ing)|consultations|dialogue|"
                    r"ceasefire|truce)\b", re.I)
_OPINION_POLL = re.compile(
    r"\b(?:(?:opinion )?polls?|surveys?)\s+(?:[\w-]+\s+){0,3}?(?:shows?|showed|found|finds|suggests?|suggested|"
    r"indicates?|indicated)\b", re.I)
_EXIT_POLL = re.compile(r"\bexit polls?\b", re.I)
_CAMPAIGN_ONLY = re.compile(r"\b(?:poll(?:s|ing)? (?:show|suggest)|opinion polls?|debate|endorse|candidacy|campaign)", re.I)
# Candidates registering: the day told is the registration's, not the vote's ("Three candidates registered for
# Ecuador's presidential election on Tuesday").
_CANDIDATES_REGISTER = re.compile(
    r"\b(?:candidates? (?:(?:have|has|had) )?(?:formally |officially )?register(?:ed|s)?|registered (?:as (?:a )?)?candidates?|"
    r"registration of candidates)\b", re.I)
# Indirect elections of a head of government by the legislature.
_LEGISLATURE = (r"(?:parliament|legislature|(?:national |federal |legislative )?assembly|congress|senate|diet|"
                r"lawmakers|legislators|MPs|deputies|senators|members of parliament)")
_INVESTITURE_STEMS = ("government", "prime minister", "premier", "chancellor")
_INVESTITURE_VERBS = ("approv", "confirm", "endors", "install", "elect")
_HEAD_OF_GOVERNMENT = r"(?:prime minister|premier|chancellor|head of government)"
_INVESTITURE = re.compile(
    rf"\b{_LEGISLATURE}\b[^.;]{{0,60}}?\b(?:(?P<failed>fail(?:s|ed|ing)?\s+(?:again\s+)?to\s+)|"
    r"vot(?:e|es|ed|ing)\s+(?:\S+\s+){0,2}?to\s+)?"
    r"(?P<verb>approv\w*|confirm\w*|endors\w*|install\w*|elect\w*|re-elect\w*)\s+"
    r"(?:(?:(?:a|an|the|its|their)\s+)?(?:(?:new|coalition|minority|majority|[\w-]+-led)\s+)*"
    # "the government" must end its phrase: not "the government funding bill", "the government's plan"
    rf"(?:government(?=\s*(?:[,.;:]|$)|\s+(?:led|headed|of|formed|comprising|consisting|with|after|on|in|by|following|"
    rf"that|which|and|under)\b)|{_HEAD_OF_GOVERNMENT}\b(?!['’]s))|(?:[\w'’-]+\s+){{1,5}}?as\s+(?:the\s+)?"
    rf"(?:(?:new|next|country['’]s)\s+)*{_HEAD_OF_GOVERNMENT}\b)", re.I)
# The same in the passive, the head of government its subject: "appoints X as prime minister, who is
# confirmed by parliament", "Prime Minister X was elected by parliament" (not "the prime minister's budget
# was approved by parliament").
_INVESTITURE_PASSIVE = re.compile(
    rf"\b{_HEAD_OF_GOVERNMENT}\b(?:\s+(?-i:[A-Z])[\w'’.-]+){{0,4}}(?:,?\s+who)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?"
    rf"(?P<verb>approved|confirmed|endorsed|elected|re-elected)\s+(?:\w+ly\s+)?by\s+(?:the\s+|a\s+vote\s+of\s+(?:the\s+)?)?"
    rf"(?:new\s+|[\w-]+\s+)?{_LEGISLATURE}\b", re.I)
# Who is put into office: "installing Inga Ruginienė as the new prime minister", "with GERB's Rosen
# Zhelyazkov becoming Prime Minister".
_INSTALLED = re.compile(
    rf"(?:\b[\w-]+['’]s\s+)?(?P<name>{NAME})\s+(?:as|becoming|to become)\s+(?:the\s+)?(?:(?i:new|next)\s+)?"
    rf"(?i:{_HEAD_OF_GOVERNMENT})\b")
_CONFIDENCE_VOTE = re.compile(
    r"\b(?:(?:no-)?confidence|censure|impeachment) (?:votes?|motions?|ballots?)\b|"
    r"\b(?:votes?|motions?) of (?:no[- ])?confidence\b", re.I)
_CONFIDENCE = re.compile(r"\b(?:confidence|no-confidence|censure|impeach\w*)\b", re.I)
# The legislature as the elector: "re-elected by the parliament", "parliament elects X as president".
_BY_LEGISLATURE = re.compile(
    rf"\belected\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:new\s+|newly[- ]elected\s+|incoming\s+)?{_LEGISLATURE}\b|"
    rf"\b{_LEGISLATURE}(?:['’]s)?\s+(?:\w+ly\s+)?(?:re-)?elect(?:s|ed)?\b", re.I)
# A vote of a legislature on a measure is no election.
_LEGISLATIVE_VOTE = re.compile(
    r"\b(?:parliament|lawmakers|legislators|MPs|senators|deputies|congress|the house|the senate|assembly)\s+"
    r"(?:has |have |had )?(?:\w+ )?vot(?:ed|es|e|ing)\b(?!\s+(?:\S+\s+){0,3}?to\s+(?:elect|re-elect|choose|approve|confirm|install))|"
    r"\bvot(?:e|ed|es|ing) (?:on|for|against) (?:the |a |an )?(?:\w+ )?(?:bill|motion|resolution|budget|law|"
    r"amendment|measure|proposal|no-confidence|confidence|impeachment|deal|treaty|brexit|tariffs?|sanctions|"
    r"package|regulation|directive|ban|plan|text|report|nomination|appointment)|\babstain\w* (?:from|in) (?:the )?vot|"
    r"\bvot(?:e|ed|es|ing) (?:for|against) (?:it|this|that|them)\b|\broll[- ]call\b|"
    # "The Parliament of Iran votes for", "the Security Council votes in favor of a resolution"
    r"\b(?:parliament|assembly|congress|senate|council)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?vot(?:ed|es|e|ing)\b"
    r"(?!\s+(?:\S+\s+){0,3}?to\s+(?:elect|re-elect|choose|approve|confirm|install))|"
    r"\b(?:security council|general assembly)\s+(?:\w+\s+)?vot(?:ed|es|e|ing)\b|"
    r"\b(?:no-confidence|confidence|censure|impeachment) (?:vote|motion|ballot)\b", re.I)
# "members voting in favour of the amendment": a vote that decides a measure, unless the people decide it.
_VOTE_IN_FAVOUR = re.compile(r"\bvot(?:e|es|ed|ing) (?:\w+ )?in favou?r\b", re.I)
# A measure passed or defeated, or a count of votes to votes, is a legislature's decision unless the people
# vote ("the amendment passed with 67 votes in the Senate", "backed the deal by 300 votes to 250").
_MEASURE_DECIDED = re.compile(
    r"\b(?:bills?|motions?|resolutions?|amendments?|legislation|budget|deal|treaty|law|proposals?|measures?)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:passed|passes|was (?:passed|approved|adopted|defeated|rejected|carried)|"
    r"were (?:passed|approved|adopted|defeated|rejected)|is (?:passed|approved|adopted|defeated|rejected))\b|"
    r"(?<![\d,.])\d{1,3} votes? to \d{1,3}\b(?![\d,])", re.I)
# "following a 263–156 vote in the House": a legislature's tally.
_TALLY_VOTE = re.compile(r"\b\d+\s?[–-]\s?\d+\s+vote\b", re.I)
# "member states voted on Monday to impose tariffs": a decision, not a choice of who governs; unless
# the people decide it ("voters voted to reject the proposal in a referendum").
_MEASURE_VOTE = re.compile(
    r"\bvot(?:e|ed|es|ing)\s+(?:\S+\s+){0,3}?to\s+(?!(?:re-)?elect\b|choose\b|select\b|approve (?:a |the )?(?:new )?"
    r"(?:coalition )?government\b)(?:impose|adopt|pass|approve|back|reject|extend|lift|condemn|suspend|withdraw|"
    r"leave|join|remove|end|ban|allow|block|support|oppose|cut|raise|accept|ratify|censure|impeach|expel|"
    r"strip|override|delay|postpone|amend|repeal|recognise|recognize|sanction|authori[sz]e|send|create|keep)\b", re.I)
# A post in an organisation, not a state: "elected President of the International Olympic Committee",
# "elected director-general of UNESCO", "sworn in as the new president of the United Nations General
# Assembly". What follows "of" is then no state (see `_organisation_post`).
_POST_OF = re.compile(
    r"\b(?:(?:re-)?elected|sworn in|(?:re-)?elects?\s+(?:[\w'’.-]+\s+){1,4}?as)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:(?:new|next|first|[\w-]+(?:st|nd|rd|th)|female|and)\s+)*"
    r"(?:president|presidency|director[- ]general|secretary[- ]general|chair(?:man|woman|person)?)\s+of\s+"
    r"(?:the\s+)?(?=[A-Z])", re.I)
_REFERENDUM_WORD = re.compile(r"\b(?:referend(?:ums?|a)|plebiscite)\b", re.I)
_POPULAR_VOTE = re.compile(
    r"\b(?:referend(?:ums?|a)|ballot|plebiscite|proposition|voters|electorate|citizens|residents)\b", re.I)
# Demands and proposals: "calls for a new presidential election to be held in Ukraine".
_DEMAND = re.compile(
    r"\b(?:calls? for|called for|demand(?:s|ed)?|urg(?:e|es|ed)|push(?:es|ed)? for|propos(?:e|es|ed)|"
    r"insist(?:s|ed)? on)\s+(?:\w+\s+){0,6}(?:elections?|vote|referendum)", re.I)
# A clause that asks for the vote the stage cue then names: "demand that the second round is held".
_DEMANDED_VOTE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"want(?:s|ed)?|propos(?:e|es|ed|ing))\s+that\b[^.;:]*$", re.I)
# "urging the government to release prisoners and hold new elections": an election asked for.
_ASKED_TO_HOLD = re.compile(
    r"\b(?:urg\w*|call\w* (?:on|upon)|demand\w*|ask\w*|press\w*|push\w*|pressur\w*|want\w*)\s+(?:[\w'’-]+\s+){0,4}?to\s+"
    r"(?:[^.;]*\s)?$", re.I)
# A time clause still to come: "until new elections are held", "before polls open".
_UNTIL = re.compile(r"\b(?:until|till|before|once)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# How a vote works, not news of one.
_GENERIC = re.compile(
    r"\b(?:indirectly|directly elect|do not elect|does not elect|in this way|usually|typically|traditionally|"
    r"normally|every (?:\w+ )?years|by law|under the constitution)\b", re.I)
# A sentence that sets the story's time: "In 2000, a new threat to Mugabe's rule emerged."
_YEAR_OPENING = re.compile(r"(?:In|By|During|Since|From|Until|After|Before)\s+(?:early |late |mid-)?(?:\w+\s+)?\d{4}\b")
# A year the news is compared with: "for the first time since 2011", "the second highest after the
# 2022 presidential election". Not "after the 2020 election" alone, which can date the story.
_COMPARED_YEAR = re.compile(
    # (not "since winning the 2019 election": a time clause, the old win as background)
    r"\bsince (?:the |its |their |his |her )?(?:(?![\w-]+ing\b)[\w-]+ ){0,2}?(?:1[89]|20)\d\d\b|"
    r"\b(?:first|highest|lowest|largest|biggest|best|worst|most|strongest|weakest|record)\s(?:[\w-]+\s){0,4}?"
    r"(?:after|than|since) (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:1[89]|20)\d\d\b", re.I)
# An election named by its year: "the 2024 legislative election", "the presidential election of 2024".
_ELECTION_OF_A_YEAR = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}(?:elections?|polls|vote|referendum)\b"
    r"|\b(?:elections?|polls|vote|referendum)\s+(?:of|in)\s+(?P<year_after>(?:19|20)\d\d)\b")
# A clause set off after the main one that tells about the winner or the office, not the vote.
# (also a participle that describes a thing named: "vote on whether to replace their constitution,
# established in 2020, with a new one")
_ASIDE = re.compile(r",\s+(?:having|ending|marking|becoming|making|succeeding|replacing|which|who|established|"
                    r"adopted|introduced|enacted|drafted|founded|created|ratified|written)\b")
_SCOPE_END = re.compile(
    r"\b(?:after|following|since|because|when|while|amid|despite|as part of)\b|,\s+with\b|[\"“]", re.I)
_ELECTED_AS_ADJECTIVE = re.compile(
    r"(?:democratically |popularly |directly )?elected (?:officials?|office|representatives?|members?|bod(?:y|ies)|"
    r"assembl(?:y|ies)|councils?|governments?|leaders?|posts?|positions?)\b", re.I)
_RECALLED = re.compile(
    r"\b(?:following|after|since) (?:the|his|her|their|last)\b[^,.]{0,40}\belection"
    # "after the National Elections Authority annulled ...": a body named after elections, no election
    r"(?!s?\s+(?=(?-i:[A-Z]))(?:authority|commission|board|council|committee|bureau|tribunal|body|agency|office))", re.I)
# "newly elected President Lee", "President-elect": a reference to the result, dated by other sentences.
# "is elected president" is the result itself.
_ADJECTIVAL = re.compile(
    r"\bnewly[- ]elected\b|\w+-elect\b|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"(?<!\bbeing )(?<!-)\b(?:re-)?elected (?:president|prime minister|leader)\b", re.I)

_OFFICES: tuple[tuple[str, re.Pattern], ...] = (
    ("referendum", re.compile(r"\b(?:referend(?:ums?|a)|plebiscite|ballot (?:measures?|initiatives?|questions?|propositions?))\b",
                              re.I)),
    ("vice president", re.compile(r"\bvice[- ]presiden(?:t|tial|cy)\b", re.I)),
    ("president", re.compile(r"\bpresiden(?:t|tial|cy)\b|\bhead of state\b", re.I)),
    ("mayor", re.compile(r"\bmayor(?:s|al|alty)?\b", re.I)),
    ("governor", re.compile(r"\b(?:governors?|gubernatorial)\b", re.I)),
    ("district council", re.compile(r"\bdistrict[- ](?:council|level)\b", re.I)),
    # "Council of Representatives" (Iraq), "Legislative Council" (Hong Kong) are legislatures
    ("local", re.compile(r"\b(?:local|municipal|regional|region|(?<!legislative )(?<!constitutional )(?<!security )(?<!electoral )council(?! of (?:representatives|"
                         r"deputies|states))|councill?ors?|provincial|state assembly)\b", re.I)),
    ("parliament", re.compile(
        r"\b(?:parliament(?:ary)?|legislative|national assembly|council of (?:representatives|deputies|states)|congressional|midterms?|house of|senate|"
        r"chamber of (?:deputies|senators|representatives)|"
        r"federal election|legislature)\b", re.I)),
)
# Words of a general vote that leave the office open: a president's win in a "general election"
# is a presidential one.
# (so is a "snap election": South Korea's of June 2025 elected a president)
_GENERAL_VOTE = re.compile(r"\b(?:general elections?|snap elections?|seats?|majority|members of)\b", re.I)
_ELECTIVE_OFFICES = frozenset({"president", "vice president", "mayor", "governor", "referendum"})
# "between far-right George Simion and incumbent mayor Nicușor Dan"; "challenger Luisa González".
# An office named as what is won, not as a title: "elected as the 111th mayor of", "for the next
# vice president of".
_OFFICE_PREDICATE = re.compile(r"\b(?:as|for|elect(?:ed|s)?|next|new)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# Several offices in one vote: "vote to elect a president and the members of the National
# Assembly", "... alongside municipal elections", "elections are held, including a special election
# to the House of Representatives, two for governor and ...".
_ELECT_LIST = re.compile(
    r"\belect(?:s|ed|ing)?\s+(?P<list>[^.;]{0,90})|\belections\b[^.;]{0,60}?\bincluding\s+(?P<including>[^.;]{0,200})|"
    r"(?P<kinds>\b[\w-]+(?:, [\w-]+)*,? and [\w-]+ elections)\b",
    re.I)
_BY_ELECTOR = re.compile(r"\bby\b", re.I)
_LIST_JOINT = re.compile(r"\s(?:and|alongside|as well as|along with)\s", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_CANDIDATE_NOUN = re.compile(
    r"\b(?:candidates?|challengers?|incumbent|rivals?|opponents?|contenders?|runner-up)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NAME = re.compile(NAME)
# A name right after "elect(s)", or after "elected" when "as" follows it.
_ELECTED_NAME = re.compile(rf"(?i:(?:re-)?elect)(?:s?\s+|ed\s+(?=(?:{NAME})\s+as\b))(?P<name>{NAME})")
# A capitalised modifier at the start of a sentence is no part of the name: "Incumbent Daniel Noboa".
_LEADING_MODIFIER = re.compile(r"^(?:Incumbent|Former|Outgoing|Opposition|Acting|Interim|Veteran)\s+")
# A person named after "of" qualifies what comes before: "the coalition of President X".
_OF_PERSON = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
# A party or an alliance between the candidates is no person: actors hold people only.
_PARTY_NAME = re.compile(
    r"\b(?:Party|Parties|Movement|Alliance|Coalition|Front|Bloc|Union|Congress|League|Movimiento|Partido|Parti|"
    r"Partei|Frente|Alianza)\b|['’]s$")
_NOT_NAME_START = frozenset("The A An This That In On At After Before He She They It His Her Their".split())
_PARTY_WINNER = re.compile(
    r"\b(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}party,?\s+(?P<named>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"|(?<!of )(?<!of the )(?P<party>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+[Pp]arty)\s+(?:won|wins|netted|nets|secured|secures|"
    r"gained|gains|took|takes|claimed|claims)\b")
# "Over 80% of the seats went to pro-democracy candidates"
_SEATS_WENT_TO = re.compile(r"\bseats? went to (?P<winner>(?:the )?[\w-]+(?: [\w-]+){0,4}?)(?=[,.;]|$| (?:often|while|with|giving|and)\b)")
# "Ana Soto of the Socialist Party" right before the party: the member named with it.
_MEMBER_OF_PARTY = re.compile(rf"(?:^|(?<=[\s,(]))(?P<name>{NAME})\s+of\s+(?:the\s+)?$")
_UNTITLED_LOSER = re.compile(rf"(?P<name>{NAME})\s+(?:(?:was|is)\s+defeated|lost|loses|conceded|concedes)\b")
_UNTITLED_WINNER = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:is|was|has been|had been)\s+(?:re-)?elected|wins|won|beat|beats|defeated|defeats|"
    r"(?:is|was)\s+declared\s+the\s+winner|"
    r"(?:is|was)\s+(?:sworn in|inaugurated)|(?:yesterday\s+|today\s+)?(?:took|takes|assumed|assumes|resumed|resumes)\s+"
    r"(?:the\s+)?office|(?:took|takes)\s+(?:the\s+)?oath\s+of\s+office)\b")


@dataclasses.dataclass
class _Stage:
    stage: str
    cue: re.Match
    lost: re.Match | None = None  # a cue that tells who lost ("lost his seat", "was defeated")
    date: ResolvedDate | None = None  # of an election named with its day ("the election today")
    count: bool = False  # a count or results named as such: no winner yet ("in the preliminary count")

    @property
    def dated(self) -> bool:
        return self.date is not None

    @property
    def lost_only(self) -> bool:
        """The result is told by who lost only: the person before the cue did not win."""
        return self.lost is not None and self.lost.span() == self.cue.span()


def detect_elections(article: AnalysedArticle) -> list[Finding]:
    """The article's elections, one finding per country and office (the extractor merges
    findings of one key); passing references only add their winner to an election reported."""
    findings: list[Finding] = []
    references: list[Finding] = []
    unplaced: list[Finding] = []
    last: Finding | None = None  # the previous sentence's finding
    race_told, race_scanned = False, 0  # whether the sentences read so far tell a party's race
    for index, analysed in enumerate(article.sentences):
        previous = article.sentences[index - 1] if index else None
        finding = _investiture_in(analysed, previous, article) or _election_in(analysed, previous, article) \
            or _referendum_outcome(analysed, last)
        last = finding
        if finding is None:
            continue
        if not _PUBLIC_VOTE_NOUN.search(analysed.text):
            # a count naming no election in an article that has told a party's race so far ("Sanders won the New
            # Hampshire primary. Sanders won 60% of the vote") is that race's count; each sentence read once
            while not race_told and race_scanned <= index:
                race_told = bool(_PARTY_RACE.search(article.sentences[race_scanned].text))
                race_scanned += 1
            if race_told:
                continue
        if finding.details["country"] is None:
            unplaced.append(finding)
        elif finding.details.get("reference"):
            references.append(finding)
        else:
            findings.append(finding)
    countries = {f.details["country"] for f in findings}
    if not countries and unplaced:
        # No sentence of the election names a state: the story's own state, when it names one far more than
        # any other ("early voting has already started in some states", in a story about the U.S.), for the
        # sentences whose stage names the vote itself (not "will hold hearings", "the committee votes for").
        unplaced = [f for f in unplaced if f.details.get("vote_in_cue")]
        countries = {_story_state(article)} - {None} if unplaced else set()
    if len(countries) == 1:
        # A sentence naming no state speaks of the article's election.
        country = countries.pop()
        for finding in unplaced:
            if not finding.details.get("reference"):
                finding.details["country"] = country
                finding.actors = [a.model_copy(update={"country": country}) for a in finding.actors]
                findings.append(finding)
    if not findings:
        return findings
    _settle_offices(findings)
    findings = _without_successions(findings, article)
    _undate_later_rounds(findings, article)
    _date_results_by_vote_day(findings)
    for reference in references:
        target = next((f for f in findings if f.details["country"] == reference.details["country"]), None)
        if target is not None:
            if not target.details.get("winner"):
                target.details["winner"] = reference.details.get("winner")
            target.actors.extend(a for a in reference.actors if a not in target.actors)
            target.evidence.extend(reference.evidence)
    for finding in list(findings):
        held = finding.details.pop("legislature_vote", None)
        if held is not None and finding.details["office"] != "parliament":
            findings.append(dataclasses.replace(
                finding, details={**finding.details, "office": "parliament", "stage": "HELD", "winner": None},
                actors=[], evidence=list(finding.evidence), date=held))
    for finding in findings:
        finding.details.pop("reference", None)
        finding.details.pop("vote_in_cue", None)
        finding.key = (finding.details["country"], finding.details["office"])
    return findings


def _story_state(article: AnalysedArticle) -> str | None:
    """The state a story is about: the one named at least twice and in two of every three mentions of a
    state (by name, people or capital), or the only state it names; None when no state stands out. A
    place inside a person's name is no mention ("Prime Minister Luís Montenegro" names no Montenegro),
    and a story naming no state by name names it by its officials ("prime minister Mohammed al-Sudani")."""
    named = collections.Counter(
        place.code for sentence in article.sentences for place in sentence.places
        if len(place.code) == 3 and place.kind in ("name", "demonym", "capital")
        and not any(person.start <= place.start < person.end for person in sentence.people))
    if not named:
        named = collections.Counter(person.country for sentence in article.sentences for person in sentence.people
                                    if person.country and len(person.country) == 3 and not person.former)
    if not named:
        return None
    state, count = named.most_common(1)[0]
    return state if len(named) == 1 or count >= 2 and 3 * count >= 2 * sum(named.values()) else None


# A clause after a party's race that tells a vote for public office: "following the party's defeat at Saturday's
# federal election".
_LATER_VOTE_CLAUSE = re.compile(
    r"\b(?:following|after|since)\b(?=[^.;]{0,80}?\b(?:(?:by-)?elections?|polls|referend(?:ums?|a)|run-?offs?)\b)", re.I)
# A party's own race: "won the New Hampshire primary", "the Iowa caucuses", "the leadership contest".
_PARTY_RACE = re.compile(
    r"\b(?:primar(?:y|ies)|caucus(?:es)?)\b(?!\s+(?:school|reason|goal|concern|source|aim|care|target|cause|purpose|"
    r"objective|focus|task|responsibility))|\bleadership (?:contest|race|election|vote|ballot)\b", re.I)
# The words of a vote for public office, which a party's race is not: "the general election", "the polls".
_PUBLIC_VOTE_NOUN = re.compile(r"\b(?:(?:by-)?elections?|referend(?:ums?|a)|run-?offs?|polls|midterms?|plebiscite)\b", re.I)


def _without_successions(findings: list[Finding], article: AnalysedArticle) -> list[Finding]:
    """An article that tells an office taken by succession ("sworn in following the resignation of
    Governor X") reports no election by a taking of office that names no vote ("Following the
    ruling, Y was sworn in as governor"), unless it reports a vote for that office."""
    inaugurated = [f for f in findings if f.details["stage"] == "INAUGURATION"
                   and not f.details.get("vote_named", True)]
    for finding in findings:
        finding.details.pop("vote_named", None)
    if not inaugurated or not any(_INAUGURATION.search(s.text) and _SUCCESSION.search(s.text)
                                  and not _VOTE_NAMED.search(s.text) for s in article.sentences):
        return findings
    voted = {(f.details["country"], f.details["office"]) for f in findings if f.details["stage"] != "INAUGURATION"}
    return [f for f in findings if f not in inaugurated or (f.details["country"], f.details["office"]) in voted]


def _undate_later_rounds(findings: list[Finding], article: AnalysedArticle) -> None:
    """An election already voted in is not dated by a round still to come ("Gabonese vote ... A
    second round will be held on 11 October"): the scheduled round's date is not the event's."""
    voted = {(f.details["country"], f.details["office"]) for f in findings
             if STAGE_RANK[f.details["stage"]] >= STAGE_RANK["HELD"]}
    for finding in findings:
        key = (finding.details["country"], finding.details["office"])
        if finding.details["stage"] == "SCHEDULED" and key in voted and finding.date.date and article.published and finding.date.date > article.published:
            finding.date = UNRESOLVED


def _referendum_outcome(analysed: AnalysedSentence, last: Finding | None) -> Finding | None:
    """The outcome of the referendum the sentence before reports: "Ecuadorians vote on four
    questions in a referendum. All four were rejected." """
    if last is None or last.details.get("office") != "referendum" or STAGE_RANK[last.details["stage"]] > 1 \
            or not _OUTCOME.match(analysed.text):
        return None
    return dataclasses.replace(last, details={**last.details, "stage": "RESULT"}, actors=list(last.actors),
                               evidence=[analysed.sentence])


# (as above)
_PARTY_CONTEST, _INTERGOVERNMENTAL_SEAT, _LEGISLATIVE_VOTE, _VOTE_IN_FAVOUR, _MEASURE_VOTE, _GENERIC, _RELIGIOUS_POST = map(
    Prefiltered, (_PARTY_CONTEST, _INTERGOVERNMENTAL_SEAT, _LEGISLATIVE_VOTE, _VOTE_IN_FAVOUR, _MEASURE_VOTE, _GENERIC,
                  _RELIGIOUS_POST))


def _election_in(analysed: AnalysedSentence, previous: AnalysedSentence | None,
                 article: AnalysedArticle) -> Finding | None:
    if not analysed.may_hold("ELECTION"):
        return None
    text = analysed.text
    lowered = text.lower()
    if not any(word in lowered for word in _ELECTION_STEMS):
        return None  # a cheap test that most sentences fail
    if text.rstrip(" \"'”’)").endswith("?"):
        return None  # a question reports nothing: "once you get to the election on January 30th, does ...?"
    if "confidence" in lowered or "censure" in lowered or "impeach" in lowered:
        # "will hold a snap election after the chancellor lost a confidence vote": the election is news, the
        # legislature's vote is not (same offsets, so people and places still line up)
        for vote in _CONFIDENCE_VOTE.finditer(text):
            if _PUBLIC_VOTE_NOUN.search(text):
                text = text[:vote.start()] + " " * (vote.end() - vote.start()) + text[vote.end():]
    party_contest = _PARTY_CONTEST.search(text)
    if party_contest is not None:
        # "X is elected leader of the Liberal Party following the party's defeat at Saturday's federal election": the
        # party's race is its own clause, the general election's result the one after (blanked, offsets kept)
        later = _LATER_VOTE_CLAUSE.search(text, party_contest.end())
        if later is not None and not _PARTY_CONTEST.search(text, later.start()):
            text, party_contest = " " * later.start() + text[later.start():], None
    if not _ELECTION_WORD.search(text) or party_contest is not None or _GENERIC.search(text) \
            or _INTERGOVERNMENTAL_SEAT.search(text) or _PRIVATE_ELECTOR.search(text) \
            or _RELIGIOUS_POST.search(text) or _CONTEST_VOTE.search(text):
        return None
    # a vote on a measure is a referendum when the people decide it; a legislature's vote never is
    legislative = _LEGISLATIVE_VOTE.search(text)
    if legislative and (not legislative.group().lower().startswith("vot") or not _REFERENDUM_WORD.search(text)) \
            or (_MEASURE_VOTE.search(text) or _VOTE_IN_FAVOUR.search(text) or _MEASURE_DECIDED.search(text)) \
            and not _POPULAR_VOTE.search(text) \
            or _TALLY_VOTE.search(text) and not re.search(r"\belect", text, re.I):
        return None
    found = _stage(text, article)
    if found is None:
        return None
    stage, cue = found.stage, found.cue
    if _rounds_of_talks(text, cue, previous):
        return None
    if stage == "SCHEDULED" and (_DEMAND.search(text) or _CALLED_OFF_AFTER.match(text, cue.end())):
        return None  # "calls for new elections"; "elections set for February were delayed" (no new day)
    if stage in ("HELD", "SCHEDULED") and _DEMANDED_VOTE.search(text, max(0, cue.start() - 120), cue.start()):
        return None  # "demand that the second round of the election is held"
    if stage in ("HELD", "SCHEDULED") and (_ASKED_TO_HOLD.search(text, max(0, cue.start() - 120), cue.start())
                                           and re.match(r"hold\b", cue.group(), re.I)
                                           or _UNTIL.search(text, max(0, cue.start() - 40), cue.start())):
        return None  # "urging the government to ... hold new elections"; "until new elections are held"
    if stage in ("HELD", "SCHEDULED") and HYPOTHETICAL.search(text, max(0, cue.start() - 50), cue.start()):
        return None  # "would only vote for it if ..."
    date = found.date or date_of_sentence(text[:_scope_end(text, cue)], article.published)
    if stage == "SCHEDULED":
        # the day set comes after the cue ("announced Sunday that ... would hold an election on April 28")
        day_set = _DAY_SET.search(text)  # "dissolved parliament on Thursday and set May 18 as the date of ..."
        spans = ([(day_set.start(), len(text))] if day_set else []) \
            + [(cue.end(), _scope_end(text, cue)), (cue.start(), _scope_end(text, cue))]
        if cue.group().lower().startswith("dissolv"):
            # the day after "dissolved parliament" is the dissolution's; the vote's comes after the vote
            named = _ELECTION_NOUN.search(text, cue.end())
            spans = spans[:1 if day_set else 0] + ([(named.start(), len(text))] if named else [])
            date = UNRESOLVED
        for start, end in spans:
            set_for = date_of_sentence(text[start:end], article.published)
            if set_for.text:
                date = set_for
                break
        if date.text:
            date = resolve_date(date.text, article.published, future=True)  # "calls an election for October 27"
    if stage == "SCHEDULED" and not date.text and re.match(r"vot", cue.group(), re.I) \
            and re.search(r"\bto\s+$", text[max(0, cue.start() - 10):cue.start()]):
        return None  # "allows 16-year-olds to vote in the next election": a right to vote, no day set
    if cue.re is _REPORTED_SCHEDULE and (not date.text or _CONDITION.match(text, cue.end())):
        return None  # "said the vote would be held" is a schedule only with its date, and no condition
    if stage in ("HELD", "RESULT") and not _BY_LEGISLATURE.search(text):
        date = _vote_day(text, cue, date, article)  # (a legislature's vote is not dated by the general election)
    if stage == "HELD" and not _PAST_CUE.search(text, max(0, cue.start() - 12), cue.end()) \
            and (coming := _coming_day(date, article)) is not None:
        stage, date = "SCHEDULED", coming  # "go to the polls on January 23", told in December
    if _is_background(analysed, date, previous, article, cue) or _EARLIER_VOTE_OPENING.match(text):
        return None
    if stage not in ("INAUGURATION", "RESULT") and not found.dated and _RECALLED.search(_COMPARED_YEAR.sub(" ", text)):
        return None
    if stage == "RESULT" and _OPINION_POLL.search(text) and not _EXIT_POLL.search(text):
        return None  # "a poll shows that most voters reject the reform": opinions, no vote
    if stage == "HELD" and (_CAMPAIGN_ONLY.search(text) and not found.dated or _CANDIDATES_REGISTER.search(text)) \
            and not re.search(r"\bvot(?:ed|ing)\b", text):
        return None
    if stage == "RESULT" and not found.lost_only and re.match(r"elected", cue.group(), re.I) \
            and re.search(r"\b(?:is|are)\s+(?:\w+\s+)?$", text[:cue.start()]) \
            and not _UNTITLED_WINNER.search(text):
        return None  # "the Prime Minister is elected by ...": how, not who
    adjectival = stage == "RESULT" and _is_adjectival(text, cue)
    if stage == "INAUGURATION" and _guest_at(text, cue) and not _OF_THE_ONE.match(text, cue.end()):
        return None  # "attended the inauguration ceremony": whose, the sentence does not say
    winner = _winner(analysed, cue, adjectival) if stage in ("RESULT", "INAUGURATION") and not found.lost_only \
        and not found.count else None
    # A title in a name ("Turkish President Erdoğan") says who, not what is elected; a candidate's
    # does ("presidential candidate Nasry Asfura").
    titles = [(analysed.local(p.title_start), analysed.local(p.start)) for p in analysed.people
              if "candidate" not in p.role and not _OFFICE_PREDICATE.search(text, max(0, analysed.local(p.title_start) - 30),
                                              analysed.local(p.title_start))]
    offices = _offices(text, cue, titles) or _candidate_office(analysed)
    if not offices or offices[0] == "parliament?":
        # "the ruling party of President X wins": X's party won seats, not X a presidency
        elective = winner.role if winner is not None and winner.role in _ELECTIVE_OFFICES \
            and _leader_of_winner(analysed, cue) is not winner else None
        offices = [elective] if elective else ["parliament"] if offices else []
    party = _PARTY_WINNER.search(text) if stage == "RESULT" and not found.lost_only else None
    country = _country(analysed, cue, winner)
    if stage in ("RESULT", "INAUGURATION") and _organisation_post(analysed):
        return None  # "elected director-general of UNESCO": no public office of a state
    if stage == "INAUGURATION" and _ACTING_HEAD.match(text, cue.end()):
        return None  # "sworn in as the interim president": a succession, not an election
    if stage == "INAUGURATION" and not (set(offices) & _ELECTIVE_OFFICES
                                         or _RESULT_WON.search(text) or re.search(r"\belection", text, re.I)):
        return None  # "sworn in as the new captains regent": an appointment, as far as the text says
    date = UNRESOLVED if adjectival else _stage_date(date, stage, article)
    actors = []
    winner_name = None
    if winner is not None:
        winner_name = winner.name
        actors.append(Actor(name=winner.name, role=winner.role or _office_role(offices), country=country,
                            part="WINNER"))
    went_to = _SEATS_WENT_TO.search(text) if stage == "RESULT" and winner_name is None else None
    if went_to is not None:
        winner_name = went_to.group("winner")
    if party is not None:
        winner_name = party.group("named") or f"{party.group('party')} Party"
        leader = _party_leader(analysed, party)
        if leader is not None and all(a.name != leader.name for a in actors):
            actors.append(Actor(name=leader.name, role=leader.role, country=country, part="WINNER"))
    for name, role in _candidates(analysed, found.lost, stage == "RESULT"):
        if all(a.name != name for a in actors):
            actors.append(Actor(name=name, role=role, country=country, part="CANDIDATE"))
    confidence = 0.6 + 0.15 * (winner_name is not None) + 0.1 * (date.date is not None) - 0.2 * adjectival
    evidence = [analysed.sentence]
    details = {"country": country, "stage": stage, "office": offices[0] if offices else None,
               "winner": winner_name, "reference": adjectival, "offices": offices,
               "vote_named": bool(_VOTE_NAMED.search(text)), "vote_in_cue": bool(_VOTE_IN_CUE.search(cue.group())),
               "legislature_vote": _legislature_vote(text, stage, offices, article)}
    return Finding(
        event_type="ELECTION",
        key=(country, details["office"]),
        details=details,
        actors=actors,
        evidence=evidence,
        date=date,
        confidence=min(confidence, 0.95),
    )


def _investiture_in(analysed: AnalysedSentence, previous: AnalysedSentence | None,
                    article: AnalysedArticle) -> Finding | None:
    """A legislature putting a head of government into office ("parliament votes to approve a
    coalition government, installing X as prime minister"; "the assembly elects a new premier")
    or failing to: an indirect election of the prime minister. A confidence vote in a sitting
    government is no election."""
    if not analysed.may_hold("ELECTION"):
        return None
    text = analysed.text
    lowered = text.lower()
    if not any(word in lowered for word in _INVESTITURE_STEMS) \
            or not any(word in lowered for word in _INVESTITURE_VERBS):
        return None  # a cheap test that nearly all sentences fail
    cue = _INVESTITURE.search(text) or _INVESTITURE_PASSIVE.search(text)
    if cue is None or _CONFIDENCE.search(text) or NEGATION.search(text, max(0, cue.start() - 40), cue.end()) \
            or _PARTY_CONTEST.search(text) or _GENERIC.search(text) or _in_quote(text, cue.start()) \
            or HYPOTHETICAL.search(text, max(0, cue.start() - 50), cue.start()):
        return None
    if cue.groupdict().get("failed"):
        stage = "HELD"  # a round that elects nobody
    elif re.match(r"elect|re-elect", cue.group("verb"), re.I):
        stage = "RESULT"
    else:
        stage = "INAUGURATION"
    date = date_of_sentence(text[:_scope_end(text, cue)], article.published)
    if _is_background(analysed, date, previous, article, cue):
        return None
    winner = None
    if stage != "HELD":
        named = _INSTALLED.search(text)
        if named is not None and not _is_place(analysed, named):
            winner = _full_name(analysed, _NAME.match(text, named.start("name"), named.end("name")))
        elif cue.re is _INVESTITURE_PASSIVE:
            # "Prime Minister X was elected by parliament": the one titled as the subject
            titled = [p for p in analysed.people if cue.start() <= analysed.local(p.start) < cue.start("verb")]
            winner = titled[-1].name if titled else None
    country = _country(analysed, cue, None)
    actors = [Actor(name=winner, role="prime minister", country=country, part="WINNER")] if winner else []
    return Finding(
        event_type="ELECTION", key=(country, "prime minister"),
        details={"country": country, "stage": stage, "office": "prime minister", "winner": winner,
                 "reference": False, "offices": ["prime minister"]},
        actors=actors, evidence=[analysed.sentence], date=_stage_date(date, stage, article),
        confidence=0.7 + 0.1 * (winner is not None))


def _organisation_post(analysed: AnalysedSentence) -> bool:
    """Whether the sentence elects someone to a post of a body that is no state: the words after
    "president of" name no country ("of Greece", "of the Philippines" do)."""
    for post in _POST_OF.finditer(analysed.text):
        if not any(analysed.local(p.start) == post.end() and len(p.code) == 3 and p.kind in ("name", "capital")
                   for p in analysed.places):
            return True
    return False


def _legislature_vote(text: str, stage: str, offices: list[str], article: AnalysedArticle) -> ResolvedDate | None:
    """The date of the general election named with its day in a sentence where the new legislature
    elects the head of state ("re-elected by the parliament following Saturday's election"): that
    vote was held too. None when the sentence reports no such pair."""
    if stage not in ("RESULT", "INAUGURATION") or "parliament" in offices or not _BY_LEGISLATURE.search(text):
        return None
    dated = _dated_vote(text)
    if dated is None:
        return None
    date = date_of_sentence(dated.group(), article.published)
    if date.date is None or (article.published and date.date > article.published):
        return None
    return date


def _office_role(offices: list[str]) -> str:
    return offices[0] if offices else ""


def _stage(text: str, article: AnalysedArticle) -> _Stage | None:
    """The most advanced stage the sentence reports, with its cue."""
    lost = _RESULT_LOST.search(text)
    for stage, pattern in _STAGES:
        for cue in pattern.finditer(text):
            if stage == "INAUGURATION" and (_COMING.search(text[max(0, cue.start() - 60):cue.start()])
                                            or _TENURE_CLAUSE.search(text, max(0, cue.start() - 40), cue.start())
                                            and cue.group().lower().endswith("office")):
                continue
            if pattern is _RESULT_WON and re.match(r"(?:re-)?elect\b", cue.group(), re.I) \
                    and re.search(r"\bto\s+$", text[max(0, cue.start() - 4):cue.start()], re.I) \
                    and not _VOTED_TO.search(text, max(0, cue.start() - 40), cue.start()):
                continue  # "will vote to elect X as": a vote to come; "voted to elect X as" is its result
            if lost is not None and pattern is _RESULT_WON and cue.start() < lost.end() and lost.start() < cue.end():
                continue  # "defeated" in "was defeated"
            if stage == "RESULT" and (_UNCERTAIN_WIN.search(text, max(0, cue.start() - 40), cue.start())
                                      or _FAILED.search(text, max(0, cue.start() - 30), cue.start())):
                continue  # "expected to win"; "failed to elect Merz" is a round that elected nobody
            if stage == "RESULT" and re.match(r"(?:lose|concede|win)\b", cue.group(), re.I) \
                    and _MODAL_BEFORE.search(text, max(0, cue.start() - 30), cue.start()):
                continue  # "could lose their seats": a base form tells a result only in the present
            if pattern is _RESULT_COUNT and (_COUNT_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
                                             or _COUNT_AFTER.match(text, cue.end())):
                continue  # "before the results were expected": no result yet
            if pattern is _RESULT_COUNT and _RESULTS_AS_CAUSE.search(text, max(0, cue.start() - 40), cue.start()) \
                    or pattern is _RESULT_WON and _NOUN_RESULT.match(cue.group()) \
                    and _WIN_AS_TIME.search(text, max(0, cue.start() - 40), cue.start()) \
                    or pattern is _RESULT_WON and re.match(r"(?:re-)?elected\b", cue.group(), re.I) \
                    and _ELECTED_AS_TIME.search(text, max(0, cue.start() - 50), cue.start()) \
                    and not find_date_expressions(text[cue.end():cue.end() + 40].split(",")[0]):
                continue  # "in the wake of the results of the elections", "since Trump's re-election"
            if _ELECTED_AS_ADJECTIVE.match(text, cue.start()) or _in_quote(text, cue.start()) \
                    or NEGATION.search(text, max(0, cue.start() - 40), cue.end() + 10) \
                    or _CANNOT.search(text, max(0, cue.start() - 40), cue.start()):
                continue  # "elected officials"; quoted speech; "was not elected"; "elections cannot be held"
            if stage == "RESULT" and _IN_A_CONDITION.search(text, max(0, cue.start() - 60), cue.start()):
                continue  # "if no candidate wins a majority": a condition, not a result
            if stage == "INAUGURATION" and _THING_INAUGURATED.match(text, cue.start()):
                continue  # "the inauguration of a new bridge": an opening, not a taking of office
            if _ANNIVERSARY.search(text, max(0, cue.start() - 60), cue.start()):
                continue  # "the anniversary of the president's inauguration"
            if stage == "HELD" and (_FUTURE.search(text, max(0, cue.start() - 30), cue.start())
                                    and not _NOUN_TO.search(text, max(0, cue.start() - 30), cue.start())
                                    and not _TENSED_BY_ITS_VERB.match(cue.group())
                                    and not _VOTING_TO.search(text, max(0, cue.start() - 40), cue.start())
                                    or _FUTURE_AFTER.match(text, cue.end())):
                # "Portugal will hold a snap election on May 18"; "voting in the election will be held on May 18"
                return _Stage("SCHEDULED", cue, lost=lost)
            return _Stage(stage, cue, lost=lost, count=pattern is _RESULT_COUNT)
    dated = _dated_vote(text)
    if dated:
        date = _named_day(text, dated, article)
        if date.date is not None:
            future = article.published is not None and date.date > article.published
            return _Stage("SCHEDULED" if future else "HELD", dated, date=date)
    return None


# "ahead of Sunday's election", "ahead of the vote on Sunday": the vote is still to come.
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:the\s+|this\s+)?$", re.I)
# A day named without its year that was long past reads as the coming one: "the January 30th elections"
# in a story of late November (an old vote would carry its year); days, from publication.
_LONG_PAST, _NEAR_AHEAD = 45, 100


def _named_day(text: str, dated: re.Match, article: AnalysedArticle) -> ResolvedDate:
    """The day of an election named with it ("Sunday's vote"): the coming one after "ahead of"."""
    date = date_of_sentence(dated.group(), article.published)
    if date.text and _AHEAD_OF.search(text, max(0, dated.start() - 20), dated.start()):
        return resolve_date(date.text, article.published, future=True)
    if _PAST_CUE.search(text, max(0, dated.start() - 40), dated.start()):
        return date  # "Iraqis voted in the January 30 elections": past, however long ago
    return _coming_day(date, article) or date


def _coming_day(date: ResolvedDate, article: AnalysedArticle) -> ResolvedDate | None:
    """The coming reading of a day named without its year that was long past (`_LONG_PAST`), when
    that is near: "Canadians go to the polls on January 23" in a story of December."""
    if date.date is not None and date.precision == "DAY" and article.published is not None \
            and (article.published - date.date).days > _LONG_PAST and not re.search(r"\d{4}", date.text):
        coming = resolve_date(date.text, article.published, future=True)
        if coming.date is not None and 0 <= (coming.date - article.published).days <= _NEAR_AHEAD:
            return coming
    return None


def _in_quote(text: str, at: int) -> bool:
    """Whether `at` lies inside quoted speech (an odd number of quotation marks before it)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _scope_end(text: str, cue: re.Match) -> int:
    """Where the clause of the stage cue ends: before a clause of time or cause that follows it
    ("..., after leading a minority government since January") or an aside ("..., having served
    from 2012 to 2017")."""
    ends = [m.start() for m in (_SCOPE_END.search(text, cue.end()), _ASIDE.search(text, cue.end())) if m]
    return min(ends, default=len(text))


# A legislature right before "re-elected President X" is its subject: the verb, not an adjective.
# ("The Knesset re-elected President X", "Estonia's Riigikogu re-elected ...": a legislature by its own name.)
_LEGISLATURE_SUBJECT = re.compile(
    rf"(?:\b{_LEGISLATURE}(?:['’]s)?|(?:\b[Tt]he|['’]s)\s+(?-i:[A-Z][a-z-]+))\s+(?:(?:has|have)\s+)?(?:\w+ly\s+)?$", re.I)


def _is_adjectival(text: str, cue: re.Match) -> bool:
    return bool(_ADJECTIVAL.search(text[max(0, cue.start() - 8): cue.end() + 20])
                or _NOUN_RESULT.match(cue.group()) and _POSSESSED_CAUSE.match(text, cue.end())
                and re.search(r"['’]s?\s+$", text[max(0, cue.start() - 4):cue.start()])) \
        and not _LEGISLATURE_SUBJECT.search(text, max(0, cue.start() - 40), cue.start())


# A possessed win as the subject of another verb ("Bush's re-election boosted attendance", "X's victory
# has rattled markets"): a reference to the result, the news is what it caused.
_POSSESSED_CAUSE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:boost|rais|spur|prompt|trigger|fuel|rattl|shak|unsettl|dampen|sparked|sparks|"
    r"led|leads|caus|pushed|pushes|drove|drives|worr|alarm|embolden|encourag|increas|reduc|lift|hurt|weigh)\w*\b",
    re.I)


def _rounds_of_talks(text: str, cue: re.Match, previous: AnalysedSentence | None) -> bool:
    """Whether the vote a cue names is a round of talks: a "second round" with no vote named in the
    sentence, which or the sentence before speaks of talks, negotiations or mediation."""
    if not _ROUND_CUE.search(cue.group()) and not _ROUND_CUE.search(text, max(0, cue.start() - 20), cue.end() + 20):
        return False
    if _VOTE_NAMED.search(text) or _PUBLIC_VOTE_NOUN.search(text):
        return False
    return bool(_TALKS.search(text) or (previous is not None and _TALKS.search(previous.text)
                                        and not _PUBLIC_VOTE_NOUN.search(previous.text)))


def _is_background(analysed: AnalysedSentence, date: ResolvedDate, previous: AnalysedSentence | None,
                   article: AnalysedArticle, cue: re.Match | None = None) -> bool:
    """An old year or date in the sentence, or the one before opening on an old year when this one
    has no date of its own ("In 2000, a new threat emerged. Mugabe won a presidential election").
    A year the news is measured against ("the first win since 2011", "the highest turnout after
    the 2022 election") is no background, nor one told in an aside after the stage `cue` ("is
    sworn in, having served as president from 2012 to 2017"; "is elected, ending a vacuum that
    began in 2022")."""
    text = analysed.text
    aside = _ASIDE.search(text, cue.end()) if cue is not None else None
    text = _COMPARED_YEAR.sub(" ", text[:aside.start()] if aside else text)
    if old_year_mentioned(text, article.published) or is_stale(date, article.published, days=40, whole_periods=False):
        return True
    if cue is not None and article.published is not None:
        # "won the most seats in the 2024 legislative election", told in late February 2025
        # (taking office "after the February 2024 general election": whenever told, an old vote's winner took office long ago)
        named = _ELECTION_OF_A_YEAR.search(text, max(0, cue.start() - 40),
                                           len(text) if _INAUGURATION.fullmatch(cue.group()) else _scope_end(text, cue))
        if named is not None and (article.published - datetime.date(int(named.group("year") or named.group("year_after")), 12, 31)).days > 40:
            return True
    opening = _YEAR_OPENING.match(previous.text) if previous is not None else None
    return bool(opening and date.date is None and not date.text
                and old_year_mentioned(opening.group(), article.published))


# A vote named by its month: "who won the November election", "October's parliamentary vote", "the
# October 26 parliamentary election".
_MONTH_ELECTION = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?"
    r"(?:['’]s)?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:elections?|vote|polls|referendum|run-?off|ballot)\b")


def _vote_day(text: str, cue: re.Match, date: ResolvedDate, article: AnalysedArticle) -> ResolvedDate:
    """An election is dated by its voting day: "declared on Tuesday the winner of Sunday's election"
    is Sunday's; and a day named right after the vote it dates ("who won the election on June 1,
    will be sworn in on August 6") is past, whatever tense the sentence goes on in."""
    future = bool(date.date and article.published and date.date > article.published)
    by_month = _MONTH_ELECTION.search(text)
    if by_month is not None:
        month = date_of_sentence(by_month.group(), article.published)  # "the November election": the last November
        if month.date is not None and not (article.published and month.date > article.published):
            return month
    named = _dated_vote(text) if not future else None  # "will compete in a run-off vote on 13 April"
    if named is not None:
        day = _named_day(text, named, article)
        if day.date is not None and not (article.published and day.date > article.published):
            return day
    if future and date.text and date.text in text[cue.end():cue.end() + 50]:
        past = resolve_date(date.text, article.published, future=False)
        if past.date is not None and past.date <= article.published:
            return past
    return date


def _date_results_by_vote_day(findings: list[Finding]) -> None:
    """Results announced a day or three after the vote are dated by the voting day ("Poles voted on
    Sunday ... X won, the commission said on Monday"); a later round keeps its own day."""
    voted = {(f.details["country"], f.details["office"]): f.date for f in findings
             if f.details["stage"] == "HELD" and f.date.precision == "DAY"}
    for finding in findings:
        held = voted.get((finding.details["country"], finding.details["office"]))
        if finding.details["stage"] == "RESULT" and held is not None and finding.date.precision == "DAY" \
                and 0 < (finding.date.date - held.date).days <= 3:
            finding.date = held


def _stage_date(date: ResolvedDate, stage: str, article: AnalysedArticle) -> ResolvedDate:
    """The stage's date; a vote held or decided cannot lie after publication ("a runoff, with
    the vote set for December 14" dates the runoff, not this result)."""
    if stage in ("HELD", "RESULT", "INAUGURATION") and date.date and article.published \
            and date.date > article.published:
        return UNRESOLVED
    return date


# "re-elected by the parliament": the legislature elects; the office is the winner's.
_ELECTOR = re.compile(
    r"\bby (?:the )?(?:[\w-]+ )?$|\bby (?:a |an )?(?:joint |special )?(?:session|vote) of (?:the )?(?:[\w-]+ )?$", re.I)


# "parliament (unanimously) re-elected X as president", "parliament failed to elect a president":
# the legislature is the subject that elects.
_ELECTS = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:re-)?elect(?:s|ed)?\b|"
    r"\s+(?:\S+\s+){0,3}?(?:vot\w+|fail\w*)\s+(?:\S+\s+){0,3}?to\s+(?:re-)?elect\b", re.I)


# The office a person is elected to, named after "as" or "elected": "parliament elects X as the
# country's first female president", "re-elects X as House Speaker", "is elected Prime Minister".
_ELECTED_AS_OFFICE = re.compile(
    r"\b(?:re-)?elect(?:s|ed)?\s+(?:[^.;]{0,60}?\sas\s+|as\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+['’]s\s+)?(?:(?:new|next|first|female|[\w-]+(?:st|nd|rd|th))\s+){0,3}"
    r"(?:(?P<speaker>(?:house\s+)?speaker)|(?P<pm>prime minister|premier|chancellor)|(?P<vp>vice[- ]president)|"
    r"(?P<president>president|head of state))\b(?!\s+(?-i:[A-Z]))", re.I)  # not a title: "as Prime Minister Edi Rama seeks"


# The people deciding a measure, a referendum though the word is not written.
_PEOPLE_DECIDE = re.compile(
    r"\b(?:voters|electorate|citizens)\b[^.;]{0,40}?\b(?:approv|reject|back|endors)\w*\s+(?:a |an |the )?"
    r"(?:[\w-]+\s+){0,2}?(?:change|amendment|proposals?|constitution|charter|measures?|questions?|law|plan|reform)s?\b|"
    # "Guineans vote on whether to replace their constitution": the people decide a question
    r"\bvot(?:e|es|ed|ing)\s+(?:\w+\s+)?on\s+whether\b",
    re.I)


def _offices(text: str, cue: re.Match, titles: list[tuple[int, int]]) -> list[str]:
    """What is elected, read near the election words ("presidential election", "elected mayor
    of") but not in people's titles (`titles`, sentence-local spans); two when a sentence lists
    them ("vote to elect a president and the members of the National Assembly"). Empty when the
    sentence does not say; ["parliament?"] when it only speaks of seats or a general election."""
    predicate = _ELECTED_AS_OFFICE.search(text, max(0, cue.start() - 2))
    if predicate is not None and predicate.start() <= cue.end():
        return [{"speaker": "speaker", "pm": "prime minister", "vp": "vice president"}.get(
            predicate.lastgroup, predicate.lastgroup)]
    anchors = [(cue.start(), cue.end())] + [m.span() for m in _ELECTION_NOUN.finditer(text)]
    found: list[tuple[int, str]] = []
    for office, pattern in _OFFICES:
        distances = [max(0, match.start() - end, start - match.end()) for start, end in anchors
                     for match in pattern.finditer(text, max(0, start - 40), min(len(text), end + 60))
                     if not any(t_start <= match.start() < t_end for t_start, t_end in titles)
                     and not _ELECTOR.search(text, max(0, match.start() - 30), match.start())
                     and not _ELECTS.match(text, match.end())]
        if distances:
            found.append((min(distances), office))
    if not found:
        if _PEOPLE_DECIDE.search(text):
            return ["referendum"]  # "over 90% of voters approve a constitutional change"
        return ["parliament?"] if _GENERAL_VOTE.search(text) else []
    offices = [min(found)[1]]
    listed = _ELECT_LIST.search(text)
    items = listed and (listed.group("list") or listed.group("including") or listed.group("kinds"))
    if items:
        items = _BY_ELECTOR.split(items, 1)[0]  # "elected President by the Hellenic Parliament in ...": the elector
    if items and _LIST_JOINT.search(items):
        offices += [office for office, pattern in _OFFICES if office not in offices and pattern.search(items)]
    if "president" in offices and "vice president" in offices:
        # "vote to elect a president, vice president and ...": the running mate is on the president's
        # ticket, one election
        offices.remove("vice president")
    return offices


def _candidate_office(analysed: AnalysedSentence) -> list[str]:
    """The office a candidate's title names ("presidential candidates Nasry Asfura and ...")."""
    for person in analysed.people:
        if "candidate" in person.role:
            title = analysed.text[analysed.local(person.title_start):analysed.local(person.start)]
            for office, pattern in _OFFICES:
                if pattern.search(title):
                    return [office]
    return []


def _settle_offices(findings: list[Finding]) -> None:
    """A sentence that lists two offices gives one finding each; a sentence that names none
    takes the office of the article's election in the same country, else "parliament"."""
    extra = []
    for finding in findings:
        for office in finding.details.pop("offices", [])[1:]:
            extra.append(dataclasses.replace(
                finding, details={**finding.details, "office": office, "winner": None},
                actors=[a for a in finding.actors if a.part != "WINNER"], evidence=list(finding.evidence)))
    findings.extend(extra)
    for finding in findings:
        if finding.details["office"] is None:
            known = [f.details["office"] for f in findings
                     if f.details["country"] == finding.details["country"] and f.details["office"]]
            finding.details["office"] = known[0] if known else "parliament"


# What follows an inauguration a guest attends when it names whose: "of President X", "ceremony of X".
_OF_THE_ONE = re.compile(r"\s+(?:ceremony\s+)?(?:of|for)\s", re.I)


def _guest_at(text: str, cue: re.Match) -> bool:
    return cue.group().lower() == "inauguration" and _GUEST_AT.search(text, max(0, cue.start() - 40), cue.start()) \
        is not None


def _winner(analysed: AnalysedSentence, cue: re.Match, adjectival: bool) -> PersonMention | None:
    """Who won: the one "newly elected" qualifies, else the nearest person before the result cue,
    else an untitled name right before "is elected" / "wins" / "is sworn in", else the one
    right after "elected" / "sworn in"."""
    text = analysed.text
    people = list(analysed.people)
    after = [p for p in people if analysed.local(p.start) >= cue.start()]
    if adjectival:
        return after[0] if after else None
    if after and analysed.local(after[0].start) < cue.end() and _NAMED_WINNER.match(cue.group()):
        return after[0]  # "confirmed William Ruto as the winner"
    if _guest_at(text, cue):  # "Lula attended the inauguration of President X": X is sworn in, if anyone named
        return after[0] if after and _OF_THE_ONE.match(text, cue.end()) else None
    before = [p for p in people if analysed.local(p.end) <= cue.start()]
    congratulated = _CONGRATULATED.search(text, analysed.local(before[-1].end), cue.start()) if before else None
    if congratulated is not None:
        # "Rubio congratulated Karol Nawrocki on winning": the one congratulated won, not the one congratulating
        # ("called Tokayev to congratulate him": the one called, when the caller is named before him)
        if congratulated.group("name"):
            return _person_at(analysed, congratulated, "name")
        return before[-1] if len(before) >= 2 else None
    if before and not _BETWEEN.search(text, analysed.local(before[-1].end), cue.start()):
        if len(before) >= 2 and before[-1].role == "vice president" and before[-2].role != "vice president" \
                and _AND_ONLY.fullmatch(text, analysed.local(before[-2].end), analysed.local(before[-1].title_start)):
            return before[-2]  # "A and B are sworn in as president and vice president": the ticket's head
        return before[-1]
    untitled = _UNTITLED_WINNER.search(text)
    if untitled and _PARTY_NAME.search(untitled.group("name")):
        # "Ana Soto of the Socialist Party is elected": the person named with the party won.
        member = _MEMBER_OF_PARTY.search(text, max(0, untitled.start("name") - 60), untitled.start("name"))
        if member and len(member.group("name").split()) >= 2 and member.group("name").split()[0] not in _NOT_NAME_START \
                and not _PARTY_NAME.search(member.group("name")) and not _is_place(analysed, member):
            return PersonMention(member.group("name"), "", None, analysed.sentence.start + member.start("name"),
                                 analysed.sentence.start + member.end("name"))
        untitled = None
    if untitled and untitled.start("name") < cue.end():
        name = _LEADING_MODIFIER.sub("", untitled.group("name"))
        # one word only as the sentence's subject: "Kast is elected president of Chile."
        one_word_subject = untitled.start("name") == 0 \
            and re.match(r"\s+(?:is|was|wins|won)\b", text[untitled.end("name"):])
        if name.split()[0] not in _NOT_NAME_START and (len(name.split()) >= 2 or one_word_subject) \
                and not name.isupper() and not _is_place(analysed, untitled):
            return PersonMention(name, "", None, analysed.sentence.start + untitled.start("name"),
                                 analysed.sentence.start + untitled.end("name"))
    elected = _ELECTED_NAME.match(text, cue.start()) if re.match(r"(?:re-)?elect", cue.group(), re.I) else None
    if elected and len(elected.group("name").split()) >= 2 and not _is_place(analysed, elected):
        # "Voters in Chile elect José Antonio Kast as president"; "parliament elected Anna Kovacs as president";
        # before a titled person named later ("re-elects Ana Soto as Speaker over Minority Leader Luis Vega")
        return PersonMention(elected.group("name"), "", None, analysed.sentence.start + elected.start("name"),
                             analysed.sentence.start + elected.end("name"))
    if after and re.search(r"elect|sworn in|inaugurated", cue.group(), re.I):
        return after[0]
    return None


_AND_ONLY = re.compile(r",?\s+and\s+")
# The one a winner beat: "wins 51% over incumbent Mayor of Warsaw X", "defeating X", "against X".
_OVER_RIVAL = re.compile(
    r"\b(?:over|defeating|beating|against|edging(?: out)?|ousting|unseating)\s+(?:[\w'’.-]+\s+){0,6}?$", re.I)
_NAMED_WINNER = re.compile(r"(?:declared|confirmed|proclaimed|certified)\s", re.I)
# "congratulated Karol Nawrocki on winning", "congratulate him on his re-election": who is congratulated.
_CONGRATULATED = re.compile(
    rf"\bcongratulat\w*\s+(?:(?P<pronoun>him|her|them)|(?:[\w'’.-]+\s+){{0,4}}?(?P<name>{NAME}))\s+on\b", re.I)


def _person_at(analysed: AnalysedSentence, match: re.Match, group: str) -> PersonMention:
    """The person the article names at a match's group: its mention, or the words as a name."""
    at = analysed.sentence.start + match.start(group)
    for person in analysed.people:
        if person.start <= at < person.end:
            return person
    return PersonMention(match.group(group), "", None, at, analysed.sentence.start + match.end(group))


def _leader_of_winner(analysed: AnalysedSentence, cue: re.Match) -> PersonMention | None:
    """The person named last before the result cue when "of" introduces them ("the coalition of
    President X wins"): the leader of what won, whose title is not what was won."""
    before = [p for p in analysed.people if analysed.local(p.end) <= cue.start()]
    if not before:
        return None
    start = before[-1].title_start if before[-1].title_start >= 0 else before[-1].start
    return before[-1] if _OF_PERSON.search(analysed.text, 0, analysed.local(start)) else None


def _party_leader(analysed: AnalysedSentence, party: re.Match) -> PersonMention | None:
    """The person named with a winning party: "Andrej Babiš's populist ANO party", "his party"."""
    before = [p for p in analysed.people if analysed.local(p.end) <= party.start() + 2]
    return before[-1] if before else None


def _candidates(analysed: AnalysedSentence, lost: re.Match | None, result: bool = False) -> list[tuple[str, str]]:
    """Candidates named in the sentence: after "between", after a candidate noun, (for a
    losing cue) the person before it, or (in a result) the one beaten ("wins over X")."""
    text = analysed.text
    found: list[tuple[str, str]] = []
    roles = {p.name: p.role for p in analysed.people}
    if result:
        for person in analysed.people:
            at = analysed.local(person.title_start if person.title_start >= 0 else person.start)
            if _OVER_RIVAL.search(text, max(0, at - 60), at):
                found.append((person.name, person.role or "candidate"))
    if lost is not None:
        before = [p for p in analysed.people if analysed.local(p.end) <= lost.start()]
        untitled = _UNTITLED_LOSER.search(text, max(0, lost.start() - 60), lost.end())
        if before:
            found.append((before[-1].name, before[-1].role or "candidate"))
        elif untitled and _is_candidate_name(analysed, untitled):
            found.append((untitled.group("name"), "candidate"))
    for between in _BETWEEN.finditer(text):
        for match in _NAME.finditer(text, between.end(), min(len(text), between.end() + 160)):
            if _is_candidate_name(analysed, match):
                found.append((_full_name(analysed, match), roles.get(match.group(), "candidate")))
    listed_until = -1  # where the last candidate named after a candidate noun ends
    for match in _NAME.finditer(text):
        follows_noun = _CANDIDATE_NOUN.search(text, max(0, match.start() - 40), match.start())
        # "candidates Nasry Asfura and Salvador Nasralla": the next name in the list is one too
        listed = listed_until >= 0 and re.fullmatch(r",? (?:and |or )?|, ", text[listed_until:match.start()])
        if (follows_noun or listed) and _is_candidate_name(analysed, match):
            found.append((_full_name(analysed, match), "candidate"))
            listed_until = match.end()
    unique: list[tuple[str, str]] = []
    for name, role in found:
        if all(name != known for known, _ in unique):
            unique.append((name, role))
    return unique


def _is_candidate_name(analysed: AnalysedSentence, match: re.Match) -> bool:
    words = match.group().split()
    return len(words) >= 2 and words[0] not in _NOT_NAME_START and not _is_place(analysed, match) \
        and not _PARTY_NAME.search(match.group())


def _full_name(analysed: AnalysedSentence, match: re.Match) -> str:
    """The article's fullest form of a name matched in the sentence."""
    at = analysed.sentence.start + match.start()
    for person in analysed.people:
        if person.start <= at < person.end or at <= person.start < analysed.sentence.start + match.end():
            return person.name
    return match.group()


def _is_place(analysed: AnalysedSentence, match: re.Match) -> bool:
    start, end = match.span("name") if "name" in match.re.groupindex else match.span()
    return any(start < analysed.local(p.end) and analysed.local(p.start) < end for p in analysed.places)


# A state's people named as living or voting abroad: "Moldovans living in Russia", "Moldovan voters abroad".
_VOTERS_ABROAD = re.compile(
    r"(?<=s)\s+(?:living|residing|working|based|abroad|overseas|in\s+the\s+diaspora)\b|"
    r"\s+(?:voters|citizens|nationals|expatriates|emigrants|diaspora)\s+(?:living\s+|residing\s+)?(?:abroad|overseas|in)\b")


def _country(analysed: AnalysedSentence, cue: re.Match, winner: PersonMention | None) -> str | None:
    """Where the vote takes place: the winner's state, else the state named nearest the election
    words; a state named as "pro-X" or "anti-X" is an allegiance, not the place, and one someone
    goes to or comes from ("is flown to Senegal") only the place when no other state is named."""
    if winner is not None and winner.country and len(winner.country) == 3:
        return winner.country
    text = analysed.text
    anchors = [cue.start()] + [m.start() for m in _ELECTION_NOUN.finditer(text)]
    best = None
    described_end = None  # where the last state named ends: a description of it may follow
    for place in analysed.places:
        if len(place.code) != 3 or place.kind not in ("name", "demonym", "capital"):
            continue
        at, to = analysed.local(place.start), analysed.local(place.end)
        if described_end is not None and _DESCRIBES_THE_PLACE_BEFORE.fullmatch(text, described_end, at):
            continue  # "Saint Helena, a British Overseas Territory, votes": Saint Helena votes
        described_end = to
        if re.search(r"\b(?:pro|anti)-$", text[max(0, at - 5):at], re.I):
            continue
        distance = min(min(abs(at - anchor), abs(to - anchor)) for anchor in anchors)
        # A place someone travels to or from is no place of the vote, unless no other is named.
        moved = bool(_MOTION_BEFORE.search(text, max(0, at - 8), at))
        # the state that owns the vote comes first: "Moldovans living in Romania voted in Moldova's election"
        # ... and so do its people wherever they vote: "Moldovans living in Russia had been denied the chance to vote,
        # with only two polling stations opened for them in Moscow"
        owner = bool(_OWNS_VOTE.match(text, to) or _VOTE_IN.search(text, max(0, at - 40), at)
                     or (place.kind == "demonym" and _VOTERS_ABROAD.match(text, to)))
        if best is None or (not owner, moved, distance) < best[0]:
            best = ((not owner, moved, distance), place.code)
    if best is None and _US_STATE.search(text):
        return "USA"  # "elected governor of Virginia": a state of the U.S. names no country of its own
    if best is None and (named := NAMED_LEGISLATURE.search(text)) is not None:
        return LEGISLATURE_STATES[named.group().lower()]  # "loses its majority in the House of Councillors"
    if best is None:
        return _city_state(text)  # "is elected Mayor of New Orleans"
    return best[1]


# "is elected Mayor of New Orleans", "the Toronto mayoral election": a city's own office, with no state named, is
# voted on in the state the city is in.
_CITY_OFFICE = re.compile(
    r"\b(?i:(?:lord\s+)?mayor)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})|"
    r"\b(?P<before>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?i:mayoral|municipal)\s+(?i:elections?|race|vote|polls)")


def _city_state(text: str) -> str | None:
    """The state of the city whose mayor is elected, the most populous city of the name in GeoNames; None when the
    text names no such city."""
    office = _CITY_OFFICE.search(text)
    if office is None:
        return None
    cities = [place for place, _main in GeoNames.load().candidates(office.group("of") or office.group("before"))
              if place.precision == CITY]
    return max(cities, key=lambda place: (place.population, -place.geonames_id)).country if cities else None


# Between a place and a description of it in apposition that names another state: ", a British
# Overseas Territory", ", an autonomous territory of Denmark".
_DESCRIBES_THE_PLACE_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:of\s+(?:the\s+)?)?")
_OWNS_VOTE = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_VOTE_NOUN}\b", re.I)
_VOTE_IN = re.compile(rf"\b{_VOTE_NOUN}\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_MOTION_BEFORE = re.compile(r"\b(?:to|from|into)\s+(?:the\s+)?$")


# The kind ---------------------------------------------------------------------------------------

def merge_elections(findings: list[Finding], _context: ArticleContext) -> list[Finding]:
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
        absorb(existing, finding, finer_date=False)  # the date of the stage reported
    return list(merged.values())


def combine_reports(reports: list[dict]) -> dict:
    """An election reported by several articles is at the most advanced stage any reports, won
    by the winner the first report naming one names."""
    latest = max(reports, key=lambda details: STAGE_RANK.get(details.get("stage"), -1))
    winner = next((details["winner"] for details in reports if details.get("winner")), None)
    return {**latest, "winner": winner}


def _summary(details: dict, _people: str, name) -> str:
    winner = f", won by {details['winner']}" if details.get("winner") else ""
    return f"{name(details['country'])} {details['office']} election: {details['stage'].lower()}{winner}"


KIND = EventKind(
    event_type="ELECTION",
    field="election",
    details=ElectionDetails,
    detect=detect_elections,
    merge=merge_elections,
    countries=lambda details: [details["country"]],
    codes=lambda _details: NO_CODES,  # neither CAMEO nor PLOVER codes elections
    summary=_summary,
    display_key=lambda details: f"{details.get('country') or '-'} {details.get('office') or '-'}",
    scoring_key=lambda event: "" if event.get("country") is None else str(event["country"]),
    subtype_fields=("stage",),
    preferred_field="office",
    tie_break_fields=("office", "stage", "date"),
    combine=combine_reports,
    identity_window_days=45,  # the stages of one election: called, held, counted, sworn in
    cues=CUES,
)
