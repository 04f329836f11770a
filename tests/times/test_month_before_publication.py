"""A bare month or weekday that dates an act which has happened ("a February bomb blast",
"Friday's shooting", "the attack in February on …") is the one before publication, even
when the clause around it is in the present or looks ahead; a word that puts the act
ahead ("a possible March attack"), or a noun that is no past act, leaves the tense to
decide. Sentences are written for these tests; WEDNESDAY is the publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.times import extract_times

pytestmark = pytest.mark.model

WEDNESDAY = dt.date(2022, 11, 16)


def value_of(sentence: str, text: str) -> str | None:
    found = [t for t in extract_times(load_nlp()(sentence), anchor=WEDNESDAY) if t.text == text]
    assert found, f"{text!r} not found in {sentence!r}"
    return found[0].value


DATES_OF_PAST_ACTS = [
    # present clauses: the nearest February/March would be next year's
    ("Investigators are questioning suspects in the February bomb blast.", "February", "2022-02"),
    ("A report implicates two officers in the killing of the mayor in a March attack.", "March", "2022-03"),
    ("Relatives are mourning the victims of the attack in February on a police post.", "February", "2022-02"),
    # a weekday in the present would be the coming one
    ("Police are still hunting the gunmen behind Friday's shooting.", "Friday", "2022-11-11"),
    ("Diplomats condemn Monday's raid on the embassy.", "Monday", "2022-11-14"),
    # a future clause yields to a modifier that dates the act
    ("The court will try suspects in the January bombing.", "January", "2022-01"),
]

NOT_PAST_ACTS = [
    # a word that puts the act ahead
    ("Analysts expect a possible March attack on the capital.", "March", "2023-03"),
    ("Officials fear a new attack in February.", "February", "2023-02"),
    # a future clause: a preposition's attachment does not outweigh the tense
    ("The rebels will launch an attack in March.", "March", "2023-03"),
    # nouns of no past act
    ("Leaders will hold a summit in March.", "March", "2023-03"),
    ("Ministers discuss the February budget.", "February", "2023-02"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), DATES_OF_PAST_ACTS)
def test_date_of_a_past_act_is_before_publication(sentence: str, text: str, value: str) -> None:
    assert value_of(sentence, text) == value


@pytest.mark.parametrize(("sentence", "text", "value"), NOT_PAST_ACTS)
def test_other_dates_follow_the_tense(sentence: str, text: str, value: str) -> None:
    assert value_of(sentence, text) == value
