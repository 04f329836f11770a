"""A bare month in a sentence that a year expression opens ("In 1976, … a loan in
September") is that year's month: the opening expression sets the time of the whole
sentence. A year named further on is its own clause's ("since its launch in 2003 and
that as of February"), and a sentence with no year leaves the month to the tense.
Sentences are written for these tests; PUBLISHED is the publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.times import extract_times

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2006, 12, 28)


def value_of(sentence: str, text: str) -> str | None:
    found = [t for t in extract_times(load_nlp()(sentence), anchor=PUBLISHED) if t.text == text]
    assert found, f"{text!r} not found in {sentence!r}"
    return found[-1].value


@pytest.mark.parametrize(("sentence", "month", "expected"), [
    ("In 1976, a run on the pound led ministers to ask the IMF for a loan in September.", "September", "1976-09"),
    ("In 1990, Iraq invaded Kuwait in August and the UN imposed sanctions.", "August", "1990-08"),
    ("March 1999: NATO began bombing Yugoslavia, and in June Belgrade pulled its troops out of Kosovo.", "June", "1999-06"),
], ids=["in-year-opening", "in-year-then-month", "month-year-opening"])
def test_a_year_opening_the_sentence_dates_its_bare_months(sentence: str, month: str, expected: str) -> None:
    assert value_of(sentence, month) == expected


@pytest.mark.parametrize(("sentence", "month", "expected"), [
    ("The store has sold 4 billion songs since its launch in 2003 and as of September holds 70 percent of sales.",
     "September", "2006-09"),
    ("Ministers asked the IMF for a loan in September.", "September", "2006-09"),
], ids=["year-further-on", "no-year"])
def test_a_month_with_no_opening_year_keeps_the_tenses_reading(sentence: str, month: str, expected: str) -> None:
    assert value_of(sentence, month) == expected
