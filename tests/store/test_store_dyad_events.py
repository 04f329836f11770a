"""The dyad's precomputed events (`dyad_events`): kept by ingest's own incremental
function through new reports, re-clustering, replaced and re-dated articles, equal to a
full recomputation, and the `dyad` answers read from them equal a plain recount of
the stored reports."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter, defaultdict

import duckdb
import numpy as np
import pytest
from store_helpers import annotated, article, event, store

from dyadwatch.plover.ontology import load_ontology
from dyadwatch.store import schema
from dyadwatch.store.dyad_events import every_cluster, sort_dyad_events, update_dyad_events
from dyadwatch.store.queries import BETWEEN, PERIODS, UNDATED, dyad, top_actors
from dyadwatch.store.schema import open_store

CODES = ("RUS", "PRK", "USA", "CHN")
TYPES = ("CONSULT", "AID", "REJECT", "ACCUSE", "THREATEN")
WORDS = ("summit talks envoy border shells grain ports drills missile treaty sanctions ferry visit pledge "
         "convoy loan ballot harbour protest delegation rail pipeline satellite coal").split()
FIRST_DAY = dt.date(2023, 1, 1)


# --- a synthetic store, written as ingest writes ------------------------------------------


def _day(rng: np.random.Generator, spread: int = 40) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=int(rng.integers(0, spread)))


def _parties(rng: np.random.Generator) -> tuple[list[str], list[str]]:
    actors = list(rng.choice(CODES, size=int(rng.integers(1, 3)), replace=False))
    recipients = list(rng.choice(CODES, size=int(rng.choice([0, 1, 1, 2])), replace=False))
    return actors, recipients


def _specs(rng: np.random.Generator, count: int) -> list[tuple]:
    """What events say: type, actors, recipients, negated, hypothetical; of few types
    and parties, so that reports of several articles fall into shared clusters."""
    return [(str(rng.choice(TYPES)), *_parties(rng), bool(rng.random() < 0.1), bool(rng.random() < 0.05))
            for _ in range(count)]


def _events(rng: np.random.Generator, doc, specs: list[tuple]) -> list:
    """The events of `doc`, dated by its publication, or in the text to the day or the
    month."""
    made = []
    for n, (kind, actors, recipients, negated, hypothetical) in enumerate(specs):
        dating: dict = {}
        roll = rng.random()
        if roll < 0.25 and doc.published:
            dating = {"date": (doc.published - dt.timedelta(days=int(rng.integers(0, 4)))).isoformat()}
        elif roll < 0.35:
            dating = {"date": _day(rng).replace(day=1).isoformat(), "precision": "month"}
        made.append(event(doc, n, kind, actors, recipients, negated=negated, hypothetical=hypothetical,
                          text=f"{kind} report {n} of {doc.id}.", **dating))
    return made


def _articles(rng: np.random.Generator, prefix: str, count: int, *, undated: float = 0.1) -> list:
    """Articles with their events; about one in six a wire copy of an earlier story,
    telling its events again, a few days later or undated."""
    items, stories = [], []
    for i in range(count):
        if stories and rng.random() < 0.17:
            body, specs, day = stories[int(rng.integers(0, len(stories)))]
            day = day and day + dt.timedelta(days=int(rng.integers(0, 3)))
        else:
            body = " ".join(rng.choice(WORDS, size=30)) + f" ({prefix}{i})."
            specs, day = _specs(rng, int(rng.integers(1, 5))), _day(rng)
            stories.append((body, specs, day))
        published = None if rng.random() < undated else day
        doc = article(f"{prefix}{i}", [body], title=f"Story {prefix}{i}",
                      published=published and published.isoformat())
        items.append(annotated(doc, *_events(rng, doc, specs)))
    return items


def _redated(rng: np.random.Generator, item):
    """The same undated article, now given a date (its events dated by it)."""
    doc = article(item.article.id, [p.text for p in item.article.body()], title=item.article.title,
                  published=_day(rng).isoformat())
    return annotated(doc, *_events(rng, doc, _specs(rng, len(item.events) or 1)))


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    """Ingested in small batches over several runs: new reports joining stored
    clusters, undated articles re-dated, articles replaced by a newer extractor."""
    rng = np.random.default_rng(20)
    path = tmp_path_factory.mktemp("dyad_events") / "s.duckdb"
    first, second = _articles(rng, "a", 60), _articles(rng, "b", 60, undated=0.2)
    store(path, *first, batch_size=4)
    store(path, *second, batch_size=7)
    undated = [item for item in first + second if item.article.published is None]
    assert undated
    store(path, *(_redated(rng, item) for item in undated[: len(undated) // 2 + 1]), batch_size=3)
    replaced = [annotated(item.article, *_events(rng, item.article, _specs(rng, 2))) for item in first[:15]]
    store(path, *replaced, extractor="test-extractor v2", batch_size=5)
    return path


# --- the table against a full recomputation ---------------------------------------------


def _rows(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * EXCLUDE (sorted) REPLACE (round(score, 9) AS score) FROM dyad_events "
                       "ORDER BY ALL").fetchall()


def _recomputed(path, tmp_path) -> list[tuple]:
    """The table made again from nothing, from every stored cluster, on a copy."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(path, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute("DELETE FROM dyad_events")
        update_dyad_events(con, every_cluster(con))
        return _rows(con)


def test_dyad_events_after_ingests_reclustering_redating_and_replacing_equal_a_full_recomputation(
        synthetic_db, tmp_path):
    with duckdb.connect(str(synthetic_db), read_only=True) as con:
        kept = _rows(con)
        [have] = con.execute(
            "SELECT (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
            "(SELECT count(*) FROM articles WHERE extractor = 'test-extractor v2'), "
            "(SELECT count(*) FROM dyad_events WHERE kind = 'joint'), "
            "(SELECT count(*) FROM dyad_events WHERE date IS NULL), "
            "(SELECT count(*) FROM dyad_events WHERE partly_undated), "
            "(SELECT count(*) FROM dyad_events WHERE reports > 1)").fetchall()
    assert all(have), have  # copies, replaced articles, joint, undated, partly undated, multi-report events
    assert kept == _recomputed(synthetic_db, tmp_path)


def test_update_dyad_events_drops_a_cluster_that_lost_its_reports(synthetic_db, tmp_path):
    copy = tmp_path / "gone.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        [(cluster,)] = con.execute("SELECT cluster FROM dyad_events ORDER BY cluster LIMIT 1").fetchall()
        con.execute("DELETE FROM events WHERE cluster = ?", [cluster])
        update_dyad_events(con, np.array([cluster], dtype=np.uint64))
        assert con.execute("SELECT count(*) FROM dyad_events WHERE cluster = ?", [cluster]).fetchone() == (0,)


def test_sorting_dyad_events_keeps_the_rows_and_puts_them_in_pair_order(synthetic_db, tmp_path):
    copy = tmp_path / "sorted.duckdb"
    shutil.copy(synthetic_db, copy)
    with duckdb.connect(str(copy)) as con:
        before = _rows(con)
        sort_dyad_events(con)
        pairs = [pair for (pair,) in con.execute("SELECT pair FROM dyad_events").fetchall()]
        assert _rows(con) == before and pairs == sorted(pairs)
        assert con.execute("SELECT bool_and(sorted) FROM dyad_events").fetchone() == (True,)


def test_migration_fills_dyad_events_of_a_database_made_before_them(synthetic_db, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(synthetic_db, old)
    with duckdb.connect(str(old)) as con:
        expected = _rows(con)
        con.execute("DROP TABLE dyad_events")
        con.execute("DROP TABLE party_events")
        con.execute("DROP TABLE party_counts")
        con.execute("DROP TABLE report_tokens")
        con.execute("DELETE FROM _migrations WHERE name >= '0004_dyad_events'")
    assert schema.pending_migrations(old) == ["0004_dyad_events", "0005_party_events", "0006_party_report_keys",
                                              "0007_report_tokens"]
    with open_store(old, read_only=True) as con:
        assert _rows(con) == expected


# --- dyad answers against a plain recount of the reports -----------------------------------


def _reports(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The factual reports (neither negated nor hypothetical), as stored."""
    sql = ("SELECT seq, article_seq, article_id, event, quad_code, score, date, text, actor_codes, recipient_codes, "
           "cluster FROM events WHERE NOT negated AND NOT hypothetical")
    return con.sql(sql).to_arrow_table().to_pylist()


def _series(report: dict, a: str, b: str) -> list[str]:
    actors, recipients = set(report["actor_codes"]), set(report["recipient_codes"])
    ways = [f"{x}->{y}" for x, y in ((a, b), (b, a)) if x in actors and y in recipients]
    together = [f"{a}+{b}"] if {a, b} <= actors and not {a, b} & recipients else []
    return ways + ([BETWEEN] if ways else []) + together


def _mean(values: list) -> float | None:
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else None


def _recount(con, a: str, b: str, *, by: str, since=None, until=None, evidence: int = 3) -> list[dict]:
    """The dyad as its docstring says, counted here in Python from the factual reports."""
    clusters: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for report in _reports(con):
        if (since or until) and (report["date"] is None or (since and report["date"] < since)
                                 or (until and report["date"] > until)):
            continue
        for series in _series(report, a, b):
            clusters[(series, report["cluster"])].append(report)
    periods: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for (series, _), reports in clusters.items():
        dates = [r["date"] for r in reports if r["date"] is not None]
        first = min(reports, key=lambda r: r["seq"])
        period = min(dates).strftime(PERIODS[by]) if dates else UNDATED
        periods[(period, series)].append({
            "event": first["event"], "quad_code": first["quad_code"], "score": _mean([r["score"] for r in reports]),
            "reports": len({r["article_seq"] for r in reports}), "seq": first["seq"], "text": first["text"],
            "date": first["date"], "article_id": first["article_id"]})
    order = [f"{a}->{b}", f"{b}->{a}", BETWEEN, f"{a}+{b}"]
    return [_period_row(period, series, events, joint=series == order[3], evidence=evidence)
            for (period, series), events in sorted(periods.items(), key=lambda item: (
                item[0][0] == UNDATED, item[0][0], order.index(item[0][1])))]


def _period_row(period: str, series: str, events: list[dict], *, joint: bool, evidence: int) -> dict:
    scores = [e["score"] for e in events if e["score"] is not None]
    row = {"period": period, "direction": series, "events": len(events), "reports": sum(e["reports"] for e in events),
           "score_mean": None if joint or not scores else sum(scores) / len(scores),
           "score_sum": None if joint or not scores else sum(scores)}
    for name, code in load_ontology().quad_classes.items():
        row[name] = sum(e["quad_code"] == code for e in events)
    row["types"] = dict(Counter(e["event"] for e in events))
    ranked = sorted(events, key=lambda e: (-e["reports"], e["score"] is None, -abs(e["score"] or 0), e["seq"]))
    row["evidence"] = [{"sentence": e["text"], "event": e["event"], "score": e["score"], "reports": e["reports"],
                        "date": e["date"], "article_id": e["article_id"]} for e in ranked[:evidence]]
    return row


def _plain(table) -> list[dict]:
    return [dict(row, types=dict(row["types"])) for row in table.to_pylist()]


def _comparable(rows: list[dict]) -> list[dict]:
    """Rows with SQL's rounding to three places left to `approx`, the types as a dict."""
    result = []
    for row in rows:
        row = dict(row)
        for name in ("score_mean", "score_sum"):
            row[name] = pytest.approx(row[name], abs=1e-3) if row[name] is not None else None
        row["evidence"] = [dict(e, score=pytest.approx(e["score"], abs=1e-3) if e["score"] is not None else None)
                           for e in row["evidence"]]
        result.append(row)
    return result


def _straddled_day(con) -> dt.date:
    """A day that some stored event of RUS and PRK has reports on both sides of."""
    [(day,)] = con.execute("SELECT max(last_date) FROM dyad_events WHERE pair = 'PRK|RUS' AND date < last_date "
                           "AND NOT partly_undated").fetchall()
    assert day is not None
    return day


@pytest.mark.parametrize("a, b", [("RUS", "PRK"), ("USA", "CHN"), ("PRK", "USA")])
@pytest.mark.parametrize("by", list(PERIODS))
def test_dyad_equals_a_recount_of_the_stored_reports(synthetic_db, a, b, by):
    with open_store(synthetic_db, read_only=True) as con:
        assert _plain(dyad(con, a, b, by=by)) == _comparable(_recount(con, a, b, by=by))


@pytest.mark.parametrize("bounds", ["since", "until", "both"])
def test_dyad_within_bounds_counts_the_reports_inside_them(synthetic_db, bounds):
    with open_store(synthetic_db, read_only=True) as con:
        cut = _straddled_day(con)
        since = cut if bounds in ("since", "both") else None
        until = cut - dt.timedelta(days=1) if bounds == "until" else (cut + dt.timedelta(days=20) if since else None)
        for by in ("day", "month"):
            found = _plain(dyad(con, "RUS", "PRK", by=by, since=since, until=until, evidence=5))
            assert found == _comparable(_recount(con, "RUS", "PRK", by=by, since=since, until=until, evidence=5))


def test_top_actors_partners_equal_a_recount_of_the_real_world_events_between_them(synthetic_db):
    with open_store(synthetic_db, read_only=True) as con:
        pairs = Counter()
        for cluster in _clusters(con).values():
            pairs.update((a, b) for a in cluster["actor_codes"] for b in cluster["recipient_codes"] if a != b)
        found = {row["code"]: row["partners"] for row in top_actors(con, top=len(CODES)).to_pylist()}
    per_code: dict[str, Counter] = defaultdict(Counter)
    for (a, b), n in pairs.items():
        per_code[a][b] += n
        per_code[b][a] += n
    expected = {code: [f"{p} ({n})" for p, n in sorted(partners.items(), key=lambda item: (-item[1], item[0]))[:3]]
                for code, partners in per_code.items()}
    assert found == expected


def _clusters(con) -> dict[int, dict]:
    """The factual real-world events, by cluster: one report each (they share their parties)."""
    return {report["cluster"]: report for report in _reports(con)}
