"""The article's places, people and agents are found when a detector first asks for them
(`AnalysedSentence.awaiting`; that it gives the same mentions as finding them with the sentences, on
every text of the repository, is tested in test_candidates.py with the candidate gate); an article whose detectors rule out every sentence by its words finds none."""

from __future__ import annotations

import dataclasses
import random

import pytest

from pipeline.extract.document import AnalysedSentence
from pipeline.extract.events import calls
from pipeline.extract.sentences import Sentence
from tests.support import make_article


@pytest.fixture
def counted(extractor, monkeypatch):
    """How often the extractor looked for places and for people."""
    counts = {"places": 0, "people": 0}
    find_places, find_people = extractor.gazetteer.find_places, extractor.actor_finder.find

    def places(text):
        counts["places"] += 1
        return find_places(text)

    def people(*args):
        counts["people"] += 1
        return find_people(*args)

    monkeypatch.setattr(extractor.gazetteer, "find_places", places)
    monkeypatch.setattr(extractor.actor_finder, "find", people)
    return counts


def test_an_article_whose_cue_words_are_no_trigger_finds_no_places_nor_people(extractor, counted):
    # "talks", "left", "bar", "cut", "port" are cues; no detector's trigger reads them so here
    text = ("The talks about the new port went on for hours. Residents left the bar early. "
            "Prices were cut at the market in Lyon, where Mayor Grégory Doucet spoke of the weather.")
    assert extractor.analyse(make_article(text)) is not None  # the cue words are there
    assert extractor.extract(make_article(text)) == []
    assert counted == {"places": 0, "people": 0}


def test_an_article_with_a_signal_finds_its_places_and_people_once(extractor, counted):
    text = "China imposed sanctions on Lithuania on Monday, Foreign Minister Wang Yi said."
    mentions = extractor.extract(make_article(text))
    assert [m.event.event_type for m in mentions] == ["POLICY_SIGNAL"]
    assert counted == {"places": 1, "people": 1}


def test_a_sentence_finds_the_places_alone_when_only_they_are_asked_for():
    asked = []
    first = AnalysedSentence.awaiting(Sentence("China and Japan.", 0, 16), None, 0, None, asked.append)

    def analysis(name):
        asked.append(name)
        first.set_places([])
        if name != "places":
            first.set_actors([], [])

    first._analysis = analysis
    assert first.places == [] and asked == ["places"]
    assert first.agents == [] and asked == ["places", "agents"]
    assert first.people == [] and asked == ["places", "agents"]  # found with the agents
    replaced = dataclasses.replace(first, agents=["stand-in"])
    assert replaced.agents == ["stand-in"] and replaced.places == []


def test_the_gathering_words_test_holds_every_sentence_the_gathering_pattern_matches():
    generator = random.Random(9)
    pieces = ["summit", "SUMMIT", "ſummit", "met", "MEET", "Meets", "meeting", "gathered", "gathers", "convene",
              "convened", "conference", "conferenc", "mee", "summi", "ga", "ther", "ı", "İ", " ", ", ", "x"]
    texts = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 6))) for _ in range(20000)]
    for text in texts:
        if calls._ORGANISATION_GATHERS.search(text):
            assert calls._may_tell_a_gathering(text), text


@pytest.mark.parametrize("text", [
    "Visitor numbers at the Mexico-US border rose in June.",
    "The meetinghouse near the Russia-Ukraine border burned down.",
    "The call-up of reservists in Russia-occupied areas began.",
])
def test_a_hyphenated_pair_with_no_contact_noun_after_it_finds_no_people(extractor, counted, text):
    # a cue of a contact and two states joined by a hyphen, but no "talks", "meeting", ... to name their contact:
    # `_paired_contacts` needs no agents, and the article's people are not found
    assert extractor.analyse(make_article(text)).may_hold("DIPLOMATIC_CALL")
    assert extractor.extract(make_article(text)) == []
    assert counted["people"] == 0


def test_a_hyphenated_pair_before_a_contact_noun_is_still_a_meeting(extractor, counted):
    mentions = extractor.extract(make_article("US-China talks were held in Geneva on Monday."))
    assert [(m.event.event_type, sorted(m.event.countries)) for m in mentions] == [("DIPLOMATIC_CALL", ["CHN", "USA"])]
    assert counted["people"] == 1
