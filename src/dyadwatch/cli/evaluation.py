"""The commands that measure dyadwatch: `eval` (score gold data), `gate` (fail when a
figure drops below its pinned floor) and `info` (version, model, data files). A thin
layer over `dyadwatch.evaluate` and `dyadwatch.info`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from dyadwatch.cli.options import EVAL_KINDS, FLOORS

# The evaluation (and the pipeline it runs) is imported inside each command, when it
# runs: defining the commands (and `--help`) loads no spaCy.


@click.command("eval")
@click.argument("kind", type=click.Choice(EVAL_KINDS))
@click.argument("gold", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--show-errors", type=int, default=0, metavar="N", help="Print the N worst cases, gold vs predicted.")
def eval_cli(kind: str, gold: tuple[str, ...], fmt: str, show_errors: int) -> None:
    """Score dyadwatch on gold data of KIND (its standard format)."""
    from dyadwatch.evaluate.kinds import run_eval
    from dyadwatch.evaluate.report import write_report

    write_report(run_eval(kind, gold), fmt=fmt, show_errors=show_errors, stream=sys.stdout)


@click.command("gate")
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), show_default=True)
@click.option("--floors", "floors_path", type=click.Path(path_type=Path), default=FLOORS, show_default=True)
@click.option("--allow-missing", is_flag=True,
              help="Pass over gold sets that are not there (a fresh clone without ../shared) instead of exiting 2.")
def gate_cli(shared: Path, floors_path: Path, allow_missing: bool) -> None:
    """Score the gold sets and fail when a figure drops below its pinned floor; exit 2
    when gold data is missing (unless --allow-missing), 1 when a figure fails."""
    from dyadwatch.evaluate.gate import load_floors, run_gate

    floors = load_floors(floors_path)
    missing = missing_gold(floors, shared)
    if missing and not allow_missing:
        for path in missing:
            click.echo(f"gate: missing gold data: {shared / path}", err=True)
        click.echo("gate: the gold data lives outside the repository (../shared); "
                   "--allow-missing passes over what is missing", err=True)
        sys.exit(2)
    checks = run_gate(floors, shared)
    for check in checks:
        value = "—" if check.value is None else f"{check.value:.4f}"
        skipped = check.value is None and _is_missing(check.problem, missing)
        status = "skipped: gold data missing" if skipped else "ok" if check.ok else f"FAIL: {check.problem}"
        click.echo(f"{check.figure:40} {value:>8}  floor {check.floor:.4f}  {status}")
    if not all(check.ok or _is_missing(check.problem, missing) for check in checks):
        sys.exit(1)


def missing_gold(floors: Any, shared: Path) -> list[str]:
    """The gold sets of the floors that are not under `shared`, in order, once each."""
    paths = [floors.gold_of(figure)[0].path for figure in floors.floors]
    return [path for path in dict.fromkeys(paths) if not (shared / path).exists()]


def _is_missing(problem: str | None, missing: list[str]) -> bool:
    return bool(problem) and any(f"gold set {path} not found" in problem for path in missing)


@click.command("info")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
def info_cli(fmt: str) -> None:
    """Version, spaCy model and data files in use."""
    from dyadwatch.info import info

    details = info()
    if fmt == "json":
        click.echo(json.dumps(details, indent=2))
        return
    click.echo(f"dyadwatch {details['version']}")
    click.echo(f"model     {details['model']['name']} {details['model']['version']} (spaCy {details['model']['spacy']})")
    for entry in details["data_files"]:
        click.echo(f"data      {entry['name']}  {entry['sha256']}  {entry['path']}")


COMMANDS = (eval_cli, gate_cli, info_cli)
