"""The PLOVER package sits at the records layer: the store, the stages and the web app
read it, and it reads none of them."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import dyadwatch.plover

ALLOWED = {"dyadwatch.records", "dyadwatch.errors", "dyadwatch.datafiles", "pydantic", "__future__"}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_plover_package_imports_only_records_errors_datafiles_pydantic_and_the_standard_library():
    package = Path(dyadwatch.plover.__file__).parent
    for path in sorted(package.glob("*.py")):
        outside = {m for m in imported_modules(path)
                   if m not in ALLOWED and not m.startswith("dyadwatch.plover")
                   and m.split(".")[0] not in sys.stdlib_module_names}
        assert outside == set(), path.name


def test_imported_modules_sees_a_store_import(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("from dyadwatch.store.schema import connect\nimport json\n")
    assert imported_modules(path) == {"dyadwatch.store.schema", "json"}
