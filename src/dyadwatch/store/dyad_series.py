"""The dyad's rows counted in Python from the pair's precomputed events, for a pair with
few of them (`queries.dyad` decides): the same table, value for value and type for type,
as the dyad query computes in DuckDB, which spends most of its time on a small pair
planning that query, several times what reading the pair's rows with a plain query and
counting them here takes. DuckDB still counts the pairs with many events, where its
grouping is the faster.

Each step says which part of the dyad query (`queries._DYAD_SQL`, `_CUT_SQL`) it does;
DuckDB's semantics are kept where Python's differ: `round` halves away from zero, a
period is written with a four-digit year, an average is a plain sum over the count.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import duckdb
import pyarrow as pa

from dyadwatch.store.dyad_events import CLUSTER_AGGREGATES


class SeriesEvent(NamedTuple):
    """One real-world event of one series of the pair: a `dyad_events` row, its series
    named (`A->B`, `B->A`, `A+B`)."""

    direction: str
    date: dt.date | None
    last_date: dt.date | None
    partly_undated: bool
    event: str
    quad_code: int
    score: float | None
    reports: int
    report_seq: int
    report_text: str
    report_date: dt.date | None
    report_article_id: str
    cluster: int


PAIR_SQL = """
SELECT CASE WHEN kind = 'joint' THEN $joint WHEN actor_code = $a THEN $ab ELSE $ba END AS direction,
       date, last_date, partly_undated, event, quad_code, score, reports,
       report_seq, report_text, report_date, report_article_id, cluster
FROM dyad_events WHERE pair = $pair
LIMIT $most
"""

# The events a bound cuts through, recounted from their reports inside the bounds (as
# `_CUT_SQL` does, by cluster: what a series counts of a cluster is the same in each).
_RECOUNT_SQL = f"""
SELECT {CLUSTER_AGGREGATES}, e.cluster
FROM events e
WHERE e.cluster IN (SELECT unnest($clusters::UBIGINT[])) AND {{dated}}
GROUP BY e.cluster
"""

_PERIOD_LABELS: dict[str, Callable[[dt.date], str]] = {
    "day": lambda day: day.isoformat(),
    "week": lambda day: "{:04d}-W{:02d}".format(*day.isocalendar()[:2]),
    "month": lambda day: day.isoformat()[:7],
    "year": lambda day: day.isoformat()[:4],
}


def pair_events(con: duckdb.DuckDBPyConnection, params: Mapping[str, Any], *, most: int) -> list[SeriesEvent] | None:
    """The pair's rows of `dyad_events` as series events (the dyad query's `series`),
    or None when it has more than `most`."""
    rows = con.execute(PAIR_SQL, {name: params[name] for name in ("a", "pair", "ab", "ba", "joint")}
                       | {"most": most + 1}).fetchall()
    return None if len(rows) > most else [SeriesEvent(*row) for row in rows]


def kept_events(con: duckdb.DuckDBPyConnection, events: list[SeriesEvent], *, since: dt.date | None,
                until: dt.date | None) -> list[SeriesEvent]:
    """The events inside the bounds (`_kept_events`): as stored when every report lies
    inside, recounted from the reports inside when a bound cuts through them; an event
    without a date is left out by either bound."""
    if not since and not until:
        return events
    kept, cut = [], []
    for event in events:
        if event.date is None:
            continue
        if (not event.partly_undated and (not since or event.date >= since)
                and (not until or event.last_date <= until)):  # type: ignore[operator]
            kept.append(event)
        elif (not since or event.last_date >= since) and (not until or event.date <= until):  # type: ignore[operator]
            cut.append(event)
    if not cut:
        return kept
    recounted = _recount(con, sorted({event.cluster for event in cut}), since=since, until=until)
    return kept + [recounted[event.cluster]._replace(direction=event.direction)
                   for event in cut if event.cluster in recounted]


def _recount(con: duckdb.DuckDBPyConnection, clusters: list[int], *, since: dt.date | None,
             until: dt.date | None) -> dict[int, SeriesEvent]:
    dated = " AND ".join([*(["e.date >= $since"] if since else []), *(["e.date <= $until"] if until else [])])
    params: dict[str, Any] = {"clusters": clusters}
    params.update({name: day for name, day in (("since", since), ("until", until)) if day})
    rows = con.execute(_RECOUNT_SQL.format(dated=dated), params).fetchall()
    return {row[-1]: SeriesEvent("", *row) for row in rows}


def dyad_table(events: Iterable[SeriesEvent], *, by: str, labels: Mapping[str, str], evidence: int,
               quads: Mapping[str, int], undated: str) -> pa.Table:
    """The dyad's rows (the query's `c` and `agg`): per period and series, the events
    counted, the relation line (`labels["between"]`: each event once, the joint series
    `labels["joint"]` left out) beside the three series, in the query's order."""
    label = _PERIOD_LABELS[by]
    groups: dict[tuple[str, str], list[SeriesEvent]] = defaultdict(list)
    lined: dict[int, tuple[str, SeriesEvent]] = {}
    for event in events:
        period = undated if event.date is None else label(event.date)
        groups[(period, event.direction)].append(event)
        if event.direction != labels["joint"]:
            lined.setdefault(event.cluster, (period, event))
    for period, event in lined.values():
        groups[(period, labels["between"])].append(event)
    order = [labels["ab"], labels["ba"], labels["between"], labels["joint"]]
    keys = sorted(groups, key=lambda key: (key[0] == undated, key[0], order.index(key[1])))
    rows = [_row(period, direction, groups[(period, direction)], scored=direction != labels["joint"],
                 evidence=evidence, quads=quads) for period, direction in keys]
    return pa.Table.from_pylist(rows, schema=dyad_schema(quads))


def _row(period: str, direction: str, events: list[SeriesEvent], *, scored: bool, evidence: int,
         quads: Mapping[str, int]) -> dict[str, Any]:
    scores = [event.score for event in events if event.score is not None]
    total = sum(scores) if scores else None  # summed in order, as DuckDB's sum and avg of doubles are
    row: dict[str, Any] = {
        "period": period, "direction": direction, "events": len(events),
        "reports": sum(event.reports for event in events),
        "score_mean": sql_round(total / len(scores), 3) if scored and total is not None else None,
        "score_sum": sql_round(total, 3) if scored and total is not None else None,
    }
    row.update({name: sum(event.quad_code == code for event in events) for name, code in quads.items()})
    row["types"] = sorted(Counter(event.event for event in events).items())  # histogram: keys in order
    row["evidence"] = _evidence(events, evidence) if evidence > 0 else None
    return row


def _evidence(events: list[SeriesEvent], k: int) -> list[dict[str, Any]]:
    """The top `k` by most reports, then strongest score (unscored last), then first
    stored (the query's `max_by`)."""
    ranked = sorted(events, key=lambda e: (-e.reports, -(abs(e.score) if e.score is not None else -1), e.report_seq))
    return [{"sentence": e.report_text, "event": e.event,
             "score": None if e.score is None else sql_round(e.score, 3), "reports": e.reports,
             "date": e.report_date, "article_id": e.report_article_id} for e in ranked[:k]]


def sql_round(value: float, places: int) -> float:
    """`value` rounded as DuckDB's `round(DOUBLE, places)`: scaled, rounded half away
    from zero (C's `round`), scaled back; Python's `round` halves to even."""
    scale = 10.0 ** places
    scaled = value * scale
    whole = math.floor(abs(scaled))
    if abs(scaled) - whole >= 0.5:
        whole += 1
    rounded = math.copysign(whole, scaled) / scale
    return value if math.isinf(rounded) or math.isnan(rounded) else rounded


def dyad_schema(quads: Mapping[str, int]) -> pa.Schema:
    """The Arrow schema of the dyad query's answer."""
    evidence = pa.struct([("sentence", pa.string()), ("event", pa.string()), ("score", pa.float64()),
                          ("reports", pa.int32()), ("date", pa.date32()), ("article_id", pa.string())])
    return pa.schema([
        ("period", pa.string()), ("direction", pa.string()), ("events", pa.int64()), ("reports", pa.int64()),
        ("score_mean", pa.float64()), ("score_sum", pa.float64()), *((name, pa.int64()) for name in quads),
        ("types", pa.map_(pa.string(), pa.uint64())), ("evidence", pa.list_(pa.field("l", evidence))),
    ])
