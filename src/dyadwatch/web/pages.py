"""The HTML pages: the same views as the JSON twins, rendered by Jinja templates
(autoescaped). Forms are plain GET forms; a page works without JavaScript except for
drawing its charts."""

from __future__ import annotations

from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from dyadwatch.plover.ontology import load_ontology
from dyadwatch.store.queries import BETWEEN, DEFAULT_PERIOD, PERIODS, UNDATED
from dyadwatch.web import models, views
from dyadwatch.web.downloads import download_links
from dyadwatch.web.highlight import segment_text
from dyadwatch.web.params import (
    DEFAULT_PAGE_SIZE,
    MAX_NAME,
    MAX_TEXT,
    By,
    Memo,
    Normalise,
    Name,
    Page,
    Period,
    Since,
    Size,
    Until,
    event_filters,
    flag_filters,
    store,
)
from dyadwatch.web.chart_periods import fill_periods
from dyadwatch.web.templating import page_url, render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Store = Annotated[duckdb.DuckDBPyConnection, Depends(store)]
Optional = Annotated[str | None, Query(max_length=MAX_NAME)]


@router.get("/")
def home_page(request: Request, con: Store) -> Any:
    return render(request, "home.html", view=views.home_view(con), twin=page_url("/api/home"))


@router.get("/events")
def events_page(request: Request, con: Store, filters: Annotated[models.EventFilters, Depends(event_filters)],
                page: Page = 1, size: Size = DEFAULT_PAGE_SIZE) -> Any:
    view = views.events_view(con, filters, page=page, size=size)
    shown = events_params(view.filters)
    return render(request, "events.html", view=view, typed=filters, types=list(load_ontology().event_types),
                  quads=list(load_ontology().quad_classes), downloads=download_links("/download/events", shown),
                  twin=page_url("/api/events", **shown, page=page, size=size))


def events_params(filters: models.EventFilters) -> dict[str, Any]:
    """The query parameters of resolved filters (several types joined by commas)."""
    params = filters.model_dump(exclude_none=True)
    if params.get("order") == "oldest":
        del params["order"]
    return params


@router.get("/sanctions")
def sanctions_page(request: Request, con: Store,
                   filters: Annotated[models.FlagFiltersOut, Depends(flag_filters)]) -> Any:
    view = views.sanctions_view(con, filters)
    return render(request, "sanctions.html", view=view, groups=flag_groups(view.flags),
                  downloads=download_links("/download/sanctions", dict(request.query_params)),
                  twin=page_url("/api/sanctions", **dict(request.query_params)))


def flag_groups(flags: list[models.FlagItem]) -> list[tuple[str, str, list[models.FlagItem]]]:
    """The flags by regime and rule, in the order of their first flag."""
    groups: dict[tuple[str, str], list[models.FlagItem]] = {}
    for flag in flags:
        groups.setdefault((flag.regime, flag.rule), []).append(flag)
    return [(regime, rule, items) for (regime, rule), items in groups.items()]


@router.get("/dyad")
def dyad_form(a: Optional = None, b: Optional = None) -> Any:
    """The dyad picker's target: on to /dyad/A/B."""
    if not (a and b):
        return RedirectResponse(page_url("/"), status_code=303)
    return RedirectResponse(page_url("/dyad", a.strip(), b.strip()), status_code=303)


@router.get("/dyad/{a}/{b}")
def dyad_page(request: Request, con: Store, memo: Memo, a: Name, b: Name, by: By = DEFAULT_PERIOD,
              since: Since = None, until: Until = None, period: Period = None, normalise: Normalise = False) -> Any:
    view = views.dyad_view(con, a, b, by=by, since=since, until=until, period=period, normalise=normalise,
                           remembered=memo)
    twin = page_url("/api/dyad", a=view.a, b=view.b, by=by, since=since, until=until, period=period,
                    normalise=1 if normalise else None)
    shown = dict(a=view.a, b=view.b, by=by, since=since, until=until, period=period,
                 normalise=1 if normalise else None)
    return render(request, "dyad.html", view=view, periods=list(PERIODS), chart=dyad_chart(view), twin=twin,
                  downloads=download_links("/download/dyad", shown))


def dyad_chart(view: models.DyadView) -> dict[str, Any]:
    """What the dyad charts draw: per series and period, the mean score (None where the
    series has no event: a gap, not a line across it), the events and the events per
    quad class (per 100 articles stored when the view is normalised). Periods run in
    time order, empty ones included, then `undated` if any event lacks a date."""
    labels = {row.period for row in view.rows}
    periods = fill_periods(sorted(labels - {UNDATED}), by=view.by) + ([UNDATED] if UNDATED in labels else [])
    cells = {(row.direction, row.period): row for row in view.rows}
    series = {}
    for direction in view.directions:
        rows = [cells.get((direction, p)) for p in periods]
        series[direction] = {
            "score_mean": [r.score_mean if r else None for r in rows],
            "events": [r.events if r else 0 for r in rows],
            "quads": {q: [_volume(r, r.quads[q]) if r else 0 for r in rows] for q in view.quad_classes},
        }
        if view.normalise:
            series[direction]["per_100_articles"] = [r.events_per_100_articles if r else 0 for r in rows]
    active = [any(cells.get((d, p)) for d in (BETWEEN, view.directions[-1])) for p in periods]
    return {"periods": periods, "directions": view.directions, "between": BETWEEN, "quads": view.quad_classes,
            "series": series, "active": active, "normalise": view.normalise, "selected": view.period,
            "link": page_url("/dyad", view.a, view.b, by=view.by, since=view.since, until=view.until,
                             normalise=1 if view.normalise else None)}


def _volume(row: models.DyadRow, count: int) -> float:
    """A count as drawn: per 100 articles of the period when the view is normalised."""
    if row.articles is None:
        return count
    return round(100 * count / row.articles, 2) if row.articles else 0


@router.get("/actor")
def actor_form(name: Optional = None) -> Any:
    """The actor picker's target: on to /actor/NAME."""
    if not name:
        return RedirectResponse(page_url("/"), status_code=303)
    return RedirectResponse(page_url("/actor", name.strip()), status_code=303)


@router.get("/actor/{name}")
def actor_page(request: Request, con: Store, name: Name, by: By = DEFAULT_PERIOD) -> Any:
    view = views.actor_view(con, name, by=by)
    return render(request, "actor.html", view=view, periods=list(PERIODS), chart=actor_chart(view),
                  twin=page_url("/api/actor", name=view.code, by=by))


ACTOR_CHART_PARTNERS = 6


def actor_chart(view: models.ActorView) -> dict[str, Any]:
    """Events per period with the actor's main partners, the rest as `others`."""
    main = [p.partner for p in view.partners if p.partner != view.code][:ACTOR_CHART_PARTNERS]
    periods = fill_periods([row.period for row in view.over_time], by=view.by)
    counts = {(row.period, row.partner if row.partner in main else "others"): 0 for row in view.over_time}
    for row in view.over_time:
        key = (row.period, row.partner if row.partner in main else "others")
        counts[key] += row.events
    partners = main + (["others"] if any(k[1] == "others" for k in counts) else [])
    return {"periods": periods, "by": view.by, "dyad_link": page_url("/dyad", view.code),
            "series": {p: [counts.get((period, p), 0) for period in periods] for p in partners}}


@router.get("/article/{article_id:path}")
def article_page(request: Request, con: Store, article_id: Annotated[str, Path(max_length=MAX_TEXT)],
                 event: Annotated[str | None, Query(max_length=MAX_NAME)] = None) -> Any:
    view = views.article_view(con, article_id)
    marks = views.article_marks(view, focus=event)
    paragraphs = [(p, segment_text(view.text, marks, start=p.char_start, end=p.char_end)) for p in view.paragraphs]
    return render(request, "article.html", view=view, paragraphs=paragraphs, focus=event,
                  twin=page_url("/api/article", id=view.id))


@router.get("/api")
def api_index(request: Request) -> Any:
    """The API's endpoints and parameters, from the OpenAPI description (the bundled
    Swagger page would load its scripts from a CDN)."""
    return render(request, "api.html", spec=request.app.openapi(), twin=page_url("/api/openapi.json"))
