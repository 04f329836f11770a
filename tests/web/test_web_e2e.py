"""The pages in a real browser (Debian's chromium under Playwright) against the app
served over HTTP: from the dyad chart to a period's events, to an event's article.
Screenshots are saved in test-artifacts/web/."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]  # a real browser against a real server

CHART_READY = "id => !!(window.Chart && Chart.getChart(document.getElementById(id)))"

# The centre of the first non-empty bar (or point) of a chart, in page pixels, and its period.
FIRST_ELEMENT = """id => {
  const canvas = document.getElementById(id);
  const chart = Chart.getChart(canvas);
  const box = canvas.getBoundingClientRect();
  for (let d = 0; d < chart.data.datasets.length; d++) {
    const values = chart.data.datasets[d].data;
    const elements = chart.getDatasetMeta(d).data;
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== null && values[i] !== 0) {
        const el = elements[i];
        const y = el.base === undefined ? el.y : (el.y + el.base) / 2;
        return {x: box.left + el.x, y: box.top + y, period: chart.data.labels[i],
                dataset: chart.data.datasets[d].label};
      }
    }
  }
  return null;
}"""


def wait_for_chart(page, canvas_id: str) -> None:
    page.wait_for_function(CHART_READY, arg=canvas_id)


def click_first_element(page, canvas_id: str) -> dict:
    wait_for_chart(page, canvas_id)
    target = page.evaluate(FIRST_ELEMENT, canvas_id)
    assert target, f"#{canvas_id} draws nothing"
    page.mouse.click(target["x"], target["y"])
    return target


def test_dyad_chart_leads_to_a_period_then_an_event_then_its_article(browser_page, artifacts):
    page = browser_page.page
    assert browser_page.open("/dyad/RUS/PRK").status == 200
    wait_for_chart(page, "score-chart")
    page.screenshot(path=str(artifacts / "dyad.png"))

    target = click_first_element(page, "quad-chart-1")
    page.wait_for_url(re.compile(rf"period={target['period']}"))
    events = page.locator("#period-events li.event")
    assert events.count() >= 1
    assert f"Events of {target['period']} between RUS and PRK" in page.locator("#period-events h2").inner_text()
    page.locator("#period-events").screenshot(path=str(artifacts / "dyad-period-events.png"))

    first = events.first
    sentence = first.locator("blockquote.sentence").inner_text()
    first.locator("a.article-link").first.click()
    page.wait_for_url(re.compile(r"/article/.+\?event=\w+#r-\w+"))
    focused = page.locator(".text mark.m-focus")
    assert focused.first.is_visible()
    assert "".join(focused.all_inner_texts()).split() == sentence.split()
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)
    assert browser_page.errors == []


def test_dyad_score_chart_click_selects_the_period_clicked(browser_page):
    page = browser_page.page
    browser_page.open("/dyad/RUS/PRK?by=month")
    target = click_first_element(page, "score-chart")
    page.wait_for_url(re.compile(rf"by=month&period={target['period']}#period-events"))
    assert page.locator("#periods tr.selected a").inner_text() == target["period"]
    assert page.locator("#period-events li.event").count() >= 1


def test_dyad_period_selector_redraws_the_chart_by_month(browser_page):
    page = browser_page.page
    browser_page.open("/dyad/RUS/PRK")
    page.select_option("#by", "month")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(re.compile(r"by=month"))
    wait_for_chart(page, "score-chart")
    labels = page.evaluate("() => Chart.getChart(document.getElementById('score-chart')).data.labels")
    assert labels and all(re.fullmatch(r"\d{4}-\d{2}", label) for label in labels)


def test_events_page_filters_with_the_form_and_pages_on(browser_page, artifacts):
    page = browser_page.page
    browser_page.open("/events")
    page.fill("input[name=actor]", "North Korea")
    page.select_option("select[name=size]", "20")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"actor=North\+Korea"))
    heads = page.locator("li.event .who").all_inner_texts()
    assert len(heads) == 20 and all("PRK" in head.split("→")[0] for head in heads)
    assert page.locator("li.event mark.m-actor").count() >= 1
    page.screenshot(path=str(artifacts / "events.png"))
    page.locator("a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator("li.event").count() >= 1


def test_actor_chart_bar_opens_the_dyad_at_that_period(browser_page, artifacts):
    page = browser_page.page
    browser_page.open("/actor/PRK")
    wait_for_chart(page, "partners-chart")
    page.screenshot(path=str(artifacts / "actor.png"))
    target = click_first_element(page, "partners-chart")
    assert target["dataset"] != "others"  # the first dataset is the main partner
    page.wait_for_url(re.compile(rf"/dyad/PRK/{target['dataset']}\?by=year&period={target['period']}"))
    assert page.locator("#period-events li.event").count() >= 1


@pytest.mark.parametrize(("name", "path"), [
    ("home", "/"), ("events-all", "/events"), ("dyad-week", "/dyad/RUS/PRK?by=week"), ("actor-rus", "/actor/RUS"),
    ("api", "/api"), ("error", "/actor/Atlantis"),
])
def test_page_works_offline_without_errors(browser_page, artifacts, name, path):
    page = browser_page.page
    browser_page.open(path)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    elsewhere = [url for url in browser_page.requests
                 if not url.startswith((browser_page.base + "/", "data:"))]
    assert elsewhere == []
    expected = ["the server responded with a status of 404"] if name == "error" else []
    assert [e for e in browser_page.errors if not any(x in e for x in expected)] == []


def test_sanctions_page_lists_flags_and_leads_to_the_article(browser_page, artifacts):
    page = browser_page.page
    assert browser_page.open("/sanctions").status == 200
    flagged = page.locator("li.event.flagged")
    assert flagged.count() >= 1
    assert "Legal source" in page.locator("section.flag-group p.legal").first.inner_text()
    page.screenshot(path=str(artifacts / "sanctions.png"), full_page=True)
    flagged.first.locator("a.article-link").first.click()
    page.wait_for_url(re.compile(r"/article/.+\?event=\w+#r-\w+"))
    assert page.locator("#article-events a.sanction").count() >= 1
    assert browser_page.errors == []


PHONE = {"width": 390, "height": 844}
PHONE_PAGES = ["/", "/events", "/events?actor=PRK", "/dyad/RUS/PRK", "/dyad/RUS/PRK?by=month&period=2023-09",
               "/actor/PRK", "/sanctions", "/api", "/actor/Atlantis"]


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_no_page_overflows_a_phone_screen(browser, live_server, artifacts, path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(live_server + path)
        page.wait_for_load_state("networkidle")
        wide = page.evaluate("() => document.documentElement.scrollWidth")
        if path == "/dyad/RUS/PRK":
            page.screenshot(path=str(artifacts / "dyad-phone.png"), full_page=True)
        assert wide <= PHONE["width"], f"{path} is {wide} px wide"
    finally:
        context.close()


def test_events_csv_download_equals_the_events_command_and_every_page(browser_page, corpus_db, tmp_path):
    import csv
    import json

    from click.testing import CliRunner

    from dyadwatch.cli import cli

    page = browser_page.page
    browser_page.open("/events?actor=North+Korea&type=&size=20")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "events.csv"
    download.value.save_as(saved)
    downloaded = [row["event_id"] for row in csv.DictReader(saved.open(encoding="utf-8"))]

    command = CliRunner().invoke(cli, ["events", "--db", str(corpus_db), "--actor", "North Korea", "--format", "jsonl"])
    assert command.exit_code == 0, command.output
    assert downloaded == [json.loads(line)["event_id"] for line in command.output.splitlines()]

    shown = []
    while True:
        shown += page.locator("li.event").evaluate_all("items => items.map(i => i.dataset.eventId)")
        following = page.locator("a[rel=next]")
        if not following.count():
            break
        following.click()
        page.wait_for_load_state("load")
    assert len(downloaded) > 20 and shown == downloaded
