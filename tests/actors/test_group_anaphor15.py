""""The group", "the Islamist movement", "the militia" standing for an armed group or a
party named just before (rule context.group-anaphor): bare, or qualified only by words
of political colour, it is the group or party named last in its sentence or the two
before, unless another organisation is named between them; never a firm's or a rights
body's "group", never a guess.

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


def group_of(text: str, phrase: str) -> tuple[str, str | None] | None:
    """The code and rule the last `phrase` of the text resolves to, if any."""
    actor = actor_at(text, text.rindex(phrase))
    return (actor.code, actor.rule) if actor is not None else None


RESOLVED = [
    pytest.param("Hamas won the January election. The group has refused to recognise Israel.", "The group", "PSE",
                 id="bare-group-after-an-armed-group"),
    pytest.param("Hezbollah held a rally in Beirut on Friday. The Shiite movement vowed more protests.",
                 "The Shiite movement", "LBN", id="a-religious-colour-word"),
    pytest.param("The Tamil Tigers rejected the offer, and the militant group said talks were over.",
                 "the militant group", "LKA", id="in-the-same-sentence"),
]


@pytest.mark.parametrize(("text", "phrase", "code"), RESOLVED)
def test_the_group_is_the_armed_group_named_just_before(text: str, phrase: str, code: str) -> None:
    assert group_of(text, phrase) == (code, "context.group-anaphor")


UNRESOLVED = [
    pytest.param("Hamas won the January election. Human Rights Watch criticised Israel on Monday. "
                 "The group said it would publish a report.", "The group", id="another-organisation-between"),
    pytest.param("Hamas won the January election. Shares in Siemens rose, and the engineering group said profits grew.",
                 "the engineering group", id="a-firms-group"),
    pytest.param("Officials said the group would meet again in May.", "the group", id="no-group-named-before"),
    pytest.param("Hamas won the January election. Ministers of the Organization of Islamic Conference met in Jeddah.",
                 "the Organization", id="a-name-is-no-anaphor"),
    pytest.param("Hamas won the January election. Prices rose in March. Exports fell in April. Imports fell in May. "
                 "The group said it would cut taxes.", "The group", id="named-too-far-back"),
]


@pytest.mark.parametrize(("text", "phrase"), UNRESOLVED)
def test_no_group_is_guessed(text: str, phrase: str) -> None:
    assert group_of(text, phrase) is None


EVENTS = [
    event_row("Hamas won the January election. The Islamist movement has refused to recognise Israel.",
              "REJECT PSE>ISR", id="a-refusal-by-the-movement"),
    event_row("Hezbollah held a rally in Beirut on Friday. The Shiite group demanded that Israel release its prisoners.",
              "PROTEST LBN>LBN", "REQUEST LBN>ISR", id="a-demand-by-the-group"),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_the_groups_act_is_coded_for_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
