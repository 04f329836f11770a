"""Answers to an act told before by a bare noun: "Iraq rejected the demand", "Russia
denied the accusation", "Israel welcomed the offer". PLOVER codes the answer's recipient
as the party who made that act (the demander, the accuser, the proposer), told earlier
in the story, and no one when the act is the answerer's own or the story names no maker.

Every row is a short wire-style story written for these tests and the events an analyst
codes from its last sentence, written `TYPE ACTOR>RECIPIENT` (several codes joined by
"+", no recipient as "REJECT RUS>"), compared as distinct signatures of the events that
are not negated.
"""

from __future__ import annotations

import pytest

from event_signatures import row, signature

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


def answered(story: str) -> set[str]:
    """The signatures of the events coded in the story's last sentence (its sentences
    are separated by " | "), not negated."""
    *before, last = story.split(" | ")
    start = len(" ".join(before)) + 1 if before else 0
    return {signature(e) for e in annotate_text(" ".join([*before, last])).events
            if e.start >= start and not e.aux.negated}


# The maker is the actor of the nearest earlier event of the type that makes the act,
# past the acts of other parties told in between.
TOLD_BY_AN_EVENT = [
    row("Syria offered on Monday to hold peace talks with Israel without conditions. | "
        "Hamas fighters attacked Israeli troops in Gaza on Tuesday. | Israel welcomed the offer on Wednesday.",
        "SUPPORT ISR>SYR", id="welcomed-the-offer"),
    row("Iran demanded on Monday that Iraq pay war reparations. | Kuwait accused Iraq of massing troops on its border. | "
        "Baghdad rejected the demand on Tuesday.", "REJECT IRQ>IRN", id="rejected-the-demand"),
    row("Russian officials accused Georgia of spying on Monday. | Turkey urged both sides to show restraint. | "
        "Georgia has rejected the accusation.", "REJECT GEO>RUS", id="rejected-the-accusation"),
    row("The European Union proposed new talks with Iran on its nuclear programme. | "
        "Israel threatened to strike Iranian nuclear sites. | Tehran turned down the proposal.",
        "REJECT IRN>EUR", id="turned-down-the-proposal"),
    row("Pakistan accused India of backing separatists in Baluchistan. | Afghanistan urged both sides to hold "
        "talks. | New Delhi dismissed the allegation as baseless.", "REJECT IND>PAK",
        id="dismissed-the-allegation"),
    row("The European Union proposed new talks with Iran on its nuclear programme. | "
        "Israel threatened to strike Iranian nuclear sites. | Russia criticised the proposal on Tuesday.",
        "ACCUSE RUS>EUR", id="criticised-the-proposal"),
    row("Colombia accused Venezuela of sheltering FARC rebels on Monday. | Ecuador urged both sides to talk. | "
        "Caracas denied these latest accusations.", "REJECT VEN>COL", id="denied-these-latest-accusations"),
]


@pytest.mark.parametrize(("story", "events"), TOLD_BY_AN_EVENT)
def test_coder_aims_an_answer_at_the_maker_of_the_act_it_names(story: str, events: set[str]) -> None:
    assert answered(story) == events


# With no such event, an earlier telling of the act names its maker: the noun with its
# owner, or its verb with its subject.
TOLD_BY_A_WORD = [
    row("Washington's demand for inspections was delivered to Pyongyang on Monday. | "
        "China welcomed talks with South Korea. | North Korea rejected the demand on Tuesday.",
        "REJECT PRK>USA", id="owner-of-the-noun"),
    row("Belarus claimed on Monday that a gas deal had been reached with Russia. | Ukraine urged Russia to "
        "keep gas flowing. | Gazprom denied the claim on Tuesday.", "REJECT RUS>BLR", id="subject-of-the-verb"),
]


@pytest.mark.parametrize(("story", "events"), TOLD_BY_A_WORD)
def test_coder_finds_the_maker_of_an_act_in_an_earlier_telling(story: str, events: set[str]) -> None:
    assert answered(story) == events


# No recipient from the nearest other party when the act is the answerer's own or when
# the story names no maker.
NOT_ANOTHERS_ACT = [
    row("The European Union offered Iran new trade talks on Monday. | Israel threatened to strike Iranian nuclear "
        "sites. | EU foreign ministers endorsed the offer on Tuesday.", id="own-offer"),
    row("The Izvestia newspaper reported that Russia would cut gas supplies to Georgia. | "
        "Georgia accused Russia of blackmail. | Moscow denied the report.", "REJECT RUS>", id="news-report-no-party"),
    row("Russian troops were reported to have crossed into Georgia on Monday. | Georgia accused Russia of "
        "aggression. | Russia rejected the report.", "REJECT RUS>", id="report-of-no-one"),
]


@pytest.mark.parametrize(("story", "events"), NOT_ANOTHERS_ACT)
def test_coder_aims_no_answer_at_another_party_when_no_one_else_made_the_act(story: str, events: set[str]) -> None:
    assert answered(story) == events


def test_coder_reads_a_verb_making_the_act_as_no_answer_to_it() -> None:
    """"the proposal offered by Clinton" is offered, not an answer to Japan's offer."""
    story = ("Japan offered food aid to North Korea on Monday. | North Korean troops fired on a South Korean patrol. | "
             "Under the proposal offered by President Bill Clinton and South Korean President Kim Young-Sam, China "
             "would join the talks.")
    assert not any(code.startswith("AGREE ") and code.endswith(">JPN") for code in answered(story))
