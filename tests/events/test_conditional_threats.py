"""Conditional and announced coercion is a threat (PLOVER §3.11 THREATEN: "a vow to avenge
or retaliate is THREATEN"; a conditional threat, "if X continues, Y will pay", is a
THREATEN by the party that would act).

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


# A vow whose act is striking back (coder data: retaliation_verbs; answer_verbs done
# forcefully or answering an attack) is a threat of violence, not a promise (AGREE).
VOWS = [
    row("Tehran vowed on Sunday to retaliate against Israel.", "THREATEN IRN>ISR", id="vowed-to-retaliate-against"),
    row("Hezbollah pledged to retaliate for the Israeli raid on its positions in the south.",
        "THREATEN LBN>ISR", "ASSAULT ISR>", id="pledged-to-retaliate-for-an-act"),
    row("Syria vowed that it would respond forcefully against Israel.",
        "THREATEN SYR>ISR", id="vowed-that-it-would-respond-forcefully"),
    row("Hamas vowed to respond to the Israeli attack on the Gaza Strip.", "THREATEN PSE>ISR", "ASSAULT ISR>PSE",
        id="vowed-to-respond-to-an-attack"),
    row("The Taliban vowed to avenge the killing of their commander by US troops.", "THREATEN AFG>USA",
        id="vowed-to-avenge-an-act-folded"),
    row("Hamas swore revenge against Israel after the raid.", "THREATEN PSE>ISR", id="swore-revenge"),
]


@pytest.mark.parametrize(("sentence", "events"), VOWS)
def test_a_vow_to_strike_back_is_a_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_VOW_THREAT = [
    row("Israel vowed not to retaliate against Egypt.", "AGREE ISR>EGY", id="a-vow-of-restraint-stays-a-promise"),
    row("The Kenyan government vowed to respond quickly to the request from Uganda.", "AGREE KEN>UGA",
        id="answering-a-request-is-a-promise"),
    row("Seoul pledged to respond to the concerns of its neighbours.", "AGREE KOR>", id="answering-concerns"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_VOW_THREAT)
def test_a_vow_to_answer_peacefully_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A hostile act to come told by someone other than the party that would do it is a
# forecast (no party commits): the act stays hypothetical, no one's threat. The party's own
# announcement stays its threat.
FORECASTS = [
    row("Analysts said Russia could cut gas supplies to Ukraine next month.", id="analysts-forecast"),
    row("Economists said Moscow would cut gas deliveries to Georgia if talks failed.", id="economists-forecast-on-condition"),
    row("Washington said Israel would strike Iran if it continued enrichment.", id="another-state-tells-it"),
    row("Analysts said Russia would need weeks to seize the town.", id="a-forecast-of-a-purpose"),
]


@pytest.mark.parametrize(("sentence", "events"), FORECASTS)
def test_a_forecast_of_a_partys_hostile_act_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


OWN_ANNOUNCEMENTS = [
    row("Moscow said it would cut gas supplies to Georgia unless Tbilisi paid its debts.", "THREATEN RUS>GEO",
        id="the-party-tells-its-own-act"),
    row("Gazprom would cut off supplies to Belarus unless an accord is reached, a Gazprom spokesman said.",
        "THREATEN RUS>BLR", id="its-own-spokesman-tells-it"),
]


@pytest.mark.parametrize(("sentence", "events"), OWN_ANNOUNCEMENTS)
def test_a_partys_own_announced_hostile_act_is_its_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A hostile measure told in the passive with no agent, to come on an "if"/"unless"
# condition, in a clause a party tells, is that party's ultimatum; not when the condition is
# put to the teller itself (another's threat, told).
PASSIVE_ULTIMATUMS = [
    row("Moscow said on Friday that gas deliveries to Ukraine would be halted if Kiev did not pay its debts.",
        "THREATEN RUS>UKR", id="deliveries-would-be-halted-if"),
    row("Minsk insists that unless a deal is reached, the transit of Russian oil across Belarus will be threatened.",
        "THREATEN BLR>RUS", id="transit-will-be-threatened-unless"),
]


@pytest.mark.parametrize(("sentence", "events"), PASSIVE_ULTIMATUMS)
def test_a_passive_measure_on_a_condition_is_the_tellers_ultimatum(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_PASSIVE_ULTIMATUM = [
    row("Kiev said its gas deliveries would be halted if it did not pay its debts.", id="condition-put-to-the-teller"),
    row("Gas deliveries to Ukraine would be halted if Kiev did not pay its debts.", id="no-teller"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_PASSIVE_ULTIMATUM)
def test_a_passive_measure_nobody_puts_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A gerund after "towards" on a verb is an act still to come: its hostile act announced is a
# threat by the verb's subject.
PROSPECTIVE = [
    row("Gazprom said it would move towards cutting off supplies to Belarus on Monday.", "THREATEN RUS>BLR",
        id="move-towards-cutting"),
]


@pytest.mark.parametrize(("sentence", "events"), PROSPECTIVE)
def test_a_hostile_act_moved_towards_is_a_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A hostile act named by a noun with no doer of its own, said by a party to go on ("will
# continue"), is that party's announced act: a threat. One with a doer of its own told by
# another party is a forecast (above).
CONTINUED = [
    row("Ethiopia said the air strikes on Islamist positions in Somalia would continue.", "THREATEN ETH>",
        id="strikes-would-continue"),
    row("Israeli Defence Minister Amir Peretz said on Sunday that the targeted killings of Palestinian militants will continue.",
        "THREATEN ISR>PSE", id="killings-will-continue"),
]


@pytest.mark.parametrize(("sentence", "events"), CONTINUED)
def test_a_hostile_act_a_party_says_will_go_on_is_its_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_CONTINUED = [
    row("Analysts said the attacks on Baghdad would continue.", id="a-forecaster-tells-it"),
    row("Israel said the air strikes on Gaza had ended.", id="ended-not-going-on"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_CONTINUED)
def test_a_hostile_act_no_party_says_it_will_go_on_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A hostile act only named as a possibility ("possible sanctions", "the possibility that
# Israel might attack") is no one's threat: it stays a hypothetical act of its own type.
# An act one is asked to work towards is asked for, not announced.
ONLY_POSSIBLE = [
    row("The Syrian president spoke of possible UN sanctions against Damascus.", id="possible-sanctions"),
    row("Newspapers speculated about the possibility that Israel might attack Iranian nuclear sites.",
        id="the-possibility-that"),
    row("The Pope urged Beijing to work towards restoring ties with the Vatican.", "REQUEST VAT>CHN",
        id="asked-to-work-towards"),
]


@pytest.mark.parametrize(("sentence", "events"), ONLY_POSSIBLE)
def test_an_act_only_possible_or_asked_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


THREAT_STILL = [
    row("The US threatened possible sanctions against Iran.", "THREATEN USA>IRN", id="a-threat-of-possible-sanctions"),
]


@pytest.mark.parametrize(("sentence", "events"), THREAT_STILL)
def test_a_threat_of_a_possible_act_stays_a_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# Only a hostile act named as possible is kept from being a threat; a planned visit under a
# noun of possibility is still announced (AGREE, as the guide codes a scheduled visit).
STILL_ANNOUNCED = [
    row("Officials fear the risk that the Pope's visit to Cuba next month will embolden dissidents.", "AGREE VAT>CUB",
        id="a-visit-under-a-risk"),
]


@pytest.mark.parametrize(("sentence", "events"), STILL_ANNOUNCED)
def test_a_cooperative_act_under_a_noun_of_possibility_stays_announced(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
