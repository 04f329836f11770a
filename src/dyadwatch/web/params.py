"""Query parameters shared by the pages and their JSON twins, validated before any
query runs: bounded lengths and page sizes, dates strictly YYYY-MM-DD, periods from
`queries.PERIODS`. An empty form field counts as absent (views test text for truth)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any

import duckdb
from fastapi import Path, Query, Request
from pydantic import BeforeValidator

from dyadwatch.store.queries import PERIODS
from dyadwatch.store.sharing import reading
from dyadwatch.web.models import EventFilters

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_PAGE = 1000
MAX_NAME = 100
MAX_TEXT = 200
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError("expected a date like 2022-07-21 (YYYY-MM-DD)")
    return dt.date.fromisoformat(value)


IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]
# Blank text stays "" (a length constraint cannot apply to None); views treat it as absent.
Text = str | None

Actor = Annotated[Text, Query(max_length=MAX_NAME, description="actor code or name (PRK, North Korea, Pyongyang)")]
Since = Annotated[IsoDate, Query(description="on or after this date, YYYY-MM-DD")]
Until = Annotated[IsoDate, Query(description="on or before this date, YYYY-MM-DD")]
By = Annotated[str, Query(pattern=f"^({'|'.join(PERIODS)})$", description=f"period: {', '.join(PERIODS)}")]
Period = Annotated[Text, Query(max_length=10, description="a period to list the events of, e.g. 2023 or 2023-09")]
Name = Annotated[str, Path(max_length=MAX_NAME, description="actor code or name")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"events per page, at most {MAX_PAGE_SIZE}")]


def event_filters(
    actor: Actor = None,
    recipient: Actor = None,
    type: Annotated[Text, Query(max_length=MAX_NAME, description="PLOVER event type (CONSULT, ASSAULT …)")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[Text, Query(max_length=MAX_TEXT, description="words the sentence contains, all of them")] = None,
) -> EventFilters:
    """The filters of the events page, as a dependency."""
    return EventFilters(actor=actor, recipient=recipient, type=type, since=since, until=until, q=q)


def store(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request, closed after it (DuckDB connections are
    not shared between threads), so an ingest gets its turn between requests: while it
    asks for one or writes a batch, the request waits a few seconds for it
    (`store.sharing`), then answers 503 naming what holds the database."""
    with reading(request.app.state.db) as con:
        yield con

