"""Refusals told without a verb of refusing (PLOVER §3.10 REJECT): a cooperative act
under a denied willingness, intention or position ("is not ready to resume talks", "does
not intend to", "has no intention of", "is not in a position to accept"), and a stance
denied under a modal of ability ("cannot accept the demand").

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py; only events
told as real (neither negated nor hypothetical) are compared.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


DENIED_INTENTIONS = [
    row("Iran is not ready to resume talks with the European Union.", "REJECT IRN>EUR", id="not-ready-to"),
    row("Iran is unwilling to hold talks with the United States.", "REJECT IRN>USA", id="unwilling-to"),
    row("Moscow does not intend to resume talks with Minsk.", "REJECT RUS>BLR", id="does-not-intend-to"),
    row("Israel has no intention of holding talks with Hamas.", "REJECT ISR>PSE", id="has-no-intention-of"),
    row("Russia does not have any plans to resume talks with Georgia.", "REJECT RUS>GEO",
        id="does-not-have-any-plans-to"),
    row("The EU was not in a position to accept the Turkish proposal.", "REJECT EUR>TUR",
        id="not-in-a-position-to"),
    # guards: willingness told as such stays an offer; a denied intention of a hostile act
    # reassures, it refuses no one's demand; no act refused when only comment is; "ready"
    # with its negation elsewhere
    row("Iran is ready to resume talks with the European Union.", "AGREE IRN>EUR", id="ready-to-is-an-offer"),
    row("Israel has no intention of attacking Iran, the defence minister said.",
        id="no-intention-of-attacking-reassures"),
    row("Britain does not intend to send troops to Darfur.", id="does-not-intend-to-deploy"),
    row("The spokesman said he was not in a position to comment on the talks.", id="not-in-a-position-to-comment"),
]


@pytest.mark.parametrize(("sentence", "events"), DENIED_INTENTIONS)
def test_acts_under_denied_intentions_are_refused(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


DENIED_STANCES = [
    row("Israel cannot accept the Palestinian demand.", "REJECT ISR>PSE", id="cannot-accept-a-demand"),
    row("Israel can't accept the Palestinian demand.", "REJECT ISR>PSE", id="can-not-contracted"),
    row("The United States could not recognize the Hamas government.", "REJECT USA>PSE", id="could-not-recognize"),
    row("Israel does not accept the Palestinian demands.", "REJECT ISR>PSE", id="does-not-accept-demands"),
    # guards: an ability not denied is only possible; a denied ability in a condition
    row("Israel can accept the Palestinian demand.", id="can-accept-is-possible"),
    row("If Iran cannot accept the proposal, the talks will collapse.", id="cannot-in-a-condition"),
]


@pytest.mark.parametrize(("sentence", "events"), DENIED_STANCES)
def test_stances_denied_under_can_are_refused(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
