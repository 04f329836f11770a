"""A real `dyadwatch ingest` process killed with SIGKILL in the middle of a run, then
run again, leaves the same database as a run that was never interrupted."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import contents, counts

pytestmark = [pytest.mark.model, pytest.mark.slow]  # kills real ingests and their workers

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
COPIES = 4  # 4 × 30 inputs: long enough a run to be killed in its middle
BATCH = "4"


def ingest_command(inputs: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", "ingest", str(inputs), "--db", str(db), "--batch-size", BATCH, *extra]


def run_to_the_end(inputs: Path, db: Path) -> None:
    subprocess.run(ingest_command(inputs, db), check=True, capture_output=True, env=_env(), timeout=600)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DYADWATCH_DB", None)
    return env


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kill") / "inputs"
    for n in range(COPIES):
        shutil.copytree(EXAMPLES, root / f"copy{n}")
    return root


def test_ingest_killed_mid_run_then_rerun_equals_an_uninterrupted_run(inputs, tmp_path):
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    run_to_the_end(inputs, whole)

    process = subprocess.Popen(ingest_command(inputs, killed, "--progress"), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=_env())
    try:
        line = _first_progress_line(process)  # the first batch is committed: kill the run while it goes on
        assert line.startswith("ingest:"), f"no progress line before the run ended: {line!r}"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    stored = counts(killed)["articles"]
    assert 0 < stored < counts(whole)["articles"], "the kill should land in the middle of the run"

    run_to_the_end(inputs, killed)
    expected, found = contents(whole), contents(killed)
    differing = {name: _first_difference(expected[name], found[name]) for name in expected if expected[name] != found[name]}
    assert not differing, differing


def _first_difference(expected: list[tuple], found: list[tuple]) -> str:
    expected_rows, found_rows = {repr(row) for row in expected}, {repr(row) for row in found}
    missing = [row for row in expected if repr(row) not in found_rows]
    extra = [row for row in found if repr(row) not in expected_rows]
    return f"{len(expected)} vs {len(found)} rows; first missing {missing[:1]}, first extra {extra[:1]}"


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _left_behind(group: int, *, patience: float = 60.0) -> list[str]:
    """The processes of `group` still there once they have had `patience` seconds to end."""
    deadline = time.monotonic() + patience
    while _group_alive(group) and time.monotonic() < deadline:
        time.sleep(0.2)
    if not _group_alive(group):
        return []
    found = subprocess.run(["ps", "-o", "pid=,args=", "-g", str(group)], capture_output=True, text=True).stdout
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)
    return found.splitlines()


def _first_progress_line(process: subprocess.Popen) -> str:
    """The first progress line on stderr, past any library warning printed before it
    (distributed warns when its default dashboard port is taken by another run)."""
    line = process.stderr.readline()
    for _ in range(20):  # a warning may span a few lines
        if not line or line.startswith(("ingest:", "dyadwatch:")):
            break
        line = process.stderr.readline()
    return line


PARALLEL = [pytest.param(("--jobs", "2"), id="jobs-2"), pytest.param(("--engine", "dask"), id="dask-local-cluster")]


def _start_parallel_ingest(inputs: Path, db: Path, engine: tuple[str, ...]) -> subprocess.Popen:
    process = subprocess.Popen(ingest_command(inputs, db, "--progress", *engine), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=_env(), start_new_session=True)
    line = _first_progress_line(process)  # workers are at work: the first batch is stored
    assert line.startswith("ingest:"), f"no progress line before the run ended: {line!r}"
    return process


@pytest.mark.parametrize("engine", PARALLEL)
def test_a_killed_parallel_ingest_leaves_no_worker_forkserver_or_tracker_behind(inputs, tmp_path, engine):
    process = _start_parallel_ingest(inputs, tmp_path / "killed.duckdb", engine)
    try:
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    assert _left_behind(process.pid) == []


@pytest.mark.parametrize("engine", PARALLEL)
def test_ctrl_c_stops_a_parallel_ingest_and_its_workers(inputs, tmp_path, engine):
    process = _start_parallel_ingest(inputs, tmp_path / "interrupted.duckdb", engine)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends: to every process of the job
    try:
        rest = process.stderr.read()
        process.wait(timeout=120)
    finally:
        process.stderr.close()
    assert process.returncode == 130, rest
    assert "interrupted" in rest and "Traceback" not in rest
    assert _left_behind(process.pid) == []
