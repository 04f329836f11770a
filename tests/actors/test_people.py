"""Well-known political figures by name (data/actors/people.tsv): which spellings of a
name find the person, and which must find no one."""

from __future__ import annotations

import pytest

from dyadwatch.actors.people import load_people

FOUND = [
    ("Vladimir Putin", "RUS"),
    ("vladimir putin", "RUS"),  # case does not matter
    ("Putin", "RUS"),  # a distinctive family name alone
    ("Vladimir Vladimirovich Putin", "RUS"),  # a middle name between the listed two
    ("Omar Hassan al-Bashir", "SDN"),
    ("Recep Tayyip Erdoğan", "TUR"),  # accents fold
    ("Kim Jong Un", "PRK"),
    ("Kofi Annan", "UNO"),
]

NOT_FOUND = [
    "Bush",  # several leaders share it
    "Kim",  # a family name of millions
    "Kim Dae Il",  # not Kim Jong Il: Korean names are not matched by their ends
    "Vladimir Ivanov",  # a listed first name with another family name
    "Amadou Diallo",
]


@pytest.mark.parametrize(("name", "code"), FOUND)
def test_people_finds_a_listed_person_by_name(name, code):
    person = load_people().lookup(name)
    assert person is not None and person.code == code


@pytest.mark.parametrize("name", NOT_FOUND)
def test_people_finds_no_one_for_an_ambiguous_or_unknown_name(name):
    assert load_people().lookup(name) is None


def test_people_finds_a_family_name_only_with_the_year_one_member_held_office():
    people = load_people()
    assert people.lookup("Assad") is None
    assert people.lookup("Assad", 1995).name == "Hafez al-Assad"
    assert people.lookup("Assad", 2005).name == "Bashar al-Assad"
    assert people.lookup("Assad", 2000) is None  # both held office that year


def test_people_file_has_one_row_per_name():
    people = load_people()
    assert len(people.by_name) > 1000
