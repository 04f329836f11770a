"""People named by a faith, an ideology or a people with no state of its own and a role
noun ("Islamist fighters", "Shiite ministers", "Tamil rebels", "Kurdish lawmakers"), or by
its plural alone ("the Shiites", "the Maoists"): the words name no state, so in a story
about one country (the domestic rule of context.toml [domestic], its `affiliations`) they
are that country's, in the role noun's sector (named by the plural alone: a social group,
CVL, or, for an ideology of armed struggle, `movements`, its rebels, REB); never when
the sentence names another state, nor without a clear article country. A fighter is a
member of a non-state armed group (REB; the manual's MIL covers state militaries only), a
fighter aircraft a state's military's.

Every article is written for these tests, wire-style. Each row: the article, the phrase
whose mention is checked (its last occurrence), and the code and sectors (primary first)
it resolves to, or None where it must stay unresolved (guards).
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


def events_of(text: str) -> set[str]:
    """The article's events told as real, as "TYPE ACT>REC" (codes joined by "+", "-" for none)."""
    found = annotate_text(text, published=dt.date(2006, 11, 2)).events
    return {
        f"{e.event} {'+'.join(a.code for a in e.actor) or '-'}>{'+'.join(r.code for r in e.recipient) or '-'}"
        for e in found if not (e.aux.negated or e.aux.hypothetical)
    }


def resolution(text: str, phrase: str) -> tuple[str, tuple[str, ...]] | None:
    """The code and sectors of the mention covering the last occurrence of `phrase`'s last word."""
    start = text.rindex(phrase) + len(phrase) - 1
    covering = [m for m in mentions_of(text) if m.start <= start < m.end and m.actor is not None]
    return (covering[0].actor.code, covering[0].actor.sectors) if covering else None


def row(text: str, phrase: str, expected: str | None) -> object:
    code, _, sector_text = (expected or "").partition(" ")
    wanted = (code, tuple(s for s in sector_text.split(",") if s)) if expected else None
    return pytest.param(text, phrase, wanted, id=f"{phrase}->{expected}")


NEPAL = "Nepal's king dissolved parliament on Monday. Nepal's army said the curfew would stay. "
LEBANON = "Lebanon's parliament met on Monday. Lebanon's prime minister said the government would go on. "
SRI_LANKA = "Sri Lanka's government said on Monday it would resume talks. Sri Lanka's army said the north was calm. "
TURKEY = "Turkey's parliament met on Tuesday. Turkey's prime minister said the reforms would go on. "
IRAQ = "Iraq's government met on Monday. Iraq's president said the vote would go ahead. "
SOMALIA = "Somalia's government said on Monday it would not talk. Somalia's president left for Nairobi. "

AFFILIATED_GROUPS = [
    row(NEPAL + "Maoist guerrillas attacked a police post overnight.", "Maoist guerrillas", "NPL REB"),
    row(LEBANON + "Five Shiite ministers resigned from the cabinet on Saturday.", "Shiite ministers", "LBN GOV"),
    row(SRI_LANKA + "Tamil rebels shelled an army camp on Tuesday.", "Tamil rebels", "LKA REB"),
    row(TURKEY + "Kurdish lawmakers walked out of the chamber on Wednesday.", "Kurdish lawmakers", "TUR LEG"),
    row(SOMALIA + "Islamist fighters withdrew from the town on Tuesday.", "Islamist fighters", "SOM REB"),
    row(SOMALIA + "Islamist militants shelled the airport on Tuesday.", "Islamist militants", "SOM REB"),
    row(NEPAL + "The Maoists attacked a police post on Tuesday.", "The Maoists", "NPL REB"),
    row(IRAQ + "Shiites and Kurds won most seats, while the Sunnis stayed away.", "Kurds", "IRQ CVL"),
    row(IRAQ + "Shiites and Kurds won most seats, while the Sunnis stayed away.", "the Sunnis", "IRQ CVL"),
    row(SRI_LANKA + "Tamils protested in the capital on Tuesday.", "Tamils", "LKA CVL"),
    # a state's demonym before "fighters" gives the state, now with the sector of a fighter
    row("Iraqi fighters ambushed a patrol on Monday.", "Iraqi fighters", "IRQ REB"),
    # a fighter aircraft is the state's military's, not a fighter's
    row("A Chinese fighter aircraft collided with the plane.", "Chinese fighter aircraft", "CHN MIL"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), AFFILIATED_GROUPS)
def test_a_faith_or_stateless_people_with_a_role_is_the_article_countrys(text, phrase, expected):
    assert resolution(text, phrase) == expected


# A story about two states names no article country; the sentence's own places then
# tell where such people fight: the one state it names, only as places.
TWO_STATES = "Ethiopia's army said on Monday it would press on. Somalia's government said it would talk. Ethiopia's prime minister flew to Addis Ababa. Somalia's president met him there. "

PLACED_BY_THE_SENTENCE = [
    row(TWO_STATES + "Islamist fighters withdrew from two front lines near Baidoa and in central Somalia, witnesses said.", "Islamist fighters", "SOM REB"),
    row(TWO_STATES + "Islamist militants shelled a market in Baidoa on Tuesday.", "Islamist militants", "SOM REB"),
    # a state named as a party, not a place: nobody's
    row(TWO_STATES + "Ethiopian troops ousted Islamist fighters from the town of Baidoa.", "Islamist fighters", None),
    # two states' places
    row(TWO_STATES + "Islamist fighters moved from Baidoa toward the border town of Moyale in Kenya.", "Islamist fighters", None),
    # no place at all
    row(TWO_STATES + "Islamist fighters withdrew on Tuesday.", "Islamist fighters", None),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), PLACED_BY_THE_SENTENCE)
def test_without_an_article_country_such_people_are_of_the_one_state_the_sentence_places_them_in(text, phrase, expected):
    assert resolution(text, phrase) == expected


NOT_PLACED = [
    # no article country: one sentence naming no state
    row("Islamist fighters withdrew from the town on Tuesday.", "Islamist fighters", None),
    row("Shiite ministers resigned from the cabinet on Saturday.", "Shiite ministers", None),
    # the sentence names another state
    row(TURKEY + "Kurdish rebels based in Iraq attacked a border post.", "Kurdish rebels", None),
    row("The Maoists attacked a police post on Tuesday.", "The Maoists", None),
    row(TURKEY + "Kurds in Germany protested on Tuesday.", "Kurds", None),
    # the word alone, not a plural naming people, nor before a noun naming none
    row(LEBANON + "Shiite anger grew on Tuesday.", "Shiite anger", None),
    # a region's adjective is no faith nor people of one state: left out
    row(LEBANON + "Arab ministers called for calm on Tuesday.", "Arab ministers", None),
    # a rival group is not the story's country's own
    row(SOMALIA + "The army said rival fighters withdrew overnight.", "rival fighters", None),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), NOT_PLACED)
def test_a_faith_or_people_is_placed_only_by_a_clear_article_country(text, phrase, expected):
    assert resolution(text, phrase) == expected


EVENTS = [
    pytest.param(LEBANON + "Five Shiite ministers resigned from the cabinet on Saturday.", "RETREAT LBN>-", id="shiite-ministers-resigned"),
    pytest.param(NEPAL + "Maoist rebels ambushed an army patrol on Tuesday.", "ASSAULT NPL>NPL", id="maoist-rebels-ambushed"),
    pytest.param(NEPAL + "The Maoists ambushed an army patrol on Tuesday.", "ASSAULT NPL>NPL", id="the-maoists-ambushed"),
]


@pytest.mark.parametrize(("text", "event"), EVENTS)
def test_an_act_of_or_on_such_a_group_is_coded_for_the_article_country(text, event):
    assert event in events_of(text)
