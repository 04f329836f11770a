"""A sports story codes no event: its teams' "attacks" are no political events (the
coding guide leaves out events of sports teams; data/events/topics.toml)."""

from __future__ import annotations

import pytest

from dyadwatch.events.topics import is_sports_story
from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


MATCH_REPORT = (
    "Hamburg stormed into a two-goal lead against Hertha Berlin on Saturday through an own goal and a penalty. "
    "Berlin's Brazilian playmaker Marcelinho was booked for complaining to the referee."
)
POLITICS = (
    "US President George W. Bush played golf at Camp David on Saturday. "
    "On Sunday he accused Iran of arming militias in Iraq."
)


def test_sports_story_is_told_by_two_words_of_match_reporting() -> None:
    assert is_sports_story("", MATCH_REPORT)
    assert is_sports_story("Cricket: England lose the Ashes", "Flintoff said his side would regain pride in the dressing room.")


def test_one_sports_word_does_not_make_a_sports_story() -> None:
    assert not is_sports_story("", POLITICS)
    assert not is_sports_story("", "Strikers marched in Seoul as the economy rebounds, a human rights defender said.")


def test_a_sports_story_codes_no_event() -> None:
    assert annotate_text(MATCH_REPORT).events == ()


def test_a_political_story_naming_a_sport_is_coded() -> None:
    assert {(e.event, e.actor[0].code) for e in annotate_text(POLITICS).events} == {("ACCUSE", "USA")}
