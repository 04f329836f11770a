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
