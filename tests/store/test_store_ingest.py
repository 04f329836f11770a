"""Storing articles: idempotent, replaced per article by a new extractor, copies linked,
and all of a batch or nothing of it."""

from __future__ import annotations

import duckdb
import pytest
from store_helpers import OTHER_STORY, STORY, annotated, article, contents, counts, event, real_world_events, store

from dyadwatch.store import real_events, ingest
from dyadwatch.store.schema import StoreError


def summit(article_id: str = "a", **fields) -> tuple:
    doc = article(article_id, **fields)
    return doc, annotated(
        doc,
        event(doc, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit"),
        event(doc, 1, "AID", ["RUS"], ["PRK"]),
    )


def sanctions(article_id: str = "s") -> tuple:
    doc = article(article_id, [OTHER_STORY], title="UN bans coal", published="2017-08-05")
    return doc, annotated(doc, event(doc, 0, "COERCE", ["UNO"], ["PRK"], mode="restrict"))


def test_store_twice_changes_nothing(tmp_path):
    db = tmp_path / "a.duckdb"
    items = [summit()[1], sanctions()[1]]
    first = store(db, *items)
    before = contents(db)
    second = store(db, *items)
    assert (first.new, first.events) == (2, 3)
    assert (second.new, second.unchanged, second.events) == (0, 2, 0)
    assert contents(db) == before


def test_store_the_same_article_twice_in_one_run_stores_it_once(tmp_path):
    db = tmp_path / "a.duckdb"
    summary = store(db, summit()[1], summit()[1])
    assert (summary.new, summary.unchanged) == (1, 1) and counts(db)["events"] == 2


def test_store_with_a_new_extractor_replaces_that_articles_rows_only(tmp_path):
    db = tmp_path / "a.duckdb"
    doc, old = summit()
    store(db, old, sanctions()[1])
    newer = annotated(doc, event(doc, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit"))
    with duckdb.connect(str(db)) as con:
        untouched = con.execute("SELECT * FROM events WHERE article_id = 's'").fetchall()
    summary = store(db, newer, extractor="test-extractor v2")
    with duckdb.connect(str(db)) as con:
        rows = con.execute("SELECT article_id, event FROM events ORDER BY ALL").fetchall()
        extractors = con.execute("SELECT id, extractor FROM articles ORDER BY id").fetchall()
        assert con.execute("SELECT * FROM events WHERE article_id = 's'").fetchall() == untouched
    assert (summary.updated, summary.new) == (1, 0)
    assert rows == [("a", "CONSULT"), ("s", "COERCE")]
    assert extractors == [("a", "test-extractor v2"), ("s", "test-extractor v1")]
    assert counts(db)["dyads"] == 2 and counts(db)["articles"] == 2


def test_store_a_copy_links_it_to_the_original_and_adds_no_real_world_events(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, summit("a")[1])
    before = real_world_events(db)
    summary = store(db, summit("b", title="Kim at the spaceport", furniture=["Most read", "Subscribe"])[1])
    with duckdb.connect(str(db)) as con:
        [(duplicate_of, similarity)] = con.execute(
            "SELECT duplicate_of, similarity FROM articles WHERE id = 'b'"
        ).fetchall()
    assert summary.duplicate == 1 and summary.new == 0
    assert (duplicate_of, similarity) == ("a", 1.0)
    assert real_world_events(db) == before and counts(db)["events"] == 4


def test_store_a_copy_published_a_week_later_joins_the_originals_events(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, summit("a")[1])
    store(db, summit("b", title="Republished", published="2023-09-20")[1])
    assert real_world_events(db) == 2


def test_store_the_copy_in_the_same_batch_as_its_original(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, summit("a")[1], summit("b", title="Republished", published="2023-09-20")[1])
    assert real_world_events(db) == 2


def test_store_reports_of_one_event_from_other_stories_share_its_cluster(tmp_path):
    db = tmp_path / "a.duckdb"
    doc = article("c", ["A different account of the summit, told in other words entirely by another outlet."],
                  published="2023-09-14")
    store(db, summit("a")[1], annotated(doc, event(doc, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit")))
    with duckdb.connect(str(db)) as con:
        clusters = con.execute("SELECT count(DISTINCT cluster) FROM events WHERE event = 'CONSULT'").fetchone()
        dyads = con.execute("SELECT count(DISTINCT cluster) FROM dyads WHERE event = 'CONSULT'").fetchone()
    assert clusters == dyads == (1,)


def test_store_failing_in_a_batch_stores_nothing_of_it_and_a_rerun_finishes(tmp_path, monkeypatch):
    db = tmp_path / "a.duckdb"
    store(db, sanctions()[1])
    before = contents(db)

    def fail(*_args, **_kwargs):
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(ingest, "recluster", fail)
    with pytest.raises(StoreError, match="run the same command again"):
        store(db, summit("a")[1], summit("b", title="Copy")[1])
    assert contents(db) == before
    monkeypatch.setattr(ingest, "recluster", real_events.recluster)
    summary = store(db, summit("a")[1], summit("b", title="Copy")[1])
    assert (summary.new, summary.duplicate, summary.unchanged) == (1, 1, 0)


def test_store_interrupted_by_ctrl_c_rolls_the_batch_back(tmp_path, monkeypatch):
    db = tmp_path / "a.duckdb"

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest, "recluster", interrupt)
    with pytest.raises(KeyboardInterrupt):
        store(db, summit("a")[1])
    assert counts(db)["articles"] == 0 and counts(db)["events"] == 0


def test_store_counts_what_it_did_and_what_the_database_holds(tmp_path):
    db = tmp_path / "a.duckdb"
    summary = store(db, summit("a")[1], summit("b", title="Copy")[1], sanctions()[1], batch_size=2)
    record = summary.record()
    assert {k: record[k] for k in ("new", "duplicate", "unchanged", "updated", "failed", "events")} == {
        "new": 2, "duplicate": 1, "unchanged": 0, "updated": 0, "failed": 0, "events": 5}
    assert (record["stored_articles"], record["stored_events"], record["real_world_events"]) == (3, 5, 3)


def test_store_the_same_id_with_another_text_replaces_the_article(tmp_path):
    db = tmp_path / "a.duckdb"
    store(db, summit("a")[1])
    corrected = article("a", [STORY + " Corrected: the talks lasted four hours."])
    summary = store(db, annotated(corrected, event(corrected, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit")))
    with duckdb.connect(str(db)) as con:
        [(text,)] = con.execute("SELECT text FROM articles").fetchall()
    assert summary.updated == 1 and "Corrected" in text and counts(db)["events"] == 1


def test_an_interrupted_write_is_an_interruption_not_a_storage_failure():
    import duckdb
    import pytest

    from dyadwatch.store.ingest import _in_transaction

    con = duckdb.connect(":memory:")

    def interrupted() -> None:
        raise duckdb.InterruptException("INTERRUPT Error: Interrupted!")

    with pytest.raises(KeyboardInterrupt):
        _in_transaction(con, interrupted)
