"""A state's force or office named by a people of several states, not by its state ("Serb
police", "Kurdish forces", "Croat troops", "Druze Information Minister X"), is that of the
one state, among the states where that people holds state power (context.toml [peoples]
holds), that the article names (rules context.people-state and person.title-people).
The article naming two of the people's states, or one where the people holds no state
power of its own ([peoples] shares), leaves it open; a people's civilians keep their
reading.

Every sentence is written for these tests, wire-style.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from mention_rows import actor_at

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_signatures import asserted, row as event_row  # noqa: E402

pytestmark = pytest.mark.model


def code_of(text: str, phrase: str) -> str | None:
    """The code the first resolved mention covering the last `phrase` of the text gives."""
    actor = actor_at(text, text.rindex(phrase), published=dt.date(1998, 6, 1))
    return actor.code if actor is not None else None


PLACED = [
    pytest.param("Serb police clashed with ethnic Albanian protesters in the Kosovo town of Pec on Monday. "
                 "Serbia's interior ministry said 20 officers were hurt.", "Serb police", "SRB",
                 id="serb-police-in-kosovo-are-serbias"),
    pytest.param("Kurdish forces took control of the town of Makhmur, Iraqi officials said.", "Kurdish forces", "IRQ",
                 id="kurdish-forces-with-only-iraq-named"),
    pytest.param("Croat troops shelled the Muslim-held east of the city overnight, Bosnian radio reported.",
                 "Croat troops", "BIH", id="croat-troops-with-only-bosnia-named"),
    pytest.param("The Serb government accused Albania of arming the rebels, state television in Belgrade reported.",
                 "Serb government", "SRB", id="serb-government-with-belgrade-named"),
    pytest.param("\"Syria must respect our independence,\" said Druze Information Minister Ghazi Aridi. "
                 "Lebanon's cabinet met on Monday.", "Druze Information Minister", "LBN",
                 id="druze-minister-in-a-story-naming-lebanon-and-syria"),
    pytest.param("Bosnia's presidency met in Sarajevo on Monday. Bosnian officials said Serb forces shelled the town "
                 "overnight. Bosnia's foreign minister asked Serbia to rein in the gunmen.", "Serb forces", "BIH",
                 id="the-articles-clear-country-among-two-named"),
]


@pytest.mark.parametrize(("text", "phrase", "code"), PLACED)
def test_a_peoples_force_or_office_is_the_named_state_where_it_holds_power(text: str, phrase: str, code: str) -> None:
    assert code_of(text, phrase) == code


OPEN = [
    pytest.param("Serb forces shelled the town, officials in Belgrade and Sarajevo said.", "Serb forces",
                 id="two-of-the-peoples-states-named"),
    pytest.param("Kurdish troops clashed with guerrillas near the border, Turkish and Iraqi officials said.",
                 "Kurdish troops", id="a-state-where-the-people-holds-no-power-also-named"),
    pytest.param("Serb police set up checkpoints around Knin, Croatia's defense ministry said.", "Serb police",
                 id="only-a-state-where-the-people-holds-no-power-named"),
    pytest.param("\"We will not accept this,\" said Druze Labor Minister Salim Tarif. "
                 "Israel and Lebanon exchanged fire on Monday.", "Druze Labor Minister", id="druze-minister-two-states"),
    pytest.param("Kurdish refugees fled to the border, Iraqi officials said.", "Kurdish refugees",
                 id="a-peoples-civilians-are-no-state-force"),
    pytest.param("Jewish officials in New York said the Swiss banks must pay, and Israel's parliament backed them.",
                 "Jewish officials", id="a-communitys-officials-are-no-states"),
]


@pytest.mark.parametrize(("text", "phrase"), OPEN)
def test_a_peoples_force_is_nobodys_when_the_article_leaves_its_state_open(text: str, phrase: str) -> None:
    assert code_of(text, phrase) is None


def test_a_gazetteer_name_keeps_its_state() -> None:
    text = "Bosnian Serb police detained two journalists, Serbia's foreign ministry said."
    assert code_of(text, "Bosnian Serb police") == "BIH"


EVENTS = [
    event_row("Serb police arrested 15 ethnic Albanians in Kosovo on Monday, Serbia's Interior Ministry said.",
              "COERCE SRB>KOS", id="serb-police-arrest-in-kosovo"),
    event_row("\"Syria must respect our independence,\" said Druze Information Minister Ghazi Aridi. "
              "Lebanon's cabinet met on Monday.", "REQUEST LBN>SYR", id="druze-minister-demands"),
]


@pytest.mark.parametrize(("sentence", "events"), EVENTS)
def test_events_of_a_peoples_force_or_office(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_a_later_bare_police_does_not_take_the_guessed_state() -> None:
    text = ("About 2,000 Albanians rallied in Rome on Saturday against raids by Serb police in Kosovo, "
            "Serbia's southern province. The police barred the crowd from reaching the embassy in central Rome.")
    assert asserted(text) >= {"ASSAULT SRB>KOS"}
    assert not any(event.startswith("COERCE SRB") for event in asserted(text))
