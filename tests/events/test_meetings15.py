"""Meetings with a partner written "visiting X" (PLOVER §3.2 CONSULT, mode visit): the
parser may read the attributive participle after "with" (or "by") as a gerund and the
partner's name as its object ("held talks with visiting Palestinian President Abbas"),
so the talks lost their partner. The name is the preposition's object
(roles.prep_objects, data: attributive_participles), and the visitor visits the host,
the subject of the clause the talks hang on, also when the meeting only sets the scene
of a statement ("told reporters after a meeting with visiting X"); a future meeting is
AGREE (§3.1).

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


VISITING_PARTNERS = [
    row("Egyptian President Hosni Mubarak on Wednesday held talks with visiting Palestinian President Mahmoud Abbas "
        "on the situation in Gaza.", "CONSULT PSE>EGY", id="held-talks-with-visiting"),
    row("The Thai prime minister held talks on Friday with visiting Japanese Prime Minister Shinzo Abe.",
        "CONSULT JPN>THA", id="talks-on-a-day-with-visiting"),
    row("Kenyan Foreign Minister Raphael Tuju began a meeting with visiting British Foreign Secretary Margaret Beckett "
        "in Nairobi on Monday.", "CONSULT GBR>KEN", id="began-a-meeting-with-visiting"),
    row("Russian Foreign Minister Sergei Lavrov told reporters after a meeting with visiting Indian Foreign Minister "
        "Pranab Mukherjee that the talks had been useful.", "CONSULT IND>RUS", id="statement-after-a-meeting-with-visiting"),
    row("The truce was agreed after two days of talks brokered by visiting Norwegian Foreign Minister Jonas Gahr Store.",
        "CONSULT NOR>", id="brokered-by-visiting"),
    row("Mubarak will hold talks with visiting Palestinian President Mahmoud Abbas on Thursday.",
        "AGREE PSE>EGY", id="future-talks-with-visiting-are-agree"),
    row("The Jordanian king will meet visiting Turkish Prime Minister Recep Tayyip Erdogan on Sunday.",
        "AGREE TUR>JOR", id="will-meet-visiting-is-agree"),
]


@pytest.mark.parametrize(("sentence", "events"), VISITING_PARTNERS)
def test_a_visiting_partner_is_the_visitor_of_the_talks(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_VISIT = [
    row("Mubarak did not hold talks with visiting Palestinian President Mahmoud Abbas on Wednesday.", id="denied"),
    row("The meeting with visiting Palestinian President Mahmoud Abbas was cancelled, Egyptian officials said.",
        id="cancelled"),
    row("Egyptian President Hosni Mubarak on Wednesday held talks with visiting businessmen.",
        "CONSULT EGY>", id="visitors-who-are-no-actor"),
    row("The Chinese premier was credited with visiting Togo twice.", id="visiting-a-place-is-no-visitor"),
    row("The mayor was on hand along with visiting French Prime Minister Dominique de Villepin at the opening of the "
        "bridge.", id="along-with-a-visitor-is-no-meeting"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_VISIT)
def test_no_visit_is_coded_when_the_talks_are_denied_or_the_visitor_no_party(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
