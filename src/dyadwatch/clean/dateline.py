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

DATELINE_SEARCH_PARAGRAPHS = 8
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})\b")
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
    A `Posted`/`Published` line wins over an `Updated` line, which wins over a dateline."""
    vocab = vocabulary or load_vocabulary()
    head = paragraphs[:DATELINE_SEARCH_PARAGRAPHS]
    stamps = [text for text in head if is_timestamp_line(text, vocab)]
    stamps.sort(key=lambda text: not text.lower().lstrip().startswith(_ORIGINAL_FIRST))
    for text in stamps:
        found = parse_full_date(text)
        if found is not None:
            return found
    for text in head:
        match = _WIRE_DATELINE.match(text.strip())
        if match:
            return parse_full_date(match.group("date") or match.group("date2"))
    return None


def parse_full_date(text: str) -> dt.date | None:
    """A date with day, month and year in `text`; None when any part is missing."""
    iso = _ISO_DATE.search(text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    spelled = _LABEL_DATE.search(text)
    if spelled is None:
        return None
    parsed = dateparser.parse(spelled.group(1), languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed else None
