"""People named by a collective noun without a country ("the pilots", "police officers",
"workers") are placed by what the text says of them: the article's one country
(context.toml [domestic]) for a noun that names a domestic group, alone or with the noun
compounded on it ("police officers"); for the police, the place named in their act's own
clause ("barred the crowd from reaching the consulate in Ankara"); "the workers" the
party named shortly before by that word ("Bangladeshi workers"); never the place for a
group the words mark as from elsewhere ("foreign workers in Dubai", "migrant workers").

Every sentence is written for these tests, wire-style, in the form
`row(text, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


PLACED = [
    row("South Korea's labour ministry said on Monday that talks had stalled. The South Korean government offered a "
        "wage deal on Tuesday. The pilots rejected the offer on Wednesday.",
        "AGREE KOR>", "REJECT KOR>", id="airline-pilots-are-organized-labour-of-the-articles-country"),
    row("Turkey's interior ministry announced new security measures on Monday. Turkish officials said the measures "
        "would last a month. Police officers seized 20 rifles in a raid on Tuesday.",
        "COERCE TUR>", id="police-officers-by-the-compound-on-the-head"),
    row("Kenya's government ordered an inquiry on Monday. Kenyan officials said the inquiry would report within a "
        "month. Police officers arrested six suspects on Tuesday.",
        "ACCUSE KEN>", "COERCE KEN>", id="police-officers-arresting"),
    row("The police barred the marchers from reaching the Iranian embassy in central Ankara.",
        "COERCE TUR>TUR", id="police-placed-by-the-place-deeper-in-their-clause"),
    row("Bangladeshi workers staged a strike at a textile factory on Monday. The government offered a pay rise. "
        "The workers rejected the offer on Tuesday.",
        "PROTEST BGD>BGD", "AGREE BGD>", "REJECT BGD>", id="the-workers-are-the-workers-named-before"),
    row("Serbian students marched on Monday. The Croatian government said the students should be punished. "
        "The students accused the Croatian police of brutality.",
        "THREATEN HRV>HRV", "ACCUSE SRB>HRV", id="the-students-named-before-over-the-articles-country"),
    row("Foreign ministers of ASEAN began their meeting on Tuesday in the Thai city of Chiang Mai.",
        "CONSULT IGO>", id="foreign-ministers-are-no-foreigners"),
]


@pytest.mark.parametrize(("sentence", "events"), PLACED)
def test_collective_people_are_placed_by_what_the_text_says(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_PLACED = [
    row("Nigeria's government announced a new budget on Monday. Nigerian officials said the budget would be debated "
        "next week. The police officer said the suspects had fled.", id="one-officer-by-a-generic-role-stays-unnamed"),
    row("Police arrested a man who had fought alongside rebels in Syria.", id="a-place-in-a-clause-of-its-own"),
    row("Bangladeshi farmers blocked a highway on Monday. The workers rejected the government's offer on Tuesday.",
        "PROTEST BGD>BGD", id="people-named-before-by-another-word-are-not-these"),
    row("Foreign workers in Dubai staged a strike over unpaid wages.", id="foreign-workers-are-not-the-places"),
    row("Migrant workers in Kuwait protested against the new labour law.", id="migrant-workers-are-not-the-places"),
    row("Expatriate teachers in Qatar demanded higher wages from the government.",
        id="expatriate-teachers-are-not-the-places"),
    row("Soldiers blocked the convoy from reaching the refugee camp in Gaza.", id="an-army-acts-abroad"),
    row("Turkey's interior ministry announced new security measures on Monday. Turkish officials said the measures "
        "would last a month. Government regulators seized the bank on Tuesday.",
        id="a-compound-that-makes-no-title-with-the-head"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_PLACED)
def test_collective_people_the_text_does_not_place_stay_unresolved(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# An act under "has to" is owed, as under "must"; one under a negated verb of knowing
# ("not known to have attacked") is told neither as done nor as not done.
UNASSERTED = [
    row("Syria has to withdraw its troops from Lebanon.", id="has-to-is-an-obligation"),
    row("Syria will have to withdraw its troops from Lebanon.", id="will-have-to-is-an-obligation"),
    row("Syrian officers not proven to have attacked Lebanese civilians will be freed.", id="not-proven-to-have"),
    row("Syria is not believed to have attacked the Lebanese village.", id="not-believed-to-have"),
]


@pytest.mark.parametrize(("sentence", "events"), UNASSERTED)
def test_an_act_owed_or_not_known_to_be_done_is_not_asserted(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ASSERTED = [
    row("Syria had to withdraw its troops from Lebanon in 2005.", "RETREAT SYR>LBN", id="had-to-is-told-as-done"),
    row("Syria is believed to have attacked the Lebanese village.", "ASSAULT SYR>LBN", id="believed-to-have"),
]


@pytest.mark.parametrize(("sentence", "events"), ASSERTED)
def test_an_act_one_had_to_do_or_is_believed_to_have_done_is_asserted(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events
