"""POLICY_SIGNAL: the forms news English gives each kind of signal, from an inventory written before
reading any errors (experiments/probes11/): for each form a sentence it must find (signaller and
target) and, where the form has a near-miss, one it must leave alone."""

import pytest

from tests.support import events_of_type


def pairs(extractor, text, published="2025-06-11"):
    """The article's POLICY_SIGNAL events as {(signaller, target)}."""
    return {(e.policy.signaller, e.policy.target) for e in events_of_type(extractor, text, "POLICY_SIGNAL", published)}


# Deals concluded with the other verbs of news English ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The United States and Japan struck a trade deal on Tuesday.", {("USA", "JPN"), ("JPN", "USA")}),
    ("Britain and India sealed a free trade agreement.", {("GBR", "IND"), ("IND", "GBR")}),
    ("Vietnam and Australia clinched a new minerals deal.", {("VNM", "AUS"), ("AUS", "VNM")}),
    ("Armenia ratified the Rome Statute of the International Criminal Court.", {("ARM", "ICC")}),
])
def test_a_deal_struck_sealed_or_clinched_and_a_statute_ratified_are_agreements(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_a_strike_near_a_deal_is_no_agreement(extractor):
    assert pairs(extractor, "Israel struck a Hamas commander in Gaza.") == set()


# Aid, arms and money in their news forms ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The United States cut military aid to Ukraine.", ("USA", "UKR")),
    ("Poland transferred MiG-29 fighter jets to Ukraine.", ("POL", "UKR")),
    ("The Czech Republic announced plans to buy 24 F-35 jets from the United States.", ("CZE", "USA")),
    ("Japan will export six used destroyers to the Philippines.", ("JPN", "PHL")),
    ("The EU allocated €1.5 billion to Ukraine for reconstruction.", ("EU", "UKR")),
    ("France earmarked 100 million euros for Lebanon's reconstruction.", ("FRA", "LBN")),
    ("The Netherlands will contribute €200 million to Ukraine's air defence.", ("NLD", "UKR")),
    ("The IMF approved a $7 billion bailout for Pakistan.", ("IMF", "PAK")),
    ("India approved the purchase of 26 Rafale jets from France.", ("IND", "FRA")),
])
def test_aid_arms_and_money_for_another_state(extractor, text, expected):
    assert pairs(extractor, text) == {expected}


def test_funding_cut_for_groups_of_another_state_is_no_signal_toward_it(extractor):
    text = "The German government reduces funding for two Israeli human rights groups."
    assert pairs(extractor, text) == set()


def test_money_set_aside_at_home_is_no_foreign_policy(extractor):
    assert pairs(extractor, "The government allocated $2 billion for new hospitals.") == set()


# A state named again by its noun, before a modal or a verb in the present -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia welcomed the deal. The kingdom will restore ties with Iran.", {("SAU", "IRN")}),
    ("Turkey announced new measures. The country suspends flights to Israel.", {("TUR", "ISR")}),
])
def test_a_state_named_again_by_its_noun_signals(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_a_modal_after_a_noun_phrase_is_a_verb(extractor):
    text = "The European Union met on Monday. The bloc will keep its sanctions against Belarus."
    assert pairs(extractor, text) == {("EU", "BLR")}


def test_would_before_a_closing_attribution_to_a_government_reports_a_decision(extractor):
    text = "Russia would respond to any deployment of U.S. missiles in Germany, the Kremlin said on Monday."
    assert pairs(extractor, text) == {("RUS", "USA")}


def test_would_before_an_analysts_attribution_reports_nothing(extractor):
    assert pairs(extractor, "Russia would respond to the deployment of U.S. missiles, an analyst said.") == set()


# An earlier instrument named by its year is the object of today's step --------------------------

@pytest.mark.parametrize("text, expected", [
    ("Algeria suspends its 2013 agreement with France on diplomatic passports.", {("DZA", "FRA")}),
    ("Seoul suspended a 2018 military agreement with Pyongyang on Tuesday.", {("KOR", "PRK")}),
    ("China will resume imports of seafood from Japan, the General Administration of Customs said on "
     "Tuesday, partially lifting a ban imposed in 2023.", {("CHN", "JPN")}),
])
def test_an_instrument_named_by_its_year_does_not_make_the_step_history(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_a_step_told_in_an_earlier_year_is_still_history(extractor):
    assert pairs(extractor, "In 2018, Seoul suspended a military agreement with Pyongyang.") == set()


# Measures, commitments and positions in further forms -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Algeria orders twelve staff members of the French embassy to leave the country within 48 hours.", ("DZA", "FRA")),
    ("India put the Indus Waters Treaty with Pakistan in abeyance.", ("IND", "PAK")),
    ("The EU launched an anti-dumping investigation into Chinese electric vehicles.", ("EU", "CHN")),
    ("The Trump administration reinstated Cuba on the list of state sponsors of terrorism.", ("USA", "CUB")),
    ("Islamabad shut its airspace to Indian aircraft.", ("PAK", "IND")),
    ("Trump pulled the United States out of the World Health Organization.", ("USA", "WHO")),
    ("Russia suspended its participation in the New START treaty with the United States.", ("RUS", "USA")),
    ("The EU granted Ukraine candidate status.", ("EU", "UKR")),
    ("The Philippines granted the United States access to four more military bases.", ("PHL", "USA")),
    ("The EU postponed its countermeasures against U.S. tariffs.", ("EU", "USA")),
    ("Thailand will waive visa requirements for Indian tourists.", ("THA", "IND")),
    ("The United States authorized Ukraine to use long-range missiles against targets inside Russia.", ("USA", "UKR")),
    ("Canada drops retaliatory tariffs on US goods", ("CAN", "USA")),
    ("Greer's office said the United States would apply a 40% tariff to goods from Vietnam.", ("USA", "VNM")),
    ("Macron reiterated France's support for Ukraine.", ("FRA", "UKR")),
    ("Lebanon's reply called for Israel to withdraw from five hilltop positions.", ("LBN", "ISR")),
    ("The new president said Namibia would continue to press Germany for reparations.", ("NAM", "DEU")),
])
def test_measures_commitments_and_positions_in_further_forms(extractor, text, expected):
    assert pairs(extractor, text) == {expected}


def test_a_commitment_kept_is_a_signal(extractor):
    text = "Pakistan's foreign minister said Pakistan would abide by the ceasefire with India."
    assert {s for s, _ in pairs(extractor, text)} == {"PAK"}


def test_deals_refused_with_either_country_are_a_signal_of_the_refuser(extractor):
    text = ("Thailand and Cambodia traded fire. Trump said Washington would not conclude trade deals with either "
            "country while the fighting continued.")
    assert "USA" in {s for s, _ in pairs(extractor, text)}


def test_removing_restrictions_as_a_topic_of_talks_is_no_measure(extractor):
    text = ("Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Marco Rubio speak by telephone about the "
            "sanctions against Russia, and removing restrictions on each country's diplomatic missions.")
    assert pairs(extractor, text) == set()


def test_a_participation_in_a_meeting_cancelled_is_no_measure(extractor):
    assert pairs(extractor, "Japan suspended its participation in the summit in Russia.") == set()


@pytest.mark.parametrize("text", [
    "China's foreign ministry said the Philippines must stop its provocations around the shoal.",
    "At a briefing on Wednesday, foreign ministry spokesman Lin Jian said the Philippines must stop its provocations.",
])
def test_a_demand_voiced_by_a_states_body_or_spokesman_on_the_state_after_the(extractor, text):
    assert pairs(extractor, text) == {("CHN", "PHL")}


def test_a_demand_told_by_analysts_is_none(extractor):
    assert pairs(extractor, "The Philippines must stop its provocations around the shoal, analysts said.") == set()


@pytest.mark.parametrize("text, expected", [
    ("The EU renewed restrictive measures against Iran for another year.", {("EU", "IRN")}),
    ("EU foreign policy chief Kaja Kallas said the bloc would keep up and widen restrictive measures against Belarus.",
     {("EU", "BLR")}),
    ("Japanese Prime Minister Shigeru Ishiba said the government would impose sanctions on Russia.", {("JPN", "RUS")}),
])
def test_the_eus_restrictive_measures_and_the_speakers_state_named_again_after_said(extractor, text, expected):
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The United States releases a 20-point ceasefire proposal to end the Gaza war.", {("USA", None)}),
    ("China presented a peace plan for Ukraine.", {("CHN", "UKR")}),
    ("U.S. president Donald Trump orders the deployment of two nuclear submarines near Russia.", {("USA", "RUS")}),
    ("The EU opened accession talks with Ukraine and Moldova.", {("EU", "UKR"), ("EU", "MDA")}),
])
def test_peace_plans_put_forward_deployments_ordered_and_accession_talks_opened(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_a_statement_released_on_a_peace_plan_is_none(extractor):
    assert pairs(extractor, "Hamas released a statement on the ceasefire proposal.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Russia warned NATO against deploying troops in Ukraine.", {("RUS", "NATO")}),
    ("China warned the Philippines against sending warships to the shoal.", {("CHN", "PHL")}),
])
def test_a_gerund_after_against_from_or_of_is_what_the_signal_is_about_not_a_step_of_its_object(extractor, text, expected):
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lithuania quit the convention banning cluster munitions.", {("LTU", None)}),
    ("The United States will exit the Paris Agreement.", {("USA", None)}),
])
def test_leaving_a_treaty_is_foreign_policy_in_a_sentence_naming_no_other_state(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_leaving_a_meeting_is_none(extractor):
    assert pairs(extractor, "The Lithuanian minister left the meeting early.") == set()
