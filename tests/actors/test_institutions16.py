""""The cabinet", "the government", "the ruling party" (and such a word on the noun it owns:
"the government decision") in a story about no one state (rule context.institution-state):
the one state its sentence names before it, or, naming none, the one the sentence before
names; never when two are named, nor by a state named only as a place, nor only by a
demonym on a thing, its forces or its envoys; in an article about one state, only that state.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mention_rows import resolution, row

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_signatures import asserted, row as event_row  # noqa: E402

pytestmark = pytest.mark.model


RESOLVED = [
    row("Kenyan opposition leader Raila Odinga said the cabinet would have to resign.", "the cabinet", "KEN GOV"),
    row("Indonesian student leaders said the government decision was a betrayal of the reform movement.",
        "the government decision", "IDN GOV"),
    row("Zimbabwe's opposition accused the ruling party of rigging the vote.", "the ruling party", "ZWE PTY,GOV"),
    row("Thai Prime Minister Thaksin Shinawatra returned home on Monday. The government denied the report.",
        "The government", "THA GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), RESOLVED)
def test_an_institution_is_the_one_state_named_just_before(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


UNRESOLVED = [
    row("Chinese and Japanese officials met on Monday. The government said the talks had failed.",
        "The government", None),
    row("The new government will expand trade with Brazil, the minister said.", "The new government", None),
    row("US troops patrolled the streets on Sunday. The government imposed a curfew.", "The government", None),
    row("The US ambassador said on Friday that the parliament would vote on the treaty.", "the parliament", None),
    row("Thousands of people marched in Nairobi on Sunday. The government banned the rally.", "The government", None),
    row("Italian Prime Minister Romano Prodi spoke on Monday. Rebels say they will be in Kinshasa before June and "
        "the government has banned protests in the capital.", "the government", None),
    row("Afghan President Hamid Karzai accused the government of Pakistan of harbouring militants.",
        "the government", None),
    row("The soldiers will serve under British command. The government approved the plan.", "The government", None),
    row("The law bars funds from Taiwan individuals and groups. The government will enforce it.", "The government", None),
    row("Iraqi police found 20 bodies in Baghdad on Monday. Iraqi officials said the victims had been shot. "
        "Iraqi leaders condemned the killings. US Secretary of State Condoleezza Rice said the government "
        "must act.", "the government", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), UNRESOLVED)
def test_no_state_is_guessed_for_the_institution(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


EVENTS = [
    event_row("Kenyan opposition leader Raila Odinga said the cabinet decision was illegal.",
              "ACCUSE KEN>KEN", id="opposition-judges-the-cabinet"),
    event_row("Afghan President Hamid Karzai accused the government of Pakistan of harbouring militants.",
              "ACCUSE AFG>PAK", id="a-government-placed-by-of-is-that-states"),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_a_judgement_of_the_institution_is_aimed_at_its_state(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
