"""Announced or promised cooperation is AGREE by the party that commits, with the partner
as recipient (PLOVER §3.1 AGREE: "indicate willingness or commitment to cooperate";
cooperation "reported in future tense" is AGREE; §3.2 CONSULT: "references to future
meetings, summits … should be coded as AGREE"). What is only possible, denied or already
done stays out.

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


CONTINUED = [
    row("Japan will continue to support Vietnam in its bid to join the World Trade Organization.",
        "AGREE JPN>VNM", id="will-continue-to-support"),
    row("Brazil will keep backing Bolivia in its dispute with the gas companies.",
        "AGREE BRA>BOL", id="will-keep-backing"),
]

NOT_CONTINUED = [
    row("Japan continued to support Vietnam in its bid to join the World Trade Organization.",
        "SUPPORT JPN>VNM", id="continued-to-support-is-done"),
]


@pytest.mark.parametrize(("sentence", "events"), CONTINUED)
def test_support_carried_on_under_a_future_verb_is_a_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_CONTINUED)
def test_support_carried_on_in_the_past_stays_support(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ROLE_PROMISED = [
    row("The European Union is ready to play its role at the border crossing, Solana said.",
        "AGREE EUR>", id="ready-to-play-its-role"),
    row("Tokyo will play its part in the reconstruction of Iraq, the Japanese prime minister said.",
        "AGREE JPN>IRQ", id="will-play-its-part-in-a-country"),
]

NO_ROLE_PROMISED = [
    row("China played a constructive role in the six-party talks.", id="a-role-played-is-a-description"),
    row("Japan could play a role in the talks.", id="a-role-that-could-be-played"),
    row("Japan will not play any role in the negotiations.", id="a-role-refused-is-no-promise"),
]


@pytest.mark.parametrize(("sentence", "events"), ROLE_PROMISED)
def test_a_role_promised_in_a_common_undertaking_is_agree(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NO_ROLE_PROMISED)
def test_a_role_described_possible_or_refused_is_no_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


HOPED_FOR = [
    row("Iran voiced hope for talks with the United States on the nuclear standoff.",
        "AGREE IRN>USA", id="voiced-hope-for-talks-with"),
    row("Japanese Prime Minister Junichiro Koizumi expressed hope for closer cooperation with China.",
        "AGREE JPN>CHN", id="expressed-hope-for-cooperation-with"),
]

NOT_HOPED_FOR_OWN = [
    row("The UN secretary-general voiced hope for talks between Israel and Syria.", id="hope-for-talks-between-others"),
    row("Iran expressed hope for a peaceful solution to the crisis.", id="hope-for-an-outcome"),
]


@pytest.mark.parametrize(("sentence", "events"), HOPED_FOR)
def test_hope_voiced_for_ones_own_talks_is_willingness(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_HOPED_FOR_OWN)
def test_hope_for_others_talks_or_an_outcome_is_no_agree(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
