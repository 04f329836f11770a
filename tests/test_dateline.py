"""Publication dates stated in plain text: timestamp lines, date lines, wire datelines;
never a date without a year, never a date from a sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.clean.dateline import find_dateline_date, parse_full_date

HEADLINE = "Kyiv cuts ties with Pyongyang"
BODY = "Ukraine cut diplomatic ties with North Korea on Wednesday, its foreign ministry said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted : 2022-07-21 17:04", dt.date(2022, 7, 21)),
        ("Published 2024.06.21 16:42", dt.date(2024, 6, 21)),
        ("Published: July 21, 2022 5:04 pm", dt.date(2022, 7, 21)),
        ("Updated 14.09.2023, 09:12", dt.date(2023, 9, 14)),
        ("Saturday 23 December 2017", dt.date(2017, 12, 23)),
        ("December 17, 2019", dt.date(2019, 12, 17)),
        ("Tidewater Tribune | World | 13 Oct 2022", dt.date(2022, 10, 13)),
        ("SEOUL, July 13, 2022 (Eastern Wire) -- " + BODY, dt.date(2022, 7, 13)),
        ("UNITED NATIONS, 2 March 2022 -- " + BODY, dt.date(2022, 3, 2)),
    ],
)
def test_find_dateline_date_reads_stated_dates(line, expected):
    assert find_dateline_date([HEADLINE, line, BODY]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "SEOUL, July 13 (Eastern Wire) -- " + BODY,
        "A photo taken on May 5, 2020 shows the embassy in Pyongyang.",
        "Posted : yesterday",
        "Updated 3 hours ago",
    ],
)
def test_find_dateline_date_ignores_partial_dates_and_dates_in_sentences(line):
    assert find_dateline_date([HEADLINE, line, BODY]) is None


def test_find_dateline_date_prefers_posted_over_updated():
    assert find_dateline_date([HEADLINE, "Updated : 2022-07-22", "Posted : 2022-07-21", BODY]) == dt.date(2022, 7, 21)


def test_find_dateline_date_looks_only_near_the_top():
    paragraphs = [HEADLINE, *[BODY] * 10, "December 17, 2019"]
    assert find_dateline_date(paragraphs) is None


@pytest.mark.parametrize("text", ["July 21", "2022-02-30", "31.02.2022", "March 2022"])
def test_parse_full_date_needs_day_month_and_year(text):
    assert parse_full_date(text) is None
