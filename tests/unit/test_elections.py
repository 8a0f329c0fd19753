"""ELECTION rules (pipeline/extract/events/elections.py) on real news sentences: country, stage, office,
winner, candidates and date, and the votes and references that are not elections."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.support import events_of_type

PUBLISHED = datetime(2025, 6, 11)  # a Wednesday


def elections_in(extractor, text: str, published: datetime | None = PUBLISHED):
    return events_of_type(extractor, text, "ELECTION", published.date().isoformat() if published else None)


def only_election(extractor, text: str, published: datetime | None = PUBLISHED):
    found = elections_in(extractor, text, published)
    assert len(found) == 1, [e.election for e in found]
    return found[0]


@pytest.mark.parametrize(
    "text, country, stage, office, winner",
    [
        ("Polish voters go to the polls on Sunday in the first round of the presidential election.",
         "POL", "HELD", "president", None),
        ("Early voting begins in South Korea for the presidential election.", "KOR", "HELD", "president", None),
        ("Elections take place for the next vice president of India.", "IND", "HELD", "vice president", None),
        ("The Venezuelan government holds an election for the Essequibo region of Guyana.", "VEN", "HELD", "local",
         None),
        ("Karol Nawrocki wins the Polish presidential election runoff with 50.9% of the vote, defeating "
         "Rafał Trzaskowski.", "POL", "RESULT", "president", "Karol Nawrocki"),
        # a winner named without a title, and the office as what is won
        ("Zohran Mamdani is elected as the 111th mayor of New York City to become the city's first Muslim "
         "American mayor.", "USA", "RESULT", "mayor", "Zohran Mamdani"),
        ("Voters in Chile elect José Antonio Kast as president in a runoff.", "CHL", "RESULT", "president",
         "José Antonio Kast"),
        # a president declared the winner of a "general election" was elected president
        ("Incumbent Tanzanian president Samia Suluhu Hassan is declared the winner of the general election "
         "with 97% of the vote.", "TZA", "RESULT", "president", "Samia Suluhu Hassan"),
        # a party wins; the winner is the party
        ("Czech president Petr Pavel asks former prime minister Andrej Babiš to form a new government after his "
         "party ANO won the most seats in the parliamentary elections earlier this month.",
         "CZE", "RESULT", "parliament", "ANO"),
        ("Nicușor Dan is inaugurated as President of Romania.", "ROU", "INAUGURATION", "president", "Nicușor Dan"),
        ("Japanese Prime Minister Shigeru Ishiba calls a snap general election for October 27.",
         "JPN", "SCHEDULED", "parliament", None),
        ("Samoan prime minister Fiamē Naomi Mataʻafa says that she will dissolve parliament and seek an early "
         "election after leading a minority government since January.", "WSM", "SCHEDULED", "parliament", None),
        # voters rejecting the questions is the referendum's result
        ("Italian voters reject all five questions in a national referendum after turnout falls short of the "
         "threshold.", "ITA", "RESULT", "referendum", None),
        ("Slovenia's referendum on the pension reform fails to reach the required turnout threshold.",
         "SVN", "RESULT", "referendum", None),
        # a year the news is compared with is no background
        ("The ruling party of regional president Ana Ruiz wins the regional elections in Spain for the first time "
         "since 2009.", "ESP", "RESULT", "local", "Ana Ruiz"),
        ("Turnout in the Polish presidential election reaches 67%, the highest after the 1995 election.",
         "POL", "HELD", "president", None),
        # a win still expected is no result
        ("Hungarians vote in the local elections, with the ruling party expected to win by a landslide.",
         "HUN", "HELD", "local", None),
        # a count that names no winner yet
        ("Presidential candidates Ana Torres and Luis Ortega of Peru are separated by fewer than 2,000 votes in "
         "the official count.", "PER", "RESULT", "president", None),
        # a one-word winner as the sentence's subject; "elected president" as the result, not a title
        ("Rivera is elected president of Costa Rica.", "CRI", "RESULT", "president", "Rivera"),
        # indirect elections: the legislature elects, the office is the winner's
        ("Incumbent Nauruan president John Kada is re-elected by the parliament.", "NRU", "RESULT", "president",
         "John Kada"),
        ("Estonia's parliament votes 60–41 to approve a coalition government led by the Reform Party, installing "
         "Mari Tamm as the new prime minister.", "EST", "INAUGURATION", "prime minister", "Mari Tamm"),
        ("The Parliament of Latvia approves a new government, with the Unity party's Anna Ozola becoming Prime "
         "Minister.", "LVA", "INAUGURATION", "prime minister", "Anna Ozola"),
        ("Czech lawmakers fail to elect a prime minister in the first round of voting.", "CZE", "HELD",
         "prime minister", None),
        ("The Federal Assembly of Switzerland votes to elect a new member of the Federal Council.", "CHE", "HELD",
         "local", None),
        ("Hungary's parliament elected Anna Kovacs as president on Monday.", "HUN", "RESULT", "president",
         "Anna Kovacs"),
        ("Lebanon's parliament elects army chief Joseph Aoun as president.", "LBN", "RESULT", "president",
         "Joseph Aoun"),
        ("Thailand's parliament voted on Friday to elect Somchai Rattana as prime minister.", "THA", "RESULT",
         "prime minister", "Somchai Rattana"),
        ("The Lebanese parliament failed to elect a president for the 12th time on Wednesday.", "LBN", "HELD",
         "president", None),
        # a legislature's vote for a head of government is an election of that office (EVENTS.md)
        ("Germany's Bundestag failed to elect Friedrich Merz as chancellor in the first round on Tuesday.", "DEU",
         "HELD", "prime minister", None),
        # a legislature's vote puts its speaker into office
        ("Nancy Pelosi resumed the office of Speaker of the House on Thursday, being voted into the position by the "
         "new United States Congress.", "USA", "INAUGURATION", "parliament", "Nancy Pelosi"),
        # schedules
        ("Kenya's electoral commission sets August 9 as the date for the general elections.", "KEN", "SCHEDULED",
         "parliament", None),
        ("Ghana's electoral commission announced that the presidential runoff will take place on December 28.",
         "GHA", "SCHEDULED", "president", None),
        ("Portugal will hold a snap parliamentary election in May, the president announced.", "PRT", "SCHEDULED",
         "parliament", None),
        ("Voters in Ireland approved a constitutional amendment in a referendum on Friday.", "IRL", "RESULT",
         "referendum", None),
        # a win or a re-election named as a noun; taking office
        ("Congratulations poured in for Serbian President Aleksandar Vucic after a third win in the elections.",
         "SRB", "RESULT", "president", "Aleksandar Vucic"),
        ("The Kremlin welcomed Lukashenko's re-election in Belarus on Monday.", "BLR", "RESULT", "president",
         "Alexander Lukashenko"),
        ("Claudia Sheinbaum took office as Mexico's first female president on Tuesday.", "MEX", "INAUGURATION",
         "president", "Claudia Sheinbaum"),
        ("The Knesset voted to dissolve itself, triggering early elections in Israel.", "ISR", "SCHEDULED",
         "parliament", None),
        # beating a rival, sweeping to power; votes cast
        ("Nicusor Dan beat nationalist George Simion in Romania's presidential runoff on Sunday.", "ROU", "RESULT",
         "president", "Nicusor Dan"),
        ("Labour swept to power in Britain in a landslide on Thursday.", "GBR", "RESULT", "parliament", None),
        ("Millions of Indians cast their votes on Friday in the first phase of the general election.", "IND", "HELD",
         "parliament", None),
        # a new term won; a defeat conceded
        ("Alexander Lukashenko secured a seventh term as president of Belarus.", "BLR", "RESULT", "president",
         "Alexander Lukashenko"),
        ("The opposition candidate in Georgia conceded defeat on Monday.", "GEO", "RESULT", "parliament", None),
        ("Voters in Chile elect members of the Chamber of Deputies on Sunday.", "CHL", "HELD", "parliament", None),
        # the people voting on a measure is a referendum
        ("Swiss voters voted to reject a proposal to cut the licence fee in a national referendum on Sunday.",
         "CHE", "RESULT", "referendum", None),
    ],
)
def test_an_election_is_found_with_its_country_stage_office_and_winner(extractor, text, country, stage, office,
                                                                       winner):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office,
            election.election.winner) == (country, stage, office, winner)


def test_the_winner_is_an_actor_of_the_elections_country(extractor):
    election = only_election(extractor, "Karol Nawrocki wins the Polish presidential election runoff with 50.9% of "
                                        "the vote.")
    assert [(a.name, a.country, a.part) for a in election.actors] == [("Karol Nawrocki", "POL", "WINNER")]


def test_the_leader_named_with_a_winning_party_is_a_winner(extractor):
    election = only_election(extractor, "Canadian Prime Minister Mark Carney's Liberal Party wins the federal "
                                        "election.")
    assert election.election.winner == "Liberal Party"
    assert [(a.name, a.country, a.part) for a in election.actors] == [("Mark Carney", "CAN", "WINNER")]


@pytest.mark.parametrize("text", [
    "Chile's electoral commission removes two parties from the ballot ahead of Sunday's presidential election.",
    "Chile's electoral commission removed two parties from the ballot ahead of the vote on Sunday.",
])
def test_an_election_named_after_ahead_of_is_still_to_come(extractor, text):
    election = only_election(extractor, text)
    assert (election.election.stage, str(election.event_date)) == ("SCHEDULED", "2025-06-15")


@pytest.mark.parametrize("text", [
    "Ana Soto of the Socialist Party is elected the 40th president of Chile.",
    "In Chile, Ana Soto of the Socialist Party is elected president.",
])
def test_the_person_named_with_the_party_is_elected_not_the_party(extractor, text):
    election = only_election(extractor, text)
    assert election.election.winner == "Ana Soto"
    assert [(a.name, a.country, a.part) for a in election.actors] == [("Ana Soto", "CHL", "WINNER")]


def test_a_party_elected_is_no_person(extractor):
    election = only_election(extractor, "The candidate of the Socialist Party is elected president of Chile.")
    assert election.actors == []


@pytest.mark.parametrize(
    "text, stage, candidates",
    [
        ("Bolivians vote in a presidential runoff between Rodrigo Paz and Jorge Quiroga.", "HELD",
         {"Rodrigo Paz", "Jorge Quiroga"}),
        ("With around 44% of the popular vote each in the presidential race in Ecuador, incumbent Daniel Noboa and "
         "challenger Luisa González will compete in a run-off.", "RESULT", {"Daniel Noboa", "Luisa González"}),
        # who lost is a candidate, not the winner
        ("Liberal Leader Peter Dutton loses his seat of Dickson, a first in Australian electoral history.",
         "RESULT", {"Peter Dutton"}),
    ],
)
def test_candidates_are_actors(extractor, text, stage, candidates):
    election = only_election(extractor, text)
    assert election.election.stage == stage
    assert election.election.winner is None
    assert {a.name for a in election.actors if a.part == "CANDIDATE"} == candidates


def test_a_date_after_publication_is_not_the_results(extractor):
    election = only_election(extractor, "No candidate received 50% of the vote in the presidential election in "
                                        "Chile, so a runoff occurs between Jeannette Jara and José Antonio Kast, "
                                        "with the vote set for December 14.")
    assert (election.election.stage, election.event_date) == ("RESULT", None)


def test_a_scheduled_election_is_dated_in_the_future(extractor):
    election = only_election(extractor, "The Dutch government collapses, triggering a snap election to be held on "
                                        "October 29.")
    assert (election.election.country, election.event_date.isoformat()) == ("NLD", "2025-10-29")


def test_an_election_named_with_its_day_is_held_that_day(extractor):
    election = only_election(extractor, "On Wednesday, as part of his campaign, Turkish President Recep Tayyip "
                                        "Erdoğan pledged to build a mosque, following the election today.",
                             datetime(2019, 3, 31))
    assert (election.election.country, election.election.stage) == ("TUR", "HELD")
    assert election.event_date.isoformat() == "2019-03-31"


def test_elections_of_two_kinds_give_one_election_each(extractor):
    found = elections_in(extractor, "Tanzania's presidential and parliamentary elections will take place on "
                                    "October 29.")
    assert sorted((e.election.office, e.election.stage) for e in found) == [
        ("parliament", "SCHEDULED"), ("president", "SCHEDULED")]


def test_a_capitalised_modifier_is_no_part_of_the_winners_name(extractor):
    election = only_election(extractor, "Incumbent Daniel Noboa defeated Luisa González in Ecuador's runoff on "
                                        "Sunday.")
    assert election.election.winner == "Daniel Noboa"


def test_a_sentence_listing_two_offices_gives_two_elections(extractor):
    found = elections_in(extractor, "Citizens of Ecuador vote to elect a president and the members of the "
                                    "National Assembly.")
    assert sorted(e.election.office for e in found) == ["parliament", "president"]


@pytest.mark.parametrize(
    "text, offices",
    [
        ("Malawians vote to elect a president alongside parliamentary and local elections.",
         ["local", "parliament", "president"]),
        ("Municipal elections are held in Brazil, including races for mayor and city council.", ["local", "mayor"]),
        # councillors are a local office
        ("Kenyans vote to elect a president, members of the National Assembly, and ward councillors.",
         ["local", "parliament", "president"]),
    ],
)
def test_a_vote_for_several_offices_gives_one_election_each(extractor, text, offices):
    assert sorted(e.election.office for e in elections_in(extractor, text)) == offices


@pytest.mark.parametrize(
    "text, offices",
    [
        # a running mate is on the president's ticket: no election of its own
        ("Peruvians vote to elect a president, vice president and the 130 members of the National Assembly.",
         ["parliament", "president"]),
        ("Voters in Bolivia elect a president, a vice president, and 130 members of the Chamber of Deputies.",
         ["parliament", "president"]),
        ("Elections take place for the next vice president of India.", ["vice president"]),
    ],
)
def test_a_vice_president_elected_with_the_president_is_no_election_of_its_own(extractor, text, offices):
    assert sorted(e.election.office for e in elections_in(extractor, text)) == offices


@pytest.mark.parametrize(
    "text, country",
    [
        ("Residents of Saint Helena, a British Overseas Territory, vote for the members of the Legislative "
         "Council.", "SHN"),
        ("Voters in Greenland, an autonomous territory of Denmark, elect the members of the parliament.", "GRL"),
        ("Voters in Denmark elect the members of the parliament.", "DNK"),
    ],
)
def test_a_territory_described_as_another_states_votes_itself(extractor, text, country):
    assert only_election(extractor, text).election.country == country


@pytest.mark.parametrize(
    "text, country, stage, office",
    [
        # the people decide a question; a year in an aside describes the constitution, not the vote
        ("Chileans vote on whether to replace their constitution, written in 1980, with a new one.",
         "CHL", "HELD", "referendum"),
        # a loss told of the ruling party
        ("The ruling party of Peru suffers heavy losses in the regional elections.", "PER", "RESULT", "local"),
        # referendums in the plural; a state deciding them is its voters
        ("Switzerland approves two referendums on electronic identity and property tax.", "CHE", "RESULT",
         "referendum"),
        ("Italians vote in five referendums on citizenship and labour laws.", "ITA", "HELD", "referendum"),
    ],
)
def test_a_question_put_to_the_people_and_a_loss_in_the_vote(extractor, text, country, stage, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office, election.election.winner) \
        == (country, stage, office, None)


def test_the_head_of_a_ticket_sworn_in_with_the_running_mate_is_the_winner(extractor):
    election = only_election(extractor, "Donald Trump and JD Vance are inaugurated as the 47th president and "
                                        "50th vice president of the United States.", datetime(2025, 1, 20))
    assert (election.election.office, election.election.winner) == ("president", "Donald Trump")


def test_a_legislature_elected_after_its_own_election_reports_both(extractor):
    found = elections_in(extractor, "Incumbent Nauruan president John Kada is unanimously re-elected by the "
                                    "parliament following Saturday's election.")
    assert sorted((e.election.office, e.election.stage, e.election.winner,
                   e.event_date.isoformat() if e.event_date else None) for e in found) == [
        ("parliament", "HELD", None, "2025-06-07"), ("president", "RESULT", "John Kada", None)]


def test_a_referendums_outcome_in_the_next_sentence_is_its_result(extractor):
    election = only_election(extractor, "Swiss voters vote on two proposals in a national referendum. Both were "
                                        "rejected.")
    assert (election.election.country, election.election.stage, election.election.office) == (
        "CHE", "RESULT", "referendum")


def test_a_schedule_is_dated_by_the_day_set(extractor):
    election = only_election(extractor, "Kenya's electoral commission sets August 9 as the date for the general "
                                        "elections.")
    assert election.event_date.isoformat() == "2025-08-09"


@pytest.mark.parametrize(
    "text, country, office, day",
    [
        # past reported speech; the day set, not the day it was announced
        ("The electoral commission of Malawi said the presidential election would be held on September 16.",
         "MWI", "president", "2025-09-16"),
        ("According to the electoral commission, Malawi's presidential election would be held on September 16.",
         "MWI", "president", "2025-09-16"),
        ("Prime Minister Mark Carney announced Sunday that Canada would hold a snap federal election on "
         "October 20.", "CAN", "parliament", "2025-10-20"),
        ("Voters in Bolivia will choose a new president on August 17.", "BOL", "president", "2025-08-17"),
        ("The election is due on October 12 in Cameroon.", "CMR", "parliament", "2025-10-12"),
        ("The presidential election in Guinea-Bissau was postponed to November 23.", "GNB", "president",
         "2025-11-23"),
    ],
)
def test_a_schedule_is_found_with_the_day_set(extractor, text, country, office, day):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office,
            election.event_date.isoformat()) == (country, "SCHEDULED", office, day)


@pytest.mark.parametrize(
    "text, day",
    [
        # a result is dated by the voting day, not by the day it was announced
        ("On Tuesday, the electoral commission declared John Mahama the winner of Sunday's presidential election in "
         "Ghana.", "2025-06-08"),
        ("Official results released on Tuesday showed Daniel Noboa won Sunday's runoff in Ecuador.", "2025-06-08"),
        ("Poles voted on Sunday in the presidential runoff. Karol Nawrocki won with 50.9% of the vote, the "
         "electoral commission of Poland said on Monday.", "2025-06-08"),
        # a later round keeps its own day
        ("Poles voted on May 18 in the first round of the presidential election. Karol Nawrocki won the runoff in "
         "Poland on June 1.", "2025-06-01"),
        # a day named with the vote is past, though the sentence goes on in the future
        ("Karol Nawrocki, who won Poland's presidential election on June 1, will be sworn in on August 6.",
         "2025-06-01"),
    ],
)
def test_an_election_is_dated_by_its_voting_day(extractor, text, day):
    election = only_election(extractor, text)
    assert election.event_date.isoformat() == day


def test_a_round_still_to_come_does_not_date_an_election_voted_in(extractor):
    election = only_election(extractor, "Beninese citizens vote to elect the members of the National Assembly. A "
                                        "second round will be held on 29 June where no candidate has a majority.")
    assert (election.election.stage, election.event_date) == ("HELD", None)


def test_a_sentence_naming_no_country_is_the_articles_election(extractor):
    election = only_election(extractor, "On Sunday, Hong Kongers turned out to vote in their district-level "
                                        "elections. Over 80% of the district council seats went to pro-democracy "
                                        "candidates.", datetime(2019, 11, 27))
    assert (election.election.country, election.election.stage, election.election.office,
            election.election.winner) == ("HKG", "RESULT", "district council", "pro-democracy candidates")
    assert election.event_date.isoformat() == "2019-11-24"


@pytest.mark.parametrize(
    "text, country, stage",
    [
        # the only state the story names, once, and not in a person's name ("Luís Montenegro")
        ("Portuguese Prime Minister Luís Montenegro's minority government falls after a confidence motion is "
         "passed. Early elections are called.", "PRT", "SCHEDULED"),
        # a story naming no state by name names it by its official
        ("Preliminary results show prime minister Mohammed Shia' al-Sudani's Reconstruction and Development "
         "Coalition leading the polls.", "IRQ", "RESULT"),
    ],
)
def test_a_vote_naming_no_state_is_in_the_only_state_the_story_names(extractor, text, country, stage):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == (country, stage)


def test_a_vote_naming_no_state_in_a_story_of_two_states_is_placed_nowhere(extractor):
    assert elections_in(extractor, "Portuguese Prime Minister Luís Montenegro meets Spanish Prime Minister "
                                   "Pedro Sánchez. Early elections are called.") == []


@pytest.mark.parametrize(
    "text, country, stage, office, winner",
    [
        # results released of a named election
        ("The Independent High Electoral Commission releases the seat distribution from Iraq's recent election.",
         "IRQ", "RESULT", "parliament", None),
        # a head of government put into office by the legislature, told in the passive
        ("Tanzanian president Samia Suluhu Hassan appoints MP Mwigulu Nchemba as prime minister, who is confirmed "
         "by parliament.", "TZA", "INAUGURATION", "prime minister", "Mwigulu Nchemba"),
        ("Thai Prime Minister Anutin Charnvirakul was elected by parliament on Friday.", "THA", "RESULT",
         "prime minister", "Anutin Charnvirakul"),
    ],
)
def test_results_released_and_a_head_of_government_confirmed_by_the_legislature(extractor, text, country, stage,
                                                                              office, winner):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office,
            election.election.winner) == (country, stage, office, winner)


@pytest.mark.parametrize(
    "text, country, stage, office",
    [
        ("Jara leads the first round of the Chilean presidential election.", "CHL", "RESULT", "president"),
        # the oath of office is a taking of office; a plural subject's bare "win" before the vote it wins a result
        ("Peter Mutharika takes the oath of office as President of Malawi.", "MWI", "INAUGURATION", "president"),
        ("The Social Democrats win the Danish local elections.", "DNK", "RESULT", "local"),
        ("Voters in New Jersey and Virginia elect new governors.", "USA", "HELD", "governor"),
        ("Counting is under way after Moldova's parliamentary election.", "MDA", "HELD", "parliament"),
        ("Japanese Prime Minister Shigeru Ishiba announces his resignation after his party's defeat in the upper "
         "house election.", "JPN", "RESULT", "parliament"),
    ],
)
def test_a_first_round_led_offices_in_the_plural_a_count_under_way_and_a_partys_defeat(extractor, text, country,
                                                                                       stage, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office) == (country, stage, office)


def test_a_partys_race_does_not_hide_the_general_elections_result_told_after_it(extractor):
    election = only_election(extractor, "Sussan Ley is elected as the new leader of the Liberal Party of Australia "
                                        "following the party's defeat at Saturday's federal election.",
                             datetime(2025, 5, 13))
    assert (election.election.country, election.election.stage, election.election.winner) == ("AUS", "RESULT", None)
    assert election.event_date.isoformat() == "2025-05-10"
    # the party's race alone, or with a vote named after it that tells no stage, is still no election
    assert elections_in(extractor, "Kemi Badenoch is elected leader of the Conservative Party after the general "
                                   "election in the United Kingdom.") == []


def test_a_first_round_of_talks_is_no_vote(extractor):
    assert elections_in(extractor, "Ukraine leads the first round of talks in the election year in Turkey.") == []


@pytest.mark.parametrize(
    "text, country",
    [
        ("The Liberal Party under leader Mark Carney is projected to form government for the party's fourth "
         "consecutive mandate.", "CAN"),
        ("The incumbent Saint Lucia Labour Party government is projected to maintain a supermajority in the House "
         "of Assembly.", "LCA"),
        ("NDP leader Godwin Friday is projected to become the next prime minister of Saint Vincent and the "
         "Grenadines.", "VCT"),
    ],
)
def test_a_result_projected_from_the_count_is_a_result(extractor, text, country):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == (country, "RESULT")


def test_newly_elected_adds_its_winner_to_the_reported_election(extractor):
    election = only_election(extractor, "Chinese President Xi Jinping spoke with South Korea's newly elected "
                                        "President Lee Jae-myung. The call came after Lee secured a landslide "
                                        "election victory last week.")
    assert (election.election.country, election.election.stage, election.election.office) == (
        "KOR", "RESULT", "president")
    assert election.event_date.isoformat() == "2025-06-02"
    assert [(a.name, a.part) for a in election.actors] == [("Lee Jae-myung", "WINNER")]


@pytest.mark.parametrize(
    "text, published",
    [
        # party votes
        ("The Republican Party holds its presidential primary in South Carolina.", PUBLISHED),
        ("Former U.S. President Donald Trump wins the Iowa caucuses.", PUBLISHED),
        ("Kemi Badenoch is elected leader of the Conservative Party in the United Kingdom.", PUBLISHED),
        ("Conservative Party members in Britain voted on Tuesday to elect Boris Johnson as the new Conservative "
         "leader.", PUBLISHED),
        # campaign news
        ("Opinion polls show the ruling party trailing ahead of next month's election in Germany.", PUBLISHED),
        ("Incumbent mayor Eric Adams announces he will run as an independent in the New York City mayoral election.",
         PUBLISHED),
        # a legislature voting on a measure
        ("The Hungarian parliament votes on a bill to withdraw from the International Criminal Court.", PUBLISHED),
        ("Italy's parliament voted on the bill to hold a referendum on the judiciary.", PUBLISHED),
        ("British Labour MP Tom Watson said he would only vote for it if the British people could also vote on it.",
         PUBLISHED),
        # a demand for an election
        ("U.S. President Donald Trump calls for a new presidential election to be held in Ukraine.", PUBLISHED),
        # an inauguration still to come; a passing reference to an old result
        ("Venezuelan president Nicolás Maduro announces arrests of people accused of plotting to disrupt his "
         "upcoming inauguration.", PUBLISHED),
        ("The attack came less than two weeks before Indonesian President Joko Widodo's second term inauguration.",
         PUBLISHED),
        ("U.S. envoy Steve Witkoff meets Israeli Prime Minister Benjamin Netanyahu before President-elect Donald "
         "Trump's inauguration on January 20.", datetime(2025, 1, 11)),
        # an appointment, as far as the text says
        ("Matteo Rossi and Lorenzo Bugli are sworn in as the new captains regent of San Marino.", PUBLISHED),
        # how a vote works
        ("In this way, the British Prime Minister is elected indirectly, as the people vote for their members of "
         "Parliament.", PUBLISHED),
        # old elections recalled as background
        ("Lee, who lost the 2022 presidential election in South Korea, recalls his campaign.", PUBLISHED),
        ("In 2000, a new threat to Mugabe's rule emerged in Zimbabwe. Mugabe won a presidential election in "
         "Zimbabwe over Morgan Tsvangirai.", datetime(2019, 9, 9)),
        # a demand for a vote; a succession; a vote on a measure
        ("Thousands rally in Bucharest, Romania, demanding that the cancelled presidential election is held again.",
         PUBLISHED),
        ("Senate speaker Maria Conti is sworn in as the interim president of Peru after the removal of the "
         "president.", PUBLISHED),
        ("Germany abstained from voting on the EU tariffs on Chinese electric vehicles.", PUBLISHED),
        # results named as the cause of other news
        ("The Japanese prime minister reshuffles his cabinet in the wake of the results of the upper house "
         "election.", PUBLISHED),
        # a legislature's confidence vote, budget or confirmation of a minister
        ("The Czech parliament votes to approve the government in a confidence vote.", PUBLISHED),
        ("The Parliament of Latvia approves the government's budget for next year.", PUBLISHED),
        ("The U.S. Congress approved the government funding bill on Friday.", PUBLISHED),
        ("Italy's parliament approved the government reform package on Tuesday.", PUBLISHED),
        ("The U.S. Senate confirms Maria Lopez as secretary of state.", PUBLISHED),
        # the start of a tenure as background; a re-election still sought
        ("Since he took office, U.S. President Donald Trump has imposed tariffs on China.", PUBLISHED),
        ("U.S. President Donald Trump, who took office in January, met Xi Jinping in Beijing on Monday.", PUBLISHED),
        ("U.S. President Donald Trump, who resumed office in January, met Xi Jinping in Beijing.", PUBLISHED),
        ("French President Emmanuel Macron said he would not run for re-election in France.", PUBLISHED),
        ("Portuguese President Marcelo Rebelo de Sousa sought re-election in Portugal.", PUBLISHED),
        # states or a party deciding; a vote named as a noun; a vote that cannot be held; an anniversary
        ("The EU member states voted on Monday to impose tariffs on Chinese electric vehicles.", PUBLISHED),
        ("The party's members elected Friedrich Merz as their new leader in Germany.", PUBLISHED),
        # a church's own office
        ("Cardinal Jean Dupont of France is elected to the papacy on the third ballot.", PUBLISHED),
        ("Bishop Maria Lind is enthroned as the new archbishop in Sweden after the church's vote.", PUBLISHED),
        ("Finance Minister Ana Soto of Spain defeats Luis Vega in a runoff to become the next president of the "
         "People's Party.", PUBLISHED),
        ("Japanese Defence Minister Taro Sato wins a leadership runoff, becoming the new leader of the Liberal "
         "Democratic Party.", PUBLISHED),
        ("The opposition accused the government of rigging the vote in Georgia.", PUBLISHED),
        ("Ukraine cannot hold elections under martial law, Ukrainian President Volodymyr Zelensky said.", PUBLISHED),
        ("The ceremony marked the anniversary of the Chinese president's inauguration.", PUBLISHED),
        # reported speech with a condition, or with no date: no schedule
        ("Ukrainian President Volodymyr Zelensky said elections would be held in Ukraine in October if a ceasefire "
         "is agreed.", PUBLISHED),
        ("The Hungarian opposition said the vote would be held in Hungary under unfair conditions.", PUBLISHED),
        # a term begun is no vote; an election put off with no day
        ("Japan's prime minister began a three-year term on Monday.", PUBLISHED),
        ("The opposition leader was handed a five-year term in prison in Turkey.", PUBLISHED),
        ("The former president of Peru won a 15-year term reduction on appeal.", PUBLISHED),
        # a win that only sets a time; "beat" and "vote" inside other words
        ("Since Donald Trump's re-election, markets in the United States have been volatile.", PUBLISHED),
        ("Police beat protesters in the vote-counting centre in Georgia.", PUBLISHED),
        ("Haiti postponed its elections indefinitely.", PUBLISHED),
        # "beat" that is no win; a landslide that is no vote
        ("At least 40 people are killed in a landslide at a gold mine in the Democratic Republic of the Congo.",
         PUBLISHED),
        ("Police beat protesters in the capital of Georgia after the vote.", PUBLISHED),
        # urged to vote; members chosen for a commission
        ("The church urged Catholics in the Philippines to vote for honest candidates.", PUBLISHED),
        ("Lawmakers in Kenya will choose members of the electoral commission.", PUBLISHED),
        # how a body elects, in a relative clause
        ("Puerto Rico has no vote in the Electoral College that elects the U.S. President.", PUBLISHED),
        # "elected" describing a noun; quoted speech
        ("On Monday, Nevada in the United States became the first state where more than half of the elected "
         "officials were women.", PUBLISHED),
        ('In his speech, Puerto Rico governor Ricardo Rosselló of the United States said, "the people who elected '
         'me deserve better."', PUBLISHED),
        # a legislature or council voting on a measure, named with its state, by tally or "in favour"
        ("The National Assembly of Serbia votes to condemn the attack on the border post.", PUBLISHED),
        ("The Parliament of Peru votes for the closure of the border with Chile.", PUBLISHED),
        ("The Security Council votes in favour of a draft resolution on Sudan.", PUBLISHED),
        ("Spain vetoes a draft resolution on fisheries, with the other members of the council voting in favour.",
         PUBLISHED),
        ("The U.S. Senate passes the tariff bill following a 52–48 vote in the chamber.", PUBLISHED),
        ("Prime Minister Pedro Sánchez of Spain faces a possible no-confidence vote in parliament.", PUBLISHED),
        # a post in a body that is no state
        ("Kenyan diplomat Ann Mwangi is elected secretary-general of the International Maritime Organization.",
         PUBLISHED),
        ("Former Portuguese minister Rui Costa is elected president of the World Rowing Federation.", PUBLISHED),
        ("Former Finnish minister Anna Virtanen is elected and sworn in as the new president of the UN General "
         "Assembly.", PUBLISHED),
        # a party's own vote
        ("The Democratic Party of Japan elects Kenji Sato as its new party chairman.", PUBLISHED),
        # an election asked for, or still to come after a time clause
        ("Opposition parties in Serbia rally, urging the government to resign and hold early elections.", PUBLISHED),
        ("The military council of Niger says it will rule until new elections are held.", PUBLISHED),
        ("The law allows 16-year-olds to vote in the next general election in Scotland.", PUBLISHED),
        # results still to come; a measure of the head of government approved by the legislature
        ("Bissau-Guinean president Umaro Sissoco Embaló is detained following a coup one day before provisional "
         "election results were expected to be released.", PUBLISHED),
        ("Thai Prime Minister Anutin Charnvirakul's budget was approved by parliament.", PUBLISHED),
        # a win only hoped for or possible
        ("The Social Democrats hope to win the Danish local elections.", PUBLISHED),
        ("The Social Democrats could win the Danish local elections.", PUBLISHED),
        # a projection of anything but a vote's outcome
        ("Inflation in Japan is projected to remain high.", PUBLISHED),
        # a legislature approving a referendum calls it; it decides nothing
        ("Parliament approves two referendums on the constitution in Italy.", PUBLISHED),
        # a candidacy, and an inauguration still to come
        ("Ghanaian president Kofi Mensah announces his candidacy for re-election in Ghana.", PUBLISHED),
        ("The outgoing president of Chile issues pardons prior to President-elect Ana Soto's inauguration.",
         PUBLISHED),
    ],
)
def test_not_an_election(extractor, text, published):
    assert elections_in(extractor, text, published) == []


@pytest.mark.parametrize(
    "text, country, office",
    [
        # the leader of the winning party is named after "of": the party won seats, not a presidency
        ("The ruling Unity Party of President Jonas Berg wins the election with 41% of the vote in Estonia.",
         "EST", "parliament"),
        ("The alliance of Chilean president Ana Soto wins with 52% of the vote.", "CHL", "parliament"),
        # a legislature that elects is no second office
        ("Maria Kovacs is elected President of Hungary by the National Assembly in the second round of the "
         "presidential election.", "HUN", "president"),
        # national legislatures called councils; ballot measures are a referendum
        ("Iraqis vote to elect the members of the Council of Representatives.", "IRQ", "parliament"),
        ("Swiss voters reject two ballot measures on taxes.", "CHE", "referendum"),
    ],
)
def test_the_office_is_what_is_elected(extractor, text, country, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.office) == (country, office)


@pytest.mark.parametrize(
    "text, country, stage, office",
    [
        # "reelection" without a hyphen
        ("The Constitutional Council of Togo announces the reelection of incumbent president Kofi Adjei.",
         "TGO", "RESULT", "president"),
        # a snap election of a named kind announced
        ("Peru announces a snap presidential election after the removal of the president.",
         "PER", "SCHEDULED", "president"),
        # a referendum rejected by the people named by their demonym, or by the share voting against
        ("Slovaks reject a referendum on the new pension law.", "SVK", "RESULT", "referendum"),
        ("The referendum on the assisted dying law in Malta fails, with 54% voting against.", "MLT", "RESULT",
         "referendum"),
        # a body named after elections is no election recalled
        ("Kenyans vote in the second round after the National Elections Board annulled votes in ten districts.",
         "KEN", "HELD", "parliament"),
    ],
)
def test_recall_of_news_english_forms(extractor, text, country, stage, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office) == (
        country, stage, office)


def test_parties_between_which_a_vote_is_held_are_no_candidate_actors(extractor):
    election = only_election(extractor, "Maltese voters elect the members of the House of Representatives between "
                                        "the ruling Labour Party and the opposition Nationalist Party.")
    assert election.actors == []
    election = only_election(extractor, "Chileans vote in a runoff between Ana Soto and Pablo Rojas.")
    assert [(a.name, a.part) for a in election.actors] == [("Ana Soto", "CANDIDATE"), ("Pablo Rojas", "CANDIDATE")]


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister congratulated Peru on winning a non-permanent seat on the UN Security Council "
    "with a record number of votes.",
    "Chile and Peru are elected as non-permanent members of the United Nations Security Council for a two-year term.",
])
def test_a_states_seat_in_an_intergovernmental_body_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize(
    "text, country, stage",
    [
        # An old year told in an aside after the stage is about the winner, not the vote.
        ("Ama Boateng is sworn in for a second term as President of Ghana, having previously served as president "
         "from 2009 to 2013.", "GHA", "INAUGURATION"),
        ("General Karim Haddad is elected as President of Lebanon, ending a vacancy that began in October 2021.",
         "LBN", "RESULT"),
        ("Peruvians vote to elect a new congress, which was dissolved in 2019.", "PER", "HELD"),
    ],
)
def test_an_old_year_in_an_aside_after_the_stage_is_no_background(extractor, text, country, stage):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == (country, stage)


@pytest.mark.parametrize(
    "text",
    [
        # Before the stage, or in the stage's own clause, an old year still makes it history.
        "Ama Boateng, who won the 2016 election, is sworn in for a second term as President of Ghana.",
        "In 2019, Ama Boateng was sworn in as President of Ghana, having won the election.",
    ],
)
def test_an_old_year_before_the_stage_is_background(extractor, text):
    assert elections_in(extractor, text) == []


def test_an_election_named_by_a_year_that_ended_weeks_ago_is_background(extractor):
    text = "Austria's Freedom Party won the most seats in the 2024 legislative election."
    assert elections_in(extractor, text) == []  # published in June 2025
    # Ten days into the next year the result is still news.
    assert only_election(extractor, text, datetime(2025, 1, 10)).election.country == "AUT"
    # An election of the publication's year is news.
    assert only_election(extractor, text.replace("2024", "2025")).election.stage == "RESULT"


def test_a_state_someone_is_flown_to_is_not_where_the_vote_is(extractor):
    text = ("The Bissau-Guinean military seizes power as President Ansu Mané is flown to Senegal, "
            "blocking the release of the election results.")
    assert only_election(extractor, text).election.country == "GNB"


@pytest.mark.parametrize(
    "text, country",
    [
        # The members of a legislature counted, or a congress, are what voters elect.
        ("Voters in Malawi elect the 229 members of the National Assembly.", "MWI"),
        ("Voters in Peru elect a new congress.", "PER"),
        # "party-list" voting is no party's internal contest.
        ("Norwegians vote to elect all 169 members of the Storting using party-list proportional representation.",
         "NOR"),
    ],
)
def test_voters_electing_a_legislature_hold_an_election(extractor, text, country):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == (country, "HELD")


def test_members_of_a_party_electing_a_leader_is_no_election(extractor):
    assert elections_in(extractor, "Members of the ruling party elect a new leader.") == []


@pytest.mark.parametrize(
    "text, office",
    [
        ("Maria Lopez is elected as the governor of Arizona.", "governor"),
        ("Tom Reyes wins the New Mexico gubernatorial election.", "governor"),
    ],
)
def test_a_us_state_places_its_election_in_the_united_states(extractor, text, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.office) == ("USA", office)


def test_voters_returning_to_the_polls_vote_again(extractor):
    text = "Polish voters return to the polls for the presidential runoff between Anna Nowak and Jan Kowal."
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == ("POL", "HELD")


def test_party_lawmakers_electing_their_leader_is_a_party_vote(extractor):
    assert elections_in(extractor, "Ruling party lawmakers in Japan elect Kenji Sato as LDP president.") == []


@pytest.mark.parametrize("text", [
    "Deputy governor Ana Ruiz was sworn in as governor of New Mexico on Tuesday after Governor Luis Soto resigned.",
    "Vice President Grace Banda is sworn in as president of Malawi following the death of President Peter Phiri.",
    # a second taking of office in an article that told the first by succession
    "Carlos Vega was sworn in last week following the resignation of Governor Ana Ruiz. Following the court's "
    "ruling, Maria Lopez was sworn in as Puerto Rico's governor on Wednesday.",
])
def test_an_office_taken_by_succession_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text", [
    # "succeeding" names the predecessor of an elected president, not a succession
    "Anna Shilongo is sworn in as the first female President of Namibia, succeeding Peter Nangolo.",
    # a vote named with the taking of office
    "Ana Soto, who won the runoff, is sworn in as president of Peru after the resignation of the "
    "interim president.",
])
def test_a_taking_of_office_after_a_vote_is_still_an_inauguration(extractor, text):
    assert only_election(extractor, text).election.stage == "INAUGURATION"


@pytest.mark.parametrize(
    "text, country, office, winner",
    [
        # the office named after "as" is what the legislature elects, not the legislature
        ("The Surinamese parliament elects Maria Soto as the country's first female president.", "SUR",
         "president", "Maria Soto"),
        ("The Latvian Saeima elects Anna Berzina as the country's new prime minister.", "LVA", "prime minister",
         "Anna Berzina"),
        ("Peter Kalo is elected Prime Minister of Vanuatu by parliament.", "VUT", "prime minister", "Peter Kalo"),
        # the person elected comes before a titled one named later
        ("The U.S. House of Representatives re-elects John Miller as House Speaker over House Minority Leader "
         "Hakeem Jeffries.", "USA", "speaker", "John Miller"),
        # "re-elected President X" with the legislature as its subject is the result, not a passing reference
        ("Djibouti's parliament re-elected President Ali Hassan on Wednesday.", "DJI", "president", "Ali Hassan"),
    ],
)
def test_a_legislature_elects_the_office_named_after_as(extractor, text, country, office, winner):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office,
            election.election.winner) == (country, "RESULT", office, winner)


def test_a_title_after_as_is_no_office_elected(extractor):
    election = only_election(extractor, "Albanians vote to elect the 140 members of the Parliament, as Prime Minister "
                                        "Edi Rama seeks a fourth term.")
    assert election.election.office == "parliament"


@pytest.mark.parametrize(
    "text, country, stage, day",
    [
        # the vote named with its place before "was held"
        ("The presidential election in Chile was held on Sunday.", "CHL", "HELD", "2025-06-08"),
        ("Parliamentary elections in Venezuela are held amid an opposition boycott.", "VEN", "HELD", None),
        # a schedule in the passive, or opened by a dissolution
        ("Early elections are called in Portugal.", "PRT", "SCHEDULED", None),
        ("The Japanese prime minister dissolved the lower house on Monday, paving the way for a general election on "
         "October 27.", "JPN", "SCHEDULED", "2025-10-27"),
        # the day set, not the day of the dissolution
        ("The President of Portugal dissolved parliament on Thursday and set July 20 as the date of an early "
         "election.", "PRT", "SCHEDULED", "2025-07-20"),
        # losses and concessions told in the present
        ("Canada's Conservative leader Pierre Poilievre and NDP leader Jagmeet Singh lose their seats in Monday's "
         "election.", "CAN", "RESULT", "2025-06-09"),
        ("Opposition leaders in Kenya concede the election on Friday.", "KEN", "RESULT", "2025-06-06"),
    ],
)
def test_stage_forms_of_news_english(extractor, text, country, stage, day):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.event_date and
            election.event_date.isoformat()) == (country, stage, day)


@pytest.mark.parametrize("text", [
    "The ruling coalition of Japan could lose its majority in Sunday's upper house election.",
    "The opposition in Kenya refuses to concede the election.",
    "The snap election in Peru was called off on Monday.",
])
def test_a_loss_or_a_schedule_not_told_is_no_stage(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text", [
    # a legislature's decision told by its measure or by a count of votes to votes
    "The amendment passed with 67 votes in the United States Senate on Tuesday.",
    "The motion was defeated by 12 votes in the Australian Senate.",
    "MPs in the United Kingdom backed the deal by 300 votes to 250 on Tuesday.",
    # a party's race told first, then its count with no election named
    "Bernie Sanders won the New Hampshire primary on Tuesday. Sanders won 60% of the vote in New Hampshire, with "
    "Hillary Clinton getting 38%.",
    "Donald Trump won the Iowa caucuses on Monday. Trump took 51% of the vote in Iowa, ahead of Ron DeSantis.",
])
def test_a_legislatures_or_a_partys_count_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text, stage", [
    # the people decide the measure
    ("The amendment was approved by 62% of voters in Ireland on Friday.", "RESULT"),
    # an election named after a party's race
    ("Ana Soto won the party primary in March. On Sunday, Soto won the presidential election in Chile with 55% of "
     "the vote.", "RESULT"),
])
def test_a_popular_vote_beside_those_is_still_an_election(extractor, text, stage):
    assert only_election(extractor, text).election.stage == stage


@pytest.mark.parametrize("text", [
    # a time clause opened by "since" dates the old win: background
    "Since winning the 2019 election, Zelensky has faced many challenges in Ukraine.",
    # a vote named by a month long before publication
    "Trump, who won the November election, will be inaugurated on January 20.",
])
def test_a_win_told_as_background_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


def test_a_vote_named_by_its_month_is_dated_by_it(extractor):
    election = only_election(extractor, "Ana Soto, who won the June election in Chile, said on Monday she will "
                                        "form a government.")
    assert (election.event_date.isoformat(), election.date_precision) == ("2025-06-01", "MONTH")


@pytest.mark.parametrize(
    "text, country, stage, office",
    [
        # a term handed by the legislature or the voters
        ("China's parliament on Friday unanimously handed Xi Jinping a third term as president.", "CHN", "RESULT",
         "president"),
        # rounds that elect nobody, with words between "failed" and "to elect"; the head of state is the president
        ("Lawmakers in Lebanon failed for the 12th time to elect a president on Wednesday.", "LBN", "HELD",
         "president"),
        ("The Italian parliament failed again on Monday to elect a new head of state.", "ITA", "HELD", "president"),
        ("Lebanon's parliament elected army chief Joseph Aoun as head of state on Thursday.", "LBN", "RESULT",
         "president"),
        # a schedule in the plural passive
        ("Nepal's parliament was dissolved and fresh elections were set for March 5.", "NPL", "SCHEDULED",
         "parliament"),
    ],
)
def test_indirect_elections_and_schedules(extractor, text, country, stage, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office) == (country, stage, office)


def test_a_term_handed_in_prison_is_no_election(extractor):
    assert elections_in(extractor, "A court in Turkey handed the opposition mayor a second term in prison.") == []


def test_a_schedule_is_dated_by_the_day_set_after_a_clause(extractor):
    election = only_election(extractor, "South Korea announces a snap presidential election after the dismissal of "
                                        "the president, scheduled for July 3.")
    assert (election.election.stage, election.event_date.isoformat()) == ("SCHEDULED", "2025-07-03")


def test_an_electoral_system_named_is_no_result(extractor):
    election = only_election(extractor, "Tongans vote for the members of the Legislative Assembly of Tonga using "
                                        "plurality block voting.")
    assert election.election.stage == "HELD"


@pytest.mark.parametrize(
    "text, country, winner",
    [
        # the one congratulated won, not the one congratulating, nor the congratulator's state
        ("U.S. Secretary of State Marco Rubio congratulated Karol Nawrocki on winning Poland's presidential "
         "election.", "POL", "Karol Nawrocki"),
        ("Russian President Vladimir Putin called Kazakh President Kassym-Jomart Tokayev to congratulate him on his "
         "re-election.", "KAZ", "Kassym-Jomart Tokayev"),
        # the state that owns the vote, not where its voters live
        ("Moldovans living in Romania voted in Moldova's parliamentary election on Sunday.", "MDA", None),
    ],
)
def test_the_election_is_the_winners_and_its_states(extractor, text, country, winner):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.winner) == (country, winner)


@pytest.mark.parametrize(
    "text, published, stage, day",
    [
        # a vote named by its day and month is dated by it, not by the day of the sentence's verb
        ("Protesters in Georgia demanded a rerun of the October 26 parliamentary election on Monday.",
         datetime(2024, 10, 29), "HELD", "2024-10-26"),
        # the vote's place between the vote and its day; voting "underway"
        ("The EU said the elections in Belarus on Sunday were neither free nor fair.", PUBLISHED, "HELD",
         "2025-06-08"),
        ("Voting is underway in Sri Lanka's parliamentary election.", PUBLISHED, "HELD", None),
    ],
)
def test_a_vote_is_dated_by_the_day_it_is_named_with(extractor, text, published, stage, day):
    election = only_election(extractor, text, published)
    assert (election.election.stage, election.event_date and election.event_date.isoformat()) == (stage, day)


def test_an_old_vote_named_by_its_day_and_month_is_background(extractor):
    assert elections_in(extractor, "Protesters in Georgia demanded a rerun of the October 26 parliamentary election "
                                   "on Monday.") == []


@pytest.mark.parametrize("text", [
    # bodies that are no state elect their officers or vote
    "FIFA's congress re-elected Gianni Infantino as president on Thursday in Paris.",
    "Members of the Russian Academy of Sciences elected a new president on Monday.",
    "The Hong Kong Bar Association elected a new chairman on Thursday.",
    "The Eurovision jury in Switzerland voted for Austria on Saturday.",
    # a day after "voted on" is no matter voted on
    "The IOC members voted on Wednesday to award the 2032 Olympics to Brisbane, Australia.",
])
def test_a_vote_of_a_body_that_is_no_state_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Brazil's Workers' Party won 40% of the votes in the municipal elections on Sunday.",
    "Voters in the Russian Federation cast ballots in the presidential election on Sunday.",
    "The Central Election Committee said 60% of voters in Taiwan voted on Saturday.",
])
def test_names_like_those_bodies_leave_an_election(extractor, text):
    assert len(elections_in(extractor, text)) == 1


@pytest.mark.parametrize(
    "text, country, day",
    [
        # an election named beside a confidence vote is still news; the lost confidence vote is no result
        ("Germany will hold a snap election on February 23 after Chancellor Olaf Scholz lost a confidence vote.",
         "DEU", "2026-02-23"),
        # a dissolution of a lower house opens the way for a vote; its own day is not the vote's
        ("Thailand's prime minister dissolved the House of Representatives on Friday, paving the way for an "
         "election within 60 days.", "THA", None),
    ],
)
def test_a_schedule_told_with_a_legislatures_act(extractor, text, country, day):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.event_date and
            election.event_date.isoformat()) == (country, "SCHEDULED", day)


def test_a_confidence_vote_alone_is_still_no_election(extractor):
    assert elections_in(extractor, "The French government lost a confidence vote in the National Assembly on "
                                   "Monday.") == []


def test_voting_named_as_a_noun_then_put_in_the_future_is_a_schedule(extractor):
    election = only_election(extractor, "The election commission of India announced that voting in the general "
                                        "election will be held on July 19.")
    assert (election.election.stage, election.event_date.isoformat()) == ("SCHEDULED", "2025-07-19")


@pytest.mark.parametrize("text, reported", [
    # a legislature named by its own name is the subject: the result
    ("Israel's Knesset re-elected President Isaac Herzog for a second term on Wednesday.", True),
    # "re-elected" qualifying the president: a passing reference
    ("Kenya's re-elected President William Ruto met Joe Biden on Monday.", False),
    ("The newly re-elected President Ruto of Kenya met Joe Biden on Monday.", False),
])
def test_re_elected_president_is_a_result_only_with_an_elector_before_it(extractor, text, reported):
    assert bool(elections_in(extractor, text)) == reported


def test_a_majority_retained_in_an_election_is_its_result(extractor):
    election = only_election(extractor, "The ruling party in Japan retained its majority in the upper house election "
                                        "on Sunday.")
    assert (election.election.stage, election.event_date.isoformat()) == ("RESULT", "2025-06-08")


@pytest.mark.parametrize("text, stage", [
    # "to elect" after the vote names its purpose, not a vote to come
    ("The second and final day of the election to elect the members of the Czech Chamber of Deputies takes place.",
     "HELD"),
    ("Voters in Chile are to elect a new president on Sunday.", "SCHEDULED"),
])
def test_to_elect_after_the_vote_is_its_purpose(extractor, text, stage):
    assert only_election(extractor, text).election.stage == stage


def test_the_people_deciding_a_measure_is_a_referendum_with_the_one_before(extractor):
    election = only_election(extractor, "Guineans vote in a constitutional referendum on Sunday. Provisional results "
                                        "show that over 90% of voters in Guinea approve the constitutional change.")
    assert (election.election.office, election.election.stage) == ("referendum", "RESULT")


@pytest.mark.parametrize("text, stage, winner", [
    # a legislature that voted to elect a named person elected them
    ("Lawmakers in Vietnam voted on Monday to elect Luong Cuong as the country's president.", "RESULT",
     "Luong Cuong"),
    # a vote to elect still to come
    ("The Croatian parliament will vote to elect Ana Horvat as president on Friday.", "SCHEDULED", None),
])
def test_a_vote_to_elect_a_named_person(extractor, text, stage, winner):
    election = only_election(extractor, text)
    assert (election.election.stage, election.election.winner) == (stage, winner)


@pytest.mark.parametrize("text, found", [
    # an opinion poll's finding is no result
    ("A poll shows that most voters in France reject the pension reform.", False),
    ("A survey found that 60% of voters in Germany back the plan.", False),
    # an exit poll is the count of a vote
    ("An exit poll showed the ruling party winning 40% of the vote in Japan on Sunday.", True),
])
def test_an_opinion_poll_is_no_result(extractor, text, found):
    assert bool(elections_in(extractor, text)) == found


@pytest.mark.parametrize("text", [
    # votes among bidders to host an event
    "Brazil won the vote to host the 2027 Women's World Cup on Friday.",
    "China won the right to host the 2030 Asian Games after a vote in Kuwait.",
    # a state's seat in an intergovernmental body other than the UN's
    "Rwanda won a seat on the African Union Peace and Security Council.",
])
def test_a_vote_among_states_or_bidders_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


def test_a_seat_on_a_city_council_is_still_an_election(extractor):
    election = only_election(extractor, "Ana Soto won a seat on the city council of Lima, Peru, on Sunday.")
    assert election.election.stage == "RESULT"


@pytest.mark.parametrize("text, office, date", [
    ("Latvia's president called a snap parliamentary election for September 14.", "parliament", "2025-09-14"),
    ("Peru's president calls an early presidential election for November 9.", "president", "2025-11-09"),
    ("Slovakia's government called fresh legislative elections for October 5.", "parliament", "2025-10-05"),
])
def test_the_kind_of_vote_may_stand_between_snap_and_election(extractor, text, office, date):
    election = only_election(extractor, text)
    assert (election.election.stage, election.election.office, str(election.event_date)) == ("SCHEDULED", office, date)


@pytest.mark.parametrize("text", [
    "Ghana's president attended the inauguration ceremony of a new bridge over the Volta on Monday.",
    "The visiting Brazilian president attended the inauguration of the company's new office in Shanghai on Sunday.",
    "Nigeria's president inaugurated a new refinery near Lagos on Monday.",
    "Kenya's president on Tuesday inaugurated the expanded terminal of the airport in Mombasa.",
])
def test_the_inauguration_of_a_thing_is_no_taking_of_office(extractor, text):
    assert elections_in(extractor, text) == []


def test_a_guest_at_an_inauguration_is_not_the_one_sworn_in(extractor):
    election = only_election(extractor, "Brazil's president attended the inauguration of Argentine President "
                                        "Javier Milei on Sunday.")
    assert (election.election.country, election.election.stage, election.election.winner) == \
        ("ARG", "INAUGURATION", "Javier Milei")


def test_a_win_in_a_condition_is_no_result(extractor):
    election = only_election(extractor, "Chileans vote on Sunday in a presidential election; a runoff is set for "
                                        "December 14 if no candidate wins a majority.")
    assert (election.election.stage, str(election.event_date)) == ("HELD", "2025-06-08")


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz of Oregon won election as leader of the Democratic minority on Tuesday.",
    "Representative Tom Baker of Ohio was re-elected majority leader on Wednesday.",
    "Senate Republicans elected John Carver as their new majority whip on Thursday.",
])
def test_a_partys_post_in_a_legislature_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text, stage, date", [
    ("Chile's presidential election is on November 16, with a runoff on December 14.", "SCHEDULED", "2025-11-16"),
    ("The presidential election in Bolivia was on June 1, and a runoff on June 29 is likely.", "HELD", "2025-06-01"),
])
def test_a_runoffs_day_does_not_date_the_first_round(extractor, text, stage, date):
    election = only_election(extractor, text)
    assert (election.election.stage, str(election.event_date)) == (stage, date)


@pytest.mark.parametrize("text", [
    "Protest organisers said anger over the war in Iraq and President Ruiz's re-election boosted attendance.",
    "Prime Minister Ana Soto's re-election has rattled investors in Portugal.",
])
def test_a_possessed_win_that_caused_the_news_is_a_reference(extractor, text):
    assert elections_in(extractor, text) == []


def test_guests_at_an_inauguration_the_sentence_does_not_name_report_none(extractor):
    text = ("Brazil's state oil firm opened an office in Shanghai on Sunday, and the visiting Brazilian president "
            "attended the inauguration ceremony.")
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize(
    "text, published, country, stage, offices, day",
    [
        # a schedule with an adverb before "set", or declared with its month
        ("Elections in Haiti are now set for August 3rd, officials said.", PUBLISHED, "HTI", "SCHEDULED",
         ["parliament"], "2025-08-03"),
        ("The military government of Mali declares a March 2026 election for a new parliament.", PUBLISHED, "MLI",
         "SCHEDULED", ["parliament"], "2026-03-01"),
        # the vote named after its days, a span of them dated by its first
        ("Observers in Malawi reviewed the counting after the May 20-21 presidential and legislative elections.",
         PUBLISHED, "MWI", "HELD", ["parliament", "president"], "2025-05-20"),
        # a day without its year that was long past is the coming one
        ("Troops in Iraq will guard polling stations during the January 30th elections.", datetime(2004, 11, 24),
         "IRQ", "SCHEDULED", ["parliament"], "2005-01-30"),
        # the vote as the subject of its own past verb, after an infinitive
        ("Critics in Serbia say the government lifted restrictions to win elections which were held on June 1.",
         PUBLISHED, "SRB", "HELD", ["parliament"], "2025-06-01"),
    ],
)
def test_schedules_and_votes_named_with_their_days(extractor, text, published, country, stage, offices, day):
    found = elections_in(extractor, text, published)
    assert sorted(e.election.office for e in found) == offices
    assert {(e.election.country, e.election.stage, e.event_date and e.event_date.isoformat()) for e in found} \
        == {(country, stage, day)}


def test_a_question_reports_no_election(extractor):
    assert elections_in(extractor, "Will the vote in Kenya on August 9 be held on time?") == []


@pytest.mark.parametrize("text", [
    # a win in a clause of time only sets when something else happened
    "The governor of Illinois tried to sell the vacant Senate seat after Barack Obama was elected president.",
    "Prices in Argentina have doubled since Javier Milei was elected.",
    # a sentence that opens on an earlier vote tells of that one
    "At the last federal election, the Liberal Party of Australia won the seat with 60% of the vote.",
])
def test_an_earlier_win_told_to_set_a_time_is_no_election(extractor, text):
    assert elections_in(extractor, text) == []


def test_a_comparison_with_the_last_election_is_still_a_result(extractor):
    election = only_election(extractor, "The Labour Party wins the election in Norway with 28% of the vote, up from "
                                        "26% at the last election.")
    assert election.election.stage == "RESULT"


def test_an_election_naming_no_state_is_the_story_states(extractor):
    text = ("Canada's Conservative leader toured factories in Ontario on Monday. Early voting has already started "
            "in some provinces. Polls in Canada show a close race.")
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == ("CAN", "HELD")


@pytest.mark.parametrize("text", [
    # a story naming two states as often: none stands out
    "Germany and France signed a deal on Monday. Germany and France will cooperate. Early voting has already "
    "started in some regions.",
    # a stage that does not name the vote itself is no election by the story's state
    "The United States imposed tariffs on Monday. The United States will hold hearings on the process.",
])
def test_no_story_state_or_no_vote_named_leaves_the_sentence_unplaced(extractor, text):
    assert elections_in(extractor, text) == []


@pytest.mark.parametrize("text, found", [
    ("Elections in Somalia set for February were delayed.", False),
    ("Elections in Somalia set for February were postponed until July.", True),
])
def test_a_schedule_undone_without_a_new_day_is_no_election(extractor, text, found):
    assert bool(elections_in(extractor, text)) is found


def test_a_win_in_a_clause_of_time_with_its_own_recent_day_is_news(extractor):
    election = only_election(extractor, "After Lee Jae-myung was elected president of South Korea last week, his "
                                        "party's website was opened again.")
    assert (election.election.stage, election.election.winner) == ("RESULT", "Lee Jae-myung")


@pytest.mark.parametrize(
    "text, country, stage",
    [
        ("Polling stations opened across Peru on Sunday for the presidential runoff.", "PER", "HELD"),
        ("Voting ended in Portugal's presidential election on Sunday.", "PRT", "HELD"),
        # a vote under way with its purpose is held, not to come
        ("Filipinos are voting today to choose a new senate.", "PHL", "HELD"),
        ("Filipinos will be voting on Monday to choose a new senate.", "PHL", "SCHEDULED"),
        ("Ghana's electoral commission has set December 2028 for the next presidential election.", "GHA",
         "SCHEDULED"),
        ("New Zealand's Labour Party was returned to power in a landslide.", "NZL", "RESULT"),
    ],
)
def test_more_stage_forms_of_news_english(extractor, text, country, stage):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage) == (country, stage)


def test_a_date_set_for_something_else_is_no_schedule(extractor):
    assert elections_in(extractor, "The court in Ghana set December 5 for the hearing on the election petition.") \
        == []


@pytest.mark.parametrize(
    "text, published, stage, day",
    [
        # the present for a vote to come, dated by a day without its year that would be long past
        ("Canadians go to the polls on January 23.", datetime(2005, 12, 1), "SCHEDULED", "2006-01-23"),
        # a day between the vote and where it is held
        ("Ukrainians voted Sunday in a rerun of the presidential runoff.", datetime(2004, 12, 28), "HELD",
         "2004-12-26"),
    ],
)
def test_a_vote_dated_by_a_day_before_or_after_it(extractor, text, published, stage, day):
    election = only_election(extractor, text, published)
    assert (election.election.stage, election.event_date.isoformat()) == (stage, day)


def test_a_winner_confirmed_as_such_is_a_result(extractor):
    election = only_election(extractor, "Kenya's supreme court confirmed William Ruto as the winner of the "
                                        "presidential election on Monday.")
    assert (election.election.stage, election.election.winner) == ("RESULT", "William Ruto")


@pytest.mark.parametrize("text, rival", [
    ("Opposition leader Ana Torres wins 52% of the vote in Peru's presidential runoff over incumbent "
     "Mayor of Lima Luis Vega.", "Luis Vega"),
    ("Ana Torres won Peru's presidential runoff, defeating former Prime Minister Luis Vega.", "Luis Vega"),
])
def test_the_one_a_winner_beat_is_a_candidate(extractor, text, rival):
    election = only_election(extractor, text)
    assert [a.name for a in election.actors if a.part == "CANDIDATE"] == [rival]
    assert election.election.winner == "Ana Torres"


@pytest.mark.parametrize(
    "text, country, stage, office",
    [
        ("A referendum on a new constitution is held in Chad.", "TCD", "HELD", "referendum"),
        ("Canada's Liberals win a minority government in the federal election.", "CAN", "RESULT", "parliament"),
    ],
)
def test_a_vote_held_on_a_question_and_a_plural_party_winning(extractor, text, country, stage, office):
    election = only_election(extractor, text)
    assert (election.election.country, election.election.stage, election.election.office) == (country, stage, office)


def test_a_win_still_possible_is_no_result(extractor):
    assert [e.election.stage for e in elections_in(extractor, "The ruling party in Peru could win a majority in the "
                                                              "election.")] in ([], ["HELD"], ["SCHEDULED"])


@pytest.mark.parametrize("text, country", [
    ("The Christian Democrats win the most seats in the Bundestag election.", "DEU"),
    ("The Labour Party wins a majority in the Storting election.", "NOR"),
    ("Voting ends in the election to the Verkhovna Rada.", "UKR"),
])
def test_a_legislature_named_by_its_own_name_places_the_vote(extractor, text, country):
    assert only_election(extractor, text).election.country == country


def test_a_chamber_name_several_states_share_places_no_vote(extractor):
    assert elections_in(extractor, "The Labour Party wins a majority in the House of Commons election.") == []


def test_a_vote_told_in_the_past_with_a_day_long_past_is_background(extractor):
    assert elections_in(extractor, "Canadians went to the polls on January 23.", datetime(2005, 12, 1)) == []


def test_a_vote_named_with_a_day_long_past_after_a_past_verb_is_background(extractor):
    assert elections_in(extractor, "Millions of Iraqis voted in the January 30 elections.", datetime(2005, 11, 24)) \
        == []


@pytest.mark.parametrize("text, country", [
    ("Helena Moreno is elected Mayor of New Orleans.", "USA"),
    ("The Toronto mayoral election is won by Olivia Chow.", "CAN"),
])
def test_a_citys_mayor_elected_with_no_state_named_is_elected_in_the_citys_state(extractor, text, country):
    election = only_election(extractor, text).election
    assert (election.country, election.office) == (country, "mayor")


def test_a_mayor_elected_with_no_city_nor_state_places_no_election(extractor):
    assert elections_in(extractor, "Helena Moreno is elected Mayor.") == []
