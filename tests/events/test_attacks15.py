"""Attacks told from the victims' side, their author unnamed (PLOVER §3.16 ASSAULT; GUIDE:
unnamed attackers are of the country where the attack happened):

- a knife or mob killing told in the passive or as a reduced relative on the victims, with
  no agent ("were stabbed to death near Hebron", "the bodies of three men stabbed to death
  in Nairobi"; data/events/unidentified.toml violent_verbs);
- unnamed troops whose casualties an armed body of one state announces are its own troops
  ("the Pentagon said two soldiers were killed in Baghdad"; unidentified.toml
  own_force_nouns, coder `_announced_own_casualties`);
- victims owned by a possessive pronoun standing for the party telling of the attack are
  that party's ("Oxfam said three members of its staff were ambushed"; coder
  `_tellers_own_victims`);
- firing told by what the shots hit ("sprayed a polling station with gunfire", "riddled
  with bullets"; pattern assault.spray-with-fire).

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


KNIFE_AND_MOB_KILLINGS = [
    row("Two Israeli settlers were stabbed to death near Hebron on Friday.",
        "ASSAULT PSE>ISR", id="stabbed-in-the-passive-victims-named-by-state"),
    row("Police found the bodies of three men stabbed to death in Nairobi on Friday.",
        "ASSAULT KEN>KEN", id="reduced-relative-on-found-bodies"),
    row("A Christian pastor was lynched in a village in northern Nigeria on Sunday.",
        "ASSAULT NGA>NGA", id="lynched-in-a-village"),
]


@pytest.mark.parametrize(("sentence", "events"), KNIFE_AND_MOB_KILLINGS)
def test_a_knife_or_mob_killing_without_agent_is_an_attack_by_the_place(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_KNIFE_ATTACK = [
    row("A man was stabbed in a bar fight in Manchester on Saturday.", id="a-brawl-names-its-cause"),
    row("The minister said he had been stabbed in the back by his party.", id="a-figure-of-speech"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_KNIFE_ATTACK)
def test_a_stabbing_told_with_a_cause_or_as_a_figure_is_no_attack(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ANNOUNCED_OWN_CASUALTIES = [
    row("The US military announced that two more soldiers were killed in action in Iraq.",
        "ASSAULT IRQ>USA", id="killed-in-action-announced-by-an-army"),
    row("The Pentagon said two soldiers were killed in Baghdad on Sunday.",
        "ASSAULT IRQ>USA", id="killed-in-a-city-announced-by-a-defence-body"),
    row("The Israeli army said three soldiers were wounded in the Gaza Strip on Friday.",
        "ASSAULT PSE>ISR", id="wounded-announced-by-an-army"),
    row("The British Defence Ministry said a soldier was wounded in southern Afghanistan on Monday.",
        "ASSAULT AFG>GBR", id="a-defence-ministry-announces"),
]


@pytest.mark.parametrize(("sentence", "events"), ANNOUNCED_OWN_CASUALTIES)
def test_unnamed_troops_an_army_announces_killed_are_its_own(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_THE_ANNOUNCERS_OWN = [
    row("The Pentagon said two Iraqi soldiers were killed in Baghdad on Sunday.",
        "ASSAULT IRQ>IRQ", id="troops-named-by-their-state"),
    row("Iraqi police said two soldiers were killed in action in Baghdad.",
        "ASSAULT IRQ>IRQ", id="a-police-speaker-is-no-army"),
    row("The Pentagon said two civilians were killed in Baghdad on Sunday.",
        "ASSAULT IRQ>IRQ", id="civilians-are-not-troops"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_THE_ANNOUNCERS_OWN)
def test_named_troops_civilians_or_a_police_speaker_keep_the_place(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_announced_troops_are_no_telling_of_whom_the_other_attacks_hit() -> None:
    story = ("Gunmen shot dead a police officer in Mosul on Sunday, police said. In Kirkuk, four people were killed "
             "and 12 wounded Monday when a bomb went off near a mosque in a busy district, a police source said. "
             "The US military also announced that two more troops were killed in action.")
    assert asserted(story) == {"ASSAULT IRQ>IRQ", "ASSAULT IRQ>USA"}


def test_troops_marked_foreign_are_not_the_announcers() -> None:
    assert "ASSAULT IRQ>USA" not in asserted("The Pentagon said two coalition soldiers were killed in Baghdad on Sunday.")


TELLERS_OWN_VICTIMS = [
    row("Oxfam said three members of its staff were ambushed by gunmen in southern Sudan.",
        "ASSAULT SDN>NGO", id="members-of-its-staff"),
    row("Oxfam said two of its workers were killed in Darfur on Saturday.",
        "ASSAULT SDN>NGO", id="two-of-its-workers"),
    row("The Red Cross said gunmen had attacked one of its convoys in Darfur.",
        "ASSAULT SDN>NGO", id="one-of-its-convoys-active"),
    row("Israel said two of its soldiers were wounded in the Gaza Strip on Friday.",
        "ASSAULT PSE>ISR", id="a-state-tells-of-its-soldiers"),
]


@pytest.mark.parametrize(("sentence", "events"), TELLERS_OWN_VICTIMS)
def test_victims_a_teller_calls_its_own_are_the_tellers(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_THE_TELLERS_VICTIMS = [
    row("Oxfam said gunmen attacked a convoy in Darfur, adding that its staff were safe.",
        "ASSAULT SDN>SDN", id="its-elsewhere-in-the-sentence"),
    row("The Kenyan army said its troops killed four militants in Somalia.",
        "ASSAULT KEN>SOM", id="its-on-the-attacker-not-the-victim"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_THE_TELLERS_VICTIMS)
def test_a_possessive_not_on_the_victims_or_the_attackers_own_keeps_the_place(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


FIRE_TOLD_BY_WHAT_IT_HIT = [
    row("In northern Kenya, a soldier sprayed a polling station with gunfire on Sunday.",
        "ASSAULT KEN>KEN", id="sprayed-with-gunfire"),
    row("The car of a Somali minister was riddled with bullets in Mogadishu on Monday.",
        "ASSAULT SOM>SOM", id="riddled-with-bullets-no-agent"),
]


@pytest.mark.parametrize(("sentence", "events"), FIRE_TOLD_BY_WHAT_IT_HIT)
def test_spraying_a_target_with_shots_is_an_attack(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_FIRE = [
    row("Farmers in Kenya sprayed their crops with pesticide on Monday.", id="spraying-crops"),
    row("Reporters peppered the Kenyan minister with questions in Nairobi.", id="peppered-with-questions"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_FIRE)
def test_spraying_with_anything_but_shots_is_no_attack(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
