"""The JSON twins of the pages, under `/api/…`: the same view, returned as is.

Each twin returns its view already written as JSON (`JSONAnswer`): the view is a
record of `models`, built and checked as it was made, so FastAPI's own path for a
returned model (dump it to a dict, validate that against the response model, encode
it, `json.dumps` it) would only do the work again, in about 1.5 ms of a dyad's answer.
The bytes are the same (tests/web/test_web_api.py). `response_model` still describes
each answer in the OpenAPI document."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel

from dyadwatch.store.queries import DEFAULT_PERIOD
from dyadwatch.web import models, views
from dyadwatch.web.params import (
    DEFAULT_PAGE_SIZE,
    MAX_NAME,
    MAX_TEXT,
    By,
    Memo,
    Normalise,
    Page,
    Period,
    Since,
    Size,
    Until,
    event_filters,
    flag_filters,
    store,
)

router = APIRouter(prefix="/api", tags=["api"])
Store = Annotated[duckdb.DuckDBPyConnection, Depends(store)]
Required = Annotated[str, Query(min_length=1, max_length=MAX_NAME, description="actor code or name")]


class JSONAnswer(Response):
    """A view record as JSON, written by pydantic in one step, as FastAPI would write
    it for the response model (field aliases, compact, UTF-8)."""

    media_type = "application/json"

    def __init__(self, record: BaseModel) -> None:
        super().__init__(record.model_dump_json(by_alias=True))


@router.get("/home", response_model=models.Home)
def api_home(con: Store) -> Response:
    """The most active dyads and actors, the latest events, corpus size and freshness."""
    return JSONAnswer(views.home_view(con))


@router.get("/events", response_model=models.EventsPage)
def api_events(con: Store, filters: Annotated[models.EventFilters, Depends(event_filters)],
               page: Page = 1, size: Size = DEFAULT_PAGE_SIZE) -> Response:
    """Real-world events matching every filter, in date order, one page at a time."""
    return JSONAnswer(views.events_view(con, filters, page=page, size=size))


@router.get("/dyad", response_model=models.DyadView)
def api_dyad(con: Store, memo: Memo, a: Required, b: Required, by: By = DEFAULT_PERIOD, since: Since = None,
             until: Until = None, period: Period = None, normalise: Normalise = False) -> Response:
    """The relation of A and B per period: A->B, B->A and `between` (scored), A+B together
    (counted, not scored), the period `undated`; with `period`, its events."""
    return JSONAnswer(views.dyad_view(con, a, b, by=by, since=since, until=until, period=period, normalise=normalise,
                                      remembered=memo))


@router.get("/sanctions", response_model=models.SanctionsView)
def api_sanctions(con: Store,
                  filters: Annotated[models.FlagFiltersOut, Depends(flag_filters)]) -> Response:
    """Flagged real-world events (sanctions rules, watchlists) stored at ingest, one per
    event and rule, with their reports, status, legal source and evidence."""
    return JSONAnswer(views.sanctions_view(con, filters))


@router.get("/actor", response_model=models.ActorView)
def api_actor(con: Store, name: Required, by: By = DEFAULT_PERIOD) -> Response:
    """An actor's partners, in all and over time, its names and its quotes."""
    return JSONAnswer(views.actor_view(con, name, by=by))


@router.get("/article", response_model=models.ArticleView)
def api_article(con: Store, id: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)]) -> Response:
    """An article's cleaned text with its paragraphs, mentions, times, quotes and events."""
    return JSONAnswer(views.article_view(con, id))
