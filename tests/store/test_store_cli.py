"""The store commands: thin, with the shared output options."""

from __future__ import annotations

import json

import click
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from store_helpers import annotated, article, event, store

from dyadwatch.cli.store import COMMANDS


@click.group()
def app() -> None:
    """A group of only the store commands."""


for command in COMMANDS:
    app.add_command(command)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    a = article("a", ["Putin and Kim met at the spaceport on Wednesday to talk about satellites and arms."])
    store(path, annotated(a, event(a, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit", text="Putin met Kim."),
                          event(a, 1, "AGREE", ["PRK"], ["RUS"], text="Kim accepted an invitation.")))
    return str(path)


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_store_commands_are_ingest_and_the_five_queries():
    assert {command.name for command in COMMANDS} == {"ingest", "events", "dyad", "actors", "actor", "export"}


def test_events_writes_jsonl_when_piped(db):
    result = run("events", "--db", db)
    records = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0 and [r["event"] for r in records] == ["CONSULT", "AGREE"]


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_events_text_formats(db, fmt):
    result = run("events", "--db", db, "--actor", "Moscow", "--format", fmt)
    assert result.exit_code == 0 and "CONSULT" in result.output and "AGREE" not in result.output


def test_events_parquet_to_a_file(db, tmp_path):
    out = tmp_path / "events.parquet"
    result = run("events", "--db", db, "--all-reports", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0 and pq.read_table(out).num_rows == 2


def test_dyad_takes_names(db):
    result = run("dyad", "Russia", "North Korea", "--db", db, "--by", "month", "--format", "json")
    periods = {(r["period"], r["direction"]) for r in json.loads(result.output)}
    assert periods == {("2023-09", "RUS->PRK"), ("2023-09", "PRK->RUS"), ("2023-09", "between")}


def test_actors_and_actor(db):
    top = [json.loads(line) for line in run("actors", "--db", db, "--top", "1").output.splitlines()]
    partners = [json.loads(line) for line in run("actor", "PRK", "--db", db).output.splitlines()]
    assert [r["code"] for r in top] == ["PRK"] or [r["code"] for r in top] == ["RUS"]
    assert partners[0]["partner"] == "RUS" and (partners[0]["acts_on"], partners[0]["acted_on_by"]) == (1, 1)


def test_export_graphml_to_stdout(db):
    result = run("export", "--db", db, "--format", "graphml")
    assert result.exit_code == 0 and result.output.startswith("<?xml") and "graphml" in result.output


def test_query_of_a_missing_database_fails_with_a_message(tmp_path):
    result = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "dyadwatch ingest" in str(result.exception)


@pytest.mark.parametrize("args", [("actor", "Kim Jong Un"), ("events", "--actor", "Kim Jong Un"),
                                  ("dyad", "Vladimir Putin", "Kim Jong Un"), ("events", "--between", "Putin", "Kim Jong Un")])
def test_actor_arguments_take_person_names(db, args):
    result = run(*args, "--db", db, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output), result.output


def test_export_names_the_actors_of_plover_records(db):
    [record, _] = [json.loads(line) for line in run("export", "--db", db, "--format", "plover-jsonl").output.splitlines()]
    assert record["actor"][0]["country_name"] == "Russian Federation"


@pytest.mark.parametrize(("args", "events"), [
    (("--type", "CONSULT", "--type", "AGREE"), ["CONSULT", "AGREE"]),
    (("--type", "consult,agree", "--newest"), ["CONSULT", "AGREE"]),
    (("--quad", "verbal_cooperation", "--source", "A.TXT"), ["CONSULT", "AGREE"]),
    (("--quad", "material_conflict"), []),
])
def test_events_takes_several_types_quad_classes_sources_and_an_order(db, args, events):
    records = [json.loads(line) for line in run("events", "--db", db, *args).output.splitlines()]
    assert sorted(r["event"] for r in records) == sorted(events)


def test_export_takes_the_same_filters_as_events(db, tmp_path):
    out = tmp_path / "x.csv"
    assert run("export", "--db", db, "--format", "csv", "--type", "AGREE", "--actor", "Kim Jong Un",
               "-o", str(out)).exit_code == 0
    assert [line.split(",")[4] for line in out.read_text().splitlines()[1:]] == ["AGREE"]
