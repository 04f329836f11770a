"""The dyad's precomputed events: one row per real-world event (cluster) and dyad
series it belongs to, holding what the `dyad` query counts, so that a dyad series reads
a few thousand stored rows instead of grouping millions of reports.

A cluster's reports all have the same parties (they are grouped by them, see
real_events.py), so a cluster belongs to a series whole:

- `directed` X→Y: X among the actors, Y among the recipients, X ≠ Y;
- `joint` X+Y (codes sorted): both among the actors, neither a recipient (together
  toward no one or toward a third party, the dyad's alignment series).

Only factual clusters (neither negated nor hypothetical) are kept. Each row holds the
cluster's earliest and latest report date, whether some report has no date, its type
and quad class, the mean score of its reports, the number of articles reporting it, and
the first stored report (its sentence, date and article) as evidence.

`update_dyad_events` is the one function that writes the table: ingest calls it in each
batch's transaction for the clusters the batch touched (new reports, re-clustered ones,
replaced and re-dated articles), the migration that made the table fills it with every
cluster, and so does the store benchmark. The rows are kept sorted by `pair`, so that
DuckDB's zone maps skip all but the pair's row groups: rows written since the last sort
are appended (`sorted` false) and the table is rewritten in order when they reach a
twentieth of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import duckdb
import numpy as np
import pyarrow as pa

SORT_SHARE = 20  # the unsorted rows a table may have: a twentieth of it …
SORT_MIN_ROWS = 122_880  # … and at least one DuckDB row group, which is scanned whole anyway

# What a series counts of a cluster, over its reports `e` (the events table's columns):
# the same expressions fill the table and, in the dyad query, recount the clusters that
# a --since or --until bound cuts through.
CLUSTER_AGGREGATES = """
    min(e.date) AS date,
    max(e.date) AS last_date,
    count(e.date) > 0 AND count(e.date) < count(*) AS partly_undated,
    any_value(e.event) AS event,
    any_value(e.quad_code) AS quad_code,
    avg(e.score) AS score,
    count(DISTINCT e.article_seq)::INTEGER AS reports,
    min(e.seq) AS report_seq,
    arg_min(e.text, e.seq) AS report_text,
    arg_min_null(e.date, e.seq) AS report_date,
    arg_min(e.article_id, e.seq) AS report_article_id"""

_FILL_SQL = f"""
INSERT INTO dyad_events BY NAME
WITH clusters AS (
    SELECT e.cluster, any_value(e.actor_codes) AS actor_codes, any_value(e.recipient_codes) AS recipient_codes,
           {CLUSTER_AGGREGATES}
    FROM events e SEMI JOIN _touched_clusters t ON t.cluster = e.cluster
    WHERE NOT e.negated AND NOT e.hypothetical
    GROUP BY e.cluster
),
series AS (
    SELECT 'directed' AS kind, x.code AS actor_code, y.code AS recipient_code, c.*
    FROM clusters c, unnest(c.actor_codes) AS x(code), unnest(c.recipient_codes) AS y(code)
    WHERE x.code <> y.code
    UNION ALL
    SELECT 'joint', x.code, y.code, c.*
    FROM clusters c, unnest(c.actor_codes) AS x(code), unnest(c.actor_codes) AS y(code)
    WHERE x.code < y.code AND NOT list_has_any(c.recipient_codes, [x.code, y.code])
)
SELECT least(actor_code, recipient_code) || '|' || greatest(actor_code, recipient_code) AS pair,
       * EXCLUDE (actor_codes, recipient_codes), false AS sorted
FROM series
"""


def update_dyad_events(con: duckdb.DuckDBPyConnection, clusters: np.ndarray | pa.Array) -> None:
    """Recompute the rows of the clusters `clusters` (uint64 ids) from their reports in
    the events table: a cluster that lost every report loses its rows, a new one gains
    them. The caller holds the transaction."""
    with touched_clusters(con, "_touched_clusters", clusters) as touched:
        if not touched:
            return
        con.execute("DELETE FROM dyad_events WHERE cluster IN (SELECT cluster FROM _touched_clusters)")
        con.execute(_FILL_SQL)
    _sort_when_due(con)


@contextlib.contextmanager
def touched_clusters(con: duckdb.DuckDBPyConnection, name: str, clusters: np.ndarray | pa.Array) -> Iterator[bool]:
    """The distinct cluster ids, registered as the table `name` (column `cluster`) for
    the statements of the block; yields whether there is any (none registered if not)."""
    touched = pa.table({"cluster": pa.array(np.unique(np.asarray(clusters, dtype=np.uint64)), pa.uint64())})
    if touched.num_rows == 0:
        yield False
        return
    con.register(name, touched)
    try:
        yield True
    finally:
        con.unregister(name)


def every_cluster(con: duckdb.DuckDBPyConnection) -> np.ndarray:
    """The id of every stored cluster: what a full fill of the table is given."""
    return con.sql("SELECT DISTINCT cluster FROM events").fetchnumpy()["cluster"]


DYAD_ORDER = "pair, date, cluster, kind, actor_code"


def _sort_when_due(con: duckdb.DuckDBPyConnection) -> None:
    sort_when_due(con, "dyad_events", DYAD_ORDER)


def sort_dyad_events(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the table in `pair` order (then date), every row marked sorted."""
    rewrite_sorted(con, "dyad_events", DYAD_ORDER)


def sort_when_due(con: duckdb.DuckDBPyConnection, table: str, order: str) -> None:
    """Rewrite a precomputed table (one with a `sorted` column) in `order` once its
    unsorted rows pass a `SORT_SHARE`th of it and `SORT_MIN_ROWS`."""
    [(unsorted, total)] = con.execute(f"SELECT count(*) FILTER (WHERE NOT sorted), count(*) FROM {table}").fetchall()
    if unsorted >= max(SORT_MIN_ROWS, total // SORT_SHARE):
        rewrite_sorted(con, table, order)


def rewrite_sorted(con: duckdb.DuckDBPyConnection, table: str, order: str) -> None:
    """Rewrite the table in `order`, every row marked sorted (the caller holds the
    transaction)."""
    con.execute(f"CREATE TEMPORARY TABLE _{table}_sorted AS SELECT * REPLACE (true AS sorted) FROM {table} "
                f"ORDER BY {order}")
    try:
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} SELECT * FROM _{table}_sorted")
    finally:
        con.execute(f"DROP TABLE _{table}_sorted")
