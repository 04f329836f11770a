"""Consultations told in adjunct phrases and passives are CONSULT (PLOVER §3.2: meetings,
talks, calls, audiences, hosting):

- a talk that sets the scene for a clause's act ("criticised Iran in talks with Merkel",
  "sought support from Schmidt in a telephone conversation") is a consultation of the
  clause's subject with the other side named on the talk, or else with the party the
  verb addresses (roles.setting_addressees); the clause's own act stays coded;
- an audience with someone is a meeting with them (pattern consult.audience);
- a party greeted by officials is received by them: the greeted acts, the greeters
  receive (pattern consult.greet);
- bare talks going on ("Negotiations continued in Moscow") are between the two states
  the story is about, both actors (roles.bare_talks, roles.story_pair).

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


TALKS_SETTING_A_CLAUSE = [
    row("British Prime Minister Tony Blair criticised Iran in talks with German Chancellor Angela Merkel on Monday.",
        "ACCUSE GBR>IRN", "CONSULT GBR>DEU", id="act-done-in-talks-with-another-side"),
    row("Blair criticised Iran in a telephone conversation with German Chancellor Angela Merkel on Monday.",
        "ACCUSE GBR>IRN", "CONSULT GBR>DEU", id="act-done-in-a-phone-conversation-with-another-side"),
    row("Blair also sought support from German Chancellor Angela Merkel in a telephone conversation in November.",
        "REQUEST GBR>DEU", "CONSULT GBR>DEU", id="sought-from-in-a-phone-conversation"),
    row("Blair told German Chancellor Angela Merkel in a telephone conversation that Britain would stay in the alliance.",
        "CONSULT GBR>DEU", id="told-in-a-phone-conversation"),
    row("The Japanese foreign minister assured Chinese Premier Wen Jiabao during talks in Beijing on Monday that Tokyo "
        "would keep its pledges.",
        "AGREE JPN>CHN", "CONSULT JPN>CHN", id="assured-during-talks"),
    row("The German Chancellor offered her condolences in a telephone call to Lebanese Prime Minister Fouad Siniora.",
        "SUPPORT DEU>LBN", "CONSULT DEU>LBN", id="phone-call-to"),  # condolences to whom the call is to (addressees15)
]


@pytest.mark.parametrize(("sentence", "events"), TALKS_SETTING_A_CLAUSE)
def test_a_talk_setting_a_clause_is_a_consultation_with_its_other_side(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_TALK_PARTNER = [
    row("Blair criticised Iran in a telephone conversation on Monday.", "ACCUSE GBR>IRN",
        id="the-one-criticised-is-not-the-one-talked-to"),
    row("Blair sought support from German Chancellor Angela Merkel after talks on Monday.", "REQUEST GBR>DEU",
        id="after-talks-may-have-been-with-others"),
    row("Blair raised the issue in a telephone conversation on Monday.", id="no-other-side-at-all"),
    row("Blair told reporters in a telephone conversation that the troops would stay.", id="reporters-are-no-party"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_TALK_PARTNER)
def test_a_talk_with_no_other_side_named_or_addressed_is_no_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_a_meeting_told_before_is_not_told_again_by_whom_its_clause_addresses() -> None:
    sentence = ("US President Bill Clinton met the Dalai Lama at the White House on Wednesday. During the meeting, "
                "Clinton assured the spiritual leader that he cared about Tibet.")
    assert {e for e in asserted(sentence) if e.startswith("CONSULT")} == {"CONSULT USA>CHN"}


AUDIENCES_AND_GREETINGS = [
    row("The Japanese foreign minister, who had an audience with the pope on Monday, said relations were good.",
        "CONSULT JPN>VAT", id="audience-in-a-relative-clause"),
    row("The Japanese foreign minister had a private audience with Pope Benedict XVI on Monday.",
        "CONSULT JPN>VAT", id="private-audience"),
    row("The Japanese foreign minister was greeted by Chinese officials at the airport.",
        "CONSULT JPN>CHN", id="greeted-by-officials"),
    row("Chinese officials greeted the Japanese foreign minister at the airport.",
        "CONSULT JPN>CHN", id="officials-greeted-the-visitor"),
    row("French Foreign Minister Michel Barnier said he had been greeted by Albanian officials.",
        "CONSULT FRA>ALB", id="greeted-told-by-the-visitor"),
]


@pytest.mark.parametrize(("sentence", "events"), AUDIENCES_AND_GREETINGS)
def test_an_audience_or_a_greeting_is_a_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_AUDIENCE_OR_GREETING = [
    row("The Japanese prime minister spoke to an audience of students in Tokyo on Monday.",
        id="an-audience-of-listeners"),
    row("The European Union greeted Iran's decision with dismay.", id="a-decision-greeted"),
    row("The Japanese prime minister was greeted by cheering crowds in Hanoi.", id="greeted-by-crowds"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_AUDIENCE_OR_GREETING)
def test_an_audience_of_listeners_or_news_greeted_is_no_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


BARE_TALKS_GOING_ON = [
    row("Russia has threatened to cut gas supplies to Belarus on Monday. Belarus says Russia wants too much. "
        "Negotiations continued in Moscow on Thursday, a Gazprom spokesman said.",
        "CONSULT BLR+RUS>", id="negotiations-continued"),
    row("Ethiopia accused Eritrea of moving troops to the border. Eritrea denied it. "
        "The talks resumed in Algiers on Tuesday.",
        "CONSULT ERI+ETH>", id="the-talks-resumed"),
]


@pytest.mark.parametrize(("sentence", "events"), BARE_TALKS_GOING_ON)
def test_bare_talks_going_on_are_between_the_storys_two_states(sentence: str, events: set[str]) -> None:
    assert {e for e in asserted(sentence) if e.startswith("CONSULT")} == events


NO_BARE_TALKS = [
    row("Russia has threatened to cut gas supplies to Belarus on Monday. Belarus says Russia wants too much. "
        "The talks will remain inconclusive unless Moscow softens its demands.", id="talks-described-not-going-on"),
    row("Russia has threatened to cut gas supplies to Belarus on Monday. Ukraine said it feared a repeat of its own "
        "gas dispute with Russia. "
        "Negotiations continued in Moscow on Thursday.", id="no-pair-when-a-third-is-named-as-often"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_BARE_TALKS)
def test_talks_described_or_with_no_clear_pair_are_no_consultation(sentence: str, events: set[str]) -> None:
    assert not {e for e in asserted(sentence) if e.startswith("CONSULT")}
