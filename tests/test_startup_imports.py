"""Start-up: what `annotate` and `extract` import before their first article is only
what every article needs. The libraries of one kind of input or one command (HTML
extraction, WARC archives, spelled-out dates, watchlist screening) are imported when
that input or step comes, each a tenth of a second or more."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
DEFERRED = ("trafilatura", "warcio", "fsspec", "dateparser", "rapidfuzz")


def test_importing_the_pipeline_loads_no_library_of_one_input_kind_or_step() -> None:
    code = (
        "import sys\n"
        "import dyadwatch.engines.local, dyadwatch.run, dyadwatch.pipeline, dyadwatch.registry\n"
        f"print(','.join(name for name in {DEFERRED!r} if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.stdout.strip() == ""


def test_an_iso_date_is_read_without_dateparser() -> None:
    code = (
        "import sys\n"
        "from dyadwatch.times.normalize import parse_numeric_date\n"
        "print(parse_numeric_date('2016-07-05', order='MDY'), parse_numeric_date('2016-02-30', order='MDY'),\n"
        "      'dateparser' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.stdout.split() == ["2016-07-05", "None", "False"]
