"""Sanctions and watchlist flags as ingest stored them: one row per real-world event
(cluster of reports) and rule, with its number of reports, whether the reports deny or
only suppose it, the legal source, the evidence sentence and the articles.

Nothing is re-read or re-annotated: `dyadwatch sanctions --db FILE` and the web app's
sanctions page read the `flags` table. Actor filters take codes (the command layer
resolves names); the regimes dyadwatch ships, and their rules' legal sources, are handed
in by the caller (`ShippedRegimes`): the store reads no rules files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from dyadwatch.errors import ConfigError

_CLUSTER_HEX = "lower(lpad(to_hex(e.cluster), 16, '0'))"
REPORTED, DENIED, HYPOTHETICAL = "reported", "denied", "hypothetical"


@dataclasses.dataclass(slots=True, frozen=True)
class FlagFilters:
    """What a list of stored flags keeps: a regime (or watchlist), a rule, event dates
    (the report's date, else the article's publication date), a party's code, and a
    second party's (`partner`: both among the report's parties, for a dyad)."""

    regime: str | None = None
    rule: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    partner: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class ShippedRegimes:
    """The regimes dyadwatch ships, as the store needs them: their ids (a stored flag
    may also name a watchlist) and each rule's legal source, by rule id."""

    ids: frozenset[str] = frozenset()
    legal_sources: Mapping[str, str] = dataclasses.field(default_factory=dict)


def known_regimes(con: duckdb.DuckDBPyConnection, shipped: ShippedRegimes) -> list[str]:
    """The regimes dyadwatch ships and those (watchlists included) in the store's flags."""
    stored = [regime for (regime,) in con.execute("SELECT DISTINCT regime FROM flags").fetchall()]
    return sorted(shipped.ids | set(stored))


def check_regime(con: duckdb.DuckDBPyConnection, regime: str, shipped: ShippedRegimes) -> None:
    """ConfigError naming the known regimes when `regime` is none of them."""
    known = known_regimes(con, shipped)
    if regime not in known:
        raise ConfigError(f"unknown regime {regime!r}; known regimes: {', '.join(known)}")


def stored_flags(con: duckdb.DuckDBPyConnection, filters: FlagFilters = FlagFilters(), *,
                 shipped: ShippedRegimes, limit: int | None = None) -> pa.Table:
    """Flagged real-world events, one row per event and rule, in date order (undated
    last): `status` is `reported`, `denied` (the reports say it did not happen) or
    `hypothetical` (they say it might); `reports` counts the articles; `score` is the
    event's conflict–cooperation score (the mean of its reports), `match_score` a
    watchlist match's similarity; `legal_source` is the rule's, from `shipped`.
    ConfigError for an unknown regime."""
    if filters.regime:
        check_regime(con, filters.regime, shipped)
    where, params = _where(filters)
    sql = _FLAGS_SQL.format(where=where, cluster=_CLUSTER_HEX,
                            limit="" if limit is None else f"LIMIT {int(limit)}")
    table = con.sql(sql, params=params).to_arrow_table()
    sources = shipped.legal_sources
    column = pa.array([sources.get(rule) for rule in table["rule"].to_pylist()], pa.string())
    return table.add_column(table.schema.get_field_index("reason") + 1, "legal_source", column)


def _where(filters: FlagFilters) -> tuple[str, dict[str, Any]]:
    conditions, params = [], {}
    for name in ("regime", "rule"):
        value = getattr(filters, name)
        if value:
            conditions.append(f"f.{name} = ${name}")
            params[name] = value
    if filters.since:
        conditions.append("coalesce(e.date, a.published) >= $since")
        params["since"] = filters.since
    if filters.until:
        conditions.append("coalesce(e.date, a.published) <= $until")
        params["until"] = filters.until
    for name in ("actor", "partner"):
        value = getattr(filters, name)
        if value:
            conditions.append(f"(list_contains(e.actor_codes, ${name}) OR list_contains(e.recipient_codes, ${name}))")
            params[name] = value
    return " AND ".join(conditions) or "true", params


_FLAGS_SQL = """
WITH flagged AS (
    SELECT f.regime, f.rule, f.matched, f.reason, f.score AS match_score, e.*, a.url, a.source, a.title, a.published
    FROM flags f
    JOIN events e ON e.article_id = f.article_id AND e.id = f.event_id
    JOIN articles a ON a.id = f.article_id
    WHERE {where}
)
SELECT {cluster} AS event_id, e.regime, e.rule,
       min(e.date) AS date,
       any_value(e.event) AS event,
       arg_min(e.actor_codes, e.seq) AS actor,
       arg_min(e.recipient_codes, e.seq) AS recipient,
       CASE WHEN bool_or(e.negated) THEN 'denied' WHEN bool_or(e.hypothetical) THEN 'hypothetical'
            ELSE 'reported' END AS status,
       count(DISTINCT e.article_id) AS reports,
       round(avg(e.score), 3) AS score,
       max(e.match_score) AS match_score,
       list_sort(list_distinct(flatten(list(e.matched)))) AS matched,
       arg_min(e.reason, e.seq) AS reason,
       arg_min(e.text, e.seq) AS text,
       list(DISTINCT e.article_id ORDER BY e.article_id) AS article_ids,
       list(DISTINCT coalesce(e.url, e.source) ORDER BY coalesce(e.url, e.source)) AS sources,
       arg_min(e.title, e.seq) AS title,
       min(e.published) AS published,
       arg_min(e.id, e.seq) AS report_id,
       arg_min(e.article_id, e.seq) AS article_id
FROM flagged e
GROUP BY e.cluster, e.regime, e.rule
ORDER BY date NULLS LAST, e.regime, e.rule, event_id
{limit}
"""


@dataclasses.dataclass(slots=True, frozen=True)
class FlagSpan:
    """The dates of the flagged reports a filter keeps (the report's date, else the
    article's publication date, as `since` and `until` read them): the first, the last,
    and whether some report has neither."""

    first: dt.date | None
    last: dt.date | None
    undated: bool

    def holds(self, *, since: dt.date | None, until: dt.date | None) -> bool:
        """Whether the bounds keep every report: the flags within them are those without."""
        if not since and not until or self.first is None and not self.undated:  # no bound, or no report
            return True
        if self.undated:  # a bound leaves out a report without a date
            return False
        return (not since or since <= self.first) and (not until or self.last <= until)  # type: ignore[operator]

    def misses(self, *, since: dt.date | None, until: dt.date | None) -> bool:
        """Whether the bounds keep no report: no flag within them."""
        if not since and not until:
            return self.first is None and not self.undated
        if self.first is None:  # no report, or none with a date
            return True
        return bool(since and since > self.last) or bool(until and until < self.first)  # type: ignore[operator]


def flag_span(con: duckdb.DuckDBPyConnection, filters: FlagFilters) -> FlagSpan:
    """The span of the flagged reports that `filters` keep (their dates left aside)."""
    where, params = _where(dataclasses.replace(filters, since=None, until=None))
    [(first, last, undated)] = con.execute(_SPAN_SQL.format(where=where), params).fetchall()
    return FlagSpan(first=first, last=last, undated=bool(undated))


_SPAN_SQL = """
SELECT min(coalesce(e.date, a.published)), max(coalesce(e.date, a.published)),
       bool_or(coalesce(e.date, a.published) IS NULL)
FROM flags f
JOIN events e ON e.article_id = f.article_id AND e.id = f.event_id
JOIN articles a ON a.id = f.article_id
WHERE {where}
"""


def event_flags(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    """The rules flagged on each of these real-world events (ids as `find_events`
    gives them), for the event lists of the web app."""
    if not event_ids:
        return {}
    clusters = [int(event_id, 16) for event_id in event_ids]
    rows = con.sql(
        f"SELECT {_CLUSTER_HEX} AS event_id, list(DISTINCT f.rule ORDER BY f.rule) AS rules "
        "FROM flags f JOIN events e ON e.article_id = f.article_id AND e.id = f.event_id "
        "WHERE e.cluster IN (SELECT unnest($clusters::UBIGINT[])) GROUP BY e.cluster",
        params={"clusters": clusters},
    ).fetchall()
    return dict(rows)
