"""Calendar periods and their TimeML values: a day, an ISO week, a month, a quarter,
a season, a year, a decade, a century — each with the first and last day it covers."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from dyadwatch.times.lexicon import Fuzzy, Season


@dataclasses.dataclass(slots=True, frozen=True)
class Period:
    """A TimeML value with its precision and the days it covers (inclusive)."""

    value: str
    precision: str
    start: dt.date
    end: dt.date


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), clipped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, last_day(year, month + 1)))


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_period(day: dt.date) -> Period:
    return Period(day.isoformat(), "day", day, day)


def week_period(day: dt.date) -> Period:
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return Period(f"{year}-W{week:02d}", "week", monday, monday + dt.timedelta(days=6))


def weekend_period(day: dt.date) -> Period:
    """The weekend of the ISO week `day` is in."""
    week = week_period(day)
    return Period(f"{week.value}-WE", "weekend", week.end - dt.timedelta(days=1), week.end)


def month_period(year: int, month: int) -> Period:
    first, last = dt.date(year, month, 1), dt.date(year, month, last_day(year, month))
    return Period(f"{year:04d}-{month:02d}", "month", first, last)


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * quarter - 2
    return Period(f"{year:04d}-Q{quarter}", "quarter", dt.date(year, first, 1), month_period(year, first + 2).end)


def half_period(year: int, half: int) -> Period:
    first = 6 * half - 5
    return Period(f"{year:04d}-H{half}", "half", dt.date(year, first, 1), month_period(year, first + 5).end)


def season_period(year: int, season: Season) -> Period:
    """A season of the year it starts in (winter 2009 runs into 2010)."""
    end_year = year + (season.last_month < season.first_month)
    end = month_period(end_year, season.last_month).end
    return Period(f"{year:04d}-{season.code}", "season", dt.date(year, season.first_month, 1), end)


def year_period(year: int) -> Period:
    return Period(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def decade_period(year: int) -> Period:
    first = year - year % 10
    return Period(f"{first // 10:03d}", "decade", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


def century_period(year: int) -> Period:
    first = year - year % 100
    return Period(f"{first // 100:02d}", "century", dt.date(first, 1, 1), dt.date(first + 99, 12, 31))


def unit_period(unit: str, day: dt.date) -> Period:
    """The calendar `unit` (week, month, quarter, year, decade, century) around `day`."""
    makers = {
        "week": week_period,
        "weekend": weekend_period,
        "month": lambda d: month_period(d.year, d.month),
        "quarter": lambda d: quarter_period(d.year, (d.month + 2) // 3),
        "year": lambda d: year_period(d.year),
        "decade": lambda d: decade_period(d.year),
        "century": lambda d: century_period(d.year),
        "day": day_period,
    }
    return makers[unit](day)


def shift_day(unit: str, day: dt.date, steps: int) -> dt.date:
    """`day` moved by `steps` calendar units."""
    if unit in ("day", "week", "weekend"):
        return day + dt.timedelta(days=steps * (1 if unit == "day" else 7))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(day, steps * months)


def shifted_period(unit: str, day: dt.date, steps: int) -> Period:
    """The calendar unit `steps` units away from the one around `day`."""
    return unit_period(unit, shift_day(unit, day, steps))


def narrow_period(period: Period, fuzzy: Fuzzy) -> Period:
    """The part of a period a fuzzy modifier names (early July: days 1–10); the value
    keeps the period's precision. Periods without a finer grid keep their range."""
    start, end = period.start, period.end
    if period.precision == "month":
        first, last = (min(d, last_day(start.year, start.month)) for d in fuzzy.days)
        start, end = start.replace(day=first), start.replace(day=last)
    elif period.precision == "year":
        start, end = dt.date(start.year, fuzzy.months[0], 1), month_period(start.year, fuzzy.months[1]).end
    elif period.precision == "decade":
        start, end = dt.date(start.year + fuzzy.years[0], 1, 1), dt.date(start.year + fuzzy.years[1], 12, 31)
    return dataclasses.replace(period, start=start, end=end)


def clip_period(period: Period, *, start: dt.date | None = None, end: dt.date | None = None) -> Period:
    """The period cut to the part after `start` or before `end` ("earlier this month")."""
    return dataclasses.replace(
        period, start=max(period.start, start or period.start), end=min(period.end, end or period.end)
    )
