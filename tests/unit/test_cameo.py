"""CAMEO root, QuadClass and Goldstein scale (pipeline.extract.cameo)."""

import pytest

from pipeline.extract.cameo import GOLDSTEIN, QUAD_CLASS, cameo_root, gdelt_codes
from pipeline.extract.events import calls, policy


@pytest.mark.parametrize("code, expected", [
    ("041", ("04", 1, 1.0)),  # discuss by telephone
    ("042", ("04", 1, 1.9)),  # make a visit
    ("044", ("04", 1, 2.5)),  # meet at a third location
    ("040", ("04", 1, 1.0)),  # consult
    ("030", ("03", 1, 4.0)),  # express intent to cooperate
    ("020", ("02", 1, 3.0)),  # make an appeal or request
    ("160", ("16", 4, -4.0)),  # reduce relations
])
def test_the_codes_this_project_emits_have_their_published_figures(code, expected):
    assert gdelt_codes(code) == expected


@pytest.mark.parametrize("root, quad_class", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                               ("14", 4), ("20", 4)])
def test_quad_class_follows_the_root(root, quad_class):
    assert QUAD_CLASS[root] == quad_class
    assert gdelt_codes(root + "0")[1] == quad_class


def test_every_root_has_a_goldstein_value_and_a_code_not_in_the_table_has_none():
    assert set(QUAD_CLASS) <= set(GOLDSTEIN)
    assert gdelt_codes("0874") == ("08", 2, None)  # a real code this project does not emit: no guess


@pytest.mark.parametrize("code", [None, "", "4", "x41", "99", "210"])
def test_no_root_for_no_code_or_a_malformed_one(code):
    assert cameo_root(code) is None
    assert gdelt_codes(code) == (None, None, None)


def test_every_code_the_kinds_emit_is_in_the_goldstein_table():
    emitted = {calls.KIND.codes({"mode": mode})[0] for mode in ("PHONE", "MEETING", "VISIT", "SUMMIT")}
    emitted |= {policy.KIND.codes({"stance": stance})[0] for stance in ("COOPERATIVE", "CONFRONTATIONAL", "NEUTRAL")}
    emitted.discard(None)
    assert emitted and emitted <= set(GOLDSTEIN)
