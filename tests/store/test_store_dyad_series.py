"""The dyad counted in Python (dyad_series.py, for a pair with few precomputed events)
gives the very table the dyad query gives in DuckDB: the same values, types and order,
for every period, bound, evidence count and normalisation."""

from __future__ import annotations

import datetime as dt
import itertools

import duckdb
import pytest
from test_store_dyad_events import synthetic_db  # noqa: F401  (the fixture, built as ingest builds)

from dyadwatch.store import queries
from dyadwatch.store.dyad_series import sql_round
from dyadwatch.store.queries import PERIODS, dyad
from dyadwatch.store.schema import open_store


def _bounds(con: duckdb.DuckDBPyConnection) -> list[tuple[dt.date | None, dt.date | None]]:
    """No bound, bounds outside every event, and bounds on the days where events begin
    and end, some of them cutting through events with reports on both sides."""
    days = sorted({day for row in con.execute(
        "SELECT date, last_date FROM dyad_events WHERE pair = 'PRK|RUS' AND date IS NOT NULL").fetchall()
        for day in row})
    assert len(days) > 10
    picked = days[:: len(days) // 6]
    return [(None, None), (dt.date(2000, 1, 1), None), (None, dt.date(2100, 1, 1)),
            *((day, None) for day in picked), *((None, day) for day in picked),
            *itertools.islice(itertools.combinations(picked, 2), 8)]


def _both_ways(con, monkeypatch, a: str, b: str, **options) -> tuple:
    monkeypatch.setattr(queries, "DYAD_COUNTED_IN_PYTHON", 10_000)
    in_python = dyad(con, a, b, **options)
    monkeypatch.setattr(queries, "DYAD_COUNTED_IN_PYTHON", -1)  # no pair is that small: the query counts
    return in_python, dyad(con, a, b, **options)


@pytest.mark.parametrize("a, b", [("RUS", "PRK"), ("PRK", "RUS"), ("USA", "CHN")])
@pytest.mark.parametrize("by", list(PERIODS))
def test_dyad_counted_in_python_equals_the_dyad_query(synthetic_db, monkeypatch, a, b, by):  # noqa: F811
    with open_store(synthetic_db, read_only=True) as con:
        for (since, until), evidence in itertools.product(_bounds(con), (0, 1, 3)):
            in_python, in_duckdb = _both_ways(con, monkeypatch, a, b, by=by, since=since, until=until,
                                              evidence=evidence)
            assert in_python.schema == in_duckdb.schema
            assert in_python.to_pylist() == in_duckdb.to_pylist(), (since, until, evidence)


def test_dyad_counted_in_python_equals_the_dyad_query_normalised(synthetic_db, monkeypatch):  # noqa: F811
    with open_store(synthetic_db, read_only=True) as con:
        for since, until in _bounds(con)[:6]:
            in_python, in_duckdb = _both_ways(con, monkeypatch, "RUS", "PRK", by="month", since=since, until=until,
                                              normalise=True)
            assert in_python.equals(in_duckdb, check_metadata=True)


def test_dyad_of_a_pair_without_events_is_an_empty_table_of_the_same_columns(synthetic_db, monkeypatch):  # noqa: F811
    with open_store(synthetic_db, read_only=True) as con:
        in_python, in_duckdb = _both_ways(con, monkeypatch, "RUS", "FRA", by="year")
    assert in_python.num_rows == 0
    assert in_python.equals(in_duckdb, check_metadata=True)


def test_dyad_reads_the_pair_rows_once_through_the_callers_memo(synthetic_db, monkeypatch):  # noqa: F811
    monkeypatch.setattr(queries, "DYAD_COUNTED_IN_PYTHON", 10_000)
    kept: dict = {}
    computed = []

    def remember(key, compute):
        if key not in kept:
            computed.append(key)
            kept[key] = compute()
        return kept[key]

    with open_store(synthetic_db, read_only=True) as con:
        for since, until in _bounds(con):
            remembered = dyad(con, "RUS", "PRK", by="month", since=since, until=until, remember=remember)
            assert remembered.to_pylist() == dyad(con, "RUS", "PRK", by="month", since=since, until=until).to_pylist()
    assert computed == [("dyad events", "RUS", "PRK")]


@pytest.mark.parametrize("value", [0.0005, -0.0005, 2.0005, 1.0015, -1.0015, 2.4445, 0.1 + 0.2, -6.6666666,
                                   1e-9, 123456.78949999, 8.5, -0.0])
def test_sql_round_rounds_as_duckdb(value):
    [(expected,)] = duckdb.execute("SELECT round($v::DOUBLE, 3)", {"v": value}).fetchall()
    assert sql_round(value, 3) == expected
