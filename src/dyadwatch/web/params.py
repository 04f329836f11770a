"""Query parameters shared by the pages and their JSON twins, validated before any
query runs: bounded lengths and page sizes, dates strictly YYYY-MM-DD, periods from
`queries.PERIODS`. An empty form field counts as absent (views test text for truth)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any

import duckdb
from fastapi import Depends, HTTPException, Path, Query, Request
from pydantic import BeforeValidator

from dyadwatch.store.queries import PERIODS
from dyadwatch.web.memo import Remembered
from dyadwatch.web.models import EventFilters, FlagFiltersOut

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
MAX_PAGE = 1000
MAX_NAME = 100
MAX_TEXT = 200
MAX_SEVERAL = 20
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
Normalise = Annotated[bool, Query(description="add the articles stored per period and the events per 100 of them")]
Name = Annotated[str, Path(max_length=MAX_NAME, description="actor code or name")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"events per page, at most {MAX_PAGE_SIZE}")]


Several = Annotated[list[str] | None, Query(description="one or more, repeated or joined by commas")]


def event_filters(
    actor: Actor = None,
    recipient: Actor = None,
    a: Actor = None,
    b: Actor = None,
    type: Several = None,
    quad: Several = None,
    sector: Annotated[Text, Query(max_length=10, description="a party's sector: GOV, MIL, REB …")] = None,
    source: Annotated[Text, Query(max_length=MAX_TEXT, description="words of the article's URL or source")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[Text, Query(max_length=MAX_TEXT, description="words the sentence contains, all of them")] = None,
    order: Annotated[str, Query(pattern="^(oldest|newest)$", description="oldest (default) or newest first")] = "oldest",
) -> EventFilters:
    """The filters of the events page, as a dependency."""
    return EventFilters(actor=actor, recipient=recipient, a=a, b=b, type=_joined(type), quad=_joined(quad),
                        sector=sector, source=source, since=since, until=until, q=q, order=order)


def _joined(values: list[str] | None) -> str | None:
    names = [name.strip() for value in values or () for name in value.split(",") if name.strip()]
    if any(len(name) > MAX_NAME for name in names) or len(names) > MAX_SEVERAL:
        raise HTTPException(422, f"at most {MAX_SEVERAL} names of at most {MAX_NAME} characters")
    return ",".join(names) or None


def flag_filters(
    regime: Annotated[Text, Query(max_length=MAX_NAME, description="a regime or watchlist id (un-dprk …)")] = None,
    rule: Annotated[Text, Query(max_length=MAX_TEXT, description="a rule id (un-dprk/export.arms …)")] = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
) -> FlagFiltersOut:
    """The filters of the sanctions page, as a dependency."""
    return FlagFiltersOut(regime=regime or None, rule=rule or None, actor=actor or None, since=since, until=until)


def store(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for this request on the database the app keeps open (`SharedReader`:
    let go when an ingest asks for its turn, which the request then waits a few seconds
    for, then answers 503 naming what holds the database). The generation it reads is
    left in `request.state` for the answer cache (`app.AnswerCache`)."""
    with request.app.state.reader.connection() as (con, generation):
        request.state.generation = generation
        yield con


def remembered(request: Request,
               con: Annotated[duckdb.DuckDBPyConnection, Depends(store)]) -> Remembered:
    """The app's memo (`app.state.memo`) for the database generation this request reads
    (after `store`, which gives the request its connection and generation)."""
    return Remembered(request.app.state.memo, request.state.generation)


Memo = Annotated[Remembered, Depends(remembered)]
