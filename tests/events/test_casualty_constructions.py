"""Violence wire copy tells through its casualties, coded as the realnews GUIDE reads it:
fighting is two-sided (every party an actor, no recipient), and an attack whose author the
text does not name is by unidentified armed men (UAF) of the country where it happened.
Each row is a sentence written for these tests and the events an analyst codes from it,
written `TYPE ACTOR>RECIPIENT` as in test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row, signature

from dyadwatch.pipeline import annotate_text

# Casualties "in clashes with", "in a gunbattle with", "in an exchange of fire with" a
# side: the casualties' side and that side fought.
KILLED_IN_FIGHTING_WITH = [
    row("Two Afghan policemen were killed in a gunbattle with Taliban insurgents in Kandahar on Sunday.",
        "ASSAULT AFG>", id="passive-gunbattle-with"),
    row("A Pakistani militant died in an exchange of fire with police in Karachi.", "ASSAULT PAK>",
        id="died-exchange-of-fire-with"),
    row("Three Lebanese fighters died in a gunbattle with Israeli soldiers near the border.", "ASSAULT ISR+LBN>",
        id="died-gunbattle-with-foreign-side"),
    row("Four Russian soldiers and two Chechen rebels were killed in clashes in Chechnya.", "ASSAULT RUS>",
        id="casualties-on-both-sides"),
    row("Two Israelis and a Palestinian were killed in clashes in Hebron.", "ASSAULT ISR+PSE>",
        id="casualties-of-two-states"),
]

# "Fighting between X and Y": the two sides.
KILLED_IN_FIGHTING_BETWEEN = [
    row("More than 30 people were killed in fighting between Sudanese troops and Chadian rebels.",
        "ASSAULT SDN+TCD>", id="fighting-between-two-states"),
    row("Twelve people were injured in fights between rival party supporters in Dhaka.", "ASSAULT BGD>",
        id="fights-between-unnamed-supporters-placed"),
]

# Casualties of fighting with no other side named, and a killing with neither author nor
# means: unidentified armed men of the place attacked the casualties.
UNNAMED_ENEMY = [
    row("The opposition candidate died during a clash in Kenya, police said.", "ASSAULT KEN>KEN",
        id="died-during-a-clash"),
    row("Two more US troops were killed in action in Iraq on Monday.", "ASSAULT IRQ>USA", id="killed-in-action"),
]

# The attack placed by a relative clause on what it was told by.
PLACED_BY_RELATIVE_CLAUSE = [
    row("Twenty Sudanese troops were wounded during the fighting, which took place in northern Darfur.",
        "ASSAULT SDN>SDN", id="fighting-which-took-place"),
    row("Four policemen were killed by a bomb which exploded in Kabul.", "ASSAULT AFG>", id="bomb-which-exploded"),
]

NOT_FIGHTING = [
    row("Two Kenyan tourists were killed in a car crash near Mombasa.", id="accident"),
    row("Dozens of Bangladeshis died in floods in Sylhet.", id="natural-disaster"),
    row("Former Kenyan president Daniel Moi died in his battle with cancer in Nairobi.", id="illness"),
    row("A Kenyan farmer died in a fight over land in Nyeri.", id="private-brawl"),
    row("It is an honour for a Peruvian soldier to die in battle in Peru.", id="infinitive-tells-no-death"),
]


@pytest.mark.parametrize(("sentence", "events"), KILLED_IN_FIGHTING_WITH + KILLED_IN_FIGHTING_BETWEEN)
def test_coder_casualties_of_fighting_make_its_sides_actors(sentence: str, events: set[str]) -> None:
    assert events <= coded(sentence)


@pytest.mark.parametrize(("sentence", "events"), UNNAMED_ENEMY)
def test_coder_casualties_of_one_sided_fighting_are_attacked_by_the_place(sentence: str, events: set[str]) -> None:
    assert events <= coded(sentence)


@pytest.mark.parametrize(("sentence", "events"), PLACED_BY_RELATIVE_CLAUSE)
def test_coder_attack_without_author_is_placed_by_a_relative_clause(sentence: str, events: set[str]) -> None:
    assert events <= coded(sentence)


@pytest.mark.parametrize(("sentence", "events"), NOT_FIGHTING)
def test_coder_deaths_that_name_no_fighting_are_no_attack(sentence: str, events: set[str]) -> None:
    assert not any(event.startswith("ASSAULT") for event in coded(sentence))


def test_coder_unnamed_enemy_is_an_unidentified_armed_force() -> None:
    events = [e for e in annotate_text(UNNAMED_ENEMY[0].values[0]).events if e.event == "ASSAULT"]
    assert [a.sectors for e in events for a in e.actor] == [("UAF",)]


def test_coder_killing_with_object_in_clashes_stays_one_sided() -> None:
    assert "ASSAULT IDN>IDN" in coded("Indonesian troops killed 12 rebels in clashes in Aceh.")


def test_coder_casualties_of_fighting_take_no_recipient_from_another_telling() -> None:
    article = ("Turkish warplanes bombed PKK camps in northern Iraq on Friday. "
               "Three Turkish soldiers were killed in clashes with PKK rebels near the border.")
    events = [e for e in annotate_text(article).events if e.pattern.endswith("casualties-of-fighting")]
    assert [e.recipient for e in events] == [()]


def test_coder_named_victim_without_author_is_the_article_country() -> None:
    article = ("BEIRUT, Lebanon (AP) _ Lebanese journalists protested in Beirut on Monday. "
               "The Lebanese government condemned the killing. Journalist Samir Kassir was killed in June. "
               "Lebanese police said they had no suspects. Lebanon's president called for calm.")
    assert "ASSAULT LBN>LBN" in {signature(e) for e in annotate_text(article).events}
