"""A consequence a party is told it faces is a warning by whoever tells it (PLOVER §3.11
THREATEN; pattern threaten.face-consequences): the teller acts, the one who faces it
receives, and the warning is made now whatever the modality of the consequence.

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


WARNINGS = [
    row("France could face action in the European Court if it fails to recover the aid, the European Commission said.",
        "THREATEN EUR>FRA", id="could-face-told-by-a-speaker-after-the-clause"),
    row("Washington said Pyongyang would face serious consequences if it conducted a nuclear test.",
        "THREATEN USA>PRK", id="would-face-consequences-in-a-reported-clause"),
    row("The Security Council demanded that Syria cooperate fully with the probe or face further action.",
        "REQUEST UNO>SYR", "THREATEN UNO>SYR", id="or-face-after-a-demand"),
    row("Russia must withdraw its troops from Georgia or face sanctions, the US said.",
        "REQUEST USA>RUS", "THREATEN USA>RUS", id="must-or-face-sanctions"),
]


@pytest.mark.parametrize(("sentence", "events"), WARNINGS)
def test_a_consequence_a_party_is_told_it_faces_is_the_tellers_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_WARNING = [
    row("Iran faces new sanctions at the United Nations next week.", id="no-teller"),
    row("Analysts said Argentina faces a difficult choice on its debt.", id="no-consequence-named"),
    row("Kenya said it faced a shortage of maize after the drought.", id="a-hardship-is-no-consequence"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_WARNING)
def test_a_consequence_nobody_tells_is_no_threat(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
