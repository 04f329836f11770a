"""The opt-in per-part profile (`dyadwatch.timing`): off, it keeps nothing; on, each
part's own time is kept under its name, in the order the parts first finished. (No test
asserts on a duration.)"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadwatch import timing
from dyadwatch.timing import format_profile, stage_seconds, timed, timed_iter

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture
def recording() -> Iterator[None]:
    was = timing.enabled()
    timing.start(on=True)
    yield
    timing.start(on=was)


def test_timing_off_keeps_nothing_and_hands_back_the_iterable() -> None:
    was = timing.enabled()
    timing.start(on=False)
    try:
        items = [1, 2]
        assert timed_iter("reading", items) is items
        with timed("parse"), timed("parse"):
            pass
        assert stage_seconds() == {}
        assert timed("a") is timed("b")  # one shared do-nothing context
    finally:
        timing.start(on=was)


def test_timing_on_keeps_each_part_in_the_order_it_first_finished(recording: None) -> None:
    with timed("output"):
        for _ in timed_iter("reading", iter([1, 2, 3])):
            with timed("cleaning"), timed("language id"):
                pass
    assert list(stage_seconds()) == ["reading", "language id", "cleaning", "output"]
    assert all(seconds >= 0 for seconds in stage_seconds().values())


def test_timing_on_counts_a_part_that_raises(recording: None) -> None:
    with pytest.raises(ValueError), timed("actors"):
        raise ValueError
    assert list(stage_seconds()) == ["actors"]


def test_format_profile_adds_the_rest_and_the_total() -> None:
    text = format_profile({"parse": 1.0, "actors": 0.5}, total=2.0)
    lines = text.splitlines()
    assert lines[1].split() == ["parse", "1.000", "s", "50.0", "%"]
    assert lines[3].split()[-4:] == ["0.500", "s", "25.0", "%"]  # other: start-up, command line
    assert lines[4].split() == ["total", "2.000", "s"]


@pytest.mark.slow
@pytest.mark.model
def test_extract_prints_the_profile_when_asked() -> None:
    src = Path(timing.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(src), timing.ENV: "1"}
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "extract", "--quiet", str(EXAMPLES)],
                          capture_output=True, text=True, env=env, check=True)
    parts = [line.split()[0] for line in done.stderr.splitlines()[1:]]
    for part in ("reading", "language", "cleaning", "spaCy", "parse", "actors.rules.v1", "times.rules.v1",
                 "quotes.rules.v1", "events.rules.v1", "output", "total"):
        assert part in parts
    assert done.stdout  # the events are written as ever
    quiet = subprocess.run([sys.executable, "-m", "dyadwatch", "extract", "--quiet", str(EXAMPLES)],
                           capture_output=True, text=True, env={**env, timing.ENV: ""}, check=True)
    assert quiet.stderr == "" and quiet.stdout == done.stdout
