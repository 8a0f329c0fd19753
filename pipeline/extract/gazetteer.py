"""Gazetteer: states, organisations, offices and leaders for rule-based extraction.

The data lives as YAML under ``pipeline/resources/`` (``countries.yaml``,
``organisations.yaml``, ``offices.yaml``, ``leaders.yaml``; provenance in
``SOURCES.md``). This module loads it once per process and answers the
questions the extractors ask:

* which states and organisations a text mentions (``find_places``), as
  ISO 3166-1 alpha-3 codes or the organisation codes of EVENTS.md;
* what a single name, title or leader's name stands for (``code_for``,
  ``role_for``, ``leaders_named``).

Role kinds (``role_kind``) are: ``head_of_state``, ``head_of_government``,
``deputy_leader``, ``minister``, ``diplomat``, ``spokesperson``,
``organisation_head``, ``legislator``, ``subnational``, ``military``,
``other``; ``offices.yaml`` says which roles have which kind.

No Beam here: a DoFn builds the gazetteer in ``setup()`` with
``Gazetteer.load()``.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import yaml

from pipeline.extract.prefilter import Prefiltered, openings

ROLE_KINDS = (
    "head_of_state",
    "head_of_government",
    "deputy_leader",
    "minister",
    "diplomat",
    "spokesperson",
    "organisation_head",
    "legislator",
    "subnational",
    "military",
    "other",
)

# Order in which leaders_named ranks roles: "Kim" is Kim Jong Un before a
# South Korean prime minister, and either before a minister.
_KIND_RELEVANCE = {"head_of_state": 0, "head_of_government": 1}

# Apostrophes and hyphens vary between sources ("China’s", "Guinea‑Bissau");
# surface forms and matched text are compared in one spelling.
_APOSTROPHES = "'’ʼ‘"
_HYPHENS = "-‐‑"
_SURFACE_TRANSLATION = str.maketrans(
    {**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _HYPHENS}}
)
_WHITESPACE = re.compile(r"\s+")

# Demonyms whose plural is not formed with "s" ("the Chinese", "the British").
_UNINFLECTED_ENDINGS = ("ese", "sh", "ch", "ss", "men", "z", "x", "s", "y")

# In "Jordan Valley" or "Lake Chad" a person-like country name is part of
# another name; these neighbours do not make it so.
_NEIGHBOURS_OF_A_STATE = frozenset(
    {"The", "In", "To", "From", "With", "And", "Of", "For", "At", "On", "By", "As",
     "Both", "Neighbouring", "Neighboring", "Visiting", "Including", "Between"}
)
# How far around an ambiguous name (countries.yaml "not_near") to look for
# words that give it another meaning; about a sentence either side.
_VETO_WINDOW = 150
# A capitalised word of letters, accented ones too ("Santiago Peña", "Chad Ólafsson"), with a
# lower-case letter in it (not "US").
_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-Þ](?=[^\W\d_]*[a-zß-öø-ÿ])[^\W\d_]+"
# Capitalised words after a place that are no part of a name: "in Jordan Tuesday", "Chad March 3".
_DAYS_AND_MONTHS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December".split())
_CAPITALISED_WORD_AFTER = re.compile(rf"\s+({_CAPITALISED_WORD})(?!\w)")
_CAPITALISED_WORD_AT_END = re.compile(rf"(?<!\w)({_CAPITALISED_WORD})\s+$")


# A state's name or demonym right before a currency is the currency, not the state: "US$8
# billion", "HK$", "the Hong Kong dollar", "the Chinese yuan". After a name, words that are also
# verbs ("South Korea won", "Russia pounds") are left out.
_CURRENCIES = (
    r"(?:dollars?|pesos?|francs?|yuan|renminbi|yen|rupees?|rand|roubles?|rubles?|lira|liras|"
    r"shekels?|dinars?|riyals?|rials?|dirhams?|kronas?|kronor|kroner|krone|zloty|forint|hryvnias?|"
    r"naira|shillings?|baht|ringgit|rupiah|dong|taka|cedis?|kwacha|birr|manat|tenge|lari|leu|lev|"
    r"currency)\b")
_CURRENCIES_AFTER_DEMONYM = r"(?:won|pounds?|real|reais|euros?)\b"
_CURRENCY_AFTER_NAME = re.compile(r"\s{1,3}" + _CURRENCIES)
_CURRENCY_AFTER_DEMONYM = re.compile(
    rf"{_CURRENCY_AFTER_NAME.pattern}|\s{{1,3}}{_CURRENCIES_AFTER_DEMONYM}")
# Their first two letters: a word after a place that opens otherwise names no currency (most do not).
_CURRENCY_OPENINGS = openings(re.compile(_CURRENCIES))
_CURRENCY_OPENINGS_AFTER_DEMONYM = _CURRENCY_OPENINGS | openings(re.compile(_CURRENCIES_AFTER_DEMONYM))


# A state's name, demonym or capital that begins the name of a company, a newspaper or a
# non-governmental group is no actor: "Qatar Airways", "Japan Post", "U.S. Steel", "China Daily",
# "Jerusalem Post"; campaigns, movements, parties, clubs and charities named "<State> <Noun>"
# ("Palestine Action", "Paris Club", "Japan Foundation"); nor is one after "Air" ("Air India",
# "Air China") or "Free" (a movement: "Free Syrian Army", "Free Tibet").
_NAMES_A_COMPANY = re.compile(
    r" (?:Airlines|Airways|Air Lines|Railways?|Post|Times|Daily|Herald|Tribune|Telecom|Mobile|Steel|Petroleum|"
    r"Motors|Tobacco|Action|Movement|Campaign|Party|Club|Foundation|Institute|Society|Association|Network|"
    r"Coalition|Forum|"
    # news outlets: "the Kyiv Independent", "Samoa Observer", "Manila Bulletin", "Abu Dhabi TV", "Japan Today"
    r"Independent|Observer|Review|Bulletin|Gazette|Journal|Chronicle|Monitor|Telegraph|Express|Today|TV|"
    r"Television|Broadcasting|Free Press)\b")
# ... nor one after the institution it names: "the Times of Israel", "Voice of America", "Bank of America",
# "the University of Tokyo", "the Church of England" (not "the Embassy of Japan": a state's own).
_INSTITUTION_OF_BEFORE = re.compile(
    r"\b(?:Times|Voice|Bank|University|College|Church|Museum|Academy|Institute|School|Radio)\s+of\s+(?:the\s+)?$")
_AIR_BEFORE = "Air "
_FREE_BEFORE = "Free "
_IN_BEFORE = ("in ", "In ")
# A demonym before "States" names a group of states, no one of them: "the Economic Community of
# Central African States", "the Alliance of Sahel States".
_STATES_AFTER_DEMONYM = " States"
_NAMES_A_WAR = re.compile(r"\s{1,3}(?:[Ww]ar|[Cc]onflict)\b(?!\s+(?:with|against|on)\b)")
# The letters a word after a place begins with when it names a war (`_NAMES_A_WAR`), a subdivision
# (`_NAMES_A_SUBDIVISION`) or a treaty (`_NAMES_A_TREATY`): after a space and any other letter the
# place is none of them (a test holds them to the patterns).
_WAR_SUBDIVISION_OR_TREATY_FIRSTS = frozenset("WwCc" "Cdpc" "PCNFTASDM")
# A capital that names a treaty signed there: "the Ottawa Treaty", "the Paris Agreement", "the Minsk
# Protocol", "the Oslo Accords", "the Rome Statute" name an agreement, not a party to it.
_NAMES_A_TREATY = re.compile(
    r"\s{1,3}(?:(?:Peace|Climate|Nuclear|Final)\s+)?(?:Treat(?:y|ies)|Conventions?|Accords?|Agreements?|Protocols?|"
    r"Statute|Charter|Declaration|Memorandum|Format|Process)\b")
# The states of the U.S. (Georgia is left to the gazetteer, which reads it as the country), for the
# governors, legislatures and mayors they elect.
US_STATE = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    r"Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"(?<!West )Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b")
# The national legislatures and chambers whose own names tell their state (names that several states share,
# "National Assembly", "Senate", "House of Commons", "Bundesrat", are left out): the vote's state of an election
# in "loses its majority in the House of Councillors", the actor of "the Latvian Saeima votes to ...".
LEGISLATURE_STATES = {
    "wolesi jirga": "AFG", "meshrano jirga": "AFG", "kuvendi": "ALB", "nationalrat": "AUT", "milli majlis": "AZE",
    "jatiya sangsad": "BGD", "national people's congress": "CHN", "sabor": "HRV", "folketing": "DNK",
    "folketinget": "DNK", "riigikogu": "EST", "eduskunta": "FIN", "bundestag": "DEU", "hellenic parliament": "GRC",
    "országgyűlés": "HUN", "althing": "ISL", "alþingi": "ISL", "lok sabha": "IND", "rajya sabha": "IND",
    "dáil": "IRL", "dáil éireann": "IRL", "dail": "IRL", "seanad": "IRL", "oireachtas": "IRL", "knesset": "ISR",
    "national diet": "JPN", "house of councillors": "JPN", "mazhilis": "KAZ", "jogorku kenesh": "KGZ",
    "saeima": "LVA", "seimas": "LTU", "state great khural": "MNG", "great khural": "MNG", "storting": "NOR",
    "stortinget": "NOR", "sejm": "POL", "state duma": "RUS", "duma": "RUS", "riksdag": "SWE",
    "grand national assembly": "TUR", "verkhovna rada": "UKR", "supreme people's assembly": "PRK",
    "legislative yuan": "TWN", "dewan rakyat": "MYS", "oliy majlis": "UZB", "tweede kamer": "NLD",
    "cortes generales": "ESP", "congress of deputies": "ESP", "people's majlis": "MDV",
}
NAMED_LEGISLATURE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(name) for name in LEGISLATURE_STATES), key=len, reverse=True))
    + r")\b", re.I)


# A capital's name before a U.S. state is a town of that name there: "Vienna, Va.", "Paris, Texas",
# "Athens, Ga." (the Associated Press's abbreviations of the states, and their names).
_US_STATE_AFTER = re.compile(
    # (a state's name ends the place: "in Washington, Texas senators said" is the capital)
    rf",\s(?:(?:{US_STATE.pattern})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|and|to|where|who)\b)|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.)")

# ... and a state's name before a U.S. state that ends the place ("Lebanon, Pennsylvania,", "Peru, Ind."; not
# "China, Washington.": the capital).
_US_STATE_ENDING_A_PLACE = re.compile(
    rf",\s(?:(?!Washington\b)(?:{US_STATE.pattern})(?=\s*(?:[,.;:)]|$))|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|"
    r"Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|"
    r"Wash|W\.Va|Wis|Wyo)\.)")

# A state's name before a subdivision's noun that is named "of" its seat, or before "County", names a
# subdivision in another state: "the Gaza district of Chicualacuala" (Mozambique), "the Georgia county of
# Fulton", "Lebanon County" (Pennsylvania). (Not "Hong Kong district council", "United States district
# judge": most subdivisions named with their state's name are in it.)
_NAMES_A_SUBDIVISION = re.compile(r"\s{1,3}(?:County\b|(?:district|province|county|prefecture)\s+of\s)")


def _names_a_currency(text: str, end: int, kind: str) -> bool:
    following = text[end:end + 2]  # slicing and str tests: this runs for every place found
    if following[:1] == "$":
        return True
    if len(following) < 2 or not following[1].islower():
        return False  # currencies are lower-case words after a space: most matches end here
    # (the word begins right after the one space: its first two letters open a currency's name, or it is none)
    if text[end + 1:end + 3] not in (_CURRENCY_OPENINGS_AFTER_DEMONYM if kind == "demonym" else _CURRENCY_OPENINGS):
        return False
    pattern = _CURRENCY_AFTER_DEMONYM if kind == "demonym" else _CURRENCY_AFTER_NAME
    return bool(pattern.match(text, end, end + 16))


# Not frozen, though never changed: a frozen dataclass's __init__ stores each field through
# object.__setattr__, four times a plain one's cost, and extraction builds one per place, person,
# agent and sentence (the 1 MB "commas and clauses" input: 57,690 places). Hashed by its fields, as before.
@dataclasses.dataclass(unsafe_hash=True)
class PlaceMatch:
    """A mention of a state or an organisation in a text.

    ``start``/``end`` are character offsets into the searched text, ``text`` is
    ``text[start:end]`` (without a possessive "'s"), ``kind`` is one of
    ``name``, ``demonym``, ``capital``, ``organisation``, ``grouping`` (one match per
    member state of an informal grouping, all with the grouping's span).
    """

    code: str
    start: int
    end: int
    text: str
    kind: str


@dataclasses.dataclass(frozen=True)
class Leader:
    """One term of office: who held which role in which state, from when to when.

    ``end`` is None while the term is running (as of the data's date).
    """

    name: str
    role: str
    country: str
    start: datetime.date
    end: datetime.date | None

    def in_office_on(self, day: datetime.date) -> bool:
        """True when ``day`` falls within the term, both ends included."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclasses.dataclass(frozen=True)
class _Term:
    """A leader's term with the folded names it can be found by."""

    leader: Leader
    full_name: str  # folded, e.g. "lee jae myung"
    full_name_tokens: frozenset[str]
    short_names: frozenset[str]  # folded, e.g. {"lee"}


def _normalise_surface(text: str) -> str:
    """One spelling of apostrophes, hyphens and spaces: "China’s  US" -> "China's US"."""
    return _WHITESPACE.sub(" ", text.translate(_SURFACE_TRANSLATION)).strip()


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSABLE_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "ß": "ss", "ʻ": "'"}
)


def _strip_accents(text: str) -> str:
    """ "Côte d'Ivoire" -> "Cote d'Ivoire", "Yıldırım" -> "Yildirim"; other characters unchanged."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


_TERMS_REMEMBERED = 65_536  # spellings whose terms `leaders_named` remembers (a few MB at most)


@functools.lru_cache(maxsize=8192)  # the same names recur across articles
def _fold_person_name(name: str) -> str:
    """Key for comparing people's names: "Erdoğan" / "Lee Jae-myung" -> "erdogan" / "lee jae myung"."""
    folded = _strip_accents(name).casefold().translate(_SURFACE_TRANSLATION)
    return _WHITESPACE.sub(" ", folded.replace("-", " ").replace(".", " ")).strip()


def _fold_title(title: str) -> str:
    """Key for comparing titles: "Vice-President" / "vice  president" -> "vice president"."""
    folded = _normalise_surface(title).casefold().replace("-", " ")
    folded = _WHITESPACE.sub(" ", folded)
    return folded[4:] if folded.startswith("the ") else folded


def _without_article(surface: str) -> str:
    """ "the Kremlin" -> "Kremlin"; text matching never requires the article."""
    for article in ("the ", "The "):
        if surface.startswith(article):
            return surface[len(article):]
    return surface


def _demonym_plural(demonym: str) -> str | None:
    """ "American" -> "Americans"; None for "Chinese", "British", "Swiss"."""
    if demonym.endswith(_UNINFLECTED_ENDINGS):
        return None
    return demonym + "s"


def _atom_pattern(char: str) -> str:
    """The regex for one character of a surface form."""
    if char == " ":
        return r"\s+"
    if char == "'":
        return "[" + _APOSTROPHES + "]"
    if char == "-":
        return "[" + _HYPHENS + "]"
    return re.escape(char)


def _trie_pattern(surfaces: Iterable[str], after_first: str = "") -> str:
    """A regex matching any of ``surfaces``, preferring the longest at a position.

    The alternation is a character trie, so matching one position costs the
    length of the longest match rather than the number of surface forms, and
    no quantifier nests inside another: no catastrophic backtracking.
    ``after_first`` (a look-behind) follows each surface's first character: a
    pattern that starts with the trie's first letters is one the engine scans
    for, where a leading look-behind has it try every position.
    """
    end_marker = ""
    trie: dict[str, Any] = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[end_marker] = True

    def emit(node: dict[str, Any], after: str = "") -> str:
        branches = [
            _atom_pattern(char) + after + emit(child)
            for char, child in sorted(node.items())
            if char != end_marker
        ]
        if not branches:
            return ""
        ends_here = end_marker in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        # A greedy "?" tries the longer continuations before stopping here.
        return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    return emit(trie, after_first)


def _place_pattern(surfaces: Iterable[str]) -> re.Pattern:
    """Any of the surfaces as a whole word: no word character before its first (checked once that
    is found) or after it."""
    return re.compile("(?:" + _trie_pattern(surfaces, after_first=r"(?<!\w.)") + r")(?!\w)")


def _title_variants(title: str) -> set[str]:
    """Spellings of a title in news: as written, lower case, sentence case, unhyphenated.

    All-capital words (UN, NATO, PM) keep their case.
    """
    words = title.split(" ")
    lowered_words = [w if w.isupper() else w.lower() for w in words]
    lower = " ".join(lowered_words)
    sentence = " ".join([words[0][:1].upper() + words[0][1:], *lowered_words[1:]])
    variants = {title, lower, sentence}
    variants |= {v.replace("-", " ") for v in variants}
    variants |= {"Vice-" + v[5:] for v in variants if v.startswith("Vice ")}
    variants |= {"vice-" + v[5:] for v in variants if v.startswith("vice ")}
    return variants


def _read_resource(name: str) -> Any:
    """Parsed YAML of ``pipeline/resources/<name>``."""
    path = importlib.resources.files("pipeline") / "resources" / name
    # The C loader, where PyYAML was built with it, reads the data 5-10x faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("r", encoding="utf-8") as stream:
        return yaml.load(stream, Loader=loader)


class Gazetteer:
    """Names of states, organisations, offices and leaders, compiled for lookup.

    Build it with ``Gazetteer.load()`` (the shipped data, once per process) or
    directly from parsed YAML documents, as the tests do.
    """

    def __init__(
        self,
        countries: Mapping[str, Any],
        organisations: Mapping[str, Any],
        offices: Mapping[str, Any],
        leaders: Mapping[str, Any],
    ) -> None:
        """Takes the parsed YAML documents of ``pipeline/resources/``.

        Raises ValueError when the data contradicts itself (one name for two
        codes, one title for two roles, a leader of an unknown state, a term
        that ends before it starts).
        """
        self._names: dict[str, str] = {}
        self._organisation_codes: frozenset[str] = frozenset(organisations["organisations"])
        # surface form as matched in text -> (code, kind); code None = not a place
        self._surfaces: dict[str, tuple[str | None, str]] = {}
        # every known name, including lookup-only ones -> code
        self._lookup: dict[str, str] = {}
        self._person_name_clashes: set[str] = set()
        # name -> pattern of words that, near it, show it is not the place
        self._vetoes: dict[str, re.Pattern[str]] = {}

        for code, entry in countries["countries"].items():
            self._names[code] = entry["name"]
            self._add_names(code, "name", [entry["name"], *entry.get("aliases", [])])
            self._add_names(code, "capital", entry.get("capitals", []))
            demonyms = entry.get("demonyms", [])
            plurals = [p for p in map(_demonym_plural, demonyms) if p]
            self._add_names(code, "demonym", [*demonyms, *plurals])
            for name in entry.get("lookup_only", []):
                self._add_lookup(code, name)
            self._person_name_clashes.update(entry.get("person_name_clash", []))
            for name, words in entry.get("not_near", {}).items():
                self._vetoes[name] = re.compile(
                    r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)"
                )
        # a seat's spelling -> the state it lies in, what it names after "in"
        self._seat_states: dict[str, str] = {}
        for code, entry in organisations["organisations"].items():
            self._names[code] = entry["name"]
            self._add_names(code, "organisation", [entry["name"], *entry.get("aliases", [])])
            self._add_names(code, "capital", entry.get("seats", []))
            if entry.get("seats_in"):
                for seat in entry.get("seats", []):
                    for spelling in {seat, _strip_accents(seat)}:
                        self._seat_states[_normalise_surface(spelling)] = entry["seats_in"]
        # grouping key -> its member states; its names are surfaces of kind "grouping"
        self._grouping_members: dict[str, tuple[str, ...]] = {}
        for key, entry in countries.get("groupings", {}).items():
            unknown = [m for m in entry["members"] if m not in countries["countries"]]
            if unknown:
                raise ValueError(f"grouping {key!r}: unknown members {unknown}")
            self._grouping_members[key] = tuple(entry["members"])
            for name in entry["names"]:
                for spelling in {name, _strip_accents(name)}:
                    surface = _without_article(_normalise_surface(spelling))
                    known, _ = self._surfaces.setdefault(surface, (key, "grouping"))
                    if known != key:
                        raise ValueError(f"{surface!r} names both {known} and {key}")
        for phrase in countries.get("not_places", []):
            for spelling in {phrase, _strip_accents(phrase)}:
                self._surfaces.setdefault(_normalise_surface(spelling), (None, "not_place"))
        # an accent-free spelling of a name is not matched when it is a lookup-only name
        # ("Malé" gives no "Male": "Best Male Vocalist")
        for code, entry in countries["countries"].items():
            for name in entry.get("lookup_only", []):
                if self._surfaces.get(_normalise_surface(name), (None, ""))[0] == code:
                    del self._surfaces[_normalise_surface(name)]
        # surface -> the states it is also a subdivision of
        self._subdivision_of: dict[str, frozenset[str]] = {}
        for name, states in countries.get("subdivisions_named_as_states", {}).items():
            for spelling in {name, _strip_accents(name)}:
                self._subdivision_of[_normalise_surface(spelling)] = frozenset(states)
        for code in self._names:
            self._lookup.setdefault(code, code)
        self._lookup_casefolded = self._unambiguous_casefolded(self._lookup)

        # A whole word: no word character before its first (checked once that is found) or after it.
        self._place_pattern = _place_pattern(self._surfaces)
        # Searched only where a name's first letters are (`Prefiltered`: the same matches): the engine
        # would enter the names' trie at every capital, and at every "m", "t" or "b" for the few
        # names that begin in lower case ("mainland China").
        self._place_search = Prefiltered(self._place_pattern, "articles")

        self._roles: dict[str, str] = {}  # folded title -> role
        self._role_kinds: dict[str, str] = {}
        titles: set[str] = set()
        for role, entry in offices["roles"].items():
            if entry["kind"] not in ROLE_KINDS:
                raise ValueError(f"role {role!r}: unknown kind {entry['kind']!r}")
            self._role_kinds[role] = entry["kind"]
            for title in [role, *entry["titles"]]:
                self._add_title(title, role)
            titles.update(entry["titles"])
        for code, entry in organisations["organisations"].items():
            for head in entry.get("heads", []):
                if head["role"] not in self._role_kinds:
                    raise ValueError(f"{code}: head role {head['role']!r} not in offices.yaml")
                self._add_title(head["title"], head["role"])
                titles.add(head["title"])
        variants = set().union(*(_title_variants(t) for t in titles))
        self._title_pattern = "(?:" + _trie_pattern(map(_normalise_surface, variants)) + ")"
        self._title_first_words = {v.split(" ")[0] for v in variants}

        self._terms = self._read_terms(leaders)
        self._terms_by_name: dict[str, list[_Term]] = {}
        self._terms_by_token: dict[str, list[_Term]] = {}
        self._terms_by_query: dict[str, tuple[_Term, ...]] = {}  # `_terms_named`, filled as names are looked up
        for term in self._terms:
            for key in {term.full_name, *term.short_names}:
                self._terms_by_name.setdefault(key, []).append(term)
            for token in term.full_name_tokens:
                self._terms_by_token.setdefault(token, []).append(term)
        # One-word short names that several leaders bear ("Lee", "Kim", "Harris", "Khan"): common surnames.
        bearers: dict[str, set[str]] = {}
        for term in self._terms:
            for short in term.short_names:
                if " " not in short:
                    bearers.setdefault(short, set()).add(term.full_name)
        self._shared_surnames = frozenset(short for short, names in bearers.items() if len(names) >= 2)

    @classmethod
    @functools.cache
    def load(cls) -> Gazetteer:
        """The gazetteer of the YAML shipped in ``pipeline/resources``, built once per process."""
        return cls(
            countries=_read_resource("countries.yaml"),
            organisations=_read_resource("organisations.yaml"),
            offices=_read_resource("offices.yaml"),
            leaders=_read_resource("leaders.yaml"),
        )

    # -- places ---------------------------------------------------------------

    def find_places(self, text: str) -> list[PlaceMatch]:
        """Every mention of a state or an organisation in ``text``, in text order.

        Matches are case-sensitive whole words, non-overlapping, the longest
        at a position winning ("South Sudan" is SSD, not SDN; "Nigeria" is not
        "Niger"). A possessive is left outside the match ("China’s" -> "China"),
        plural demonyms match ("Americans"), "U.S." and "US" match but "us"
        does not. Phrases listed as not places ("Latin America", "New York")
        hide the country words inside them; a few ambiguous names are
        skipped in a context that gives them another meaning ("Chad Wolf",
        "Doug Collins of Georgia").

        >>> [m.code for m in Gazetteer.load().find_places("Seoul's ties with Beijing")]
        ['KOR', 'CHN']
        """
        matches = []
        # (read once: this runs for every place found)
        surfaces, person_name_clashes, vetoes = self._surfaces, self._person_name_clashes, self._vetoes
        for found in self._place_search.finditer(text):
            surface = found.group()
            # Most matches are spelt as listed; normalise only the others.
            code, kind = surfaces.get(surface) or surfaces[_normalise_surface(surface)]
            if code is None:
                continue
            start, end = found.span()
            if surface in person_name_clashes and self._reads_as_person_name(text, start, end):
                continue
            veto = vetoes.get(surface)
            if veto and veto.search(text, max(0, start - _VETO_WINDOW), end + _VETO_WINDOW):
                continue
            if kind in ("name", "demonym") and _names_a_currency(text, end, kind) or text[end:end + 1] == "$":
                continue  # (an organisation's letters too: "AU$1.9 million" is Australian dollars)
            if kind != "organisation" and (text[end:end + 2].istitle() and _NAMES_A_COMPANY.match(text, end)
                                           or text[start - 4:start] == _AIR_BEFORE
                                           or text[start - 5:start] == _FREE_BEFORE
                                           or text[start - 4:start] == " of " and _INSTITUTION_OF_BEFORE.search(
                                               text, max(0, start - 20), start)):
                continue
            if kind == "demonym" and text.startswith(_STATES_AFTER_DEMONYM, end):
                continue
            if kind in ("name", "capital") and text[end:end + 1].isspace() and (
                    text[end + 1:end + 2] in _WAR_SUBDIVISION_OR_TREATY_FIRSTS or text[end + 1:end + 2].isspace()) and (
                    _NAMES_A_WAR.match(text, end) or kind == "name" and _NAMES_A_SUBDIVISION.match(text, end)
                    or kind == "capital" and _NAMES_A_TREATY.match(text, end)):
                # "the Gaza war": what is talked about, no party; "the Gaza district": a subdivision (but
                # "Kyiv Oblast", named after a capital, is in its state); "the Paris Agreement": a treaty
                continue
            if surface in self._subdivision_of and self._names_its_state(text, end, self._subdivision_of[surface]) \
                    and not (matches and text[matches[-1].end:start] == ", "):
                continue  # "Cumberland, Georgia, U.S.": the subdivision (not in a list of states)
            if kind == "capital" and text[end:end + 1] == "," and _US_STATE_AFTER.match(text, end):
                continue  # "Vienna, Va.": a town of the U.S.
            if kind == "name" and text[end:end + 1] == "," and _US_STATE_ENDING_A_PLACE.match(text, end):
                continue  # "Lebanon, Pennsylvania", "Mexico, Mo.": a town of the U.S. (not "Japan, New York and")
            if kind == "capital" and surface in self._seat_states and text[start - 3:start] in _IN_BEFORE:
                code = self._seat_states[surface]  # "in Brussels": the city, Belgium's capital, not the EU
            if kind == "grouping":
                matches.extend(PlaceMatch(member, start, end, surface, kind)
                               for member in self._grouping_members[code])
                continue
            matches.append(PlaceMatch(code, start, end, surface, kind))
        return matches

    def _names_its_state(self, text: str, end: int, states: frozenset[str]) -> bool:
        """Whether ", <one of states>" follows ``end``."""
        if text[end:end + 2] != ", ":
            return False
        following = self._place_pattern.match(text, end + 2)
        if following is None:
            return False
        surface = following.group()
        code, _ = self._surfaces.get(surface) or self._surfaces.get(_normalise_surface(surface), (None, ""))
        return code in states

    @staticmethod
    def legislature_at(text: str, at: int) -> str | None:
        """The state of the national legislature named by a name of its own at ``at`` ("the Latvian
        Saeima": LVA at "Saeima"), None when none is named there (LEGISLATURE_STATES)."""
        named = NAMED_LEGISLATURE.match(text, at)
        return LEGISLATURE_STATES[named.group().lower()] if named else None

    def names_a_place(self, words: str) -> bool:
        """Whether ``words`` are a place name the gazetteer knows, a state's or one that is no
        state ("New York", "Hong Kong", "Iraq")."""
        return _without_article(_normalise_surface(words)) in self._surfaces

    def grouping_members(self, name: str) -> tuple[str, ...]:
        """The member states of an informal grouping named ``name`` ("the E3" -> DEU, FRA,
        GBR), or () when it names none."""
        surface = _without_article(_normalise_surface(name))
        code, kind = self._surfaces.get(surface, (None, ""))
        return self._grouping_members[code] if kind == "grouping" else ()

    def code_for(self, name: str) -> str | None:
        """The code a single name stands for, or None.

        Accepts names, aliases, demonyms, capitals and organisation names,
        with or without a leading "the" or a possessive, and codes themselves:
        "South Korean" -> "KOR", "the Kremlin" -> "RUS", "EU's" -> "EU".
        Falls back to a case-insensitive match for names longer than three
        letters ("south korea" -> "KOR", but "us" -> None).
        """
        surface = _normalise_surface(name)
        candidates = [surface, _without_article(surface)]
        candidates += [c[:-2] for c in candidates if c.endswith("'s")]
        candidates += [c[:-1] for c in candidates if c.endswith("'")]
        for candidate in candidates:
            if candidate in self._lookup:
                return self._lookup[candidate]
        for candidate in candidates:
            if len(candidate) > 3 and candidate.casefold() in self._lookup_casefolded:
                return self._lookup_casefolded[candidate.casefold()]
        return None

    def country_name(self, code: str) -> str:
        """The common English name of a state or organisation: "KOR" -> "South Korea".

        Raises KeyError for an unknown code.
        """
        return self._names[code]

    def is_organisation(self, code: str) -> bool:
        """True for organisation codes ("EU", "ARAB_LEAGUE"), False for states."""
        return code in self._organisation_codes

    # -- offices --------------------------------------------------------------

    def role_for(self, title: str) -> str | None:
        """The canonical lower-case role of a title of office, or None.

        Case, hyphens and a leading "the" do not matter: "Foreign Minister",
        "foreign minister" and "Secretary of State" -> "foreign minister";
        "Vice-President" -> "vice president"; "UN Secretary-General" ->
        "secretary-general".
        """
        return self._roles.get(_fold_title(title))

    def role_kind(self, role: str) -> str | None:
        """The kind of a canonical role (one of ROLE_KINDS), or None if unknown.

        "president" -> "head_of_state", "foreign minister" -> "minister".
        """
        return self._role_kinds.get(role)

    def title_pattern(self) -> str:
        r"""A non-capturing regex matching every title of office, the longest first.

        Holds the spellings news uses ("Foreign Minister", "foreign minister",
        "Vice-President", "UN Secretary-General"); spaces match any run of
        whitespace. The alternation is nested as a character trie (much faster
        than a flat list of ~1,000 titles) and its greedy options try longer
        titles first, so at any position the longest title that fits wins.
        Callers add their own word boundaries, e.g. ``rf"\b{pattern}\b"``.
        """
        return self._title_pattern

    # -- leaders --------------------------------------------------------------

    def leaders_named(self, name: str, on: datetime.date | None) -> list[Leader]:
        """Terms of office of leaders called ``name``, most relevant first.

        ``name`` is a full name ("Xi Jinping"), the short name news uses
        ("Xi", "Lee", "Erdogan"), or two or more words of the full name
        ("Recep Erdogan"); accents, case and hyphens do not matter. With
        ``on``, only terms running on that day; with None, every term.
        Full-name matches come before short-name ones, heads of state before
        heads of government before everyone else, recent terms before old
        ones.

        >>> [l.country for l in Gazetteer.load().leaders_named("Lee", datetime.date(2025, 6, 10))][:1]
        ['KOR']
        """
        query = _fold_person_name(name)
        if not query:
            return []
        candidates = self._terms_named(query)
        if not candidates:  # most capitalised words name no leader
            return []
        ranked: dict[Leader, tuple[int, int, int]] = {}
        for term in candidates:
            leader = term.leader
            if on is not None and not leader.in_office_on(on):
                continue
            if term.full_name == query:
                how_named = 0
            elif query in term.short_names:
                how_named = 1
            else:
                how_named = 2
            rank = (
                how_named,
                _KIND_RELEVANCE.get(self._role_kinds.get(leader.role), len(_KIND_RELEVANCE)),
                -leader.start.toordinal(),
            )
            ranked[leader] = min(rank, ranked.get(leader, rank))
        return sorted(ranked, key=ranked.__getitem__)

    def is_shared_surname(self, name: str) -> bool:
        """Whether ``name`` is one word that several leaders of any day go by ("Lee": Lee Jae-myung, Lee
        Hsien Loong, John Lee), a common surname: alone it tells no one for sure.

        >>> Gazetteer.load().is_shared_surname("Lee"), Gazetteer.load().is_shared_surname("Macron")
        (True, False)
        """
        return _fold_person_name(name) in self._shared_surnames

    def _terms_named(self, query: str) -> tuple[_Term, ...]:
        """The terms whose name is `query` (folded), or whose full name holds its every word, on
        any day: remembered per spelling, since the same capitalised words recur in every article."""
        known = self._terms_by_query.get(query)
        if known is not None:
            return known
        query_tokens = frozenset(query.split(" "))
        candidates = list(self._terms_by_name.get(query, []))
        if len(query_tokens) > 1:
            # Terms whose full name holds every word of the query: scan the
            # shortest list of terms holding one of them.
            postings = min((self._terms_by_token.get(t, ()) for t in query_tokens), key=len)
            candidates += [t for t in postings if query_tokens <= t.full_name_tokens]
        if len(self._terms_by_query) >= _TERMS_REMEMBERED:
            self._terms_by_query.clear()
        self._terms_by_query[query] = known = tuple(candidates)
        return known

    # -- building -------------------------------------------------------------

    def _add_names(self, code: str, kind: str, names: Iterable[str]) -> None:
        """Registers names of ``code`` for text matching and lookup, with accent-free spellings."""
        for name in names:
            self._add_lookup(code, name)
            for spelling in {name, _strip_accents(name)}:
                surface = _without_article(_normalise_surface(spelling))
                known_code, _ = self._surfaces.setdefault(surface, (code, kind))
                if known_code != code:
                    raise ValueError(f"{surface!r} names both {known_code} and {code}")

    def _add_lookup(self, code: str, name: str) -> None:
        for spelling in {name, _strip_accents(name)}:
            for surface in {_normalise_surface(spelling), _without_article(_normalise_surface(spelling))}:
                known_code = self._lookup.setdefault(surface, code)
                if known_code != code:
                    raise ValueError(f"{surface!r} names both {known_code} and {code}")

    def _add_title(self, title: str, role: str) -> None:
        key = _fold_title(title)
        known_role = self._roles.setdefault(key, role)
        if known_role != role:
            raise ValueError(f"title {title!r} is both {known_role!r} and {role!r}")

    @staticmethod
    def _unambiguous_casefolded(lookup: Mapping[str, str]) -> dict[str, str]:
        """Case-insensitive index of ``lookup``, leaving out keys that fold to two codes."""
        codes_by_key: dict[str, set[str]] = {}
        for surface, code in lookup.items():
            codes_by_key.setdefault(surface.casefold(), set()).add(code)
        return {key: codes.pop() for key, codes in codes_by_key.items() if len(codes) == 1}

    def _read_terms(self, leaders: Mapping[str, Any]) -> list[_Term]:
        terms = []
        for country, entries in leaders["leaders"].items():
            if country not in self._names:
                raise ValueError(f"leaders.yaml: unknown code {country!r}")
            for entry in entries:
                leader = Leader(
                    name=entry["name"],
                    role=entry["role"],
                    country=country,
                    start=entry["start"],
                    end=entry.get("end"),
                )
                if leader.role not in self._role_kinds:
                    raise ValueError(f"leaders.yaml: {leader.name}: unknown role {leader.role!r}")
                if not isinstance(leader.start, datetime.date) or (
                    leader.end is not None and not leader.start <= leader.end
                ):
                    raise ValueError(f"leaders.yaml: {leader.name}: bad term {leader.start}..{leader.end}")
                full_name = _fold_person_name(leader.name)
                shorts = entry.get("short") or [leader.name.split(" ")[-1]]
                terms.append(
                    _Term(
                        leader=leader,
                        full_name=full_name,
                        full_name_tokens=frozenset(full_name.split(" ")),
                        short_names=frozenset(_fold_person_name(s) for s in shorts),
                    )
                )
        return terms

    def _reads_as_person_name(self, text: str, start: int, end: int) -> bool:
        """True when a person-like state name ("Jordan", "Chad") sits inside a person's name.

        It does when the next word is capitalised and not a title ("Chad
        Wolf", but not "Jordan King Abdullah"), or when the word before is a
        capitalised name-like word that does not begin the sentence ("Jim
        Jordan", but not "Visiting Jordan, ...").
        """
        after = _CAPITALISED_WORD_AFTER.match(text, end)
        if after and after.group(1) not in self._title_first_words and after.group(1) not in _DAYS_AND_MONTHS:
            return True
        before = _CAPITALISED_WORD_AT_END.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group(1)
        preceding = text[max(0, before.start() - 3):before.start()].rstrip()
        begins_sentence = not preceding or preceding[-1] in ".!?:\"“\n"
        return not begins_sentence and word not in _NEIGHBOURS_OF_A_STATE and word not in self._title_first_words
