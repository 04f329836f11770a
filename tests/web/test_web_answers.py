"""The JSON twins' bytes, and the reports behind events, over the example corpus: the
fast paths give what the plain ones give. Each JSON twin writes its view with pydantic
in one step (`api.JSONAnswer`); its body must be the bytes FastAPI writes for the same
view (dump it by alias, encode it, `json.dumps` it compact). `event_reports` groups a
plain join in Python; its rows must be those of the list aggregate it replaced."""

from __future__ import annotations

import shutil

import pytest
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from dyadwatch.store.queries import PERIODS, UNDATED
from dyadwatch.store.schema import open_store
from dyadwatch.store.web_queries import event_reports
from dyadwatch.web import views
from dyadwatch.web.models import EventFilters, FlagFiltersOut

pytestmark = pytest.mark.model


def fastapi_bytes(record) -> bytes:
    """The body FastAPI writes for a returned model (its `serialize_response` path)."""
    return JSONResponse(jsonable_encoder(record)).body


@pytest.fixture(scope="module")
def store(corpus_db):
    with open_store(corpus_db, read_only=True) as con:
        yield con


@pytest.fixture(scope="module")
def pairs(store) -> list[tuple[str, str]]:
    return store.execute(
        "SELECT DISTINCT least(actor_code, recipient_code), greatest(actor_code, recipient_code) FROM dyads "
        "WHERE actor_code <> recipient_code ORDER BY 1, 2").fetchall()


def test_api_dyad_body_is_what_fastapi_writes_for_the_view_for_every_pair(client, store, pairs):
    assert len(pairs) > 20
    for a, b in pairs:
        assert client.get(f"/api/dyad?a={b}&b={a}").content == fastapi_bytes(views.dyad_view(store, b, a, by="year"))


@pytest.mark.parametrize("by", list(PERIODS))
def test_api_dyad_body_is_what_fastapi_writes_for_the_view_of_each_period(client, store, by):
    labels = [row.period for row in views.dyad_view(store, "RUS", "PRK", by=by).rows]
    assert len(set(labels)) > 1
    for normalise in (False, True):
        view = views.dyad_view(store, "RUS", "PRK", by=by, normalise=normalise)
        assert client.get(f"/api/dyad?a=RUS&b=PRK&by={by}&normalise={normalise}").content == fastapi_bytes(view)
    for period in sorted(set(labels))[:3] + [UNDATED]:  # the events of the period, the flags
        view = views.dyad_view(store, "RUS", "PRK", by=by, period=period)
        assert view.flags and (view.events or period == UNDATED)
        assert client.get(f"/api/dyad?a=RUS&b=PRK&by={by}&period={period}").content == fastapi_bytes(view)


def test_api_bodies_are_what_fastapi_writes_for_the_other_views(client, store):
    codes = [code for (code,) in store.execute("SELECT DISTINCT actor_code FROM dyads ORDER BY 1").fetchall()]
    articles = [article for (article,) in store.execute("SELECT id FROM articles ORDER BY seq").fetchall()]
    expected = {
        "/api/home": views.home_view(store),
        "/api/sanctions": views.sanctions_view(store, FlagFiltersOut()),
        "/api/events?size=500": views.events_view(store, EventFilters(), page=1, size=500),
        **{f"/api/actor?name={code}": views.actor_view(store, code, by="year") for code in codes},
        **{f"/api/article?id={article}": views.article_view(store, article) for article in articles},
    }
    for url, view in expected.items():
        assert client.get(url).content == fastapi_bytes(view), url


# The list aggregate `event_reports` was before it grouped a plain join in Python.
LISTED_REPORTS_SQL = """
WITH picked AS (
    SELECT e.* FROM events e WHERE e.cluster IN (SELECT unnest($clusters::UBIGINT[]))
)
SELECT lower(lpad(to_hex(e.cluster), 16, '0')) AS event_id, e.id AS report_id, e.seq, e.article_id,
       a.title, a.url, a.source, a.published, a.duplicate_of,
       e.event, e.event_text, e.text, e.char_start, e.char_end,
       e.actor_codes AS actor, e.recipient_codes AS recipient,
       coalesce((SELECT list({'start': m.char_start, 'end': m.char_end, 'code': m.code} ORDER BY m.char_start)
                 FROM mentions m
                 WHERE m.article_id = e.article_id AND m.code IS NOT NULL
                   AND m.char_start >= e.char_start AND m.char_end <= e.char_end), []) AS mentions
FROM picked e JOIN articles a ON a.id = e.article_id
ORDER BY e.seq
"""


def test_event_reports_gives_the_rows_of_the_list_aggregate_for_every_event(store):
    clusters = [cluster for (cluster,) in store.execute("SELECT DISTINCT cluster FROM events ORDER BY 1").fetchall()]
    expected = store.sql(LISTED_REPORTS_SQL, params={"clusters": clusters}).to_arrow_table().to_pylist()
    found = event_reports(store, [f"{cluster:016x}" for cluster in clusters])
    assert found == expected
    assert sum(len(report["mentions"]) for report in found) > len(found)  # most sentences mark mentions
    assert event_reports(store, [f"{cluster:016x}" for cluster in clusters[::7]]) == [
        row for row in expected if int(row["event_id"], 16) in clusters[::7]]


def test_event_reports_keeps_apart_two_reports_of_one_id_in_two_articles(corpus_db, tmp_path):
    # A report id is unique within its article only: a copy of every article, its
    # reports keeping their ids, doubles the reports, each with its own mentions.
    db = tmp_path / "copied.duckdb"
    shutil.copy(corpus_db, db)
    with open_store(db) as con:
        con.execute("INSERT INTO articles SELECT * REPLACE (id || '-copy' AS id, seq + 1000 AS seq) FROM articles")
        con.execute("INSERT INTO mentions SELECT * REPLACE (article_id || '-copy' AS article_id) FROM mentions")
        con.execute("INSERT INTO events SELECT * REPLACE (article_id || '-copy' AS article_id, seq + 100000 AS seq) "
                    "FROM events")
        clusters = [cluster for (cluster,) in con.execute("SELECT DISTINCT cluster FROM events").fetchall()]
        expected = con.sql(LISTED_REPORTS_SQL, params={"clusters": clusters}).to_arrow_table().to_pylist()
        found = event_reports(con, [f"{cluster:016x}" for cluster in clusters])
    assert found == expected
    assert len(found) == 2 * len({report["report_id"] for report in found})
