"""Time expressions: what is found, its TimeML span, and its value against the anchor.

Each table is one family of expressions: (anchor, sentence, expected span text, value).
Sentences are written for these tests; FRIDAY is the publication date unless a row
says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text
from dyadwatch.records import TimeExpr
from dyadwatch.times import STAGE_NAME, extract_times, make_times_stage
from dyadwatch.times.lexicon import load_lexicon
from dyadwatch.times.normalize import RESOLVERS, parse_numeric_date
from dyadwatch.times.tagger import CHECKS

pytestmark = pytest.mark.model

FRIDAY = dt.date(2022, 7, 22)  # ISO week 2022-W29
D = dt.date


def extract(sentence: str, anchor: dt.date | None = FRIDAY) -> tuple[TimeExpr, ...]:
    return extract_times(load_nlp()(sentence), anchor=anchor)


def find_one(sentence: str, text: str, anchor: dt.date | None = FRIDAY) -> TimeExpr:
    found = extract(sentence, anchor)
    matching = [timex for timex in found if timex.text == text]
    assert matching, f"{text!r} not found in {sentence!r}; found {[(t.text, t.value) for t in found]}"
    return matching[0]


# --- absolute dates ------------------------------------------------------------------

ABSOLUTE_DATES = [
    ("The accord was signed on July 21, 2022.", "July 21, 2022", "2022-07-21"),
    ("Talks began on 21 July 2022 in Geneva.", "21 July 2022", "2022-07-21"),
    ("He was born on Sept. 5, 1955, in Seoul.", "Sept. 5, 1955", "1955-09-05"),
    ("The truce of Friday, March 4, 2022 held.", "Friday, March 4, 2022", "2022-03-04"),
    ("Officials met on March 12 2009 in Vienna.", "March 12 2009", "2009-03-12"),
    ("Talks resumed on the 21st of July 2022.", "the 21st of July 2022", "2022-07-21"),
    ("A memo dated 7/8/07 was leaked.", "7/8/07", "2007-07-08"),
    ("The file is stamped 2021-11-30.", "2021-11-30", "2021-11-30"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), ABSOLUTE_DATES)
def test_times_absolute_dates(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value, timex.precision, timex.anchor) == ("DATE", value, "day", None)


def test_times_impossible_date_is_not_a_date() -> None:
    assert [t.value for t in extract("The letter was dated February 30, 2022.")] == []


def test_times_numeric_dates_never_take_a_day_from_today() -> None:
    # dateparser fills a missing day from the current date unless told not to.
    assert parse_numeric_date("07/2022", order="MDY") is None


# --- month and day without a year ----------------------------------------------------

MONTH_DAYS = [
    (D(2022, 7, 24), "The envoys met on July 21.", "July 21", "2022-07-21"),
    (D(2022, 1, 10), "The envoys met on July 21.", "July 21", "2021-07-21"),
    (D(2022, 1, 3), "The summit was held on December 28.", "December 28", "2021-12-28"),
    (D(2021, 12, 28), "The summit will open on January 5.", "January 5", "2022-01-05"),
    (FRIDAY, "Elections are scheduled for August 14.", "August 14", "2022-08-14"),
    (FRIDAY, "The resolution was adopted on 11 March.", "11 March", "2022-03-11"),
    (FRIDAY, "Talks resumed on June 1st in Doha.", "June 1st", "2022-06-01"),
    (D(2022, 1, 10), "The deal was signed on Friday, December 31.", "Friday, December 31", "2021-12-31"),
    (D(2005, 10, 4), "Apple announced an event to be held on October 12.", "October 12", "2005-10-12"),
    (D(2005, 11, 5), "The stop in Brisbane, on November 11, was dropped.", "November 11", "2005-11-11"),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), MONTH_DAYS)
def test_times_month_day_takes_the_year_the_tense_points_to(anchor: dt.date, sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text, anchor)
    assert (timex.value, timex.precision, timex.anchor) == (value, "day", anchor)


# --- months ---------------------------------------------------------------------------

MONTH_YEARS = [
    (FRIDAY, "Sanctions were imposed in May 2008.", "May 2008", "2008-05"),
    (FRIDAY, "Sales fell compared to March of 2008.", "March of 2008", "2008-03"),
    (FRIDAY, "Prices have risen since Sept. 2014.", "Sept. 2014", "2014-09"),
    (D(2009, 5, 15), "Dealers will close after October of next year.", "October of next year", "2010-10"),
    (D(2007, 10, 17), "The terminal opens in January next year.", "January next year", "2008-01"),
]

BARE_MONTHS = [
    ("Sanctions were imposed in March.", "March", "2022-03"),
    ("Sanctions were imposed in December.", "December", "2021-12"),
    ("The talks will resume in September.", "September", "2022-09"),
    ("Troops will withdraw in March.", "March", "2023-03"),
    ("Fighting has continued since February.", "February", "2022-02"),
    ("They met last September in Oslo.", "last September", "2021-09"),
    ("They will meet next March.", "next March", "2023-03"),
    ("Its January sales fell sharply.", "January", "2022-01"),
    # a past clause under a verb that can look ahead but does not ("set off when …") stays past
    ("The spat set off when Georgia arrested four soldiers in September ended.", "September", "2021-09"),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), MONTH_YEARS)
def test_times_month_with_year(anchor: dt.date, sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text, anchor)
    assert (timex.value, timex.precision, timex.range_start.day) == (value, "month", 1)  # type: ignore[union-attr]


@pytest.mark.parametrize(("sentence", "text", "value"), BARE_MONTHS)
def test_times_bare_month_by_tense(sentence: str, text: str, value: str) -> None:
    assert find_one(sentence, text).value == value


def test_times_plain_present_takes_the_nearest_month() -> None:
    timex = find_one("As of February, the store accounts for 70% of sales.", "February", D(2008, 4, 9))
    assert (timex.value, timex.rule) == ("2008-02", "rel.month.present")


# --- years, decades, centuries -------------------------------------------------------

YEARS = [
    (FRIDAY, "The treaty was signed in 1994.", "1994", "1994"),
    (FRIDAY, "The 2008 elections were disputed.", "2008", "2008"),
    (FRIDAY, "The plan runs until 2030.", "2030", "2030"),
    (FRIDAY, "Deliveries run from 2009 to 2011.", "2011", "2011"),
    (D(2008, 10, 27), "The index is at its lowest since '82.", "'82", "1982"),
    (FRIDAY, "Reforms began in the 1990s.", "1990s", "199"),
    (FRIDAY, "It was a hit in the '80s.", "'80s", "198"),
    (FRIDAY, "Computers spread in the late 1980's.", "late 1980's", "198"),
    (FRIDAY, "Borders were drawn in the 20th century.", "the 20th century", "19"),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), YEARS)
def test_times_years_decades_centuries(anchor: dt.date, sentence: str, text: str, value: str) -> None:
    assert find_one(sentence, text, anchor).value == value


def test_times_fuzzy_decade_range() -> None:
    timex = find_one("Reforms began in the early 1990s.", "early 1990s")
    assert (timex.value, timex.range_start, timex.range_end) == ("199", D(1990, 1, 1), D(1993, 12, 31))


# --- weekdays --------------------------------------------------------------------------

WEEKDAYS = [
    ("The envoys met on Wednesday.", "Wednesday", "DATE", "2022-07-20"),
    ("The envoys met on Friday.", "Friday", "DATE", "2022-07-22"),
    ("The envoys will meet on Wednesday.", "Wednesday", "DATE", "2022-07-27"),
    ("The envoys meet again on Monday.", "Monday", "DATE", "2022-07-25"),
    ("The trial is set to begin on Wednesday.", "Wednesday", "DATE", "2022-07-27"),
    ("Pyongyang said Saturday it had fired a missile.", "Saturday", "DATE", "2022-07-16"),
    ("The ministry says Monday it has cut exports.", "Monday", "DATE", "2022-07-18"),
    ("The envoys met last Friday.", "last Friday", "DATE", "2022-07-15"),
    ("They will meet next Friday.", "next Friday", "DATE", "2022-07-29"),
    ("Markets will stay closed until Monday.", "Monday", "DATE", "2022-07-25"),
    ("The markets remained closed until Monday.", "Monday", "DATE", "2022-07-18"),
    ("Talks resumed on Tuesday morning.", "Tuesday morning", "TIME", "2022-07-19TMO"),
    ("The government has kept the markets closed until Monday.", "Monday", "DATE", "2022-07-25"),
]


@pytest.mark.parametrize(("sentence", "text", "timex_type", "value"), WEEKDAYS)
def test_times_weekday_relative_to_anchor(sentence: str, text: str, timex_type: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value, timex.anchor) == (timex_type, value, FRIDAY)


def test_times_past_clause_under_a_future_one_looks_ahead() -> None:
    timex = find_one("Funds would be injected when the markets opened on Friday.", "Friday", D(2022, 7, 20))
    assert timex.value == "2022-07-22"


def test_times_weekday_rule_says_the_direction() -> None:
    assert find_one("The envoys met on Wednesday.", "Wednesday").rule == "rel.weekday.past"
    assert find_one("The envoys met on Friday.", "Friday").rule == "rel.weekday.same"


# --- deictic days and parts of the day ----------------------------------------------

DEICTIC = [
    ("The vote took place today.", "today", "DATE", "2022-07-22"),
    ("The vote took place yesterday.", "yesterday", "DATE", "2022-07-21"),
    ("The vote will take place tomorrow.", "tomorrow", "DATE", "2022-07-23"),
    ("Leaders will speak tonight.", "tonight", "TIME", "2022-07-22TNI"),
    ("The blast happened yesterday afternoon.", "yesterday afternoon", "TIME", "2022-07-21TAF"),
    ("The ministry announced this morning that it would retaliate.", "this morning", "TIME", "2022-07-22TMO"),
    ("Shells fell on the city last night.", "last night", "TIME", "2022-07-21TNI"),
    ("Stocks rebounded from losses earlier today.", "earlier today", "DATE", "2022-07-22"),
]


@pytest.mark.parametrize(("sentence", "text", "timex_type", "value"), DEICTIC)
def test_times_deictic_days(sentence: str, text: str, timex_type: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value) == (timex_type, value)


# --- last / next / this -------------------------------------------------------------

RELATIVE_UNITS = [
    (FRIDAY, "The ministry protested last week.", "last week", "2022-W28"),
    (FRIDAY, "The ministry protested this week.", "this week", "2022-W29"),
    (FRIDAY, "The ministry will respond next week.", "next week", "2022-W30"),
    (FRIDAY, "Exports fell last month.", "last month", "2022-06"),
    (FRIDAY, "Exports will rise next month.", "next month", "2022-08"),
    (FRIDAY, "Exports rose this month.", "this month", "2022-07"),
    (FRIDAY, "Exports fell last year.", "last year", "2021"),
    (FRIDAY, "Exports will rise next year.", "next year", "2023"),
    (FRIDAY, "Exports rose this year.", "this year", "2022"),
    (D(2022, 1, 10), "Exports fell last month.", "last month", "2021-12"),
    (D(2021, 12, 20), "Exports will rise next month.", "next month", "2022-01"),
    (D(2022, 1, 3), "The ministry protested last week.", "last week", "2021-W52"),
    (FRIDAY, "Profits fell in the last quarter.", "the last quarter", "2022-Q2"),
    (FRIDAY, "Envoys will meet this weekend.", "this weekend", "2022-W29-WE"),
    (D(2007, 1, 18), "Sales doubled in 2005 and grew again the following year.", "the following year", "2006"),
    (D(2007, 1, 18), "Sales doubled in 2005 after falling the year before.", "the year before", "2004"),
    (D(2009, 4, 3), "Sales rose from 2008, and fell from the previous month.", "the previous month", "2009-03"),
    (D(2009, 4, 1), "Sales rebounded in the last week of March.", "the last week of March", "2009-W13"),
    (FRIDAY, "Talks began in the first week of July 2022.", "the first week of July 2022", "2022-W27"),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), RELATIVE_UNITS)
def test_times_last_next_this(anchor: dt.date, sentence: str, text: str, value: str) -> None:
    assert find_one(sentence, text, anchor).value == value


def test_times_the_past_week_is_a_duration_ending_now() -> None:
    timex = find_one("Shelling has intensified over the past week.", "the past week")
    assert (timex.type, timex.value, timex.range_start, timex.range_end) == ("DURATION", "P1W", D(2022, 7, 15), FRIDAY)


# --- N units ago ---------------------------------------------------------------------

AGO = [
    ("The border was closed three days ago.", "three days ago", "2022-07-19"),
    ("The border was closed two weeks ago.", "two weeks ago", "2022-07-08"),
    ("The border was closed two months ago.", "two months ago", "2022-05"),
    ("The border was closed a year ago.", "a year ago", "2021"),
    ("The border was closed 20 years ago.", "20 years ago", "2002"),
    ("The border was closed several years ago.", "several years ago", "PAST_REF"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), AGO)
def test_times_units_ago(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value) == ("DATE", value)


# --- vague and partial periods -------------------------------------------------------

VAGUE = [
    ("Attacks have increased in recent weeks.", "recent weeks", "PAST_REF", D(2022, 6, 10), FRIDAY),
    ("Talks are expected in the coming months.", "the coming months", "FUTURE_REF", FRIDAY, D(2023, 1, 22)),
    ("The envoy arrived earlier this month.", "earlier this month", "2022-07", D(2022, 7, 1), FRIDAY),
    ("The envoy will arrive later this year.", "later this year", "2022", FRIDAY, D(2022, 12, 31)),
]


@pytest.mark.parametrize(("sentence", "text", "value", "start", "end"), VAGUE)
def test_times_vague_and_partial_periods_get_a_range(sentence: str, text: str, value: str, start: dt.date, end: dt.date) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value, timex.range_start, timex.range_end) == ("DATE", value, start, end)


REFERENCES = [
    ("The ministry recently closed the consulate.", "recently", "PAST_REF"),
    ("The recent clashes killed dozens.", "recent", "PAST_REF"),
    ("Talks will resume soon.", "soon", "FUTURE_REF"),
    ("Tensions will rise in the future.", "the future", "FUTURE_REF"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), REFERENCES)
def test_times_references_without_a_date(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value) == ("DATE", value)


# --- fuzzy spans ---------------------------------------------------------------------

FUZZY = [
    ("The offensive began in early July.", "early July", "2022-07", D(2022, 7, 1), D(2022, 7, 10)),
    ("The offensive began in mid-July.", "mid-July", "2022-07", D(2022, 7, 11), D(2022, 7, 20)),
    ("The offensive began in late June.", "late June", "2022-06", D(2022, 6, 21), D(2022, 6, 30)),
    ("The company collapsed in late 2019.", "late 2019", "2019", D(2019, 9, 1), D(2019, 12, 31)),
    ("The plant is to open in mid-2011.", "mid-2011", "2011", D(2011, 5, 1), D(2011, 8, 31)),
    ("Troops will leave by the end of this year.", "the end of this year", "2022", D(2022, 11, 1), D(2022, 12, 31)),
    ("Talks will resume at the beginning of next month.", "the beginning of next month", "2022-08", D(2022, 8, 1), D(2022, 8, 7)),
    ("Elections are due early next year.", "early next year", "2023", D(2023, 1, 1), D(2023, 4, 30)),
]


@pytest.mark.parametrize(("sentence", "text", "value", "start", "end"), FUZZY)
def test_times_fuzzy_spans(sentence: str, text: str, value: str, start: dt.date, end: dt.date) -> None:
    timex = find_one(sentence, text)
    assert (timex.value, timex.range_start, timex.range_end) == (value, start, end)


# --- quarters, halves, seasons -------------------------------------------------------

QUARTERS_SEASONS = [
    (FRIDAY, "The bank lost money in the third quarter of 2009.", "the third quarter of 2009", "2009-Q3"),
    (FRIDAY, "The bank lost money in Q3 2009.", "Q3 2009", "2009-Q3"),
    (FRIDAY, "The bank lost money in the first quarter of last year.", "the first quarter of last year", "2021-Q1"),
    (D(2009, 11, 3), "Its third-quarter results were weak.", "third-quarter", "2009-Q3"),
    (D(2007, 3, 13), "Foreclosures rose in the fourth quarter.", "the fourth quarter", "2006-Q4"),
    (FRIDAY, "The plant opens in the second half of this year.", "the second half of this year", "2022-H2"),
    (FRIDAY, "The deal closed in summer 2009.", "summer 2009", "2009-SU"),
    (FRIDAY, "The service will launch in the fall of 2011.", "the fall of 2011", "2011-FA"),
    (FRIDAY, "The fires spread last summer.", "last summer", "2021-SU"),
    (FRIDAY, "The offensive began this spring.", "this spring", "2022-SP"),
    (FRIDAY, "Gas will run short next winter.", "next winter", "2022-WI"),
    (FRIDAY, "The offensive began in the spring.", "the spring", "2022-SP"),
    (FRIDAY, "Their autumn meetings were cancelled.", "autumn", "2021-FA"),
]


@pytest.mark.parametrize(("anchor", "sentence", "text", "value"), QUARTERS_SEASONS)
def test_times_quarters_halves_seasons(anchor: dt.date, sentence: str, text: str, value: str) -> None:
    assert find_one(sentence, text, anchor).value == value


def test_times_winter_runs_into_next_year() -> None:
    timex = find_one("Gas will run short next winter.", "next winter")
    assert (timex.range_start, timex.range_end) == (D(2022, 12, 1), D(2023, 2, 28))


# --- durations -----------------------------------------------------------------------

DURATIONS = [
    ("The siege lasted three weeks.", "three weeks", "P3W"),
    ("He ruled for 10 years.", "10 years", "P10Y"),
    ("They signed a 27-year contract.", "27-year", "P27Y"),
    ("The project is almost two and a half years late.", "almost two and a half years", "P2.5Y"),
    ("The dispute has lasted several years.", "several years", "PXY"),
    ("The system failed after thirty minutes.", "thirty minutes", "PT30M"),
    ("They landed after a 12-hour flight.", "12-hour", "PT12H"),
    ("The dispute has simmered for years.", "years", "PXY"),
    ("Prices fell for six straight days.", "six straight days", "P6D"),
    ("It is the lowest level in over a decade.", "over a decade", "P10Y"),
    ("Unemployment hit a five-year high.", "five-year", "P5Y"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), DURATIONS)
def test_times_durations(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value, timex.precision) == ("DURATION", value, "duration")


def test_times_span_duration_gets_its_range() -> None:
    timex = find_one("Exports have doubled over the past five years.", "the past five years")
    assert (timex.value, timex.range_start, timex.range_end) == ("P5Y", D(2017, 7, 22), FRIDAY)


# --- sets ----------------------------------------------------------------------------

SETS = [
    ("Inspectors visit every week.", "every week", "P1W"),
    ("Inspectors visit every other day.", "every other day", "P2D"),
    ("Inspectors visit every Monday.", "every Monday", "P1W"),
    ("The ministry publishes weekly figures.", "weekly", "P1W"),
    ("The summit is held annually.", "annually", "P1Y"),
    ("Envoys meet twice a week.", "a week", "P1W"),
    ("The plant builds 15 a year.", "a year", "P1Y"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), SETS)
def test_times_sets(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value) == ("SET", value)


# --- clock times ---------------------------------------------------------------------

CLOCK_TIMES = [
    ("The vote closes at 5 p.m.", "5 p.m.", "2022-07-22T17:00"),
    ("The vote closed at 6:40 p.m. local time.", "6:40 p.m. local time", "2022-07-22T18:40"),
    ("The index was down 2% at 18:00 UTC.", "18:00 UTC", "2022-07-22T18:00Z"),
    ("The bank acted at 0800 GMT.", "0800 GMT", "2022-07-22T08:00Z"),
    ("Talks resumed at noon.", "noon", "2022-07-22T12:00"),
    ("The company filed for protection at 12:00 UTC Monday.", "12:00 UTC Monday", "2022-07-18T12:00Z"),
    ("On Tuesday, the polls closed at 9 p.m.", "9 p.m.", "2022-07-19T21:00"),
    ("The plane landed at 12:30 EST (16:30 UTC).", "16:30 UTC", "2022-07-22T16:30Z"),
    ("The plane landed at 6:40 p.m. (GMT +8).", "6:40 p.m. (GMT +8)", "2022-07-22T18:40+08:00"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), CLOCK_TIMES)
def test_times_clock_times_on_their_day(sentence: str, text: str, value: str) -> None:
    timex = find_one(sentence, text)
    assert (timex.type, timex.value, timex.precision) == ("TIME", value, "time")


# --- anaphora ------------------------------------------------------------------------

ANAPHORA = [
    ("Rebels attacked on July 5, 2022 and withdrew the following day.", "the following day", "2022-07-06"),
    ("Rebels attacked on July 5, 2022 and withdrew the same day.", "the same day", "2022-07-05"),
    ("Stocks rose on Wednesday, ending the day 2% higher.", "the day", "2022-07-20"),
    ("Stocks rose 2%, ending the day near a record.", "the day", "2022-07-22"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), ANAPHORA)
def test_times_anaphoric_days_count_from_the_last_day_named(sentence: str, text: str, value: str) -> None:
    assert find_one(sentence, text).value == value


def test_times_that_day_without_a_day_named_has_no_value() -> None:
    timex = find_one("Nobody knew what happened that day.", "that day")
    assert (timex.value, timex.rule) == (None, "rel.day.anaphoric.no_reference")


# --- unknown publication date --------------------------------------------------------

UNANCHORED = [
    ("The accord was signed on July 21, 2022.", "July 21, 2022", "2022-07-21", "abs.date.mdy"),
    ("The treaty was signed in 1994.", "1994", "1994", "abs.year"),
    ("The siege lasted three weeks.", "three weeks", "P3W", "dur.count"),
    ("Inspectors visit every week.", "every week", "P1W", "set.every"),
    ("Attacks have increased in recent weeks.", "recent weeks", "PAST_REF", "ref.vague_span"),
    ("The envoys met on Wednesday.", "Wednesday", None, "rel.weekday.no_anchor"),
    ("The envoys met on July 21.", "July 21", None, "rel.month_day.no_anchor"),
    ("Sanctions were imposed in March.", "March", None, "rel.month.no_anchor"),
    ("The ministry protested last week.", "last week", None, "rel.unit.no_anchor"),
    ("The vote took place yesterday.", "yesterday", None, "rel.deictic.no_anchor"),
    ("The border was closed three days ago.", "three days ago", None, "rel.ago.no_anchor"),
    ("The offensive began in early July.", "early July", None, "fuzzy.month.no_anchor"),
    ("The vote closes at 5 p.m.", "5 p.m.", None, "time.ampm.no_anchor"),
    ("It was a hit in the '80s.", "'80s", None, "abs.decade.no_anchor"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "rule"), UNANCHORED)
def test_times_without_anchor_never_guess(sentence: str, text: str, value: str | None, rule: str) -> None:
    timex = find_one(sentence, text, anchor=None)
    assert (timex.value, timex.rule, timex.anchor) == (value, rule, None)


# --- not time expressions ------------------------------------------------------------

NEGATIVES = [
    "Russia may respond to the sanctions.",
    "May we respond, the minister asked.",
    "Thousands joined a protest march in the capital.",
    "The March on Washington drew huge crowds.",
    "Theresa May met the president.",
    "They sent 2,000 troops to the border.",
    "They sent 2000 troops to the border.",
    "Resolution 2397 tightened the sanctions.",
    "The 1718 Committee met behind closed doors.",
    "Article 4 of the treaty applies.",
    "The Russell 2000 Index fell sharply.",
    "He paid $2010 for the ticket.",
    "Oil prices fall as supply grows.",
    "Tourists bathe in a hot spring.",
    "The most recent model sold well.",
    "A 45-year-old man was arrested.",
    "Three quarters of the staff left.",
    "As soon as the vote ends, they will leave.",
    "The Sun reported the story.",
    "The KC-30s tankers refuelled the jets.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_times_not_time_expressions(sentence: str) -> None:
    assert [(t.text, t.value) for t in extract(sentence)] == []


# --- spans follow TimeML ---------------------------------------------------------------

SPANS = [
    ("The envoys met on Wednesday.", "Wednesday"),
    ("The ministry protested last week.", "last week"),
    ("Attacks have increased in recent weeks.", "recent weeks"),
    ("He ruled for 10 years.", "10 years"),
    ("The siege ended in March.", "March"),
]


@pytest.mark.parametrize(("sentence", "text"), SPANS)
def test_times_spans_exclude_prepositions(sentence: str, text: str) -> None:
    [timex] = extract(sentence)
    assert (timex.text, sentence[timex.start : timex.end]) == (text, text)


# --- the stage and the data file ------------------------------------------------------


def test_times_stage_sets_times_through_the_pipeline() -> None:
    text = "Envoys meet\n\nNorth Korea on Wednesday recognized the republics, and talks resume next month.\n"
    annotated = annotate_text(text, published=FRIDAY, stages=(make_times_stage(),))
    assert [(t.text, t.value, text[t.start : t.end]) for t in annotated.times] == [
        ("Wednesday", "2022-07-20", "Wednesday"),
        ("next month", "2022-08", "next month"),
    ]


def test_times_stage_declares_what_it_reads_and_writes() -> None:
    stage = make_times_stage()
    assert (stage.name, stage.reads, stage.writes) == ("times.rules.v1", ("article",), ("times",))
    assert STAGE_NAME == stage.name


def test_times_data_file_patterns_have_resolvers_and_checks() -> None:
    patterns = load_lexicon().patterns
    assert {p.kind for p in patterns} <= set(RESOLVERS)
    assert {p.check for p in patterns if p.check} <= set(CHECKS)
    assert len({p.id for p in patterns}) == len(patterns)
