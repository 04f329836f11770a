"""Tables for a person at a terminal: as wide as the terminal, parties as read, quad
classes by name, sentences wrapped whole; an empty result says so under its header."""

from __future__ import annotations

import dataclasses
import io

import pytest
from click.testing import CliRunner
from store_helpers import annotated, article, event, store

from dyadwatch.cli import cli
from dyadwatch.records import Actor
from dyadwatch.store.queries import dyad, find_events
from dyadwatch.store.schema import open_store
from dyadwatch.store.table_view import render_table

LONG = ("Russian Foreign Minister Sergei Lavrov told reporters in Pyongyang on Thursday that Moscow would "
        "deepen military cooperation with North Korea in every field, from satellites to artillery shells, "
        "whatever the Western capitals said about the sanctions they had voted for at the Security Council.")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("table") / "t.duckdb"
    doc = article("a", [LONG], published="2024-06-20")
    visit = event(doc, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit", text=LONG)
    lavrov = Actor("RUS", sectors=("GOV",), name="Sergei Lavrov", person="Sergei Lavrov")
    visit = dataclasses.replace(visit, actor=(lavrov,))
    store(path, annotated(doc, visit, event(doc, 1, "AGREE", ["PRK", "RUS"], text="The two agreed.")))
    return path


@pytest.fixture(scope="module")
def db(db_path):
    with open_store(db_path, read_only=True) as con:
        yield con


def rendered(table, *, view: str, width: int) -> str:
    out = io.StringIO()
    render_table(table, stream=out, view=view, width=width)
    return out.getvalue()


@pytest.mark.parametrize("width", [100, 160])
@pytest.mark.parametrize("view", ["events", "reports"])
def test_event_tables_fit_the_width_and_wrap_the_sentence_whole(db, width, view):
    table = find_events(db, type="CONSULT", all_reports=view == "reports")
    text = rendered(table, view=view, width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    words = " ".join(text.split())
    for word in LONG.split():
        assert word in words  # every word is there: wrapped, not cut
    assert "…" not in text


@pytest.mark.parametrize("width", [100, 160])
def test_event_table_shows_parties_as_read_and_the_quad_class_by_name(db, width):
    text = rendered(find_events(db, type="CONSULT"), view="events", width=width)
    assert "RUS/GOV Sergei Lavrov" in " ".join(text.split())
    assert "verbal cooperation" in text and "CONSULT (visit)" in text


@pytest.mark.parametrize("width", [100, 160])
def test_dyad_table_fits_and_shows_the_together_series_unscored(db, width):
    text = rendered(dyad(db, "RUS", "PRK"), view="dyad", width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    assert "between" in text and "RUS+PRK" in text and "together: not scored" in text


def test_an_empty_result_prints_its_header_and_no_events(db):
    text = rendered(find_events(db, type="ASSAULT"), view="events", width=100)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0].split()[:2] == ["event", "actor"] and lines[-1] == "no events"


def test_events_command_table_on_an_empty_result(db_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    result = CliRunner().invoke(cli, ["events", "--db", str(db_path), "--type", "ASSAULT", "--format", "table"])
    assert result.exit_code == 0 and result.output.rstrip().endswith("no events") and "sentence" in result.output


def test_events_command_table_takes_the_terminal_width(db_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    result = CliRunner().invoke(cli, ["events", "--db", str(db_path), "--format", "table"])
    widths = [len(line) for line in result.output.splitlines()]
    assert max(widths) == 160
