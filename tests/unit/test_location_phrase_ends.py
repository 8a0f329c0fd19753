"""`LocationPhraseEnds` (asked offset by offset, for places' starts) answers as the set of every
location phrase's end that `_location_phrase_ends` finds by scanning the whole text: at every
offset of every text of the repository (the Wikinews corpus, dev and train) and of random text."""

from __future__ import annotations

import random

import pytest

from pipeline.extract.extractor import LocationPhraseEnds, _location_phrase_ends
from tests.support import repository_texts


def _random_texts() -> list[str]:
    generator = random.Random(14)
    pieces = ["in", "at", "the", "near", "within", "inside", "In", "THE", " ", "  ", "\n", "\t", "\u00a0", ",", ".",
              "_", "1", "x", "ſ", "ı", "İ", "\u212a", "é", "-", "thein", "throughout"]
    return ["".join(generator.choice(pieces) for _ in range(generator.randint(0, 30))) for _ in range(5000)]


@pytest.mark.parametrize("texts", [repository_texts(), _random_texts()], ids=["repository", "random"])
def test_every_offset_is_answered_as_the_whole_scan_finds(texts):
    ends_found = 0
    for text in texts:
        ends = _location_phrase_ends(text)
        asked = LocationPhraseEnds(text)
        assert [offset for offset in range(len(text) + 1) if offset in asked] == sorted(ends), text
        ends_found += len(ends)
    assert ends_found > 500  # the texts hold location phrases: the comparison compared something
