"""The article analysis every detector shares (pipeline.extract.extractor): who can act in a
sentence, including the official whose quotation a sentence goes on with."""

import pytest

from tests.support import events_of_type, make_article

_OPENED_BEFORE = ('Polish Foreign Minister Radoslaw Sikorski told reporters on Monday, "Moscow keeps testing '
                  'our patience. {second}"')


def _speakers(extractor, text: str) -> list[list[str]]:
    """Per sentence, the people standing at its very start as its subject (no words of their own)."""
    analysed = extractor.analyse(make_article(text, "2025-06-11"))
    return [[a.person.name for a in s.agents if a.person is not None and a.start == a.end == s.sentence.start]
            for s in analysed.sentences]


@pytest.mark.parametrize("text, speakers", [
    # The quotation opens after its speaker and goes on in the first person.
    (_OPENED_BEFORE.format(second="We will expel two more Russian diplomats."),
     [[], ["Radoslaw Sikorski"]]),
    # ... or its speaker follows where it closes.
    ('"Moscow keeps testing our patience. We will expel two more Russian diplomats," Polish Foreign Minister '
     'Radoslaw Sikorski said on Monday.', [[], ["Radoslaw Sikorski"]]),
    # Not the first person: the sentence names its own subject.
    (_OPENED_BEFORE.format(second="Russia will answer for it."), [[], []]),
    # The quotation closed in the sentence before: the next one is the narrator's.
    ('Polish Foreign Minister Radoslaw Sikorski told reporters on Monday, "Moscow keeps testing our patience." '
     'We will expel two more Russian diplomats.', [[], []]),
    # A legislator speaks for no government; a pronoun names nobody.
    ('Polish lawmaker Anna Nowak told reporters on Monday, "Moscow keeps testing our patience. We will expel two '
     'more Russian diplomats."', [[], []]),
    ('"Moscow keeps testing our patience. We will expel two more Russian diplomats," he said.', [[], []]),
    # A new paragraph ends a quotation left open.
    ('Polish Foreign Minister Radoslaw Sikorski said, "Moscow keeps testing our patience.\n\nWe will expel two '
     'more Russian diplomats.', [[], []]),
])
def test_a_first_person_sentence_of_a_quotation_is_its_speakers(extractor, text, speakers):
    assert _speakers(extractor, text) == speakers


def test_the_speaker_of_a_quotation_signals_what_it_goes_on_to_announce(extractor):
    text = _OPENED_BEFORE.format(second="We will expel two more Russian diplomats.")
    signals = events_of_type(extractor, text, "POLICY_SIGNAL")
    assert [(e.policy.signaller, e.policy.target, e.policy.stance) for e in signals] == [
        ("POL", "RUS", "CONFRONTATIONAL")]
    assert [a.name for a in signals[0].actors] == ["Radoslaw Sikorski"]


def test_a_quotation_left_open_reaches_a_few_sentences_only(extractor):
    """A story whose paragraphs were joined by spaces is one paragraph: a missing closing mark must
    not lend the speaker to every first-person sentence after it."""
    narration = " ".join(f"Talks went on for day {n}." for n in range(1, 8))
    text = (f'Polish Foreign Minister Radoslaw Sikorski told reporters on Monday, "Moscow keeps testing our '
            f'patience. We will expel two more Russian diplomats. {narration} We saw the delegates leave.')
    speakers = _speakers(extractor, text)
    assert speakers[1] == ["Radoslaw Sikorski"]
    assert speakers[-1] == []


@pytest.mark.parametrize("text, signals", [
    # Quoted words about a state, spoken by an official of another: not that state's own announcement.
    ('Indonesia "will strengthen maritime cooperation with Japan", said Japanese Foreign Minister Kenji Tanaka.',
     []),
    ('"Just as Mexico pledged to strengthen trade ties with Canada, we expect the same," said Peruvian Trade '
     'Minister Luis Ortega.', []),
    # The speaker is of the signalling state, or nobody is named outside the quotation: the signal stands.
    ('Indonesia "will strengthen maritime cooperation with Japan", said Indonesian Foreign Minister Sari Wibowo.',
     [("IDN", "JPN")]),
    ('Indonesia "will strengthen maritime cooperation with Japan", the ministry said.', [("IDN", "JPN")]),
])
def test_a_signal_quoted_from_another_states_official_is_not_the_signallers(extractor, text, signals):
    found = events_of_type(extractor, text, "POLICY_SIGNAL")
    assert [(e.policy.signaller, e.policy.target) for e in found] == signals


_MEETING = "Chinese President Xi Jinping meets Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday."


@pytest.mark.parametrize("text, calls", [
    (_MEETING, 1),
    # A photo caption placing people, a picture credit, a menu of links: page furniture, no event.
    (_MEETING.replace("Xi Jinping", "Xi Jinping (R)"), 0),
    (_MEETING.replace("Xi Jinping", "Xi Jinping (2nd L)"), 0),
    ("Home | World | Xi meets Lula in Beijing | Business | Sport", 0),
])
def test_captions_and_menus_report_no_event(extractor, text, calls):
    assert len(events_of_type(extractor, text, "DIPLOMATIC_CALL")) == calls


@pytest.mark.parametrize("text, furniture", [
    ("Rescuers search the rubble in Kathmandu. (AP Photo/Jane Doe)", True),
    ("Photo: AFP", True),
    ("Ministers pose for a picture (L to R) before the talks.", True),
    # Story text: a senator's party and state, an aside in brackets, a news agency as a source.
    ("Senator Jane Doe (R-Texas) said the tariffs would stay.", False),
    ("The vote was 52-48 (see chart).", False),
    ("Reuters reported that the envoys met in Geneva.", False),
])
def test_page_furniture_is_told_from_story_text(text, furniture):
    from pipeline.extract.document import is_page_furniture

    assert is_page_furniture(text) is furniture


def _state_agents(extractor, text: str) -> list[tuple[str, str]]:
    """The states and organisations named as actors (no people), as (words, code), in text order."""
    analysed = extractor.analyse(make_article(text, "2025-06-11"))
    return [(text[a.start:a.end], a.code) for s in analysed.sentences for a in s.agents if a.person is None]


@pytest.mark.parametrize("text, agents", [
    # who rules: a junta, a regime, a presidency
    ("The Malian junta expels five French embassy workers.", [("Malian", "MLI"), ("French", "FRA")]),
    ("The Iranian regime threatens to close the Strait of Hormuz.", [("Iranian", "IRN")]),
    # who legislates, by the common noun or the legislature's own name
    ("The Finnish parliament votes to withdraw from the treaty.", [("Finnish", "FIN")]),
    ("The Russian State Duma approves a bill.", [("Russian", "RUS")]),
    ("The Latvian Saeima votes to withdraw from the convention.", [("Latvian", "LVA")]),
    # a ministry named by its portfolio
    ("The Indian External Affairs Ministry summons the envoy.", [("Indian", "IND")]),
    ("The Chinese commerce ministry announces export controls.", [("Chinese", "CHN")]),
])
def test_a_demonym_before_a_body_of_its_state_is_an_actor(extractor, text, agents):
    assert _state_agents(extractor, text) == agents


@pytest.mark.parametrize("text, agents", [
    ("Ukrainian drones hit an oil depot as Kyiv announces new sanctions.", [("Kyiv", "UKR")]),
    ("A Russian company announces it will close the plant.", []),
    ("The French parliamentary elections are held as Paris announces sanctions.", [("Paris", "FRA")]),
])
def test_a_demonym_before_anything_else_is_no_actor(extractor, text, agents):
    assert _state_agents(extractor, text) == agents
