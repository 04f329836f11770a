"""The command line starts light: defining the commands, `dyadwatch --help` and every
`dyadwatch COMMAND --help` load none of the heavy libraries (they are imported when a
command runs), and the defaults the help shows are the library's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import dyadwatch
from dyadwatch import cli_defaults

HEAVY = ("spacy", "duckdb", "pyarrow", "fastapi", "dask", "distributed", "numpy")
SRC = str(Path(dyadwatch.__file__).resolve().parents[1])


def heavy_modules_after(code: str) -> list[str]:
    """The heavy modules imported by a fresh interpreter that ran `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_the_probe_sees_a_heavy_library_when_one_is_loaded():
    assert heavy_modules_after("import dyadwatch.store.schema") == ["duckdb"]


def test_importing_the_command_line_loads_no_heavy_library():
    assert heavy_modules_after("import dyadwatch.cli") == []


def test_help_of_the_program_and_of_every_command_loads_no_heavy_library():
    code = """
from click.testing import CliRunner
from dyadwatch.cli import cli
runner = CliRunner()
for arguments in [["--help"], ["--version"], *([name, "--help"] for name in cli.commands)]:
    result = runner.invoke(cli, arguments)
    assert result.exit_code == 0 and ("Usage:" in result.output or "version" in result.output), (arguments, result.output)
assert len(cli.commands) >= 12, sorted(cli.commands)
"""
    assert heavy_modules_after(code) == []


def test_the_defaults_the_help_shows_are_the_librarys_own():
    from dyadwatch.evaluate.gate import DEFAULT_FLOORS
    from dyadwatch.evaluate.kinds import KINDS
    from dyadwatch.sources import DEFAULT_MAX_BYTES
    from dyadwatch.store import export, formats, ingest, queries, schema, sharing

    assert cli_defaults.MAX_BYTES == DEFAULT_MAX_BYTES
    assert cli_defaults.EVAL_KINDS == tuple(sorted(KINDS))
    assert cli_defaults.FLOORS == DEFAULT_FLOORS
    assert cli_defaults.DB == schema.DEFAULT_DB
    assert cli_defaults.WAIT == sharing.DEFAULT_WAIT
    assert cli_defaults.INGEST_BATCH_SIZE == ingest.DEFAULT_BATCH_SIZE
    assert cli_defaults.QUERY_FORMATS == formats.QUERY_FORMATS
    assert (cli_defaults.EXPORT_FORMATS, cli_defaults.EXPORT_TABLES) == (export.EXPORT_FORMATS, export.EXPORT_TABLES)
    assert cli_defaults.PERIODS == tuple(queries.PERIODS)
    assert (cli_defaults.PERIOD, cli_defaults.EVIDENCE, cli_defaults.TOP) == (
        queries.DEFAULT_PERIOD, queries.DEFAULT_EVIDENCE, queries.DEFAULT_TOP)
