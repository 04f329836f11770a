"""The command line starts light: defining the commands, `dyadwatch --help` and every
`dyadwatch COMMAND --help` load none of the heavy libraries (they are imported when a
command runs), and the defaults the help shows are the library's own."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import dyadwatch
from dyadwatch.cli import options

HEAVY = ("spacy", "duckdb", "pyarrow", "fastapi", "dask", "distributed", "numpy")
SRC = str(Path(dyadwatch.__file__).resolve().parents[1])
CLI = Path(dyadwatch.__file__).resolve().parent / "cli"
SHARED_MODULES = ("options", "views")  # what command modules share: options and record views
COMMAND_MODULES = sorted(path.stem for path in CLI.glob("*.py") if path.stem not in ("__init__", *SHARED_MODULES))


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


@pytest.mark.parametrize("module", [*SHARED_MODULES, *COMMAND_MODULES])
def test_importing_a_command_module_loads_no_heavy_library(module):
    assert heavy_modules_after(f"import dyadwatch.cli.{module}") == []


def dyadwatch_cli_imports(module: str) -> set[str]:
    """The `dyadwatch.cli…` modules that cli/MODULE.py imports (names from the package
    count as the package itself)."""
    tree = ast.parse((CLI / f"{module}.py").read_text(encoding="utf-8"))
    found = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    found |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name for name in found if name == "dyadwatch.cli" or name.startswith("dyadwatch.cli.")}


def test_the_group_has_the_commands_of_every_command_module_and_no_other():
    from dyadwatch.cli import cli

    modules = [importlib.import_module(f"dyadwatch.cli.{module}") for module in COMMAND_MODULES]
    assert sorted(command.name for module in modules for command in module.COMMANDS) == sorted(cli.commands)


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_a_command_module_imports_the_shared_options_never_the_command_group(module):
    # The group imports the command modules to add their commands: an import back is a cycle.
    assert dyadwatch_cli_imports(module) <= {f"dyadwatch.cli.{shared}" for shared in SHARED_MODULES}


@pytest.mark.parametrize("module", SHARED_MODULES)
def test_the_shared_modules_import_no_command_module(module):
    assert dyadwatch_cli_imports(module) == set()


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
    from dyadwatch.web import server

    assert options.MAX_BYTES == DEFAULT_MAX_BYTES
    assert options.EVAL_KINDS == tuple(sorted(KINDS))
    assert options.FLOORS == DEFAULT_FLOORS
    assert options.DB == schema.DEFAULT_DB
    assert options.WAIT == sharing.DEFAULT_WAIT
    assert options.INGEST_BATCH_SIZE == ingest.DEFAULT_BATCH_SIZE
    assert options.QUERY_FORMATS == formats.QUERY_FORMATS
    assert (options.EXPORT_FORMATS, options.EXPORT_TABLES) == (export.EXPORT_FORMATS, export.EXPORT_TABLES)
    assert options.PERIODS == tuple(queries.PERIODS)
    assert (options.PERIOD, options.EVIDENCE, options.TOP) == (
        queries.DEFAULT_PERIOD, queries.DEFAULT_EVIDENCE, queries.DEFAULT_TOP)
    assert (options.HOST, options.PORT) == (server.DEFAULT_HOST, server.DEFAULT_PORT)


# A first import under `long_lived_imports`, then the same import again.
FREEZING = """
import gc, sys
from dyadwatch.cli.options import long_lived_imports
assert "dyadwatch.times.periods" not in sys.modules
with long_lived_imports():
    paused = not gc.isenabled()
    import dyadwatch.times.periods
first = gc.get_freeze_count()
gc.unfreeze()
with long_lived_imports():
    import dyadwatch.times.periods
print(paused, first > 0, gc.get_freeze_count(), gc.isenabled())
"""


def test_long_lived_imports_pause_the_collector_and_freeze_only_what_a_first_import_built():
    done = subprocess.run([sys.executable, "-c", FREEZING], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    assert done.stdout.split() == ["True", "True", "0", "True"]
