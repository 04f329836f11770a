"""What a protest is "over" names whom it is aimed at (PLOVER §3.12 PROTEST: the recipient
is the party the protest is directed against): the doer of the act the "over" phrase
names, its possessor, "by" agent, or a demonym or body modifying it (recipient role
`cause_of_protest`, events.roles.protest_cause_doers). A party the phrase names itself,
a country before the noun ("the Iraq war"), or a thing with no doer is no target; the
coder then keeps its other sources (a people protesting at no one named protests at its
own government). A protest for someone (in support of, in solidarity with) is aimed at
no one guessed.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


OVER_AN_ACT = [
    row("Thousands of Koreans held a rally in Seoul over Japan's claim to the disputed islands.",
        "PROTEST KOR>JPN", id="rally-over-a-possessors-claim"),
    row("Hundreds of Pakistanis demonstrated in Lahore over the killing of civilians by US drones.",
        "PROTEST PAK>USA", "ASSAULT USA>PAK", id="demonstrated-over-a-killing-by-agent"),
    row("Protests in Cairo over the Israeli decision to close the border continued on Sunday.",
        "PROTEST EGY>ISR", id="protest-noun-over-a-demonyms-decision"),
    row("Some 500 Turks held a march in Ankara over the French parliament's vote on the genocide bill.",
        "PROTEST TUR>FRA", id="march-over-a-bodys-vote"),
    row("Hundreds of Iraqis protested in Baghdad over the killing of a cleric by American soldiers.",
        "PROTEST IRQ>USA", "ASSAULT USA>", id="protested-in-a-city-over-a-killing"),
]


@pytest.mark.parametrize(("sentence", "events"), OVER_AN_ACT)
def test_the_doer_of_what_a_protest_is_over_is_its_target(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_DOER_NAMED = [
    # the place a conflict is in is what the protest is about, not whom it is against
    row("Thousands of South Koreans rallied in Seoul over the Iraq war.", "PROTEST KOR>KOR", id="over-a-war-in-a-country"),
    row("Thousands of Albanians rallied in Tirana over Kosovo.", "PROTEST ALB>ALB", id="over-a-place"),
    row("Hundreds of Nigerian workers staged a strike in Lagos over unpaid wages.", "PROTEST NGA>NGA",
        id="over-a-thing-with-no-doer"),
    row("About 2,000 Greeks demonstrated in Athens over the weekend.", "PROTEST GRC>GRC", id="over-a-time"),
    # a protest in support of a party is not aimed at it
    row("Thousands of Bolivians marched in La Paz over the weekend in support of President Morales.", "PROTEST BOL>",
        id="in-support-of"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_DOER_NAMED)
def test_an_over_phrase_naming_no_doer_names_no_target(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A protest for someone ("in solidarity with", a purpose clause expressing support or
# solidarity) is against no one named: its crowd's own government is not guessed
# (events.roles.backs_someone, roles data backing_nouns). A protest against a party
# keeps that party whatever else it expresses.
BACKING = [
    row("Hundreds of Iranians demonstrated in Tehran in solidarity with the Lebanese people.", "PROTEST IRN>",
        id="in-solidarity-with"),
    row("Thousands of Palestinians marched in Gaza in solidarity with prisoners held in Israeli jails.", "PROTEST PSE>",
        id="in-solidarity-with-prisoners"),
    row("Hundreds of Kenyans rallied in Nairobi to show support for President Kibaki.",
        "PROTEST KEN>", "SUPPORT KEN>KEN", id="to-show-support"),
    row("Hundreds of Iranians demonstrated in Tehran against the United States in solidarity with the Lebanese people.",
        "PROTEST IRN>USA", id="against-a-party-in-solidarity"),
    row("About 4,000 people rallied in Lagos to express anger at the rise in fuel prices.", "PROTEST NGA>NGA",
        id="expressing-anger-is-no-backing"),
]


@pytest.mark.parametrize(("sentence", "events"), BACKING)
def test_a_protest_for_someone_is_aimed_at_no_one_guessed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
