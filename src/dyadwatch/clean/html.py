"""Main text and metadata of an HTML page, through trafilatura (with htmldate for the
publication date, looking only at the page's metadata, never at dates in the text)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import trafilatura

from dyadwatch.errors import EmptyInputError, MalformedInputError

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclasses.dataclass(slots=True, frozen=True)
class PageExtract:
    text: str
    title: str | None
    byline: str | None
    section: str | None
    url: str | None
    published: dt.date | None
    language: str | None


def extract_page(source: str, html: str, *, url: str | None = None) -> PageExtract:
    """The article in an HTML page; EmptyInputError when the page holds none."""
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml gives up on some broken markup
        raise MalformedInputError(source, f"unreadable HTML ({exc})") from exc
    if document is None or not (document.text or "").strip():
        raise EmptyInputError(source, "no article text found in the HTML page")
    return PageExtract(
        text=document.text,
        title=document.title or None,
        byline=document.author or None,
        section=(document.categories or [None])[0],
        url=document.url or url,
        published=_to_date(document.date),
        language=document.language or None,
    )


def _to_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
