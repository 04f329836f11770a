"""What the dyad answers keep per state of the database (web/memo.py): the pair's flags
and the span of their reports' dates. An answer with the kept flags is the answer
without them for every bound, and nothing kept outlives the database it was read from."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
import sys

from fastapi.testclient import TestClient

from dyadwatch.store.flags import FlagFilters, flag_span
from dyadwatch.store.schema import open_store
from dyadwatch.web import views
from dyadwatch.web.app import make_app
from dyadwatch.web.memo import GenerationMemo, Remembered


def _flag_days(con) -> list[dt.date]:
    """The days the pair's flagged reports are dated (their own date, else their
    article's), with the days before and after each."""
    days = [day for (day,) in con.execute(
        "SELECT DISTINCT coalesce(e.date, a.published) FROM flags f "
        "JOIN events e ON e.article_id = f.article_id AND e.id = f.event_id JOIN articles a ON a.id = f.article_id "
        "WHERE list_has_all(list_concat(e.actor_codes, e.recipient_codes), ['RUS', 'PRK'])").fetchall()]
    assert len(days) > 3
    return sorted({day + dt.timedelta(days=shift) for day in days for shift in (-1, 0, 1)})


def test_dyad_flags_kept_for_the_pair_equal_the_flags_queried_for_every_bound(corpus_db):
    with open_store(corpus_db, read_only=True) as con:
        days = [None, *_flag_days(con)]
        remembered = Remembered(GenerationMemo(), generation=1)
        for (x, y), since, until in itertools.product([("RUS", "PRK"), ("PRK", "RUS")], days, days):
            kept = views.dyad_flags(con, x, y, since=since, until=until, remembered=remembered)
            queried = views.dyad_flags(con, x, y, since=since, until=until)
            assert [flag.model_dump() for flag in kept] == [flag.model_dump() for flag in queried], (x, y, since, until)


def test_flag_span_holds_and_misses_only_what_the_bounds_keep_whole_or_leave_out(corpus_db):
    with open_store(corpus_db, read_only=True) as con:
        span = flag_span(con, FlagFilters(actor="RUS", partner="PRK"))
    assert span.first < span.last and not span.undated
    before, after = span.first - dt.timedelta(days=1), span.last + dt.timedelta(days=1)
    assert span.holds(since=None, until=None) and span.holds(since=span.first, until=span.last)
    assert not span.holds(since=span.first + dt.timedelta(days=1), until=None)
    assert not span.holds(since=None, until=span.last - dt.timedelta(days=1))
    assert span.misses(since=after, until=None) and span.misses(since=None, until=before)
    assert not span.misses(since=span.last, until=None) and not span.misses(since=None, until=span.first)


def test_generation_memo_computes_a_value_once_per_generation():
    memo, computed = GenerationMemo(), []

    def compute() -> int:
        computed.append(1)
        return len(computed)

    assert [memo.get(1, "key", compute), memo.get(1, "key", compute), memo.get(2, "key", compute)] == [1, 1, 2]
    assert memo.get(1, "other", compute) == 3


def test_generation_memo_keeps_its_latest_values_only():
    memo = GenerationMemo(size=2)
    for key in ("a", "b", "c"):
        memo.get(1, key, lambda key=key: key)
    assert memo.get(1, "a", lambda: "again") == "again"
    assert memo.get(1, "c", lambda: "again") == "c"


def test_dyad_flags_are_read_again_once_the_database_changed(corpus_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(corpus_db, db)
    client = TestClient(make_app(db))
    flags = client.get("/api/dyad?a=RUS&b=PRK").json()["flags"]  # the pair's flags, now kept
    dropped = flags[0]["event_id"]
    dropping = ("import sys\nfrom dyadwatch.store.sharing import writing\n"
                "with writing(sys.argv[1], wait=30) as con:\n"
                "    con.execute(\"DELETE FROM flags f USING events e WHERE e.article_id = f.article_id \"\n"
                "                \"AND e.id = f.event_id AND lower(lpad(to_hex(e.cluster), 16, '0')) = ?\", sys.argv[2:])\n")
    subprocess.run([sys.executable, "-c", dropping, str(db), dropped], check=True, timeout=120)
    shown = client.get("/api/dyad?a=RUS&b=PRK&since=1999-01-01").json()["flags"]  # bounds holding every flag
    assert dropped not in {flag["event_id"] for flag in shown}
    assert 0 < len(shown) < len(flags)
