"""Refusals told by a phrasal verb or an idiom (PLOVER §3.10 REJECT: "ruled out talks",
"poured cold water on the plan") and forces shown on a party's own ground (§3.14
MOBILIZE: a military parade, exercises at home, aimed at no one).

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py; only events
told as real (neither negated nor hypothetical) are compared.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


REFUSALS = [
    row("Moscow ruled out any compromise with Minsk on the gas price.", "REJECT RUS>BLR", id="ruled-out-compromise-with"),
    row("Israel ruled out talks with Hamas until it recognises the Jewish state.", "REJECT ISR>PSE",
        id="ruled-out-talks-with"),
    row("Gazprom poured cold water on the Belarusian claim.", "REJECT RUS>BLR", id="poured-cold-water-on"),
    row("Britain threw cold water on France's proposal for a European army.", "REJECT GBR>FRA",
        id="threw-cold-water-on-a-proposal"),
    # the act told before that the idiom answers is its maker's
    row("Moscow accused Minsk of siphoning gas. Minsk poured cold water on the accusation.",
        "ACCUSE RUS>BLR", "REJECT BLR>RUS", id="cold-water-on-an-accusation-told-before"),
    row("Iran proposed talks in Moscow. Washington poured cold water on the proposal.",
        "AGREE IRN>RUS", "REJECT USA>IRN", id="cold-water-on-a-proposal-told-before"),
    # guards: not ruling out refuses nothing; water is no idiom without "cold"
    row("Washington has not ruled out military action against Iran.", id="not-ruled-out"),
    row("The Dutch defence ministry ruled out the possibility of sabotage in the crash.",
        id="ruling-out-a-possibility-judges-a-fact"),
    row("Russian investigators ruled out any link between the blast and Chechen rebels.",
        id="ruling-out-a-link-judges-a-fact"),
    row("Washington refused to rule out military action against Iran.", id="refused-to-rule-out"),
    row("Police poured water on the protesters outside the embassy in Seoul.", id="water-is-no-refusal"),
]


@pytest.mark.parametrize(("sentence", "events"), REFUSALS)
def test_ruling_out_and_pouring_cold_water_refuse(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


SHOWS_OF_FORCE = [
    row("North Korean leader Kim Jong-Il reviewed a massive military parade in Pyongyang.", "MOBILIZE PRK>",
        id="reviewed-a-military-parade"),
    row("China staged a military parade in Beijing to mark the anniversary.", "MOBILIZE CHN>",
        id="staged-a-military-parade-at-home"),
    row("Russia held military exercises in Kaliningrad.", "MOBILIZE RUS>", id="exercises-on-home-ground"),
    row("Russia massed troops near Ukraine.", "MOBILIZE RUS>UKR", id="troops-massed-near-another-state"),
    # guards: a parade that shows no force; a guest watching another state's parade
    row("The city held a colourful carnival parade on Sunday.", id="carnival-parade"),
    row("Russian President Vladimir Putin watched a military parade in Beijing.", id="a-guest-watching"),
]


@pytest.mark.parametrize(("sentence", "events"), SHOWS_OF_FORCE)
def test_forces_shown_at_home_are_mobilized_against_no_one(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
