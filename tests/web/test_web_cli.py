"""`dyadwatch serve`: the app over a database, on loopback unless told otherwise."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi import FastAPI

from dyadwatch.cli import cli
from dyadwatch.store.schema import StoreError, open_store
from dyadwatch.web import server


@pytest.fixture
def served(monkeypatch) -> dict:
    """What `serve` hands to uvicorn, instead of serving."""
    calls: dict = {}
    monkeypatch.setattr(server.uvicorn, "run", lambda app, **options: calls.update(app=app, **options))
    return calls


@pytest.fixture
def empty_db(tmp_path):
    path = tmp_path / "empty.duckdb"
    with open_store(path):
        pass
    return path


def test_serve_binds_to_loopback_port_8000_by_default(served, empty_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(empty_db)])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert isinstance(served["app"], FastAPI)
    assert "read-only at http://127.0.0.1:8000/" in result.output


def test_serve_takes_host_and_port_and_warns_off_loopback(served, empty_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(empty_db), "--host", "0.0.0.0", "--port", "8123"])
    assert (served["host"], served["port"]) == ("0.0.0.0", 8123)
    assert "may be reachable from other machines" in result.output


def test_serve_reads_the_database_named_by_dyadwatch_db(served, empty_db, monkeypatch):
    monkeypatch.setenv("DYADWATCH_DB", str(empty_db))
    assert CliRunner().invoke(cli, ["serve"]).exit_code == 0
    assert served["app"].state.db == empty_db


def test_serve_refuses_a_missing_database_before_listening(served, tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert isinstance(result.exception, StoreError)
    assert "dyadwatch ingest" in str(result.exception)
    assert served == {} and "serving" not in result.output


def test_serve_refuses_a_port_out_of_range(served, empty_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(empty_db), "--port", "70000"])
    assert result.exit_code == 2 and served == {}


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.5", False),
    ("example.org", False),
])
def test_is_loopback_knows_which_addresses_stay_on_this_machine(host, loopback):
    assert server.is_loopback(host) is loopback
