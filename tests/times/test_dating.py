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
        # a clause that says when the main one happened looks back, even under a verb that can look ahead
        ("After carrying out a nuclear test on Oct. 9, the government agreed to return to the talks.", "carrying",
         ("2006-10-09", "day")),
        # a noun the parser took for a verb ("field trips") does not cut the time off from the clause above
        ("The agency said the leader went on one of his field trips to an army unit on Thursday to congratulate it.",
         "congratulate", ("2006-12-14", "day")),
        # a time in the possessive is its noun's: the raid's, not the welcome's
        ("The minister welcomed last month's truce agreement.", "welcomed", ("2006-12-18", "publication")),
        ("On Monday the minister condemned Sunday's raid on the village.", "raid", ("2006-12-17", "day")),
        # "since" measuring a noun is where a span starts, not when the noun happened
        ("It was the largest meeting between the two sides since 1949.", "meeting", ("2006-12-18", "publication")),
        # no clause of the act has a time: the sentence's one day dates it ...
        ("The pope made a U-turn moments after arriving in Ankara on Tuesday, saying he backed the bid.", "backed",
         ("2006-12-12", "day")),
        # ... but not a day told in a relative clause the act is outside of
        ("The envoy, who arrived here late Sunday, made the remarks after talks with the minister.", "talks",
         ("2006-12-18", "publication")),
        # ... nor a day the act is background to, told in a relative clause
        ("Ford, whose popularity sank when he pardoned Nixon, died late Tuesday.", "pardoned",
         ("2006-12-18", "publication")),
        # ... nor a day of another clause for an act told in the present or to come
        ("We are sorry for what happened on Monday, but I pledge to hunt down the killers, the prime minister said.",
         "pledge", ("2006-12-18", "publication")),
        # ... nor a year or a month, which may be background
        ("The pope made a U-turn moments after arriving in Ankara in 2004, saying he backed the bid.", "backed",
         ("2006-12-18", "publication")),
        # a participle on a noun happened with its noun, like a relative clause
        ("The report led to a council resolution in October calling for a full inquiry.", "calling",
         ("2006-10-01", "month")),
    ],
)
def test_dating_takes_the_time_that_governs_the_trigger(sentence, trigger, expected):
    assert dated(sentence, trigger) == expected


def test_a_speech_act_without_a_reported_time_takes_the_time_of_the_deed_it_tells():
    text = ("North Korea marked the founding of its navy. KCNA said that the leader paid one of his visits to a KPA "
            "base on Thursday to congratulate it on the anniversary.")
    [event] = annotate_text(text, published=PUBLISHED).events
    assert (event.event, event.date, event.date_precision) == ("SUPPORT", dt.date(2006, 12, 14), "day")


def test_a_speech_act_is_not_dated_by_a_time_that_only_describes_what_it_judges():
    events = annotate_text("Syria's foreign minister said Israel's attack on Friday was unacceptable.",
                           published=PUBLISHED).events
    [accusation] = [e for e in events if e.event == "ACCUSE"]
    assert (accusation.date, accusation.date_precision) == (PUBLISHED, "publication")
