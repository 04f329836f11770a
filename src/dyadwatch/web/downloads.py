"""Downloads of what a page shows, under `/download/…?format=csv|parquet|plover-jsonl`
with the page's own parameters: the events list (every page of it), the dyad (its
periods, or the listed events of the selected period), the sanctions flags. CSV and
Parquet hold the rows the page lists; PLOVER JSON Lines every report of those events."""

from __future__ import annotations

import io
from typing import Annotated, Any, Literal

import duckdb
import pyarrow as pa
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from dyadwatch.actors.names import actor_name
from dyadwatch.store.export import cluster_filter, write_plover
from dyadwatch.store.flags import stored_flags
from dyadwatch.store.formats import write_table
from dyadwatch.store.queries import DEFAULT_PERIOD, dyad, find_events
from dyadwatch.web import models, views
from dyadwatch.web.params import MAX_NAME, By, Normalise, Period, Since, Until, event_filters, flag_filters, store

router = APIRouter(prefix="/download", include_in_schema=False)
Store = Annotated[duckdb.DuckDBPyConnection, Depends(store)]
Format = Annotated[Literal["csv", "parquet", "plover-jsonl"], Query(description="csv, parquet or plover-jsonl")]
FORMATS = ("csv", "parquet", "plover-jsonl")
_TYPES = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet",
          "plover-jsonl": "application/x-ndjson; charset=utf-8"}
_SUFFIX = {"csv": "csv", "parquet": "parquet", "plover-jsonl": "plover.jsonl"}


@router.get("/events")
def download_events(con: Store, filters: Annotated[models.EventFilters, Depends(event_filters)],
                    format: Format = "csv") -> Response:
    """Every real-world event the events page lists with these filters, on all pages."""
    table = views.find_filtered(con, views.resolved_event_filters(filters))
    return _answer(con, table, format, name="events")


@router.get("/dyad")
def download_dyad(con: Store, a: Annotated[str, Query(min_length=1, max_length=MAX_NAME)],
                  b: Annotated[str, Query(min_length=1, max_length=MAX_NAME)], by: By = DEFAULT_PERIOD,
                  since: Since = None, until: Until = None, period: Period = None, normalise: Normalise = False,
                  format: Format = "csv") -> Response:
    """The dyad's periods, or with `period` the events listed for it."""
    x, y = views.known_actor(a), views.known_actor(b)
    if period:
        table = views.period_events_table(con, x, y, by=by, period=period, since=since, until=until)
        return _answer(con, table, format, name=f"dyad-{x}-{y}-{period}")
    rows = dyad(con, x, y, by=by, since=since, until=until, normalise=normalise)
    between = find_events(con, between=(x, y), since=since, until=until)
    return _answer(con, rows, format, name=f"dyad-{x}-{y}-{by}", reports_of=between)


@router.get("/sanctions")
def download_sanctions(con: Store, filters: Annotated[models.FlagFiltersOut, Depends(flag_filters)],
                       format: Format = "csv") -> Response:
    """The flagged events the sanctions page lists with these filters."""
    query = views.flag_query(filters)
    return _answer(con, stored_flags(con, query, shipped=views.shipped_regimes()), format, name="sanctions")


def _answer(con: duckdb.DuckDBPyConnection, table: pa.Table, fmt: str, *, name: str,
            reports_of: pa.Table | None = None) -> Response:
    text, binary = io.StringIO(), io.BytesIO()
    if fmt == "plover-jsonl":
        ids = (reports_of if reports_of is not None else table)["event_id"].to_pylist()
        write_plover(con, text, *cluster_filter(sorted(set(ids))), names=actor_name)
    else:
        write_table(table, fmt=fmt, stream=text, binary=binary)
    body: Any = binary.getvalue() if fmt == "parquet" else text.getvalue().encode()
    return Response(body, media_type=_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{_SUFFIX[fmt]}"'})


def download_links(path: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, URL) of the downloads of a page whose parameters are `params`."""
    from dyadwatch.web.templating import page_url

    kept = {k: v for k, v in params.items() if k not in ("page", "size", "format")}
    labels = {"csv": "CSV", "parquet": "Parquet", "plover-jsonl": "PLOVER JSONL"}
    return [(labels[fmt], page_url(path, **kept, format=fmt)) for fmt in FORMATS]

