"""The events query's precomputed real-world events: one row per real-world event
(cluster) and actor code among its parties (actors or recipients), holding what
`find_events` shows of the event, so that an events query naming an actor reads that
actor's rows instead of scanning and grouping millions of reports.

A cluster's reports all have the same type, parties and modality (see real_events.py),
so the filters on them (actor, recipient, between, type, quad class) are the cluster's;
only the date differs between reports, so each row keeps the distinct dates of its
reports (`dates`, NULL for an undated report), and a date filter is asked of them
(after the earliest and latest date, `date` and `last_date`, which zone maps can skip on).
Each row also keeps its reports' order columns (`report_keys`: date, article, seq), so
that the reports of a code's events can be ordered, and the first few picked, without
reading the reports table (`events --all-reports`).
Every cluster is kept, factual or not (the events query shows negated ones too).

The counts per code of `actors --top` (`party_counts`: factual events as actor and as
recipient, report rows as actor, their summed scores) are kept beside: each update
subtracts what the touched clusters' old rows counted and adds what their new rows
count, so that a code's counts need no scan of its events. (Scores are halves, so the
sums are exact whatever the order they are added in.)

`update_party_events` is the one function that writes both tables: ingest calls it in
each batch's transaction beside `update_dyad_events`, for the same touched clusters;
the migration that made the table fills it with every cluster, and so does the store
benchmark. The rows are kept sorted by `code` (then date), so that DuckDB's zone maps
skip all but the actor's row groups: rows written since the last sort are appended
(`sorted` false) and the table is rewritten in order when they reach a twentieth of it.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pyarrow as pa

from dyadwatch.store.dyad_events import rewrite_sorted, sort_when_due, touched_clusters

# What the events query shows of a cluster, over all its reports `e`: the same
# expressions grouped the reports when the query read them itself.
EVENT_AGGREGATES = """
    min(e.date) AS date,
    arg_min(e.date_precision, (e.date, e.seq)) AS date_precision,
    any_value(e.event) AS event,
    mode(e.mode) AS mode,
    any_value(e.actor_codes) AS actor,
    any_value(e.recipient_codes) AS recipient,
    round(avg(e.score), 3) AS score,
    any_value(e.quad_code) AS quad_code,
    any_value(e.negated) AS negated,
    any_value(e.hypothetical) AS hypothetical,
    count(DISTINCT e.article_id) AS reports,
    list(DISTINCT e.article_id) AS article_ids,
    min(e.seq) AS first_seq,
    arg_min(e.text, e.seq) AS text"""

# The sources of the clusters of `{grouped}` (columns `cluster`, `article_ids`): the
# URL, or else the source, of each article, sorted.
SOURCES_SQL = """
SELECT g.cluster, list(DISTINCT coalesce(a.url, a.source) ORDER BY coalesce(a.url, a.source)) AS sources
FROM (SELECT cluster, unnest(article_ids) AS article_id FROM {grouped}) g
JOIN articles a ON a.id = g.article_id
GROUP BY g.cluster"""

_FILL_SQL = f"""
INSERT INTO party_events BY NAME
WITH clusters AS (
    SELECT e.cluster, {EVENT_AGGREGATES},
           list(DISTINCT e.date ORDER BY e.date) AS dates, max(e.date) AS last_date,
           list({{'date': e.date, 'article_seq': e.article_seq, 'seq': e.seq, 'article_id': e.article_id}}
                ORDER BY e.seq) AS report_keys,
           count(*) AS report_rows, sum(e.score) AS score_sum, count(e.score) AS scored
    FROM events e SEMI JOIN _touched_party_clusters t ON t.cluster = e.cluster
    GROUP BY e.cluster
),
sources AS ({SOURCES_SQL.format(grouped="clusters")}),
shown AS (SELECT c.* EXCLUDE (article_ids), s.sources FROM clusters c LEFT JOIN sources s USING (cluster))
SELECT p.code, list_contains(c.actor, p.code) AS as_actor, list_contains(c.recipient, p.code) AS as_recipient, c.*,
       false AS sorted
FROM shown c, unnest(list_distinct(list_concat(c.actor, c.recipient))) AS p(code)
"""


# What rows of the touched clusters count per code, times `{sign}` (−1: the rows about
# to be deleted, +1: those just written), added to the stored counts.
_COUNT_SQL = """
INSERT INTO party_counts BY NAME
SELECT code,
       {sign} * count(*) FILTER (WHERE as_actor) AS events,
       {sign} * count(*) FILTER (WHERE as_recipient) AS targeted,
       {sign} * coalesce(sum(report_rows) FILTER (WHERE as_actor), 0) AS reports,
       {sign} * coalesce(sum(score_sum) FILTER (WHERE as_actor), 0) AS score_sum,
       {sign} * coalesce(sum(scored) FILTER (WHERE as_actor), 0) AS scored
FROM party_events p SEMI JOIN _touched_party_clusters t ON t.cluster = p.cluster
WHERE NOT p.negated AND NOT p.hypothetical
GROUP BY code
ON CONFLICT (code) DO UPDATE SET
    events = events + excluded.events, targeted = targeted + excluded.targeted, reports = reports + excluded.reports,
    score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored
"""


def update_party_events(con: duckdb.DuckDBPyConnection, clusters: np.ndarray | pa.Array) -> None:
    """Recompute the rows of the clusters `clusters` (uint64 ids) from their reports in
    the events table: a cluster that lost every report loses its rows, a new one gains
    them; and the counts per code with them. The caller holds the transaction."""
    with touched_clusters(con, "_touched_party_clusters", clusters) as touched:
        if not touched:
            return
        con.execute(_COUNT_SQL.format(sign=-1))
        con.execute("DELETE FROM party_events WHERE cluster IN (SELECT cluster FROM _touched_party_clusters)")
        con.execute(_FILL_SQL)
        con.execute(_COUNT_SQL.format(sign=1))
        con.execute("DELETE FROM party_counts WHERE events = 0 AND targeted = 0")
    _sort_when_due(con)


PARTY_ORDER = "code, date, cluster"


def _sort_when_due(con: duckdb.DuckDBPyConnection) -> None:
    sort_when_due(con, "party_events", PARTY_ORDER)


def sort_party_events(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the table in `code` order (then date), every row marked sorted."""
    rewrite_sorted(con, "party_events", PARTY_ORDER)
