"""Fixtures of the web tests: the example corpus in a store (ingested once per session),
the app over it, the app served by uvicorn in a thread, and Debian's chromium driven by
Playwright. Screenshots go to test-artifacts/web/ (ignored by git)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from dyadwatch.run import ingest
from dyadwatch.web.app import make_app

with warnings.catch_warnings():
    # Starlette's TestClient announces a future move to httpx2; not ours to act on yet.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"
ARTIFACTS = REPO / "test-artifacts" / "web"
CHROMIUM = Path(os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}
SERVER_START_TIMEOUT = 30.0


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The 30 articles of examples/corpus, ingested (needs the spaCy model)."""
    path = tmp_path_factory.mktemp("web") / "corpus.duckdb"
    summary = ingest([str(EXAMPLES)], db=path)
    assert summary.failed == 0, summary.errors
    return path


@pytest.fixture(scope="session")
def client(corpus_db) -> TestClient:
    return TestClient(make_app(corpus_db))


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


class ServerThread(threading.Thread):
    """uvicorn serving an app on a socket bound beforehand (so the port is known)."""

    def __init__(self, app, sock: socket.socket) -> None:
        super().__init__(daemon=True)
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        self.sock = sock

    def run(self) -> None:
        self.server.run(sockets=[self.sock])


@pytest.fixture(scope="session")
def live_server(corpus_db) -> Iterator[str]:
    """The base URL of the app served over HTTP on a free loopback port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    thread = ServerThread(make_app(corpus_db), sock)
    thread.start()
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while not thread.server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    thread.server.should_exit = True
    thread.join(timeout=SERVER_START_TIMEOUT)
    with contextlib.suppress(OSError):
        sock.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium under Playwright; the tests skip, saying why, without it."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the "
                    "browser tests; .ci/run does")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class BrowserPage:
    """A page of a fresh browser context that records console errors, failed requests
    and every URL the page asked for."""

    def __init__(self, page, base: str) -> None:
        self.page = page
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")
        return response


@pytest.fixture
def browser_page(browser, live_server) -> Iterator[BrowserPage]:
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    try:
        yield BrowserPage(context.new_page(), live_server)
    finally:
        context.close()


HOSTILE_ID = "<script>alert('id')</script>"
HOSTILE_ARTICLE = {
    "id": HOSTILE_ID,
    "url": "javascript:alert(1)",
    "title": "<img src=x onerror=alert('title')> Russia condemns North Korea",
    "published": "2023-05-02",
    "text": (
        "<img src=x onerror=alert('title')> Russia condemns North Korea\n\n"
        "MOSCOW, May 2, 2023 -- Russia condemned North Korea on Tuesday over its <b>missile</b> tests, "
        "the Kremlin said. <script>alert('text')</script>\n\n"
        "Russian Foreign Minister Sergei Lavrov said Moscow \"<i>would not accept</i>\" further launches "
        "near its border, and he accused Pyongyang of provocations."
    ),
}


@pytest.fixture(scope="session")
def hostile_client(tmp_path_factory) -> TestClient:
    """The app over a store whose one article carries markup and a script URL in its
    id, title, text and url (as a hostile page could)."""
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.jsonl"
    source.write_text(json.dumps(HOSTILE_ARTICLE) + "\n", encoding="utf-8")
    summary = ingest([str(source)], db=folder / "hostile.duckdb")
    assert summary.failed == 0, summary.errors
    return TestClient(make_app(folder / "hostile.duckdb"))
