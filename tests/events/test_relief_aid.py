"""Relief, or troops of a multinational force, arriving in a state are aid delivered to it
(PLOVER §3.6 AID; peacekeeping is CAMEO 074): patterns aid.relief-arrives and
aid.relief-touches-down. Whose the relief is: where it comes from ("aircraft from
Indonesia"), else what arrives ("Indonesian planes"); the recipient is the state it lands
in, else, at a place the gazetteer does not know or at none, the article's country.

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


RELIEF_ARRIVING = [
    row("Two Indonesian transport planes carrying food and medicine landed in Manila on Monday.",
        "AID IDN>PHL", id="planes-carrying-food-landed"),
    row("At first light two C-130 transport aircraft from Australia touched down in Jakarta, carrying 12 tonnes of tents.",
        "AID AUS>IDN", id="aircraft-from-touched-down-carrying"),
    row("A ship carrying relief supplies from Japan arrived in Colombo on Tuesday.",
        "AID JPN>LKA", id="ship-carrying-supplies-from"),
    row("A convoy of trucks with food from the World Food Programme reached Kandahar on Friday.",
        "AID UNO>AFG", id="convoy-with-food-reached"),
    row("Emergency aid from the European Union arrived in Port-au-Prince on Friday.",
        "AID EUR>HTI", id="aid-from-arrived"),
    row("Food aid flown in from Italy landed in Tirana on Friday.",
        "AID ITA>ALB", id="aid-flown-in-from-landed"),
    row("The first French soldiers of a multinational force in Haiti disembarked at dawn on Sunday.",
        "AID FRA>HTI", id="soldiers-of-a-multinational-force-disembarked"),
    row("A US Air Force cargo plane carrying military aid landed in Kiev on Saturday.",
        "AID USA>UKR", id="military-aid-arriving-is-aid"),
    row("Italian soldiers of the multinational force landed on Albanian soil on Friday.",
        "AID ITA>ALB", id="landed-on-a-states-soil"),
    row("Dutch marines of the international force arrived in Dili on Monday.",
        "AID NLD>TLS", id="marines-of-the-international-force-arrived"),
]


@pytest.mark.parametrize(("sentence", "events"), RELIEF_ARRIVING)
def test_relief_arriving_in_a_state_is_aid_to_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ARTICLE_COUNTRY = [
    row("A strong earthquake struck northern Pakistan on Saturday. Pakistan's army said 300 people were killed. "
        "Pakistani officials said the government had opened shelters in Pakistan's north. "
        "A plane carrying tents and blankets from Turkey landed in Balakot on Sunday.",
        "AID TUR>PAK", id="unknown-town-in-the-article-country"),
    row("Pakistan's economy grew by 7 percent last year. Pakistani officials said exports to Pakistan's neighbours rose. "
        "Pakistan's finance ministry said US aid reached 2 billion dollars last year.",
        id="a-level-reached-is-no-arrival"),
]


@pytest.mark.parametrize(("text", "events"), ARTICLE_COUNTRY)
def test_relief_landing_in_an_unknown_town_lands_in_the_article_country(text: str, events: set[str]) -> None:
    assert {e for e in asserted(text) if e.startswith("AID")} == events


NO_RELIEF = [
    row("Rebel fighters carrying rifles arrived in the town of Goma.", id="arms-carried-are-no-relief"),
    row("Food prices reached record highs in Egypt.", id="food-prices-reaching-a-level"),
    row("Italian troops landed in Albania on Friday.", id="troops-of-no-multinational-force"),
    row("Rice touched on relations with Russia during the talks in Moscow.", id="a-name-that-is-a-relief-noun"),
    row("Relief supplies arrived in Manila on Monday.", id="no-giver-named"),
    row("The first shipment of French wine arrived in Beijing on Monday.", id="a-trade-shipment-has-no-giver"),
    row("Russian gas supplies reached Slovakia on Tuesday after a two-day halt.", id="gas-supplies-are-trade"),
    row("Flood water from India reached Bangladesh overnight.", id="flood-water-is-no-relief"),
    row("An advance party of the multinational force for Haiti arrived in Port-au-Prince on Tuesday.",
        id="where-a-force-is-for-is-not-whose-it-is"),
    row("Haiti's crisis deepened on Monday. Haitian officials said Haiti's police had fled. "
        "A 30-strong advance party of the multinational force for Haiti has arrived in the capital on Tuesday.",
        id="a-common-word-on-the-arriving-is-no-name"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_RELIEF)
def test_what_arrives_that_is_no_relief_is_no_aid(sentence: str, events: set[str]) -> None:
    assert {e for e in asserted(sentence) if e.startswith("AID")} == events
