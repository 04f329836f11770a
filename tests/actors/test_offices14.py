"""A person whose office is tied to a town the gazetteer does not know ("Nablus mayor X",
"the mufti of Konya, X,", "X, governor of Arequipa,") holds that office in the town's
country (GeoNames places the town), in the office's sector, when the article names that
country; later mentions of the person ("Demir said") are the same person.

Every sentence is written for these tests, wire-style. Each row: the text, the name
whose mention is checked, and the code and sectors (primary first) it resolves to, or
None where the name must stay unresolved (guards).
"""

# The tables keep one case per line, so lines run past the length limit.
# ruff: noqa: E501

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mention_rows import resolution, row

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_signatures import asserted  # noqa: E402

pytestmark = pytest.mark.model


TOWN_OFFICES = [
    # the town before the office
    row("Nablus mayor Adli Yaish accused Israel of cutting the West Bank city off from its villages.", "Adli Yaish", "PSE GOV"),
    row("Kandahar police chief Abdul Karim said three attackers had crossed into Afghanistan from Pakistan.", "Abdul Karim", "AFG COP"),
    # the office "of" the town, across a comma
    row("The mufti of Konya, Hasan Demir, welcomed the pope's words on Islam during his visit to Turkey.", "Hasan Demir", "TUR REL"),
    row("The governor of Mosul, Duraid Kashmula, asked the army for more troops in northern Iraq.", "Duraid Kashmula", "IRQ GOV"),
    # the office "of" the town in an apposition after the name
    row("Carlos Medina, governor of Arequipa, accused the government of neglecting southern Peru.", "Carlos Medina", "PER GOV"),
    # later mentions of the person are the same person
    row("The mufti of Konya, Hasan Demir, welcomed the pope's words on Islam. Demir said the visit to Turkey had healed old wounds.", "Demir", "TUR REL"),
    row("Nablus mayor Adli Yaish accused Israel of cutting the city off. Yaish said the West Bank checkpoints must go.", "Yaish", "PSE GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), TOWN_OFFICES)
def test_an_office_of_a_town_is_the_towns_country_in_the_offices_sector(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


NO_TOWN_OFFICE = [
    # a town written against a hyphen is a birth or a base, and "lawyer" is no office
    row("Izmir-born lawyer Hasan Demir accused the court of bias.", "Hasan Demir", None),
    # a party's name the tagger does not call a place ("Independence" is also a US town)
    row("Independence Party leader Jon Gunnarsson accused the bank of hiding its losses.", "Jon Gunnarsson", None),
    # a role word alone names no office of the town
    row("Iraq reopened its northern roads on Monday. Mosul spokesman Ahmed Salih said the roads were open.", "Ahmed Salih", None),
    # the town's country is named nowhere: GeoNames' "Montana" is a Bulgarian town, not the US state
    row("Montana governor Brian Schweitzer said the state's Guard units were stretched.", "Brian Schweitzer", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), NO_TOWN_OFFICE)
def test_a_town_beside_no_office_places_nobody(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


NOT_THE_TOWNS_COUNTRY = [
    # GeoNames' "Montana" is a Bulgarian town, which the story does not name: the office
    # stays the state's the sentence names
    row("Montana governor Brian Schweitzer accused the Pentagon of taking the state's Guard units.", "Brian Schweitzer", "USA GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), NOT_THE_TOWNS_COUNTRY)
def test_a_town_of_a_country_the_story_does_not_name_is_no_office_of_it(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


EVENTS = [
    pytest.param("Nablus mayor Adli Yaish accused Israel of cutting the West Bank city off from its villages.", {"ACCUSE PSE>ISR"}, id="town-mayor-accuses"),
    pytest.param("Turkey's clerics were divided on Friday. The mufti of Konya, Hasan Demir, praised the pope.", {"SUPPORT TUR>VAT"}, id="town-mufti-praises"),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_a_town_officials_act_is_coded_for_the_towns_country(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
