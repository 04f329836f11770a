"""A bare definite group noun ("the rebels", "the soldiers", "the army") is the party the
story named shortly before in one of its sectors (rule in events/roles.py
group_named_before; data/events/roles.toml anaphoric_group_sectors).

Every story is written for these tests, wire-style; only the events of its last
sentence are compared, written `TYPE ACTOR>RECIPIENT` as in tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import signature

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


def coded_last(*sentences: str) -> set[str]:
    """The signatures of the asserted events of the story's last sentence."""
    text = " ".join(sentences)
    last = len(text) - len(sentences[-1])
    return {signature(e) for e in annotate_text(text).events
            if e.start >= last and not (e.aux.negated or e.aux.hypothetical)}


NAMED_BEFORE = [
    pytest.param(("The Lord's Resistance Army has waged war in northern Uganda since 1986.",
                  "The rebels attacked a camp for displaced people on Monday."), {"ASSAULT UGA>"}, id="the-rebels"),
    pytest.param(("Israeli troops entered the Gaza town of Beit Hanoun on Tuesday.",
                  "The soldiers arrested 15 Palestinians on suspicion of belonging to armed groups."),
                 {"COERCE ISR>PSE"}, id="the-soldiers"),
    pytest.param(("Sudanese officials and Ugandan army commanders met in Juba on Tuesday.",
                  "The army has withdrawn from the areas around the assembly point to facilitate the talks."),
                 {"RETREAT UGA>"}, id="the-army-collective"),
    pytest.param(("Lebanese opposition leaders and Syrian officials met in Damascus on Monday.",
                  "The opposition has demanded a government of national unity."), {"REQUEST LBN>LBN"},
                 id="the-opposition-collective"),
]


@pytest.mark.parametrize(("story", "events"), NAMED_BEFORE)
def test_a_bare_definite_group_is_the_party_named_before_in_its_sector(story: tuple[str, ...], events: set[str]) -> None:
    assert coded_last(*story) == events


NOT_NAMED_BEFORE = [
    # a person's title, or a group with a phrase of its own, is no anaphor of a group
    pytest.param(("Japanese police arrested a US airman in Okinawa on Monday.",
                  "The commander of the air wing expressed his sincere regrets."), id="a-title-with-its-own-phrase"),
    pytest.param(("The weather was fine on Monday.", "The rebels attacked a camp for displaced people."),
                 id="no-party-named-before"),
]


@pytest.mark.parametrize("story", NOT_NAMED_BEFORE)
def test_a_group_with_no_party_of_its_sector_before_acts_for_no_one(story: tuple[str, ...]) -> None:
    assert coded_last(*story) == set()
