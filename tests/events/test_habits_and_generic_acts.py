"""Habits and generic acts are no events (the realnews GUIDE codes acts that happened or
are happening; events.modality.no_occurrence, data/events/modality.toml habit_adverbs,
frequency_determiners, frequency_nouns, generic_determiners):

- an act told in the simple present with an adverb of frequency ("usually supports",
  "often criticises") or an "every"/"each" time phrase ("visits Belgrade every two
  months") is a habit: hypothetical, of its own type (not a threat);
- an act named with "any", "every" or "no" ("respond to any Israeli attack") is no act
  that happened; the verb governing it (the vow, the condemnation, the refusal) stays.

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


HABITS = [
    row("Britain usually supports the United States at the Security Council.", id="usually-supports"),
    row("Japan generally backs US policy in the region.", id="generally-backs"),
    row("China often criticises Japan over the war shrine.", id="often-criticises"),
    row("Turkish jets regularly bomb Kurdish rebel positions in northern Iraq.", id="regularly-bomb-no-threat"),
    row("The EU envoy visits Belgrade every two months to meet Serbian officials.", id="every-two-months"),
    row("Russia is frequently accused by Georgia of arming the separatists.", id="frequently-accused-passive"),
]


@pytest.mark.parametrize(("sentence", "events"), HABITS)
def test_a_habit_is_no_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


GENERIC_ACTS = [
    row("Iran vowed on Tuesday to respond to any Israeli attack on its nuclear sites.", "THREATEN IRN>ISR",
        id="vowed-to-respond-to-any-attack"),
    row("Pakistan said it would retaliate against any Indian strike.", "THREATEN PAK>IND",
        id="retaliate-against-any-strike"),
    row("Egypt condemned every Israeli attack on Gaza.", "ACCUSE EGY>ISR", id="condemned-every-attack"),
    row("The army said there had been no Israeli raid on the camp.", id="no-raid"),
]


@pytest.mark.parametrize(("sentence", "events"), GENERIC_ACTS)
def test_an_act_named_generically_is_no_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


DONE_ACTS = [
    row("Japan strongly supports the US plan, Prime Minister Shinzo Abe said on Monday.", "SUPPORT JPN>USA",
        id="strongly-is-no-frequency"),
    row("Japan backs the US plan, Prime Minister Shinzo Abe said on Monday.", "SUPPORT JPN>USA",
        id="present-without-frequency-is-a-stance-now"),
    row("As usual, Russia criticised Georgia on Monday.", "ACCUSE RUS>GEO", id="as-usual-done-act"),
    row("Turkey has always said it supports the Turkish Cypriots.", "SUPPORT TUR>CYP", id="always-said-past-report"),
    row("The EU envoy visited Belgrade on Monday to meet Serbian officials.", "CONSULT EUR>SRB", id="dated-visit"),
    row("China rejected any interference in its internal affairs on Monday.", "REJECT CHN>",
        id="the-refusal-of-any-act-stays"),
    row("Egypt condemned the Israeli attacks on Gaza.", "ACCUSE EGY>ISR", "ASSAULT ISR>PSE",
        id="definite-attacks-stay"),
]


@pytest.mark.parametrize(("sentence", "events"), DONE_ACTS)
def test_a_done_act_stays_an_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
