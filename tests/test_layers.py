"""The layers (DESIGN.md §7): the store imports only the records and errors (and leaf
helpers), never the pipeline, an engine, the orchestrator or the sanctions rules; and
importing the registry builds no stage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import dyadwatch

SRC = str(Path(dyadwatch.__file__).resolve().parents[1])
ABOVE_THE_STORE = ("dyadwatch.pipeline", "dyadwatch.registry", "dyadwatch.engines", "dyadwatch.run",
                   "dyadwatch.sanctions", "dyadwatch.nlp", "dyadwatch.clean", "spacy")


def run_fresh(code: str) -> object:
    """What the last line of `code`, run by a fresh interpreter, prints (as JSON)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    return json.loads(done.stdout.splitlines()[-1])


def test_the_store_writer_and_flags_load_nothing_above_the_store():
    code = ("import json, sys\nimport dyadwatch.store.ingest, dyadwatch.store.flags, dyadwatch.store.export\n"
            f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({ABOVE_THE_STORE!r}))))")
    assert run_fresh(code) == []


def test_the_probe_sees_a_module_above_the_store_when_one_is_loaded():
    code = ("import json, sys\nimport dyadwatch.run\n"
            "print(json.dumps('dyadwatch.pipeline' in sys.modules))")
    assert run_fresh(code) is True


def test_importing_the_registry_reads_no_sanctions_regime():
    code = ("import json\nimport dyadwatch.registry\nfrom dyadwatch.sanctions import rules\n"
            "print(json.dumps([rules._shipped_regimes.cache_info().currsize, rules.load_settings.cache_info().currsize]))")
    assert run_fresh(code) == [0, 0]


def test_the_run_without_a_store_loads_no_database():
    # `annotate` and `extract` go through dyadwatch.run.annotate_paths: no DuckDB, no MinHash
    code = ("import json, sys\nimport dyadwatch.run\n"
            "print(json.dumps(sorted(m for m in ('duckdb', 'datasketch') if m in sys.modules)))")
    assert run_fresh(code) == []
