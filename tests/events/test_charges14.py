"""Charges and indictments are accusations by the prosecuting side (PLOVER §3.9 ACCUSE:
"accuse, allege, or charge, both judicially and informally"; mode allege "sue, indict, or
charge"; patterns accuse.charge, accuse.accuse). Told without who charges, the accuser is
the court the sentence names, else the state where the case is heard, else the accused's
own state, else, for an accused of no state, the state the article is about (coder.toml,
charge_verbs, legal_charge_verbs). "Charge" in its other senses accuses no one: a task
given ("charged with overseeing …"), a price asked ("charges a fee"), a rush at a crowd
(ASSAULT crowd-control, "lathi charges": patterns assault.charge-crowd,
assault.charge-into-crowd).

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


CHARGES = [
    row("The former Pakistani prime minister has been indicted on corruption charges.",
        "ACCUSE PAK>PAK", id="indicted-on-charges-no-agent"),
    row("The Kenyan minister was arraigned in Nairobi on Monday.",
        "ACCUSE KEN>KEN", id="arraigned-with-no-charge-named"),
    row("The Serbian officer, indicted for war crimes by the UN tribunal, was arrested in Belgrade.",
        "ACCUSE UNO>SRB", "COERCE SRB>SRB", id="court-by-phrase-hung-on-the-crime"),
    row("US officials on Monday doubled the reward for the Saudi militant. Osama bin Laden, indicted as the "
        "architect of the bombing of the USS Cole, is believed to be hiding in the mountains. The United States "
        "wants him extradited, the US Justice Department said.",
        "ACCUSE USA>IMG", id="indicted-as-accused-of-no-state-article-country"),
    row("The Iraqi general, who is charged with ordering the massacre of Kurdish villagers, appeared in court "
        "in Baghdad.",
        "ACCUSE IRQ>IRQ", id="relative-who-is-charged"),
    row("The Turkish police arrested two Kurdish rebels, charged with smuggling weapons, in Diyarbakir.",
        "COERCE TUR>TUR", "ACCUSE TUR>TUR", id="participle-set-off-by-commas"),
    row("The Egyptian opposition charged that the vote was rigged by the ruling party.",
        "ACCUSE EGY>", id="charged-that-an-allegation"),
]


@pytest.mark.parametrize(("sentence", "events"), CHARGES)
def test_a_charge_or_indictment_is_an_accusation_by_the_prosecution(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


RUSHES = [
    row("Kenyan riot police charged the crowd in Nairobi on Tuesday.",
        "ASSAULT KEN>KEN", id="charged-the-crowd"),
    row("Israeli troops charged into a crowd of Palestinian protesters in Hebron.",
        "ASSAULT ISR>PSE", id="charged-into-a-crowd"),
]


@pytest.mark.parametrize(("sentence", "events"), RUSHES)
def test_a_charge_at_a_crowd_is_force_used_on_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_CHARGE = [
    row("The Egyptian envoy was charged with overseeing the ceasefire in Darfur.", id="charged-with-a-task-verb"),
    row("The Sudanese committee was charged with the task of drafting a new constitution.", id="charged-with-a-task-noun"),
    row("A Lebanese commission charged with investigating the killing of the journalist met in Beirut.",
        "CONSULT LBN>", id="reduced-relative-task"),
    row("The Kenyan government charges a fee of 50 dollars for visas.", id="a-price-asked"),
    row("The Indonesian health official charged with battling bird flu visited Jakarta hospitals.",
        "CONSULT IDN>IDN", id="task-gerund-read-as-a-modifier"),
    row("Mounted Kenyan police charged and scattered the students in Nairobi.", id="a-rush-with-nothing-charged"),
    row("Kenyan riot police charged as the marchers reached the parliament in Nairobi.", id="a-rush-in-a-clause"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_CHARGE)
def test_charge_in_another_sense_accuses_no_one(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
