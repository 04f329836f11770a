"""The analysts' questions, each a function over an open store returning an Arrow table
(the CLI and the web app call these and only format the result).

"Events" by default means real-world events (clusters of reports, see real_events.py);
the counts of the dyad, actor and network views leave out reports that say an event
did not happen (negated) or might (hypothetical).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import load_ontology
from dyadwatch.store import dyad_series
from dyadwatch.store.dyad_events import CLUSTER_AGGREGATES
from dyadwatch.store.party_events import EVENT_AGGREGATES, SOURCES_SQL
from dyadwatch.store.report_tokens import TEXT_MATCH, matching_reports_sql, query_tokens

PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}
DEFAULT_PERIOD = "year"
DEFAULT_EVIDENCE = 3
DEFAULT_TOP = 20
PARTNERS_SHOWN = 3
_CODE = re.compile(r"[A-Z]{3}")
_CLUSTER_HEX = "lower(lpad(to_hex(e.cluster), 16, '0'))"
_FACTUAL = "NOT e.negated AND NOT e.hypothetical"


# --- actor codes ----------------------------------------------------------------------


def actor_code(code: str) -> str:
    """`code` if it is an actor code (three capitals); ConfigError otherwise. The store
    takes codes: names are resolved by the command layer (`dyadwatch.actors.names`)."""
    if not _CODE.fullmatch(code):
        raise ConfigError(f"{code!r} is not an actor code (like PRK); resolve names with dyadwatch.actors.names")
    return code


# --- events -----------------------------------------------------------------------------


ORDERS = ("oldest", "newest")


def find_events(
    con: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    between: tuple[str, str] | None = None,
    type: str | Sequence[str] | None = None,
    quad: str | Sequence[str] | None = None,
    sector: str | None = None,
    source: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str | None = None,
    undated: bool = False,
    order: str = "oldest",
    all_reports: bool = False,
    limit: int | None = None,
) -> pa.Table:
    """Real-world events with a report matching every filter given, one row each with
    `reports` (the number of articles), their `sources`, and the parties of the first
    report as read (`actor_labels`, `recipient_labels`: "RUS/GOV Sergei Lavrov"); with
    `all_reports`, every matching report (one extraction from one article) instead.

    Actors are codes. `between` is either way, or the two acting together; `type` one
    or more PLOVER types (a list, or names joined by commas), `quad` one or more quad
    classes (verbal_cooperation … material_conflict); `sector` a sector code that a
    party has (GOV, MIL, REB …); `source` words of the article's URL or source
    (`reuters.com`); `text` words that the report's sentence has, every one of them,
    as whole words in any case (report_tokens.py); `undated` keeps the reports without
    a date; `order` is `oldest` (undated last) or `newest` first."""
    filters = _EventFilters.make(actor=actor, recipient=recipient, between=between, type=type, quad=quad,
                                 sector=sector, source=source, since=since, until=until, text=text, undated=undated)
    filters.use_word_index(con)
    if order not in ORDERS:
        raise ConfigError(f"order {order!r}: choose one of {', '.join(ORDERS)}")
    desc = " DESC" if order == "newest" else ""
    if all_reports:
        return _reports(con, filters, limit=limit, desc=desc)
    if filters.codes():
        anchor = _rarest(con, filters.params, filters.codes())
        grouped = _GROUPED_PARTIES.format(where=filters.party_where(anchor), limit=_limit(limit), desc=desc)
        sql = _EVENTS_SQL.format(grouped=grouped, sources=_STORED_SOURCES, cluster=_CLUSTER_HEX, desc=desc)
        return con.sql(sql, params=filters.params).to_arrow_table()
    matched = filters.matched_clusters(pair_anchor=_pair_anchor(con, filters))
    grouped = _GROUPED_REPORTS.format(matched=matched, aggregates=EVENT_AGGREGATES, limit=_limit(limit), desc=desc)
    sql = _EVENTS_SQL.format(grouped=grouped, sources=SOURCES_SQL.format(grouped="grouped"), cluster=_CLUSTER_HEX,
                             desc=desc)
    return con.sql(sql, params=filters.params).to_arrow_table()


# The matching events, grouped from their reports ...
_GROUPED_REPORTS = """
matched AS ({matched}),
grouped AS (
    SELECT e.cluster, {aggregates}
    FROM events e JOIN matched m ON m.cluster = e.cluster  -- a join, so the scan skips other clusters' rows
    GROUP BY e.cluster
    ORDER BY date{desc} NULLS LAST, e.cluster
    {limit}
)"""

# ... or read from an actor's precomputed rows (party_events.py), which hold the same
# and the sources.
_GROUPED_PARTIES = """
grouped AS (
    SELECT p.cluster, p.date, p.date_precision, p.event, p.mode, p.actor, p.recipient, p.score, p.quad_code,
           p.negated, p.hypothetical, p.reports, p.sources AS article_ids, p.first_seq, p.text  -- (sources, stored)
    FROM party_events p
    WHERE {where}
    ORDER BY p.date{desc} NULLS LAST, p.cluster
    {limit}
)"""
_STORED_SOURCES = "SELECT cluster, article_ids AS sources FROM grouped WHERE article_ids IS NOT NULL"

_EVENTS_SQL = """
WITH {grouped},
labels AS (
    -- the first report's parties as read: code, sectors, person ("RUS/GOV Sergei Lavrov")
    SELECT ac.event_seq, ac.role,
           list(ac.code || CASE WHEN len(ac.sectors) > 0 THEN '/' || array_to_string(ac.sectors, '/') ELSE '' END
                || coalesce(' ' || ac.person, '') ORDER BY ac.n) AS labels
    FROM actors ac WHERE ac.event_seq IN (SELECT first_seq FROM grouped)
    GROUP BY ac.event_seq, ac.role
),
sources AS ({sources})
SELECT {cluster} AS event_id, e.* EXCLUDE (cluster, article_ids, first_seq, text),
       coalesce(al.labels, []) AS actor_labels, coalesce(rl.labels, []) AS recipient_labels, s.sources, e.text
FROM grouped e LEFT JOIN sources s USING (cluster)
LEFT JOIN labels al ON al.event_seq = e.first_seq AND al.role = 'actor'
LEFT JOIN labels rl ON rl.event_seq = e.first_seq AND rl.role = 'recipient'
ORDER BY e.date{desc} NULLS LAST, e.cluster
"""


def _reports(con: duckdb.DuckDBPyConnection, filters: _EventFilters, *, limit: int | None, desc: str) -> pa.Table:
    """The matching reports with their articles. With a limit, the reports are picked
    on their order columns alone (kept with a code's precomputed events, when the
    filters name one and ask nothing else of a report than its date), then only those
    read whole, with their articles (found through the articles' index): reading every
    column of every matching report, and scanning the articles, cost far more."""
    params = filters.params
    if limit is None:
        picked = f"SELECT e.* FROM events e WHERE {filters.where(pair_anchor=_pair_anchor(con, filters))}"
        articles = "articles"
    else:
        keys = con.sql(_report_keys_sql(con, filters, limit=limit, desc=desc), params=params).fetchall()
        params = {"seqs": [seq for seq, _ in keys], "ids": sorted({article_id for _, article_id in keys})}
        # (an IN list of the seqs is a join that skips the rows of other seqs; the ids'
        # list_contains is an IN list of constants, which the articles' index answers)
        picked = "SELECT e.* FROM events e WHERE e.seq IN (SELECT unnest($seqs))"
        articles = "(SELECT * FROM articles WHERE list_contains($ids, id))"
    sql = _REPORTS_SQL.format(picked=picked, articles=articles, cluster=_CLUSTER_HEX, desc=desc)
    return con.sql(sql, params=params).to_arrow_table()


def _report_keys_sql(con: duckdb.DuckDBPyConnection, filters: _EventFilters, *, limit: int, desc: str) -> str:
    """SQL picking the `seq` and `article_id` of the first `limit` matching reports:
    from the reports' keys kept in the rarest named code's precomputed events when the
    filters allow (their events' parties, type and quad class are every report's, and
    each report's date is asked of its key), else from the reports table."""
    if not filters.codes():
        where = filters.where(pair_anchor=_pair_anchor(con, filters))
        return _REPORT_KEYS_SQL.format(where=where, limit=_limit(limit), desc=desc)
    anchor = _rarest(con, filters.params, filters.codes())
    dated = " AND ".join(condition.format(date="k.r.date") for condition in filters.when) or "true"
    return _PARTY_REPORT_KEYS_SQL.format(where=filters.party_where(anchor), dated=dated, limit=_limit(limit),
                                         desc=desc)


_REPORT_KEYS_SQL = """
SELECT e.seq, e.article_id FROM events e
WHERE {where}
ORDER BY e.date{desc} NULLS LAST, e.cluster, e.article_seq, e.seq
{limit}
"""

# (the keys unnested in the select list: unnested in the FROM clause, the code's filter
# is no longer pushed into the scan, which then reads every code's rows)
_PARTY_REPORT_KEYS_SQL = """
WITH k AS (SELECT p.cluster, unnest(p.report_keys) AS r FROM party_events p WHERE {where})
SELECT k.r.seq, k.r.article_id FROM k
WHERE {dated}
ORDER BY k.r.date{desc} NULLS LAST, k.cluster, k.r.article_seq, k.r.seq
{limit}
"""

_REPORTS_SQL = """
WITH picked AS ({picked})
SELECT
    {cluster} AS event_id,
    e.id AS report_id,
    e.date, e.date_precision, e.event, e.mode, e.context,
    e.actor_codes AS actor, e.recipient_codes AS recipient,
    e.score, e.quad_code, e.negated, e.hypothetical, e.future, e.historical,
    e.text, e.event_text, e.pattern, e.confidence,
    e.article_id, coalesce(a.url, a.source) AS source, a.title, a.published, a.duplicate_of
FROM picked e JOIN {articles} a ON a.id = e.article_id
ORDER BY e.date{desc} NULLS LAST, e.cluster, e.article_seq, e.seq
"""

# The clusters of a pair, from one code's precomputed rows (party_events.py): the
# two either way (two different codes, as the dyad rows pair them), or both among the
# actors and neither a recipient (the dyad's A+B series).
_PAIR = ("(($x <> $y AND (list_contains(p.actor, $x) AND list_contains(p.recipient, $y) "
         "OR list_contains(p.actor, $y) AND list_contains(p.recipient, $x))) "
         "OR (list_has_all(p.actor, [$x, $y]) AND NOT list_has_any(p.recipient, [$x, $y])))")
_PAIR_CLUSTERS = "SELECT p.cluster FROM party_events p WHERE p.code = ${anchor} AND " + _PAIR


@dataclasses.dataclass(slots=True)
class _EventFilters:
    """The filters of an events query as SQL over the reports `events e`, and, when
    they name an actor and ask nothing of a report but its date, over the actor's
    precomputed events `party_events p` (one row per real-world event, see
    party_events.py; its type, quad class and parties are those of every report)."""

    events: list[str]
    pair: bool
    kinds: list[str]  # type and quad class, over `{t}` (a report, or an event)
    when: list[str]  # over a report's `{date}`
    params: dict[str, Any]
    of_reports: bool = False  # some filter asks more of a report than its date

    @classmethod
    def make(
        cls,
        *,
        actor: str | None,
        recipient: str | None,
        between: tuple[str, str] | None,
        type: str | Sequence[str] | None,
        since: dt.date | None,
        until: dt.date | None,
        text: str | None,
        quad: str | Sequence[str] | None = None,
        sector: str | None = None,
        source: str | None = None,
        undated: bool = False,
    ) -> _EventFilters:
        events: list[str] = []
        params: dict[str, Any] = {}
        if actor:
            events.append("list_contains(e.actor_codes, $actor)")
            params["actor"] = actor_code(actor)
        if recipient:
            events.append("list_contains(e.recipient_codes, $recipient)")
            params["recipient"] = actor_code(recipient)
        if text and text.split():
            events.append(TEXT_MATCH)  # (use_word_index answers it from the index instead)
            params["text"] = text
        if sector:
            events.append("e.seq IN (SELECT event_seq FROM actors WHERE list_contains(sectors, $sector))")
            params["sector"] = sector_code(sector)
        if source:
            events.append("e.article_id IN (SELECT id FROM articles "
                          "WHERE contains(lower(coalesce(url, '') || ' ' || source), $source))")
            params["source"] = source.strip().lower()
        kinds, when = [], []
        types = event_types(type)
        if types:
            kinds.append(f"{{t}}.event IN ({', '.join(f'$type{n}' for n in range(len(types)))})")
            params.update({f"type{n}": name for n, name in enumerate(types)})
        codes = quad_codes(quad)
        if codes:
            kinds.append(f"{{t}}.quad_code IN ({', '.join(str(code) for code in codes)})")
        if since:
            when.append("{date} >= $since")
            params["since"] = since
        if until:
            when.append("{date} <= $until")
            params["until"] = until
        if undated:
            when.append("{date} IS NULL")
        if between:
            params["x"], params["y"] = (actor_code(name) for name in between)
        return cls(events=events, pair=between is not None, kinds=kinds, when=when, params=params,
                   of_reports=bool(text and text.split()) or bool(sector) or bool(source))

    def use_word_index(self, con: duckdb.DuckDBPyConnection) -> None:
        """Answer the text filter from the word index (report_tokens.py) instead of
        reading every report's sentence: the reports holding every word."""
        if TEXT_MATCH not in self.events:
            return
        sql, params = matching_reports_sql(query_tokens(con, self.params.pop("text")))
        self.events.remove(TEXT_MATCH)
        self.events.append(f"e.seq IN ({sql})")
        self.params.update(params)

    def _on(self, table: str) -> list[str]:
        return [condition.format(t=table, date=f"{table}.date") for condition in (*self.kinds, *self.when)]

    def where(self, *, pair_anchor: str = "x") -> str:
        """Conditions on each report; a pair's clusters are read from the precomputed
        events of the code in the parameter `pair_anchor` (x or y)."""
        conditions = [*self.events, *self._on("e")]
        if self.pair:
            conditions.append(f"e.cluster IN ({_PAIR_CLUSTERS.format(anchor=pair_anchor)})")
        return " AND ".join(conditions) or "true"

    def matched_clusters(self, *, pair_anchor: str = "x") -> str:
        """The clusters with a report that matches."""
        return f"SELECT DISTINCT e.cluster FROM events e WHERE {self.where(pair_anchor=pair_anchor)}"

    def codes(self) -> list[str]:
        """The parameters holding an actor code that every matching event has among its
        parties, when the events can be read from the precomputed rows of one of them:
        the filters ask nothing of a report but its date."""
        return [] if self.of_reports else [name for name in ("actor", "recipient", "x", "y") if name in self.params]

    def party_where(self, anchor: str) -> str:
        """Conditions on the precomputed events of the code in the parameter `anchor`
        (one of `codes()`): a cluster matches when it has the parties, type and quad
        class asked for and a report dated as asked."""
        conditions = [f"p.code = ${anchor}"]  # first: the zone maps of the sorted table skip other codes
        for name, role in (("actor", "as_actor"), ("recipient", "as_recipient")):
            if name in self.params:
                conditions.append(f"p.{role}" if name == anchor else f"list_contains(p.{name}, ${name})")
        conditions.extend([_PAIR] if self.pair else [])
        conditions.extend(kind.format(t="p") for kind in self.kinds)
        if self.when:
            # a report dated so lies within the event's first and last date (columns the
            # zone maps of the date-sorted rows skip on), then each report's date is asked
            bounds = {"{date} >= $since": "p.last_date >= $since", "{date} <= $until": "p.date <= $until"}
            conditions.extend(bounds[condition] for condition in self.when if condition in bounds)
            dated = " AND ".join(condition.format(date="d") for condition in self.when)
            conditions.append(f"list_bool_or(list_transform(p.dates, lambda d: {dated}))")
        return " AND ".join(conditions)


def _pair_anchor(con: duckdb.DuckDBPyConnection, filters: _EventFilters) -> str:
    """The parameter (x or y) whose code's precomputed events a pair's clusters are read from."""
    return _rarest(con, filters.params, ["x", "y"]) if filters.pair else "x"


def _rarest(con: duckdb.DuckDBPyConnection, params: dict[str, Any], names: list[str]) -> str:
    """Of the parameters `names`, the one whose code has the fewest precomputed events:
    the fewest rows to read."""
    if len({params[name] for name in names}) == 1:
        return names[0]
    counts = dict(con.execute("SELECT code, count(*) FROM party_events WHERE code IN (SELECT unnest($codes)) "
                              "GROUP BY code", {"codes": [params[name] for name in names]}).fetchall())
    return min(names, key=lambda name: counts.get(params[name], 0))


def report_filter(**filters: Any) -> tuple[str, dict[str, Any]]:
    """SQL conditions on reports `e` (the events table) and their parameters, for the
    filters `find_events` takes (actor, recipient, between, type, quad, sector, source,
    since, until, text, undated): what the exports select."""
    made = _EventFilters.make(**{name: filters.get(name) for name in _FILTER_NAMES})
    return made.where(), made.params


_FILTER_NAMES = ("actor", "recipient", "between", "type", "quad", "sector", "source", "since", "until", "text",
                 "undated")


def event_type(name: str) -> str:
    """A PLOVER event type by its name in any case ("consult" → CONSULT)."""
    return load_ontology().event_type(name.strip().upper()).name


def _names(value: str | Sequence[str] | None) -> list[str]:
    items = [value] if isinstance(value, str) else list(value or ())
    return [name.strip() for item in items for name in item.split(",") if name.strip()]


def event_types(value: str | Sequence[str] | None) -> list[str]:
    """PLOVER types from a list or a comma-separated string ("aid,consult")."""
    return list(dict.fromkeys(event_type(name) for name in _names(value)))


def quad_codes(value: str | Sequence[str] | None) -> list[int]:
    """Quad class codes from their names ("material_conflict", "verbal cooperation")."""
    classes = load_ontology().quad_classes
    codes = []
    for name in _names(value):
        key = name.lower().replace(" ", "_").replace("-", "_")
        if key not in classes:
            raise ConfigError(f"quad class {name!r}: choose one of {', '.join(classes)}")
        codes.append(classes[key])
    return list(dict.fromkeys(codes))


def sector_code(value: str) -> str:
    """A sector code (GOV, MIL, REB …) in capitals; ConfigError if not three letters."""
    code = value.strip().upper()
    if not _CODE.fullmatch(code):
        raise ConfigError(f"sector {value!r}: a sector is a three-letter code like GOV, MIL or REB")
    return code


def _limit(limit: int | None) -> str:
    return "" if limit is None else f"LIMIT {int(limit)}"


# --- dyad -------------------------------------------------------------------------------

BETWEEN = "between"
UNDATED = "undated"
# A pair with at most this many precomputed events (rows of `dyad_events`, each series
# counting its own) is counted in Python (dyad_series.py), without planning the dyad
# query; DuckDB counts the larger ones, where its grouping is the faster (the two cost
# about the same near 2,500 rows on the project's machine).
DYAD_COUNTED_IN_PYTHON = 2_000


def dyad(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = DEFAULT_PERIOD,
    since: dt.date | None = None,
    until: dt.date | None = None,
    evidence: int = DEFAULT_EVIDENCE,
    normalise: bool = False,
    remember: Callable[[Hashable, Callable[[], Any]], Any] | None = None,
) -> pa.Table:
    """The relation between two actors over time, per period (`by` day, week, month or
    year; events without a date form the period `undated`, left out when `since` or
    `until` is given) and series:

    - `A->B` and `B->A`, what one does to the other, and `between`, the two together:
      the relation line, with its mean and summed conflict–cooperation score (a
      real-world event scores the mean of its reports);
    - `A+B`, what the two do together (toward no one, or toward a third party): the
      alignment series, counted but not scored, as acting together is neither
      conflict nor cooperation between them.

    Each row has the real-world events and their reports, the count per quad class and
    per event type, and the `evidence` sentences of the events with the most reports,
    then the strongest score. With `normalise`, `articles` (the articles stored with a
    publication date in the period, copies left out) and `events_per_100_articles`.

    `since` and `until` keep the reports dated inside them: an event with reports on
    both sides of a bound counts the reports inside only, dated by the first of them.

    The events come from the `dyad_events` table (see dyad_events.py), which ingest
    keeps up to date; only the events a bound cuts through are recounted from their
    reports. `remember(key, compute)`, if given, keeps the pair's rows for the same state
    of the database (the web app's per-generation memo)."""
    if by not in PERIODS:
        raise ConfigError(f"--by {by!r}: choose one of {', '.join(PERIODS)}")
    x, y = actor_code(a), actor_code(b)
    if x == y:
        raise ConfigError(f"a dyad needs two different actors; both are {x}")
    params: dict[str, Any] = {
        "a": x, "pair": "|".join(sorted((x, y))), "fmt": PERIODS[by], "k": evidence, "undated": UNDATED,
        "ab": f"{x}->{y}", "ba": f"{y}->{x}", "joint": f"{x}+{y}", "between": BETWEEN,
    }
    params.update({name: day for name, day in (("since", since), ("until", until)) if day})
    quad_classes = load_ontology().quad_classes
    def fetch() -> list[dyad_series.SeriesEvent] | None:
        return dyad_series.pair_events(con, params, most=DYAD_COUNTED_IN_PYTHON)
    # the caller may keep the pair's rows for the same state of the database (the web app's memo)
    events = remember(("dyad events", x, y), fetch) if remember is not None else fetch()
    if events is not None:
        table = dyad_series.dyad_table(dyad_series.kept_events(con, events, since=since, until=until), by=by,
                                       labels=params, evidence=evidence, quads=quad_classes, undated=UNDATED)
    else:
        quads = ",\n    ".join(f"count(*) FILTER (WHERE quad_code = {code}) AS {name}"
                               for name, code in quad_classes.items())
        sql = _DYAD_SQL.format(kept=_kept_events(since=since, until=until), quads=quads)
        table = con.sql(sql, params=params).to_arrow_table()
    return _per_articles(con, table, by=by, since=since, until=until) if normalise else table


def _kept_events(*, since: dt.date | None, until: dt.date | None) -> str:
    """The series' events inside the bounds: stored as they are when every report lies
    inside, recounted from the reports inside when a bound cuts through them."""
    if not since and not until:
        return "SELECT * FROM series"
    inside = ["NOT partly_undated", *(["date >= $since"] if since else []), *(["last_date <= $until"] if until else [])]
    reaching = [*(["last_date >= $since"] if since else []), *(["date <= $until"] if until else [])]
    dated = " AND ".join([*(["e.date >= $since"] if since else []), *(["e.date <= $until"] if until else [])])
    return _CUT_SQL.format(inside=" AND ".join(inside), reaching=" AND ".join(reaching), dated=dated,
                           aggregates=CLUSTER_AGGREGATES)


_CUT_SQL = """
SELECT * FROM series WHERE {inside}
UNION ALL BY NAME
-- the events a bound cuts through: their reports inside, counted as the table counts them
SELECT s.direction, {aggregates}, s.cluster
FROM events e JOIN (SELECT direction, cluster FROM series WHERE NOT ({inside}) AND {reaching}) s
     ON s.cluster = e.cluster
WHERE {dated}
GROUP BY s.direction, s.cluster
"""

_DYAD_SQL = """
WITH series AS (
    SELECT CASE WHEN kind = 'joint' THEN $joint WHEN actor_code = $a THEN $ab ELSE $ba END AS direction,
           date, last_date, partly_undated, event, quad_code, score, reports,
           report_seq, report_text, report_date, report_article_id, cluster
    FROM dyad_events WHERE pair = $pair  -- one equality: the zone maps of the sorted table skip other pairs
),
kept AS ({kept}),
c AS MATERIALIZED (
    SELECT coalesce(strftime(date, $fmt), $undated) AS period, * FROM kept
    UNION ALL
    -- the relation line: each event once, also one done both ways (its rows each way are alike)
    SELECT DISTINCT ON (cluster) coalesce(strftime(date, $fmt), $undated), * REPLACE ($between AS direction)
    FROM kept WHERE direction <> $joint
),
agg AS (
    SELECT period, direction, count(*) AS events, sum(reports)::BIGINT AS reports,
    CASE WHEN direction = $joint THEN NULL ELSE round(avg(score), 3) END AS score_mean,
    CASE WHEN direction = $joint THEN NULL ELSE round(sum(score), 3) END AS score_sum,
    {quads},
    histogram(event) AS types,
    -- the top k by most reports, then strongest score (unscored last), then first stored
    CASE WHEN $k > 0 THEN max_by({{'sentence': report_text, 'event': event, 'score': round(score, 3),
                                   'reports': reports, 'date': report_date, 'article_id': report_article_id}},
                                  (reports, coalesce(abs(score), -1), -report_seq), greatest($k, 1)) END AS evidence
    FROM c GROUP BY period, direction
)
SELECT * FROM agg
ORDER BY period = $undated, period, list_position([$ab, $ba, $between, $joint], direction)
"""


def _per_articles(con: duckdb.DuckDBPyConnection, table: pa.Table, *, by: str, since: dt.date | None,
                  until: dt.date | None) -> pa.Table:
    """The dyad rows with `articles` stored per period and the events per 100 of them."""
    stored = dict(con.sql(
        "SELECT coalesce(strftime(published, $fmt), $undated) AS period, count(*) FROM articles "
        "WHERE duplicate_of IS NULL AND ($since IS NULL OR published >= $since) "
        "AND ($until IS NULL OR published <= $until) GROUP BY ALL",
        params={"fmt": PERIODS[by], "undated": UNDATED, "since": since, "until": until},
    ).fetchall())
    articles = [stored.get(period, 0) for period in table["period"].to_pylist()]
    rates = [round(100 * events / n, 2) if n else None for events, n in zip(table["events"].to_pylist(), articles)]
    at = table.schema.get_field_index("reports") + 1
    table = table.add_column(at, "articles", pa.array(articles, pa.int64()))
    return table.add_column(at + 1, "events_per_100_articles", pa.array(rates, pa.float64()))


# --- actors -----------------------------------------------------------------------------


def top_actors(con: duckdb.DuckDBPyConnection, *, top: int = DEFAULT_TOP) -> pa.Table:
    """Who acts most: per actor code, the real-world events it is an actor of and a
    recipient of, its reports, the mean score of its reports as actor, and its main
    partners (with the number of real-world events between them)."""
    return con.sql(_ACTORS_SQL, params={"top": top, "shown": PARTNERS_SHOWN}).to_arrow_table()


# Each real-world event has one `first_report`: counting those counts events. A cluster
# has one actor key, so summing per key and splitting the keys counts each code once.
CODE_COUNTS_SQL = f"""
acting_keys AS (
    SELECT actor_key, count(*) FILTER (WHERE e.first_report) AS events, count(*) AS reports,
           sum(e.score) AS score_sum, count(e.score) AS scored
    FROM events e WHERE {_FACTUAL} GROUP BY actor_key
),
acts AS (
    SELECT code, sum(events)::BIGINT AS events, sum(reports)::BIGINT AS reports,
           round(sum(score_sum) / nullif(sum(scored), 0), 3) AS score_mean
    FROM (SELECT unnest(string_split(actor_key, '|')) AS code, * FROM acting_keys) GROUP BY code
),
targeted_keys AS (
    SELECT recipient_key, count(*) FILTER (WHERE e.first_report) AS targeted
    FROM events e WHERE {_FACTUAL} AND recipient_key <> '' GROUP BY recipient_key
),
targeted AS (
    SELECT code, sum(targeted)::BIGINT AS targeted
    FROM (SELECT unnest(string_split(recipient_key, '|')) AS code, targeted FROM targeted_keys) GROUP BY code
)"""

_ACTORS_SQL = """
WITH counts AS (
    -- kept per code by ingest beside the precomputed events (party_events.py)
    SELECT code, events, targeted, reports, round(score_sum / nullif(scored, 0), 3) AS score_mean FROM party_counts
),
top AS (SELECT * FROM counts ORDER BY events DESC, targeted DESC, code LIMIT $top),
pairs AS (
    -- real-world events per directed pair: one row each in the dyad's precomputed events
    SELECT actor_code, recipient_code, count(*) AS n
    FROM dyad_events
    WHERE kind = 'directed' AND (actor_code IN (SELECT code FROM top) OR recipient_code IN (SELECT code FROM top))
    GROUP BY actor_code, recipient_code
),
partners AS (
    SELECT code, list(partner || ' (' || n || ')' ORDER BY n DESC, partner) AS partners
    FROM (
        SELECT code, partner, sum(n) AS n,
               row_number() OVER (PARTITION BY code ORDER BY sum(n) DESC, partner) AS rank
        FROM (SELECT actor_code AS code, recipient_code AS partner, n FROM pairs
              UNION ALL SELECT recipient_code, actor_code, n FROM pairs)
        WHERE code IN (SELECT code FROM top)
        GROUP BY code, partner
        QUALIFY rank <= $shown
    )
    GROUP BY code
)
SELECT top.code, top.events, top.targeted, top.reports, top.score_mean,
       coalesce(partners.partners, []) AS partners
FROM top LEFT JOIN partners ON partners.code = top.code
ORDER BY top.events DESC, top.targeted DESC, top.code
"""


def actor_profile(con: duckdb.DuckDBPyConnection, code: str) -> pa.Table:
    """With whom an actor deals: per partner, the real-world events it directs at the
    partner, those the partner directs at it, those they do together, the mean score
    of the reports each way, the first and last date, and the event types."""
    return con.sql(_ACTOR_SQL, params={"x": actor_code(code)}).to_arrow_table()


_ACTOR_SQL = """
WITH d AS (
    SELECT CASE WHEN actor_code = $x THEN recipient_code ELSE actor_code END AS partner,
           CASE WHEN kind = 'joint' THEN 'joint' WHEN actor_code = $x THEN 'out' ELSE 'in' END AS way,
           first_report, score, event, date
    FROM dyads WHERE factual AND (actor_code = $x OR recipient_code = $x)
)
SELECT partner,
       count(*) FILTER (WHERE way = 'out' AND first_report) AS acts_on,
       count(*) FILTER (WHERE way = 'in' AND first_report) AS acted_on_by,
       count(*) FILTER (WHERE way = 'joint' AND first_report) AS joint,
       round(avg(score) FILTER (WHERE way = 'out'), 3) AS score_out,
       round(avg(score) FILTER (WHERE way = 'in'), 3) AS score_in,
       min(date) AS first, max(date) AS last,
       histogram(event) FILTER (WHERE first_report) AS types
FROM d GROUP BY partner
ORDER BY count(*) FILTER (WHERE first_report) DESC, partner
"""
