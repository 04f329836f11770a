"""The quality gate: every pinned figure is measured on its gold set in ../shared and
must not fall below its floor; floors are only lowered with a reason in the commit."""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, SHARED

from dyadwatch.evaluate.gate import (
    Check,
    check_floor_history,
    hash_gold,
    load_floors,
    lowered_floors,
    parse_floors,
    run_gate,
)
from dyadwatch.evaluate.report import Report

FLOORS = load_floors(REPO / "quality" / "floors.toml")


@functools.cache
def measured() -> dict[str, Check]:
    return {check.figure: check for check in run_gate(FLOORS, SHARED)}


@pytest.mark.slow
@pytest.mark.parametrize("figure", sorted(FLOORS.floors))
def test_gate_figure_is_at_or_above_its_floor(figure):
    if not SHARED.exists():
        pytest.skip("../shared not present: the quality gate needs the gold data")
    check = measured()[figure]
    assert check.ok, f"{figure}: {check.problem}"


def test_gate_floors_were_never_lowered_without_a_reason():
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout: no history to check")
    assert check_floor_history(REPO) == []


FLOORS_TEXT = """
[gold.tiny]
kind = "extraction"
path = "tiny"
sha256 = "{sha}"

[floors]
"tiny.f1" = 0.5
"tiny.recall" = 0.9
"""


def fake_evaluate(figures):
    return lambda kind, paths: Report(kind, tuple(paths), figures)


def test_gate_fails_a_figure_below_its_floor(tmp_path):
    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "gold.json").write_text("{}")
    floors = parse_floors(FLOORS_TEXT.format(sha=hash_gold(tmp_path / "tiny")))
    checks = run_gate(floors, tmp_path, evaluate=fake_evaluate({"f1": 0.6, "recall": 0.8}))
    assert [(c.figure, c.ok) for c in checks] == [("tiny.f1", True), ("tiny.recall", False)]


def test_gate_refuses_to_score_changed_gold_files(tmp_path):
    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "gold.json").write_text("{}")
    floors = parse_floors(FLOORS_TEXT.format(sha="0" * 64))
    checks = run_gate(floors, tmp_path, evaluate=fake_evaluate({"f1": 1.0, "recall": 1.0}))
    assert all(not c.ok and "gold files changed" in c.problem for c in checks)


def test_lowered_floors_lists_lowered_and_removed_figures():
    before = parse_floors('[floors]\n"a.x" = 0.5\n"a.y" = 0.5\n"a.z" = 0.5\n')
    after = parse_floors('[floors]\n"a.x" = 0.6\n"a.y" = 0.4\n')
    assert lowered_floors(before, after) == ["a.y", "a.z"]


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def commit_floors(repo: Path, value: float, message: str) -> None:
    (repo / "quality").mkdir(exist_ok=True)
    (repo / "quality" / "floors.toml").write_text(f'[floors]\n"a.f1" = {value}\n')
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t.example", "commit", "-qm", message)


def test_floor_history_rejects_a_lowering_without_trailer(tmp_path):
    git(tmp_path, "init", "-q")
    commit_floors(tmp_path, 0.8, "pin")
    commit_floors(tmp_path, 0.9, "raise")
    commit_floors(tmp_path, 0.7, "oops")
    [problem] = check_floor_history(tmp_path)
    assert "a.f1" in problem


def merged_lowering(repo: Path, branch_message: str) -> None:
    """main pins a.f1 and b.f1; a branch lowers a.f1 while main raises b.f1; main merges
    the branch (the merge differs from both parents, so the history lists it)."""
    git(repo, "init", "-q", "-b", "main")
    write_floors(repo, {"a.f1": 0.8, "b.f1": 0.5}, "pin")
    git(repo, "checkout", "-q", "-b", "side")
    write_floors(repo, {"a.f1": 0.7, "b.f1": 0.5}, branch_message)
    git(repo, "checkout", "-q", "main")
    write_floors(repo, {"a.f1": 0.8, "b.f1": 0.6}, "raise b")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "-X", "theirs", "side")
    write_floors(repo, {"a.f1": 0.7, "b.f1": 0.6}, "Merge side")


def write_floors(repo: Path, floors: dict[str, float], message: str) -> None:
    (repo / "quality").mkdir(exist_ok=True)
    (repo / "quality" / "floors.toml").write_text("[floors]\n" + "".join(f'"{k}" = {v}\n' for k, v in floors.items()))
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t.example", "commit", "-qm", message)


def test_floor_history_accepts_a_merge_whose_branch_commit_gives_the_reason(tmp_path):
    merged_lowering(tmp_path, "Relabel gold\n\nLower-floor: a.f1: the gold set was corrected, 12 labels changed")
    assert check_floor_history(tmp_path) == []


def test_floor_history_rejects_a_merge_that_lowers_without_any_reason(tmp_path):
    merged_lowering(tmp_path, "oops")
    assert any("a.f1" in problem for problem in check_floor_history(tmp_path))


def test_floor_history_accepts_a_lowering_with_a_reason(tmp_path):
    git(tmp_path, "init", "-q")
    commit_floors(tmp_path, 0.8, "pin")
    commit_floors(tmp_path, 0.7, "Relabel gold\n\nLower-floor: a.f1: the gold set was corrected, 12 labels changed")
    assert check_floor_history(tmp_path) == []
