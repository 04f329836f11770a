"""The HTML pages over the example corpus (without a browser): each renders what its
JSON twin holds, links onward, escapes what it shows and answers errors as pages."""

from __future__ import annotations

import glob
import json
import re
import tomllib

import pytest
from conftest import HOSTILE_ARTICLE, REPO, TestClient

from dyadwatch.store.schema import open_store
from dyadwatch.web.app import make_app

pytestmark = pytest.mark.model

PAGES = ("/", "/events", "/dyad/RUS/PRK", "/actor/PRK", "/sanctions", "/api")


def html(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def embedded(page: str, element_id: str) -> dict:
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert match, f"no #{element_id} data in the page"
    return json.loads(match.group(1))


@pytest.mark.parametrize("url", PAGES)
def test_page_has_the_nav_bar_and_a_link_to_its_json_twin(client, url):
    page = html(client, url)
    assert '<a href="/events">Events</a>' in page
    twin = re.search(r'class="twin" href="([^"]+)"', page).group(1)
    assert client.get(twin.replace("&amp;", "&")).headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("url", [*PAGES, "/api/home", "/static/app.css"])
def test_every_answer_forbids_scripts_from_elsewhere_and_inline(client, url):
    headers = client.get(url).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_pages_load_scripts_only_from_the_app(client):
    for url in PAGES:
        sources = re.findall(r'<script[^>]* src="([^"]+)"', html(client, url))
        assert all(src.startswith("/static/") for src in sources)
        assert "<script>" not in html(client, url)


def test_chart_library_is_shipped_with_the_app(client):
    response = client.get("/static/vendor/chart.umd.min.js")
    assert response.status_code == 200
    assert response.text.startswith("/*!\n * Chart.js v4.6.1")


def test_home_page_shows_corpus_size_top_dyads_and_latest_events(client):
    page = html(client, "/")
    summary = client.get("/api/home").json()["summary"]
    assert f"<b>{summary['articles']}</b> articles" in page
    assert 'href="/dyad/PRK/RUS"' in page
    assert 'class="event"' in page


def test_dyad_page_embeds_chart_series_for_every_period_both_ways(client):
    page = html(client, "/dyad/Russia/North%20Korea")
    chart = embedded(page, "dyad-data")
    years = [int(p) for p in chart["periods"] if p != "undated"]
    assert years == list(range(years[0], years[-1] + 1))  # gaps filled: the axis keeps time to scale
    assert chart["directions"] == ["RUS->PRK", "PRK->RUS", "between", "RUS+PRK"]
    for series in chart["series"].values():
        assert len(series["score_mean"]) == len(chart["periods"])
        assert set(series["quads"]) == {"verbal_cooperation", "material_cooperation", "verbal_conflict",
                                         "material_conflict"}
    assert chart["link"] == "/dyad/RUS/PRK?by=year"


def test_dyad_chart_leaves_a_gap_where_a_period_has_no_event(client):
    chart = embedded(html(client, "/dyad/RUS/PRK"), "dyad-data")
    between = chart["series"]["between"]
    empty = [i for i, n in enumerate(between["events"]) if n == 0]
    assert all(between["score_mean"][i] is None for i in empty)
    assert all(between["score_mean"][i] is not None for i, n in enumerate(between["events"]) if n)


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_dyad_page_offers_every_period_and_keeps_the_chosen_one(client, by):
    page = html(client, f"/dyad/RUS/PRK?by={by}")
    assert f'<option value="{by}" selected>' in page
    assert embedded(page, "dyad-data")["link"] == f"/dyad/RUS/PRK?by={by}"


def test_dyad_page_links_each_period_to_its_events_without_javascript(client):
    page = html(client, "/dyad/RUS/PRK")
    links = re.findall(r'class="period-link" href="([^"]+)"', page)
    assert "/dyad/RUS/PRK?by=year&amp;period=2023#period-events" in links
    assert 'id="period-events"' in page and 'class="event"' not in page


def test_dyad_page_with_a_period_lists_its_events_linked_to_their_articles(client):
    page = html(client, "/dyad/RUS/PRK?period=2023")
    section = page[page.index('id="period-events"'):]
    assert "Events of 2023 between RUS and PRK" in section
    links = re.findall(r'class="article-link" href="(/article/[^"?]+\?event=(\w+)#r-(\w+))"', section)
    assert links and all(event == anchor for _, event, anchor in links)


def test_event_sentence_marks_actor_recipient_and_event_words(client):
    page = html(client, "/events?actor=RUS&recipient=PRK")
    assert '<mark class="m-actor"' in page
    assert '<mark class="m-recipient"' in page
    assert '<mark class="m-word"' in page


def test_events_page_pager_links_to_the_next_page_with_the_same_filters(client):
    page = html(client, "/events?actor=PRK&size=5")
    assert 'rel="next" href="/events?actor=PRK&amp;size=5&amp;page=2"' in page
    second = html(client, "/events?actor=PRK&size=5&page=2")
    assert 'rel="prev" href="/events?actor=PRK&amp;size=5&amp;page=1"' in second


def test_events_page_treats_empty_form_fields_as_absent(client):
    page = html(client, "/events?actor=&recipient=&type=&since=&until=&q=&size=20")
    assert page.count('class="event"') == 20


def test_actor_page_shows_partners_chart_names_and_quotes(client):
    page = html(client, "/actor/Pyongyang")
    chart = embedded(page, "actor-data")
    assert "RUS" in chart["series"] and chart["dyad_link"] == "/dyad/PRK"
    assert 'href="/dyad/PRK/RUS"' in page
    assert "<td>North Korea</td>" in page
    assert 'id="quotes"' in page and "<q class=" in page


def test_article_page_marks_the_sentence_the_reader_came_from(client):
    event = client.get("/api/events?actor=RUS&recipient=PRK").json()["events"][0]
    link = event["articles"][0]
    page = html(client, f"/article/{link['id']}?event={link['report_id']}")
    assert f'<span class="anchor" id="r-{link["report_id"]}"></span>' in page
    text = page[page.index('<div class="text">'):]
    focused = "".join(re.findall(r'<mark class="[^"]*m-focus[^"]*"[^>]*>([^<]*)</mark>', text))
    assert focused.replace("&#39;", "'").replace("&amp;", "&") == event["sentence"]["text"]


def test_article_page_lists_each_reports_parties_once_by_code(client):
    # The PLOVER record keeps the actors as the sentence names them (RUS twice, RUS before
    # PRK); the page lists their codes as every event list does: each once, sorted.
    article_ids = {a["id"] for e in client.get("/api/events?size=500").json()["events"] for a in e["articles"]}
    for article_id in sorted(article_ids):
        reports = client.get(f"/api/article?id={article_id}").json()["events"]
        if any([a["code"] for a in r["actor"]] != sorted({a["code"] for a in r["actor"]}) for r in reports):
            break
    else:
        pytest.fail("no report in the corpus names an actor twice or out of order")
    table = html(client, f"/article/{article_id}").split('id="article-events"')[1]
    cells = re.findall(r"<td>(.*?) → (.*?)</td>", table)
    shown = [[re.findall(r'<a class="code"[^>]*>([^<]*)</a>', side) for side in cell] for cell in cells]
    assert shown == [[sorted({a["code"] for a in r[role]}) for role in ("actor", "recipient")] for r in reports]


def test_article_page_marks_mentions_times_quotes_and_events(client):
    article_id = client.get("/api/events?actor=RUS").json()["events"][0]["articles"][0]["id"]
    page = html(client, f"/article/{article_id}")
    for kind in ("m-mention", "m-time", "m-quote", "m-cue", "m-event"):
        assert re.search(rf'<mark class="[^"]*\b{kind}\b', page), kind


def test_dyad_form_goes_to_the_dyad_page(client):
    response = client.get("/dyad?a=Russia&b=North%20Korea", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dyad/Russia/North%20Korea"


def test_actor_form_goes_to_the_actor_page(client):
    response = client.get("/actor?name=North%20Korea", follow_redirects=False)
    assert response.headers["location"] == "/actor/North%20Korea"


def test_api_page_lists_every_endpoint_from_the_description(client):
    page = html(client, "/api")
    for path in ("/api/home", "/api/events", "/api/dyad", "/api/actor", "/api/article"):
        assert f"GET {path}</code>" in page


# --- errors and hostile input -----------------------------------------------------------


@pytest.mark.parametrize(("url", "status", "says"), [
    ("/actor/Atlantis", 404, "unknown actor"),
    ("/dyad/RUS/Atlantis", 404, "unknown actor"),
    ("/article/no-such-article", 404, "no article"),
    ("/events?since=31/12/2023", 422, "since: Value error, expected a date like 2022-07-21"),
    ("/events?type=HUG", 422, "is not a PLOVER event type"),
    ("/events?size=501", 422, "size: Input should be less than or equal to 500"),
    ("/dyad/RUS/RUS", 400, "two different actors"),
    ("/dyad/RUS/PRK?by=month&period=2023", 422, "is not a month"),
    ("/no/such/page", 404, "Not Found"),
])
def test_page_answers_bad_input_with_an_error_page(client, url, status, says):
    page = html(client, url, status)
    assert f"<h1>{status}:" in page
    assert says in page.replace("&#39;", "'")


def test_error_page_escapes_markup_from_the_request(client):
    page = html(client, "/actor/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", 404)
    assert "<img src=x" not in page
    assert "unknown actor: &#39;&lt;img src=x onerror=alert(1)&gt;&#39;" in page


def test_events_page_escapes_markup_typed_in_the_filters(client):
    page = html(client, "/events?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>alert(1)" not in page
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_pages_escape_markup_from_a_hostile_article(hostile_client):
    events_page = html(hostile_client, "/events")
    link = hostile_client.get("/api/events").json()["events"][0]["articles"][0]
    article_page = html(hostile_client, f"/article/{link['id']}?event={link['report_id']}")
    for page in (events_page, article_page):
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>missile" not in page
        assert "javascript:" not in page
    assert "&lt;img src=x onerror=alert(&#39;title&#39;)&gt; Russia condemns North Korea" in article_page
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in article_page
    assert HOSTILE_ARTICLE["id"] not in article_page


def test_pages_and_static_files_are_package_data():
    """Every template and static file is shipped in the wheel (pyproject's package-data)."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["dyadwatch"]
    package = REPO / "src" / "dyadwatch"
    shipped = {path for pattern in patterns for path in glob.glob(pattern, root_dir=package, recursive=True)}
    files = {p.relative_to(package).as_posix() for folder in ("templates", "static")
             for p in (package / "web" / folder).rglob("*") if p.is_file()}
    assert "web/static/vendor/chart.umd.min.js" in files and "web/templates/dyad.html" in files
    assert files <= shipped


@pytest.mark.parametrize("url", ["/", "/events", "/dyad/RUS/PRK", "/actor/PRK", "/api/home", "/api/events"])
def test_pages_work_on_an_empty_database(tmp_path, url):
    path = tmp_path / "empty.duckdb"
    with open_store(path):
        pass
    response = TestClient(make_app(path)).get(url)
    assert response.status_code == 200
    assert "No " in response.text or response.headers["content-type"].startswith("application/json")


def test_sanctions_page_groups_flags_by_rule_with_the_legal_source(client):
    page = html(client, "/sanctions")
    assert "<h1>Sanctions flags</h1>" in page and "Legal source: UNSCR" in page
    assert 'class="event flagged"' in page and 'class="article-link"' in page


def test_sanctions_page_says_when_nothing_matches(client):
    assert "No flagged events match these filters" in html(client, "/sanctions?actor=BRA")


def test_events_page_keeps_several_types_in_the_form_the_pager_and_the_downloads(client):
    page = html(client, "/events?type=AID&type=CONSULT&size=20")
    assert '<option value="AID" selected>' in page and '<option value="CONSULT" selected>' in page
    following = re.search(r'<a rel="next" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "type=AID&type=CONSULT" in following and "page=2" in following
    assert "/download/events?type=AID%2CCONSULT&amp;format=csv" in page
