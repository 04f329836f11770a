""""The country" standing for a state named just before (rule context.country-anaphor):
as a subject or an object, the one state its sentence and the one before name before
it, or the article's own state when they name several and it is among them; never a
place where something happens ("killed in the country"), never a guess.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mention_rows import actor_at

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_signatures import asserted, row as event_row  # noqa: E402

pytestmark = pytest.mark.model


def country_of(text: str) -> str | None:
    """The code the last "the country" of the text resolves to, if any."""
    actor = actor_at(text, text.lower().rindex("the country"))
    return actor.code if actor is not None else None


RESOLVED = [
    pytest.param("Although bird flu has not been found in Moldova, the country has banned poultry imports.", "MDA",
                 id="subject-after-the-state-in-its-sentence"),
    pytest.param("Nepal's king dissolved parliament on Monday. The country now faces months of unrest.", "NPL",
                 id="subject-after-the-state-in-the-sentence-before"),
    pytest.param("Tehran rejected the offer. The IAEA threatened to refer the country to the Security Council.", "IRN",
                 id="object-after-a-capital"),
]


@pytest.mark.parametrize(("text", "code"), RESOLVED)
def test_the_country_is_the_one_state_named_just_before(text: str, code: str) -> None:
    assert country_of(text) == code


UNRESOLVED = [
    pytest.param("China warned Japan on Monday. The country would not accept the visit, an official said.",
                 id="two-states-none-the-articles"),
    pytest.param("Two more Iraqi policemen were killed in the country on Sunday.", id="a-place-is-no-party"),
    pytest.param("Officials said the country would hold elections in May.", id="no-state-named-before"),
]


@pytest.mark.parametrize("text", UNRESOLVED)
def test_no_state_is_guessed_for_the_country(text: str) -> None:
    assert country_of(text) is None


EVENTS = [
    event_row("Although bird flu has not been found in Moldova, the country has banned the import of poultry from Romania.",
              "SANCTION MDA>ROU", id="a-ban-by-the-country"),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_the_countrys_act_is_coded_for_the_state(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
