"""Serve and ingest share the database: an ingest stores its batches while the web app
answers a steady trickle of requests; a database held by another process is waited for
and then named (ingest's message, the 503 page); HEAD is answered wherever GET is; an
error echoes at most 200 characters of what was sent."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from conftest import EXAMPLES, SERVER_START_TIMEOUT, ServerThread, TestClient

from dyadwatch.errors import DyadwatchError
from dyadwatch.run import ingest
from dyadwatch.store.schema import DatabaseLockedError, open_store
from dyadwatch.store.sharing import ingest_turn, reading
from dyadwatch.web.app import make_app

pytestmark = pytest.mark.model

GET_ROUTES = ("/", "/events", "/dyad/RUS/PRK", "/actor/RUS", "/api", "/api/home", "/api/events",
              "/api/dyad?a=RUS&b=PRK", "/api/actor?name=RUS", "/api/openapi.json", "/static/app.css",
              "/dyad?a=RUS&b=PRK", "/actor?name=RUS")


@contextlib.contextmanager
def serving(db: Path):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    thread = ServerThread(make_app(db), sock)
    thread.start()
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while not thread.server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the test web server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        thread.server.should_exit = True
        thread.join(timeout=SERVER_START_TIMEOUT)
        sock.close()


@contextlib.contextmanager
def holding(db: Path, *, read_only: bool = False):
    """Another process (not dyadwatch) holding the database open; its process id."""
    code = ("import duckdb, sys, time\n"
            f"con = duckdb.connect(sys.argv[1], read_only={read_only})\n"
            "print('open', flush=True)\n"
            "time.sleep(120)\n")
    process = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "open"
        yield process.pid
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stdout.close()


@pytest.mark.slow
def test_ingest_succeeds_while_the_web_app_answers_a_steady_trickle_of_requests(tmp_path):
    db = tmp_path / "shared.duckdb"
    with open_store(db):
        pass  # an empty database, served from the start
    statuses: Counter[int] = Counter()
    done = threading.Event()

    def trickle(base: str) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while not done.is_set():
                statuses[client.get("/api/dyad", params={"a": "RUS", "b": "PRK"}).status_code] += 1
                statuses[client.get("/api/home").status_code] += 1

    with serving(db) as base:
        clients = [threading.Thread(target=trickle, args=(base,)) for _ in range(2)]
        for client in clients:
            client.start()
        try:
            run = subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES), "--db", str(db),
                                  "--batch-size", "4", "-q"], capture_output=True, text=True, timeout=600,
                                 env={k: v for k, v in os.environ.items() if k != "DYADWATCH_DB"})
        finally:
            done.set()
            for client in clients:
                client.join(timeout=120)
        after = httpx.get(f"{base}/api/home", timeout=60).json()
    assert run.returncode == 0, run.stderr
    assert "30 new" in run.stdout
    assert set(statuses) == {200} and sum(statuses.values()) > 10, statuses
    assert after["summary"]["articles"] == 30


def test_a_second_ingest_waits_for_the_first_and_names_it_when_it_gives_up(tmp_path):
    db = tmp_path / "busy.duckdb"
    (tmp_path / "a.txt").write_text("Russia condemns launch\n\nRussia condemned the launch by North Korea.\n")
    told: list[str] = []
    with ingest_turn(db), pytest.raises(DyadwatchError) as failure:
        ingest([str(tmp_path / "a.txt")], db=db, wait=0.5, on_wait=told.append)
    assert "is being written by" in str(failure.value) and "waited 0.5 s" in str(failure.value)
    assert len(told) == 1 and str(os.getpid()) in told[0]

    first = contextlib.ExitStack()  # the first ingest ends while the second waits for it
    first.enter_context(ingest_turn(db))
    release = threading.Timer(0.5, first.close)
    release.start()
    told.clear()
    summary = ingest([str(tmp_path / "a.txt")], db=db, wait=60, on_wait=told.append)
    release.join()
    assert told and "waiting up to 60 s" in told[0]
    assert summary.new == 1


def test_a_reader_and_ingest_name_the_process_that_holds_the_database(tmp_path):
    db = tmp_path / "held.duckdb"
    (tmp_path / "a.txt").write_text("Russia condemns launch\n\nRussia condemned the launch by North Korea.\n")
    with open_store(db):
        pass
    with holding(db) as pid:
        with pytest.raises(DatabaseLockedError) as failure, reading(db, patience=0.3):
            pass
        assert f"process {pid}" in str(failure.value)
        told: list[str] = []
        with pytest.raises(DatabaseLockedError):
            ingest([str(tmp_path / "a.txt")], db=db, wait=1.5, on_wait=told.append)
        assert told and f"process {pid}" in told[0]


def test_the_503_page_says_what_holds_the_database(tmp_path):
    db = tmp_path / "held.duckdb"
    with open_store(db):
        pass
    client = TestClient(make_app(db))
    with holding(db) as pid:
        page, api = client.get("/"), client.get("/api/home")
    assert page.status_code == 503 and api.status_code == 503
    assert f"process {pid}" in api.json()["detail"] and f"process {pid}" in page.text


def test_head_is_answered_wherever_get_is(client):
    for route in GET_ROUTES:
        got, head = client.get(route, follow_redirects=False), client.head(route, follow_redirects=False)
        assert head.status_code == got.status_code, route
        assert head.content == b"" and head.headers.get("content-type") == got.headers.get("content-type"), route


@pytest.mark.parametrize("url, field", [("/api/events", "q"), ("/events", "q"), ("/api/dyad?b=RUS", "a"),
                                        ("/api/actor", "name"), ("/api/article", "id")])
def test_an_error_echoes_at_most_200_characters_of_the_input(client, url, field):
    sent = "<x>" + "z" * 60_000
    response = client.get(url, params={field: sent})
    assert 400 <= response.status_code < 500
    assert "z" * 201 not in response.text and len(response.content) < 5_000
