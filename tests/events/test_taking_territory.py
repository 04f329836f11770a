"""Territory taken by force is ASSAULT (PLOVER §ASSAULT: "deliberate actions which can
potentially result in substantial physical harm"; COERCE is "coercive uses of power falling
short of violence"), and a conjoined verb of a "when" clause on a year is dated by it.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


TERRITORY = [
    row("Italy occupied Albania in April 1939.", "ASSAULT ITA>ALB", id="occupied-a-state"),
    row("Ethiopian troops captured the Somali town of Baidoa on Tuesday.", "ASSAULT ETH>SOM", id="captured-a-town"),
    row("Turkey invaded and occupied the north of Cyprus in 1974.", "ASSAULT TUR>CYP", id="occupied-the-north-of-a-state"),
    # property and buildings stay COERCE seize; people taken are no territory
    row("Kenyan police seized a weapons cache in Nairobi.", "COERCE KEN>KEN", id="seized-property"),
]


@pytest.mark.parametrize(("sentence", "events"), TERRITORY)
def test_territory_taken_by_force_is_an_assault(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_a_verb_joined_to_a_when_clause_on_a_year_takes_that_year():
    text = "Cyprus has been divided since 1974 when Turkey militarily intervened and occupied the north of Cyprus."
    [event] = [e for e in annotate_text(text, published=dt.date(2006, 11, 13)).events if e.event == "ASSAULT"]
    assert (event.date, event.date_precision) == (dt.date(1974, 1, 1), "year")
