"""Violence told in the passive with no author, placed by an "on" phrase (PLOVER §3.16
ASSAULT; GUIDE: unnamed attackers are of the country where the attack happened): "on the
West Bank", "on the outskirts of Kandahar" say where, as "in" and "near" do (role data
on_place_nouns); "on" before other nouns names a target ("sanctions on Iran") and "on the
Thai border" names no side. A journey between places that names no party visited is no
visit (pattern consult.travel, needs_recipient).

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


PLACED_ON = [
    row("Two settlers were stabbed to death on the West Bank on Friday.",
        "ASSAULT PSE>PSE", id="stabbed-on-the-west-bank"),
    row("Police found the bodies of two women stabbed to death on the Gaza Strip.",
        "ASSAULT PSE>PSE", id="participle-on-the-gaza-strip"),
    row("Four villagers were shot dead on the outskirts of Kandahar.",
        "ASSAULT AFG>AFG", id="shot-on-the-outskirts-of-a-city"),
    row("Four villagers were killed in the outskirts of Kabul.",
        "ASSAULT AFG>AFG", id="in-the-outskirts-lemma-outskirt"),
]


@pytest.mark.parametrize(("sentence", "events"), PLACED_ON)
def test_a_killing_without_author_placed_on_a_territory_is_an_attack_there(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_PLACED_ON = [
    row("Burmese troops captured a rebel stronghold on the Thai border.",
        "ASSAULT MMR>", id="a-border-names-no-side"),
    row("The United States imposed new sanctions on the central bank of Iran.",
        "SANCTION USA>IRN", id="on-a-target-is-no-place"),
    row("Five people were killed on the road when their bus overturned.", id="a-road-accident-places-nothing"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_PLACED_ON)
def test_an_on_phrase_of_a_target_or_a_line_is_no_place_of_violence(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


JOURNEYS = [
    row("Two Ugandan aid workers were travelling from Gulu to Kitgum on Saturday.", id="between-places-no-party"),
    row("Chinese provincial officials will travel to Guangdong next week.", id="within-their-own-country"),
    row("The Chinese foreign minister traveled from Seoul to Tokyo on Monday.",
        "CONSULT CHN>JPN", id="to-a-foreign-state-is-a-visit"),
    row("Kenyan President Mwai Kibaki will travel to Uganda next week.",
        "AGREE KEN>UGA", id="a-planned-visit-to-a-state"),
]


@pytest.mark.parametrize(("sentence", "events"), JOURNEYS)
def test_travel_is_a_visit_only_to_a_party(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
