"""Stored sanctions flags (`dyadwatch sanctions --db`): one row per real-world event and
rule, with its reports, denied and hypothetical reports marked, unknown regimes refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from store_helpers import annotated, article, event, store

from dyadwatch.cli import cli
from dyadwatch.errors import ConfigError
from dyadwatch.records import Flag
from dyadwatch.store.flags import FlagFilters, ShippedRegimes, event_flags, stored_flags
from dyadwatch.store.queries import find_events
from dyadwatch.store.schema import open_store

COAL = "un-dprk/export.coal-iron"
ARMS = "un-dprk/export.arms"
SHIPPED = ShippedRegimes(ids=frozenset({"un-dprk", "us-ofac-dprk"}),
                         legal_sources={COAL: "UN Security Council resolution 2371 (2017)"})


def flagged(doc, *events_and_rules):
    """An annotated article whose events each carry the flag of their rule."""
    events = tuple(e for e, _ in events_and_rules)
    flags = tuple(Flag(rule, rule.split("/")[0], e.id, (rule.split(".")[-1],), f"Banned by {rule}.")
                  for e, rule in events_and_rules)
    return dataclasses.replace(annotated(doc, *events), flags=flags)


def doc(article_id, published):
    return article(article_id, [f"Report {article_id}."], title=f"Title {article_id}", published=published)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("flags") / "f.duckdb"
    a1, a2, a3, a4 = doc("a1", "2024-01-05"), doc("a2", "2024-01-05"), doc("a3", "2024-03-01"), doc("a4", "2024-04-01")
    coal = "North Korea sold coal to China."
    store(
        path,
        flagged(a1, (event(a1, 0, "COOPERATE", ["PRK"], ["CHN"], text=coal), COAL)),
        flagged(a2, (event(a2, 0, "COOPERATE", ["PRK"], ["CHN"], text="Pyongyang shipped coal to China."), COAL)),
        flagged(a3, (event(a3, 0, "AID", ["PRK"], ["RUS"], hypothetical=True, text="North Korea may send shells."),
                     ARMS)),
        flagged(a4, (event(a4, 0, "AID", ["PRK"], ["RUS"], negated=True, text="Pyongyang denied sending arms."),
                     ARMS)),
    )
    return path


@pytest.fixture(scope="module")
def db(db_path):
    with open_store(db_path, read_only=True) as con:
        yield con


def test_one_row_per_real_world_event_with_its_number_of_reports(db):
    rows = stored_flags(db, FlagFilters(rule=COAL), shipped=SHIPPED).to_pylist()
    assert len(rows) == 1
    assert (rows[0]["reports"], rows[0]["article_ids"], rows[0]["status"]) == (2, ["a1", "a2"], "reported")
    assert rows[0]["text"] == "North Korea sold coal to China."


def test_hypothetical_and_denied_flags_are_marked(db):
    rows = stored_flags(db, FlagFilters(rule=ARMS), shipped=SHIPPED).to_pylist()
    assert [(r["date"].isoformat(), r["status"]) for r in rows] == [("2024-03-01", "hypothetical"),
                                                                     ("2024-04-01", "denied")]


def test_each_row_has_the_event_score_and_the_legal_source(db):
    [row] = stored_flags(db, FlagFilters(rule=COAL), shipped=SHIPPED).to_pylist()
    assert row["score"] is not None
    assert row["legal_source"] and "2371" in row["legal_source"]


def test_an_unknown_regime_is_refused_with_the_known_ones(db):
    with pytest.raises(ConfigError, match=r"unknown regime 'nope'; known regimes: .*un-dprk"):
        stored_flags(db, FlagFilters(regime="nope"), shipped=SHIPPED)


@pytest.mark.parametrize(("filters", "rules"), [
    (FlagFilters(regime="un-dprk"), [COAL, ARMS, ARMS]),
    (FlagFilters(actor="CHN"), [COAL]),
    (FlagFilters(actor="PRK", partner="RUS"), [ARMS, ARMS]),
    (FlagFilters(actor="CHN", partner="RUS"), []),
    (FlagFilters(since=dt.date(2024, 3, 1)), [ARMS, ARMS]),
    (FlagFilters(until=dt.date(2024, 3, 1)), [COAL, ARMS]),
])
def test_filters(db, filters, rules):
    assert stored_flags(db, filters, shipped=SHIPPED)["rule"].to_pylist() == rules


def test_event_flags_gives_the_rules_of_each_real_world_event(db):
    ids = find_events(db, actor="PRK", recipient="CHN")["event_id"].to_pylist()
    assert event_flags(db, ids) == {ids[0]: [COAL]}


# --- the command ------------------------------------------------------------------------


def sanctions(*args):
    return CliRunner().invoke(cli, ["sanctions", *args])


def test_sanctions_db_lists_stored_flags_as_json_lines(db_path):
    result = sanctions("--db", str(db_path), "--actor", "North Korea")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["rule"], r["reports"], r["status"]) for r in records] == [(COAL, 2, "reported"),
                                                                       (ARMS, 1, "hypothetical"),
                                                                       (ARMS, 1, "denied")]


def test_sanctions_db_filters_by_rule_and_dates(db_path):
    result = sanctions("--db", str(db_path), "--rule", ARMS, "--until", "2024-03-31")
    assert [json.loads(line)["status"] for line in result.output.splitlines()] == ["hypothetical"]


def test_sanctions_unknown_regime_exits_2_naming_the_known_ones(db_path):
    run = subprocess.run([sys.executable, "-m", "dyadwatch", "sanctions", "--db", str(db_path), "--regime", "nope"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "known regimes: " in run.stderr and "un-dprk" in run.stderr
    assert run.stdout == ""


def test_sanctions_needs_paths_or_a_database():
    result = sanctions()
    assert result.exit_code == 2 and "--db FILE" in result.output


def test_sanctions_paths_refuse_an_unknown_regime(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nNothing happened.\n")
    result = sanctions(str(path), "--regime", "nope")
    assert isinstance(result.exception, ConfigError) and "un-dprk" in str(result.exception)


def test_sanctions_paths_are_read_even_with_dyadwatch_db_set(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_DB", str(db_path))
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nNothing happened.\n")
    assert sanctions(str(path)).exit_code == 0
    stored = sanctions()  # no PATH: the store DYADWATCH_DB names
    assert stored.exit_code == 0 and len(stored.output.splitlines()) == 3


def test_a_pairs_flags_are_kept_before_the_lists_limit(db):
    # the actor's first flag in date order is with another party: the pair's must still come
    assert stored_flags(db, FlagFilters(actor="PRK"), shipped=SHIPPED, limit=1)["rule"].to_pylist() == [COAL]
    assert stored_flags(db, FlagFilters(actor="PRK", partner="RUS"), shipped=SHIPPED, limit=1)["rule"].to_pylist() == [ARMS]
