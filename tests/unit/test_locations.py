"""Event locations (pipeline.extract.locations): resolving names offline in GeoNames, finding the
venue of a call, and the location of each type; the merge keeps the most precise."""

import datetime as dt

import pytest

from pipeline.extract.locations import FAMOUS_VENUES, Locator
from pipeline.merge import merge_mentions
from pipeline.records import CallDetails, EventCore, EventMention, Location
from tests.support import events_of_type


@pytest.fixture(scope="module")
def locator():
    return Locator.load()


# Resolving names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, preferred, expected", [
    ("Georgia", ["USA"], ("USA", "ADMIN1")),  # the US state in an American event
    ("Georgia", ["GEO", "RUS"], ("GEO", "COUNTRY")),
    ("Georgia", [], ("GEO", "COUNTRY")),  # a country before a division when nothing says otherwise
    ("Moscow", ["RUS"], ("RUS", "CITY")),
    ("Moscow", [], ("RUS", "CITY")),  # then population: not Moscow, Idaho
    ("Paris", ["USA"], ("USA", "CITY")),  # Paris, Texas: the event's countries come first
    ("Paris", ["FRA", "USA"], ("FRA", "CITY")),  # then the largest, whatever the order of the countries
    ("Paris", ["USA", "FRA"], ("FRA", "CITY")),
    ("Hyderabad", ["PAK"], ("PAK", "CITY")),
    ("Hyderabad", ["IND"], ("IND", "CITY")),
    ("Washington", [], ("USA", "CITY")),  # the city before the state
    ("New York", [], ("USA", "CITY")),
    ("Kiev", [], ("UKR", "CITY")),  # an alternate spelling
    ("Brasilia", [], ("BRA", "CITY")),  # without its accent
    ("South Korea", [], ("KOR", "COUNTRY")),
    ("the United States", [], ("USA", "COUNTRY")),
    ("Alaska", [], ("USA", "ADMIN1")),
])
def test_ambiguous_names_go_to_the_events_countries_then_the_largest(locator, name, preferred, expected):
    place = locator.resolve(name, preferred)
    assert (place.country, place.precision) == expected


@pytest.mark.parametrize("name", ["March", "Tuesday", "President", "Europe", "Xi Jinping", ""])
def test_words_that_are_no_place_do_not_resolve(locator, name):
    assert locator.resolve(name) is None


def test_famous_venues_resolve_to_their_city(locator):
    for venue, (city, country) in FAMOUS_VENUES.items():
        place = locator.resolve(venue)
        assert place is not None and place.country == country, venue
    assert locator.resolve("White House").geonames_id == locator.resolve("Washington", ["USA"]).geonames_id
    assert locator.resolve("Sharm el-Sheikh", ["USA"], beside="EGY").country == "EGY"
    assert locator.resolve("Kremlin").name == "Moscow"
    assert locator.resolve("Camp David").precision == "ADMIN1"  # Maryland: no town of 15,000 there


def test_a_country_has_its_geonames_id_and_a_point_inside_it(locator):
    china = locator.country_location("CHN")
    assert (china.name, china.geonames_id, china.precision) == ("China", 1814991, "COUNTRY")
    assert 18 < china.latitude < 54 and 73 < china.longitude < 135
    assert locator.country_location("EU") is None  # an organisation has no country


# Venues of calls ---------------------------------------------------------------------------------

def _call(locator, text, mode="MEETING", host=None, countries=("CHN", "KOR")):
    details = {"participants": list(countries), "mode": mode, "host": host, "status": "OCCURRED"}
    return locator.locate("DIPLOMATIC_CALL", details, [(text, 0)], list(countries))


@pytest.mark.parametrize("text, mode, host, countries, expected", [
    ("Xi met Lee in Beijing on Tuesday.", "VISIT", "CHN", ("CHN", "KOR"), ("Beijing", "CHN", "CITY")),
    ("Trump hosted Ramaphosa at the White House.", "VISIT", "USA", ("USA", "ZAF"), ("the White House", "USA", "CITY")),
    ("Modi met Xi on the sidelines of the G20 summit in Johannesburg.", "MEETING", None, ("CHN", "IND"),
     ("Johannesburg", "ZAF", "CITY")),
    ("The two met in Sharm el-Sheikh, Egypt, on Monday.", "MEETING", None, ("ISR", "USA"),
     ("Sharm el-Sheikh", "EGY", "CITY")),
    ("Putin met Trump in Anchorage, Alaska.", "VISIT", "USA", ("RUS", "USA"), ("Anchorage", "USA", "CITY")),
    ("Trump will meet Putin in Alaska on August 15.", "VISIT", "USA", ("RUS", "USA"), ("Alaska", "USA", "ADMIN1")),
    ("Macron paid a state visit to Vietnam.", "VISIT", "VNM", ("FRA", "VNM"), ("Vietnam", "VNM", "COUNTRY")),
    ("Xi arrived in Astana for a state visit to Kazakhstan.", "VISIT", "KAZ", ("CHN", "KAZ"),
     ("Astana", "KAZ", "CITY")),  # the city before the country
    ("In Riyadh, Rubio held talks with Lavrov.", "MEETING", None, ("RUS", "USA"), ("Riyadh", "SAU", "CITY")),
    ("On Thursday in Washington, Blinken assured visiting Foreign Minister Payne.", "VISIT", "USA", ("AUS", "USA"),
     ("Washington", "USA", "CITY")),
    ("Trump confronts Ramaphosa at the White House during a state visit by Ramaphosa.", "VISIT", "USA",
     ("USA", "ZAF"), ("the White House", "USA", "CITY")),  # the contact named after the place
    ("Officials met in the C.A.R.'s capital, Bangui, last week.", "MEETING", None, ("CAF", "CMR"),
     ("Bangui", "CAF", "CITY")),
    ("MBS met with Rubio in the Red Sea port city of Jeddah.", "VISIT", "SAU", ("SAU", "USA"), ("Jeddah", "SAU", "CITY")),
    ("Armenia and Pakistan met on the sidelines of the 2025 Tianjin SCO summit.", "MEETING", None, ("ARM", "PAK"),
     ("Tianjin", "CHN", "CITY")),
    ("They met on the sidelines of the eightieth session of the United Nations General Assembly.", "MEETING", None,
     ("SYR", "UKR"), ("the United Nations General Assembly", "USA", "CITY")),
])
def test_the_venue_of_a_call_is_the_most_precise_place_named_for_it(locator, text, mode, host, countries, expected):
    location, basis = _call(locator, text, mode, host, countries)
    assert (location.name, location.country, location.precision) == expected
    assert basis == "VENUE"


@pytest.mark.parametrize("text", [
    "Blinken met Wang to discuss the war in Ukraine.",
    "Rubio met Lavrov, days after fighting broke out in Sudan.",
    "Xi met Lee amid tensions in the Taiwan Strait.",
    "Witkoff met Netanyahu in an effort to secure a ceasefire deal in Gaza.",
    "Zelensky met Trump to discuss the Ukraine peace talks.",  # a country before talks is their topic
    "Putin met Trump, the head of the Kremlin administration said.",  # "of" names a venue only after sidelines
])
def test_a_place_that_is_the_topic_is_no_venue(locator, text):
    assert _call(locator, text, countries=("USA", "RUS")) == (None, "NO_VENUE")


def test_a_phone_call_has_no_venue_and_a_visit_without_one_is_in_its_host_country(locator):
    assert _call(locator, "Xi spoke with Lee by phone from Beijing.", mode="PHONE") == (None, "PHONE")
    location, basis = _call(locator, "Ramaphosa's state visit was cut short.", "VISIT", "USA", ("USA", "ZAF"))
    assert (location.name, location.country, location.precision, basis) == ("United States", "USA", "COUNTRY", "HOST")


def test_an_election_is_in_its_country_and_a_signal_where_voiced_or_in_its_signallers_country(locator):
    location, basis = locator.locate("ELECTION", {"country": "GEO", "stage": "HELD"}, [("Voters in Georgia ...", 0)],
                                     ["GEO"])
    assert (location.country, location.precision, basis) == ("GEO", "COUNTRY", "ELECTION")
    signal = {"signaller": "EU", "target": "RUS"}
    voiced = [("Kallas told reporters in Brussels that the EU will impose sanctions on Russia.", 0)]
    location, basis = locator.locate("POLICY_SIGNAL", signal, voiced, ["EU", "RUS"])
    assert (location.name, location.country, basis) == ("Brussels", "BEL", "VOICED")
    unsaid = [("The EU will impose sanctions on Russia.", 0)]
    assert locator.locate("POLICY_SIGNAL", signal, unsaid, ["EU", "RUS"]) == (None, "ORGANISATION")
    location, basis = locator.locate("POLICY_SIGNAL", {"signaller": "CHN", "target": "USA"},
                                     [("China will impose tariffs on goods made in the United States.", 0)],
                                     ["CHN", "USA"])
    assert (location.country, location.precision, basis) == ("CHN", "COUNTRY", "SIGNALLER")
    assert locator.locate("TOY", {}, [], []) == (None, None)


def test_extraction_gives_the_venue_and_its_coordinates(extractor):
    (call,) = events_of_type(extractor, "Chinese President Xi Jinping met South Korean President Lee Jae-myung "
                                        "in Beijing on Tuesday.", "DIPLOMATIC_CALL")
    assert call.location_basis == "VENUE"
    assert (call.location.name, call.location.country, call.location.geonames_id) == ("Beijing", "CHN", 1816670)
    assert call.location.latitude == pytest.approx(39.9, abs=0.1)
    assert call.location.longitude == pytest.approx(116.4, abs=0.1)
    assert (call.cameo_root, call.quad_class) == (call.cameo_code[:2], 1)


# Merging -----------------------------------------------------------------------------------------

def _mention(article_id, confidence, location, source):
    core = EventCore(event_id="e", event_type="DIPLOMATIC_CALL", confidence=confidence,
                     call=CallDetails(participants=["CHN", "KAZ"], mode="VISIT", host="KAZ"),
                     location=location, location_basis="VENUE" if location else "NO_VENUE")
    return EventMention(event=core, article_id=article_id, source=source,
                        published_at=dt.datetime(2025, 6, 11, tzinfo=dt.timezone.utc))


def test_the_merge_keeps_the_most_precise_location_and_counts_distinct_sources():
    country = Location(name="Kazakhstan", country="KAZ", precision="COUNTRY")
    city = Location(name="Astana", country="KAZ", geonames_id=1526273, precision="CITY")
    event = merge_mentions([_mention("a", 0.9, country, "Xinhua"), _mention("b", 0.5, city, "Reuters"),
                            _mention("c", 0.7, None, "Reuters")], "v")
    assert (event.location, event.location_basis) == (city, "VENUE")
    assert (event.num_articles, event.num_sources) == (3, 2)


def test_a_phone_call_takes_no_venue_from_other_reports_of_it():
    phone = _mention("a", 0.9, None, "Xinhua").event.model_copy(update={"location_basis": "PHONE"})
    city = Location(name="Riyadh", country="SAU", precision="CITY")
    mentions = [EventMention(event=phone, article_id="a", source="Xinhua"), _mention("b", 0.5, city, "Reuters")]
    event = merge_mentions(mentions, "v")
    assert (event.location, event.location_basis) == (None, "PHONE")


def test_where_text_says_where_or_why_not():
    from pipeline.extract.locations import where_text

    assert where_text({"name": "Beijing", "precision": "CITY"}, "VENUE") == "Beijing (CITY)"
    assert where_text({"name": "Kazakhstan", "precision": "COUNTRY"}, "HOST") == "Kazakhstan (COUNTRY, host country)"
    assert where_text(None, "PHONE") == "none (a phone call)"
    assert where_text(None, None) == ""


def test_a_huge_sentence_full_of_places_is_read_in_bounded_time(locator):
    import time

    text = "Xi met Lee in Beijing and " * 40_000
    started = time.thread_time()
    location, basis = _call(locator, text)
    assert (location.name, basis) == ("Beijing", "VENUE")
    assert time.thread_time() - started < 1.0


# The index cache ---------------------------------------------------------------------------------

def test_the_cached_index_is_the_index_built_and_is_read_instead_of_building(tmp_path, monkeypatch):
    from pipeline.extract.locations import GeoNames, index_cache_path

    monkeypatch.setenv("EVENTS_PIPELINE_CACHE", str(tmp_path))
    (tmp_path / "geonames-0-stale-py0.marshal").write_bytes(b"an index of other data")
    GeoNames.load.cache_clear()
    try:
        built = GeoNames.load()  # no cache yet: built, then written
        assert index_cache_path().parent == tmp_path and index_cache_path().exists()
        assert [path.name for path in tmp_path.iterdir()] == [index_cache_path().name]  # the stale one gone
        GeoNames.load.cache_clear()
        monkeypatch.setattr(GeoNames, "build", None)  # reading the cache must not build
        read = GeoNames.load()
    finally:
        GeoNames.load.cache_clear()
    assert read is not built
    assert (read._places, read._by_name, read._countries) == (built._places, built._by_name, built._countries)
    assert read.candidates("Georgia") == built.candidates("Georgia") and read.country("FRA") == built.country("FRA")


def test_a_damaged_cache_file_is_built_again(tmp_path, monkeypatch):
    from pipeline.extract.locations import GeoNames, index_cache_path

    monkeypatch.setenv("EVENTS_PIPELINE_CACHE", str(tmp_path))
    index_cache_path().write_bytes(b"cut off")
    GeoNames.load.cache_clear()
    try:
        assert GeoNames.load().country("KOR").name == "South Korea"
    finally:
        GeoNames.load.cache_clear()
    assert index_cache_path().read_bytes() != b"cut off"
