"""Actor types and organisations (pipeline.extract.actor_types)."""

import pytest

from pipeline.extract.actor_types import ACTOR_TYPES, actor_type, typed_actor
from pipeline.extract.gazetteer import Gazetteer
from pipeline.records import Actor
from tests.support import events_of_type


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize("role, code, part, expected", [
    ("president", "CHN", "INITIATOR", "GOV"),
    ("prime minister", "IND", "", "GOV"),
    ("foreign minister", "FRA", "", "GOV"),
    ("spokesperson", "CHN", "SIGNALLER", "GOV"),
    ("crown prince", "SAU", "", "GOV"),
    ("governor", "USA", "", "GOV"),
    ("general", "USA", "", "MIL"),
    ("speaker", "USA", "", "LEG"),
    ("legislator", "GBR", "", "LEG"),
    ("ambassador", "RUS", "RECIPIENT", "DIP"),
    ("envoy", "USA", "INITIATOR", "DIP"),
    ("high commissioner", "GBR", "", "DIP"),  # a Commonwealth state's envoy
    ("prosecutor", "KOR", "", "JUD"),
    ("chief justice", "USA", "", "JUD"),  # not in offices.yaml: read from its words
    ("army chief", "PAK", "", "MIL"),
    ("party leader", "DEU", "", "PTY"),
    ("opposition leader", "VEN", "", "PTY"),
    ("", "ECU", "CANDIDATE", "PTY"),  # an election's candidate with no office
    ("", "ECU", "WINNER", "PTY"),
    ("president", "ECU", "WINNER", "GOV"),  # an incumbent who won holds an office
    ("secretary-general", "NATO", "", "IGO"),
    ("envoy", "UN", "", "IGO"),  # an organisation's envoy speaks for it, not for a state
    ("president", "EU", "", "IGO"),
    ("chairman", "CHN", "", None),  # says nothing about whom one acts for
    ("", "CHN", "INITIATOR", None),
])
def test_types_follow_role_and_code(gazetteer, role, code, part, expected):
    assert actor_type(role, code, part, gazetteer.role_kind, gazetteer.is_organisation) == expected


def test_every_role_of_offices_yaml_gets_a_type_or_none_deliberately(gazetteer):
    for role in gazetteer._role_kinds:  # noqa: SLF001 - the whole table, once
        found = actor_type(role, "FRA", "", gazetteer.role_kind, gazetteer.is_organisation)
        assert found in (*ACTOR_TYPES, None), role
        if gazetteer.role_kind(role) not in ("other",):
            assert found is not None, role


def test_an_organisations_official_gets_the_organisation(gazetteer):
    rutte = typed_actor(Actor(name="Mark Rutte", role="secretary-general", country="NATO", part="INITIATOR"),
                        gazetteer.role_kind, gazetteer.is_organisation)
    assert (rutte.actor_type, rutte.organisation, rutte.country) == ("IGO", "NATO", "NATO")
    xi = typed_actor(Actor(name="Xi Jinping", role="president", country="CHN"), gazetteer.role_kind,
                     gazetteer.is_organisation)
    assert (xi.actor_type, xi.organisation) == ("GOV", None)


def test_extraction_types_the_actors_and_names_the_organisation(extractor):
    (call,) = events_of_type(
        extractor, "NATO Secretary General Mark Rutte met German Chancellor Friedrich Merz in Berlin on Tuesday.",
        "DIPLOMATIC_CALL")
    by_name = {actor.name: actor for actor in call.actors}
    assert (by_name["Mark Rutte"].actor_type, by_name["Mark Rutte"].organisation) == ("IGO", "NATO")
    assert (by_name["Friedrich Merz"].actor_type, by_name["Friedrich Merz"].organisation) == ("GOV", None)
