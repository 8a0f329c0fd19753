"""What news names but is no event of its time (EVENTS.md "Not events", round eleven's inventory of
near-misses, experiments/probes11/): who speaks for no government, history recalled by an era or an
anniversary, hearsay, contacts cancelled, barred or only weighed. Each class with a near twin the
extractor must still find."""

import pytest

from tests.support import make_article


def signatures(extractor, text: str, published: str = "2025-06-11") -> set[str]:
    """The article's events, each as a short signature: C:<participants>, E:<country>:<office>,
    S:<signaller>><target>."""
    found = set()
    for mention in extractor.extract(make_article(text, published)):
        event = mention.event
        if event.event_type == "DIPLOMATIC_CALL":
            found.add("C:" + "+".join(sorted(event.call.participants)))
        elif event.event_type == "ELECTION":
            found.add(f"E:{event.election.country}:{event.election.office}")
        else:
            found.add(f"S:{event.policy.signaller}>{event.policy.target or ''}")
    return found


@pytest.mark.parametrize("text", [
    # what non-government speakers ask of a state is not its policy
    "Analysts recommended that Germany double its aid to Ukraine.",
    "A think tank report recommended that Germany double its aid to Ukraine.",
    "Critics called on Britain to impose sanctions on Israel.",
    "Critics want Britain to impose sanctions on Israel.",
    # an era of the past
    "During the Cold War, Washington imposed sanctions on Cuba.",
    "In his first term, Trump imposed tariffs on Chinese steel.",
    "Trump imposed sanctions on Iran during his first term.",
    # what an anniversary or a count of years recalls
    "Tuesday marks 30 years since Israel and Jordan signed their peace treaty.",
    "Seven years after Donald Trump and Kim Jong Un shook hands in Singapore, the prospects are dim.",
    # hearsay: "reports" as a noun is no verb of saying before "would"
    "Amid reports that Trump would meet Kim, South Korea urged caution.",
    "Reports that Erdogan would visit Damascus were dismissed by Ankara.",
    # a trip called off, a travel ban, a contact only weighed
    "Malaysian Prime Minister Anwar Ibrahim calls off a planned two-day trip to Jakarta.",
    "The measures, agreed by EU foreign ministers in Brussels, also bar the officials from travelling to Britain.",
    "Former negotiators say the prospects for a return to summit diplomacy between Trump and Kim Jong Un are dim.",
])
def test_a_non_event_yields_nothing(extractor, text):
    assert signatures(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    # the near twins: the same forms told as news of the day
    ("Germany will double its aid to Ukraine, the government said on Tuesday.", "S:DEU>UKR"),
    ("Britain imposed sanctions on Israel on Tuesday.", "S:GBR>ISR"),
    ("Washington imposed sanctions on Cuba on Tuesday.", "S:USA>CUB"),
    ("Israel and Jordan signed a water agreement on Tuesday.", "S:ISR>JOR"),
    ("Xi met Marcos on Tuesday as the two countries mark 50 years since establishing ties.", "C:CHN+PHL"),
    ("The Kremlin said on Tuesday that Putin had spoken with Trump by phone.", "C:RUS+USA"),
    ("The White House said Biden would host Ruto next month.", "C:KEN+USA"),
    ("Malaysian Prime Minister Anwar Ibrahim arrived in Jakarta on Tuesday for a two-day visit to Indonesia.",
     "C:IDN+MYS"),
])
def test_its_near_twin_is_still_found(extractor, text, expected):
    assert expected in signatures(extractor, text)


def test_an_anniversary_of_a_contact_leaves_the_contact_of_the_day():
    """Only what the anniversary recalls is history: the meeting the sentence opens with is news, the
    establishment of ties 50 years ago no signal."""
    from pipeline.extract.document import recalled_by_anniversary

    assert recalled_by_anniversary("as the two countries mark 50 years since ")
    assert recalled_by_anniversary("on the 75th anniversary of the ")
    assert not recalled_by_anniversary("Seven years after the summit, ")
    assert not recalled_by_anniversary("Xi met ")


@pytest.mark.parametrize("text", [
    # a contest decided by juries or viewers
    "The Eurovision Song Contest final vote was won by Austria.",
    # a round of talks, not of a vote
    "Iran and the United States held talks in Muscat on Saturday. The second round is set to take place in Rome "
    "on Saturday, again with Omani mediation.",
    # taking office after an election long past
    "The governing coalition of Prime Minister Shehbaz Sharif's Pakistan Muslim League-Nawaz and the Pakistan "
    "Peoples Party took office after the February 2024 general election.",
])
def test_no_election(extractor, text):
    assert not {s for s in signatures(extractor, text) if s.startswith("E:")}


@pytest.mark.parametrize("text, expected", [
    ("Romania will hold a presidential runoff on May 18. The second round pits George Simion against Nicusor Dan.",
     "E:ROU:president"),
    ("Austrians voted on Sunday in a parliamentary election.", "E:AUT:parliament"),
    ("Merz took office on May 6 after the February 2025 general election.", "E:DEU:parliament"),
])
def test_the_election_twin_is_still_found(extractor, text, expected):
    assert expected in signatures(extractor, text)


@pytest.mark.parametrize("text", [
    # a contact no party wants or needs: a negation by "no need / reason / intention"
    "Kim Jong Un sees no need to meet Trump.",
    "Kim Jong Un has no reason to sit down with Washington.",
    # a contact only needed
    "Kim Jong Un sees a need to meet Trump soon, the KCNA said.",
    # a government and a rebel group act together: domestic
    "Representatives of the Congolese government and the M23 rebel group resume talks in Doha, Qatar.",
])
def test_no_contact_nor_signal(extractor, text):
    assert signatures(extractor, text) == set()


def test_the_two_countries_are_not_the_topic_of_a_plan(extractor):
    text = ("Nigeria on Thursday declared its support for Morocco's autonomy plan for Western Sahara, after talks "
            "between the two countries' foreign ministers in Rabat.")
    calls = {s for s in signatures(extractor, text) if s.startswith("C:")}
    assert calls == {"C:MAR+NGA"}


@pytest.mark.parametrize("text, expected", [
    ("Kim Jong Un met Trump on Tuesday.", "C:PRK+USA"),
    ("Representatives of Congo and Rwanda resume talks in Doha on Tuesday.", "S:COD>RWA"),
    ("Russia launches drones at Ukraine. The attack comes a day after talks between the two countries.", "C:RUS+UKR"),
])
def test_the_contact_twin_is_still_found(extractor, text, expected):
    assert expected in signatures(extractor, text)


@pytest.mark.parametrize("text", [
    # a quotation whose speaker, named after it, is no official
    '"China will retaliate against any tariffs," said Li Wei, an analyst at the Beijing Institute of International '
    'Studies.',
    '"The Americans played a role, but India will never accept third-party mediation on Kashmir," said Michael '
    'Kugelman, a South Asia analyst based in Washington.',
    # a stance held for long, a measure in force since long ago
    "Russia has long opposed NATO's expansion to the east.",
    "Washington has traditionally supported Israel at the United Nations.",
    "The United States has imposed sanctions on Russia since the start of the war.",
    # sympathy offered is no measure
    "Germany offered its condolences to the victims of the earthquake in Turkey.",
    # legislators travel for no government
    "A U.S. congressional delegation visited Taiwan on Tuesday.",
])
def test_no_event_of_a_government(extractor, text):
    assert signatures(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    ('"China will retaliate against any tariffs," said Chinese Foreign Ministry spokesman Lin Jian.', "S:CHN>"),
    ("Russia on Tuesday rejected NATO's expansion to the east.", "S:RUS>NATO"),
    ("The United States imposed new sanctions on Russia on Tuesday.", "S:USA>RUS"),
    ("Germany offered aid to Turkey after the earthquake.", "S:DEU>TUR"),
    ("U.S. Secretary of State Marco Rubio visited Taiwan on Tuesday.", "C:TWN+USA"),
])
def test_the_government_twin_is_still_found(extractor, text, expected):
    assert expected in signatures(extractor, text)


def test_a_quotation_is_an_analysts_only_when_he_is_named_after_it():
    from pipeline.extract.document import quoted_from_non_official

    analyst = '"China will retaliate," said Li Wei, an analyst at Renmin University.'
    assert quoted_from_non_official(analyst, analyst.index("retaliate"))
    official = '"China will retaliate," said Chinese Foreign Ministry spokesman Lin Jian.'
    assert not quoted_from_non_official(official, official.index("retaliate"))
    unquoted = "China will retaliate, said Li Wei, an analyst."
    assert not quoted_from_non_official(unquoted, unquoted.index("retaliate"))
    # a quotation opened after the cue is none it lies in
    opened_later = 'Lin Jian said China will retaliate and called it "a mistake," a former official said.'
    assert not quoted_from_non_official(opened_later, opened_later.index("retaliate"))


@pytest.mark.parametrize("text, expected", [
    # states listed as what is discussed, talked about, weighing on or on the agenda of a contact take no part
    ("Xi and Trump discussed Ukraine, Iran and North Korea in a phone call on Thursday.", {"C:CHN+USA"}),
    ("German Chancellor Friedrich Merz visited Warsaw on Tuesday for talks with Polish Prime Minister Donald Tusk on "
     "migration from Belarus.", {"C:DEU+POL"}),
    ("EU leaders met Chinese Premier Li Qiang in Beijing on Thursday for a summit overshadowed by Russia's war.",
     {"C:CHN+EU"}),
    ("South Korean President Lee Jae-myung held talks with Trump in Washington on Monday, with North Korea high on "
     "the agenda.", {"C:KOR+USA"}),
    # a step named as the topic of talks is no signal
    ("Putin and Trump spoke for two hours on Tuesday about ending the war in Ukraine.", {"C:RUS+USA"}),
])
def test_a_contact_of_its_parties_only(extractor, text, expected):
    assert signatures(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin and Trump agreed on Tuesday on ending the war in Ukraine.", "S:USA>RUS"),
    ("Negotiators from Israel, the United States, Egypt and Qatar met in Cairo on Monday.", "C:EGY+ISR+QAT+USA"),
    ("Trump met Russia's foreign minister at the White House on Monday.", "C:RUS+USA"),
])
def test_parties_named_so_still_take_part(extractor, text, expected):
    assert expected in signatures(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a snap election leaves the office open, as a general election does: its winner's office says it
    ("Lee Jae-myung took office on Wednesday, a day after winning the snap election.", "E:KOR:president"),
    ("Japan's prime minister called a snap election for October 27.", "E:JPN:parliament"),
    ("Portugal held a snap election on Sunday.", "E:PRT:parliament"),
])
def test_the_office_of_a_snap_election(extractor, text, expected):
    assert {s for s in signatures(extractor, text) if s.startswith("E:")} == {expected}


def test_what_does_not_happen_is_no_refusal(extractor):
    text = ("A meeting between the foreign ministers of Armenia and Azerbaijan will not take place, officials said, "
            "in a fresh setback for the two countries' peace process.")
    assert signatures(extractor, text) == set()
    refused = "Azerbaijan will not take part in the talks with Armenia, the foreign ministry said."
    assert "S:AZE>ARM" in signatures(extractor, refused)


@pytest.mark.parametrize("text, expected", [
    # a state's people voting abroad vote in its election, not in the state they live in
    ("Kremlin spokesman Dmitry Peskov complained that hundreds of thousands of Moldovans living in Russia had been "
     "denied the chance to vote, with only two polling stations opened for them in Moscow.", "MDA"),
    ("Russians voted on Sunday in regional elections.", "RUS"),
])
def test_the_state_of_voters_abroad(extractor, text, expected):
    assert {s.split(":")[1] for s in signatures(extractor, text) if s.startswith("E:")} == {expected}


@pytest.mark.parametrize("text, expected", [
    # a schedule in the active voice
    ("Gabon's junta set the presidential election for April 12.", ("E:GAB:president", "2026-04-12")),
    ("Bolivia's electoral authority postponed the general election to October.", ("E:BOL:parliament", "2025-10-01")),
])
def test_a_schedule_set_or_postponed_in_the_active_voice(extractor, text, expected):
    from tests.support import events_of_type

    elections = events_of_type(extractor, text, "ELECTION")
    assert [(f"E:{e.election.country}:{e.election.office}", str(e.event_date)) for e in elections] == [expected]
    assert elections[0].election.stage == "SCHEDULED"


@pytest.mark.parametrize("text", [
    "The court set the hearing for April 12.",
    "The junta postponed the vote to an unspecified date.",
])
def test_no_schedule_of_no_election(extractor, text):
    assert not {s for s in signatures(extractor, text) if s.startswith("E:")}


@pytest.mark.parametrize("text, expected", [
    ("Abigail Spanberger won the Virginia governor's race on Tuesday.", {"E:USA:governor"}),
    ("Zohran Mamdani won the New York mayoral race on Tuesday.", {"E:USA:mayor"}),
    # a party's race and other races are no elections
    ("Kemi Badenoch won the Conservative leadership race on Saturday.", set()),
    ("China is winning the arms race, the general said.", set()),
])
def test_a_race_for_a_public_office(extractor, text, expected):
    assert {s for s in signatures(extractor, text) if s.startswith("E:")} == expected


@pytest.mark.parametrize("text, expected", [
    # anonymous sources announce nothing; the ministry does
    ("Sources familiar with the matter said Saudi Arabia would normalise ties with Israel.", set()),
    ("Saudi Arabia will normalise ties with Israel, the foreign ministry said.", {"S:SAU>ISR"}),
    # candidates registering on a day: the vote is not held that day
    ("Three candidates registered for Ecuador's presidential election on Tuesday.", set()),
    ("Ecuadorians voted on Tuesday in a presidential election, with 13 million registered voters.",
     {"E:ECU:president"}),
])
def test_hearsay_and_registration(extractor, text, expected):
    assert signatures(extractor, text) == expected
