"""Serve and ingest share the database: an ingest stores its batches while the web app
answers a steady trickle of requests; a database held by another process is waited for
and then named (ingest's message, the 503 page); HEAD is answered wherever GET is; an
error echoes at most 200 characters of what was sent."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import weakref
from collections import Counter
from pathlib import Path

import httpx
import pytest
from conftest import EXAMPLES, SERVER_START_TIMEOUT, ServerThread, TestClient

from dyadwatch.errors import DyadwatchError
from dyadwatch.run import ingest
from dyadwatch.store.schema import DatabaseLockedError, open_store
from dyadwatch.store.sharing import FLAG_SUFFIX, SharedReader, ingest_turn, reading
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@contextlib.contextmanager
def ingest_flag(db: Path):
    """The flag an ingest raises before it opens the database, with a live process id
    other than this one (a reader ignores a flag of its own process)."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    flag = Path(f"{db}{FLAG_SUFFIX}")
    flag.write_text(f"{other.pid}\n", encoding="utf-8")
    try:
        yield
    finally:
        flag.unlink(missing_ok=True)
        other.kill()
        other.wait(timeout=30)


def test_shared_reader_lets_go_of_the_database_when_an_ingest_raises_its_flag(tmp_path):
    db = tmp_path / "shared.duckdb"
    with open_store(db):
        pass
    reader = SharedReader(db, idle=600)
    with reader.connection() as (con, generation):
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    with ingest_flag(db):
        time.sleep(0.5)  # the reader's watcher looks every RETRY_SECONDS
        with holding(db) as pid:  # the file can be opened read-write by another process
            assert pid
        assert reader.current() == generation  # what was read just before the ingest's turn stands
    with reader.connection() as (con, _):  # and is read again once the flag is gone
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    reader.close()


def test_shared_reader_generation_changes_only_when_the_file_was_written(tmp_path):
    db = tmp_path / "shared.duckdb"
    with open_store(db):
        pass
    reader = SharedReader(db, idle=0.1)
    with reader.connection() as (_, first):
        pass
    time.sleep(0.5)  # released after `idle`
    assert reader.current() is None
    with ingest_flag(db):  # an ingest may have stored batches since: nothing read before stands
        assert reader.current() is None
    with reader.connection() as (_, again):
        pass
    assert again == first
    time.sleep(0.5)
    with open_store(db) as con:
        con.execute("CREATE TABLE written (x INTEGER)")
    with reader.connection() as (_, after):
        pass
    assert after == first + 1
    reader.close()


def test_answers_given_before_an_ingest_are_still_served_during_its_turn(corpus_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(corpus_db, db)
    app = make_app(db)
    app.state.reader.patience = 0.5
    client = TestClient(app)
    before = client.get("/api/dyad", params={"a": "RUS", "b": "PRK"})
    assert before.status_code == 200
    with ingest_flag(db), holding(db):  # the ingest has the file
        during = client.get("/api/dyad", params={"a": "RUS", "b": "PRK"})
        unseen = client.get("/api/dyad", params={"a": "RUS", "b": "UKR"})
    assert during.status_code == 200 and during.content == before.content
    assert unseen.status_code == 503


def test_an_answer_is_computed_again_once_the_database_changed(corpus_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(corpus_db, db)
    with open_store(db, read_only=True) as con:
        (article,) = con.execute("SELECT min(id) FROM articles").fetchone()
    client = TestClient(make_app(db))
    url = f"/api/article?id={article}"
    assert client.get(url).json()["title"] == client.get(url).json()["title"] != "Changed"
    changing = ("import sys\nfrom dyadwatch.store.sharing import writing\n"
                "with writing(sys.argv[1], wait=30) as con:\n"
                "    con.execute(\"UPDATE articles SET title = 'Changed' WHERE id = ?\", [sys.argv[2]])\n")
    subprocess.run([sys.executable, "-c", changing, str(db), article], check=True, timeout=120)
    assert client.get(url).json()["title"] == "Changed"


def test_a_thread_that_used_the_reader_never_holds_the_last_reference_to_a_connection(tmp_path):
    # DuckDB gives the GIL up while it frees a connection: freed in a daemon thread while
    # the interpreter exits, the process aborts. The reader keeps them; the main thread frees them.
    db = tmp_path / "shared.duckdb"
    with open_store(db):
        pass
    reader = SharedReader(db, idle=0.1)
    seen = []

    def request():
        with reader.connection() as (con, _):
            seen.append(weakref.ref(con))

    worker = threading.Thread(target=request)
    worker.start()
    worker.join()
    time.sleep(0.5)  # the shared connection is released after `idle`, its watch thread ends
    assert reader.current() is None
    assert seen[0]() is not None
    del reader
    gc.collect()
    assert seen[0]() is None


EXIT_WHILE_ANSWERING = """
import sys, threading, time
from dyadwatch.store.sharing import SharedReader

reader = SharedReader(sys.argv[1])

def answer_requests():
    while True:
        with reader.connection() as (con, _):
            con.execute("SELECT sum(i * i) FROM range(1000000) t(i)").fetchall()

threading.Thread(target=answer_requests, daemon=True).start()
time.sleep(0.3)
"""


@pytest.mark.slow
def test_the_interpreter_exits_cleanly_while_a_daemon_thread_answers_requests(tmp_path):
    # Before the exit hook about a third of these runs aborted ("FATAL: exception not
    # rethrown", status 134): the thread was inside DuckDB when Python stopped it.
    db = tmp_path / "empty.duckdb"
    with open_store(db):
        pass
    for _ in range(8):
        run = subprocess.run([sys.executable, "-c", EXIT_WHILE_ANSWERING, str(db)], capture_output=True, text=True,
                             timeout=60)
        assert run.returncode == 0, run.stderr[-500:]
        assert "FATAL" not in run.stderr
