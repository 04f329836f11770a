"""An evaluation report: named figures plus the worst cases, printable as a table or JSON."""

from __future__ import annotations

import dataclasses
import json
from typing import IO, Any


@dataclasses.dataclass(slots=True, frozen=True)
class Case:
    """One gold item scored badly: what the gold says and what dyadwatch said."""

    item: str
    score: float
    gold: str
    predicted: str


@dataclasses.dataclass(slots=True, frozen=True)
class Report:
    """Figures by stable name, and the cases ordered worst first."""

    kind: str
    gold: tuple[str, ...]
    figures: dict[str, float]
    cases: tuple[Case, ...] = ()

    def as_dict(self, *, show_errors: int = 0) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "gold": list(self.gold),
            "figures": self.figures,
            "worst_cases": [dataclasses.asdict(case) for case in self.worst(show_errors)],
        }

    def worst(self, n: int) -> list[Case]:
        return list(self.cases[:n])


def write_report(report: Report, *, fmt: str, show_errors: int, stream: IO[str]) -> None:
    if fmt == "json":
        stream.write(json.dumps(report.as_dict(show_errors=show_errors), indent=2, ensure_ascii=False) + "\n")
        return
    stream.write(f"{report.kind} on {', '.join(report.gold)}\n")
    width = max((len(name) for name in report.figures), default=0)
    for name, value in report.figures.items():
        shown = f"{value:.0f}" if float(value).is_integer() and value > 1 else f"{value:.3f}"
        stream.write(f"  {name.ljust(width)}  {shown}\n")
    for case in report.worst(show_errors):
        stream.write(f"\n--- {case.item} (score {case.score:.3f})\n")
        stream.write(f"  gold:      {_clip(case.gold)}\n  predicted: {_clip(case.predicted)}\n")


def _clip(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
