"""The store over the example corpus (needs the spaCy model): idempotent ingest, a
republished copy, a newer extractor, and the Russia–North Korea dyad."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil

import click
import pytest
from click.testing import CliRunner
from store_helpers import contents, counts, real_world_events

from dyadwatch.cli.store import COMMANDS
from dyadwatch.engines.local import LocalEngine
from dyadwatch.registry import default_stages
from dyadwatch.run import ingest
from dyadwatch.store.queries import dyad
from dyadwatch.store.schema import open_store

pytestmark = pytest.mark.model

EXAMPLES = "examples/corpus"
TREATY = "examples/corpus/html/harbourledger-2024-06-19-putin-kim-treaty.html"
COOPERATION = ("verbal_cooperation", "material_cooperation")


@click.group()
def app() -> None:
    """The store commands alone."""


for command in COMMANDS:
    app.add_command(command)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    summary = ingest([EXAMPLES], db=path)
    return path, summary


@pytest.fixture
def db_copy(corpus_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db[0], path)
    return path


def republished(html: str) -> str:
    """The treaty story as another site republishes it: its own headline, menus,
    byline, "most read" list and footer, the same body paragraphs, a day later."""
    body = re.search(r'<div class="story-body">(.*?)</div>', html, re.S).group(1)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Moscow and Pyongyang pledge to defend each other | Pacific Times</title>
<meta property="article:published_time" content="2024-06-20T08:00:00+00:00"></head><body>
<header><a href="https://pacifictimes.example/">Pacific Times</a>
<nav><a href="/asia">Asia</a> | <a href="/world">World</a> | <a href="/markets">Markets</a></nav></header>
<main><article><h1>Moscow and Pyongyang pledge to defend each other</h1>
<p class="meta">From wire reports. Updated June 20, 2024</p>{body}</article>
<aside><h3>Most read</h3><ol><li><a href="/a">Typhoon season starts early</a></li>
<li><a href="/b">Markets rally on rate hopes</a></li></ol></aside></main>
<footer><p>Copyright 2024 Pacific Times. Subscribe for more.</p></footer></body></html>"""


def test_ingest_example_corpus_stores_every_article(corpus_db):
    path, summary = corpus_db
    assert (summary.new, summary.failed) == (30, 0) and summary.events > 0
    assert counts(path)["articles"] == 30 and summary.real_world_events == real_world_events(path)


def test_ingest_example_corpus_twice_leaves_identical_counts(corpus_db, db_copy):
    before = contents(db_copy)
    summary = ingest([EXAMPLES], db=db_copy)
    assert (summary.new, summary.unchanged, summary.events) == (0, 30, 0)
    assert contents(db_copy) == before


def test_ingest_with_a_newer_extractor_reprocesses_and_replaces(corpus_db, db_copy):
    before = counts(db_copy)
    newer = tuple(dataclasses.replace(stage, name=stage.name.replace(".v1", ".v2")) for stage in default_stages())
    summary = ingest([EXAMPLES], db=db_copy, engine=LocalEngine(stages=newer))
    assert (summary.updated, summary.new, summary.unchanged) == (30, 0, 0)
    assert counts(db_copy) == before
    with open_store(db_copy, read_only=True) as con:
        assert con.execute("SELECT DISTINCT extractor FROM articles").fetchall() == [
            ("dyadwatch 0.1.0: " + " ".join(stage.name for stage in newer),)]


def test_republished_copy_adds_no_real_world_events_and_all_reports_shows_both(db_copy, tmp_path):
    copy = tmp_path / "pacifictimes-treaty.html"
    copy.write_text(republished(open(TREATY, encoding="utf-8").read()), encoding="utf-8")
    before = real_world_events(db_copy)
    result = CliRunner().invoke(app, ["ingest", str(copy), "--db", str(db_copy)], catch_exceptions=False)
    assert "1 duplicate" in result.output and real_world_events(db_copy) == before
    reports = [json.loads(line) for line in CliRunner().invoke(
        app, ["events", "--db", str(db_copy), "--all-reports", "--since", "2024-06-19", "--until", "2024-06-20"]
    ).output.splitlines()]
    by_event: dict[str, set[str]] = {}
    for report in reports:
        by_event.setdefault(report["event_id"], set()).add(report["source"].rsplit("/", 1)[-1])
    copied = [sources for sources in by_event.values() if "pacifictimes-treaty.html" in sources]
    # each copied report sits with the original's (and, for the signing, with another
    # outlet's report of the same real-world event)
    assert copied and all(len(sources) >= 2 for sources in copied)
    assert all(any("putin-kim" in source for source in sources) for sources in copied)


def test_dyad_rus_prk_shows_the_rapprochement_as_rising_cooperation(corpus_db):
    """The years of the summit (2023) and the treaty (2024) each count more cooperative
    real-world events than any year before, and 2022–2024 outweigh 2017–2021 in
    cooperation and in summed score."""
    with open_store(corpus_db[0], read_only=True) as con:
        rows = [r for r in dyad(con, "RUS", "PRK").to_pylist() if r["direction"] == "between" and r["period"] != "undated"]
    by_year = {int(r["period"]): r for r in rows}
    cooperation = {year: sum(r[c] for c in COOPERATION) for year, r in by_year.items()}
    score = {year: r["score_sum"] for year, r in by_year.items()}
    assert min(cooperation[2023], cooperation[2024]) > max(n for y, n in cooperation.items() if y < 2023)
    assert sum(cooperation[y] for y in (2022, 2023, 2024)) > sum(n for y, n in cooperation.items() if y < 2022)
    assert sum(score[y] for y in (2022, 2023, 2024)) > sum(s for y, s in score.items() if y < 2022)
    assert score[2024] > score[2022] > 0
    assert all(r["evidence"] and r["evidence"][0]["sentence"] for r in rows)


def test_dyad_cli_shows_evidence_sentences_for_names(corpus_db):
    result = CliRunner().invoke(app, ["dyad", "Russia", "Pyongyang", "--db", str(corpus_db[0]), "--format", "json"])
    rows = json.loads(result.output)
    sentences = [e["sentence"] for r in rows for e in r["evidence"]]
    assert result.exit_code == 0 and any("Putin" in s and "Kim" in s for s in sentences)


def test_ingest_cli_reports_failures_and_exits_non_zero(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(open(f"{EXAMPLES}/text/ewire-2024-01-04-russia-fires-north-korean-missiles.txt").read())
    (tmp_path / "in" / "empty.txt").write_text("")
    result = CliRunner().invoke(app, ["ingest", str(good.parent), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "articles: 1 new, 0 unchanged, 0 duplicate, 0 updated, 1 failed" in result.output
    assert "empty.txt" in result.output  # CliRunner mixes stderr in


@pytest.mark.slow
def test_ingest_in_two_processes_stores_what_one_process_stores(corpus_db, tmp_path):
    """`ingest --jobs 2` annotates in worker processes; the database is the same."""
    path = tmp_path / "two.duckdb"
    summary = ingest([EXAMPLES], db=path, engine=LocalEngine(jobs=2))
    assert (summary.new, summary.failed) == (corpus_db[1].new, corpus_db[1].failed)
    assert contents(path) == contents(corpus_db[0])


def test_ingest_cli_quiet_prints_the_summary_and_no_progress(tmp_path):
    db = tmp_path / "quiet.duckdb"
    result = CliRunner().invoke(app, ["ingest", f"{EXAMPLES}/text", "--db", str(db), "--quiet", "--progress"])
    assert result.exit_code == 0, result.output
    assert "ingest:" not in result.output and "articles: 15 new" in result.output
