"""A group owned by a possessive pronoun ("its troops", "our forces", "his soldiers")
acts for the party the pronoun stands for, with the group's own sector (rule
role.owner-pronoun; data/events/roles.toml owner_pronouns).

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


OWNED = [
    row("Ethiopia said its warplanes bombed the airport in Mogadishu on Monday.", "ASSAULT ETH>SOM",
        id="its-in-the-clause-a-state-reports"),
    row("Its troops shelled Georgian villages overnight, the Russian defence ministry said.", "ASSAULT RUS>GEO",
        id="its-before-the-speaker-who-reports-it"),
    row('"Our forces will strike back at Hezbollah," Israeli Defence Minister Amir Peretz said.', "THREATEN ISR>LBN",
        id="our-is-the-speakers"),
    row("Russia said Georgia had sent its troops into the Kodori gorge of Abkhazia.", "MOBILIZE GEO>GEO",
        id="its-bound-to-its-own-clause-subject-before-the-speaker"),
]


def test_owned_group_beside_its_owner_is_the_same_party() -> None:
    # "Pohamba and his delegation": the party's own people travelling with it, one actor
    events = annotate_text("Namibian President Hifikepunye Pohamba and his delegation arrived in Singapore on Tuesday.").events
    assert [[a.code for a in e.actor] for e in events] == [["NAM"]]


@pytest.mark.parametrize(("sentence", "events"), OWNED)
def test_owned_group_acts_for_the_party_its_possessive_stands_for(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


def test_owned_group_takes_its_own_sector() -> None:
    events = annotate_text("Ethiopia said its air force pounded Islamist positions in Somalia.").events
    assert [(a.code, a.sectors, a.rule) for e in events for a in e.actor] == [("ETH", ("MIL",), "role.owner-pronoun")]


def test_owned_group_is_no_recipient_of_its_owners_act() -> None:
    # "pulled out its troops": the troops are the state's own, not a party it acts on
    assert coded("Syria pulled out its troops from Lebanon in April.") <= {"RETREAT SYR>LBN"}


NOT_OWNED = [
    row("For its part the government says its forces have killed more than 500 Islamist fighters.",
        id="the-teller-named-but-unresolved-is-no-one-named-before"),
    row("Chinese Premier Wen Jiabao said on Monday that his company would expand its cooperation with Kenya.",
        id="a-company-is-no-armed-force-or-governing-body"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_OWNED)
def test_owned_group_needs_a_party_and_a_force_or_governing_body(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events
