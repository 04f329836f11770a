"""Who did it and to whom (dyadwatch.events.roles): constructions in which the actor or
the recipient of an event hides from the plain subject and object, each read as an
analyst would code the sentence by the PLOVER manual.

Every sentence is written for these tests, wire-style; events are written `TYPE
ACTOR>RECIPIENT` with codes sorted and joined by "+", and compared as distinct
signatures of the events that are not negated, as the evaluation compares them.
"""

from __future__ import annotations

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


def coded(sentence: str) -> set[str]:
    return {
        f"{e.event} {'+'.join(sorted({a.code for a in e.actor}))}>{'+'.join(sorted({a.code for a in e.recipient}))}"
        for e in annotate_text(sentence).events
        if not e.aux.negated
    }


def test_roles_read_an_object_shifted_past_an_as_predicate():
    # the parser hangs "Turkey's occupation" on "provocation" as an apposition
    assert "ACCUSE GRC>TUR" in coded("Greece on Friday denounced as an ugly provocation Turkey's occupation of the islet.")


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Somali refugees staged a hunger strike in protest at Kenya's decision to close the camp.", "PROTEST SOM>KEN"),
        ("Iranian students began a hunger strike on Monday in protest at the French government's ban on headscarves.",
         "PROTEST IRN>FRA"),
    ],
    ids=["staged-strike-in-protest-at", "strike-noun-in-protest-at"],
)
def test_roles_aim_an_act_in_protest_at_whose_act_is_protested(sentence, event):
    assert coded(sentence) == {event}


def test_roles_aim_a_demand_for_independence_at_whom_it_is_from():
    assert coded("Kosovo Albanians rallied in Pristina on Sunday, demanding independence from Serbia.") == {
        "PROTEST KOS>SRB"}


def test_roles_place_the_victims_of_an_attack_where_its_when_clause_says_it_happened():
    assert coded("Two Chechen suicide bombers killed 14 people on Monday when they blew themselves up in Moscow.") == {
        "ASSAULT RUS>RUS"}


def test_roles_give_a_preposition_the_parser_left_without_object_the_noun_after_it():
    # "officers" is parsed as the subject of "holed up", leaving "to" without an object
    sentence = ("Bolivia has granted diplomatic asylum to six Peruvian army officers holed up in its embassy since last "
                "month's coup, the Bolivian foreign ministry said on Monday.")
    assert coded(sentence) == {"AID BOL>PER"}


def test_roles_give_the_people_of_a_body_named_after_a_country_that_country():
    sentence = ("Croatia Pensioners Association (HUS) officials demanded support from the Croatian parliament in "
                "recovering lost savings.")
    assert coded(sentence) == {"REQUEST HRV>HRV"}


def test_roles_do_not_give_a_body_named_after_a_country_alone_that_country():
    # the Iraq Study Group was a US panel; its name alone says what it studies, not whose it is
    sentence = "On Monday the bipartisan panel, the Iraq Study Group, would meet President Bush at the White House."
    assert not any(event.split()[1].startswith("IRQ") for event in coded(sentence))


def test_roles_take_a_reported_pronoun_subject_for_the_reporter_it_agrees_with():
    sentence = ("Sudanese rebels rejected an Egyptian peace plan on Monday, and said they also opposed the deployment "
                "of Kenyan peacekeepers.")
    assert coded(sentence) == {"REJECT SDN>EGY", "REJECT SDN>KEN"}


def test_roles_keep_a_named_clause_subject_as_whom_a_demand_is_about():
    # only a pronoun can restate the reporter; "the US" is whom China's demand is aimed at
    assert coded("China on Tuesday demanded that the US cancel plans to sell missiles to Taiwan.") == {"REQUEST CHN>USA"}


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Hundreds of protesters blocked roads in the Kenyan capital Nairobi on Monday.", "PROTEST KEN>KEN"),
        ("About 300 supporters of the jailed opposition leader blocked roads in the Ugandan capital Kampala.",
         "PROTEST UGA>UGA"),
    ],
    ids=["protesters", "supporters"],
)
def test_roles_place_a_crowd_where_the_object_of_its_act_is(sentence, event):
    assert coded(sentence) == {event}


@pytest.mark.parametrize(
    "sentence",
    [
        # ministers meeting in a city come from anywhere: officials are not placed by their object
        "Foreign ministers opened an emergency meeting in the Saudi city of Jeddah on Sunday.",
        # "in protest of Germany's decision" is no place
        "Kurdish refugees staged a hunger strike in protest of Germany's decision to deport them.",
    ],
    ids=["official-body", "not-a-place"],
)
def test_roles_do_not_place_an_actor_by_what_is_no_crowds_place(sentence):
    assert not any(event.split()[1].startswith(("SAU", "DEU")) for event in coded(sentence))


def test_roles_count_a_bare_number_object_among_the_group_acted_on_before():
    # "arresting 30": thirty of the protesters, who are Uganda's own
    assert coded("Ugandan police dispersed the protesters on Monday, arresting 30.") == {"COERCE UGA>UGA"}


def test_roles_do_not_take_an_object_pronoun_raised_into_a_clause_for_the_reporter():
    # "helping them build": "them" are the farmers, not the government that helps
    assert "AID CHN>CHN" in coded("The Chinese government has promised to help the farmers, helping them build new coops.")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a named person warning what "he" will do speaks of himself: no one else is threatened
        ("Turkish Cypriot leader Rauf Denktash said he was ready to meet Clerides but warned he would not let the "
         "Greek majority rule his community.", "THREATEN CYP>"),
        # a newspaper's "he" is someone else: whom it accuses, told the sentence before
        ("Malaysian minister Muhammad Taib was questioned by police in Brisbane. An Australian newspaper alleged he "
         "owned properties in the country.", "ACCUSE AUS>MYS"),
    ],
    ids=["person-restates-himself", "body-reports-on-someone"],
)
def test_roles_take_a_reported_he_for_the_reporter_only_when_the_reporter_is_a_named_person(text, event):
    assert event in coded(text)


def test_roles_aim_a_demand_under_a_condition_at_whose_conduct_it_hangs_on():
    # "unless Ukraine agreed to sell …": Ukraine is to comply, not Gazprom's own government
    events = coded("Gazprom demanded a higher price for its gas unless Ukraine agreed to sell half of its pipeline network.")
    assert {e for e in events if e.startswith("REQUEST")} == {"REQUEST RUS>UKR"}


def test_roles_do_not_aim_a_request_at_a_condition_when_it_names_whom_it_asks():
    # the Europeans are asked; Iran's conduct is the condition, not the addressee
    sentence = ("Regev said Netanyahu will ask the European heavyweights to back economic sanctions against Iran if "
                "the Islamic republic continues its missile program.")
    assert "REQUEST ISR>IRN" not in coded(sentence)
