"""The text search's word index (`report_tokens`): kept by ingest's own incremental
function through new reports, re-clustering, replaced (deleted and written again) and
re-dated articles, equal to a full recomputation; words as `tokens_sql` makes them; and
the reports it finds for a query equal those the same test over each sentence finds."""

from __future__ import annotations

import shutil

import duckdb
import numpy as np
import pytest
from test_store_dyad_events import synthetic_db  # noqa: F401 (a fixture)

from dyadwatch.store import schema
from dyadwatch.store.dyad_events import every_cluster
from dyadwatch.store.queries import find_events, report_filter
from dyadwatch.store.report_tokens import (
    TEXT_MATCH,
    matching_reports_sql,
    query_tokens,
    sort_report_tokens,
    tokens_sql,
    update_report_tokens,
)
from dyadwatch.store.schema import open_store


def _rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * EXCLUDE (sorted) FROM report_tokens ORDER BY ALL").fetchall()


def _recomputed(path, tmp_path) -> list[tuple]:
    """The index made again from nothing, from every stored cluster, on a copy."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(path, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("DELETE FROM report_tokens")
        update_report_tokens(con, every_cluster(con))
        return _rows(con)


# --- words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("Putin met Kim.", ["kim", "met", "putin"]),
    ("Pyongyang's war-time SHELLS, shells", ["pyongyang", "s", "shells", "time", "war"]),
    ("Élysée: 4,242 tonnes (½)", ["242", "4", "tonnes", "½", "élysée"]),
    ("snake_case and tabs\tand\nlines", ["and", "case", "lines", "snake", "tabs"]),
    ("?! -- …", []),
])
def test_tokens_sql_makes_lowercased_distinct_words_of_letters_and_digits(text, words):
    with duckdb.connect() as con:
        [(got,)] = con.execute(f"SELECT {tokens_sql('$text')}", {"text": text}).fetchall()
    assert sorted(got) == words


# --- the index against a full recomputation -------------------------------------------------


def test_report_tokens_after_ingests_reclustering_redating_and_replacing_equal_a_full_recomputation(
        synthetic_db, tmp_path):  # noqa: F811
    with duckdb.connect(str(synthetic_db), read_only=True) as con:
        kept = _rows(con)
        [(replaced, reports, indexed)] = con.execute(
            "SELECT (SELECT count(*) FROM articles WHERE extractor = 'test-extractor v2'), "
            "(SELECT count(*) FROM events), (SELECT count(DISTINCT seq) FROM report_tokens)").fetchall()
        [(stale,)] = con.execute("SELECT count(*) FROM report_tokens t ANTI JOIN events e "
                                 "ON e.seq = t.seq AND e.cluster = t.cluster").fetchall()
    assert replaced and reports == indexed and stale == 0
    assert kept == _recomputed(synthetic_db, tmp_path)


def test_update_report_tokens_drops_the_words_of_deleted_reports(synthetic_db, tmp_path):  # noqa: F811
    copy = tmp_path / "gone.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        [(seq, cluster)] = con.execute("SELECT seq, cluster FROM events ORDER BY seq LIMIT 1").fetchall()
        con.execute("DELETE FROM events WHERE seq = ?", [seq])
        update_report_tokens(con, np.array([cluster], dtype=np.uint64))
        assert con.execute("SELECT count(*) FROM report_tokens WHERE seq = ?", [seq]).fetchone() == (0,)
        kept = _rows(con)
    assert kept == _recomputed(copy, tmp_path)


def test_sorting_report_tokens_keeps_the_rows_and_puts_them_in_token_order(synthetic_db, tmp_path):  # noqa: F811
    copy = tmp_path / "sorted.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        before = _rows(con)
        sort_report_tokens(con)
        keys = con.execute("SELECT token, seq FROM report_tokens").fetchall()
        assert _rows(con) == before and keys == sorted(keys)
        assert con.execute("SELECT bool_and(sorted) FROM report_tokens").fetchone() == (True,)


def test_migration_fills_report_tokens_of_a_database_made_before_them(synthetic_db, tmp_path):  # noqa: F811
    old = tmp_path / "old.duckdb"
    shutil.copy(synthetic_db, old)
    with duckdb.connect(str(old)) as con:
        expected = _rows(con)
        con.execute("DROP TABLE report_tokens")
        con.execute("DELETE FROM _migrations WHERE name = '0007_report_tokens'")
    assert schema.pending_migrations(old) == ["0007_report_tokens"]
    with open_store(old, read_only=True) as con:
        assert _rows(con) == expected


# --- queries through the index against the same test over each sentence --------------------

QUERIES = ["report", "AID report", "report 1", "of b3", "Report 2.", "CONSULT report 0 of a5", "aid AID aid",
           "rep", "no-such-word", "report nowhere"]


@pytest.fixture(scope="module")
def con(synthetic_db):  # noqa: F811
    with open_store(synthetic_db, read_only=True) as con:
        yield con


@pytest.mark.parametrize("text", QUERIES)
def test_index_finds_the_reports_whose_sentence_has_every_word(con, text):
    sql, params = matching_reports_sql(query_tokens(con, text))
    got = sorted(seq for (seq,) in con.execute(sql, params).fetchall())
    expected = con.execute(f"SELECT seq FROM events e WHERE {TEXT_MATCH} ORDER BY seq", {"text": text}).fetchall()
    assert got == [seq for (seq,) in expected]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("all_reports", [False, True])
def test_find_events_by_text_answers_as_the_unindexed_filter(con, text, all_reports):
    """find_events reads the index; the exports' report filter tests each sentence."""
    where, params = report_filter(text=text)
    got = find_events(con, text=text, all_reports=all_reports)
    column = "report_id" if all_reports else "event_id"
    key = "e.id" if all_reports else "lower(lpad(to_hex(e.cluster), 16, '0'))"
    expected = con.execute(f"SELECT DISTINCT {key} FROM events e WHERE {where} ORDER BY 1", params).fetchall()
    assert sorted(got[column].to_pylist()) == [value for (value,) in expected]


def test_query_tokens_puts_the_rarest_word_first(con):
    assert query_tokens(con, "report 1 nowhere of") == ["nowhere", "1", "of", "report"]
