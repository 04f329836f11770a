"""A named person whose title is only a role word ("spokesman Major Paul Durand said")
after an unnamed holder of the same role whose "for"/"of" phrase names a state or a body
("A spokesman for the French army said"), within a few sentences: the named one is the
earlier holder's, that state or body's, in its sector (rule person.earlier-role;
context.toml [roles] repeated_roles). Not across another role word, not when the earlier
holder names no body, nor when the earlier holder was named himself.

Every article is written for these tests, wire-style. Each row: the article, the name
whose mention is checked, and the code and sectors (primary first) it resolves to, or
None where the name must stay unresolved (guards).
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
    return annotate_text(text, published=dt.date(1997, 4, 13)).mentions


def resolution(text: str, name: str) -> tuple[str, tuple[str, ...]] | None:
    """The code and sectors of the mention covering the first `name`."""
    start = text.index(name)
    covering = [m for m in mentions_of(text) if m.start <= start < m.end and m.actor is not None]
    return (covering[0].actor.code, covering[0].actor.sectors) if covering else None


def row(text: str, name: str, expected: str | None) -> object:
    code, _, sector_text = (expected or "").partition(" ")
    wanted = (code, tuple(s for s in sector_text.split(",") if s)) if expected else None
    return pytest.param(text, name, wanted, id=f"{name}->{expected}")


REPEATED_ROLES = [
    row("Italian troops landed in Albania on Monday. A spokesman for the French army said a second ship would dock on Tuesday. "
        "\"We will not give in to threats,\" spokesman Major Paul Durand said.", "Paul Durand", "FRA MIL"),
    row("Rebels shelled the town of Kisangani overnight. An official of the Zairean defence ministry said the attack was repelled. "
        "The rebels lost dozens of men, official Jean Mbuyi said in Kinshasa, adding that Rwanda had armed them.", "Jean Mbuyi", "COD GOV,MIL"),
    row("Talks on Cyprus resumed in New York on Monday. An envoy of the European Union said both leaders had agreed to meet again. "
        "Turkey must play its part, envoy Hans Keller said.", "Hans Keller", "EUR GOV"),
    row("Fighting spread to the north of Sri Lanka. A commander of the Sri Lankan army said the town had been retaken. "
        "Indian officials were not consulted. Commander Brigadier Ranjan Silva said the rebels had fled to the jungle.", "Ranjan Silva", "LKA MIL"),
    # the body named before the role word
    row("Israeli jets struck targets in Lebanon on Monday, a UN spokesman told reporters. "
        "\"All parties must respect the ceasefire line,\" spokesman Paul Dujon said.", "Paul Dujon", "UNO GOV"),
    row("A Vatican spokesman said the pope would visit Turkey and Greece. The visit would last four days, spokesman Joao Navas said.", "Joao Navas", "VAT GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), REPEATED_ROLES)
def test_a_name_with_a_bare_role_is_the_earlier_unnamed_holders(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


NOT_THE_SAME_HOLDER = [
    # another role word: a spokesman is no commander
    row("Italian troops landed in Albania on Monday. A commander of the French army said a second ship would dock on Tuesday. "
        "\"We will not give in to threats,\" spokesman Paul Durand said.", "Paul Durand", None),
    # the earlier holder names no state or body
    row("Italian troops landed in Albania on Monday. A spokesman for the operation said a second ship would dock on Tuesday. "
        "\"We will not give in to threats,\" spokesman Paul Durand said.", "Paul Durand", None),
    # the nearest unnamed spokesman names no body: an older one does not count
    row("Israeli jets struck targets in Lebanon on Monday, a UN spokesman told reporters. Syria and Iran protested. "
        "A senior spokesman said the talks would go on. \"We expect no delay,\" spokesman Paul Dujon said.", "Paul Dujon", None),
    # too far back: five sentences between
    row("A spokesman for the French army said a ship would dock in Albania. Italy sent more troops. Greece closed its border. "
        "Refugees crossed into Montenegro. Germany sent aid. Britain sent a frigate. "
        "\"We will not give in to threats,\" spokesman Paul Durand said.", "Paul Durand", None),
    # the earlier holder was named: no unnamed holder to follow
    row("Italian troops landed in Albania on Monday. Spokesman Jacques Morel of the French army said a ship would dock on Tuesday. "
        "\"We will not give in to threats,\" spokesman Paul Durand said.", "Paul Durand", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), NOT_THE_SAME_HOLDER)
def test_no_earlier_unnamed_holder_of_the_same_role_leaves_the_name_unresolved(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


# "X, who is in charge of the French troops," as "X, who heads …" (rule
# person.relative-role; context.toml [roles] head_phrases after a form of "be").
IN_CHARGE = [
    row("Italian troops landed in Albania on Monday. Colonel Jean Lebrun, who is in charge of the French troops, said the Albanian government had welcomed them.", "Jean Lebrun", "FRA MIL"),
    row("Greece closed its border with Albania. Paul Andreou, who was in command of the Greek navy, said no refugees had landed.", "Paul Andreou", "GRC MIL"),
    row("Refugees crossed into Kenya. Ahmed Farah, who is at the head of the Somali interior ministry, said the camps were full.", "Ahmed Farah", "SOM GOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), IN_CHARGE)
def test_who_is_in_charge_of_a_body_heads_it(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected


NOT_IN_CHARGE = [
    # what the person is in charge of names no body
    row("Italian troops landed in Albania on Monday. Jean Lebrun, who is in charge of the investigation, said the Albanian police had helped.", "Jean Lebrun", None),
    # another phrase after "is": no office
    row("Italian troops landed in Albania on Monday. Jean Lebrun, who is in favour of the French troops staying, said Albania was calm.", "Jean Lebrun", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), NOT_IN_CHARGE)
def test_a_clause_naming_no_headed_body_gives_no_office(text: str, name: str, expected: object) -> None:
    assert resolution(text, name) == expected
