"""Exit statuses, as the README lists them: 0 every input read, 1 some inputs skipped
(bad data), 2 a usage or environment error, 3 an internal error (a bug), whatever the
command; scripts can tell a bug from bad data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from builders import news_text


def dyadwatch(*args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "DYADWATCH_DB"}
    return subprocess.run([sys.executable, "-m", "dyadwatch", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.mark.slow
def test_every_input_read_is_0_some_skipped_is_1(write):
    good = write("good.txt", news_text())
    assert dyadwatch("clean", "-q", str(good)).returncode == 0
    bad = write("bad.txt", b"\x00\x01\x02 binary")
    mixed = dyadwatch("clean", "-q", str(good), str(bad))
    assert mixed.returncode == 1
    assert mixed.stdout.count("\n") == 1 and f"dyadwatch: skipped {bad}: binary data" in mixed.stderr


def test_a_usage_or_environment_error_is_2(tmp_path):
    assert dyadwatch("clean", "--no-such-option", "x").returncode == 2
    missing = dyadwatch("events", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and missing.stderr.startswith("dyadwatch: error: no database at")


def test_a_directory_that_is_not_there_is_bad_data_not_a_crash(tmp_path):
    result = dyadwatch("clean", "-q", str(tmp_path / "nowhere"))
    assert result.returncode == 1 and "no such file or directory" in result.stderr and "Traceback" not in result.stderr


# Run as the program is, then, in an exit hook registered before `main` (so run after
# the program's own), report whether the collector's generations were frozen.
AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count() > 0, flush=True))
sys.argv = ["dyadwatch", *sys.argv[1:]]
from dyadwatch.cli import main
main()
"""


def test_the_program_leaves_its_objects_to_the_system_at_exit_and_still_prints_everything(write):
    path = write("a.txt", news_text())
    done = subprocess.run([sys.executable, "-c", AT_EXIT, "clean", "-q", str(path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    record, frozen = done.stdout.splitlines()
    assert '"title": "North Korea recognizes Donetsk and Luhansk"' in record
    assert frozen == "frozen True"
