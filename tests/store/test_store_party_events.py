"""The events query's precomputed events (`party_events`): kept by ingest's own
incremental function through new reports, re-clustering, replaced and re-dated
articles, equal to a full recomputation; and `find_events` (and the exports' report
filter) answering exactly as the straightforward query over the reports did, for
every kind of filter."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil

import duckdb
import numpy as np
import pytest
from test_store_dyad_events import CODES, FIRST_DAY, TYPES, synthetic_db  # noqa: F401 (a fixture)

from dyadwatch.store import schema
from dyadwatch.store.dyad_events import every_cluster
from dyadwatch.store.party_events import sort_party_events, update_party_events
from dyadwatch.store.queries import (
    _CLUSTER_HEX,
    _FILTER_NAMES,
    CODE_COUNTS_SQL,
    PARTNERS_SHOWN,
    event_types,
    find_events,
    quad_codes,
    report_filter,
    top_actors,
)
from dyadwatch.store.schema import open_store

# --- the table against a full recomputation ---------------------------------------------


def _rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * EXCLUDE (sorted) FROM party_events ORDER BY ALL").fetchall()


def _counts(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM party_counts ORDER BY code").fetchall()


def _recomputed(path, tmp_path) -> tuple[list[tuple], list[tuple]]:
    """The table and the counts made again from nothing, from every stored cluster, on a copy."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(path, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("DELETE FROM party_events")
        con.execute("DELETE FROM party_counts")
        update_party_events(con, every_cluster(con))
        return _rows(con), _counts(con)


def test_party_events_after_ingests_reclustering_redating_and_replacing_equal_a_full_recomputation(
        synthetic_db, tmp_path):  # noqa: F811
    with duckdb.connect(str(synthetic_db), read_only=True) as con:
        kept, counted = _rows(con), _counts(con)
        [have] = con.execute(
            "SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
            "(SELECT count(*) FROM articles WHERE extractor = 'test-extractor v2'), "
            "(SELECT count(*) FROM party_events WHERE negated OR hypothetical), "
            "(SELECT count(*) FROM party_events WHERE as_actor AND as_recipient), "
            "(SELECT count(*) FROM party_events WHERE list_count(dates) BETWEEN 1 AND len(dates) - 1), "
            "(SELECT count(*) FROM party_events WHERE reports > 1)").fetchall()
        [(clusters,)] = con.execute("SELECT count(DISTINCT cluster) FROM events "
                                    "WHERE len(actor_codes) + len(recipient_codes) > 0").fetchall()
        [(kept_clusters,)] = con.execute("SELECT count(DISTINCT cluster) FROM party_events").fetchall()
    # copies, replaced articles, negated, a code on both sides, partly undated, multi-report events
    assert all(have), have
    assert kept_clusters == clusters
    assert (kept, counted) == _recomputed(synthetic_db, tmp_path)
    assert len(counted) == len(CODES)


def test_update_party_events_drops_a_cluster_that_lost_its_reports(synthetic_db, tmp_path):  # noqa: F811
    copy = tmp_path / "gone.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        [(cluster,)] = con.execute("SELECT cluster FROM party_events ORDER BY cluster LIMIT 1").fetchall()
        con.execute("DELETE FROM events WHERE cluster = ?", [cluster])
        [(code, factual)] = con.execute("SELECT code, NOT negated AND NOT hypothetical FROM party_events "
                                        "WHERE cluster = ? AND as_actor ORDER BY code LIMIT 1", [cluster]).fetchall()
        [before] = con.execute("SELECT events FROM party_counts WHERE code = ?", [code]).fetchall()
        update_party_events(con, np.array([cluster], dtype=np.uint64))
        assert con.execute("SELECT count(*) FROM party_events WHERE cluster = ?", [cluster]).fetchone() == (0,)
        after = con.execute("SELECT events FROM party_counts WHERE code = ?", [code]).fetchall()
        assert after == [(before[0] - factual,)]


def test_sorting_party_events_keeps_the_rows_and_puts_them_in_code_order(synthetic_db, tmp_path):  # noqa: F811
    copy = tmp_path / "sorted.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        before = _rows(con)
        sort_party_events(con)
        codes = [code for (code,) in con.execute("SELECT code FROM party_events").fetchall()]
        assert _rows(con) == before and codes == sorted(codes)
        assert con.execute("SELECT bool_and(sorted) FROM party_events").fetchone() == (True,)


def test_migration_fills_party_events_of_a_database_made_before_them(synthetic_db, tmp_path):  # noqa: F811
    old = tmp_path / "old.duckdb"
    shutil.copy(synthetic_db, old)
    with duckdb.connect(str(old)) as con:
        expected = _rows(con)
        expected_counts = _counts(con)
        con.execute("DROP TABLE party_events")
        con.execute("DROP TABLE party_counts")
        con.execute("DROP TABLE report_tokens")
        con.execute("DELETE FROM _migrations WHERE name >= '0005_party_events'")
    assert schema.pending_migrations(old) == ["0005_party_events", "0006_party_report_keys", "0007_report_tokens"]
    with open_store(old, read_only=True) as con:
        assert _rows(con) == expected and _counts(con) == expected_counts


def test_migration_gives_the_events_of_a_database_made_before_them_their_report_keys(
        synthetic_db, tmp_path):  # noqa: F811
    old = tmp_path / "old.duckdb"
    shutil.copy(synthetic_db, old)
    with duckdb.connect(str(old)) as con:
        expected = _rows(con)
        expected_counts = _counts(con)
        con.execute("ALTER TABLE party_events DROP COLUMN report_keys")
        con.execute("DROP TABLE report_tokens")
        con.execute("DELETE FROM _migrations WHERE name >= '0006_party_report_keys'")
    assert schema.pending_migrations(old) == ["0006_party_report_keys", "0007_report_tokens"]
    with open_store(old, read_only=True) as con:
        assert _rows(con) == expected and _counts(con) == expected_counts


# --- find_events against the straightforward query over the reports -----------------------
# What find_events ran before the precomputed events: the matching clusters found in the
# reports (a pair's through the dyad rows), then all their reports grouped.

_PLAIN_EVENTS_SQL = """
WITH matched AS ({matched}),
grouped AS (
    SELECT e.cluster, min(e.date) AS date, arg_min(e.date_precision, (e.date, e.seq)) AS date_precision,
           any_value(e.event) AS event, mode(e.mode) AS mode, any_value(e.actor_codes) AS actor,
           any_value(e.recipient_codes) AS recipient, round(avg(e.score), 3) AS score,
           any_value(e.quad_code) AS quad_code, any_value(e.negated) AS negated,
           any_value(e.hypothetical) AS hypothetical, count(DISTINCT e.article_id) AS reports,
           list(DISTINCT e.article_id) AS article_ids, min(e.seq) AS first_seq, arg_min(e.text, e.seq) AS text
    FROM events e JOIN matched m ON m.cluster = e.cluster
    GROUP BY e.cluster
    ORDER BY date{desc} NULLS LAST, e.cluster
    {limit}
),
labels AS (
    SELECT ac.event_seq, ac.role,
           list(ac.code || CASE WHEN len(ac.sectors) > 0 THEN '/' || array_to_string(ac.sectors, '/') ELSE '' END
                || coalesce(' ' || ac.person, '') ORDER BY ac.n) AS labels
    FROM actors ac WHERE ac.event_seq IN (SELECT first_seq FROM grouped)
    GROUP BY ac.event_seq, ac.role
),
sources AS (
    SELECT g.cluster, list(DISTINCT coalesce(a.url, a.source) ORDER BY coalesce(a.url, a.source)) AS sources
    FROM (SELECT cluster, unnest(article_ids) AS article_id FROM grouped) g
    JOIN articles a ON a.id = g.article_id
    GROUP BY g.cluster
)
SELECT {cluster} AS event_id, e.* EXCLUDE (cluster, article_ids, first_seq, text),
       coalesce(al.labels, []) AS actor_labels, coalesce(rl.labels, []) AS recipient_labels, s.sources, e.text
FROM grouped e LEFT JOIN sources s USING (cluster)
LEFT JOIN labels al ON al.event_seq = e.first_seq AND al.role = 'actor'
LEFT JOIN labels rl ON rl.event_seq = e.first_seq AND rl.role = 'recipient'
ORDER BY e.date{desc} NULLS LAST, e.cluster
"""

_PLAIN_REPORTS_SQL = """
WITH picked AS (
    SELECT e.* FROM events e WHERE {where}
    ORDER BY e.date{desc} NULLS LAST, e.cluster, e.article_seq, e.seq
    {limit}
)
SELECT {cluster} AS event_id, e.id AS report_id, e.date, e.date_precision, e.event, e.mode, e.context,
       e.actor_codes AS actor, e.recipient_codes AS recipient, e.score, e.quad_code, e.negated, e.hypothetical,
       e.future, e.historical, e.text, e.event_text, e.pattern, e.confidence,
       e.article_id, coalesce(a.url, a.source) AS source, a.title, a.published, a.duplicate_of
FROM picked e JOIN articles a ON a.id = e.article_id
ORDER BY e.date{desc} NULLS LAST, e.cluster, e.article_seq, e.seq
"""

_PLAIN_PAIR_ROWS = ("(SELECT * FROM dyads WHERE actor_code = $x AND recipient_code = $y "
                    "UNION ALL SELECT * FROM dyads WHERE actor_code = $y AND recipient_code = $x)")
_PLAIN_JOINT = "list_has_all({t}.actor_codes, [$x, $y]) AND NOT list_has_any({t}.recipient_codes, [$x, $y])"


def _plain(actor=None, recipient=None, between=None, type=None, quad=None, since=None, until=None, text=None,
           undated=False) -> tuple[str, str, dict]:
    """The old filters: conditions on each report, the matching clusters, the parameters."""
    events, dates, params = [], [], {}
    if actor:
        events.append("list_contains(e.actor_codes, $actor)")
        params["actor"] = actor
    if recipient:
        events.append("list_contains(e.recipient_codes, $recipient)")
        params["recipient"] = recipient
    words = re.findall(r"[^\W_]+", (text or "").lower())
    if (text or "").strip() and not words:
        events.append("false")  # words asked for, none of them a word ("?!"): nothing has them
    for n, word in enumerate(words):
        # the word whole: neither a letter nor a digit on either side
        events.append(f"regexp_matches(lower(e.text), $edge || $word{n} || $after)")
        params[f"word{n}"] = word
        params["edge"], params["after"] = r"(^|[^\p{L}\p{N}])", r"([^\p{L}\p{N}]|$)"
    types = event_types(type)
    if types:
        dates.append(f"{{t}}.event IN ({', '.join(f'$type{n}' for n in range(len(types)))})")
        params.update({f"type{n}": name for n, name in enumerate(types)})
    if quad_codes(quad):
        dates.append(f"{{t}}.quad_code IN ({', '.join(str(code) for code in quad_codes(quad))})")
    for name, condition, value in (("since", "{t}.date >= $since", since), ("until", "{t}.date <= $until", until)):
        if value:
            dates.append(condition)
            params[name] = value
    if undated:
        dates.append("{t}.date IS NULL")

    def on(table):
        return [condition.format(t=table) for condition in dates]

    def pair_clusters(with_dates):
        directed = " AND ".join(on("d") if with_dates else ()) or "true"
        joint = " AND ".join(on("j") if with_dates else ()) or "true"
        return (f"SELECT DISTINCT d.cluster FROM {_PLAIN_PAIR_ROWS} d WHERE {directed} "
                f"UNION SELECT DISTINCT j.cluster FROM events j WHERE {_PLAIN_JOINT.format(t='j')} AND {joint}")

    conditions = [*events, *on("e")]
    if between:
        params["x"], params["y"] = between
        conditions.append(f"e.cluster IN ({pair_clusters(False)})")
    where = " AND ".join(conditions) or "true"
    matched = (pair_clusters(True) if between and not events
               else f"SELECT DISTINCT e.cluster FROM events e WHERE {where}")
    return where, matched, params


def _plain_find(con, *, order="oldest", all_reports=False, limit=None, **filters):
    where, matched, params = _plain(**filters)
    sql = (_PLAIN_REPORTS_SQL if all_reports else _PLAIN_EVENTS_SQL).format(
        matched=matched, where=where, limit="" if limit is None else f"LIMIT {limit}", cluster=_CLUSTER_HEX,
        desc=" DESC" if order == "newest" else "")
    return con.sql(sql, params=params).to_arrow_table()


def _filters(rng: np.random.Generator) -> dict:
    """Some filters, drawn: parties (a code may be asked twice), type, quad class, dates,
    words, order, limit."""
    filters: dict = {}
    roll = rng.random()
    if roll < 0.45:
        filters["between"] = tuple(str(code) for code in rng.choice(CODES, size=2, replace=rng.random() < 0.1))
    if rng.random() < 0.4 or roll >= 0.85:
        filters["actor"] = str(rng.choice(CODES))
    if rng.random() < 0.3 or 0.45 <= roll < 0.85 and "actor" not in filters:
        filters["recipient"] = str(rng.choice(CODES))
    if rng.random() < 0.3:
        filters["type"] = ",".join(rng.choice(TYPES, size=int(rng.integers(1, 3)), replace=False))
    if rng.random() < 0.2:
        filters["quad"] = str(rng.choice(["verbal_cooperation", "material_conflict", "verbal_conflict"]))
    day = FIRST_DAY + dt.timedelta(days=int(rng.integers(0, 45)))
    if rng.random() < 0.35:
        filters["since"] = day
    if rng.random() < 0.35:
        filters["until"] = day + dt.timedelta(days=int(rng.integers(0, 10)))
    if rng.random() < 0.1:
        filters["undated"] = True
    if rng.random() < 0.15:
        filters["text"] = str(rng.choice(["report", "AID", "report 1", "of b3"]))
    if rng.random() < 0.3:
        filters["order"] = "newest"
    if rng.random() < 0.4:
        filters["limit"] = int(rng.integers(1, 12))
    return filters


_DRAWN = [_filters(np.random.default_rng(seed)) for seed in range(120)]
_NAMED = [
    {"actor": "RUS"}, {"recipient": "PRK"}, {"between": ("RUS", "PRK")}, {"between": ("PRK", "PRK")},
    {"between": ("RUS", "PRK"), "since": FIRST_DAY + dt.timedelta(days=20), "until": FIRST_DAY + dt.timedelta(days=22)},
    {"actor": "USA", "recipient": "USA"}, {"actor": "CHN", "undated": True},
    {"between": ("USA", "CHN"), "undated": True},
    {"actor": "RUS", "undated": True, "since": FIRST_DAY}, {"actor": "ZZZ"}, {"type": "AID"},
    {"text": "Report 2.", "limit": 5}, {"text": "aid", "between": ("RUS", "PRK")}, {"text": "rep"},
    {"text": "of A1."}, {"text": "no-such-word"}, {"text": "?!"},
    {"between": ("RUS", "PRK"), "limit": 7}, {"actor": "PRK", "since": FIRST_DAY + dt.timedelta(days=10),
                                              "order": "newest", "limit": 9},
]


@pytest.fixture(scope="module")
def con(synthetic_db):  # noqa: F811
    with open_store(synthetic_db, read_only=True) as con:
        yield con


@pytest.mark.parametrize("filters", _NAMED + _DRAWN, ids=str)
def test_find_events_answers_as_the_straightforward_query_over_the_reports(con, filters):
    for all_reports in (False, True):
        got = find_events(con, all_reports=all_reports, **filters)
        expected = _plain_find(con, all_reports=all_reports, **filters)
        assert got.schema == expected.schema
        assert got.to_pylist() == expected.to_pylist()


def test_the_drawn_filters_find_events_and_use_every_filter():
    used = {name for filters in _DRAWN for name in filters}
    assert used >= set(_FILTER_NAMES) - {"sector", "source"} | {"order", "limit"}


@pytest.mark.parametrize("filters", _NAMED[:6] + _DRAWN[:30], ids=str)
def test_report_filter_selects_the_reports_the_straightforward_filter_did(con, filters):
    names = {name: value for name, value in filters.items() if name in _FILTER_NAMES}
    where, params = report_filter(**names)
    old_where, _, old_params = _plain(**names)
    got = con.sql(f"SELECT seq FROM events e WHERE {where} ORDER BY seq", params=params).fetchall()
    expected = con.sql(f"SELECT seq FROM events e WHERE {old_where} ORDER BY seq", params=old_params).fetchall()
    assert got == expected


def test_find_events_matches_some_events_for_most_drawn_filters(con):
    found = [find_events(con, **filters).num_rows for filters in itertools.islice(_DRAWN, 60)]
    assert sum(1 for n in found if n) >= 30


# --- top_actors against the count over the reports ------------------------------------------

_PLAIN_ACTORS_SQL = f"""
WITH {CODE_COUNTS_SQL},
pairs AS (
    SELECT actor_code, recipient_code, count(*) AS n
    FROM dyad_events WHERE kind = 'directed' GROUP BY actor_code, recipient_code
),
partners AS (
    SELECT code, list(partner || ' (' || n || ')' ORDER BY n DESC, partner) AS partners
    FROM (
        SELECT code, partner, sum(n) AS n,
               row_number() OVER (PARTITION BY code ORDER BY sum(n) DESC, partner) AS rank
        FROM (SELECT actor_code AS code, recipient_code AS partner, n FROM pairs
              UNION ALL SELECT recipient_code, actor_code, n FROM pairs)
        GROUP BY code, partner
        QUALIFY rank <= $shown
    )
    GROUP BY code
)
SELECT coalesce(acts.code, targeted.code) AS code, coalesce(acts.events, 0) AS events,
       coalesce(targeted.targeted, 0) AS targeted, coalesce(acts.reports, 0) AS reports,
       acts.score_mean, coalesce(partners.partners, []) AS partners
FROM acts FULL JOIN targeted ON targeted.code = acts.code
LEFT JOIN partners ON partners.code = coalesce(acts.code, targeted.code)
ORDER BY events DESC, targeted DESC, code
LIMIT $top
"""


@pytest.mark.parametrize("top", [1, 3, 20])
def test_top_actors_counts_as_the_count_over_the_reports(con, top):
    got = top_actors(con, top=top)
    expected = con.sql(_PLAIN_ACTORS_SQL, params={"top": top, "shown": PARTNERS_SHOWN}).to_arrow_table()
    assert got.schema == expected.schema
    assert got.to_pylist() == expected.to_pylist()
    assert got.num_rows == min(top, len(CODES))
