"""Cooperation to come named through a noun that frames it, its field, chance or setting
("new areas for cooperation", "the potential of cooperation", "cooperation zones", "a
cooperation mechanism"), is the party's commitment to cooperate, AGREE (PLOVER §3.1:
"indicate willingness or commitment to cooperate"; cooperation told as to come is AGREE).
Cooperation to be explored is coded only so: explored in the past it tells of a
discussion; a forecaster's "will explore" is no party's commitment. Cooperation told as
"bilateral" with no partner of its own is, to come, with the one other state its sentence
names (not a town it is told in), and with no one when none or two are named; told as done
it still needs its partner named.

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


FRAMED = [
    row("Japan will explore new areas for cooperation with Vietnam, the foreign ministry said.",
        "AGREE JPN>VNM", id="explore-areas-for-cooperation-with"),
    row("Brazil will explore new fields of cooperation with Angola in energy and mining.",
        "AGREE BRA>AGO", id="explore-fields-of-cooperation-with"),
    row("Egypt and Kazakhstan will tap the potential of cooperation in agriculture.",
        "AGREE EGY+KAZ>", id="tap-the-potential-of-cooperation"),
    row("India will establish two economic cooperation zones in Mauritius next year.",
        "AGREE IND>MUS", id="establish-cooperation-zones-in-a-state"),
    row("Turkey will establish a cooperation mechanism with Azerbaijan on energy security, the minister said.",
        "AGREE TUR>AZE", id="establish-a-cooperation-mechanism-with"),
    row("South Korea will expand opportunities for trade with Chile, the trade minister said.",
        "AGREE KOR>CHL", id="expand-opportunities-for-trade-with"),
]


@pytest.mark.parametrize(("sentence", "events"), FRAMED)
def test_cooperation_to_come_named_through_its_frame_is_agreed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_AGREED = [
    row("Japan and Vietnam explored new areas of cooperation during the talks in Hanoi.",
        id="explored-in-the-past-is-a-discussion"),
    row("Analysts said Brazil would explore new areas of cooperation with Angola.",
        id="a-forecast-is-no-commitment"),
    row("Japan will not explore new areas of cooperation with Vietnam.",
        id="denied"),
    row("The scientists will explore new areas of research in Antarctica.",
        id="not-cooperation-explored"),
    row("Kenya will open the way for talks with the rebels.",
        id="a-way-for-talks-opened-is-no-talks"),
    row("Chile will establish a free trade zone in its northern region.",
        id="a-trade-zone-at-home-is-no-cooperation"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_AGREED)
def test_cooperation_explored_past_forecast_or_not_named_is_not_agreed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


BILATERAL = [
    row("Peru hopes to restore political ties with Chile and expand bilateral trade in farm goods, the minister said.",
        "AGREE PER>CHL", id="bilateral-trade-with-the-state-named-in-the-sentence"),
    row("Ghana will deepen bilateral cooperation in mining with Canada's help, officials said.",
        "AGREE GHA>CAN", id="bilateral-cooperation-the-one-other-state"),
    row("Japan will expand bilateral trade, the Japanese prime minister said in Hanoi.",
        "AGREE JPN>", id="bilateral-not-with-the-town-it-is-told-in"),
    row("Ghana will deepen bilateral cooperation in mining, the minister told visitors from Canada and Australia.",
        "AGREE GHA>", id="bilateral-not-guessed-between-two-states"),
    row("Ghana's talks with Canada last year helped enhance bilateral cooperation in mining, the minister said.",
        "CONSULT GHA>CAN", id="bilateral-cooperation-told-as-done-needs-its-partner-named"),
]


@pytest.mark.parametrize(("sentence", "events"), BILATERAL)
def test_bilateral_cooperation_is_with_the_one_other_state_named(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
