"""A statement that judges an act told just before, by a subject that only points back at
it ("it", "this", "the move"), praises or blames that act's doer (PLOVER §3.3 SUPPORT,
§3.9 ACCUSE: the speaker acts, the doer of the judged act receives; `Parties.told_before`
in events/speech.py, `_doers_told_before` in events/coder.py).

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


JUDGED_ACTS = [
    row("Israel pulled its troops out of Beit Hanoun on Monday. "
        "\"It is a step in the right direction,\" Palestinian negotiator Saeb Erekat said.",
        "RETREAT ISR>", "SUPPORT PSE>ISR", id="it-is-praise-of-a-withdrawal"),
    row("Russia withdrew its troops from the border on Monday. "
        "\"It is a great gesture of peace,\" commented Georgian President Mikheil Saakashvili.",
        "RETREAT RUS>", "SUPPORT GEO>RUS", id="it-is-a-gesture-after-commented"),
    row("Israeli warplanes struck a power station in Gaza on Tuesday. "
        "\"This is an act of aggression,\" Palestinian Prime Minister Ismail Haniya said.",
        "ASSAULT ISR>PSE", "ACCUSE PSE>ISR", id="this-is-aggression-after-a-strike"),
    row("North Korea test-fired a missile on Wednesday. "
        "Japanese Prime Minister Shinzo Abe said the move was \"unacceptable\".",
        "MOBILIZE PRK>", "ACCUSE JPN>PRK", id="the-move-was-unacceptable"),
    row("North Korea test-fired a missile on Wednesday. "
        "Japanese Prime Minister Shinzo Abe said the move was \"irresponsible and dangerous\".",
        "MOBILIZE PRK>", "ACCUSE JPN>PRK", id="the-move-judged-by-a-predicate"),
    row("Israel freed 900 Palestinian prisoners on Sunday. Palestinian negotiator Saeb Erekat said the decision "
        "was positive.", "RETREAT ISR>PSE", "SUPPORT PSE>ISR", id="the-decision-judged-positive"),
    row("Israel bombed a power station in Gaza. A UN spokesman said the response was disproportionate.",
        "ASSAULT ISR>PSE", "ACCUSE UNO>ISR", id="the-response-judged-disproportionate"),
    row("Indonesia freed 20 East Timorese activists on Monday. "
        "Portuguese Foreign Minister Jaime Gama said these steps were encouraging.",
        "RETREAT IDN>TLS", "SUPPORT PRT>IDN", id="these-steps-judged-encouraging"),
    row("Chinese police detained two Japanese journalists in Beijing on Monday. The two work for the Asahi Shimbun "
        "newspaper. \"This violates every rule of diplomacy,\" Japanese Foreign Minister Taro Aso said.",
        "COERCE CHN>JPN", "ACCUSE JPN>CHN", id="this-two-sentences-after-the-act"),
]


@pytest.mark.parametrize(("sentence", "events"), JUDGED_ACTS)
def test_a_judgement_pointing_back_is_aimed_at_the_doer_of_the_act_told_before(
        sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_AIMED_BACK = [
    row("North Korea test-fired a missile on Wednesday. "
        "\"It was a long day,\" Japanese Prime Minister Shinzo Abe said.",
        "MOBILIZE PRK>", id="a-neutral-statement-judges-nothing"),
    row("Japan pulled its last troops out of Samawa in July. "
        "\"It is a step in the right direction,\" Japanese Prime Minister Junichiro Koizumi said.",
        "RETREAT JPN>", id="the-speakers-own-act"),
    row("The rains flooded the capital on Monday. "
        "\"This is unacceptable,\" Thai Prime Minister Thaksin Shinawatra said.",
        id="no-act-told-before"),
    row("Israel closed the Gaza crossings on Monday, while Syria expelled two Lebanese diplomats. "
        "\"This is unacceptable,\" Egyptian Foreign Minister Ahmed Aboul Gheit said.",
        "SANCTION ISR>PSE", "SANCTION SYR>LBN", id="acts-of-two-doers-before"),
    row("Israeli troops raided the Jenin refugee camp on Monday. "
        "\"The situation in the camps is unacceptable,\" Palestinian Prime Minister Ismail Haniya said.",
        "COERCE ISR>", id="a-situation-judged-is-no-act"),
    row("North Korea test-fired a missile on Wednesday. Japanese Prime Minister Shinzo Abe said the weather was bad.",
        "MOBILIZE PRK>", id="a-noun-of-no-act-judged"),
    row("North Korea test-fired a missile on Wednesday. "
        "Japanese Prime Minister Shinzo Abe said Japan's response was correct.",
        "MOBILIZE PRK>", id="an-owned-act-is-its-owners"),
    row("Turkish prosecutors charged the Greek Cypriot leader with espionage on Monday. "
        "\"It was wrong,\" Greek Foreign Minister Theodoros Pangalos said.",
        "ACCUSE TUR>CYP", id="it-judged-by-a-predicate-is-anyones-lot"),
    row("North Korea test-fired a missile on Wednesday. "
        "\"It is regrettable that the six-party talks have stalled,\" Japanese Prime Minister Shinzo Abe said.",
        "MOBILIZE PRK>", id="an-extraposed-it-stands-for-its-clause"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_AIMED_BACK)
def test_a_judgement_pointing_back_at_no_other_sides_one_act_is_no_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
