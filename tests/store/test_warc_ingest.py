"""A web archive of a few hundred records through the real `dyadwatch ingest`: progress
on stderr, and no record lost — every HTML record is stored or reported with its reason
(a page in French is read but not coded: a notice, not a failure).
The progress line (articles, words/s, ETA, failures) shows on a terminal, not in a pipe."""

from __future__ import annotations

import io
import os
import pty
import random
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.cli.store import _progress_printer
from dyadwatch.progress import StatusLine
from dyadwatch.store.ingest import IngestSummary

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
URLS_PER_PAGE = 24  # 12 example pages × 24 addresses = 288 good records
FRENCH = (
    "<html lang='fr'><head><title>Le sommet de Vladivostok</title></head><body><article>"
    "<h1>Le sommet de Vladivostok</h1>"
    "<p>Le président russe a reçu le dirigeant nord-coréen jeudi à Vladivostok pour des entretiens "
    "qui ont duré plusieurs heures, selon les agences de presse des deux pays.</p>"
    "<p>Les deux dirigeants ont parlé de la situation dans la péninsule coréenne et de la coopération "
    "économique entre leurs pays, a indiqué le porte-parole du gouvernement.</p>"
    "</article></body></html>"
).encode()
GARBAGE = random.Random(7).randbytes(3000)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


def response(writer: WARCWriter, url: str, payload: bytes, content_type: str = "text/html; charset=utf-8") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))


def build_archive(path: Path) -> dict[str, object]:
    """The example pages at many addresses, with bad records among them; what went in:
    the number of good records, and each bad one's record number and URL by its kind."""
    pages = sorted((EXAMPLES / "html").glob("*.html"))
    bad = {40: ("empty", b""), 120: ("french", FRENCH), 200: ("garbage", GARBAGE)}
    number, good, failing = 0, 0, {}
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dyadwatch tests"}))
        number += 1
        for n in range(URLS_PER_PAGE * len(pages)):
            if n in bad:
                number += 1
                kind, payload = bad[n]
                response(writer, f"https://news.example/bad/{kind}", payload)
                failing[kind] = (f"{path}#{number}", f"https://news.example/bad/{kind}")
            if n == 250:
                number += 1
                response(writer, "https://news.example/logo.png", PNG, content_type="image/png")
            number += 1
            page = pages[n % len(pages)]
            response(writer, f"https://mirror{n // len(pages)}.example/{page.stem}", page.read_bytes())
            good += 1
    return {"good": good, "failing": failing}


def ingest(*args: str, **run: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DYADWATCH_DB"}
    command = [sys.executable, "-m", "dyadwatch", "ingest", *args]
    return subprocess.run(command, env=env, timeout=900, **run)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """The archive ingested with --progress: (what went in, the finished process, the database)."""
    root = tmp_path_factory.mktemp("warc")
    archive, db = root / "crawl.warc.gz", root / "crawl.duckdb"
    built = build_archive(archive)
    done = ingest(str(archive), "--db", str(db), "--progress", "--batch-size", "50", capture_output=True, text=True)
    return built, done, db


def progress_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("ingest:")]


def skipped(stderr: str, *, label: str = "skipped") -> dict[str, str]:
    """source → reason of every `dyadwatch: skipped SOURCE: REASON` line (or `notice:`)."""
    lines = (re.match(rf"dyadwatch: {label} (\S+): (.*)", line) for line in stderr.splitlines())
    return {match[1]: match[2] for match in lines if match}


def reported(built: dict, stderr: str) -> dict[str, str | None]:
    """kind of bad record → the reason reported for it, under its record number (a
    broken record) or its URL (a page that does not clean into an article)."""
    reasons = skipped(stderr) | skipped(stderr, label="notice:")
    return {kind: reasons.get(number) or reasons.get(url) for kind, (number, url) in built["failing"].items()}


@pytest.mark.model
@pytest.mark.slow
def test_warc_ingest_stores_or_reports_every_html_record(crawl):
    built, done, db = crawl
    with duckdb.connect(str(db), read_only=True) as con:
        [(stored,)] = con.execute("SELECT count(*) FROM articles").fetchall()
    failures, notices = skipped(done.stderr), skipped(done.stderr, label="notice:")
    assert built["good"] >= 200 and stored == built["good"]
    assert (len(failures), len(notices)) == (2, 1) and None not in reported(built, done.stderr).values()
    assert stored + len(failures) + len(notices) == built["good"] + len(built["failing"]) and done.returncode == 1


@pytest.mark.slow
@pytest.mark.model
def test_warc_ingest_reports_each_bad_record_with_its_reason(crawl):
    built, done, _ = crawl
    reasons = reported(built, done.stderr)
    assert "empty" in reasons["empty"] and "binary" in reasons["garbage"]
    assert "language 'fr'" in reasons["french"]


@pytest.mark.slow
@pytest.mark.model
def test_warc_ingest_ignores_records_that_are_not_html_pages(crawl):
    built, done, _ = crawl
    summary = re.search(r"articles: (\d+) new, (\d+) unchanged, (\d+) duplicate, (\d+) updated, (\d+) failed, "
                        r"(\d+) re-dated, (\d+) not coded", done.stdout)
    new, unchanged, duplicate, updated, failed, redated, not_coded = map(int, summary.groups())
    assert (new + unchanged + duplicate + updated + redated, failed, not_coded) == (built["good"], 2, 1)  # not the warcinfo, not the PNG


@pytest.mark.slow
@pytest.mark.model
def test_warc_ingest_progress_counts_articles_words_and_failures(crawl):
    built, done, _ = crawl
    lines = progress_lines(done.stderr)
    counts = [int(re.match(r"ingest: (\d+) articles", line)[1]) for line in lines]
    assert len(lines) >= 5 and counts == sorted(counts) and counts[-1] == built["good"] + 3
    assert all(" words/s" in line for line in lines) and "2 failed" in lines[-1]  # the French page is not coded
    assert int(re.search(r"([\d,]+) words/s", lines[-1])[1].replace(",", "")) > 0


@pytest.mark.slow
@pytest.mark.model
def test_warc_ingest_links_the_copies_to_their_original(crawl):
    _, done, db = crawl
    with duckdb.connect(str(db), read_only=True) as con:
        [(originals, copies)] = con.execute(
            "SELECT count(*) FILTER (WHERE duplicate_of IS NULL), count(*) FILTER (WHERE duplicate_of IS NOT NULL) "
            "FROM articles"
        ).fetchall()
    assert originals == 12 and copies == 12 * (URLS_PER_PAGE - 1)


# --- progress on a terminal, not in a pipe ---------------------------------------------------


def ingest_on_terminal(tmp_path: Path, *, stdout_is_terminal: bool) -> str:
    """stderr of an ingest whose stderr is a terminal, and stdout a terminal or a pipe."""
    main, terminal = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "DYADWATCH_DB"}
    command = [sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES / "text"), "--db",
               str(tmp_path / "t.duckdb"), "--batch-size", "4"]
    with subprocess.Popen(command, env=env, stdout=terminal if stdout_is_terminal else subprocess.PIPE,
                          stderr=terminal) as process:
        os.close(terminal)  # read while it runs, so a full terminal buffer never blocks it
        shown = _read_all(main)
        process.communicate(timeout=600)  # its few lines of summary fit in the pipe
    return shown.decode()


def _read_all(fd: int) -> bytes:
    chunks = []
    try:
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    except OSError:  # EIO: the other side of the terminal is closed, everything is read
        pass
    os.close(fd)
    return b"".join(chunks)


@pytest.mark.slow
@pytest.mark.model
def test_ingest_progress_on_a_terminal_shows_articles_words_eta_and_failures(tmp_path):
    shown = ingest_on_terminal(tmp_path, stdout_is_terminal=True)
    assert "ingest: 4/15 articles" in shown and "words/s" in shown and "ETA" in shown and "0 failed" in shown
    assert "\r\x1b[Karticles: " in shown  # the progress line is cleared before the summary


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_status_line_redraws_in_place_on_a_terminal_and_clears_at_the_end():
    stream = Terminal()
    status = StatusLine(stream)
    status.update("ingest: 4 articles")
    status.update("ingest: 8 articles")
    status.close()
    assert stream.getvalue() == "\ringest: 4 articles\x1b[K\ringest: 8 articles\x1b[K\r\x1b[K"


def test_status_line_closed_with_keep_leaves_its_last_text_on_a_terminal():
    stream = Terminal()
    status = StatusLine(stream)
    status.update("annotate: 8 articles")
    status.close(keep=True)
    assert stream.getvalue() == "\rannotate: 8 articles\x1b[K\n"


def test_status_line_writes_a_line_per_update_elsewhere():
    stream = io.StringIO()
    status = StatusLine(stream)
    status.update("ingest: 4 articles")
    status.close()
    assert stream.getvalue() == "ingest: 4 articles\n"


@pytest.mark.slow
@pytest.mark.model
def test_ingest_progress_is_quiet_when_stdout_is_a_pipe(tmp_path):
    assert "ingest:" not in ingest_on_terminal(tmp_path, stdout_is_terminal=False)


def test_progress_line_estimates_the_time_left_from_the_rate(capsys):
    _progress_printer(StatusLine(), total=10)(IngestSummary(new=4, failed=1, words=1000, seconds=2.0))
    line = capsys.readouterr().err
    assert line.startswith("ingest: 5/10 articles · 1 failed · 0 events · 500 words/s · ETA 0:00:02")
    assert "4 new, 0 duplicate, 0 unchanged, 0 updated" in line
    assert "500 words/s" in line and "2.5 articles/s" in line and "ETA 0:00:02" in line


def test_progress_line_without_a_total_has_no_eta(capsys):
    _progress_printer(StatusLine())(IngestSummary(new=3, words=30, seconds=1.0))
    line = capsys.readouterr().err
    assert "ingest: 3 articles" in line and "30 words/s" in line and "ETA" not in line
