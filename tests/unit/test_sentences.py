import pytest

from pipeline.extract.sentences import split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. President Donald Trump spoke. Xi replied.", ["U.S. President Donald Trump spoke.", "Xi replied."]),
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
