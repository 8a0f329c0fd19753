"""The shared background rules of pipeline/extract/document.py: what is too old to be news."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import ResolvedDate
from pipeline.extract.document import hypothetical, is_stale

PUBLISHED = dt.date(2005, 4, 19)


@pytest.mark.parametrize(
    "date, precision, stale",
    [
        # "last month": the month just ended is recent, though its first day is 49 days back
        ("2005-03-01", "MONTH", False),
        ("2005-01-01", "MONTH", True),
        ("2005-03-01", "DAY", True),  # a day counts as itself
        ("2005-04-10", "DAY", False),
        ("2004-01-01", "YEAR", True),
        ("2005-01-01", "YEAR", False),
    ],
)
def test_a_date_is_stale_when_its_period_ended_long_before_publication(date, precision, stale):
    assert is_stale(ResolvedDate(dt.date.fromisoformat(date), precision, "x"), PUBLISHED) is stale


def test_without_whole_periods_a_month_counts_from_its_first_day():
    assert is_stale(ResolvedDate(dt.date(2005, 3, 1), "MONTH", "last month"), PUBLISHED, days=40,
                    whole_periods=False)


@pytest.mark.parametrize("before, expected", [
    ("The White House said Biden would ", False),  # the future told in the past
    ("The foreign ministry announced that Wang Yi would ", False),
    ("According to the Kremlin, Putin would ", False),
    ("Biden would ", True),  # no verb of saying: a hypothesis
    ("The ministry said Wang Yi would visit Moscow if the talks progressed, and ", True),  # "if" stays one
    ("Officials said the leaders could ", True),
])
def test_would_after_a_verb_of_saying_is_no_hypothesis(before, expected):
    assert hypothetical(before) is expected
