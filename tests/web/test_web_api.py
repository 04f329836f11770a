"""The JSON twins over the example corpus: each endpoint says what the store's query
functions say, and bad or hostile input gets a clear 4xx, never a 500 or an injection."""

from __future__ import annotations

import datetime as dt
import json
import hashlib
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from dyadwatch.actors.names import actor_name
from dyadwatch.store.export import article_filter, plover_records
from dyadwatch.store.queries import PERIODS, dyad, find_events
from dyadwatch.store.schema import open_store

pytestmark = pytest.mark.model

EXAMPLE_ARTICLES = 30  # examples/corpus/README.md
API_ENDPOINTS = ("/api/home", "/api/events", "/api/dyad", "/api/actor", "/api/article", "/api/sanctions")


def get(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def all_events(client, query: str = "", size: int = 500) -> list[dict]:
    events, page = [], 1
    while True:
        body = get(client, f"/api/events?{query}&size={size}&page={page}")
        events += body["events"]
        if not body["has_next"]:
            return events
        page += 1


# --- home -------------------------------------------------------------------------------


def test_api_home_gives_the_corpus_size_and_freshness(client, corpus_db):
    summary = get(client, "/api/home")["summary"]
    with open_store(corpus_db, read_only=True) as con:
        clusters = len(find_events(con))
    assert summary["articles"] == EXAMPLE_ARTICLES
    assert summary["events"] == clusters
    assert summary["reports"] >= summary["events"]
    assert summary["last_published"] == "2024-12-04"
    assert dt.datetime.fromisoformat(summary["last_ingested"]).date() <= dt.date.today()


def test_api_home_puts_russia_and_north_korea_first_among_dyads_and_actors(client):
    home = get(client, "/api/home")
    assert (home["dyads"][0]["a"], home["dyads"][0]["b"]) == ("PRK", "RUS")
    assert {actor["code"] for actor in home["actors"][:2]} == {"PRK", "RUS"}


def test_api_home_lists_the_latest_events_newest_first_with_their_evidence(client):
    recent = get(client, "/api/home")["recent"]
    dates = [event["date"] for event in recent]
    assert recent and dates == sorted(dates, reverse=True)
    assert all(event["sentence"]["text"] and event["articles"] for event in recent)


# --- events -----------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "holds"), [
    ("actor=PRK", lambda e: "PRK" in e["actor"]),
    ("recipient=RUS", lambda e: "RUS" in e["recipient"]),
    ("actor=North%20Korea&recipient=Moscow", lambda e: "PRK" in e["actor"] and "RUS" in e["recipient"]),
    ("type=consult", lambda e: e["event"] == "CONSULT"),
    ("since=2023-09-01&until=2023-09-30", lambda e: "2023-09-01" <= e["date"] <= "2023-09-30"),
    ("q=treaty", lambda e: "treaty" in e["sentence"]["text"].lower()),
])
def test_api_events_keeps_only_events_matching_the_filter(client, query, holds):
    events = all_events(client, query)
    assert events
    assert all(holds(event) for event in events)


@pytest.mark.parametrize(("query", "holds"), [
    ("type=AID&type=CONSULT", lambda e: e["event"] in ("AID", "CONSULT")),
    ("type=aid,consult", lambda e: e["event"] in ("AID", "CONSULT")),
    ("quad=material_conflict", lambda e: e["quad_class"] == "material_conflict"),
    ("a=Russia&b=Kim%20Jong%20Un", lambda e: {"RUS", "PRK"} <= set(e["actor"]) | set(e["recipient"])),
    ("sector=MIL", lambda e: True),
])
def test_api_events_takes_several_types_quad_classes_a_pair_and_a_sector(client, corpus_db, query, holds):
    events = all_events(client, query, size=100)
    assert events and all(holds(e) for e in events)


def test_api_events_newest_first_is_the_oldest_first_reversed_by_date(client):
    newest = [e["date"] for e in get(client, "/api/events?order=newest&size=500")["events"] if e["date"]]
    assert newest == sorted(newest, reverse=True)


def test_api_events_refuses_half_a_pair_and_unknown_quad_classes(client):
    assert client.get("/api/events?a=RUS").status_code == 422
    assert "quad class" in client.get("/api/events?quad=friendly").json()["detail"]


def test_api_events_says_which_codes_the_filters_resolved_to(client):
    filters = get(client, "/api/events?actor=Pyongyang&recipient=the%20Kremlin&type=consult")["filters"]
    assert (filters["actor"], filters["recipient"], filters["type"]) == ("PRK", "RUS", "CONSULT")


def test_api_events_pages_cover_every_event_once_in_date_order(client, corpus_db):
    paged = all_events(client, "", size=7)
    with open_store(corpus_db, read_only=True) as con:
        expected = find_events(con).column("event_id").to_pylist()
    assert [event["event_id"] for event in paged] == expected


def test_api_events_past_the_last_page_is_empty(client):
    body = get(client, "/api/events?size=500&page=1000")
    assert body["events"] == [] and body["has_next"] is False


def test_api_events_marks_actor_recipient_and_event_words_inside_the_sentence(client):
    events = all_events(client, "actor=RUS&recipient=PRK")
    kinds_seen = set()
    for event in events:
        text = event["sentence"]["text"]
        for mark in event["sentence"]["marks"]:
            assert 0 <= mark["start"] < mark["end"] <= len(text)
            kinds_seen.add(mark["kind"])
    assert kinds_seen == {"actor", "recipient", "word"}


def test_api_events_links_each_event_to_every_article_that_reports_it(client):
    for event in all_events(client, "actor=PRK"):
        assert len({article["id"] for article in event["articles"]}) == event["reports"]
        for article in event["articles"]:
            assert article["url"] is None or article["url"].startswith("http")


# --- dyad -------------------------------------------------------------------------------


def test_api_dyad_gives_what_the_dyad_query_gives(client, corpus_db):
    body = get(client, "/api/dyad?a=Russia&b=North%20Korea")
    with open_store(corpus_db, read_only=True) as con:
        expected = dyad(con, "RUS", "PRK").to_pylist()
    assert (body["a"], body["b"], body["by"]) == ("RUS", "PRK", "year")
    assert body["directions"] == ["RUS->PRK", "PRK->RUS", "between", "RUS+PRK"]
    assert [(r["period"], r["direction"], r["events"], r["score_mean"]) for r in body["rows"]] == [
        (r["period"], r["direction"], r["events"], r["score_mean"]) for r in expected]
    assert all(sum(row["quads"].values()) == row["events"] for row in body["rows"])
    assert all(row["score_mean"] is None for row in body["rows"] if row["direction"] == "RUS+PRK")


def test_api_dyad_normalised_gives_the_articles_of_each_period(client):
    rows = get(client, "/api/dyad?a=RUS&b=PRK&normalise=true")["rows"]
    assert rows and all(row["articles"] is not None for row in rows)
    assert all(row["events_per_100_articles"] == round(100 * row["events"] / row["articles"], 2)
               for row in rows if row["articles"])


@pytest.mark.parametrize("by", list(PERIODS))
def test_api_dyad_groups_by_each_period(client, by):
    rows = [row for row in get(client, f"/api/dyad?a=RUS&b=PRK&by={by}")["rows"] if row["period"] != "undated"]
    assert rows and {len(row["period"]) for row in rows} == {len(dt.date(2023, 9, 13).strftime(PERIODS[by]))}


def test_api_dyad_lists_no_events_until_a_period_is_chosen(client):
    body = get(client, "/api/dyad?a=RUS&b=PRK")
    assert body["period"] is None and body["events"] == []


@pytest.mark.parametrize(("by", "period"), [("year", "2023"), ("month", "2023-09"), ("week", "2023-W37")])
def test_api_dyad_lists_the_events_between_the_two_in_the_chosen_period(client, by, period):
    body = get(client, f"/api/dyad?a=RUS&b=PRK&by={by}&period={period}")
    assert body["period"] == period and body["events"]
    for event in body["events"]:
        assert {"RUS", "PRK"} <= set(event["actor"]) | set(event["recipient"])


def test_api_dyad_period_keeps_to_the_since_and_until_range(client):
    events = get(client, "/api/dyad?a=RUS&b=PRK&period=2023&since=2023-09-13&until=2023-09-13")["events"]
    assert events and {event["date"] for event in events} == {"2023-09-13"}


def test_api_dyad_between_actors_that_never_met_has_no_rows(client):
    assert get(client, "/api/dyad?a=FRA&b=BRA")["rows"] == []


# --- actor ------------------------------------------------------------------------------


def test_api_actor_gives_partners_in_all_and_over_time(client):
    body = get(client, "/api/actor?name=North%20Korea")
    assert (body["code"], body["name"]) == ("PRK", "North Korea")
    assert body["partners"][0]["partner"] == "RUS"
    per_period = sum(row["events"] for row in body["over_time"] if row["partner"] == "RUS")
    rus = body["partners"][0]
    assert per_period == rus["acts_on"] + rus["acted_on_by"] + rus["joint"]


def test_api_actor_gives_how_articles_name_it_and_what_it_said(client):
    body = get(client, "/api/actor?name=PRK")
    names = {naming["text"] for naming in body["mentions"]}
    assert {"North Korea", "Pyongyang"} <= names
    assert body["quotes"] and all(quote["content"] for quote in body["quotes"])


# --- article ----------------------------------------------------------------------------


def test_api_article_gives_the_text_with_annotations_at_their_offsets(client):
    article_id = get(client, "/api/events?actor=RUS")["events"][0]["articles"][0]["id"]
    body = get(client, f"/api/article?id={article_id}")
    text = body["text"]
    assert body["paragraphs"] and body["events"] and body["mentions"]
    assert all(text[m["char_start"]:m["char_end"]] == m["text"] for m in body["mentions"])
    assert all(text[t["char_start"]:t["char_end"]] == t["text"] for t in body["times"])
    # a quote's content leaves out the attribution inside it ("…, the Kremlin said, …")
    assert all(text[q["content_start"]:q["content_end"]].startswith(q["content"].split(" … ")[0])
               for q in body["quotes"])
    assert all(text[e["text_info"]["start"]:e["text_info"]["end"]] == e["text"] for e in body["events"])


def test_api_article_gives_its_reports_as_the_plover_records_export_writes(client, corpus_db):
    article_id = get(client, "/api/events?actor=RUS")["events"][0]["articles"][0]["id"]
    events = get(client, f"/api/article?id={article_id}")["events"]
    with open_store(corpus_db, read_only=True) as con:
        exported = [record.json_object() for record in plover_records(con, *article_filter(article_id),
                                                                      names=actor_name)]
    # in text order, each with the rules flagged on it beside the record
    assert events and [{k: v for k, v in e.items() if k != "flags"} for e in events] == sorted(
        exported, key=lambda record: record["text_info"]["start"])


# --- the description --------------------------------------------------------------------


def test_openapi_describes_every_json_twin_and_no_page(client):
    paths = get(client, "/api/openapi.json")["paths"]
    assert sorted(paths) == sorted(API_ENDPOINTS)
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert params == {"actor", "recipient", "a", "b", "type", "quad", "sector", "source", "since", "until", "q",
                      "order", "page", "size"}


# --- bad and hostile input --------------------------------------------------------------


@pytest.mark.parametrize(("url", "status", "says"), [
    ("/api/events?actor=Atlantis", 404, "unknown actor"),
    ("/api/events?recipient=Narnia", 404, "unknown actor"),
    ("/api/dyad?a=RUS&b=Atlantis", 404, "unknown actor"),
    ("/api/actor?name=Atlantis", 404, "unknown actor"),
    ("/api/actor?name=ZZZ", 404, "unknown actor"),
    ("/api/article?id=no-such-article", 404, "no article"),
    ("/api/events?type=HUG", 422, "not a PLOVER event type"),
    ("/api/events?since=yesterday", 422, "YYYY-MM-DD"),
    ("/api/events?since=2023-02-30", 422, "day is out of range"),
    ("/api/events?until=2023-1-1", 422, "YYYY-MM-DD"),
    ("/api/events?since=1700000000", 422, "YYYY-MM-DD"),
    ("/api/events?size=100000", 422, "less than or equal to 500"),
    ("/api/events?size=0", 422, "greater than or equal to 1"),
    ("/api/events?page=-1", 422, "greater than or equal to 1"),
    ("/api/events?page=abc", 422, "valid integer"),
    ("/api/events?q=" + "x" * 201, 422, "at most 200"),
    ("/api/events?actor=" + "x" * 101, 422, "at most 100"),
    ("/api/dyad?a=RUS", 422, "Field required"),
    ("/api/dyad?a=RUS&b=RUS", 400, "two different actors"),
    ("/api/dyad?a=RUS&b=PRK&by=decade", 422, "should match pattern"),
    ("/api/dyad?a=RUS&b=PRK&by=month&period=2023", 422, "is not a month"),
    ("/api/dyad?a=RUS&b=PRK&by=week&period=2023-W54", 422, "is not a week"),
    ("/api/nothing-here", 404, "Not Found"),
])
def test_api_answers_bad_input_with_a_clear_4xx(client, url, status, says):
    body = get(client, url, status)
    assert says in str(body["detail"])


@pytest.mark.parametrize("url", [
    "/api/events?actor=PRK%27)%3B%20DROP%20TABLE%20events%3B%20--",
    "/api/article?id=%27%20OR%20%271%27%3D%271",
    "/api/dyad?a=RUS&b=PRK%27%20OR%201%3D1%20--",
    "/api/actor?name=%22%3B%20ATTACH%20%27%2Ftmp%2Fx.db%27%3B",
])
def test_api_treats_sql_in_a_name_as_an_unknown_name(client, url):
    assert get(client, url, 404)["detail"]


def test_api_treats_sql_in_the_words_as_words_to_find(client):
    assert get(client, "/api/events?q=%27%20OR%201%3D1%20--")["events"] == []
    assert get(client, "/api/events?q=%25")["events"] == []


def test_app_leaves_the_database_unchanged(client, corpus_db):
    before = hashlib.sha256(corpus_db.read_bytes()).hexdigest()
    for url in ("/api/home", "/api/events?actor=PRK", "/api/dyad?a=RUS&b=PRK&period=2023", "/api/actor?name=RUS",
                "/api/events?q=%27%3B%20DELETE%20FROM%20events%3B%20--", "/", "/events", "/dyad/RUS/PRK"):
        client.get(url)
    assert hashlib.sha256(corpus_db.read_bytes()).hexdigest() == before


def test_api_never_links_to_a_script_url_of_a_hostile_article(hostile_client):
    event = get(hostile_client, "/api/events")["events"][0]
    assert event["articles"][0]["url"] is None
    article = hostile_client.get("/api/article", params={"id": event["articles"][0]["id"]}).json()
    assert article["url"] is None


def test_app_answers_concurrent_requests_each_on_its_own_connection(live_server):
    urls = ["/api/home", "/api/events?actor=PRK", "/api/dyad?a=RUS&b=PRK&by=month", "/api/actor?name=RUS",
            "/dyad/RUS/PRK?period=2023", "/events?q=treaty"] * 5
    with httpx.Client(base_url=live_server) as http, ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda url: http.get(url).status_code, urls))
    assert statuses == [200] * len(urls)


# --- sanctions --------------------------------------------------------------------------


def test_api_sanctions_gives_the_stored_flags_one_per_event_and_rule(client, corpus_db):
    from dyadwatch.store.flags import stored_flags
    from dyadwatch.web.views import shipped_regimes

    body = get(client, "/api/sanctions")
    with open_store(corpus_db, read_only=True) as con:
        expected = stored_flags(con, shipped=shipped_regimes()).to_pylist()
    assert [(f["event_id"], f["rule"], f["reports"], f["status"]) for f in body["flags"]] == [
        (r["event_id"], r["rule"], r["reports"], r["status"]) for r in expected]
    assert body["flags"] and all(f["articles"] and f["sentence"]["text"] for f in body["flags"])
    assert "un-dprk" in body["regimes"]


def test_api_sanctions_refuses_an_unknown_regime_naming_the_known_ones(client):
    response = client.get("/api/sanctions?regime=nope")
    assert response.status_code == 422 and "un-dprk" in response.json()["detail"]


def test_flags_show_on_events_and_on_the_article(client):
    flags = get(client, "/api/sanctions")["flags"]
    flagged = flags[0]
    article = get(client, f"/api/article?id={flagged['articles'][0]['id']}")
    assert any(flagged["rule"] in report["flags"] for report in article["events"])
    events = get(client, f"/api/events?since={flagged['date']}&until={flagged['date']}&size=500")["events"]
    assert flagged["rule"] in next(e for e in events if e["event_id"] == flagged["event_id"])["flags"]


def test_api_dyad_lists_the_flags_with_both_as_parties(client):
    flags = get(client, "/api/dyad?a=PRK&b=RUS")["flags"]
    assert flags and all({"PRK", "RUS"} <= set(f["actor"]) | set(f["recipient"]) for f in flags)


# --- downloads --------------------------------------------------------------------------


def test_download_events_csv_holds_every_event_the_filters_match(client, corpus_db):
    import csv
    import io

    response = client.get("/download/events?actor=PRK&format=csv")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    with open_store(corpus_db, read_only=True) as con:
        expected = find_events(con, actor="PRK")["event_id"].to_pylist()
    assert [r["event_id"] for r in rows] == expected and len(expected) > 50  # more than one page


def test_download_events_parquet_and_plover_jsonl(client, corpus_db):
    import io

    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(client.get("/download/events?type=AID&format=parquet").content))
    records = [json.loads(line) for line in client.get("/download/events?type=AID&format=plover-jsonl").text.splitlines()]
    assert table.num_rows and set(table["event"].to_pylist()) == {"AID"}
    assert {r["link"] for r in records} == set(table["event_id"].to_pylist())
    assert all(r["cite_info"]["title"] is not None or r["cite_info"]["source"] for r in records)


def test_download_dyad_gives_its_periods_or_the_events_of_the_chosen_period(client):
    import csv
    import io

    periods = list(csv.DictReader(io.StringIO(client.get("/download/dyad?a=RUS&b=PRK&format=csv").text)))
    shown = get(client, "/api/dyad?a=RUS&b=PRK")
    assert [(r["period"], r["direction"]) for r in periods] == [(r["period"], r["direction"]) for r in shown["rows"]]
    listed = list(csv.DictReader(io.StringIO(client.get("/download/dyad?a=RUS&b=PRK&period=2023&format=csv").text)))
    assert [r["event_id"] for r in listed] == [e["event_id"] for e in get(client, "/api/dyad?a=RUS&b=PRK&period=2023")["events"]]


def test_download_sanctions_holds_the_listed_flags(client):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(client.get("/download/sanctions?format=csv").text)))
    assert [(r["event_id"], r["rule"]) for r in rows] == [
        (f["event_id"], f["rule"]) for f in get(client, "/api/sanctions")["flags"]]


def test_download_refuses_an_unknown_format(client):
    assert client.get("/download/events?format=xlsx").status_code == 422
