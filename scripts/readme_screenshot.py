"""Retake the README's screenshot of the dyad page (docs/screenshots/dyad.png): ingest
examples/corpus into a fresh database, serve it on loopback, and photograph
/dyad/RUS/PRK at 1280x900 in Debian's chromium (Playwright).

    .venv/bin/python scripts/readme_screenshot.py
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from dyadwatch.store.ingest import ingest
from dyadwatch.web.app import make_app

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUT = REPO / "docs" / "screenshots" / "dyad.png"


def main() -> None:
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM}: no chromium (apt-get install chromium, or set DYADWATCH_CHROMIUM)")
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)  # the page names the database as given: a short relative name
        ingest([str(REPO / "examples" / "corpus")], db="dyadwatch.duckdb")
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(make_app("dyadwatch.duckdb"), log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/dyad/RUS/PRK")
            page.wait_for_function("() => document.querySelectorAll('canvas').length > 0")
            page.wait_for_timeout(800)  # the charts' entry animation
            page.screenshot(path=str(OUT))
            browser.close()
        server.should_exit = True
        thread.join(timeout=5)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
