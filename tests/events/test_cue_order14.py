"""Which content cue codes a statement (events.speech; PLOVER §2.1 statements as acts).

A statement is the act of its first cue (speech.toml order) that is aimed at another
party: a cue aimed at no one ("Europe must stand united", "we must respond") does not
hide a later one that is ("Moscow's decision was a provocation"). Such a later cue counts
only with a party its own clause names (its subject, object, or the owner of what it
judges), never the nearest party named elsewhere in the quotation; and a statement whose
first cue is aimed at someone stays that one act.

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


LATER_CUE_AIMED = [
    row("The German chancellor said Moscow's decision was a provocation and that Europe must stand united.",
        "ACCUSE DEU>RUS", id="demand-of-no-party-after-an-accusation"),
    row("\"We must respond to this provocation by Syria,\" the Israeli defence minister said.", "ACCUSE ISR>SYR",
        id="own-obligation-before-an-accusation"),
    row("The Iranian president said Israel was an occupier that should be driven out of the region.", "ACCUSE IRN>ISR",
        id="passive-obligation-after-an-accusation"),
]


@pytest.mark.parametrize(("sentence", "events"), LATER_CUE_AIMED)
def test_a_cue_aimed_at_no_one_does_not_hide_a_later_one(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_A_LATER_GUESS = [
    row("\"Our farmers are demanding fair prices from Beijing and reject the cheap imports,\" the French agriculture "
        "minister said.", id="later-cue-with-only-the-nearest-party"),
    row("\"Washington's sanctions are illegal and Moscow's stance is constructive,\" the Venezuelan foreign minister "
        "said.", "ACCUSE VEN>USA", id="first-aimed-cue-stays-the-one-act"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_A_LATER_GUESS)
def test_a_later_cue_is_aimed_only_by_its_own_clause(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
