"""Commitment to a policy is approval of it (PLOVER §3.3 SUPPORT "approve policy, action,
or actor"; patterns support.commitment-to and support.committed-to): the one committed
acts, the parties the policy is of, or whose sovereignty it is, receive. Commitment to
doing something, to talks or to cooperation stays a promise (AGREE, §3.1).

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


COMMITMENT_TO_A_POLICY = [
    row("The European Union on Monday reaffirmed its commitment to the vision of Israel and a Palestinian state living side by side.",
        "SUPPORT EUR>ISR+PSE", id="vision-of-two-states"),
    row("France stressed its commitment to Lebanon's sovereignty.",
        "SUPPORT FRA>LBN", id="a-states-sovereignty"),
    row("Turkey reiterated its commitment to the territorial integrity of Iraq.",
        "SUPPORT TUR>IRQ", id="integrity-of-a-state"),
    row("The United States has committed itself to the independence of Kosovo.",
        "SUPPORT USA>KOS", id="committed-itself-to"),
    row("Nepal said it was committed to the roadmap drawn up by India.",
        "SUPPORT NPL>IND", id="committed-to-a-plan-by-its-author"),
]


@pytest.mark.parametrize(("sentence", "events"), COMMITMENT_TO_A_POLICY)
def test_commitment_to_a_policy_supports_its_owners(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


COMMITMENT_TO_ACT = [
    row("Nepal reaffirmed its commitment to hold free elections in June.",
        "AGREE NPL>", id="commitment-to-doing-is-a-promise"),
    row("Japan reaffirmed its commitment to the aid programme for Kenya.",
        "AGREE JPN>KEN", id="a-programme-is-no-policy-noun"),
]


@pytest.mark.parametrize(("sentence", "events"), COMMITMENT_TO_ACT)
def test_commitment_to_act_stays_a_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
