"""Planned travel and attendance (PLOVER §3.2 CONSULT, §3.1 AGREE; the GUIDE codes a planned
cooperative act as AGREE).

A journey that takes its traveller to a state is a visit by the traveller (PLOVER §3.2
CONSULT visit; pattern consult.journey-takes-to): the one the trip, tour or visit takes
acts, the state it takes them to receives. A journey still to come ("will take him to")
is a planned visit, AGREE (§3.1, the GUIDE's planned cooperative acts).

A party that will be represented, with no gathering named, is to attend the occasion the
story is about (pattern consult.will-be-represented): AGREE toward the state the article is
about, its host (role "story_host"), when that is not the party's own; so is a party that
will be among the guests or participants (pattern consult.among-attendees), and one that
will attend the funeral or ceremony with no party named on it (consult.attend-occasion). A
promise to attend answers no act told before: its recipient is the occasion's host, never
a party named in an earlier sentence.

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


JOURNEYS = [
    row("Indian Prime Minister Manmohan Singh arrived in Rome on Monday. Italy is the first stop on his tour, "
        "which will also take him to Belgium and Spain.",
        "CONSULT IND>ITA", "AGREE IND>BEL+ESP", id="relative-clause-on-the-tour-to-come"),
    row("The week-long trip will take the Chinese premier to Japan and South Korea.",
        "AGREE CHN>JPN+KOR", id="trip-as-subject-to-come"),
    row("Last month a visit took the US envoy to Damascus for the first time in two years.",
        "CONSULT USA>SYR", id="past-visit-is-a-consultation"),
    row("The tour opened in Nairobi and will take the British foreign secretary to Uganda.",
        "AGREE GBR>UGA", id="coordinated-verb-shares-the-subject"),
    row("The trip is expected to take the French president to Algeria.",
        "AGREE FRA>DZA", id="raised-under-expected"),
    row("Italy is the first stop on the Indian prime minister's tour, which will also take him to Belgium and Spain.",
        "AGREE IND>BEL+ESP", id="pronoun-taken-is-the-tours-owner"),
    row("Chinese President Hu Jintao arrived here on Thursday for a state visit. Pakistan is the last leg of "
        "Hu's tour, which has already taken him to Vietnam and India.",
        "CONSULT CHN>", "CONSULT CHN>IND+VNM", id="a-tours-stops-are-not-the-visit-retold"),
    row("The journey will bring the Pakistani president to India for the first time.",
        "AGREE PAK>IND", id="bring"),
]


@pytest.mark.parametrize(("sentence", "events"), JOURNEYS)
def test_a_journey_taking_a_party_to_a_state_is_its_visit(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_JOURNEY = [
    row("The visit will take bilateral ties to a new level.", id="ties-taken-to-no-named-place"),
    row("The war took the Iraqi general to Spain as a refugee.", id="no-journey-noun"),
    row("The tour will take the band to Spain and Portugal.", id="no-political-traveller"),
    row("The talks took the two sides to the brink of a deal.", id="talks-are-no-journey"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_JOURNEY)
def test_no_journey_taking_a_party_is_no_visit(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# An article about one state, then the represented party: the host is that state.
STORY = ("Kenya will host a regional summit on Somalia in Nairobi on Friday. Kenyan officials said "
         "twelve heads of state had confirmed. ")

REPRESENTED = [
    row(STORY + "The United States will be represented by its ambassador to the African Union.",
        "AGREE KEN>", "AGREE USA>KEN", id="will-be-represented-toward-the-story-host"),
    row(STORY + "France will be represented by Foreign Minister Philippe Douste-Blazy.",
        "AGREE KEN>", "AGREE FRA>KEN", id="named-representative"),
]


@pytest.mark.parametrize(("sentence", "events"), REPRESENTED)
def test_a_party_to_be_represented_promises_to_attend_the_storys_occasion(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_REPRESENTED = [
    row(STORY + "The United States was represented by its ambassador to the African Union.",
        "AGREE KEN>", id="represented-told-as-done-is-no-promise"),
    row(STORY + "Kenya will be represented by its foreign minister.",
        "AGREE KEN>", id="the-hosts-own-representation"),
    row("The defendant will be represented by a lawyer from Nairobi.", id="no-party-represented"),
    row("The United States could be represented by its ambassador, officials said.", id="only-possible"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_REPRESENTED)
def test_no_party_promised_to_be_represented_is_no_agreement(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events



ATTENDEES = [
    row(STORY + "Among the guests will be French President Jacques Chirac and Ugandan President Yoweri Museveni.",
        "AGREE KEN>", "AGREE FRA+UGA>KEN", id="inverted-among-the-guests"),
    row(STORY + "Ugandan President Yoweri Museveni will be among the participants.",
        "AGREE KEN>", "AGREE UGA>KEN", id="will-be-among-the-participants"),
    row(STORY + "Among the guests will be Ugandan President Yoweri Museveni. "
        "French President Jacques Chirac will attend the ceremony.",
        "AGREE KEN>", "AGREE UGA>KEN", "AGREE FRA>KEN", id="attending-the-ceremony-toward-the-story-host"),
]


@pytest.mark.parametrize(("sentence", "events"), ATTENDEES)
def test_a_party_to_be_among_the_attendees_promises_to_attend(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_ATTENDEES = [
    row("Ugandan President Yoweri Museveni accused Sudan of backing the rebels on Monday. "
        "French President Jacques Chirac will attend the ceremony.",
        "ACCUSE UGA>SDN", "AGREE FRA>", id="attending-answers-no-earlier-act"),
    row(STORY + "Ugandan President Yoweri Museveni was among the guests.", "AGREE KEN>", id="told-as-done"),
    row(STORY + "Among the victims will be Ugandan soldiers.", "AGREE KEN>", id="no-attendance-noun"),
    row(STORY + "Kenyan President Mwai Kibaki will be among the guests.", "AGREE KEN>", id="the-hosts-own"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_ATTENDEES)
def test_no_party_to_be_among_the_attendees_is_no_agreement(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
