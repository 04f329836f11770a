"""Marked text, period labels and URLs: the pieces pages are drawn from (no store needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.web.highlight import Mark, Segment, role_marks, segment_text, word_marks
from dyadwatch.web.chart_periods import fill_periods, period_bounds
from dyadwatch.web.templating import page_url
from dyadwatch.web.views import safe_url

SENTENCE = "Putin accepted an invitation from Kim Jong Un to visit Pyongyang."


def marked(text: str, marks: list[Mark]) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.text, s.kinds) for s in segment_text(text, marks)]


def test_segment_text_without_marks_is_the_whole_text():
    assert segment_text("plain", []) == [Segment("plain")]


def test_segment_text_cuts_at_every_mark_and_keeps_every_character():
    marks = [Mark(0, 5, "actor"), Mark(34, 45, "recipient"), Mark(6, 14, "word")]
    segments = marked(SENTENCE, marks)
    assert "".join(text for text, _ in segments) == SENTENCE
    assert ("Putin", ("actor",)) in segments
    assert ("accepted", ("word",)) in segments
    assert ("Kim Jong Un", ("recipient",)) in segments


def test_segment_text_gives_overlapping_marks_to_the_shared_part():
    segments = marked("abcdef", [Mark(0, 4, "quote"), Mark(2, 6, "event")])
    assert segments == [("ab", ("quote",)), ("cd", ("quote", "event")), ("ef", ("event",))]


def test_segment_text_clips_marks_to_the_range():
    segments = segment_text("0123456789", [Mark(2, 8, "time")], start=5, end=7)
    assert [(s.text, s.kinds) for s in segments] == [("56", ("time",))]


def test_segment_text_places_an_anchor_where_its_mark_starts():
    segments = segment_text("one two", [Mark(4, 7, "event", anchor="r-1")])
    assert [s.anchors for s in segments] == [(), ("r-1",)]


@pytest.mark.parametrize(("words", "marked_words"), [
    ("accepted invitation", ["accepted", "invitation"]),
    ("ACCEPTED", ["accepted"]),
    ("visits", ["visit"]),
    ("hold talks", []),
])
def test_word_marks_find_the_event_words_in_the_sentence(words, marked_words):
    assert [SENTENCE[m.start:m.end] for m in word_marks(SENTENCE, words)] == marked_words


def test_word_marks_match_whole_words_only():
    assert word_marks("The metal was met.", "met") == [Mark(14, 17, "word")]


def test_role_marks_mark_actor_and_recipient_mentions_relative_to_the_sentence():
    mentions = [{"start": 100, "end": 105, "code": "RUS"}, {"start": 134, "end": 145, "code": "PRK"},
                {"start": 150, "end": 153, "code": "USA"}]
    marks = role_marks(mentions, actor=["RUS"], recipient=["PRK"], offset=100)
    assert [(m.start, m.end, m.kind) for m in marks] == [(0, 5, "actor"), (34, 45, "recipient")]


@pytest.mark.parametrize(("period", "by", "first", "last"), [
    ("2023", "year", "2023-01-01", "2023-12-31"),
    ("2024-02", "month", "2024-02-01", "2024-02-29"),
    ("2023-W37", "week", "2023-09-11", "2023-09-17"),
    ("2023-09-13", "day", "2023-09-13", "2023-09-13"),
])
def test_period_bounds_give_the_first_and_last_day(period, by, first, last):
    assert period_bounds(period, by=by) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize(("period", "by"), [
    ("2023-09", "year"), ("2023-13", "month"), ("2023-W54", "week"), ("2023-02-30", "day"), ("'; --", "year"),
])
def test_period_bounds_refuse_a_label_of_another_shape(period, by):
    with pytest.raises(ValueError, match="is not a"):
        period_bounds(period, by=by)


def test_fill_periods_adds_the_periods_without_events_between():
    assert fill_periods(["2019", "2017"], by="year") == ["2017", "2018", "2019"]
    assert fill_periods(["2023-12", "2024-02"], by="month") == ["2023-12", "2024-01", "2024-02"]
    assert fill_periods(["2020-W53", "2021-W01"], by="week") == ["2020-W53", "2021-W01"]


def test_fill_periods_keeps_the_labels_when_filling_would_make_too_many():
    assert fill_periods(["1990-01-01", "2024-01-01"], by="day") == ["1990-01-01", "2024-01-01"]


@pytest.mark.parametrize(("args", "params", "url"), [
    (("/dyad", "RUS", "PRK"), {}, "/dyad/RUS/PRK"),
    (("/actor", "North Korea"), {}, "/actor/North%20Korea"),
    (("/article", "a/b?c#d"), {"event": "x"}, "/article/a%2Fb%3Fc%23d?event=x"),
    (("/events",), {"actor": "PRK", "since": dt.date(2023, 1, 2), "q": None, "type": ""},
     "/events?actor=PRK&since=2023-01-02"),
])
def test_page_url_quotes_segments_and_drops_empty_parameters(args, params, url):
    assert page_url(*args, **params) == url


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org/a", "https://example.org/a"),
    ("http://example.org/a", "http://example.org/a"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("examples/corpus/a.txt", None),
    (None, None),
])
def test_safe_url_lets_only_http_addresses_become_links(url, safe):
    assert safe_url(url) == safe
