"""Backing won from someone is their SUPPORT of the one who won it (pattern
support.receive-backing): "won backing from Merkel", and "won backing for sanctions from
Merkel", where the parser hangs "from" on what the backing is for (role "backer").

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


BACKING_WON = [
    row("Olmert won backing for tougher sanctions from Chancellor Angela Merkel.", "SUPPORT DEU>ISR",
        id="backing-for-a-measure-from"),
    row("The Ukrainian government won backing for its peace plan from Japan on Monday.", "SUPPORT JPN>UKR",
        id="backing-for-a-plan-from"),
    row("The Philippines won backing from Japan for its maritime claims.", "SUPPORT JPN>PHL", id="backing-from-then-for"),
]

NO_BACKER = [
    # the "from" phrase tells where the thing backed comes from, on another noun: no backer named
    row("Olmert won backing for his plan at the summit.", id="no-from-phrase"),
]


@pytest.mark.parametrize(("sentence", "events"), BACKING_WON)
def test_backing_won_is_the_backers_support(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NO_BACKER)
def test_backing_won_from_no_one_named_is_no_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
