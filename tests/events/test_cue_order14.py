"""Which content cue codes a statement (events.speech; PLOVER §2.1 statements as acts).

An obligation auxiliary put before its clause's subject ("should such a regime acquire
the bomb", "should Iran refuse, …") states a condition, as "if" does, not what someone
is asked to do: no REQUEST of that subject, and it does not stand in the way of a later
cue of the statement that judges a party (events.modality.inverted).

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


AFTER_A_CONDITION = [
    row("The Chinese foreign ministry said Tokyo's stance was unreasonable and would harm ties should such a policy "
        "continue.", "ACCUSE CHN>JPN", id="judged-stance-before-should-condition"),
    row("A Kremlin spokesman said Warsaw's decision was a provocation that would have grave results should the "
        "missiles ever be deployed.", "ACCUSE RUS>POL", id="provocation-before-should-condition"),
    row("The British foreign secretary said Iran should stop enriching uranium.", "REQUEST GBR>IRN",
        id="should-after-its-subject-still-asks"),
]


@pytest.mark.parametrize(("sentence", "events"), AFTER_A_CONDITION)
def test_an_inverted_should_does_not_hide_a_later_cue(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


INVERTED_CONDITION = [
    row("Should Iran enrich uranium beyond that level, the sanctions will be tightened, the French foreign minister "
        "said.", id="should-subject-states-a-condition"),
    row("Should Pakistan test another missile, India would not stay silent, the Indian defence minister said.",
        id="should-subject-no-request-of-it"),
]


@pytest.mark.parametrize(("sentence", "events"), INVERTED_CONDITION)
def test_an_inverted_should_is_no_request(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
