"""Harm by an accident or a disaster is no ASSAULT, which is force used by an actor
against another (PLOVER ASSAULT; coder `_accidental_harm`, data/events/coder.toml
`accident_nouns` and the lists after it): a harm verb whose doer is such a cause ("a fire
killed"), or which names no doer and gives such a cause in its "in" phrase, its "when"
clause or the clause it is a participle of ("crashed …, killing 36"). An attack told
around the cause stays an ASSAULT ("a car bomb explosion", "hit by a rocket", "a
deliberately set fire", "artillery fire").

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


ACCIDENTS = [
    row("Nine miners were killed in a gas explosion at a colliery in Donetsk, Ukraine, on Tuesday.",
        id="killed-in-a-gas-explosion"),
    row("Two miners were killed in an explosion at a coal mine in Poland.", id="explosion-at-a-coal-mine"),
    row("A methane explosion at a coal mine in Katowice, Poland, killed 23 miners.", id="methane-explosion-as-subject"),
    row("An explosion at a fireworks factory in Java, Indonesia, killed nine workers.",
        id="fireworks-factory-explosion"),
    row("A blast at an oil pipeline in Lagos, Nigeria, killed at least 200 people.", id="a-blast-at-a-pipeline"),
    row("A fire killed 18 patients at a hospital in Moscow on Saturday.", id="a-fire-as-subject"),
    row("An Iranian military plane crashed in Tehran, killing 36 Revolutionary Guards.",
        id="crashed-killing"),
    row("Eleven soldiers were killed in Kabul, Afghanistan, when their helicopter crashed.",
        id="killed-when-it-crashed"),
    row("Eight children were killed in Harbin, China, when their bus plunged into a frozen river.",
        id="killed-when-a-bus-plunged"),
    row("Three firefighters were killed in Madrid, Spain, when a burning building collapsed.",
        id="killed-when-a-building-collapsed"),
    row("Four people were killed in Ankara, Turkey, when an earthquake struck.", id="killed-when-an-earthquake-struck"),
]


@pytest.mark.parametrize(("sentence", "events"), ACCIDENTS)
def test_harm_by_an_accident_or_disaster_is_no_assault(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ATTACKS = [
    row("A car bomb explosion killed six policemen in Mosul, Iraq.", "ASSAULT IRQ>IRQ", id="a-car-bomb-explosion"),
    row("A landmine blast killed two soldiers in Jaffna, Sri Lanka.", "ASSAULT LKA>LKA", id="a-landmine-blast"),
    row("An explosion killed seven people at a market in Baghdad, Iraq.", "ASSAULT IRQ>IRQ",
        id="a-bare-explosion-may-be-a-bomb"),
    row("Two soldiers were killed in Kabul, Afghanistan, when their helicopter crashed after it was hit by a rocket.",
        "ASSAULT AFG>AFG", id="crashed-after-hit-by-a-rocket"),
    row("Two soldiers were killed in the crash of a helicopter hit by a rocket near Baghdad.", "ASSAULT IRQ>IRQ",
        id="the-crash-of-a-helicopter-hit-by-a-rocket"),
    row("A deliberately set fire killed three asylum seekers at a hostel in Hamburg, Germany.", "ASSAULT DEU>DEU",
        id="a-deliberately-set-fire"),
    row("Two soldiers were killed by artillery fire in Donetsk, Ukraine.", "ASSAULT UKR>UKR", id="artillery-fire"),
    row("Two soldiers were killed by enemy fire in Helmand province of Afghanistan.", "ASSAULT AFG>AFG",
        id="enemy-fire"),
    row("Israeli troops killed two Palestinian gunmen in a clash near Nablus.", "ASSAULT ISR>PSE",
        id="a-named-doer"),
    row("Two US soldiers were killed in Operation Desert Storm in Iraq.", "ASSAULT IRQ>USA",
        id="an-operation-named-storm"),
]


@pytest.mark.parametrize(("sentence", "events"), ATTACKS)
def test_an_attack_told_around_the_harm_stays_an_assault(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
