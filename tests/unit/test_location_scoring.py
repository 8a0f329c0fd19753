"""Scoring of call venues (pipeline.scoring.score_locations)."""

from pipeline.scoring import score_locations


def call(participants, location=None, mode="MEETING"):
    event = {"type": "DIPLOMATIC_CALL", "participants": participants, "mode": mode}
    if location:
        event["location"] = dict(zip(("name", "country"), location))
    return event


def test_found_right_and_same_country_among_paired_calls_with_a_gold_location():
    articles = [
        ("a", [call(["CHN", "KOR"], ("Beijing", "CHN"))], [call(["CHN", "KOR"], ("beijing", "CHN"))]),  # right
        ("b", [call(["USA", "ZAF"], ("White House", "USA"))], [call(["USA", "ZAF"], ("the White House", "USA"))]),
        ("c", [call(["ETH", "SOM"], ("Mogadishu", "SOM"))], [call(["ETH", "SOM"], ("Somalia", "SOM"))]),  # country only
        ("d", [call(["RUS", "USA"], ("Riyadh", "SAU"))], [call(["RUS", "USA"])]),  # not found
        ("e", [call(["RUS", "USA"])], [call(["RUS", "USA"], ("Geneva", "CHE"))]),  # no gold venue: not scored
        ("f", [call(["FRA", "DEU"], ("Paris", "FRA"))], []),  # unpaired: not scored
        ("g", [], [{"type": "ELECTION", "country": "GEO", "location": {"name": "Georgia", "country": "GEO"}}]),
    ]
    scores = score_locations(articles)
    assert scores == {"gold": 4, "found": 3, "right": 2, "same_country": 3, "location_accuracy": 0.5,
                      "calls_predicted": 5, "calls_with_location": 4}


def test_nothing_to_score_is_a_perfect_score():
    assert score_locations([("a", [], [])])["location_accuracy"] == 1.0
