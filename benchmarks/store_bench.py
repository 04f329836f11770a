"""Store benchmark: load N synthetic event reports (default 10 million) into a fresh
database and time the `dyad` and `events` queries. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/store_bench.py [--events N] [--db PATH] [--seed S] [--reuse]

The synthetic data: real-world events with a Zipf-distributed actor and recipient
(a quarter without recipient, a tenth with two joint actors), a uniform PLOVER type,
dates over 2015–2024 (mostly publication-dated, some to the day or month), each
reported by 1 + Poisson(1.5) articles a few days apart, 2% negated. Reports are stored
in random order, as incremental ingest stores them, and clustered by the store's own
`assign_clusters`; the dyad's and the events query's precomputed events and the text
search's word index are then filled by ingest's own `update_dyad_events`,
`update_party_events` and `update_report_tokens`, given every cluster. The paragraph,
mention and actor tables are left empty: no query timed here reads them. `--reuse`
times the queries on the database an earlier run left at `--db` (upgraded first if an
older dyadwatch made it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from dyadwatch.plover.ontology import load_ontology
from dyadwatch.store.dyad_events import every_cluster, update_dyad_events
from dyadwatch.store.party_events import update_party_events
from dyadwatch.store.real_events import assign_clusters, first_reports
from dyadwatch.store.queries import dyad, find_events, top_actors
from dyadwatch.store.report_tokens import update_report_tokens
from dyadwatch.store.rows import SCHEMAS
from dyadwatch.store.schema import connect, open_store

# The most reported actors first; the rest of the codes follow in alphabetical order.
FRONT = ("USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PRK", "KOR", "JPN", "UNO",
         "EUR", "SYR", "PSE", "PAK", "AFG")
REPORTS_PER_ARTICLE = 6
FIRST_DAY = np.datetime64("2015-01-01")
DAYS = 3652


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000_000, help="event reports to load")
    parser.add_argument("--db", type=Path, default=Path("/tmp/dyadwatch-bench.duckdb"))
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--reuse", action="store_true", help="time the queries on the database already at --db")
    args = parser.parse_args()
    if args.reuse and args.db.exists():
        upgraded = time.perf_counter()
        connect(args.db).close()  # applies the migrations this database has not had
        print(f"reusing {args.db} ({args.db.stat().st_size / 2**20:,.0f} MiB; opened and upgraded if needed in "
              f"{time.perf_counter() - upgraded:.1f} s)")
        run_queries(args.db)
        return
    for path in (args.db, Path(f"{args.db}.wal")):
        path.unlink(missing_ok=True)

    started = time.perf_counter()
    events, dyads, articles = synthetic(args.events, np.random.default_rng(args.seed))
    made = time.perf_counter()
    clusters = assign_clusters(events)
    first = first_reports(events, clusters)
    events = events.set_column(events.schema.get_field_index("cluster"), "cluster", pa.array(clusters, pa.uint64()))
    events = events.set_column(events.schema.get_field_index("first_report"), "first_report", pa.array(first))
    dyads = attach_clusters(dyads, events)
    clustered = time.perf_counter()
    load(args.db, {"articles": articles, "events": events, "dyads": dyads})
    loaded = time.perf_counter()
    dyad_seconds, party_seconds, token_seconds = aggregate(args.db)

    print(f"reports {events.num_rows:,}  real-world events {len(np.unique(clusters)):,}  dyad rows {dyads.num_rows:,}"
          f"  articles {articles.num_rows:,}")
    print(f"generate {made - started:.1f} s   cluster {clustered - made:.1f} s   load {loaded - clustered:.1f} s"
          f"   dyad events {dyad_seconds:.1f} s   party events {party_seconds:.1f} s"
          f"   word index {token_seconds:.1f} s")
    print(f"database size {args.db.stat().st_size / 2**20:,.0f} MiB ({args.db})")
    print(f"threads {os.cpu_count()}")
    run_queries(args.db)


def synthetic(n: int, rng: np.random.Generator) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Event reports, their dyad rows, and the articles they come from."""
    ontology = load_ontology()
    codes = _codes()
    weights = 1.0 / np.arange(1, len(codes) + 1)
    weights /= weights.sum()
    reports_per_event = 1 + rng.poisson(1.5, size=n)
    reports_per_event = reports_per_event[: np.searchsorted(np.cumsum(reports_per_event), n) + 1]
    m = len(reports_per_event)
    actor = rng.choice(len(codes), m, p=weights)
    partner = rng.choice(len(codes), m, p=weights)
    partner = np.where(partner == actor, (partner + 1) % len(codes), partner)
    shape = rng.choice(3, m, p=[0.65, 0.25, 0.10])  # directed, no recipient, two joint actors
    types = np.array(list(ontology.event_types))
    kind = rng.integers(0, len(types), m)
    day = rng.integers(0, DAYS, m)
    precision = rng.choice(np.array(["publication", "day", "month"]), m, p=[0.8, 0.15, 0.05])
    negated = rng.random(m) < 0.02

    event_of = np.repeat(np.arange(m), reports_per_event)[:n]
    order = rng.permutation(n)  # store order: reports arrive mixed
    event_of = event_of[order]
    offset = np.where(precision[event_of] == "month", 0, rng.integers(0, 3, n))
    report_day = day[event_of] + offset
    dates = (FIRST_DAY + report_day).astype("datetime64[D]")
    month_start = dates.astype("datetime64[M]").astype("datetime64[D]")
    dates = np.where(precision[event_of] == "month", month_start, dates)

    a_code, p_code, s = pa.array(codes[actor[event_of]]), pa.array(codes[partner[event_of]]), shape[event_of]
    first = pc.less(a_code, p_code)
    lo, hi = pc.if_else(first, a_code, p_code), pc.if_else(first, p_code, a_code)
    actor_key = pc.if_else(pa.array(s == 2), pc.binary_join_element_wise(lo, hi, "|"), a_code)
    recipient_key = pc.if_else(pa.array(s == 0), p_code, "")
    event_type = types[kind[event_of]]
    scores = np.array([ontology.event_types[t].score for t in types])[kind[event_of]]
    quads = np.array([ontology.event_types[t].quad_code for t in types], dtype=np.int8)[kind[event_of]]
    seq = np.arange(1, n + 1, dtype=np.int64)
    article_seq = 1 + (seq - 1) // REPORTS_PER_ARTICLE
    ids = pc.utf8_lpad(pc.cast(pa.array(seq), pa.string()), 16, "0")
    article_ids = pc.binary_join_element_wise("a", pc.cast(pa.array(article_seq), pa.string()), "")
    text = pc.binary_join_element_wise("Synthetic report", pc.cast(pa.array(seq), pa.string()), ":",
                                       actor_key, pa.array(event_type), recipient_key, " ")
    key_list = pc.split_pattern(actor_key, "|")
    recipient_list = pc.if_else(pc.equal(recipient_key, ""), pa.scalar([], pa.list_(pa.string())),
                                pc.split_pattern(recipient_key, "|"))
    falses = np.zeros(n, dtype=bool)
    no_context = pa.ListArray.from_arrays(np.zeros(n + 1, np.int32), pa.array([], pa.string()))
    events = pa.table({
        "seq": seq, "id": ids, "article_id": article_ids, "article_seq": article_seq, "event": event_type,
        "mode": pa.nulls(n, pa.string()), "context": no_context,
        "actor_codes": key_list, "recipient_codes": recipient_list, "actor_key": actor_key,
        "recipient_key": recipient_key, "date": dates, "date_precision": precision[event_of], "event_text": event_type,
        "text": text, "char_start": np.zeros(n, np.int32), "char_end": np.full(n, 80, np.int32),
        "sentence": np.zeros(n, np.int32), "negated": negated[event_of], "hypothetical": falses, "future": falses,
        "historical": falses, "score": scores, "quad_code": quads, "pattern": pa.array(["bench"] * n),
        "confidence": np.full(n, 0.8), "in_caption": falses, "quote_index": pa.nulls(n, pa.int32()),
        "cluster_date": dates, "cluster": np.zeros(n, np.uint64), "first_report": falses,
    }).cast(SCHEMAS["events"])
    dyads = _dyads(events, s, a_code, p_code, lo, hi)
    articles = _articles(int(article_seq[-1]), rng)
    return events, dyads, articles


def _codes() -> np.ndarray:
    from dyadwatch.actors.knowledge import load_knowledge

    others = sorted({a.code for a in load_knowledge().countries.values()} - set(FRONT))
    return np.array([*FRONT, *others])


def _dyads(
    events: pa.Table, shape: np.ndarray, a_code: pa.Array, p_code: pa.Array, lo: pa.Array, hi: pa.Array
) -> pa.Table:
    keep = pa.array(shape != 1)
    joint = pa.array(shape[shape != 1] == 2)
    picked = events.filter(keep)
    source, target, lo, hi = (array.filter(keep) for array in (a_code, p_code, lo, hi))
    return pa.table({
        "event_seq": picked["seq"], "article_seq": picked["article_seq"],
        "kind": pc.if_else(joint, "joint", "directed"), "actor_code": pc.if_else(joint, lo, source),
        "recipient_code": pc.if_else(joint, hi, target), "event": picked["event"], "quad_code": picked["quad_code"],
        "score": picked["score"], "date": picked["date"],
        "factual": pc.invert(pc.or_(picked["negated"], picked["hypothetical"])), "cluster": picked["cluster"],
        "first_report": picked["first_report"],
    }).cast(SCHEMAS["dyads"])


def attach_clusters(dyads: pa.Table, events: pa.Table) -> pa.Table:
    index = dyads["event_seq"].to_numpy() - 1  # seq is 1..n in row order
    for name in ("cluster", "first_report"):
        values = events[name].to_numpy()[index]
        column = pa.array(values, events.schema.field(name).type)
        dyads = dyads.set_column(dyads.schema.get_field_index(name), name, column)
    return dyads


def _articles(count: int, rng: np.random.Generator) -> pa.Table:
    seq = np.arange(1, count + 1, dtype=np.int64)
    ids = pc.binary_join_element_wise("a", pc.cast(pa.array(seq), pa.string()), "")
    published = (FIRST_DAY + rng.integers(0, DAYS, count)).astype("datetime64[D]")
    nulls = pa.nulls(count, pa.string())
    return pa.table({
        "id": ids, "seq": seq, "source": pc.binary_join_element_wise("bench/", ids, ".txt", ""),
        "url": nulls, "title": nulls, "byline": nulls, "section": nulls, "published": published,
        "published_source": pa.array(["flag"] * count), "language": pa.array(["en"] * count), "raw_sha256": nulls,
        "text_sha256": ids, "text": pa.array([""] * count), "extractor": pa.array(["bench"] * count),
        "duplicate_of": nulls, "similarity": pa.nulls(count, pa.float64()),
        "ingested_at": pa.array(np.full(count, np.datetime64("2025-01-01T00:00:00", "us"))),
    }).cast(SCHEMAS["articles"])


def load(db: Path, tables: dict[str, pa.Table]) -> None:
    with open_store(db) as con:
        for name, table in tables.items():
            con.register("_bench_rows", table)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _bench_rows")
            con.unregister("_bench_rows")
        con.execute("CHECKPOINT")


def aggregate(db: Path) -> list[float]:
    """The dyad's and the events query's precomputed events and the word index, made as
    ingest makes them, for every cluster; seconds each."""
    with open_store(db) as con:
        seconds = []
        for update in (update_dyad_events, update_party_events, update_report_tokens):
            started = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            update(con, every_cluster(con))
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
            seconds.append(time.perf_counter() - started)
    return seconds


def run_queries(db: Path) -> None:
    with open_store(db, read_only=True) as con:
        queries: list[tuple[str, Callable[[], Any]]] = [
            ("baseline: SELECT sum(score) FROM dyads (a full scan)",
             lambda: con.sql("SELECT sum(score) FROM dyads").fetchall()),
            ("dyad RUS PRK --by year", lambda: dyad(con, "RUS", "PRK", by="year")),
            ("dyad RUS PRK --by month", lambda: dyad(con, "RUS", "PRK", by="month")),
            ("dyad USA CHN --by week (a top dyad)", lambda: dyad(con, "USA", "CHN", by="week")),
            ("dyad RUS PRK --by month --since 2020-01-01",
             lambda: dyad(con, "RUS", "PRK", by="month", since=_date("2020-01-01"))),
            ("events --between RUS PRK --since 2023-01-01 --limit 100",
             lambda: find_events(con, between=("RUS", "PRK"), since=_date("2023-01-01"), limit=100)),
            ("events --actor PRK --type CONSULT", lambda: find_events(con, actor="PRK", type="CONSULT")),
            ("events --between RUS PRK --all-reports --limit 100",
             lambda: find_events(con, between=("RUS", "PRK"), all_reports=True, limit=100)),
            ("events --text 'report 4242' --limit 100", lambda: find_events(con, text="report 4242", limit=100)),
            ("actors --top 20", lambda: top_actors(con, top=20)),
        ]
        baseline = None
        print(f"\n{'query':58} {'first':>8} {'best of 3':>10} {'median':>8} {'rows':>8} {'× scan':>7}")
        for label, query in queries:
            first, result = _timed(query)
            times = [_timed(query)[0] for _ in range(3)]
            best = min(times)
            baseline = baseline or best
            rows = len(result) if isinstance(result, list) else result.num_rows
            print(f"{label:58} {first * 1000:6.0f}ms {best * 1000:8.0f}ms {statistics.median(times) * 1000:6.0f}ms "
                  f"{rows:8,} {best / baseline:7.1f}")


def _timed(query: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = query()
    return time.perf_counter() - started, result


def _date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


if __name__ == "__main__":
    main()
