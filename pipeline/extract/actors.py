"""People in an article: found by title patterns, resolved to a country and role, linked within
the article so that a later "Xi" or "President Lee" is the "Xi Jinping" met first.

Patterns (each with optional modifiers such as "newly elected", "former"):
    Chinese President Xi Jinping            demonym + title + name
    South Korea's President Lee Jae-myung   country's + title + name
    Prime Minister Narendra Modi of India   title + name + "of" country
    the French foreign minister, Jean-Noël Barrot
    NATO Secretary-General Jens Stoltenberg organisation + title + name
    Xi Jinping, Trump                       a leader in office on the article's date (gazetteer)
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from pipeline.extract.gazetteer import US_STATE, Gazetteer, PlaceMatch
from pipeline.extract.prefilter import Prefiltered
from pipeline.extract.sentences import DATELINE

# A capitalised name word: letters (any script), inner hyphens and apostrophes ("Jae-myung", "O'Neill").
# (Its letter runs possessive: what follows one in any pattern is no letter, so giving letters
# back can never make a match; it only cost the appositive pattern a retry per letter.)
_NAME_INITIAL = r"[A-ZÀ-ÖØ-ÞĀ-ſİ]"
# (An initial with an apostrophe may open it: "O'Neill", "D'Souza".)
_NAME_WORD = rf"{_NAME_INITIAL}(?:['’]{_NAME_INITIAL})?[^\W\d_]++(?:[-'’][^\W\d_]++)*"  # two letters at least: no initials
# "Al" and "El" before a family name too: "Tamim bin Hamad Al Thani", "Mohamed bin Zayed Al Nahyan".
_PARTICLE = r"(?:al|el|Al|El|bin|ibn|de|da|do|dos|van|von|der|den|la|le|del|di|du|ben|abu)"
# Up to four name words, with lower-case particles inside ("Bashar al-Assad", "Ursula von der Leyen").
_NAME_WORDS = 4  # the most capitalised words a name holds
# (A middle initial may stand between two words: "Michael D. Higgins", "Philip J. Pierre".)
NAME = (rf"{_NAME_WORD}(?:(?:[ \t]+[A-Z]\.)?[ \t]+(?:{_PARTICLE}[ \t-])*(?:{_PARTICLE}-)?{_NAME_WORD})"
        rf"{{0,{_NAME_WORDS - 1}}}")
# Initials before a name after a title: "Vice President C. P. Radhakrishnan", "Vice President J.D. Vance".
_INITIALS = r"(?:[A-Z]\.[ \t]?){1,2}[ \t]*"
_MODIFIERS = (
    r"(?:(?:newly[- ](?:elected|appointed|installed|named|sworn-in)|new|then|former|ex-|acting|outgoing|incoming|interim|"
    r"caretaker|current|incumbent|deputy|senior|top|chief|special|first|vice)[ \t]+)*"
)
# Who no longer holds the office named (an "outgoing" leader still holds it until the successor
# takes office, and speaks for the state until then).
_FORMER = re.compile(r"\b(?:(?:former|then|late|previous|ousted|deposed|toppled|overthrown)\b|ex-)", re.IGNORECASE)
_NOT_NAMES = frozenset(
    """The A An This That These Those He She It They We I His Her Their Its Our Mr Mrs Ms Dr On In At
    After Before During While When Since On Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Following According However Meanwhile Also But And Or Jr Sr
    Assembly Council Union Affairs Security Confederation Committee Commission Office Ministry
    Department Agency Party Parliament Congress Senate Court Government Administration Cabinet
    Forces Army Navy Air Defense Defence Staff Police Bank Fund Organization Organisation
    Brigade Brigades Battalion Regiment Division Corps Counsel
    Feb Apr Jul Aug Sep Sept Oct Nov Dec EST EDT CST CDT MST MDT PST PDT GMT UTC BST CET CEST""".split()
)
# (The last lines: military units, "General Counsel"; months as news abbreviates them, not "Jan", "Jun" or
# "Mar", which are given names too; time zones: "the region's 10 presidents Dec. 9", "1:18 PM EST".)
# Capitalised words that begin a run of capitalised words without being a name: "The" of "The
# Trump administration", "After" of "After Putin spoke".
_LEADING_NOT_NAMES = re.compile(rf"(?:(?:{'|'.join(sorted(_NOT_NAMES))})[ \t]+)+")
# Right after a title, "He" and a given name are a Chinese name ("Vice Premier He Lifeng"), not a pronoun.
_A_SURNAME_AFTER_A_TITLE = re.compile(r"He[ \t]+[A-Z][a-z]+$")
# Coordinated names after a plural title: "candidates Nasry Asfura and Salvador Nasralla".
_MORE_NAMES = re.compile(rf"(?:,[ \t]+|,?[ \t]+and[ \t]+)(?P<name>{NAME})")
# Between a place and the title it qualifies: "China's", "South Korea's the", and up to two
# capitalised qualifiers or a leader's possessive ("U.S. Middle East Envoy", "the U.S.
# president's special envoy").
_QUALIFIER_GAP = re.compile(
    r"(?:['’]s?)?[ \t]*(?:\bthe[ \t]+)?|(?:['’]s)?[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}"
    r"|[ \t]+(?:president|prime minister|government|leader)['’]s[ \t]+"
)
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# Offices whose portfolio news writes before them in lower case: "Spanish transport minister", "AU
# trade and industry commissioner"; up to three such words stand between the place and the title.
_GENERIC_OFFICE = re.compile(r"(?i:minister|commissioner|secretary)")
# (Not words of a clause: "Chinese state media said Secretary Rubio" is no Chinese secretary.)
_PORTFOLIO_WORDS = (
    r"[ \t]+(?:(?!(?:that|said|says|say|reported|reports|told|tells|the|an?|to|of|with|by|as|for|on|in|at|"
    r"from|media|officials?|state|forces|troops|government|army|military|police)\b)[a-z][a-z-]+[ \t]+(?:and[ \t]+)?){1,3}")
_PORTFOLIO_GAP = re.compile(r"(?:['’]s)?" + _PORTFOLIO_WORDS)
# "former human rights minister": "former" before a portfolio in lower case.
_FORMER_BEFORE_A_PORTFOLIO = re.compile(r"\b(?i:former|ex-|ousted|deposed)" + _PORTFOLIO_WORDS + "$")
_POSSESSIVE_END = re.compile(r"['’]s$")
_POSSESSIVE = re.compile(r"['’]s\b")
_HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Prince|Princess|King|Queen)\.?\s+")


@dataclasses.dataclass(unsafe_hash=True)  # (not frozen, though never changed: see `PlaceMatch`)
class PersonMention:
    """One mention of a person in the article text."""

    name: str  # the fullest form known in the article ("Lee Jae-myung" also for "President Lee")
    role: str  # canonical role ("president"), "" when unknown
    country: str | None  # ISO alpha-3 or organisation code the person acts for
    start: int  # offsets of the name in the article text
    end: int
    former: bool = False  # "former President Yoon": speaks for no government now
    title_start: int = -1  # offset where the title (and its country) begins, for subject tests

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


class ActorFinder:
    """Finds `PersonMention`s in an article. Built once per process (compiled patterns)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        title = gazetteer.title_pattern()
        titled = (
            rf"(?P<mods>{_MODIFIERS})(?P<title>{title}|counterpart)(?P<plural>s(?=[ \t]+[A-Z]))?"
            rf"(?:(?:[ \t]+(?:of|for)(?:[ \t]+the)?|{_POSTED_TO})[ \t]+[A-Z][\w .'’-]{{0,40}}?)?"
            rf"(?P<comma>,)?[ \t]+(?P<name>(?:{_INITIALS})?{NAME})"
        )
        # At a word start: the text's first character, or after the character before it that is
        # no word character (consumed, a class the engine scans for; a leading \b would have it try every
        # position). Every modifier and title begins with a letter. Spans are read from "mods" on.
        self._titled_first = re.compile(titled)
        self._titled = Prefiltered(re.compile(r"\W" + titled), "articles")  # tried where a modifier or title begins
        self._capitalised = re.compile(NAME)
        # "Bruno Rodríguez, the foreign minister of Cuba,", "Wang Yi, China's foreign minister,":
        # the title in apposition after the name, its country before it or after "of".
        # (Its initial first, the look-behind after it: the engine skips to the capitals.)
        appositive_name = rf"(?P<name>{_NAME_INITIAL}(?<![\w'’.-].){NAME.removeprefix(_NAME_INITIAL)})"
        appositive_title = (
            rf",[ \t]+(?:(?:the|an?)[ \t]+)?(?:(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:['’]s)?[ \t]+)?"
            rf"(?P<mods>{_MODIFIERS})(?P<title>{title})\b(?![ \t]+[A-Z][a-z])"
        )
        self._appositive = re.compile(appositive_name + appositive_title)
        # Its two halves, for `_appositive_matches`: the title after a comma, the name up to one.
        self._appositive_title = re.compile(appositive_title)
        self._appositive_name = re.compile(appositive_name + r"\Z")
        # "AU chairperson President Abdel Fattah el-Sisi": a second title inside the name.
        self._title_in_name = re.compile(rf"(?P<title>{title})[ \t]+(?=\S)")
        # Per capitalised run, what does not depend on the article (`_untitled_person`).
        self._runs: dict[str, tuple[str, list[str], bool] | None] = {}

    def find(self, text: str, places: list[PlaceMatch], published: dt.date | None) -> list[PersonMention]:
        """Every person mention in `text`, in order, with coreference applied.

        `places` are the gazetteer's place matches over the same text (offsets into it).
        """
        found: list[PersonMention] = []
        taken: list[tuple[int, int]] = []
        elect = _ElectedOrDesignatedIn(text)
        by_end = {place.end: place for place in places}
        by_start = {place.start: place for place in places}
        place_spans = sorted((place.start, place.end) for place in places)
        for match in self._titled_matches(text):
            name_start, name_end = match.span("name")
            title = match.group("title")
            of_the = _OF_THE.match(text, match.end("title"), name_start)
            if of_the and (of_the.end() not in by_start or by_start[of_the.end()].kind == "demonym"
                           or text[by_start[of_the.end()].end:by_start[of_the.end()].end + 1] == "-"):
                continue  # "leader of the (Sudanese) Rapid Support Forces": an organisation's name, no person's
            inner = self._title_in_name.match(text, name_start)
            if inner:  # the inner title is the person's office; the outer one an office held besides
                title, name_start = inner.group("title"), inner.end()
            name = _clean_name(text[name_start:name_end])
            if not name or (name.split()[0] in _NOT_NAMES and not _A_SURNAME_AFTER_A_TITLE.match(name)):
                continue
            place_end = _end_of_a_place_begun_before(place_spans, name_start)
            if place_end is not None:  # "envoy to the United States Peter Mandelson": the name follows the place
                rest = _NAME_AFTER_A_PLACE.match(text, place_end)
                if rest is None:
                    continue
                name_start, name_end = rest.span("name")
                name = _clean_name(text[name_start:name_end])
            if _inside_a_place(place_spans, name_start, name_end) and not (
                    " " not in name and self._leaders_on(name, published, elect)):
                continue  # "President of Iraq"; but "Prime Minister Montenegro" is Portugal's, Luís Montenegro

            if name_start - match.end("title") > 2:  # words stand between the title and the name
                place_words = self._words_ending_a_place_name(text, name_start, name)
                if place_words == len(name):
                    continue  # "Mayor of New York": no name
                if place_words:  # "Mayor of New York Eric Adams": the name is what follows the place
                    name_start = name_start + place_words + len(text[name_start + place_words:name_end]) \
                        - len(text[name_start + place_words:name_end].lstrip())
                    name = _clean_name(text[name_start:name_end])
                if " " not in name and not self._leaders_on(name, published, elect):
                    continue  # "president of Republika Srpska", "Minister of Public Procurement": no name
            name_end = name_start + len(text[name_start:name_end].rstrip())
            role = self.gazetteer.role_for(title) or title.lower()
            title_start = match.start("title")
            country, country_start = self._country_before(text, by_end, match.start("mods"),
                                                          _GENERIC_OFFICE.fullmatch(title) is not None)
            of_country = self._country_after(text, by_start, name_end)
            if of_country and (inner or country is None):  # "... President X of Egypt": X's own state
                country = of_country
            if country is None:  # "Prime Minister of Greenland Jens-Frederik Nielsen", "Mayor of Warsaw ..."
                country = self._country_of_title(text, by_start, match.end("title"), match.start("name"))
            if country is None:  # "NATO Secretary-General": the title names whom it serves
                country = next((by_start[i].code for i in range(title_start, match.end("title")) if i in by_start),
                               None)
            begin = min(country_start, match.start("mods")) if country_start is not None else match.start("mods")
            modifiers = match.group("mods") or ""
            former = bool(_FORMER.search(text[max(0, begin - 12): title_start] + modifiers)
                          or _FORMER_BEFORE_A_PORTFOLIO.search(text, max(0, begin - 40), begin))
            shared_country = None if of_country else country  # "Ukrainian ministers A and B": both's
            if country is None:  # a former leader is looked up over any term, a current one on the day
                country = self._leader_country(name, role, None if former else published, elect)
            if country is None and _US_ONLY_TITLE.fullmatch(title) and not _FOR_A_PORTFOLIO.match(text, match.end("title")) \
                    and not _US_STATE_BEFORE.search(text, max(0, begin - 30), begin):
                country = "USA"  # "Treasury Secretary Scott Bessent": a title only the U.S. cabinet uses
            if country is None and found and found[-1].country and not found[-1].former \
                    and _SERVES_THE_ONE_BEFORE.fullmatch(text, found[-1].start, title_start):
                country = found[-1].country  # "Chancellor Angela Merkel's spokesperson, Steffen Seibert"
            found.append(
                PersonMention(name, role, country, name_start, name_end, former=former, title_start=begin)
            )
            taken.append((match.start("mods"), name_end))
            if match.group("plural"):
                for more in self._more_names(text, name_end, place_spans):
                    more_name, more_start, more_end = more
                    more_country = (self._country_after(text, by_start, more_end) or shared_country
                                    or self._leader_country(more_name, role, None if former else published, elect))
                    found.append(PersonMention(more_name, role, more_country, more_start, more_end,
                                               former=former, title_start=more_start))
                    taken.append((more_start, more_end))
                    name_end = more_end
        found.extend(self._appositive_people(text, taken, by_start, by_end, place_spans, published, elect))
        taken.sort()
        untitled = list(self._untitled_people(text, found, taken, published, by_start, elect))
        untitled = _without_surnames_of_others(text, untitled, found, self.gazetteer)
        found.extend(_without_lone_shared_surnames(text, untitled, self.gazetteer, found))
        found.sort(key=lambda person: person.start)
        found = self._in_the_story_s_state(text, found, places)
        linked = _link_coreferences(found)
        serving = _serving_the_one_named_before(text, linked)
        return _link_coreferences(serving) if serving is not linked else linked

    def _in_the_story_s_state(self, text: str, people: list[PersonMention],
                              places: list[PlaceMatch]) -> list[PersonMention]:
        """"GEORGETOWN, Guyana — Guyana's government on Tuesday ruled out ... Foreign Minister Hugh Todd spoke by phone
        with Rubio": an official whose national office stands capitalised before his name, with no state named for
        him and none the gazetteer knows, serves the state the story opens with (the first state named after the
        dateline, when the story names it again), as wire stories name their own state's officials."""
        if not any(p.country is None for p in people):
            return people
        dateline = DATELINE.match(text)  # the sentence splitter's: "GEORGETOWN, Guyana — "
        opening = [place for place in places if place.start >= (dateline.end() if dateline else 0)
                   and place.start < _OPENING_REACH and place.kind != "organisation"]
        if not opening:
            return people
        home = opening[0].code
        if sum(place.code == home for place in places) < 2 or self.gazetteer.is_organisation(home):
            return people
        starts = [place.start for place in places]
        return [dataclasses.replace(person, country=home)
                if person.country is None and not person.former and person.title_start < person.start
                and self.gazetteer.role_kind(person.role) in _NATIONAL_OFFICES and person.role != "premier"
                and _CAPITALISED_OFFICE.fullmatch(text, person.title_start, person.start)
                # ("California Attorney General X", "Ontario Premier X": an office of a state or province)
                and not US_STATE.search(text, max(0, person.title_start - 16), person.start)
                and bisect.bisect_left(starts, person.title_start) == bisect.bisect_left(starts, person.start)
                else person for person in people]

    def _titled_matches(self, text: str):
        """The matches of the titled pattern, as `finditer` of it after a \\b would give them."""
        first = self._titled_first.match(text)
        if first:
            yield first
        yield from self._titled.finditer(text, first.end() if first else 0)

    def _appositive_people(self, text: str, taken: list[tuple[int, int]], by_start: dict[int, PlaceMatch],
                           by_end: dict[int, PlaceMatch], place_spans: list[tuple[int, int]],
                           published: dt.date | None, elect: _Told = True):
        """People whose title follows their name after a comma, with its country before the title
        ("Wang Yi, China's foreign minister", "Ana Soto, the Chilean president") or after "of"
        ("Bruno Rodríguez, the foreign minister of Cuba"); a title with no country keeps the one the
        gazetteer's officials give the name on the day, if any. Adds their spans to `taken`."""
        if "," not in text:
            return
        spans = list(taken)
        for match in self._appositive_matches(text):
            name_start, name_end = match.span("name")
            name = _clean_name(match.group("name"))
            if not name or name.split()[0] in _NOT_NAMES or _inside_a_place(place_spans, name_start, name_end) \
                    or any(s < name_end and name_start < e for s, e in spans):
                continue
            title_start = match.start("mods")
            country = None
            if match.group("place"):
                place = by_start.get(match.start("place"))
                if place is None or not _QUALIFIER_GAP.fullmatch(text, place.end, title_start):
                    continue  # "Kevin Hassett, National Economic Council director": no country named
                country = place.code
            of_country = self._country_after(text, by_start, match.end("title"))
            if of_country and _NAME_GOES_ON.match(text, self._place_end_after(text, by_start, match.end("title"))):
                of_country = None  # "secretary-general of the Chinese Council of ...": no state's office
            country = country or of_country
            role = self.gazetteer.role_for(match.group("title"))
            kind = self.gazetteer.role_kind(role) if role else None
            former = bool(_FORMER.search(match.group("mods") or ""))
            if country is None:
                country = self._leader_country(name, role, None if former else published, elect)
            # Only offices that act for a state or an organisation: after a comma a title is
            # often a description ("an adviser", "a government commissioner for defence").
            if kind not in _STATE_OFFICES and not (kind == "organisation_head" and country
                                                   and self.gazetteer.is_organisation(country)):
                continue
            yield PersonMention(name, role, country, name_start, name_start + len(match.group("name").rstrip()),
                                former=former, title_start=name_start)
            taken.append((name_start, match.end("title")))
            spans.append((name_start, match.end("title")))

    def _appositive_matches(self, text: str):
        """The matches of the appositive pattern, as its `finditer` gives them. A match's name ends at
        the first comma after its start, so it is looked for only before the commas a title follows:
        the whole pattern was entered at every capital of the article."""
        position = 0
        title = self._appositive_title.search(text)
        while title is not None:
            comma = title.start()
            start = max(position, text.rfind(",", 0, comma) + 1)
            while (name := self._appositive_name.search(text, start, comma)) is not None:
                match = self._appositive.match(text, name.start())
                if match is not None:
                    yield match
                    position = match.end()
                    break
                start = name.start() + 1
            # (from the next comma on, not past this title: a few titles hold a comma)
            title = self._appositive_title.search(text, max(comma + 1, position))

    def _place_end_after(self, text: str, by_start: dict[int, PlaceMatch], position: int) -> int:
        follow = _OF.match(text, position)
        return by_start[follow.end()].end if follow else position

    def _words_ending_a_place_name(self, text: str, name_start: int, name: str) -> int:
        """How many characters of `name` end a place name begun by the capitalised word before it:
        all of "York" and "York" of "York Eric Adams" after "Mayor of New"; 0 when none do."""
        before = _CAPITALISED_WORD_BEFORE.search(text, max(0, name_start - 30), name_start)
        if not before:
            return 0
        words = name.split(" ")
        for count in range(len(words), 0, -1):
            if self.gazetteer.names_a_place(f"{before.group(1)} {' '.join(words[:count])}"):
                return len(" ".join(words[:count]))
        return 0

    def _more_names(self, text: str, position: int, place_spans: list[tuple[int, int]]):
        """(name, start, end) of names coordinated after a plural title's first one, each perhaps
        with its own "of <country>": "Presidents A of X and B of Y", "candidates A, B and C"."""
        while True:
            of = _OF_PLACE.match(text, position)
            if of:
                position = of.end()
            more = _MORE_NAMES.match(text, position)
            if more is None:
                return
            start, end = more.span("name")
            name = _clean_name(more.group("name"))
            if not name or name.split()[0] in _NOT_NAMES or _inside_a_place(place_spans, start, end) \
                    or any(s <= start < e for s, e in place_spans):
                return
            end = start + len(more.group("name").rstrip())
            yield name, start, end
            position = end

    def _country_before(self, text: str, by_end: dict[int, PlaceMatch], position: int,
                        portfolio: bool = False) -> tuple[str | None, int | None]:
        """The place that qualifies a title: "Chinese President", "South Korea’s newly elected President";
        with `portfolio` (a generic office: "minister"), also across the portfolio's lower-case words
        ("Spanish transport minister", "AU trade and industry commissioner")."""
        for gap in range(0, 24):
            place = by_end.get(position - gap)
            if place is not None:
                if _QUALIFIER_GAP.fullmatch(text, place.end, position) \
                        or (portfolio and _PORTFOLIO_GAP.fullmatch(text, place.end, position)):
                    return place.code, place.start
                return None, None
        return None, None

    def _country_after(self, text: str, by_start: dict[int, PlaceMatch], position: int) -> str | None:
        """"Prime Minister Narendra Modi of India": the place right after "of"."""
        follow = _OF.match(text, position)
        place = by_start.get(follow.end()) if follow else None
        return place.code if place else None

    def _country_of_title(self, text: str, by_start: dict[int, PlaceMatch], title_end: int,
                          name_start: int) -> str | None:
        """"Prime Minister of Greenland Jens-Frederik Nielsen", "the supreme leader of Iran, Ali
        Khamenei": the place that is the whole of the title's "of" part, right before the name."""
        follow = _OF.match(text, title_end)
        place = by_start.get(follow.end()) if follow else None
        if place is None or not _BEFORE_A_NAME.fullmatch(text, place.end, name_start):
            return None
        return place.code

    def _leader_country(self, name: str, role: str, published: dt.date | None, elect: _Told = True) -> str | None:
        leaders = self._leaders_on(name, published, elect)
        countries = {leader.country for leader in leaders}
        if len(countries) > 1 and role:  # "President Lee" is Lee Jae-myung, not Hong Kong's John Lee
            countries = {leader.country for leader in leaders if leader.role == role}
        return countries.pop() if len(countries) == 1 else None

    def _leaders_on(self, name: str, published: dt.date | None, elect: _Told = True) -> list:
        """The gazetteer's leaders called `name` in office on `published`; when none is and `elect`
        (the article tells of someone elected or designated), those taking office soon after it: a
        leader-elect speaks for the government (EVENTS.md), a candidate before the vote does not."""
        leaders = self.gazetteer.leaders_named(name, published)
        if leaders or published is None:
            return leaders
        coming = [leader for leader in self.gazetteer.leaders_named(name, None)
                  if published < leader.start <= published + _ELECT_BEFORE_OFFICE]
        return coming if coming and elect else []

    def _untitled_people(self, text: str, titled: list[PersonMention], taken: list[tuple[int, int]],
                         published: dt.date | None, places_by_start: dict[int, PlaceMatch] | None = None,
                         elect: _Told = True):
        """People named without a title: a part of a name titled elsewhere in the article ("Xi",
        "Seibert"), or a leader in office on the article's date ("Xi Jinping said", "Trump's tariffs")."""
        titled_words = {word for person in titled for word in person.name.split()}
        # A state's name that is a titled person's given name is the state: "Israel" after "Defence
        # Minister Israel Katz"; one that is a surname is the person ("Montenegro" after "Luís Montenegro").
        titled_words -= {word for person in titled for word in person.name.split()[:-1]
                         if self.gazetteer.names_a_place(word)}
        titled_words |= {person.name.split()[-1] for person in titled}
        decided: dict[str, tuple | None] = {}  # names repeat: decide each spelling once per article
        spans = iter(taken)  # in text order, as the capitalised runs are
        span = next(spans, None)
        cut_end, cut_word = -1, ""  # where a run of a name's most words ends, its last word: a run right after
        # it goes on with it
        runs = self._runs
        for match in self._capitalised.finditer(text):
            start, end = match.span()
            raw = match.group()
            continued = cut_end >= 0 and not text[cut_end:start].strip(" \t")
            if continued and not self.gazetteer.leaders_named(f"{cut_word} {raw}", None):
                # "Albanese" of "UN Special Rapporteur Francesca Albanese" is no Anthony Albanese; "Katz" of
                # "Israeli Defense Minster Israel Katz" is Israel Katz
                cut_end = -1
                continue
            words = raw.split()
            cut_end, cut_word = (end, words[-1]) if len(words) >= _NAME_WORDS else (-1, "")
            while span is not None and span[1] <= start:
                span = next(spans, None)
            if span is not None and span[0] < end:
                continue
            # Most runs are no one (`_untitled_person` says None): no name, or one that names no leader
            # and not only titled people's words; told here from the run remembered per process.
            run = runs.get(raw, _UNSEEN)
            if run is _UNSEEN:
                run = self._run(raw)
            if run is None or not (published and run[2]) and not titled_words.issuperset(run[1]):
                continue
            if raw not in decided:
                decided[raw] = self._untitled_person(raw, titled_words, published, elect)
            person = decided[raw]
            if person is not None:
                name, full_name, role, country, skip = person
                at = start + skip
                if country is not None and places_by_start and _names_a_country(places_by_start.get(at), len(name)):
                    continue
                yield PersonMention(full_name, role, country, at, at + len(name), title_start=at)

    def _untitled_person(self, raw: str, titled_words: set[str], published: dt.date | None, elect: _Told = True):
        """(name as written, full name, role, country, where the name begins in the run) for a
        capitalised run, or None."""
        run = self._run(raw)
        if run is None:
            return None
        name, words, names_a_leader, skip = run
        if titled_words.issuperset(words):
            return name, name, "", None, skip
        leaders = self._leaders_on(name, published, elect) if published and names_a_leader else []
        if len({leader.country for leader in leaders}) != 1:
            return None
        leader = leaders[0]
        return name, leader.name if len(name.split()) == 1 else name, leader.role, leader.country, skip

    def _run(self, raw: str) -> tuple[str, list[str], bool, int] | None:
        """A capitalised run's name, its words, whether it names a leader on some day and where in
        the run it begins (after capitalised words that are no name: "The Trump administration");
        None when it is no name. Remembered per process: the same runs recur in every article."""
        if raw in self._runs:
            return self._runs[raw]
        leading = _LEADING_NOT_NAMES.match(raw)
        skip = leading.end() if leading else 0
        name = _clean_name(raw[skip:])
        run = None
        if len(name) >= 2 and name.split()[0] not in _NOT_NAMES:
            run = name, name.split(), bool(self.gazetteer.leaders_named(name, None)), skip
        if len(self._runs) >= _RUNS_REMEMBERED:  # bounded: a long text of invented names
            self._runs.clear()
        self._runs[raw] = run
        return run

# Cabinet titles that English news uses without a country only for the United States (Britain has
# a Defence Secretary and a Chancellor of the Exchequer, and "Secretary of State for ..." offices).
_US_ONLY_TITLE = re.compile(
    r"(?:U\.S\.[ \t]+)?(?:Secretary[ \t]+of[ \t]+(?:State|the[ \t]+Treasury|Defense|War|Commerce|Homeland[ \t]+Security|"
    r"Transportation|Agriculture)|(?:Treasury|Commerce|Defense|War|Homeland[ \t]+Security|Transportation|Agriculture)"
    r"[ \t]+Secretary|(?:U\.S\.[ \t]+)?Trade[ \t]+Representative|White[ \t]+House[ \t]+Press[ \t]+Secretary"
    r"|National[ \t]+Economic[ \t]+Council[ \t]+Director|Director[ \t]+of[ \t]+the[ \t]+National[ \t]+Economic[ \t]+Council)",
    re.IGNORECASE)
_FOR_A_PORTFOLIO = re.compile(r"[ \t]+for[ \t]")
# A state of the U.S. right before a title: "Ohio Secretary of State", "the state's Secretary of State" is a
# state's official, no member of the federal cabinet.
_US_STATE_BEFORE = re.compile(rf"(?:{US_STATE.pattern}|\b[Ss]tate)(?:['’]s)?[ \t]+$")
# "of the" between a title and a name: only a state's (or organisation's) name may follow it ("President
# of the United States Donald Trump").
_OF_THE = re.compile(r"[ \t]+(?:of|for)[ \t]+the[ \t]+")
# Where a diplomat is posted, between the title and the name: "U.S. special envoy to Ukraine Keith
# Kellogg", "Russia's ambassador to the UK, Andrey Kelin" (the place is the host, not whom they serve).
_POSTED_TO = (r"(?:(?<=[Ee]nvoy)|(?<=[Aa]mbassador)|(?<=[Rr]epresentative)|(?<=[Cc]onsul)|(?<=[Aa]ffaires))"
              r"[ \t]+to(?:[ \t]+the)?")
# A person's name and possessive right before the title of someone who serves them: "Angela
# Merkel's spokesperson, Steffen Seibert".
_SERVES_THE_ONE_BEFORE = re.compile(r"[^\s'’]+(?:[ \t]+[^\s'’]+){0,5}['’]s[ \t]+")

# Words that tell of someone chosen for an office not yet taken: a leader-elect, a designate, a win, a
# nomination or confirmation, a transition.
# (Searched where its first letters are: a case-blind pattern with no literal start is tried at
# every position of the article otherwise.)
_ELECTED_OR_DESIGNATED = Prefiltered(re.compile(
    r"\b(?:elect(?:s|ed|ing)?\b|confirm|nominat|appoint|designate|in[- ]waiting|presumptive|incoming|future|"
    r"successor|succeed|transition|becom|sworn|inaugurat|victor|winner|w[oi]ns?\b|takes? office|taking office)",
    re.IGNORECASE), "articles")
class _ElectedOrDesignatedIn:
    """Whether a text tells of someone elected or designated, read the first time it is asked: only
    a name of a leader soon to take office asks, and few articles hold one."""

    __slots__ = ("text", "_told")

    def __init__(self, text: str):
        self.text = text
        self._told: bool | None = None

    def __bool__(self) -> bool:
        if self._told is None:
            self._told = _ELECTED_OR_DESIGNATED.search(self.text) is not None
        return self._told


_Told = bool | _ElectedOrDesignatedIn  # whether the article tells of someone elected or designated

# How long before taking office news calls a winner "-elect": about three months (the United States:
# early November to January 20; Chile: mid-December to March 11).
_ELECT_BEFORE_OFFICE = dt.timedelta(days=90)
_RUNS_REMEMBERED = 65_536  # capitalised runs `ActorFinder._run` remembers (a few MB at most)
_UNSEEN = object()  # a run `ActorFinder._run` has not decided yet
_OPENING_REACH = 400  # characters: the story's opening sentence
_NATIONAL_OFFICES = frozenset({"head_of_government", "deputy_leader", "minister", "spokesperson"})
# "Foreign Minister ", "Finance Minister ", "Foreign Affairs Secretary ": a capitalised office right before the name.
_CAPITALISED_OFFICE = re.compile(r"(?:[A-Z][\w-]*[ \t]+)*(?:and[ \t]+(?:[A-Z][\w-]*[ \t]+)+)?")
# Offices that act for a state, named in apposition (`ActorFinder._appositive_people`).
_STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "deputy_leader", "minister", "diplomat",
                            "spokesperson"})
# A capitalised word right after a place: the place begins a longer name ("Chinese Council").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_CAPITALISED_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")
# Between a title's "of <place>" and the name it comes before.
_BEFORE_A_NAME = re.compile(r",?[ \t]+")
# "of Nigeria" after a name, skipped to reach the next coordinated name.
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")


# What follows a place inside a run taken for a name: "Peter Mandelson" of "States Peter Mandelson".
_NAME_AFTER_A_PLACE = re.compile(rf",?[ \t]+(?P<name>{NAME})")


def _names_a_country(place: PlaceMatch | None, length: int) -> bool:
    """Whether a run of `length` characters is the name of a country or a capital, or begins one (the
    place found where it starts): a country's name alone is the country, not a leader whose surname it
    is ("Montenegro suspends ..." is not Luís Montenegro of Portugal), a capital is the city ("the Grand
    Mosque in Muscat" is no Joseph Muscat) and so is a capital's first word ("Dar" of "Dar es Salaam" is
    no Ishaq Dar), unless the article titles him. (Asked of the places by where they start, for the few
    people found: no set of every place's span is built.)"""
    return place is not None and (place.kind == "name" and place.end - place.start == length
                                  or place.kind == "capital" and place.end - place.start >= length)


def _end_of_a_place_begun_before(place_spans: list[tuple[int, int]], start: int) -> int | None:
    """Where a place that begins before `start` and goes on past it ends: "States Peter Mandelson"
    after "United" begins inside the place "United States"."""
    index = bisect.bisect_right(place_spans, (start, 1 << 62)) - 1
    if index < 0:
        return None
    place_start, place_end = place_spans[index]
    return place_end if place_start < start < place_end else None


def _without_lone_shared_surnames(text: str, untitled: list[PersonMention], gazetteer: Gazetteer,
                                  titled: list[PersonMention]) -> list[PersonMention]:
    """The untitled people but a leader found by a surname that several leaders bear ("Harris said" is
    Ireland's Simon Harris only when the article names him in full), as a titled person's surname
    would be linked to that person instead."""
    lone = [p for p in untitled if p.country is not None and " " not in text[p.start:p.end]
            and gazetteer.is_shared_surname(text[p.start:p.end])]
    if not lone:
        return untitled
    named_in_full = {p.name for p in titled + untitled if " " in text[p.start:p.end]}
    return [p for p in untitled if p not in lone or p.name in named_in_full]


# Capitalised words before a surname that are no given name: titles, honorifics and words that open a sentence
# (with `_NOT_NAMES` and the gazetteer's titles).
_NOT_GIVEN_NAMES = _NOT_NAMES | frozenset("""Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Brig Prime Secretary Vice Former
Then Chief Deputy Acting Interim Sheikh Crown Field Marshal Father Rev Miss Sir Dame Lord Lady Said Says Told Today
Yesterday Later Earlier Now Only Even Still Both Neither Nor Yet So Some Many Most Several Each Every Another Other Such
No Not Like Unlike Despite Without About Across Among Through Under Over Against Between Where Who Whom Whose Which
What Why How If As Until Upon Within For With From By Of To""".split())
_GIVEN_NAME_BEFORE = r"\b([A-Z][a-z]+)[ \t]+"


def _given_names_before(text: str, surname: str):
    """The given names of the matches of `_GIVEN_NAME_BEFORE + re.escape(surname) + r"\b"` in `text`, in
    order, as `re.finditer` finds them: the surname looked for as a string, the name before it read
    backwards (the pattern, opening with a class after a \b, was entered at every position of the text).
    Before a surname the name is unique: the letters [a-z] up to the white space, one [A-Z] before them."""
    surname_ends = re.compile(re.escape(surname) + r"\b")
    searched_from = 0  # where the last match ended: matches do not overlap
    at = text.find(surname)
    while at != -1:
        if surname_ends.match(text, at):
            space = at
            while space > 0 and text[space - 1] in " \t":
                space -= 1
            letters = space
            while letters > 0 and "a" <= text[letters - 1] <= "z":
                letters -= 1
            first = letters - 1  # the capital
            if space < at and letters < space and first >= searched_from and "A" <= text[first] <= "Z" \
                    and (first == 0 or not (text[first - 1].isalnum() or text[first - 1] == "_")):
                yield text[first:space]
                searched_from = at + len(surname)
                at = text.find(surname, searched_from)
                continue
        at = text.find(surname, at + 1)


def _without_surnames_of_others(text: str, untitled: list[PersonMention], named: list[PersonMention],
                                gazetteer: Gazetteer) -> list[PersonMention]:
    """The untitled people but a lone surname ("Biden said") that the article also gives another person
    with a given name of their own ("Hunter Biden", "Ivanka Trump"): who of them speaks is not told, so the
    surname is no official's. Names the article gives in full to a person found are no other person."""
    lone = {text[p.start:p.end] for p in untitled if " " not in text[p.start:p.end]}
    if not lone:
        return untitled
    full_names = {p.name for p in named + untitled if " " in p.name}
    given_names = {word for name in full_names for word in name.split()[:-1]}
    shared = set()
    for surname in lone:
        for given in _given_names_before(text, surname):
            if given in _NOT_GIVEN_NAMES or given in given_names or gazetteer.role_for(given) \
                    or gazetteer.names_a_place(given) or f"{given} {surname}" in full_names:
                continue
            shared.add(surname)
            break
    if not shared:
        return untitled
    return [p for p in untitled if text[p.start:p.end] not in shared]


def _inside_a_place(place_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a name lies within a place's name or starts inside one: "York" of "Mayor of New
    York", "Kong" of "Chief Executive of Hong Kong", "Iraq" of "President of Iraq"."""
    index = bisect.bisect_right(place_spans, (start, 1 << 62)) - 1
    if index < 0:
        return False
    place_start, place_end = place_spans[index]
    return place_start < start < place_end or (place_start == start and place_end >= end)


def _clean_name(raw: str) -> str:
    raw = raw.strip()
    if "'" in raw or "’" in raw:
        raw = _POSSESSIVE.split(raw, 1)[0]  # "Mark Carney's Liberal Party": the name ends at the possessive
    name = _HONORIFICS.sub("", raw)
    return _POSSESSIVE_END.sub("", name).strip()


_NAMES_PER_WORD = 16  # an article names a handful of people sharing a word ("President ...")


def _link_coreferences(people: list[PersonMention]) -> list[PersonMention]:
    """Later short mentions ("Xi", "President Lee") take the name, role and country of the most
    recent full mention (two words or more) in the article whose name contains them."""
    linked: list[PersonMention] = []
    latest: dict[str, tuple[int, PersonMention]] = {}  # full name -> (order, its latest mention)
    # Indexed by word, each word's most recent names only: no scan over every earlier name.
    names_with_word: dict[str, dict[str, None]] = {}
    for order, person in enumerate(people):
        words = person.name.split()
        antecedent = None
        for name in names_with_word.get(words[0], ()):
            name_words = name.split()
            if name == person.name or (len(words) < len(name_words) and all(w in name_words for w in words)):
                if antecedent is None or latest[name][0] > antecedent[0]:
                    antecedent = latest[name]
        if antecedent is not None:
            earlier = antecedent[1]
            person = dataclasses.replace(
                person,
                name=earlier.name,
                role=person.role or earlier.role,
                country=person.country or earlier.country,
                former=person.former or earlier.former,
            )
        if len(person.name.split()) >= 2:
            latest[person.name] = (order, person)
            for word in person.name.split():
                names = names_with_word.setdefault(word, {})
                names.pop(person.name, None)
                names[person.name] = None
                if len(names) > _NAMES_PER_WORD:
                    del names[next(iter(names))]
        linked.append(person)
    return _fullest_names_first(_with_the_state_named_later(linked))


def _with_the_state_named_later(people: list[PersonMention]) -> list[PersonMention]:
    """Earlier mentions of a name with no state take the one a later mention of it gives ("Prime Minister
    X shakes hands ... Vanuatu's Prime Minister X was accused"): one person, one state in an article."""
    states: dict[str, str] = {}
    for person in people:
        if person.country and not person.former:
            states.setdefault(person.name, person.country)
    if not states:
        return people
    return [dataclasses.replace(person, country=states[person.name])
            if not person.country and person.name in states else person for person in people]


# A leader's possessive right before an official's title: "Zelenskyy's chief of staff", "Guterres'
# spokesman, ...".
_POSSESSIVE_BEFORE_A_TITLE = re.compile(r"['’]s?[ \t]+")


def _serving_the_one_named_before(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """People with a title but no state, whose title follows a serving official's possessive
    ("Zelenskyy's chief of staff Andriy Yermak"), act for that official's state or organisation.
    Returns `people` itself when none does."""
    by_end = {person.end: person for person in people if person.country and not person.former}
    if not by_end:
        return people
    served = None
    for index, person in enumerate(people):
        if person.country is not None or not person.role or person.title_start <= 0:
            continue
        window = max(0, person.title_start - 4)  # "’s " at most
        leader = by_end.get(max(text.rfind("'", window, person.title_start), text.rfind("’", window, person.title_start)))
        if leader is None or not _POSSESSIVE_BEFORE_A_TITLE.fullmatch(text, leader.end, person.title_start):
            continue
        served = served or list(people)
        served[index] = dataclasses.replace(person, country=leader.country)
    return served or people


def _fullest_names_first(people: list[PersonMention]) -> list[PersonMention]:
    """A surname met before the full name ("Macron said ... President Emmanuel Macron") takes
    the full name too, when one full name in the article ends with it."""
    full_by_surname: dict[str, set[str]] = {}
    first_by_name: dict[str, PersonMention] = {}
    for person in people:
        words = person.name.split()
        if len(words) >= 2:
            full_by_surname.setdefault(words[-1], set()).add(person.name)
            first_by_name.setdefault(person.name, person)
    if not full_by_surname:
        return people
    fuller = {}
    for person in people:
        names = full_by_surname.get(person.name) if " " not in person.name else None
        if names and len(names) == 1:
            fuller[person.name] = first_by_name[next(iter(names))]
    if not fuller:
        return people
    return [dataclasses.replace(person, name=fuller[person.name].name, role=person.role or fuller[person.name].role,
                                country=person.country or fuller[person.name].country)
            if person.name in fuller else person for person in people]
