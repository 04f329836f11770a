"""A party named without its country acts for the country the article names (rule
gazetteer.party-in-context), and so do its officers ("SDP chairman X") and "the party"
named after it (rule context.body-anaphor): their acts are the country's, PTY. Where the
sentence names two countries that each have a party of that name, the party is nobody's
and its acts are not coded.

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


PARTY_ACTS = [
    row("The Social Democratic Party on Tuesday accused the Japanese government of betraying the people of Okinawa.",
        "ACCUSE JPN>JPN", id="derived-name-in-an-article-naming-one-holder"),
    row("The Democratic Party on Tuesday accused the US administration of misleading Americans about Iraq.",
        "ACCUSE USA>USA", id="shared-name-in-an-article-naming-one-holder"),
    row("The SDP demanded early elections in Croatia on Monday.",
        "REQUEST HRV>HRV", id="shared-acronym"),
    row("Labour Party chairman Ian McCartney urged British voters to punish the Conservatives.",
        "REQUEST GBR>GBR", id="officer-of-a-shared-name"),
    row("The Social Democratic Party won 15 seats in the upper house on Sunday. The party accused Japanese Prime Minister Ryutaro Hashimoto of ignoring Okinawa.",
        "ACCUSE JPN>JPN", id="the-party-after-it-was-named"),
]


@pytest.mark.parametrize(("sentence", "events"), PARTY_ACTS)
def test_a_party_named_without_its_country_acts_for_the_article_country(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOBODYS_PARTY = [
    row("The Social Democratic Party accused Germany and Japan of protectionism.", id="two-holders-named"),
    row("Social Democratic Party leader Hans Berger criticised Japan and Germany over trade.", id="officer-two-holders"),
    row("The Social Democratic Party accused the government of lying.", id="no-country-named"),
]


@pytest.mark.parametrize(("sentence", "events"), NOBODYS_PARTY)
def test_a_party_two_named_countries_have_is_nobodys(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
