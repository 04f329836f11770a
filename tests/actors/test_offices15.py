"""A person whose office is tied to a first-level division of a state (a province,
prefecture, region or federated state: "Aceh Governor X", "Balochistan chief minister X",
"Yunnan province governor X") holds that office in the division's state (pycountry's
ISO 3166-2 table, data/actors/divisions.toml), when the article names that state; a
division name two states share ("Punjab") is nobody's. A service member "stationed at"
a base in the one state the sentence names is not that state's: the article's other
state when it names exactly two (rule person.posted-abroad), else nobody's.

Every sentence is written for these tests, wire-style. Each row: the text, the name
whose mention is checked, and the code and sectors (primary first) it resolves to, or
None where the name must stay unresolved (guards).
"""

# The tables keep one case per line, so lines run past the length limit.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from dyadwatch.actors.divisions import division_country
from mention_rows import resolution, row

pytestmark = pytest.mark.model


DIVISION_OFFICES = [
    # the division before the office
    row("Indonesia sent more troops on Monday. Aceh Governor Abdullah Puteh condemned the attack on the police post.", "Abdullah Puteh", "IDN GOV"),
    row("Pakistan deployed troops. Balochistan chief minister Jam Mohammad Yousaf accused India of backing the rebels.", "Jam Mohammad Yousaf", "PAK GOV"),
    # the division and the kind of division before the office
    row("China said on Monday that Yunnan province governor Qin Guangrong met the Thai ambassador.", "Qin Guangrong", "CHN GOV"),
    # the tagger takes the office and the name for one organisation, or the place for a person
    row("Pakistan said on Monday that Sindh Governor Ishratul Ibad met the Chinese consul.", "Ishratul Ibad", "PAK GOV"),
    row("Japan said on Friday that Hokkaido Governor Harumi Takahashi criticised the cabinet decision.", "Harumi Takahashi", "JPN GOV"),
    row("Japan's cabinet met on Friday. Okinawa Governor Keiichi Inamine criticised the decision.", "Keiichi Inamine", "JPN GOV"),
    row("Nigeria closed the border on Friday. Borno state governor Kashim Shettima accused Cameroon of sheltering the militants.", "Kashim Shettima", "NGA GOV"),
]

NOT_PLACED = [
    # a division name two states share
    row("India and Pakistan traded fire. Punjab chief minister Pervaiz Elahi condemned the shelling across the border.", "Pervaiz Elahi", None),
    # the article names no state of the division
    row("Aceh Governor Abdullah Puteh condemned the attack on the police post.", "Abdullah Puteh", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), DIVISION_OFFICES + NOT_PLACED)
def test_an_office_of_a_division_is_its_states(text: str, name: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert resolution(text, name) == expected


@pytest.mark.parametrize(("name", "code"), [
    ("Aceh", "IDN"), ("Yunnan", "CHN"), ("Yunnan province", "CHN"), ("Balochistan", "PAK"), ("Borno state", "NGA"),
    ("Punjab", None),  # India's and Pakistan's
    ("North", None),  # a direction (Cameroon's region)
    ("Springfield", None),  # a town, no division
])
def test_division_names(name: str, code: str | None) -> None:
    assert division_country(name) == code


def test_a_party_named_for_a_town_is_no_office_of_the_towns_state() -> None:
    """"Independence Party leader X": Independence is a US town, but a party's leader holds
    no office of the state the town lies in."""
    text = "Iceland held an election. Independence Party leader Geir Haarde met the US ambassador in Reykjavik."
    found = resolution(text, "Geir Haarde")
    assert found is None or found[0] != "USA"


POSTED = [
    # the article's other state
    row("The United States keeps 47,000 troops in Japan under a security treaty. Japanese police said Wednesday that Air Force sergeant John Hale, stationed at a base on the southern Japanese island, had been arrested.", "John Hale", "USA MIL"),
    # the sentence's one state only: no guess
    row("Japanese police said Wednesday that Air Force sergeant John Hale, stationed at a base on the southern Japanese island, had been arrested.", "John Hale", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), POSTED)
def test_a_member_stationed_in_a_state_is_not_its(text: str, name: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert resolution(text, name) == expected
