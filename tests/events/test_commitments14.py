"""Stated commitments to carry on or forge cooperation (PLOVER §3.1 AGREE): a cooperation
noun as the object of a verb of carrying it on or forging it ("will continue its
cooperation with", "would maintain close dialogue with", "will forge closer cooperation
with"; pattern cooperate.carry-on) is cooperation, and told as to come, the party's promise,
AGREE toward its partner. A cooperative act to come that only a forecaster tells
("analysts say …", "a report said …") is no party's commitment: a hypothetical act, not
scored; a news outlet carrying it ("the daily reported") still relays the party's word.

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


CARRIED_ON = [
    row("Egypt will continue its cooperation with Sudan on border security, the foreign minister said.",
        "AGREE EGY>SDN", id="will-continue-its-cooperation-with"),
    row("Kenya would maintain close dialogue with Uganda over the border dispute, a government spokesman said.",
        "AGREE KEN>UGA", id="would-maintain-dialogue-with"),
    row("Japan will forge closer economic cooperation with Vietnam, Prime Minister Shinzo Abe said.",
        "AGREE JPN>VNM", id="will-forge-cooperation-with"),
    row("Indonesia will pursue closer cooperation with Australia in fighting terrorism, the president said.",
        "AGREE IDN>AUS", id="will-pursue-cooperation-with"),
    row("Brazil and Argentina will continue their cooperation in the nuclear field.",
        "AGREE ARG+BRA>", id="both-will-continue-cooperation"),
    row("Turkey continued its cooperation with Iraq on water sharing last year.",
        "COOPERATE TUR>IRQ", id="continued-cooperation-told-as-done"),
    row("Egypt will continue its cooperation with Sudan, the Al-Ahram daily reported.",
        "AGREE EGY>SDN", id="a-daily-relays-the-partys-promise"),
]


@pytest.mark.parametrize(("sentence", "events"), CARRIED_ON)
def test_cooperation_carried_on_or_forged_is_coded(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_COMMITMENT = [
    row("Analysts say Egypt will strengthen its cooperation with Sudan.", id="analysts-forecast-cooperation"),
    row("Egypt will continue its cooperation with Sudan, experts said.", id="experts-forecast-after-the-clause"),
    row("A report said Japan would expand trade with Vietnam next year.", id="a-report-forecasts-trade"),
    row("The two armies continued exchanges of fire along the border.", id="exchanges-of-fire-are-no-cooperation"),
    row("Egypt will continue to raise fuel prices, the minister said.", id="a-future-act-that-is-no-cooperation"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_COMMITMENT)
def test_a_forecast_or_an_act_of_no_cooperation_is_no_commitment(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


TRADE_CARRIED_ON = [
    row("Rebels in Sierra Leone continue the illegal production and export of diamonds to neighbouring countries "
        "in violation of a UN embargo.", id="illicit-exports-carried-on"),
]


@pytest.mark.parametrize(("sentence", "events"), TRADE_CARRIED_ON)
def test_trade_carried_on_is_no_cooperation_or_commitment(sentence: str, events: set[str]) -> None:
    """Only cooperation's own nouns are carried on (cooperate.carry-on): exports or
    flights going on are business, no cooperation between parties and no promise.
    Other events the sentence holds (a UN embargo named) are not this test's."""
    cooperative = {e for e in asserted(sentence) if e.split()[0] in ("COOPERATE", "AGREE")}
    assert cooperative == events
