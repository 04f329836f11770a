"""Protests as wire copy tells them (PLOVER §3.12), one table per construction.

Every row is a wire-style sentence written for these tests and the events an analyst
codes from it by the PLOVER manual and the realnews coding guide, written
`TYPE ACTOR>RECIPIENT` (several codes joined by "+", no recipient as "PROTEST ZWE>"),
compared as distinct signatures of the events that are not negated, as in
tests/events/test_coder.py. A crowd acting politically is coded by the country where it
protests, as civilians, unless the text names it otherwise; a people protesting with no
one named protests at its own government.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


# A crowd named by its number or kind ("some 2,000 people", "thousands", "ethnic Kurds"
# the gazetteer does not place) as the actor of a protest verb or noun is the crowd of the
# place where it protests; what it protests, or whose act, is the recipient.
CROWDS = [
    row("Some 2,000 ethnic Kurds marched on Sunday in central Berlin to protest the Turkish government's ban on "
        "their party.", "PROTEST DEU>TUR", id="ethnic-crowd-marched-to-protest"),
    row("Some 3,000 ethnic Kurds marched in central Paris, waving flags to protest the Turkish government's ban on "
        "their party.", "PROTEST FRA>TUR", id="marched-waving-flags-to-protest"),
    row("About 4,000 people rallied in Lagos against the rise in fuel prices.", "PROTEST NGA>NGA",
        id="people-rallied-in-a-city"),
    row("Thousands marched through Nairobi on Saturday.", "PROTEST KEN>KEN", id="thousands-marched-through"),
    row("The strike followed a rally on Sunday by some 5,000 people in the southern city of Durban.",
        "PROTEST ZAF>ZAF", id="rally-by-people-in-a-city"),
    row("Some 2,000 people attended a concert in Berlin on Sunday.", id="crowd-at-a-concert"),
    row("Thousands of people marched in the Sydney carnival parade on Sunday.", id="crowd-in-a-parade"),
    # violence by anyone, and the month, are no crowd's protest
    row("The unrest in Iraq is much worse than a civil war.", id="unrest-names-no-crowd"),
    row("His fundraising since March in Canada netted 2.5 million dollars.", id="the-month-march"),
]


@pytest.mark.parametrize(("sentence", "events"), CROWDS)
def test_coder_codes_a_crowd_by_the_place_it_protests_in(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A protest at a party's mission is aimed at that party; the mission is no place the
# crowd is from ("outside the French embassy in Dakar": Senegalese protesters). A crowd's
# siege of a building is a protest, the building's owner its recipient; an armed group's
# siege stays coercion.
MISSIONS = [
    row("Dozens of students staged demonstrations outside the French embassy in Dakar.", "PROTEST SEN>FRA",
        id="staged-demonstrations-outside-an-embassy"),
    row("Hundreds of Kurds rallied outside the Turkish embassy in Paris.", "PROTEST FRA>TUR",
        id="rallied-outside-an-embassy"),
    row("Several hundred women staged a protest outside the Israeli embassy in Amman.", "PROTEST JOR>ISR",
        id="women-staged-a-protest"),
    row("The US embassy in Manila was besieged by protesters on Monday.", "PROTEST PHL>USA",
        id="besieged-by-protesters"),
    row("Tamil Tiger rebels besieged an army camp in northern Sri Lanka.", "COERCE LKA>LKA", id="rebels-besieged"),
]


@pytest.mark.parametrize(("sentence", "events"), MISSIONS)
def test_coder_codes_a_protest_at_a_mission_against_its_party(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# "protests from farmers", "anti-American protests", "a demonstration backing X": who
# protests, against whom, and a protest in support of someone, aimed at no one named.
PROTEST_NOUNS = [
    row("The Kenyan parliament passed the bill despite protests from farmers.", "PROTEST KEN>KEN",
        id="despite-protests-from"),
    row("The killing sparked anti-American protests in Kabul.", "PROTEST AFG>USA", id="anti-x-protests"),
    row("Police in Harare broke up a demonstration backing the jailed opposition leader.", "PROTEST ZWE>",
        id="demonstration-backing"),
]


@pytest.mark.parametrize(("sentence", "events"), PROTEST_NOUNS)
def test_coder_reads_who_a_protest_noun_is_by_and_against(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A state's protest is diplomatic (ACCUSE, §3.12 ambiguities) even with the words of a
# street protest; a people's or a party's boycott is a protest.
STATE_PROTESTS = [
    row("Japan protested against Russia's decision to close the fishing grounds.", "ACCUSE JPN>RUS",
        id="state-protested-against"),
    row("Opposition parties in Venezuela boycotted the election.", "PROTEST VEN>VEN", id="party-boycott"),
]


@pytest.mark.parametrize(("sentence", "events"), STATE_PROTESTS)
def test_coder_codes_a_state_protest_as_no_street_protest(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events
