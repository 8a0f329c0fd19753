"""People found by title patterns, resolved to a country and role, and linked within an article."""

import datetime as dt

import pytest

from pipeline.extract.actors import ActorFinder

PUBLISHED = dt.date(2025, 6, 10)


@pytest.fixture(scope="module")
def finder(extractor):
    return ActorFinder(extractor.gazetteer)


def people(finder, extractor, text, published=PUBLISHED):
    places = extractor.gazetteer.find_places(text)
    return [(p.name, p.role, p.country, p.former) for p in finder.find(text, places, published)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chinese President Xi Jinping held a phone call.", [("Xi Jinping", "president", "CHN", False)]),
        ("South Korea’s newly elected President Lee Jae-myung spoke.", [("Lee Jae-myung", "president", "KOR", False)]),
        ("Prime Minister Narendra Modi of India arrived.", [("Narendra Modi", "prime minister", "IND", False)]),
        ("AU chairperson President Abdel Fattah el-Sisi of Egypt said.",
         [("Abdel Fattah el-Sisi", "president", "EGY", False)]),
        ("Under former President Yoon Suk Yeol, ties soured.", [("Yoon Suk Yeol", "president", "KOR", True)]),
        ("NATO Secretary-General Jens Stoltenberg wrote.", [("Jens Stoltenberg", "secretary-general", "NATO", False)]),
        ("Beijing's newly installed envoy to Port Vila, Li Ming, said.", [("Li Ming", "envoy", "CHN", False)]),
    ],
)
def test_titled_people_are_resolved(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


def test_plural_titles_name_each_person(finder, extractor):
    found = people(finder, extractor, "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed.",
                   dt.date(2019, 7, 10))
    assert [(name, country) for name, _, country, _ in found] == [("Muhammadu Buhari", "NGA"),
                                                                   ("Patrice Talon", "BEN")]


def test_a_plural_title_before_of_is_no_person(finder, extractor):
    assert people(finder, extractor, "The presidents of Nigeria and Benin signed the agreement.") == []


def test_later_short_mentions_link_to_the_full_one(finder, extractor):
    text = "Chinese President Xi Jinping met the press. Later, Xi said more. President Xi left."
    assert {p[0] for p in people(finder, extractor, text)} == {"Xi Jinping"}
    assert all(p[2] == "CHN" for p in people(finder, extractor, text))


def test_a_leader_in_office_is_known_without_a_title(finder, extractor):
    assert people(finder, extractor, "Trump said the tariffs stay.", dt.date(2025, 6, 10)) == [
        ("Donald Trump", "president", "USA", False)]
    assert people(finder, extractor, "Trump said the tariffs stay.", dt.date(2022, 6, 10)) == []


def test_former_before_the_country_still_marks_a_former_official(finder, extractor):
    assert people(finder, extractor, "The former South Korean President Moon Jae-in spoke.") == [
        ("Moon Jae-in", "president", "KOR", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Presidential candidates Ana Reyes and Tomas Villa remain close in the count.",
         [("Ana Reyes", "candidate"), ("Tomas Villa", "candidate")]),
        ("Foreign ministers Marco Rubio, Sergey Lavrov and Hakan Fidan met in Ankara.",
         [("Marco Rubio", "foreign minister"), ("Sergey Lavrov", "foreign minister"),
          ("Hakan Fidan", "foreign minister")]),
    ],
)
def test_names_coordinated_after_a_plural_title(finder, extractor, text, expected):
    assert [(name, role) for name, role, _, _ in people(finder, extractor, text)] == expected


def test_each_coordinated_name_keeps_its_own_state(finder, extractor):
    found = people(finder, extractor, "Foreign ministers Marco Rubio, Sergey Lavrov and Hakan Fidan met in Ankara.")
    assert [country for _, _, country, _ in found] == ["USA", "RUS", "TUR"]
    found = people(finder, extractor, "Ukrainian ministers Ivan Petrenko and Olena Shevchenko arrived.")
    assert [country for _, _, country, _ in found] == ["UKR", "UKR"]


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor of New York met the press.",
        "The Chief Executive of Hong Kong spoke.",
        "The Governor of New Mexico signed the bill.",
        "The President of Iraq arrived.",
        "The Secretary-General of the United Nations General Assembly convened.",
        "Martin Luther King Jr was honoured.",
        "The UN General Assembly voted.",
    ],
)
def test_places_and_common_words_after_a_title_are_no_person(finder, extractor, text):
    assert people(finder, extractor, text) == []


def test_members_of_a_delegation_take_part_in_its_call(extractor):
    from pipeline.records import Article

    article = Article(
        article_id="t", published_at=dt.datetime(2025, 7, 12),
        text="Chinese Foreign Minister Wang Yi held talks with U.S. Secretary of State Marco Rubio in "
             "Kuala Lumpur on Friday. The Chinese delegation included Vice Foreign Minister Ma Zhaoxu and "
             "Ambassador Xie Feng.",
    )
    calls = [m.event for m in extractor.extract(article) if m.event.event_type == "DIPLOMATIC_CALL"]
    assert len(calls) == 1
    actors = {(a.name, a.country) for a in calls[0].actors}
    assert {("Ma Zhaoxu", "CHN"), ("Xie Feng", "CHN")} <= actors


def _event_actors(extractor, text, published, event_type):
    from pipeline.records import Article

    article = Article(article_id="t", text=text, published_at=published)
    events = [m.event for m in extractor.extract(article) if m.event.event_type == event_type]
    return [{(a.name, a.country) for a in e.actors} for e in events]


def test_officials_named_in_a_calls_evidence_take_part(extractor):
    found = _event_actors(
        extractor,
        "Syrian President Ahmed al-Sharaa visits Saudi Arabia to meet with Crown Prince Mohammed bin Salman.",
        dt.datetime(2025, 2, 2), "DIPLOMATIC_CALL")
    assert len(found) == 1 and ("Mohammed bin Salman", "SAU") in found[0]


def test_a_pronoun_subject_is_the_last_person_named(extractor):
    found = _event_actors(
        extractor,
        "U.S. Secretary of State Marco Rubio arrived in Jeddah on Monday. "
        "He and other senior U.S. officials held talks with Saudi officials in Riyadh on Tuesday.",
        dt.datetime(2025, 3, 12), "DIPLOMATIC_CALL")
    assert len(found) == 1 and ("Marco Rubio", "USA") in found[0]


def test_a_legislator_named_in_the_evidence_is_no_participant(extractor):
    found = _event_actors(
        extractor,
        "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Monday, "
        "as Senator John Smith watched.",
        dt.datetime(2025, 6, 10), "DIPLOMATIC_CALL")
    assert found and all(country in ("CHN", "FRA") for _, country in found[0])


def test_a_surname_before_the_full_name_takes_the_full_name(finder, extractor):
    text = "Macron said the talks went well. French President Emmanuel Macron then left Beijing."
    assert [(name, country) for name, _, country, _ in people(finder, extractor, text)] == [
        ("Emmanuel Macron", "FRA"), ("Emmanuel Macron", "FRA")]


def test_a_surname_shared_by_two_full_names_stays_as_written(finder, extractor):
    text = "Smith said so. Foreign Minister John Smith and Defence Minister Anna Smith later spoke."
    assert people(finder, extractor, text)[0][0] == "Smith"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A title in apposition after the name: its country before the title or after "of".
        ("Luis Vega, Peru's foreign minister, said Lima would respond.", [("Luis Vega", "foreign minister", "PER", False)]),
        ("Ana Soto, the Chilean president, met envoys.", [("Ana Soto", "president", "CHL", False)]),
        ("Tomas Ruiz, a former foreign minister of Chile, criticised the deal.",
         [("Tomas Ruiz", "foreign minister", "CHL", True)]),
        ("Ana Soto, the president of Chile, met Luis Vega, the Peruvian foreign minister.",
         [("Ana Soto", "president", "CHL", False), ("Luis Vega", "foreign minister", "PER", False)]),
        # A place or a group described after a comma is no person.
        ("Santiago, the Chilean capital, hosted the talks.", []),
        ("Lima, Peru's capital, came under attack.", []),
        # "of" a place that begins a longer name is no state's office; a description is no office.
        ("Luis Vega, secretary-general of the Chilean Council of Policy Studies, said so.", []),
        ("Luis Vega, the Peruvian government commissioner for defence, said so.", []),
    ],
)
def test_a_title_in_apposition_after_the_name(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, delegates",
    [
        # A delegation led by a named official: its members act for the leader's state.
        ("Kenyan Foreign Minister Musalia Mudavadi leads a delegation that includes Special Envoy Amina Duale and "
         "Chief of Staff Felix Koskei to Mogadishu for talks with Somalia.",
         {("Amina Duale", "KEN"), ("Felix Koskei", "KEN")}),
        # A former official leading a delegation speaks for no state: nobody joins through him.
        ("Former Kenyan Foreign Minister Raphael Tuju leads a delegation that includes Special Envoy Amina Duale "
         "to Mogadishu for talks with Somalia.", set()),
    ],
)
def test_members_of_a_delegation_led_by_an_official_take_part(extractor, text, delegates):
    found = _event_actors(extractor, text, dt.datetime(2025, 6, 11), "DIPLOMATIC_CALL")
    members = set().union(*found) if found else set()
    if delegates:
        assert delegates <= members
    else:
        assert ("Amina Duale", "KEN") not in members


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine's presidential chief of staff Andriy Marchenko met envoys.",
         [("Andriy Marchenko", "chief of staff", "UKR", False)]),
        ("Russian presidential aide Ivan Petrov said talks went well.",
         [("Ivan Petrov", "presidential adviser", "RUS", False)]),
    ],
)
def test_chiefs_of_staff_and_presidential_advisers_are_officials(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Cabinet titles that only the U.S. uses without a country name.
        ("Treasury Secretary Anna Field met the delegation.", [("Anna Field", "finance minister", "USA", False)]),
        ("Defense Secretary Tom Brandt flew to Manila.", [("Tom Brandt", "defence minister", "USA", False)]),
        ("Commerce Secretary Ruth Kimball said talks went well.", [("Ruth Kimball", "trade minister", "USA", False)]),
        ("National Economic Council director Ray Hollis announced new talks.",
         [("Ray Hollis", "economic adviser", "USA", False)]),
        ("Top White House economic adviser Ray Hollis said the tariffs stay.",
         [("Ray Hollis", "economic adviser", "USA", False)]),
        # A British "Defence Secretary" and "Secretary of State for ..." are no U.S. offices.
        ("Defence Secretary Tom Brandt flew to Tallinn.", [("Tom Brandt", "defence minister", None, False)]),
        # A state of the U.S. before the title: the state's official, not the federal cabinet's.
        ("Ohio Secretary of State Ann Bright certified the count.",
         [("Ann Bright", "foreign minister", None, False)]),
        ("The state's Secretary of State Ann Bright certified the count.",
         [("Ann Bright", "foreign minister", None, False)]),
    ],
)
def test_titles_only_the_us_cabinet_uses_name_its_state(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "He" right after a title is a surname, not a pronoun.
        ("Chinese Vice Premier He Xiaoming met the envoys.", [("He Xiaoming", "vice premier", "CHN", False)]),
        # "Al" before a family name belongs to the name.
        ("Qatari Emir Sheikh Hamad bin Khalid Al Marri arrived.",
         [("Hamad bin Khalid Al Marri", "emir", "QAT", False)]),
        # Someone who serves a person named with a possessive acts for that person's state.
        ("Kenyan President Amos Kariuki's spokesperson, Joy Wanjiru, said talks went well.",
         [("Amos Kariuki", "president", "KEN", False), ("Joy Wanjiru", "spokesperson", "KEN", False)]),
        ("Kenyan President Amos Kariuki and spokesperson Joy Wanjiru spoke.",
         [("Amos Kariuki", "president", "KEN", False), ("Joy Wanjiru", "spokesperson", None, False)]),
    ],
)
def test_names_and_states_of_officials(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


def test_a_title_is_read_at_the_start_of_the_text_and_at_word_starts_only(finder, extractor):
    # (the titled pattern is searched from the character before a word; the text's start is its own case)
    text = "President Ana Soto met (Prime Minister Shigeru Ishiba) and exPresident Rui Lago."
    found = finder.find(text, extractor.gazetteer.find_places(text), dt.date(2025, 3, 1))
    assert [(p.name, p.role, p.title_start, p.start) for p in found] == [
        ("Ana Soto", "president", 0, 10), ("Shigeru Ishiba", "prime minister", 24, 39)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels marched on the palace of ousted President Omar Haddad in the capital.",
        "Supporters of deposed Prime Minister Lena Varga rallied outside the court.",
        "A court tried toppled President Samuel Okon in absentia.",
    ],
)
def test_an_ousted_leader_holds_no_office(finder, extractor, text):
    found = people(finder, extractor, text)
    assert len(found) == 1 and found[0][3] is True


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Prime Minister of Greenland, Anne Lynge, says the island is not for sale.",
         [("Anne Lynge", "prime minister", "GRL", False)]),
        ("Newly elected President of Kenya Paul Kibet visits Kampala.", [("Paul Kibet", "president", "KEN", False)]),
        ("The incumbent Mayor of Warsaw Jan Nowicki leads the count.", [("Jan Nowicki", "mayor", "POL", False)]),
        # a place begun before the name is no part of it, and names no state here
        ("The Mayor of New York Ellen Park spoke.", [("Ellen Park", "mayor", None, False)]),
    ],
)
def test_a_title_of_a_place_names_the_state_of_the_official(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Spanish transport minister Ana Ruiz announces the project.", [("Ana Ruiz", "minister", "ESP", False)]),
        ("Sri Lankan public security minister Amal Perera says the navy will patrol.",
         [("Amal Perera", "minister", "LKA", False)]),
        ("AU trade and industry commissioner Tendai Moyo said trading would begin.",
         [("Tendai Moyo", "commissioner", "AU", False)]),
        # words of a clause are no portfolio
        ("Iranian media reported that minister Ali Rostami resigned.", [("Ali Rostami", "minister", None, False)]),
    ],
)
def test_a_portfolio_in_lower_case_stands_between_the_state_and_the_title(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # two weeks before taking office, told as the winner
        ("Donald Trump, who won the election, said the tariffs would come.", dt.date(2025, 1, 6),
         [("Donald Trump", "president", "USA", False)]),
        ("President-elect Donald Trump said the tariffs would come.", dt.date(2025, 1, 6),
         [("Donald Trump", "president-elect", "USA", False)]),
        # months before the election: no leader yet
        ("Donald Trump, who won the election, said the tariffs would come.", dt.date(2024, 6, 10), []),
        # weeks before the vote, and the article tells of no one elected: a candidate, no leader
        ("Donald Trump said the tariffs would come if voters chose him in the election.", dt.date(2024, 10, 28), []),
    ],
)
def test_a_leader_elect_is_known_before_taking_office(finder, extractor, text, published, expected):
    assert people(finder, extractor, text, published) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukrainian President Volodymyr Zelensky spoke. The delegation includes Zelensky’s chief of staff "
         "Oleh Marchenko. Marchenko said the talks went well.",
         [("Volodymyr Zelensky", "UKR"), ("Volodymyr Zelensky", "UKR"), ("Oleh Marchenko", "UKR"),
          ("Oleh Marchenko", "UKR")]),
        ("“It is unacceptable,” Guterres’ spokesman, Pierre Lemaire, told reporters.",
         [("António Guterres", "UN"), ("Pierre Lemaire", "UN")]),
    ],
)
def test_an_official_of_a_leader_named_before_the_title_acts_for_the_leaders_state(finder, extractor, text, expected):
    assert [(name, country) for name, _, country, _ in people(finder, extractor, text)] == expected


def test_a_title_before_a_leaders_name_that_is_also_a_state_names_the_leader(finder, extractor):
    # Portugal's prime minister is Luís Montenegro (leaders.yaml); the state Montenegro has no prime minister of that name
    assert people(finder, extractor, "Prime Minister Montenegro met Spanish Prime Minister Pedro Sánchez.") == [
        ("Montenegro", "prime minister", "PRT", False), ("Pedro Sánchez", "prime minister", "ESP", False)]
    assert people(finder, extractor, "The President of Iraq spoke.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name that is a state's name stays the state
        ("Defence Minister Israel Katz said Israel would respond.", ["Israel Katz"]),
        # a surname that is a state's name is the person
        ("Portugal's prime minister, Luís Montenegro, spoke. Montenegro said Portugal would help.",
         ["Luís Montenegro", "Luís Montenegro"]),
    ],
)
def test_a_states_name_inside_a_titled_name_is_the_person_only_as_the_surname(finder, extractor, text, expected):
    assert [name for name, _, _, _ in people(finder, extractor, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Trump administration imposed new sanctions on Iran.", [("Donald Trump", "USA", 4)]),
        ("After Putin spoke, the talks ended.", [("Vladimir Putin", "RUS", 6)]),
        ("The Hague court ruled.", []),
    ],
)
def test_a_leader_is_found_after_capitalised_words_that_are_no_name(finder, extractor, text, expected):
    places = extractor.gazetteer.find_places(text)
    assert [(p.name, p.country, p.start) for p in finder.find(text, places, PUBLISHED)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police arrest former human rights minister Amina Haddad.", [("Amina Haddad", "minister", None, True)]),
        ("Victims of ex-president Yahya Jammeh testified.", [("Yahya Jammeh", "president", "GMB", True)]),
        # a clause before the title is no portfolio: the official still serves
        ("He denied previous media reports that Secretary of Defense Pete Hegseth had ordered a halt.",
         [("Pete Hegseth", "defence minister", "USA", False)]),
    ],
)
def test_former_before_a_portfolio_or_joined_by_a_hyphen(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A warrant was issued for the president of Republika Srpska, an entity of Bosnia.",
        "Albania names an AI bot Minister of Public Procurement, in an effort to curb graft.",
        "The Directorate General of Civil Aviation of India grounded the fleet.",
    ],
)
def test_the_last_word_of_a_titles_of_part_is_no_name(finder, extractor, text):
    assert people(finder, extractor, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # Lee Jae-myung (KOR) and John Lee (HKG), Lawrence Wong (SGP) and Penny Wong (AUS) are all in office
        ("President Lee met Prime Minister Wong.", [("Lee", "KOR"), ("Wong", "SGP")]),
        ("Foreign Minister Wong spoke.", [("Wong", "AUS")]),
    ],
)
def test_a_title_tells_apart_leaders_who_share_a_name(finder, extractor, text, expected):
    assert [(name, country) for name, _, country, _ in people(finder, extractor, text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hegseth said the strikes would continue.", [("Pete Hegseth", "defence minister", "USA", False)]),
        ("Peskov told reporters the talks had ended.", [("Dmitry Peskov", "spokesperson", "RUS", False)]),
        ("Mao Ning said China opposed the move.", [("Mao Ning", "spokesperson", "CHN", False)]),
        # a common surname or a place is looked up only by the full name
        ("Austin hosted the conference.", []),
    ],
)
def test_officials_who_speak_for_a_state_are_known_without_a_title(finder, extractor, text, expected):
    assert people(finder, extractor, text, dt.date(2025, 6, 10)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place a diplomat is posted to is the host, not whom they serve
        ("U.S. special envoy to Ukraine Keith Kellogg arrived in Kyiv.", [("Keith Kellogg", "envoy", "USA", False)]),
        ("Britain summoned Russia's ambassador to the UK, Andrey Kelin, on Monday.",
         [("Andrey Kelin", "ambassador", "RUS", False)]),
        ("Chile's ambassador to the United Nations Paula Narváez spoke.",
         [("Paula Narváez", "ambassador", "CHL", False)]),
        # a title's "of the <state>" before the name
        ("The Prime Minister of the Netherlands Dick Schoof arrived.", [("Dick Schoof", "prime minister", "NLD", False)]),
        ("The President of the United States Donald Trump spoke.", [("Donald Trump", "president", "USA", False)]),
        ("The Chief Executive of Hong Kong, John Lee, spoke.", [("John Lee", "chief executive", "HKG", False)]),
    ],
)
def test_a_posting_or_a_state_between_the_title_and_the_name(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The Chief Executive of Hong Kong spoke on Monday.",
    "The ambassador to the United States met reporters.",
])
def test_a_title_of_a_place_with_no_name_after_it_is_no_person(finder, extractor, text):
    assert people(finder, extractor, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a leader's surname that goes on a run of four capitalised words is someone else's
        ("UN Special Rapporteur Francesca Albanese said Israel must stop.", []),
        ("Donald Trump met Anthony Albanese at the White House.",
         [("Donald Trump", "president", "USA", False), ("Anthony Albanese", "prime minister", "AUS", False)]),
    ],
)
def test_a_leaders_surname_at_the_end_of_a_long_capitalised_run_is_no_leader(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials before a name after a title, and a middle initial inside it
        ("Indian Vice President C. P. Radhakrishnan met the envoy.",
         [("C. P. Radhakrishnan", "vice president", "IND", False)]),
        ("Kenyan Prime Minister Ann W. Mutua spoke on Monday.", [("Ann W. Mutua", "prime minister", "KEN", False)]),
        ("Irish President Michael D. Higgins said Ireland would act.",
         [("Michael D. Higgins", "president", "IRL", False)]),
    ],
)
def test_initials_in_a_titled_name(finder, extractor, text, expected):
    assert people(finder, extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "of the" before an organisation's name: no person's name follows
        ("The leader of the Sudanese Rapid Support Forces announced a new council.", []),
        ("The leader of the Ukraine-aligned Free Legion Ivan Petrenko was killed.", []),
        # a leader's name that straddles the end of a long capitalised run is still the leader
        ("Israeli Defense Minster Israel Katz ordered the troops to advance.",
         [("Israel Katz", "defence minister", "ISR", False)]),
    ],
)
def test_organisations_after_of_the_and_names_across_a_long_run(finder, extractor, text, expected):
    assert people(finder, extractor, text, dt.date(2025, 3, 21)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parliament elects Karol Nawrocki as president.",
        "The Senate confirms Karol Nawrocki as president.",
        "An agreement is reached on a coalition to be headed by future president Karol Nawrocki.",
    ],
)
def test_words_of_a_choice_made_let_a_leader_to_be_act_for_the_state(finder, extractor, text):
    found = people(finder, extractor, text, dt.date(2025, 7, 1))  # a month before he took office
    assert ("Karol Nawrocki", "president", "POL", False) in found


@pytest.mark.parametrize("text", [
    "The pact is to be signed by the region's ten presidents Dec. 9 in Lima.",
    "Posted on Monday (1:18 PM EST) by the desk.",
    "Soldiers from the 16th MP Brigade arrived in the town.",
    "The Office of the General Counsel replied to the senators.",
])
def test_abbreviated_months_time_zones_and_units_are_no_names(finder, extractor, text):
    assert people(finder, extractor, text) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a surname several leaders go by, alone, names none of them
        ("Harris told supporters the campaign would go on.", dt.date(2024, 10, 13), []),
        ("Lee said the talks went well.", dt.date(2025, 3, 13), []),
        # named in full in the article, it is that leader
        ("Simon Harris arrived in Brussels. Harris said the talks went well.", dt.date(2024, 10, 13),
         [("Simon Harris", "prime minister", "IRL", False)] * 2),
        # a surname one leader goes by still names that leader
        ("Macron said the talks went well.", dt.date(2024, 10, 13), [("Emmanuel Macron", "president", "FRA", False)]),
    ],
)
def test_a_lone_surname_several_leaders_bear_names_none_of_them(finder, extractor, text, published, expected):
    assert people(finder, extractor, text, published) == expected


def test_an_earlier_mention_takes_the_state_a_later_one_gives(finder, extractor):
    text = ("Prime Minister Tomas Varga shook hands with the envoy. Later, Slovakia's Prime Minister Tomas Varga "
            "left for Vienna.")
    assert [country for _, _, country, _ in people(finder, extractor, text)] == ["SVK", "SVK"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # Another person of the surname is named: a lone surname is neither of them.
        ("U.S. President Joe Biden pardoned his son Hunter Biden on Sunday. Biden said the charges were unfair.",
         dt.date(2024, 12, 2), [("Joe Biden", "president", "USA", False)]),
        ("Ivanka Trump spoke at the summit. Trump said the tariffs stay.", dt.date(2025, 6, 10), []),
        # A title, the person's own given name or a sentence's opening word before the surname is no other person.
        ("U.S. President Joe Biden spoke on Sunday. President Biden and then Biden again said the charges were unfair.",
         dt.date(2024, 12, 2), [("Joe Biden", "president", "USA", False)] * 3),
        ("U.S. President Joe Biden spoke on Sunday. Later, Biden said the charges were unfair.", dt.date(2024, 12, 2),
         [("Joe Biden", "president", "USA", False)] * 2),
    ],
)
def test_a_lone_surname_another_person_named_bears_is_no_official(finder, extractor, text, published, expected):
    assert people(finder, extractor, text, published) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a capital, or a capital's first word, is the city, no leader of that surname
        ("Mourners attended prayers at the Grand Mosque in Muscat.", dt.date(2019, 12, 1), []),
        ("Protests erupt in Dar es Salaam over electoral reforms.", PUBLISHED, []),
        # titled, he is the leader
        ("Prime Minister Joseph Muscat resigned. Muscat said he was sorry.", dt.date(2019, 12, 1),
         [("Joseph Muscat", "prime minister", "MLT", False), ("Joseph Muscat", "prime minister", "MLT", False)]),
    ],
)
def test_a_capital_is_no_leader_of_its_name(finder, extractor, text, published, expected):
    assert people(finder, extractor, text, published) == expected


def test_a_name_opened_by_an_initial_and_an_apostrophe_is_one_name(finder, extractor):
    # "D'Souza" goes on with "Francis": he is no Pope Francis
    assert people(finder, extractor, "On Thursday, Francis D'Souza, a former minister, died.",
                  dt.date(2019, 12, 14)) == [("Francis D'Souza", "minister", None, True)]


@pytest.mark.parametrize("text, expected", [
    # a national office capitalised before a name of no known state: the state the story opens with
    ("GEORGETOWN, Guyana — Guyana's government on Tuesday ruled out talks with Venezuela. Foreign Minister Hugh Todd "
     "spoke by phone with a U.S. official.", ("Hugh Todd", "GUY")),
    # (the state the dateline names is not the story's when the lead opens with another)
    ("RABAT (Reuters) - Nigeria on Thursday backed Morocco's plan. Nigeria's cabinet agreed. Foreign Minister Yusuf "
     "Tuggar made the announcement.", ("Yusuf Tuggar", "NGA")),
    # a state's or a province's office serves no state; nor does a story that names its state once
    ("Sixteen states sued the United States government on Monday. The United States denied it. \"It is illegal,\" said "
     "California Attorney General Xavier Becerra.", ("Xavier Becerra", None)),
    ("Guyana's government on Tuesday ruled out talks. Foreign Minister Hugh Todd spoke by phone.", ("Hugh Todd", None)),
])
def test_an_official_of_no_state_named_serves_the_state_the_story_opens_with(finder, extractor, text, expected):
    assert expected in [(name, country) for name, _, country, _ in people(finder, extractor, text)]


def test_the_given_names_before_a_surname_are_the_patterns_matches():
    # `_given_names_before` reads backwards what `re.finditer(_GIVEN_NAME_BEFORE + surname + \b)` finds forwards
    import random
    import re

    from pipeline.extract.actors import _GIVEN_NAME_BEFORE, _given_names_before

    generator = random.Random(12)
    pieces = ["Biden", "Joe", "Hunter", "biden", "Bidens", "Biden-Harris", " ", "  ", "\t", "\n", ", ", "J", "oe",
              "é", "É", "_", "1", "Ana", "na", "O'", "Jill", "Xi", "x", "BidenBiden", "(", "."]
    # (matches do not overlap: the "Biden" of "Joe Biden" is no given name of the next "Biden")
    assert list(_given_names_before("Joe Biden Biden said. Jill Biden and Hunter\tBiden", "Biden")) \
        == ["Joe", "Jill", "Hunter"]
    for surname in ("Biden", "Ana", "Xi", "O'Biden", "na"):
        pattern = re.compile(_GIVEN_NAME_BEFORE + re.escape(surname) + r"\b")
        for _ in range(20000):
            text = "".join(generator.choice(pieces + [surname, " " + surname] * 3)
                           for _ in range(generator.randint(1, 12)))
            assert list(_given_names_before(text, surname)) == [m.group(1) for m in pattern.finditer(text)], \
                (surname, text)
