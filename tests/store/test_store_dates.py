"""Undated articles: stored all the same and named; dated later in place by
`--published`, with no second copy, while a date the article states still wins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest
from click.testing import CliRunner
from store_helpers import annotated, article, counts, event, store

from dyadwatch.cli import cli as app
from dyadwatch.run import ingest

LEDE = ("Russian border guards detained two North Korean fishermen on Sunday after their boat drifted "
        "into Russian waters, the regional security service said.")
FOLLOW = "North Korea's foreign ministry condemned Russia on Monday and demanded the men's release."


def detention(published: str | None):
    doc = article("khasan", title="Russia detains fishermen", published=published)
    return annotated(doc, event(doc, 0, "COERCE", ["RUS"], ["PRK"], mode="seize"))


def stored(db) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT a.id, a.published, e.date FROM articles a JOIN events e ON e.article_id = a.id").fetchall()


def test_an_undated_article_is_stored_and_named(tmp_path):
    summary = store(tmp_path / "a.duckdb", detention(None))
    assert (summary.new, summary.undated) == (1, ["khasan.txt"])
    assert stored(tmp_path / "a.duckdb") == [("khasan", None, None)]


def test_a_date_given_later_redates_the_article_and_its_events_in_place(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, detention(None))
    summary = store(db, detention("2025-04-20"))
    assert (summary.redated, summary.new, summary.unchanged, summary.undated) == (1, 0, 0, [])
    assert stored(db) == [("khasan", dt.date(2025, 4, 20), dt.date(2025, 4, 20))]
    assert counts(db)["articles"] == 1 and counts(db)["events"] == 1


def test_a_dated_article_is_not_redated(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, detention("2025-04-20"))
    summary = store(db, detention("2025-05-01"))
    assert (summary.unchanged, summary.redated) == (1, 0)
    assert stored(db) == [("khasan", dt.date(2025, 4, 20), dt.date(2025, 4, 20))]


def test_an_undated_article_stored_again_without_a_date_is_unchanged(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, detention(None))
    assert dataclasses.astuple(store(db, detention(None)))[:4] == (0, 0, 1, 0)  # new, duplicate, unchanged, updated


@pytest.mark.model
def test_ingest_names_undated_articles_and_redates_them_with_published(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "khasan.txt").write_text(f"KHASAN, Russia (Test Wire) -- {LEDE}\n\n{FOLLOW}\n")
    (folder / "stated.txt").write_text(f"KHASAN, Russia, April 20, 2025 (Test Wire) -- {LEDE}\n\n{FOLLOW}\n")
    db = tmp_path / "x.duckdb"
    first = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "-q"])
    assert first.exit_code == 0
    assert "1 article has no date: its events are undated" in first.output
    assert "no date: " + str(folder / "khasan.txt") in first.output
    events_before = counts(db)["events"]
    again = ingest([str(folder)], db=db, published=dt.date(2025, 4, 21))
    assert (again.redated, again.unchanged, again.new, again.undated) == (1, 1, 0, [])
    with duckdb.connect(str(db), read_only=True) as con:
        dates = dict(con.execute("SELECT source, published FROM articles").fetchall())
        undated_events = con.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()[0]
    assert dates == {str(folder / "khasan.txt"): dt.date(2025, 4, 21), str(folder / "stated.txt"): dt.date(2025, 4, 20)}
    assert counts(db)["articles"] == 2 and counts(db)["events"] == events_before and undated_events == 0
