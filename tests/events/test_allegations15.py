"""An act told in the that-clause of an allegation ("charges that British troops raped
Kenyan women", "claims that its police killed the protesters") is alleged, not told as
done: it is not asserted (the issue: an allegation relayed "is never the group's act").
The same act told as a fact stays asserted.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

ALLEGED = [
    row("A British military probe found insufficient proof to back charges that British troops raped Kenyan women.",
        "ACCUSE GBR>", id="charges-that"),
    row("Kenya rejected claims that its police killed the protesters.", "REJECT KEN>", id="claims-that"),
    row("British troops raped Kenyan women, the report said.", "ASSAULT GBR>KEN", id="told-as-done"),
]


@pytest.mark.parametrize(("sentence", "events"), ALLEGED)
def test_an_alleged_act_is_not_asserted(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
