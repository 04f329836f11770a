"""Publication date from the text itself: a timestamp line under the headline
(`Posted : 2022-07-21 17:04`) or a wire dateline that names the year
(`SEOUL, July 21, 2022 (Eastern Wire) --`). A date without a year is not used: the
publication date stays unknown rather than borrowed from some other date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import dateparser

from dyadwatch.clean.furniture import FurnitureVocabulary, is_timestamp_line, load_vocabulary
from dyadwatch.clean.text import ends_sentence

DATELINE_SEARCH_PARAGRAPHS = 8
DATE_LINE_MAX_WORDS = 10
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})\b")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")  # day.month.year
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'\-]{{1,40}},\s+(?P<date>{_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\b"
    rf"|^[A-Z][A-Za-z .'\-]{{1,40}},\s+(?P<date2>\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d)\b"
)
_LABEL_DATE = re.compile(rf"({_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d\d)")
_PARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
_ORIGINAL_FIRST = ("posted", "published", "first published", "date", "released", "issued")


def find_dateline_date(paragraphs: Sequence[str], *, vocabulary: FurnitureVocabulary | None = None) -> dt.date | None:
    """The publication date stated near the top of a plain-text article, if any.

    In order of trust: a `Posted`/`Published` line, a line that is only a date (maybe
    with a weekday, time or the site's name), an `Updated` line, a wire dateline."""
    vocab = vocabulary or load_vocabulary()
    head = paragraphs[:DATELINE_SEARCH_PARAGRAPHS]
    stamps = [text for text in head if is_timestamp_line(text, vocab)]
    original = [text for text in stamps if text.lower().lstrip().startswith(_ORIGINAL_FIRST)]
    later = [text for text in stamps if text not in original]
    standalone = [text for text in head if text not in stamps and _is_date_line(text)]
    for text in (*original, *standalone, *later):
        found = parse_full_date(text)
        if found is not None:
            return found
    for text in head:
        match = _WIRE_DATELINE.match(text.strip())
        if match:
            return parse_full_date(match.group("date") or match.group("date2"))
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
    parsed = dateparser.parse(spelled.group(1), languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
