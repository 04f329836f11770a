"""A person whose role the knowledge does not list, placed by the state the title or the
apposition names, as a specification: "British mercenary boss Tim Spicer", "Palestinian
lawyer X", "Tim Spicer, a British mercenary," are that state's people, in no sector
(PLOVER codes a person by the state they belong to); "he" later stands for them. A
former office-holder of a named body is no longer in its office's sector ("former
Federal Reserve chairman": ELI, as "former US attorney general" already was).

Each row: the article, the name whose mention is checked, and the code and sectors
(primary first) it resolves to, or None where the name must stay unresolved (guards).
"""

# The tables keep one case per line, so lines run past the length limit.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dyadwatch.pipeline import annotate_text
from dyadwatch.records import Mention

pytestmark = pytest.mark.model


@functools.cache
def mentions_of(text: str) -> tuple[Mention, ...]:
    return annotate_text(text, published=dt.date(2006, 11, 2)).mentions


def events_of(text: str) -> list[str]:
    """The article's events as "TYPE ACT>REC" (codes joined by "+")."""
    found = annotate_text(text, published=dt.date(2006, 11, 2)).events
    return [f"{e.event} {'+'.join(a.code for a in e.actor)}>{'+'.join(r.code for r in e.recipient)}" for e in found]


def resolution(text: str, name: str, *, last: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The code and sectors of the mention covering `name` (its last occurrence if `last`)."""
    start = text.rindex(name) if last else text.index(name)
    covering = [m for m in mentions_of(text) if m.start <= start < m.end and m.actor is not None]
    return (covering[0].actor.code, covering[0].actor.sectors) if covering else None


def row(text: str, name: str, expected: str | None, **options: object) -> object:
    code, _, sector_text = (expected or "").partition(" ")
    wanted = (code, tuple(s for s in sector_text.split(",") if s)) if expected else None
    return pytest.param(text, name, wanted, options, id=f"{name}->{expected}")


NATIONALITY_TITLES = [
    row("British mercenary boss Tim Spicer told reporters he was threatened by rebels.", "Tim Spicer", "GBR"),
    row("Palestinian lawyer Jamil Salem said the court had no right to try the men.", "Jamil Salem", "PSE"),
    row("US lawyer John Carter said the trial was unfair.", "John Carter", "USA"),
    row("Veteran Israeli filmmaker Amos Gitai said the film would open in Paris.", "Amos Gitai", "ISR"),
    row("Russia's richest man Roman Abramovich bought the club in 2003.", "Roman Abramovich", "RUS"),
    # a role the knowledge lists keeps its sector, as before
    row("Russian businessman Boris Berezovsky said he was threatened.", "Boris Berezovsky", "RUS BUS"),
    row("Israeli peace activist Uri Avnery met the Palestinian leader.", "Uri Avnery", "ISR CVL"),
    # guards: a stance, a birth or a base, an ethnic group, a country a specialist follows or a
    # war served in, a name's word
    row("Anti-American activist Cindy Sheehan camped outside the ranch.", "Cindy Sheehan", None),
    row("Pro-British lawyer John Carter said the trial was unfair.", "John Carter", None),
    row("British-born cleric Abu Hamza was arrested in London.", "Abu Hamza", None),
    row("US-based lawyer Jamil Salem said the trial was unfair.", "Jamil Salem", None),
    row("Ethnic Albanian lawyer John Carter said the trial was unfair.", "John Carter", None),
    row("Russia expert John Carter said the Kremlin would not yield.", "John Carter", None),
    row("Iraq war veteran John Carter said the war was lost.", "John Carter", None),
    row("French Open champion Rafael Nadal said he was tired.", "Rafael Nadal", None),
    # guards: an organisation the tagger took for a person, a sportsman or an entertainer (no
    # political role), a title across a comma, a state's word inside a longer name
    row("Swedish telecommunications giant Ericsson said it had won the contract.", "Ericsson", None),
    row("Dutch coach Guus Hiddink said the team was ready.", "Guus Hiddink", None),
    row("US actress Jennifer Aniston has filed suit against a photographer.", "Jennifer Aniston", None),
    row("Touching on Japan's foreign policy in Asia, Schieffer said Washington had no role.", "Schieffer", None),
    row("The satellite is named after South America's liberator Simon Bolivar.", "Simon Bolivar", None),
]

NATIONALITY_APPOSITIONS = [
    row("Tim Spicer, a British mercenary, said he was threatened by rebels.", "Tim Spicer", "GBR"),
    row("Jamil Salem, a Palestinian lawyer, said the court had no right to try the men.", "Jamil Salem", "PSE"),
    # guards: a birth, an expertise
    row("Abu Hamza, an Egyptian-born cleric, was arrested in London.", "Abu Hamza", None),
    row("John Carter, a Russia expert at Harvard, said the Kremlin would not yield.", "John Carter", None),
    # an origin before the nationality; a body named after "of", a pair of states keep the state
    row("Owned by Rupert Murdoch, the Australian-born US media magnate, the paper backed Blair.", "Rupert Murdoch", "USA JRN"),
    row("The talks were led by Erika Zommere, head of the Latvia-China Interparliamentary Cooperation Group.", "Erika Zommere", "LVA GOV"),
    row("Miranshah, the main town of the Pakistani tribal region, was shelled.", "Miranshah", None),
    row("The satellite, named after Simon Bolivar, the famous South American independence hero, was launched.", "Simon Bolivar", None),
]

PRONOUNS_OF_PLACED_PEOPLE = [
    row("British mercenary boss Tim Spicer arrived on Monday. He said rebels had threatened him.", "He", "GBR", last=True),
    row("Palestinian lawyer Jamil Salem spoke to reporters. He said the court had no right to try the men.", "He", "PSE", last=True),
]

# A Briton's story in Papua New Guinea: his mentions tell whose he is, not which state the
# story is about, so "police" stays Papua New Guinea's (the article's country).
IN_ANOTHER_STATES_STORY = [
    row("British mercenary boss Tim Spicer was freed in Papua New Guinea on Tuesday. Spicer said he had been beaten. He said he would sue. Papua New Guinea denied the charge. Police arrested three soldiers on Friday.", "Police", "PNG COP"),
]

FORMER_OFFICES = [
    row("Former Federal Reserve chairman Paul Volcker criticized the UN on Monday.", "Paul Volcker", "USA ELI"),
    row("Former US attorney general Ramsey Clark met Saddam Hussein.", "Ramsey Clark", "USA ELI"),
    row("Ramsey Clark, the former US attorney general, met Saddam Hussein.", "Ramsey Clark", "USA ELI"),
    # a serving office-holder of the body keeps its sector
    row("Federal Reserve chairman Ben Bernanke warned Congress on Monday.", "Ben Bernanke", "USA GOV"),
]


IGO_STAFF = [
    row("UN investigator Detlev Mehlis handed his report to Kofi Annan on Monday.", "Detlev Mehlis", "UNO"),
    row("IAEA inspector Jacques Baute said Iraq had cooperated with the team.", "Jacques Baute", "IGO"),
    # a listed person keeps the office the knowledge gives
    row("UN chief weapons inspector Hans Blix arrived in Baghdad on Monday.", "Hans Blix", "UNO GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected", "options"), IGO_STAFF)
def test_resolve_person_titled_by_an_international_body_and_an_unlisted_role_as_its_staff(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), NATIONALITY_TITLES)
def test_resolve_person_titled_by_a_demonym_and_an_unlisted_role_as_that_states(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), NATIONALITY_APPOSITIONS)
def test_resolve_person_whose_apposition_gives_a_demonym_and_an_unlisted_role(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), PRONOUNS_OF_PLACED_PEOPLE)
def test_resolve_pronoun_after_a_person_placed_by_nationality(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), FORMER_OFFICES)
def test_resolve_former_holder_of_a_named_bodys_office_out_of_its_sector(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), IN_ANOTHER_STATES_STORY)
def test_resolve_domestic_actor_by_the_story_not_by_a_foreigner_placed_by_nationality(text, name, expected, options):
    assert resolution(text, name, **options) == expected


# An act of a person placed by nationality alone is coded only toward a political actor: the
# annotation guide leaves out events whose parties are all private individuals.
PRIVATE_ACTS = [
    pytest.param("British mercenary boss Tim Spicer condemned Papua New Guinea's army chief.", ["ACCUSE GBR>PNG"], id="toward-an-army"),
    pytest.param("Spanish teenager Rafael Nadal pulled out of the tournament due to injury.", [], id="withdrawal-alone"),
    pytest.param("Swiss teenager Anna Keller accused Italian writer Marco Rossi of lying.", [], id="private-toward-private"),
]


@pytest.mark.parametrize(("text", "expected"), PRIVATE_ACTS)
def test_code_events_of_people_placed_by_nationality_only_toward_a_political_side(text, expected):
    assert events_of(text) == expected
