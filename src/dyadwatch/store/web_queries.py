"""Read-only queries the web app needs beside those of `queries.py`: the corpus at a
glance, the busiest dyads, recent events, the reports behind events (with the mentions
of their sentences, to highlight), an article with its annotations, and an actor's
partners over time, names and quotes.

Each takes an open store and returns an Arrow table (the reports behind events: rows as
dicts; an article: None when absent); every value from the user travels as a query
parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa

from dyadwatch.store.queries import PERIODS

DEFAULT_RECENT = 10
DEFAULT_LISTED = 50
_CLUSTER_HEX = "lower(lpad(to_hex(e.cluster), 16, '0'))"
_FACTUAL = "NOT e.negated AND NOT e.hypothetical"


def _table(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | None = None) -> pa.Table:
    return con.sql(sql, params=params or {}).to_arrow_table()


# --- the corpus -------------------------------------------------------------------------


def corpus_summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """How big and how fresh the store is: articles (and copies among them), event
    reports, real-world events, the span of event dates, the latest publication and
    the latest ingest."""
    return _table(con, _SUMMARY_SQL).to_pylist()[0]


_SUMMARY_SQL = """
SELECT
    (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
    (SELECT count(*) FROM events) AS reports,
    (SELECT count(*) FROM events WHERE first_report) AS events,
    (SELECT min(date) FROM events) AS first_event,
    (SELECT max(date) FROM events) AS last_event,
    (SELECT max(published) FROM articles) AS last_published,
    (SELECT max(ingested_at) FROM articles) AS last_ingested
"""


def top_dyads(con: duckdb.DuckDBPyConnection, *, top: int = DEFAULT_RECENT) -> pa.Table:
    """The pairs of actors with the most real-world events between them (either way or
    together, negated and hypothetical reports left out), codes in alphabetical order."""
    return _table(con, _TOP_DYADS_SQL, {"top": top})


_TOP_DYADS_SQL = """
SELECT least(actor_code, recipient_code) AS a, greatest(actor_code, recipient_code) AS b,
       count(DISTINCT cluster) FILTER (WHERE first_report) AS events,
       count(DISTINCT event_seq) AS reports,
       round(avg(score), 3) AS score_mean
FROM dyads
WHERE factual AND actor_code <> recipient_code
GROUP BY a, b
ORDER BY events DESC, reports DESC, a, b
LIMIT $top
"""


def recent_events(con: duckdb.DuckDBPyConnection, *, limit: int = DEFAULT_RECENT) -> pa.Table:
    """The real-world events with the latest dates, newest first, in the columns of
    `find_events` that a list shows."""
    return _table(con, _RECENT_SQL.format(cluster=_CLUSTER_HEX), {"limit": limit})


_RECENT_SQL = """
WITH latest AS (
    SELECT cluster FROM events e WHERE date IS NOT NULL
    GROUP BY cluster ORDER BY min(date) DESC, cluster LIMIT $limit
)
SELECT {cluster} AS event_id, min(e.date) AS date, any_value(e.event) AS event,
       any_value(e.actor_codes) AS actor, any_value(e.recipient_codes) AS recipient,
       round(avg(e.score), 3) AS score, any_value(e.quad_code) AS quad_code,
       any_value(e.negated) AS negated, any_value(e.hypothetical) AS hypothetical,
       count(DISTINCT e.article_id) AS reports, arg_min(e.text, e.seq) AS text
FROM events e JOIN latest USING (cluster)
GROUP BY e.cluster
ORDER BY date DESC, e.cluster
"""


# --- the reports behind events ----------------------------------------------------------


def event_reports(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Every report of the given real-world events (`event_id` as `find_events` gives
    it), in store order: the article it is from, the sentence with its offsets, the
    event words, the actor and recipient codes, and the resolved mentions inside the
    sentence (`mentions`: start, end and code, offsets into the article text, in text
    order)."""
    clusters = [int(event_id, 16) for event_id in event_ids]
    reports: dict[int, dict[str, Any]] = {}  # by seq: a report id is unique within its article only
    # One plain join, grouped here: a list aggregate over a correlated subquery cost
    # DuckDB twice the time on these few rows, mostly in planning.
    for row in _rows(con, _REPORTS_SQL.format(cluster=_CLUSTER_HEX), {"clusters": clusters}):
        start, end, code = row.pop("mention_start"), row.pop("mention_end"), row.pop("mention_code")
        report = reports.setdefault(row["seq"], {**row, "mentions": []})
        if code is not None:
            report["mentions"].append({"start": start, "end": end, "code": code})
    return list(reports.values())


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a query as dicts: run once (`con.sql` binds a query, then runs it)
    and read as Python values, without an Arrow table between."""
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


_REPORTS_SQL = """
SELECT {cluster} AS event_id, e.id AS report_id, e.seq, e.article_id,
       a.title, a.url, a.source, a.published, a.duplicate_of,
       e.event, e.event_text, e.text, e.char_start, e.char_end,
       e.actor_codes AS actor, e.recipient_codes AS recipient,
       m.char_start AS mention_start, m.char_end AS mention_end, m.code AS mention_code
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN mentions m ON m.article_id = e.article_id AND m.code IS NOT NULL
     AND m.char_start >= e.char_start AND m.char_end <= e.char_end
WHERE e.cluster IN (SELECT unnest($clusters::UBIGINT[]))
ORDER BY e.seq, m.char_start, m.n
"""


# --- an article -------------------------------------------------------------------------


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article's metadata and cleaned text, or None when the store lacks it."""
    rows = _table(con, _ARTICLE_SQL, {"id": article_id}).to_pylist()
    return rows[0] if rows else None


_ARTICLE_SQL = """
SELECT id, source, url, title, byline, section, published, published_source, language,
       duplicate_of, similarity, ingested_at, text
FROM articles WHERE id = $id
"""


def article_annotations(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, pa.Table]:
    """An article's paragraphs, mentions, times and quotes, each in text order, and the
    rules flagged on each of its reports (its event reports are PLOVER records, from
    `export.plover_records`)."""
    params = {"id": article_id}
    return {name: _table(con, sql, params) for name, sql in _ANNOTATION_SQL.items()}


_ANNOTATION_SQL = {
    "paragraphs": "SELECT n, char_start, char_end, role FROM paragraphs WHERE article_id = $id ORDER BY n",
    "mentions": """SELECT char_start, char_end, text, code, name, person, office, rule
                   FROM mentions WHERE article_id = $id ORDER BY char_start, n""",
    "times": """SELECT char_start, char_end, text, type, value, precision FROM times
                WHERE article_id = $id ORDER BY char_start, n""",
    "quotes": """SELECT n, cue_start, cue_end, cue, content_start, content_end, content, direct,
                        speaker_start, speaker_end, speaker_text, speaker_code, date
                 FROM quotes WHERE article_id = $id ORDER BY content_start, n""",
    "flags": """SELECT event_id AS report_id, list(rule ORDER BY rule) AS rules FROM flags
                 WHERE article_id = $id GROUP BY event_id ORDER BY event_id""",
}


# --- an actor ---------------------------------------------------------------------------


def actor_partners_over_time(con: duckdb.DuckDBPyConnection, code: str, *, by: str = "year") -> pa.Table:
    """Per period and partner, the real-world events between the actor `code` and the
    partner (either way or together; negated and hypothetical reports left out)."""
    return _table(con, _PARTNERS_SQL, {"x": code, "fmt": PERIODS[by]})


_PARTNERS_SQL = """
SELECT strftime(date, $fmt) AS period,
       CASE WHEN actor_code = $x THEN recipient_code ELSE actor_code END AS partner,
       count(DISTINCT cluster) AS events
FROM dyads
WHERE factual AND first_report AND date IS NOT NULL AND (actor_code = $x OR recipient_code = $x)
  AND actor_code <> recipient_code
GROUP BY period, partner
ORDER BY period, events DESC, partner
"""


def actor_mentions(con: duckdb.DuckDBPyConnection, code: str, *, limit: int = DEFAULT_LISTED) -> pa.Table:
    """How the articles name the actor `code`: each wording with its number of mentions
    and of articles, most frequent first."""
    return _table(con, _MENTIONS_SQL, {"x": code, "limit": limit})


_MENTIONS_SQL = """
SELECT text, count(*) AS mentions, count(DISTINCT article_id) AS articles,
       any_value(person) AS person, any_value(office) AS office
FROM mentions WHERE code = $x
GROUP BY text ORDER BY mentions DESC, text LIMIT $limit
"""


def actor_quotes(con: duckdb.DuckDBPyConnection, code: str, *, limit: int = DEFAULT_LISTED) -> pa.Table:
    """What speakers resolved to the actor `code` said, newest first, with the article."""
    return _table(con, _QUOTES_SQL, {"x": code, "limit": limit})


_QUOTES_SQL = """
SELECT q.article_id, a.title, coalesce(q.date, a.published) AS date, q.speaker_text, q.cue, q.content, q.direct,
       q.content_start
FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE q.speaker_code = $x
ORDER BY date DESC NULLS LAST, q.article_id, q.n
LIMIT $limit
"""
