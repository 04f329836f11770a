"""The layers of docs/ARCHITECTURE.md, enforced on the import graph read from the source.

Every `import` and `from … import` in src/dyadwatch counts, at module level or inside a
function (a command importing its library lazily still depends on it). A module may
import its own layer and those below, never one above, and no modules import each other
in a loop.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# (importer, what it must not import, why): prefixes of dotted module names.
FORBIDDEN = [
    ("dyadwatch.store", "dyadwatch.pipeline", "the store stores; run.py runs the pipeline"),
    ("dyadwatch.store", "dyadwatch.registry", "the store stores; run.py runs the pipeline"),
    ("dyadwatch.store", "dyadwatch.engines", "the store stores; run.py hands it what an engine made"),
    ("dyadwatch.store", "dyadwatch.actors", "names are resolved by the command layer and handed in"),
    ("dyadwatch.store", "dyadwatch.events", "the store reads records, not the coder"),
    ("dyadwatch.store", "dyadwatch.quotes", "the store reads records, not the stages"),
    ("dyadwatch.store", "dyadwatch.times", "the store reads records, not the stages"),
    ("dyadwatch.store", "dyadwatch.clean", "the store reads records, not the stages"),
    ("dyadwatch.store", "dyadwatch.sanctions", "rules and legal sources are handed in by the caller"),
    ("dyadwatch.engines", "dyadwatch.store", "an engine annotates; run.py decides what is stored"),
    ("dyadwatch.pipeline", "dyadwatch.store", "the pipeline knows no store"),
    ("dyadwatch.records", "dyadwatch", "records are the ground floor"),
    ("dyadwatch.errors", "dyadwatch", "errors are the ground floor"),
]
STAGES = ("dyadwatch.clean", "dyadwatch.actors", "dyadwatch.times", "dyadwatch.quotes", "dyadwatch.events",
          "dyadwatch.sanctions", "dyadwatch.plover")  # plover last: it is also on the ground floor
ABOVE_THE_STAGES = ("dyadwatch.pipeline", "dyadwatch.registry", "dyadwatch.engines", "dyadwatch.store",
                    "dyadwatch.run", "dyadwatch.cli", "dyadwatch.web")
FORBIDDEN += [(stage, upper, "a stage reads and writes records; it runs nothing above it")
              for stage in STAGES for upper in ABOVE_THE_STAGES]
FORBIDDEN += [(lower, upper, "only the command line and the web app sit above the orchestrator")
              for lower in ("dyadwatch.pipeline", "dyadwatch.engines", "dyadwatch.store")
              for upper in ("dyadwatch.run", "dyadwatch.cli", "dyadwatch.web")]
FORBIDDEN += [("dyadwatch.web", "dyadwatch.cli", "the web app and the command line are siblings")]
GROUND_FLOOR = ("dyadwatch.records", "dyadwatch.plover", "dyadwatch.errors", "dyadwatch.datafiles", "dyadwatch.batching",
                "dyadwatch.memo", "dyadwatch.lifeline", "dyadwatch.output", "dyadwatch.nlp", "dyadwatch.sources",
                "dyadwatch.cache", "dyadwatch.timing")
FORBIDDEN += [(ground, upper, "the ground floor serves every layer and uses none")
              for ground in GROUND_FLOOR for upper in (*STAGES[:-1], *ABOVE_THE_STAGES)]
# A ground-floor module may import itself only through the standard library.
GROUND_FLOOR_EXCEPTIONS = {("dyadwatch.records", "dyadwatch.records"), ("dyadwatch.errors", "dyadwatch.errors")}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(tree: ast.AST, module: str, *, is_package: bool) -> Iterator[str]:
    """Every dotted name the module imports (relative imports made absolute; for
    `from X import Y`, both X and X.Y, since Y may be a submodule)."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(root: Path = SRC, package: str = "dyadwatch") -> dict[str, set[str]]:
    """Module → the package's modules it imports (names that are not modules are dropped)."""
    files = {module_name(path, root): path for path in (root / package).rglob("*.py")}
    graph = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names = imported_names(tree, module, is_package=path.name == "__init__.py")
        graph[module] = {name for name in names if name in files and name != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while (member := stack.pop()) != node:
                component.append(member)
            component.append(node)
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def broken(graph: dict[str, set[str]], importer: str, forbidden: str) -> list[str]:
    return sorted(f"{module} imports {target}" for module, targets in graph.items() if within(module, importer)
                  for target in targets if within(target, forbidden) and (module, target) not in GROUND_FLOOR_EXCEPTIONS)


GRAPH = import_graph()


def test_no_modules_import_each_other_in_a_loop():
    assert cycles(GRAPH) == []


@pytest.mark.parametrize("importer, forbidden, why", FORBIDDEN, ids=[f"{a}-x-{b}" for a, b, _ in FORBIDDEN])
def test_layer_rule_holds(importer, forbidden, why):
    assert broken(GRAPH, importer, forbidden) == [], why


def test_the_import_graph_sees_the_pipeline_run_the_registry():
    assert "dyadwatch.registry" in GRAPH["dyadwatch.pipeline"]


def test_cycles_finds_a_loop_through_a_function_level_import(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import f\n")
    (package / "b.py").write_text("def f():\n    from . import a\n")
    (package / "c.py").write_text("import pkg.a\n")
    graph = import_graph(tmp_path, "pkg")
    assert cycles(graph) == [["pkg.a", "pkg.b"]]
    assert broken(graph, "pkg.c", "pkg.a") == ["pkg.c imports pkg.a"]
