"""Conflict and coercion constructions of wire copy the event coder codes by the PLOVER
manual (§3.13-3.16): each row is a sentence written for these tests and the events an
analyst codes from it, written `TYPE ACTOR>RECIPIENT` as in test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import coded

from dyadwatch.pipeline import annotate_text


# An arrest in the passive without agent is by the authorities of the place it names.
UNNAMED_ARRESTS = [
    ("Twelve Cambodian fishermen were arrested in southern Thailand on Monday.", "COERCE THA>KHM"),
    ("Three Nigerian traders have been detained in Ghana, officials said.", "COERCE GHA>NGA"),
]


@pytest.mark.parametrize(("sentence", "event"), UNNAMED_ARRESTS)
def test_coder_passive_arrest_without_agent_is_by_the_place_authorities(sentence: str, event: str) -> None:
    assert event in coded(sentence)


def test_coder_passive_arrest_actor_is_police() -> None:
    events = [e for e in annotate_text(UNNAMED_ARRESTS[0][0]).events if e.event == "COERCE"]
    assert [a.sectors for e in events for a in e.actor] == [("COP",)]


# With no place, police who report the arrest made it; other reporters are not guessed at.
REPORTED_ARRESTS = [
    pytest.param("Japanese police announced on Wednesday that a US Marine had been arrested.", {"COERCE JPN>USA"},
                 id="police-announce-the-arrest"),
    pytest.param("Indonesian police said an Australian surfer had been detained for drug smuggling.",
                 {"COERCE IDN>AUS"}, id="police-say-detained"),
    pytest.param("US officials said a Syrian man had been arrested.", set(), id="officials-are-not-the-arresters"),
]


@pytest.mark.parametrize(("sentence", "events"), REPORTED_ARRESTS)
def test_coder_passive_arrest_reported_by_police_is_theirs(sentence: str, events: set[str]) -> None:
    assert {e for e in coded(sentence) if e.startswith("COERCE")} == events


def test_coder_passive_arrest_by_named_agent_keeps_the_agent() -> None:
    assert "COERCE RUS>UKR" in coded("Two Ukrainian sailors were arrested in Turkey by Russian agents.")


# Fighting told as a noun "with" or "against" a side is two-sided: both sides act (GUIDE).
FIGHTING_NOUNS = [
    ("Chadian troops lost nine men in a firefight with Sudanese militiamen.", "ASSAULT SDN+TCD>"),
    ("Three Lebanese fighters died in a gunbattle with Israeli soldiers near the border.", "ASSAULT ISR+LBN>"),
]


@pytest.mark.parametrize(("sentence", "event"), FIGHTING_NOUNS)
def test_coder_fighting_noun_codes_its_sides(sentence: str, event: str) -> None:
    assert event in coded(sentence)


def test_coder_ending_the_fighting_is_no_attack() -> None:
    assert not any(e.startswith("ASSAULT") for e in coded("Mandela urged the two leaders to end the fighting."))


# A booby trap or shrapnel names how an attack was made, not who made it: the unknown
# attacker is placed where the attack was (data/events/unidentified.toml).
UNNAMED_MEANS = [
    ("A Canadian soldier was killed by a booby trap in Afghanistan on Sunday.", "ASSAULT AFG>CAN"),
    ("Four Iraqi policemen were wounded by shrapnel in Iraq.", "ASSAULT IRQ>IRQ"),
]


@pytest.mark.parametrize(("sentence", "event"), UNNAMED_MEANS)
def test_coder_booby_trap_and_shrapnel_name_an_unidentified_attacker(sentence: str, event: str) -> None:
    assert event in coded(sentence)
