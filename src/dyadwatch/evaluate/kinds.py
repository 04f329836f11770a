"""The evaluation kinds `dyadwatch eval` knows, each reading its standard gold format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from dyadwatch.errors import ConfigError
from dyadwatch.evaluate.extraction import report_extraction
from dyadwatch.evaluate.report import Report

EvalKind = Callable[[list[Path]], Report]

KINDS: dict[str, EvalKind] = {
    "extraction": report_extraction,
}


def run_eval(kind: str, gold: Sequence[str]) -> Report:
    """Score dyadwatch on the gold files or directories of one kind."""
    if kind not in KINDS:
        raise ConfigError(f"unknown evaluation kind {kind!r}; choose one of {', '.join(KINDS)}")
    paths = [Path(item) for item in gold]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise ConfigError(f"gold data not found: {', '.join(missing)}")
    return KINDS[kind](paths)
