"""Publication dates stated in plain text: timestamp lines, date lines, wire datelines;
never a date without a year, never a date from a sentence. A wire dateline is also
given as spans of the text: where it stands, its place and the agency it credits."""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.clean.dateline import find_dateline, find_dateline_date, find_wire_datelines, parse_full_date
from dyadwatch.records import Paragraph

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


@pytest.mark.parametrize(
    ("line", "form", "expected"),
    [
        ("KHASAN, Russia, April 20, 2025 (Test Wire) -- Border guards detained two fishermen.", "place-month-day-year",
         dt.date(2025, 4, 20)),
        ("UNITED NATIONS, 2 March 2022 -- The assembly voted.", "place-day-month-year", dt.date(2022, 3, 2)),
        ("KHASAN, Apr. 20 (Test Wire) - Border guards detained two fishermen.", "place-month-day", dt.date(2025, 4, 20)),
        ("Khasan, 20 April (Test Wire) Border guards detained two fishermen.", "place-day-month", dt.date(2025, 4, 20)),
        ("DAR ES SALAAM, Tanzania (Test Wire) _", "place-agency", None),
        ("WASHINGTON _", "place-dash", None),
        ("Posted: April 20, 2025 08:15", "posted", dt.date(2025, 4, 20)),
        ("Updated 2025-04-20 10:02", "updated", dt.date(2025, 4, 20)),
        ("2025-04-20T08:15:00+09:00", "iso-stamp", dt.date(2025, 4, 20)),
        ("Sunday, April 20, 2025", "date-line", dt.date(2025, 4, 20)),
    ],
)
def test_find_dateline_names_each_form_and_its_date(line, form, expected):
    found = find_dateline([HEADLINE, line, BODY], horizon=dt.date(2025, 4, 21))
    assert (found.form, found.paragraph, found.date) == (form, 1, expected)


def test_dateline_without_year_takes_the_latest_such_day_not_after_the_horizon():
    line = "KHASAN, Dec. 30 (Test Wire) - " + BODY
    assert find_dateline_date([line], horizon=dt.date(2025, 1, 2)) == dt.date(2024, 12, 30)
    assert find_dateline_date([line], horizon=dt.date(2025, 12, 30)) == dt.date(2025, 12, 30)
    assert find_dateline_date([line]) is None  # no horizon: no year to be had


def test_leap_day_without_year_looks_back_to_a_leap_year():
    assert find_dateline_date(["KHASAN, Feb. 29 (Test Wire) - " + BODY], horizon=dt.date(2026, 1, 10)) == dt.date(2024, 2, 29)


def test_a_dateline_is_found_on_a_later_line_of_the_first_paragraphs():
    paragraphs = [HEADLINE, "By Mina Cho", "Posted by the news desk", "KHASAN, Russia, April 20, 2025 (Test Wire) -- " + BODY]
    assert find_dateline_date(paragraphs) == dt.date(2025, 4, 20)


def test_a_dotted_month_printed_without_space_before_the_day_is_read():
    found = find_dateline(["LUSAKA, Nov.3 (Test Wire) -- " + BODY], horizon=dt.date(2006, 11, 4))
    assert (found.form, found.date) == ("place-month-day", dt.date(2006, 11, 3))


# --- the wire dateline as spans of the text: the place and the agency later stages skip ---


def spans_of(line: str) -> tuple[str, str, str | None] | None:
    """(dateline, place, agency) of the dateline opening `line`, read back from the text."""
    found = find_wire_datelines(line, [Paragraph(0, len(line), line, "body")])
    if not found:
        return None
    [dateline] = found
    assert line[dateline.start : dateline.end] == dateline.text
    assert line[dateline.place.start : dateline.place.end] == dateline.place.text
    agency = dateline.agency.text if dateline.agency else None
    return dateline.text, dateline.place.text, agency


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SEOUL, July 21 (Yonhap) -- Seoul and Tokyo resumed talks.", ("SEOUL, July 21 (Yonhap) --", "SEOUL", "Yonhap")),
        ("PYONGYANG — Two delegations signed a fisheries accord.", ("PYONGYANG —", "PYONGYANG", None)),
        ("MOSCOW, Jan. 16, 2024 (Eastern Wire) -- The envoys met twice.",
         ("MOSCOW, Jan. 16, 2024 (Eastern Wire) --", "MOSCOW", "Eastern Wire")),
        ("KHASAN, Russia, April 20, 2025 (Test Wire) -- Guards closed the bridge.",
         ("KHASAN, Russia, April 20, 2025 (Test Wire) --", "KHASAN, Russia", "Test Wire")),
        ("UNITED NATIONS, 2 March 2022 -- The assembly voted.", ("UNITED NATIONS, 2 March 2022 --", "UNITED NATIONS", None)),
        ("Geneva, 3 March (Lakeside Wire) Negotiators broke for lunch.",
         ("Geneva, 3 March (Lakeside Wire)", "Geneva", "Lakeside Wire")),
        ("LUSAKA, Nov.3 (Test Wire) -- The ministers met.", ("LUSAKA, Nov.3 (Test Wire) --", "LUSAKA", "Test Wire")),
        ("NAIROBI, Kenya (AP) _ Farmers blocked the road.", ("NAIROBI, Kenya (AP) _", "NAIROBI, Kenya", "AP")),
        ("Harbourtown (Coast Wire) – The mayor resigned.", ("Harbourtown (Coast Wire) –", "Harbourtown", "Coast Wire")),
        ("LOS ANGELES (AP) — The council voted.", ("LOS ANGELES (AP) —", "LOS ANGELES", "AP")),
        ("TRENTON, N.J. (AP) — The governor vetoed the bill.", ("TRENTON, N.J. (AP) —", "TRENTON, N.J.", "AP")),
        ("WASHINGTON _ The senators left town.", ("WASHINGTON _", "WASHINGTON", None)),
        ("CHARLESTON, S.C. — The rally drew thousands.", ("CHARLESTON, S.C. —", "CHARLESTON, S.C.", None)),
        ("VOSTOCHNY COSMODROME, Russia — The leaders toured the site.",
         ("VOSTOCHNY COSMODROME, Russia —", "VOSTOCHNY COSMODROME, Russia", None)),
        ("Two delegations signed a fisheries accord in Seoul.", None),
        ("Saturday, April 20, 2025", None),
        ("Posted: April 20, 2025 08:15", None),
        ("NATO said on Monday it would send more ships.", None),
        ("The envoy — a veteran of the talks — flew home.", None),
        ("Sen. Jane Roe (R-Texas) — a critic of the accord — voted against it.", None),
    ],
)
def test_find_wire_datelines_gives_the_place_and_agency_spans_of_each_form(line, expected):
    assert spans_of(line) == expected


def test_find_wire_datelines_offsets_point_into_the_article_text():
    text = f"{HEADLINE}\n\nBy Mina Cho\n  KHASAN, Apr. 20 (Test Wire) - {BODY}"
    byline_and_lead = text.index("By Mina Cho")
    [dateline] = find_wire_datelines(text, [Paragraph(0, len(HEADLINE), HEADLINE, "title"),
                                            Paragraph(byline_and_lead, len(text), text[byline_and_lead:], "body")])
    assert (dateline.place.text, text[dateline.place.start : dateline.place.end]) == ("KHASAN", "KHASAN")
    assert text[dateline.agency.start : dateline.agency.end] == "Test Wire"


def test_find_wire_datelines_finds_each_story_of_a_digest():
    stories = [f"{place}, Nov. 8 (Test Wire) -- {BODY}" for place in ("CAIRO", "DAMASCUS", "GAZA")]
    text, paragraphs, position = "\n\n".join(stories), [], 0
    for story in stories:
        paragraphs.append(Paragraph(position, position + len(story), story, "body"))
        position += len(story) + 2
    places = [d.place for d in find_wire_datelines(text, paragraphs)]
    assert [(p.text, text[p.start : p.end]) for p in places] == [(w, w) for w in ("CAIRO", "DAMASCUS", "GAZA")]


def test_a_place_and_region_dateline_gives_no_publication_date():
    found = find_dateline([HEADLINE, "CHARLESTON, S.C. — " + BODY], horizon=dt.date(2025, 4, 21))
    assert (found.form, found.date) == ("place-region-dash", None)
