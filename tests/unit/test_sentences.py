import pytest

from pipeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. President Donald Trump spoke. Xi replied.", ["U.S. President Donald Trump spoke.", "Xi replied."]),
        # ranks that abbreviate; "no." is a number sign only before a number (or written "No.")
        ("Brig. Gen. Ana Ruiz spoke. Troops left.", ["Brig. Gen. Ana Ruiz spoke.", "Troops left."]),
        ("The senator voted no. The bill passed.", ["The senator voted no.", "The bill passed."]),
        ("They met at No. 10 on Monday. It rained.", ["They met at No. 10 on Monday.", "It rained."]),
        ("He met Mr. Smith in Washington, D.C. on Monday. It rained.",
         ["He met Mr. Smith in Washington, D.C. on Monday.", "It rained."]),
        ('"We will win," he said. "Never."', ['"We will win," he said.', '"Never."']),
        ("Gen. Milley met Sen. Reed.\n\nNew paragraph here", ["Gen. Milley met Sen. Reed.", "New paragraph here"]),
        ("A title line\nThe first sentence.", ["A title line", "The first sentence."]),
        ("Prices rose 2.5 percent. Markets fell.", ["Prices rose 2.5 percent.", "Markets fell."]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_point_back_into_the_text():
    text = "  First one.   Second one!\n\n Third?  "
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text


def test_runs_longer_than_the_limit_are_cut_at_white_space():
    from pipeline.extract.sentences import MAX_SENTENCE_CHARS

    text = "word " * (MAX_SENTENCE_CHARS // 2)
    sentences = split_sentences(text)
    assert len(sentences) >= 3
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text and not s.text.startswith(" ") for s in sentences)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He chose plan B?! Then he left.", ["He chose plan B?!", "Then he left."]),
        ("Meet J. Smith. He waits.", ["Meet J. Smith.", "He waits."]),
        ("It was grade A... Then it fell.", ["It was grade A...", "Then it fell."]),
        ("Wait... What? No!! Yes.", ["Wait...", "What?", "No!!", "Yes."]),
    ],
)
def test_runs_of_punctuation_end_a_sentence_as_before(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("poison", ["." * 100_000, "?!" * 50_000, ". " * 50_000 + "x", "A." * 50_000])
def test_splitting_is_linear_in_the_text(poison):
    """A line of 100,000 dots took 96 s when every dot started a new attempt at the whole run."""
    import time

    started = time.perf_counter()
    sentences = split_sentences(poison)
    assert time.perf_counter() - started < 1.0
    assert "".join(s.text for s in sentences).replace(" ", "") == poison.replace(" ", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A subheading run into the next paragraph's first sentence is a sentence of its own.
        ("The talks ended. Border tensions Since the spring, both armies have moved troops.",
         ["The talks ended.", "Border tensions", "Since the spring, both armies have moved troops."]),
        ("Aid was cut. Money for the region More than $2 billion was pledged.",
         ["Aid was cut.", "Money for the region", "More than $2 billion was pledged."]),
        ("Prices rose. Reaction grows “The measure is unfair,” the minister said.",
         ["Prices rose.", "Reaction grows", "“The measure is unfair,” the minister said."]),
        # Not headings: a clause before a name or title, a verb of saying, a preposition, title case.
        ("Officials told The Associated Press that talks would resume.",
         ["Officials told The Associated Press that talks would resume."]),
        ("Judges at The Hague ruled on Monday.", ["Judges at The Hague ruled on Monday."]),
        ("American news agency The Associated Press sued.", ["American news agency The Associated Press sued."]),
        ("Members of the Partnership For Peace met.", ["Members of the Partnership For Peace met."]),
        ("The minister said In a statement, she thanked Japan.",
         ["The minister said In a statement, she thanked Japan."]),
        ("He said The talks went well.", ["He said The talks went well."]),
    ],
)
def test_a_run_in_subheading_is_a_sentence_of_its_own(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NAIROBI — Kenya recalled its envoy on Monday.", ["NAIROBI —", "Kenya recalled its envoy on Monday."]),
        ("KYIV/MOSCOW — Talks resumed. Both sides spoke.", ["KYIV/MOSCOW —", "Talks resumed.", "Both sides spoke."]),
        ("WASHINGTON (AP) — The president spoke.", ["WASHINGTON (AP) —", "The president spoke."]),
        # Only at the very start, and only capitals: an acronym with a dash later is no dateline.
        ("Kenya — a close ally — recalled its envoy.", ["Kenya — a close ally — recalled its envoy."]),
        ("It met. NATO — the alliance — agreed.", ["It met.", "NATO — the alliance — agreed."]),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
