"""Normalizing found expressions TimeML-style against the anchor (publication date).

Each candidate kind has a resolver that turns it into a `Reading`: type, value,
precision, the range it covers, the anchor used and the rule that fired. Absolute
dates need no anchor; relative ones need it and, without one, get `value=None` and a
rule ending in ".no_anchor" rather than a guess. Anaphoric expressions ("the following
day") count from the last date the text named; clock times take the day named in their
sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Literal

from spacy.tokens import Doc

from dyadwatch.records import TimeExpr
from dyadwatch.times.direction import Direction, infer_direction
from dyadwatch.times.lexicon import Lexicon, Relative, Unit
from dyadwatch.times.periods import (
    Period,
    century_period,
    clip_period,
    day_period,
    decade_period,
    half_period,
    month_period,
    narrow_period,
    quarter_period,
    season_period,
    shift_day,
    shifted_period,
    unit_period,
    week_period,
    weekend_period,
    year_period,
)
from dyadwatch.times.tagger import Candidate

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
NO_ANCHOR = "no_anchor"
# Finer precisions rank lower; an anaphor counts only from a date at least as fine.
PRECISION_RANK = {
    "day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "season": 3,
    "half": 4, "year": 5, "decade": 6, "century": 7,
}


@dataclasses.dataclass(slots=True, frozen=True)
class Context:
    """What a resolver may use besides the candidate itself."""

    anchor: dt.date | None
    direction: Direction
    lexicon: Lexicon
    reference: Period | None = None
    reference_day: dt.date | None = None
    sentence_day: dt.date | None = None
    sentence_year: int | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class Reading:
    """A resolved expression; `period` is the calendar period a DATE value names."""

    type: TimexType
    value: str | None
    precision: str | None
    rule: str
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    anchor: dt.date | None = None
    period: Period | None = None


Resolver = Callable[[Candidate, Context], "Reading | None"]


# --- orchestration -------------------------------------------------------------------


def resolve_candidates(
    candidates: Sequence[Candidate], *, doc: Doc, anchor: dt.date | None, lexicon: Lexicon
) -> tuple[TimeExpr, ...]:
    """TimeExprs for the candidates, in text order; clock times last, since they take
    the day another expression of their sentence names."""
    readings = read_dates(candidates, doc=doc, anchor=anchor, lexicon=lexicon)
    readings.update(read_clock_times(candidates, readings, doc=doc, anchor=anchor, lexicon=lexicon))
    found = (make_timex(c, readings[i]) for i, c in enumerate(candidates))
    return tuple(timex for timex in found if timex is not None)


def read_dates(
    candidates: Sequence[Candidate], *, doc: Doc, anchor: dt.date | None, lexicon: Lexicon
) -> dict[int, Reading | None]:
    """Readings of all but clock times, in text order, each knowing the dates before it."""
    readings: dict[int, Reading | None] = {}
    context = Context(anchor, "past", lexicon)
    for index, candidate in enumerate(candidates):
        if candidate.rule.kind != "clock":
            direction = infer_direction(doc, candidate.start, candidate.end, lexicon=lexicon)
            year = find_sentence_year(index, candidates, readings, doc=doc) if candidate.rule.kind == "bare_month" else None
            readings[index] = read_candidate(candidate, dataclasses.replace(context, direction=direction,
                                                                            sentence_year=year))
            context = update_references(context, readings[index])
    return readings


# the kinds that name their year outright ("in 1976", "March 1976", "March 3, 1976")
YEAR_NAMING_KINDS = frozenset({"year", "month_year", "full_date"})
OPENING_WORDS = 1  # words a sentence's frame expression may follow ("In 1976, …")


def find_sentence_year(
    index: int, candidates: Sequence[Candidate], readings: dict[int, Reading | None], *, doc: Doc
) -> int | None:
    """"In 1976, the pound began a slide which led ministers to ask the IMF for a loan in
    September": the year an expression opening the month's own sentence names outright
    sets the time of the whole sentence; None when no such expression opens it (a year
    named further on, "since its launch in 2003 and that as of February", is its
    clause's only)."""
    span = doc.char_span(candidates[index].start, candidates[index].end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = span.sent
    opening = sentence[: OPENING_WORDS + 1]
    years = [
        reading.period.start.year
        for i, reading in readings.items()
        if i < index and reading is not None and reading.period is not None
        and candidates[i].rule.kind in YEAR_NAMING_KINDS
        and sentence.start_char <= candidates[i].start < opening.end_char
    ]
    return years[0] if years else None


def read_clock_times(
    candidates: Sequence[Candidate],
    readings: dict[int, Reading | None],
    *,
    doc: Doc,
    anchor: dt.date | None,
    lexicon: Lexicon,
) -> dict[int, Reading | None]:
    """Readings of the clock times, each on the day its sentence names."""
    found: dict[int, Reading | None] = {}
    for index, candidate in enumerate(candidates):
        if candidate.rule.kind == "clock":
            day = find_sentence_day(index, candidates, readings, doc=doc)
            direction = infer_direction(doc, candidate.start, candidate.end, lexicon=lexicon)
            found[index] = read_candidate(candidate, Context(anchor, direction, lexicon, sentence_day=day))
    return found


def read_candidate(candidate: Candidate, context: Context) -> Reading | None:
    return RESOLVERS[candidate.rule.kind](candidate, context)


def update_references(context: Context, reading: Reading | None) -> Context:
    """The context with the last DATE period, and the last day, the text named: what
    "the year before" and "the following day" count from."""
    if reading is None or reading.type != "DATE" or reading.period is None:
        return context
    day = reading.period.start if reading.period.precision == "day" else context.reference_day
    return dataclasses.replace(context, reference=reading.period, reference_day=day)


def find_sentence_day(
    index: int, candidates: Sequence[Candidate], readings: dict[int, Reading | None], *, doc: Doc
) -> dt.date | None:
    """The day named nearest to candidate `index` in its sentence, if any."""
    span = doc.char_span(candidates[index].start, candidates[index].end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = span.sent
    days = [
        (abs(candidates[i].start - candidates[index].start), reading.period.start)
        for i, reading in readings.items()
        if reading is not None and reading.period is not None and reading.period.precision == "day"
        and sentence.start_char <= candidates[i].start < sentence.end_char
    ]
    return min(days)[1] if days else None


def make_timex(candidate: Candidate, reading: Reading | None) -> TimeExpr | None:
    if reading is None:
        return None
    return TimeExpr(
        start=candidate.start,
        end=candidate.end,
        text=candidate.text,
        type=reading.type,
        value=reading.value,
        precision=reading.precision,
        range_start=reading.range_start,
        range_end=reading.range_end,
        anchor=reading.anchor,
        rule=reading.rule,
    )


# --- readings ------------------------------------------------------------------------


def dated(period: Period, rule: str, *, anchor: dt.date | None = None, timex: TimexType = "DATE") -> Reading:
    """A DATE reading of a period; a single day has no range."""
    start, end = (None, None) if period.start == period.end else (period.start, period.end)
    return Reading(timex, period.value, period.precision, rule, start, end, anchor, period)


def unanchored(rule: str, precision: str | None, *, timex: TimexType = "DATE") -> Reading:
    """A relative expression with no anchor to resolve against: no value, and the rule
    says why."""
    return Reading(timex, None, precision, f"{rule}.{NO_ANCHOR}")


def choose_period(options: Sequence[Period], *, anchor: dt.date, direction: Direction, grace: int = 0) -> Period:
    """The occurrence the tense points to: the latest one begun by the anchor (plus a few
    days' grace) for the past, the earliest one not yet over for the future, the nearest
    (the earlier on a tie) for the plain present."""
    if direction == "present":
        return min(options, key=lambda p: (distance(p, anchor), p.start > anchor))
    if direction == "past":
        limit = anchor + dt.timedelta(days=grace)
        begun = [p for p in options if p.start <= limit]
        if begun:
            return max(begun, key=lambda p: p.start)
    pending = [p for p in options if p.end >= anchor]
    return min(pending, key=lambda p: p.start) if pending else max(options, key=lambda p: p.start)


def distance(period: Period, day: dt.date) -> int:
    """Days from `day` to the period (0 inside it)."""
    if period.start <= day <= period.end:
        return 0
    return min(abs((period.start - day).days), abs((period.end - day).days))


def around_years(anchor: dt.date) -> range:
    return range(anchor.year - 1, anchor.year + 2)


# --- vocabulary lookups --------------------------------------------------------------


def normal(text: str) -> str:
    """Lower case, single spaces: how vocabulary keys are written."""
    return " ".join(text.split()).lower()


def month_of(candidate: Candidate, lexicon: Lexicon) -> int:
    return lexicon.months[normal(candidate.parts["month"]).rstrip(".")]


def weekday_of(candidate: Candidate, lexicon: Lexicon) -> int | None:
    word = candidate.part("weekday")
    return lexicon.weekdays[normal(word).rstrip(".")] if word else None


def read_count(candidate: Candidate, lexicon: Lexicon) -> float | None:
    """The count of a duration ("two and a half" → 2.5); None for a vague one."""
    number = candidate.part("num")
    if number is None:
        return None
    value = float(number) if number[0].isdigit() else lexicon.numbers[normal(number)]
    return value + 0.5 if re.search(r"\band\s+a\s+half\b", candidate.text, re.I) else value


def format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def format_duration(amount: float | None, unit: Unit) -> str:
    """An ISO 8601 duration: P3W, PT30M, P2.5Y, P10Y (a decade); PXY when vague."""
    prefix = "PT" if unit.clock else "P"
    if amount is None:
        return f"{prefix}X{unit.vague_code or unit.code}"
    return f"{prefix}{format_amount(amount * unit.times)}{unit.code}"


def unit_of(candidate: Candidate, lexicon: Lexicon, group: str = "unit") -> Unit:
    return lexicon.units[normal(candidate.parts[group])]


# --- absolute dates ------------------------------------------------------------------


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=4096)
def parse_numeric_date(text: str, *, order: str) -> dt.date | None:
    """A numeric date ("7/8/07", "2022-07-21") parsed by dateparser in the given field
    order, with its two-digit-year and impossible-date handling.

    REQUIRE_PARTS keeps dateparser from filling a missing day or year from today's date
    (its default); STRICT_PARSING from guessing the rest."""
    if ISO_DATE.fullmatch(text.strip()):
        # "2016-07-05": the standard library reads ISO 8601 dates (dateparser's first
        # call costs a quarter of a second of regular expressions, for the same answer)
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            return None  # an impossible date ("2016-02-30")
    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": order,
        "PREFER_LOCALE_DATE_ORDER": False,
    }
    import dateparser  # a tenth of a second to import: only for an article with a numeric date

    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def read_full_date(candidate: Candidate, lexicon: Lexicon) -> dt.date | None:
    """The date a fully written date names: from the matched month, day and year, or
    by dateparser for numeric forms; None for an impossible one ("February 30")."""
    if candidate.part("month"):
        return safe_date(int(candidate.parts["year"]), month_of(candidate, lexicon), int(candidate.parts["day"]))
    return parse_numeric_date(candidate.text, order=lexicon.numeric_date_order)


def resolve_full_date(candidate: Candidate, context: Context) -> Reading | None:
    day = read_full_date(candidate, context.lexicon)
    low, high = context.lexicon.year_range
    if day is None or not low <= day.year <= high:
        return None
    return dated(day_period(day), candidate.rule.id)


def resolve_month_year(candidate: Candidate, context: Context) -> Reading | None:
    year = int(candidate.parts["year"])
    low, high = context.lexicon.year_range
    if not low <= year <= high:
        return None
    return dated(month_period(year, month_of(candidate, context.lexicon)), candidate.rule.id)


def resolve_year(candidate: Candidate, context: Context) -> Reading | None:
    return dated(year_period(int(candidate.parts["year"])), candidate.rule.id)


def resolve_short_year(candidate: Candidate, context: Context) -> Reading | None:
    """"'82": the latest such year not after the anchor's (two-digit years name the past)."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "year")
    year = latest_with_ending(int(candidate.parts["yy"]), 100, context.anchor.year)
    return dated(year_period(year), candidate.rule.id, anchor=context.anchor)


def latest_with_ending(ending: int, modulus: int, limit: int) -> int:
    """The latest year ≤ limit whose last digits are `ending`."""
    year = limit - (limit - ending) % modulus
    return year


def resolve_decade(candidate: Candidate, context: Context) -> Reading | None:
    """"the 1990s", "the '90s" (the latest such decade by the anchor), "the late 1980s"."""
    digits = re.sub(r"\D", "", candidate.parts["decade"])
    anchor = None if len(digits) == 4 else context.anchor
    if len(digits) == 4:
        period = decade_period(int(digits))
    elif context.anchor is None:
        return unanchored(candidate.rule.id, "decade")
    else:
        period = decade_period(latest_with_ending(int(digits), 100, context.anchor.year))
    return dated(apply_fuzzy(period, candidate, context.lexicon), candidate.rule.id, anchor=anchor)


def resolve_century(candidate: Candidate, context: Context) -> Reading | None:
    number = context.lexicon.century_ordinals[normal(candidate.parts["centuryord"])]
    period = century_period((number - 1) * 100)
    return dated(apply_fuzzy(period, candidate, context.lexicon), candidate.rule.id)


def apply_fuzzy(period: Period, candidate: Candidate, lexicon: Lexicon) -> Period:
    word = candidate.part("fuzzy")
    return narrow_period(period, lexicon.fuzzy[normal(word)]) if word else period


# --- months, days and seasons without a year ----------------------------------------


def resolve_month_day(candidate: Candidate, context: Context) -> Reading | None:
    """"July 21": the year whose July the tense points to (a July 21 in a past
    sentence of a January story is last year's), or the year that makes a named weekday
    right ("Friday, July 21")."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "day")
    month, day = month_of(candidate, context.lexicon), int(candidate.parts["day"])
    options = [day_period(d) for y in around_years(context.anchor) if (d := safe_date(y, month, day))]
    if not options:
        return None
    by_weekday = match_weekday(options, weekday=weekday_of(candidate, context.lexicon), anchor=context.anchor)
    if by_weekday is not None:
        return dated(by_weekday, f"{candidate.rule.id}.weekday", anchor=context.anchor)
    # The year is chosen by month: a date later in the publication month is this
    # year's even in a past-tense sentence (more likely a misread tense than a year ago).
    months = [month_period(p.start.year, month) for p in options]
    year = choose_period(months, anchor=context.anchor, direction=context.direction).start.year
    found = next(p for p in options if p.start.year == year)
    return dated(found, f"{candidate.rule.id}.{context.direction}", anchor=context.anchor)


def match_weekday(options: Sequence[Period], *, weekday: int | None, anchor: dt.date) -> Period | None:
    """The day nearest the anchor that falls on the weekday the text names, if any."""
    matching = [p for p in options if weekday and p.start.isoweekday() == weekday]
    return min(matching, key=lambda p: distance(p, anchor)) if matching else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_bare_month(candidate: Candidate, context: Context) -> Reading | None:
    """"in July": the July of the year its sentence names before it ("In 1976, … a loan in
    September"), else this year's July or the one the tense points to."""
    month = month_of(candidate, context.lexicon)
    if context.sentence_year is not None:
        return dated(month_period(context.sentence_year, month), f"{candidate.rule.id}.sentence_year",
                     anchor=context.anchor)
    if context.anchor is None:
        return unanchored(candidate.rule.id, "month")
    options = [month_period(y, month) for y in around_years(context.anchor)]
    grace = context.lexicon.past_grace_days
    found = choose_period(options, anchor=context.anchor, direction=context.direction, grace=grace)
    return dated(found, f"{candidate.rule.id}.{context.direction}", anchor=context.anchor)


def resolve_shifted_month(candidate: Candidate, context: Context) -> Reading | None:
    """"last September" (the latest one over), "next March" (the first one to come),
    "this July" (the anchor year's)."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "month")
    month, shift = month_of(candidate, context.lexicon), relative_of(candidate, context.lexicon).shift
    options = [month_period(y, month) for y in around_years(context.anchor)]
    found = pick_shifted(options, anchor=context.anchor, shift=shift)
    return dated(found, f"{candidate.rule.id}.{shift_name(shift)}", anchor=context.anchor)


def pick_shifted(options: Sequence[Period], *, anchor: dt.date, shift: int) -> Period:
    """The occurrence over before the anchor (shift < 0), the first to begin after it
    (> 0), or the current one: containing the anchor, else in the anchor's year (0)."""
    if shift < 0:
        return max((p for p in options if p.end < anchor), key=lambda p: p.start)
    if shift > 0:
        return min((p for p in options if p.start > anchor), key=lambda p: p.start)
    current = [p for p in options if p.start <= anchor <= p.end] or [p for p in options if p.start.year == anchor.year]
    return current[0]


def shift_name(shift: int) -> str:
    return "last" if shift < 0 else "next" if shift > 0 else "this"


def relative_of(candidate: Candidate, lexicon: Lexicon, group: str = "rel") -> Relative:
    return lexicon.relative[normal(candidate.parts[group])]


def resolve_month_of_relative_year(candidate: Candidate, context: Context) -> Reading | None:
    """"October of next year"."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "month")
    year = context.anchor.year + relative_of(candidate, context.lexicon).shift
    return dated(month_period(year, month_of(candidate, context.lexicon)), candidate.rule.id, anchor=context.anchor)


def resolve_fuzzy_month(candidate: Candidate, context: Context) -> Reading | None:
    """"early July", "mid-July 2022", "the end of March": the month, and the part of it
    as the range."""
    if candidate.part("year"):
        month = month_period(int(candidate.parts["year"]), month_of(candidate, context.lexicon))
        return dated(apply_fuzzy(month, candidate, context.lexicon), candidate.rule.id)
    reading = resolve_bare_month(candidate, context)
    if reading is None or reading.period is None:
        return reading
    narrowed = apply_fuzzy(reading.period, candidate, context.lexicon)
    return dated(narrowed, reading.rule, anchor=context.anchor)


def resolve_fuzzy_year(candidate: Candidate, context: Context) -> Reading | None:
    """"late 2019": the year, and its last months as the range."""
    period = apply_fuzzy(year_period(int(candidate.parts["year"])), candidate, context.lexicon)
    return dated(period, candidate.rule.id)


def resolve_bare_season(candidate: Candidate, context: Context) -> Reading | None:
    """"in the spring": this year's or the one the tense points to."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "season")
    season = context.lexicon.seasons[normal(candidate.parts["season"])]
    options = [season_period(y, season) for y in around_years(context.anchor)]
    found = choose_period(options, anchor=context.anchor, direction=context.direction)
    return dated(found, f"{candidate.rule.id}.{context.direction}", anchor=context.anchor)


def resolve_season_year(candidate: Candidate, context: Context) -> Reading | None:
    season = context.lexicon.seasons[normal(candidate.parts["season"])]
    return dated(season_period(int(candidate.parts["year"]), season), candidate.rule.id)


def resolve_shifted_season(candidate: Candidate, context: Context) -> Reading | None:
    """"last summer" (the latest one over), "next winter", "this spring"."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "season")
    season = context.lexicon.seasons[normal(candidate.parts["season"])]
    shift = relative_of(candidate, context.lexicon).shift
    options = [season_period(y, season) for y in around_years(context.anchor)]
    found = pick_shifted(options, anchor=context.anchor, shift=shift)
    return dated(found, f"{candidate.rule.id}.{shift_name(shift)}", anchor=context.anchor)


# --- quarters and halves -------------------------------------------------------------


def resolve_quarter(candidate: Candidate, context: Context) -> Reading | None:
    """"the third quarter of 2009", "Q3 2009", "the first half of next year", "the fourth
    quarter" (the one the tense points to), "third-quarter"."""
    half = normal(candidate.part("portion") or "") == "half"
    number = portion_number(candidate, context.lexicon, parts=2 if half else 4)
    make = half_period if half else quarter_period
    if candidate.part("year"):
        return dated(make(int(candidate.parts["year"]), number), candidate.rule.id)
    if context.anchor is None:
        return unanchored(candidate.rule.id, "half" if half else "quarter")
    if candidate.part("rel") or re.search(r"\bof\s+the\s+year\b", candidate.text, re.I):
        year = context.anchor.year + (relative_of(candidate, context.lexicon).shift if candidate.part("rel") else 0)
        return dated(make(year, number), f"{candidate.rule.id}.relative_year", anchor=context.anchor)
    options = [make(y, number) for y in around_years(context.anchor)]
    found = choose_period(options, anchor=context.anchor, direction=context.direction)
    return dated(found, f"{candidate.rule.id}.{context.direction}", anchor=context.anchor)


def portion_number(candidate: Candidate, lexicon: Lexicon, *, parts: int) -> int:
    if candidate.part("qcode"):
        return int(candidate.parts["qcode"][1])
    number = lexicon.ordinals[normal(candidate.parts["ordinal"])]
    return parts if number < 0 else min(number, parts)


# --- units relative to the anchor ----------------------------------------------------


def resolve_relative_unit(candidate: Candidate, context: Context) -> Reading | None:
    """"last week", "next month", "this year", "the last quarter"; "the past week" is a
    duration ending now; "the previous year" counts from the last date named."""
    relative = relative_of(candidate, context.lexicon)
    unit_name = normal(candidate.parts["calunit"])
    with_the = normal(candidate.text).startswith("the ")
    if with_the and relative.the == "span":
        unit = context.lexicon.units[unit_name]
        return span_duration(candidate, context, amount=1.0, unit=unit, shift=relative.shift)
    if with_the and relative.the == "anaphoric":
        return shift_from_reference(candidate, context, unit_name=unit_name, steps=relative.shift)
    if context.anchor is None:
        return unanchored(candidate.rule.id, unit_name)
    period = shifted_period(unit_name, context.anchor, relative.shift)
    return dated(period, f"{candidate.rule.id}.{shift_name(relative.shift)}", anchor=context.anchor)


def span_duration(candidate: Candidate, context: Context, *, amount: float | None, unit: Unit, shift: int) -> Reading:
    """A duration ending at the anchor (past) or starting there (next), with that range."""
    value = format_duration(amount, unit)
    if context.anchor is None or amount is None or unit.clock or amount != int(amount):
        return Reading("DURATION", value, "duration", candidate.rule.id)
    steps = int(amount) * (1 if shift > 0 else -1)
    other = shifted_day(unit, context.anchor, steps)
    start, end = sorted((context.anchor, other))
    return Reading("DURATION", value, "duration", candidate.rule.id, start, end, context.anchor)


def shifted_day(unit: Unit, day: dt.date, steps: int) -> dt.date:
    """`day` moved by `steps` of a duration unit (clock units move by whole days: none)."""
    if unit.clock:
        return day
    name = {"fortnight": "week", "night": "day"}.get(unit.name, unit.name)
    return shift_day(name, day, steps * (2 if unit.name == "fortnight" else 1))


def resolve_fuzzy_relative(candidate: Candidate, context: Context) -> Reading | None:
    """"the end of this year", "early next month", "the beginning of the year"."""
    unit_name = normal(candidate.parts["calunit"])
    if context.anchor is None:
        return unanchored(candidate.rule.id, unit_name)
    shift = relative_of(candidate, context.lexicon).shift if candidate.part("rel") else 0
    period = apply_fuzzy(shifted_period(unit_name, context.anchor, shift), candidate, context.lexicon)
    return dated(period, candidate.rule.id, anchor=context.anchor)


def resolve_partial_relative(candidate: Candidate, context: Context) -> Reading | None:
    """"earlier this month" (its start to the anchor), "later this year" (the anchor to
    its end)."""
    unit_name = normal(candidate.parts["calunit"])
    if context.anchor is None:
        return unanchored(candidate.rule.id, unit_name)
    period = unit_period(unit_name, context.anchor)
    before = context.lexicon.sides[normal(candidate.parts["side"])] == "before"
    clipped = clip_period(period, end=context.anchor) if before else clip_period(period, start=context.anchor)
    return dated(clipped, f"{candidate.rule.id}.{'before' if before else 'after'}", anchor=context.anchor)


def resolve_weekend(candidate: Candidate, context: Context) -> Reading | None:
    """"this weekend" (the anchor's week), "last weekend", "next weekend"; "the weekend"
    is the one just past in a past sentence, the coming one otherwise."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "weekend")
    weekday = context.anchor.isoweekday()
    if candidate.part("rel"):
        shift = relative_of(candidate, context.lexicon).shift
        steps = shift if shift <= 0 else (0 if weekday < 6 else 1)
        how = shift_name(shift)
    else:
        steps = -1 if context.direction == "past" and weekday < 6 else 0
        how = context.direction
    period = weekend_period(context.anchor + dt.timedelta(days=7 * steps))
    return dated(period, f"{candidate.rule.id}.{how}", anchor=context.anchor)


def resolve_anaphoric_day(candidate: Candidate, context: Context) -> Reading | None:
    """"the same day", "that day", "the following day", "the previous day": from the
    last day the text named; "the day" ("to end the day", "late in the day") is that
    day too, or the publication date when the text named none."""
    text = normal(candidate.text)
    word = normal(candidate.part("anaphor") or ("same" if "that day" in text else "the"))
    day = reference_day(context, fallback=word == "the")
    if day is None:
        return Reading("DATE", None, "day", f"{candidate.rule.id}.no_reference")
    steps = context.lexicon.anaphors.get(word, 0)
    return dated(day_period(day + dt.timedelta(days=steps)), f"{candidate.rule.id}.{word}", anchor=day)


def reference_day(context: Context, *, fallback: bool) -> dt.date | None:
    """The last day the text named, else (if `fallback`) the anchor."""
    if context.reference_day is not None:
        return context.reference_day
    return context.anchor if fallback else None


def resolve_anaphoric_unit(candidate: Candidate, context: Context) -> Reading | None:
    """"the year before", "the month after": from the last date the text named, else
    from the anchor."""
    unit_name = normal(candidate.parts["calunit"])
    steps = context.lexicon.anaphors[normal(candidate.parts["anaphor"])]
    return shift_from_reference(candidate, context, unit_name=unit_name, steps=steps)


def shift_from_reference(candidate: Candidate, context: Context, *, unit_name: str, steps: int) -> Reading:
    """The unit `steps` away from the last date named, if that date is at least as fine
    as the unit ("the previous month" after a day, not after a year), else from the anchor."""
    reference = context.reference
    if reference is not None and PRECISION_RANK.get(reference.precision, 9) <= PRECISION_RANK[unit_name]:
        period = shifted_period(unit_name, reference.start, steps)
        return dated(period, f"{candidate.rule.id}.anaphoric", anchor=reference.start)
    if context.anchor is None:
        return unanchored(candidate.rule.id, unit_name)
    return dated(shifted_period(unit_name, context.anchor, steps), f"{candidate.rule.id}.anchor", anchor=context.anchor)


def resolve_week_of_month(candidate: Candidate, context: Context) -> Reading | None:
    """"the last week of March", "the first week of July 2009": the ISO week holding
    the middle of that seven-day stretch of the month."""
    if candidate.part("year"):
        month: Period | None = month_period(int(candidate.parts["year"]), month_of(candidate, context.lexicon))
        rule, anchor = candidate.rule.id, None
    else:
        reading = resolve_bare_month(candidate, context)
        if reading is None or reading.period is None:
            return dataclasses.replace(reading, precision="week") if reading else None
        month, rule, anchor = reading.period, reading.rule, context.anchor
    number = context.lexicon.week_ordinals[normal(candidate.parts["weekordinal"])]
    middle = month.end - dt.timedelta(days=3) if number < 0 else month.start + dt.timedelta(days=7 * number - 4)
    return dated(week_period(middle), rule, anchor=anchor)


# --- days of the week and deictic days ----------------------------------------------


def resolve_weekday(candidate: Candidate, context: Context) -> Reading | None:
    """"on Wednesday" in a Friday story is two days back in a past sentence, five ahead
    in a future one; the anchor's own weekday is the anchor; "last Friday" is the latest
    before the anchor, "next Friday" the first after."""
    part = part_code(candidate, context.lexicon)
    timex: TimexType = "TIME" if part else "DATE"
    if context.anchor is None:
        return unanchored(candidate.rule.id, "time" if part else "day", timex=timex)
    day, how = weekday_date(candidate, context)
    return with_part(dated(day_period(day), f"{candidate.rule.id}.{how}", anchor=context.anchor), part)


def weekday_date(candidate: Candidate, context: Context) -> tuple[dt.date, str]:
    assert context.anchor is not None
    weekday = weekday_of(candidate, context.lexicon) or 0
    options = [context.anchor + dt.timedelta(days=k) for k in range(-7, 8)]
    same = [d for d in options if d.isoweekday() == weekday]
    shift = relative_of(candidate, context.lexicon).shift if candidate.part("rel") else 0
    if shift < 0:
        return max(d for d in same if d < context.anchor), "last"
    if shift > 0:
        return min(d for d in same if d > context.anchor), "next"
    if context.anchor.isoweekday() == weekday:
        return context.anchor, "same"
    # News writes the coming days in the present ("the trial opens Wednesday").
    direction: Direction = "future" if context.direction == "present" else context.direction
    periods = [day_period(d) for d in same]
    return choose_period(periods, anchor=context.anchor, direction=direction).start, direction


def part_code(candidate: Candidate, lexicon: Lexicon) -> str | None:
    """The TimeML part-of-day code of "morning", "tonight" …, None if there is none."""
    if candidate.part("part"):
        return lexicon.parts_of_day[normal(candidate.parts["part"])]
    return lexicon.deictic_parts.get(normal(candidate.part("deictic") or ""))


def with_part(reading: Reading, part: str | None) -> Reading:
    """A day reading made a TIME of a part of that day ("2022-07-21TMO")."""
    if part is None or reading.value is None:
        return reading
    return dataclasses.replace(reading, type="TIME", value=f"{reading.value}T{part}", precision="time")


def resolve_deictic(candidate: Candidate, context: Context) -> Reading | None:
    """"today", "yesterday", "tomorrow", "tonight", "yesterday morning", "earlier today"."""
    part = part_code(candidate, context.lexicon)
    timex: TimexType = "TIME" if part else "DATE"
    if context.anchor is None:
        return unanchored(candidate.rule.id, "time" if part else "day", timex=timex)
    word = normal(candidate.parts["deictic"])
    day = day_period(context.anchor + dt.timedelta(days=context.lexicon.deictic_days[word]))
    rule = f"{candidate.rule.id}.{word.replace(' ', '_')}"
    return with_part(dated(day, rule, anchor=context.anchor), part)


def resolve_part_of_day(candidate: Candidate, context: Context) -> Reading | None:
    """"this morning", "last night"."""
    if context.anchor is None:
        return unanchored(candidate.rule.id, "time", timex="TIME")
    shift = context.lexicon.part_shifts[normal(candidate.parts["partshift"])]
    day = day_period(context.anchor + dt.timedelta(days=shift))
    reading = dated(day, f"{candidate.rule.id}.{shift_name(shift)}", anchor=context.anchor)
    return with_part(reading, part_code(candidate, context.lexicon))


# --- ago, vague spans, durations, sets ----------------------------------------------


def resolve_ago(candidate: Candidate, context: Context) -> Reading | None:
    """"three days ago" (a day), "two months ago" (a month), "20 years ago" (a year),
    "three weeks from now"; "several years ago" is PAST_REF."""
    unit = unit_of(candidate, context.lexicon)
    amount = read_count(candidate, context.lexicon)
    sign = -1 if normal(candidate.parts["ago"]) == "ago" else 1
    if amount is None:
        value, precision = ("PAST_REF", "past") if sign < 0 else ("FUTURE_REF", "future")
        return Reading("DATE", value, precision, f"{candidate.rule.id}.vague")
    grain = ago_grain(unit)
    if context.anchor is None:
        return unanchored(candidate.rule.id, grain)
    if amount != int(amount):
        return Reading("DATE", None, grain, f"{candidate.rule.id}.fraction", anchor=context.anchor)
    day = shifted_day(unit, context.anchor, sign * int(amount))
    return dated(unit_period(grain, day), f"{candidate.rule.id}.{unit.name}", anchor=context.anchor)


def ago_grain(unit: Unit) -> str:
    """The precision "N units ago" supports: the day for clock units, days and weeks."""
    if unit.clock or unit.code in ("D", "W"):
        return "day"
    return {"M": "month", "Q": "quarter"}.get(unit.code, "year")


def resolve_vague_span(candidate: Candidate, context: Context) -> Reading | None:
    """"in recent weeks" (PAST_REF), "in the coming months" (FUTURE_REF), with the
    range a reader would give them."""
    span = context.lexicon.vague_spans[normal(candidate.parts["vaguespan"])]
    unit = unit_of(candidate, context.lexicon)
    precision = "past" if span.value == "PAST_REF" else "future"
    extent = span.extent.get(unit.name)
    if context.anchor is None or extent is None:
        return Reading("DATE", span.value, precision, candidate.rule.id)
    other = shifted_day(unit, context.anchor, extent if precision == "future" else -extent)
    start, end = sorted((context.anchor, other))
    return Reading("DATE", span.value, precision, candidate.rule.id, start, end, context.anchor)


def resolve_duration(candidate: Candidate, context: Context) -> Reading | None:
    """"three weeks" (P3W), "27-year" (P27Y), "almost two and a half years" (P2.5Y),
    "several years" (PXY), "for years" (PXY); "the past five years" gets its range."""
    unit = unit_of(candidate, context.lexicon)
    amount = read_count(candidate, context.lexicon)
    word = candidate.part("spanword")
    if word and normal(word) in ("past", "last", "next", "coming"):
        shift = 1 if normal(word) in ("next", "coming") else -1
        return span_duration(candidate, context, amount=amount, unit=unit, shift=shift)
    return Reading("DURATION", format_duration(amount, unit), "duration", candidate.rule.id)


def resolve_set_every(candidate: Candidate, context: Context) -> Reading | None:
    """"every week" (P1W), "every other day" (P2D), "every Monday" (P1W), "each morning"."""
    steps = 2.0 if re.search(r"\bother\b", candidate.text, re.I) else 1.0
    if candidate.part("unit"):
        value = format_duration(steps, unit_of(candidate, context.lexicon))
    else:
        value = format_duration(steps, context.lexicon.units["week" if candidate.part("weekday") else "day"])
    return Reading("SET", value, "set", candidate.rule.id)


def resolve_set_adjective(candidate: Candidate, context: Context) -> Reading | None:
    value = context.lexicon.set_adjectives[normal(candidate.parts["setadj"])]
    return Reading("SET", value, "set", candidate.rule.id)


def resolve_set_rate(candidate: Candidate, context: Context) -> Reading | None:
    """"15 a year", "twice a week"."""
    return Reading("SET", format_duration(1.0, unit_of(candidate, context.lexicon)), "set", candidate.rule.id)


def resolve_reference(candidate: Candidate, context: Context) -> Reading | None:
    value = context.lexicon.references[normal(candidate.parts["refword"])]
    return Reading("DATE", value, value.removesuffix("_REF").lower(), candidate.rule.id)


# --- clock times ---------------------------------------------------------------------


def resolve_clock(candidate: Candidate, context: Context) -> Reading | None:
    """"5 p.m.", "18:00 UTC", "0800 GMT", "noon", "12:00 UTC Monday": the time on the
    day named with it, else on the day its sentence names, else on the anchor."""
    clock = read_clock(candidate, context.lexicon)
    if clock is None:
        return None
    day, how = clock_day(candidate, context)
    if day is None:
        return unanchored(candidate.rule.id, "time", timex="TIME")
    value = f"{day.isoformat()}T{clock}{zone_offset(candidate, context.lexicon)}"
    return Reading("TIME", value, "time", f"{candidate.rule.id}.{how}", anchor=day)


def read_clock(candidate: Candidate, lexicon: Lexicon) -> str | None:
    """"HH:MM" on a 24-hour clock, None for an impossible time ("13 p.m.")."""
    if candidate.part("clockword"):
        return lexicon.clock_words[normal(candidate.parts["clockword"])]
    if candidate.part("hhmm"):
        return f"{candidate.parts['hhmm'][:2]}:{candidate.parts['hhmm'][2:]}"
    hour, minute = int(candidate.parts["hour"]), int(candidate.part("minute") or 0)
    meridiem = normal(candidate.part("ampm") or "").replace(".", "")
    if meridiem and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour
    return f"{hour:02d}:{minute:02d}"


def clock_day(candidate: Candidate, context: Context) -> tuple[dt.date | None, str]:
    if candidate.part("weekday") or candidate.part("deictic"):
        resolver = resolve_weekday if candidate.part("weekday") else resolve_deictic
        reading = resolver(candidate, context)
        return (reading.period.start if reading and reading.period else None), "with_day"
    if context.sentence_day is not None:
        return context.sentence_day, "sentence_day"
    return context.anchor, "anchor"


def zone_offset(candidate: Candidate, lexicon: Lexicon) -> str:
    """"Z" for UTC/GMT, "+08:00" for "GMT +8", the zone's offset, or "" when unknown."""
    zone = candidate.part("tz")
    if zone is None:
        return ""
    offset = candidate.part("tzoffset")
    if offset is None:
        return lexicon.time_zones[zone]
    sign, digits = ("-" if offset[0] in "-−" else "+"), re.sub(r"\D", "", offset)
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


RESOLVERS: dict[str, Resolver] = {
    "full_date": resolve_full_date,
    "month_day": resolve_month_day,
    "month_year": resolve_month_year,
    "month_of_relative_year": resolve_month_of_relative_year,
    "shifted_month": resolve_shifted_month,
    "bare_month": resolve_bare_month,
    "year": resolve_year,
    "short_year": resolve_short_year,
    "decade": resolve_decade,
    "century": resolve_century,
    "fuzzy_month": resolve_fuzzy_month,
    "fuzzy_year": resolve_fuzzy_year,
    "fuzzy_relative": resolve_fuzzy_relative,
    "partial_relative": resolve_partial_relative,
    "quarter": resolve_quarter,
    "season_year": resolve_season_year,
    "shifted_season": resolve_shifted_season,
    "bare_season": resolve_bare_season,
    "relative_unit": resolve_relative_unit,
    "weekend": resolve_weekend,
    "anaphoric_day": resolve_anaphoric_day,
    "anaphoric_unit": resolve_anaphoric_unit,
    "week_of_month": resolve_week_of_month,
    "weekday": resolve_weekday,
    "deictic": resolve_deictic,
    "part_of_day": resolve_part_of_day,
    "ago": resolve_ago,
    "vague_span": resolve_vague_span,
    "duration": resolve_duration,
    "set_every": resolve_set_every,
    "set_adjective": resolve_set_adjective,
    "set_rate": resolve_set_rate,
    "clock": resolve_clock,
    "reference": resolve_reference,
}
