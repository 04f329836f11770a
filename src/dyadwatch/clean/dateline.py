"""Publication date from the text itself, found where the article's first lines put it.

The shapes are ours to recognise; the dates in them are read by dateparser:

- a timestamp line under the headline: `Posted : 2022-07-21 17:04`, `Updated July 21, 2022`;
- an ISO stamp on a line of its own: `2025-04-20T08:15:00Z`;
- a line that is only a date: `Saturday 23 December 2017`;
- a wire dateline opening a paragraph: `KHASAN, Russia, April 20, 2025 (Test Wire) --`,
  `BEIJING, Nov. 11 (Xinhua) -`, `Geneva, 3 March (Agency)`, `NAIROBI, Kenya (AP) _`,
  `WASHINGTON _`, `CHARLESTON, S.C. —` (the last three name no date).

A wire dateline is also a fact of its own (`find_wire_datelines`, in any paragraph):
where it stands, the place it names and the agency it credits, which later stages must
not take for actors.

A dateline without a year takes it from context: the latest such day not after the
horizon (the user's `--published` date, or the day the page was fetched). Without a
horizon it gives no date: the publication date stays unknown rather than borrowed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence

from dyadwatch.clean.furniture import FurnitureVocabulary, is_timestamp_line, load_vocabulary
from dyadwatch.clean.text import ends_sentence
from dyadwatch.records import DatelineSpan, Paragraph, TextSpan

DATELINE_SEARCH_PARAGRAPHS = 8
DATELINE_SEARCH_LINES = 3  # lines of each paragraph looked at (a hard-wrapped one holds several)
DATE_LINE_MAX_WORDS = 10
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")  # day.month.year
_ISO_STAMP = re.compile(
    r"^\s*(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d\d:?\d\d)?)?\s*$"
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_YEAR = r"(?:19|20)\d\d"
_LABEL_DATE = re.compile(rf"({_MONTHS}\s*\d{{1,2}},?\s+{_YEAR}|\d{{1,2}}\s+{_MONTHS}\s+{_YEAR})")

# A dateline's place: a town, then maybe a region or country ("DAR ES SALAAM, Tanzania",
# "ALBANY, N.Y."); each word capitalised, short particles ("es", "de", "al") allowed; not
# a weekday ("Saturday, April 20, 2025" is a date line).
_PLACE_WORD = r"(?:[A-Z][\w.'\-]*|[a-z]{1,3})"
_PLACE_PART = rf"[A-Z][\w.'\-]*(?:\s{_PLACE_WORD}){{0,4}}"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_PLACE = rf"(?P<place>(?!{_WEEKDAY}){_PLACE_PART}(?:,\s{_PLACE_PART}){{0,2}})"
_CAPITALS = r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}"
_CAPITAL_PLACE = rf"(?P<place>{_CAPITALS})"  # WASHINGTON _ (no agency)
_CAPITAL_PLACE_REGION = rf"(?P<place>{_CAPITALS},\s{_PLACE_PART})"  # CHARLESTON, S.C. —
# an agency, not a legislator's party and state: "Sen. Jane Roe (R-Texas) — a critic …"
_AGENCY = r"\((?P<agency>(?![A-Z]-)[A-Z][^()\n]{0,40})\)"
_DASH = r"(?:--|—|–|-|_|:)"
_MONTH_DAY = rf"{_MONTHS}\s?\d{{1,2}}(?!\d)"  # "Nov. 3", and "Nov.3" as feeds print it
_DAY_MONTH = rf"\d{{1,2}}\s{_MONTHS}(?![a-z])"

# Wire datelines, each with the name the benchmark counts it under, most specific first.
# A form without year needs the agency or a dash after the date; a place alone needs the
# agency and a dash, or to be in capitals before a long dash.
_DATELINE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("place-month-day-year", rf"^{_PLACE},\s(?P<date>{_MONTH_DAY},?\s{_YEAR})\b(?:\s*{_AGENCY})?\s*{_DASH}?"),
        ("place-day-month-year", rf"^{_PLACE},\s(?P<date>{_DAY_MONTH}\s{_YEAR})\b(?:\s*{_AGENCY})?\s*{_DASH}?"),
        ("place-month-day", rf"^{_PLACE},\s(?P<day>{_MONTH_DAY})(?:\s*{_AGENCY}\s*{_DASH}?|\s*{_DASH}\s)"),
        ("place-day-month", rf"^{_PLACE},\s(?P<day>{_DAY_MONTH})(?:\s*{_AGENCY}\s*{_DASH}?|\s*{_DASH}\s)"),
        ("place-agency", rf"^{_PLACE}\s*{_AGENCY}\s*{_DASH}"),
        ("place-dash", rf"^{_CAPITAL_PLACE}\s*(?:--|—|_)(?=\s|$)"),
        ("place-region-dash", rf"^{_CAPITAL_PLACE_REGION}\s*(?:--|—|_)(?=\s|$)"),
    )
)
_PARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
_ORIGINAL_FIRST = ("posted", "published", "first published", "date", "released", "issued")


@dataclasses.dataclass(slots=True, frozen=True)
class Dateline:
    """A date statement at the top of an article: its form, the paragraph it opens or
    fills, and the date it gives (None: a place-only dateline, or no year to be had)."""

    form: str
    paragraph: int
    date: dt.date | None


def find_dateline_date(
    paragraphs: Sequence[str], *, horizon: dt.date | None = None, vocabulary: FurnitureVocabulary | None = None
) -> dt.date | None:
    """The publication date stated near the top of a plain-text article, if any."""
    found = find_dateline(paragraphs, horizon=horizon, vocabulary=vocabulary)
    return found.date if found else None


def find_dateline(
    paragraphs: Sequence[str], *, horizon: dt.date | None = None, vocabulary: FurnitureVocabulary | None = None
) -> Dateline | None:
    """The date statement the publication date is taken from, in order of trust: a
    `Posted`/`Published` line, an ISO stamp or a line that is only a date, an `Updated`
    line, a wire dateline with its year, one without (year from `horizon`). When none
    gives a date, the first dateline found (with `date` None), or None."""
    found = list(find_datelines(paragraphs, horizon=horizon, vocabulary=vocabulary))
    rank = {"posted": 0, "iso-stamp": 1, "date-line": 1, "updated": 2}
    dated = sorted((d for d in found if d.date is not None), key=lambda d: (rank.get(d.form, 3), d.paragraph))
    return dated[0] if dated else (found[0] if found else None)


def find_datelines(
    paragraphs: Sequence[str], *, horizon: dt.date | None = None, vocabulary: FurnitureVocabulary | None = None
) -> Iterator[Dateline]:
    """Every date statement among the first paragraphs, at most one per paragraph."""
    vocab = vocabulary or load_vocabulary()
    for index, text in enumerate(paragraphs[:DATELINE_SEARCH_PARAGRAPHS]):
        found = _statement(text, vocab, horizon=horizon)
        if found is not None:
            yield Dateline(found[0], index, found[1])


def _statement(text: str, vocab: FurnitureVocabulary, *, horizon: dt.date | None) -> tuple[str, dt.date | None] | None:
    if is_timestamp_line(text, vocab):
        form = "posted" if text.lower().lstrip().startswith(_ORIGINAL_FIRST) else "updated"
        return form, parse_full_date(text)
    if _ISO_STAMP.match(text):
        return "iso-stamp", parse_full_date(text)
    for line in text.split("\n")[:DATELINE_SEARCH_LINES]:
        found = match_wire_dateline(line.strip(), horizon=horizon)
        if found is not None:
            return found
    return ("date-line", parse_full_date(text)) if _is_date_line(text) else None


def match_wire_dateline(line: str, *, horizon: dt.date | None = None) -> tuple[str, dt.date | None] | None:
    """(form, date) of the wire dateline that opens `line`, if one does."""
    found = _wire_match(line)
    if found is None:
        return None
    form, match = found
    groups = match.groupdict()
    if groups.get("date"):
        return form, parse_full_date(groups["date"])
    if groups.get("day"):
        return form, date_before(groups["day"], horizon)
    return form, None


def _wire_match(line: str) -> tuple[str, re.Match[str]] | None:
    for form, pattern in _DATELINE_FORMS:
        match = pattern.match(line)
        if match is not None:
            return form, match
    return None


def find_wire_datelines(text: str, paragraphs: Sequence[Paragraph]) -> tuple[DatelineSpan, ...]:
    """Every wire dateline opening one of the first lines of a paragraph, anywhere in the
    article (a digest of wire stories opens each with its own), with the spans (in
    `text`) of its place and its agency."""
    found = []
    for paragraph in paragraphs:
        position = paragraph.start
        for line in paragraph.text.split("\n")[:DATELINE_SEARCH_LINES]:
            match = _wire_match(line.strip())
            if match is not None:
                found.append(_dateline_span(text, match[1], position + len(line) - len(line.lstrip())))
                break
            position += len(line) + 1
    return tuple(found)


def _dateline_span(text: str, match: re.Match[str], offset: int) -> DatelineSpan:
    start, end = offset, offset + len(match.group(0).rstrip())
    agency = None
    if match.groupdict().get("agency"):
        agency = _text_span(text, offset + match.start("agency"), offset + match.end("agency"))
    place = _text_span(text, offset + match.start("place"), offset + match.end("place"))
    return DatelineSpan(start, end, text[start:end], place, agency)


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start, end, text[start:end])


def is_dateline(line: str) -> bool:
    """Does `line` open with a wire dateline (or is it a timestamp or date line)?"""
    return match_wire_dateline(line.strip()) is not None or _ISO_STAMP.match(line) is not None or _is_date_line(line)


def date_before(day_and_month: str, horizon: dt.date | None) -> dt.date | None:
    """The latest date with this day and month that is not after `horizon`."""
    if horizon is None:
        return None
    for year in range(horizon.year, horizon.year - 5, -1):  # Feb 29 may look back four years
        found = parse_full_date(f"{day_and_month.rstrip(',')} {year}")
        if found is not None and found <= horizon:
            return found
    return None


def _is_date_line(text: str) -> bool:
    """A short line that is no sentence and holds a full date."""
    return len(text.split()) <= DATE_LINE_MAX_WORDS and not ends_sentence(text) and parse_full_date(text) is not None


def parse_full_date(text: str) -> dt.date | None:
    """A date with day, month and year in `text`; None when any part is missing."""
    iso = _ISO_DATE.search(text)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    dotted = _DOTTED_DATE.search(text)
    if dotted:
        return _safe_date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    spelled = _LABEL_DATE.search(text)
    if spelled is None:
        return None
    import dateparser  # a tenth of a second to import: only for a date spelled out in a dateline

    parsed = dateparser.parse(spelled.group(1), languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
