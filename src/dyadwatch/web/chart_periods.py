"""The dates a period label covers, for each granularity of `queries.PERIODS`
("2023" → 2023-01-01…2023-12-31, "2023-09", "2023-W37", "2023-09-13")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dyadwatch.store.queries import PERIODS

_PATTERNS = {
    "year": re.compile(r"(\d{4})"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "week": re.compile(r"(\d{4})-W(\d{2})"),
    "day": re.compile(r"(\d{4})-(\d{2})-(\d{2})"),
}
EXAMPLES = {"year": "2023", "month": "2023-09", "week": "2023-W37", "day": "2023-09-13"}


def period_bounds(period: str, *, by: str) -> tuple[dt.date, dt.date]:
    """First and last day of `period`, a label of granularity `by`; ValueError if the
    label is not one."""
    match = _PATTERNS[by].fullmatch(period)
    if match is None:
        raise ValueError(f"period {period!r} is not a {by} like {EXAMPLES[by]}")
    numbers = [int(group) for group in match.groups()]
    try:
        return _BOUNDS[by](*numbers)
    except ValueError as exc:
        raise ValueError(f"period {period!r} is not a {by} like {EXAMPLES[by]}: {exc}") from exc


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _week(year: int, week: int) -> tuple[dt.date, dt.date]:
    return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)


def _day(year: int, month: int, day: int) -> tuple[dt.date, dt.date]:
    date = dt.date(year, month, day)
    return date, date


_BOUNDS = {"year": _year, "month": _month, "week": _week, "day": _day}


MAX_FILLED = 1000


def fill_periods(labels: list[str], *, by: str) -> list[str]:
    """The sorted labels with the periods between them that have none, so that a chart's
    axis keeps time to scale; the labels alone when that would make over `MAX_FILLED`."""
    if not labels:
        return []
    ordered = sorted(labels)
    day, end = period_bounds(ordered[0], by=by)[0], period_bounds(ordered[-1], by=by)[1]
    filled: list[str] = []
    while day <= end:
        if len(filled) == MAX_FILLED:
            return ordered
        filled.append(day.strftime(PERIODS[by]))
        day = period_bounds(filled[-1], by=by)[1] + dt.timedelta(days=1)
    return filled
