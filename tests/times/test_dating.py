"""Event dating (times.dating): which time expression dates an event's trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text
from dyadwatch.times.dating import date_event

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2006, 12, 18)  # a Monday


def dated(sentence: str, trigger: str) -> tuple[str | None, str]:
    """The date and precision date_event gives the first token `trigger` of the sentence."""
    times = annotate_text(sentence, published=PUBLISHED).times
    doc = load_nlp()(sentence)
    [token] = [t for t in doc if t.text == trigger][:1]
    found = date_event(token, times=times, published=PUBLISHED)
    return (found.date.isoformat() if found.date else None), found.precision


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the event's own clause names its day
        ("Four insurgents were killed in a clash late Sunday in Kandahar.", "killed", ("2006-12-17", "day")),
        # a relative clause on a noun happened when the noun did, also when the clause hangs on a noun inside it
        ("Four insurgents were killed in a clash late Sunday in the province of Kandahar which also left three "
         "soldiers injured.", "injured", ("2006-12-17", "day")),
        # nothing says when: the publication day
        ("Three soldiers were injured in Kandahar.", "injured", ("2006-12-18", "publication")),
    ],
)
def test_dating_takes_the_time_that_governs_the_trigger(sentence, trigger, expected):
    assert dated(sentence, trigger) == expected
