"""Whom an act embedded under another verb is aimed at, when it acts on a proposal told
with who put it forward (roles.proposers): "agreed to consider the plan proposed by
France" answers France (PLOVER §AGREE: agreeing to another's proposal has the proposer
as recipient). Only the nouns of what one party puts to another (roles.toml
`offered_nouns`) and the participles of proposing (`proposing_verbs`) count.

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


PROPOSED = [
    row("NATO has agreed to consider the idea of setting up a contact group on Darfur, initiated by Spain.",
        "AGREE IGO>ESP", id="idea-of-doing-initiated-by"),
    row("Israel agreed on Sunday to study the peace plan drafted by Egypt.",
        "AGREE ISR>EGY", id="plan-drafted-by"),
    row("Ukraine agreed to examine a proposal submitted by Poland on gas transit.",
        "AGREE UKR>POL", id="proposal-submitted-by"),
]


@pytest.mark.parametrize(("sentence", "events"), PROPOSED)
def test_an_act_on_a_proposal_is_aimed_at_who_put_it_forward(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_PROPOSED = [
    row("NATO has agreed to consider the idea of setting up a contact group on Darfur.",
        "AGREE IGO>", id="no-proposer-named"),
    row("Israel agreed on Sunday to study the report written by Egypt.",
        "AGREE ISR>", id="a-report-is-no-proposal"),
    row("Israel agreed on Sunday to study the peace plan praised by Egypt.",
        "AGREE ISR>", "SUPPORT EGY>ISR", id="praised-is-no-proposing"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_PROPOSED)
def test_no_proposer_is_guessed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
