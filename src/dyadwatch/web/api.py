"""The JSON twins of the pages, under `/api/…`: the same view, returned as is."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Query

from dyadwatch.store.queries import DEFAULT_PERIOD
from dyadwatch.web import models, views
from dyadwatch.web.params import (
    DEFAULT_PAGE_SIZE,
    MAX_NAME,
    MAX_TEXT,
    By,
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


@router.get("/home", response_model=models.Home)
def api_home(con: Store) -> models.Home:
    """The most active dyads and actors, the latest events, corpus size and freshness."""
    return views.home_view(con)


@router.get("/events", response_model=models.EventsPage)
def api_events(con: Store, filters: Annotated[models.EventFilters, Depends(event_filters)],
               page: Page = 1, size: Size = DEFAULT_PAGE_SIZE) -> models.EventsPage:
    """Real-world events matching every filter, in date order, one page at a time."""
    return views.events_view(con, filters, page=page, size=size)


@router.get("/dyad", response_model=models.DyadView)
def api_dyad(con: Store, a: Required, b: Required, by: By = DEFAULT_PERIOD, since: Since = None,
             until: Until = None, period: Period = None, normalise: Normalise = False) -> models.DyadView:
    """The relation of A and B per period: A->B, B->A and `between` (scored), A+B together
    (counted, not scored), the period `undated`; with `period`, its events."""
    return views.dyad_view(con, a, b, by=by, since=since, until=until, period=period, normalise=normalise)


@router.get("/sanctions", response_model=models.SanctionsView)
def api_sanctions(con: Store,
                  filters: Annotated[models.FlagFiltersOut, Depends(flag_filters)]) -> models.SanctionsView:
    """Flagged real-world events (sanctions rules, watchlists) stored at ingest, one per
    event and rule, with their reports, status, legal source and evidence."""
    return views.sanctions_view(con, filters)


@router.get("/actor", response_model=models.ActorView)
def api_actor(con: Store, name: Required, by: By = DEFAULT_PERIOD) -> models.ActorView:
    """An actor's partners, in all and over time, its names and its quotes."""
    return views.actor_view(con, name, by=by)


@router.get("/article", response_model=models.ArticleView)
def api_article(con: Store, id: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)]) -> models.ArticleView:
    """An article's cleaned text with its paragraphs, mentions, times, quotes and events."""
    return views.article_view(con, id)
