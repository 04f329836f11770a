"""The schema: named, ordered migrations recorded in the database."""

from __future__ import annotations

import duckdb
import pytest

from dyadwatch.store import schema
from dyadwatch.store.schema import MIGRATIONS, Migration, StoreError, applied_migrations, connect, open_store

TABLES = {"articles", "paragraphs", "signatures", "mentions", "actors", "times", "quotes", "events", "dyads", "flags",
          "dyad_events"}


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def test_connect_creates_every_table_and_records_the_migrations_in_order(tmp_path):
    with open_store(tmp_path / "a.duckdb") as con:
        assert TABLES <= table_names(con)
        rows = con.execute("SELECT seq, name FROM _migrations ORDER BY seq").fetchall()
    assert rows == [(n, m.name) for n, m in enumerate(MIGRATIONS, start=1)]


def test_connect_again_applies_nothing(tmp_path):
    path = tmp_path / "a.duckdb"
    connect(path).close()
    with open_store(path) as con:
        assert schema.migrate(con) == []
        assert len(applied_migrations(con)) == len(MIGRATIONS)


def test_connect_upgrades_a_database_made_by_an_older_release(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS[:1])
    connect(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", MIGRATIONS)
    with open_store(path, read_only=True) as con:
        assert applied_migrations(con) == [m.name for m in MIGRATIONS]
        assert TABLES <= table_names(con)


def test_a_failing_migration_leaves_the_database_at_the_one_before(tmp_path, monkeypatch):
    path = tmp_path / "a.duckdb"
    broken = (*MIGRATIONS, Migration("9999_broken", "CREATE TABLE half (x INTEGER); SELECT no_such_column FROM half"))
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(duckdb.Error):
        connect(path)
    with duckdb.connect(str(path)) as con:
        assert applied_migrations(con) == [m.name for m in MIGRATIONS]
        assert "half" not in table_names(con)


def test_connect_refuses_a_database_with_migrations_it_does_not_know(tmp_path):
    path = tmp_path / "a.duckdb"
    connect(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO _migrations VALUES (99, '0099_from_the_future', now())")
    with pytest.raises(StoreError, match="another version"):
        connect(path)


def test_read_only_open_of_a_missing_database_says_to_ingest_first(tmp_path):
    with pytest.raises(StoreError, match="dyadwatch ingest"):
        connect(tmp_path / "missing.duckdb", read_only=True)
