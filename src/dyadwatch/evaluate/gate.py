"""The quality gate: score the gold sets in `../shared` and compare each figure with
the floor pinned in `quality/floors.toml`, together with the gold files' hashes.

A floor is raised by editing one line. A floor may only be lowered by a commit whose
message carries a `Lower-floor: <figure>: <reason>` trailer (checked by
`check_floor_history`, which the test suite runs).
"""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

from dyadwatch.datafiles import DataModel, parse_toml
from dyadwatch.errors import ConfigError
from dyadwatch.evaluate.kinds import run_eval
from dyadwatch.evaluate.report import Report

DEFAULT_FLOORS = Path("quality/floors.toml")
LOWER_TRAILER = "Lower-floor:"


@dataclasses.dataclass(slots=True, frozen=True)
class GoldSet:
    name: str
    kind: str
    path: str
    sha256: str


@dataclasses.dataclass(slots=True, frozen=True)
class Floors:
    gold: dict[str, GoldSet]
    floors: dict[str, float]

    def gold_of(self, figure: str) -> tuple[GoldSet, str]:
        name, _, metric = figure.partition(".")
        if name not in self.gold or not metric:
            raise ConfigError(f"floor {figure!r} must be '<gold set>.<figure>' with a [gold.<name>] table")
        return self.gold[name], metric


@dataclasses.dataclass(slots=True, frozen=True)
class Check:
    figure: str
    floor: float
    value: float | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def load_floors(path: Path = DEFAULT_FLOORS) -> Floors:
    return parse_floors(path.read_text("utf-8"), source=str(path))


class GoldEntry(DataModel):
    """`[gold.NAME]`: a gold set under ../shared, its evaluation kind and pinned hash."""

    kind: str
    path: str
    sha256: str


class FloorsFile(DataModel):
    """`quality/floors.toml`: the gold sets, and each figure's floor (`"NAME.figure" = 0.5`)."""

    gold: dict[str, GoldEntry] = {}
    floors: dict[str, float] = {}


def parse_floors(text: str, *, source: str = "floors.toml") -> Floors:
    spec = parse_toml(text, FloorsFile, source=source)
    gold = {name: GoldSet(name=name, **dict(entry)) for name, entry in spec.gold.items()}
    return Floors(gold=gold, floors=dict(spec.floors))


def hash_gold(path: Path) -> str:
    """One hash over every file under `path` (names and contents), order-independent."""
    digest = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for file in files:
        digest.update(str(file.relative_to(path.parent if path.is_file() else path)).encode())
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def run_gate(floors: Floors, shared: Path, *, evaluate: Callable[[str, list[str]], Report] | None = None) -> list[Check]:
    """Every floor checked against a fresh measurement (each gold set scored once)."""
    evaluate = evaluate or (lambda kind, paths: run_eval(kind, paths))
    reports: dict[str, Report | str] = {}
    checks = []
    for figure, floor in floors.floors.items():
        gold, metric = floors.gold_of(figure)
        if gold.name not in reports:
            reports[gold.name] = _measure(gold, shared, evaluate)
        checks.append(_check(figure, floor, metric, reports[gold.name]))
    return checks


def _measure(gold: GoldSet, shared: Path, evaluate: Callable[[str, list[str]], Report]) -> Report | str:
    path = shared / gold.path
    if not path.exists():
        return f"gold set {gold.path} not found under {shared}"
    actual = hash_gold(path)
    if actual != gold.sha256:
        return f"gold files changed (sha256 {actual[:12]}…, pinned {gold.sha256[:12]}…): re-measure and re-pin"
    return evaluate(gold.kind, [str(path)])


def _check(figure: str, floor: float, metric: str, report: Report | str) -> Check:
    if isinstance(report, str):
        return Check(figure, floor, None, report)
    if metric not in report.figures:
        return Check(figure, floor, None, f"the {report.kind} report has no figure {metric!r}")
    value = report.figures[metric]
    problem = None if value >= floor else f"{value:.4f} is below the floor {floor:.4f}"
    return Check(figure, floor, value, problem)


def lowered_floors(before: Floors, after: Floors) -> list[str]:
    """Figures whose floor is lower (or gone) in `after`."""
    return [fig for fig, floor in before.floors.items() if after.floors.get(fig, float("-inf")) < floor]


def check_floor_history(repo: Path, floors_path: Path = DEFAULT_FLOORS) -> list[str]:
    """Commits that lowered a floor without naming it in a `Lower-floor:` trailer."""
    commits = _git(repo, "log", "--format=%H", "--", str(floors_path)).split()
    problems = []
    for commit in commits:
        before_text = _git(repo, "show", f"{commit}~1:{floors_path}", check=False)
        if not before_text:
            continue
        after = parse_floors(_git(repo, "show", f"{commit}:{floors_path}", check=False) or "")
        message = _commit_reasons(repo, commit)
        for figure in lowered_floors(parse_floors(before_text), after):
            if not _has_reason(message, figure):
                problems.append(f"{commit[:10]} lowers the floor of {figure} without a '{LOWER_TRAILER} {figure}: <reason>' trailer")
    return problems


def _commit_reasons(repo: Path, commit: str) -> str:
    """The commit's message; for a merge, also those of the commits it brings in (the
    branch commit that lowered a floor says why, the merge only joins it)."""
    parents = _git(repo, "rev-list", "--parents", "-n", "1", commit).split()[1:]
    if len(parents) < 2:
        return _git(repo, "log", "-1", "--format=%B", commit)
    return _git(repo, "log", "--format=%B", f"{parents[0]}..{commit}")


def _has_reason(message: str, figure: str) -> bool:
    for line in message.splitlines():
        if line.startswith(LOWER_TRAILER):
            named, _, reason = line[len(LOWER_TRAILER) :].partition(":")
            if named.strip() == figure and reason.strip():
                return True
    return False


def _git(repo: Path, *args: str, check: bool = True) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        if check:
            raise ConfigError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
        return ""
    return result.stdout
