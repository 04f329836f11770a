"""Unnamed private people an act of violence or force is done to ("a local woman", "a
12-year-old schoolgirl") are of the place they live or the act happens in (GUIDE: victims
given by place; coder `_unnamed_victims`): the state their own phrase places them in, else
the one state the sentence places anything in, else, the sentence naming no place, the
article's country. An apology or a regret for an act of harm is made to whom the act
harmed (coder `_harmed_by_regretted_act`).

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


# Two sentences that make Japan the article's country, and no event of the victim's kind.
JAPAN = "Japan's cabinet met in Tokyo on Monday. Japanese officials said the economy was growing. "

PLACED_VICTIMS = [
    row("Anger grew in Okinawa after the rape of a local schoolgirl by two American sailors.",
        "ASSAULT USA>JPN", id="local-victim-of-a-noun-the-sentence-placing-the-anger"),
    row("Officials expressed concern over the assault of a local woman in Okinawa by a US marine.",
        "ASSAULT USA>JPN", id="victim-placed-in-its-own-phrase"),
    row("Protesters gathered in Seoul after US soldiers beat a local man outside a bar.",
        "ASSAULT USA>KOR", id="local-victim-of-a-verb-the-sentence-placing-a-protest"),
    row(JAPAN + "The rape of a 14-year-old girl by two US marines angered many.",
        "ASSAULT USA>JPN", id="no-place-in-the-sentence-the-articles-country"),
    row(JAPAN + "A local woman was beaten by a US sailor on Sunday.",
        "ASSAULT USA>JPN", id="passive-victim-the-articles-country"),
    row(JAPAN + "Japanese police arrested a 40-year-old man on Sunday.",
        "COERCE JPN>JPN", id="an-arrest-of-an-unnamed-man"),
]


@pytest.mark.parametrize(("sentence", "events"), PLACED_VICTIMS)
def test_unnamed_victims_are_of_the_place(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_PLACED = [
    row(JAPAN + "The rape of his daughter by two US marines angered many.",
        "ASSAULT USA>", id="a-victim-with-an-owner"),
    row(JAPAN + "Two US marines assaulted a foreign student.",
        "ASSAULT USA>", id="a-victim-marked-foreign"),
    row("A US soldier assaulted a local woman on the border between Germany and Austria.",
        "ASSAULT USA>", id="a-place-no-state-resolves"),
    row("A US soldier assaulted a local woman, a newspaper said.",
        "ASSAULT USA>", id="no-place-and-no-article-country"),
    row(JAPAN + "Two US marines assaulted a Kurdish woman.",
        "ASSAULT USA>", id="a-nationality-is-the-mentions-to-resolve"),
    row(JAPAN + "Japanese police arrested his son on Sunday.",
        "COERCE JPN>", id="an-arrest-of-someone-owned"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_PLACED)
def test_victims_the_words_mark_otherwise_are_not_placed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


APOLOGIES_TO_THE_HARMED = [
    row("The US Air Force expressed regret over the assault of a local woman in Okinawa by an airman.",
        "CONCEDE USA>JPN", id="regret-for-harm-to-unnamed-victims-placed"),
    row("The US military apologized for the killing of two Afghan civilians in Kandahar.",
        "CONCEDE USA>AFG", id="apology-for-a-killing-of-victims-named-by-nationality"),
    row(JAPAN + "The US Navy voiced regret over the beating of a local man by two sailors.",
        "CONCEDE USA>JPN", id="regret-victims-of-the-articles-country"),
]


@pytest.mark.parametrize(("sentence", "events"), APOLOGIES_TO_THE_HARMED)
def test_an_apology_for_harm_is_made_to_the_harmed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_HARMED_PARTY = [
    row("The US military apologized for the killing of two US soldiers by friendly fire.",
        "CONCEDE USA>", id="the-actors-own-people-are-no-recipient"),
    row("The US Air Force expressed regret over the delay of the talks.",
        "CONCEDE USA>", id="regret-for-no-act-of-harm"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_HARMED_PARTY)
def test_an_apology_for_no_harm_to_another_party_has_no_recipient(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
