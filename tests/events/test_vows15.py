"""A vow not to yield is a refusal (§3.10), not a promise: "vowed he would not
compromise", "pledged never to give up the programme", "swore not to step down" are
REJECT by the vower, aimed at another party when the sentence names one, never at the
vower's own side. A vow of restraint ("vowed not to attack civilians") stays a promise.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

VOWS = [
    row("Mahmoud Ahmadinejad vowed he would not compromise on Iran's nuclear programme.", "REJECT IRN>",
        id="would-not-compromise"),
    row("Iran's president vowed that Tehran would never give up its nuclear programme.", "REJECT IRN>",
        id="never-give-up-not-aimed-at-its-own-state"),
    row("Lebanese Prime Minister Fouad Siniora vowed he would not step down.", "REJECT LBN>",
        id="not-step-down"),
    row("The Palestinian leader pledged not to back down in the face of Israeli pressure.", "REJECT PSE>ISR",
        id="not-back-down-aimed-at-the-pressing-state"),
]


@pytest.mark.parametrize(("sentence", "events"), VOWS)
def test_a_vow_not_to_yield_is_a_refusal(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


PROMISES = [
    row("Israel pledged to withdraw its troops from Gaza by Friday.", "AGREE ISR>PSE", id="a-promise-to-act"),
    row("Sri Lanka's rebels vowed not to attack civilians during the truce.", "AGREE LKA>", id="a-promise-of-restraint"),
]


@pytest.mark.parametrize(("sentence", "events"), PROMISES)
def test_other_vows_stay_promises(sentence: str, events: set[str]) -> None:
    assert {e for e in asserted(sentence) if e.startswith(("AGREE", "REJECT"))} == events
