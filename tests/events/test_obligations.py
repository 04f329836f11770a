"""An obligation a speaker reports ("said Beijing must reduce tariffs") is a REQUEST of the
party that must act (PLOVER §3.4), also when the obligation is a clause joined to the
reported one and shares its subject.

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


OBLIGATIONS_JOINED = [
    row("US officials said Mobutu is finished and should quit.", "REQUEST USA>COD", id="joined-to-the-reported-clause"),
    row("US officials said Mobutu should quit.", "REQUEST USA>COD", id="in-the-reported-clause"),
    # guard: the joined clause's own subject is a thing; no party is asked
    row("US officials said Mobutu was ill and the talks should go on.", id="joined-clause-of-a-thing"),
]


@pytest.mark.parametrize(("sentence", "events"), OBLIGATIONS_JOINED)
def test_an_obligation_joined_to_a_reported_clause_asks_its_subject(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
