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


def test_a_clause_begins_after_the_last_joint_before_the_trigger():
    """`clause_around` looks for the last joint before the trigger from the trigger backwards: the
    clause found is the one the joints' own left-to-right scan gives, on random text of commas,
    joints, ';' and ':' (a run-on text of many clauses reads only the nearest)."""
    import random

    from pipeline.extract.document import _CLAUSE_JOINT, _CLAUSE_REACH, clause_around

    def expected(text: str, start: int, end: int) -> tuple[int, int]:
        reach = max(0, start - _CLAUSE_REACH)
        left = max(text.rfind(";", reach, start), text.rfind(":", reach, start))
        for match in _CLAUSE_JOINT.finditer(text, reach, start):
            left = max(left, match.start())
        stop = min(len(text), end + _CLAUSE_REACH)
        rights = [i for i in (text.find(";", end, stop), text.find(":", end, stop)) if i != -1]
        match = _CLAUSE_JOINT.search(text, end, stop)
        rights += [match.start()] if match else []
        return max(left + 1, reach), min(rights) if rights else stop

    pieces = [", while", ", which", ",  but", ",", ", whichever", " said", "; ", ": ", " x", ",\nwho", "whose"]
    generator = random.Random(11)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randrange(1, 150)))
        start = generator.randrange(len(text))
        end = generator.randrange(start, len(text) + 1)
        assert clause_around(text, start, end) == expected(text, start, end), (text, start, end)
    text = "China vowed, while Japan said, which the US denied, " * 20
    start = text.index("denied", 400)
    assert clause_around(text, start, start + 6) == (text.rindex(", which", 0, start) + 1, text.index(", while", start))
    assert text[slice(*clause_around(text, start, start + 6))] == " which the US denied, China vowed"
