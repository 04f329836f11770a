"""Query results as a table for a person at a terminal: the columns that answer the
question (`VIEWS`, one per command), parties as read ("RUS/GOV Sergei Lavrov"), the
quad class by name, sentences wrapped whole, never cut; the table as wide as the
terminal (at least `MIN_WIDTH` columns). An empty result prints its header and "no
events". Pipes and files get JSON Lines, CSV or Parquet instead (see formats.py)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from typing import IO, Any

import pyarrow as pa
from rich import box
from rich.console import Console
from rich.table import Table

from dyadwatch.plover.ontology import load_ontology

MIN_WIDTH = 100
TEXT_MIN = 30
Show = Callable[[dict[str, Any]], str]


@dataclasses.dataclass(slots=True, frozen=True)
class Column:
    """A column of a view: its header, how a row shows in it, and whether it is a
    number (right-aligned, never wrapped) or text that takes the room left."""

    header: str
    show: Show
    number: bool = False
    text: bool = False
    width: int | None = None  # at most this wide (wrapped inside)


def _field(name: str) -> Show:
    return lambda row: _plain(row.get(name))


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_plain(item) for item in value)
    return str(value)


def _parties(row: dict[str, Any]) -> str:
    actors = row.get("actor_labels") or row.get("actor") or []
    recipients = row.get("recipient_labels") or row.get("recipient") or []
    return "\n".join(actors or ["—"]) + "\n→ " + ("\n  ".join(recipients) if recipients else "—")


def _quad_name(code: int | None) -> str:
    names = {code: name for name, code in load_ontology().quad_classes.items()}
    return names.get(code, "").replace("_", " ")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}" if value else "0"


def _what(row: dict[str, Any]) -> str:
    """Date, type (mode), quad class, score, reports, status: one cell."""
    mode = f" ({row['mode']})" if row.get("mode") else ""
    status = "denied" if row.get("negated") else "hypothetical" if row.get("hypothetical") else ""
    reports = row.get("reports")
    lines = [str(row.get("date") or "undated"), f"{row['event']}{mode}",
             f"{_quad_name(row.get('quad_code'))} {_score(row.get('score'))}".strip()]
    if reports is not None:
        lines.append(f"{reports} report{'s' if reports != 1 else ''}")
    if status:
        lines.append(status)
    return "\n".join(lines)


def _report_source(row: dict[str, Any]) -> str:
    return "\n".join(str(part) for part in (row.get("title"), row.get("source"), row.get("published")) if part)


def _types(row: dict[str, Any]) -> str:
    types = row.get("types") or []
    pairs = types.items() if isinstance(types, dict) else types
    return "\n".join(f"{name} {count}" for name, count in sorted(pairs, key=lambda p: (-p[1], p[0])))


def _evidence(row: dict[str, Any]) -> str:
    return "\n".join(f"• {e['sentence']}" for e in row.get("evidence") or [])


def _period(row: dict[str, Any]) -> str:
    return f"{row['period']}\n{row['direction']}"


def _volume(row: dict[str, Any]) -> str:
    """Events and reports, the scores beside them, the events per quad class."""
    lines = [f"{row['events']} events, {row['reports']} reports"]
    if row.get("articles") is not None:
        lines.append(f"{row['events_per_100_articles'] or 0} per 100 of {row['articles']} articles")
    if row.get("score_mean") is not None:
        lines.append(f"mean {_score(row['score_mean'])}, sum {_score(row.get('score_sum'))}")
    else:
        lines.append("together: not scored")
    lines += [f"{name.replace('_', ' ')} {row[name]}" for name in load_ontology().quad_classes if row.get(name)]
    return "\n".join(lines)


def _flag(row: dict[str, Any]) -> str:
    lines = [str(row.get("date") or "undated"), row["rule"], f"{row['event']} {_score(row.get('score'))}",
             f"{row['reports']} report{'s' if row['reports'] != 1 else ''}"]
    if row.get("status") and row["status"] != "reported":
        lines.append(row["status"])
    return "\n".join(lines)


_WHAT = Column("event", _what, width=24)
_WHO = Column("actor → recipient", _parties, width=26)

VIEWS: dict[str, tuple[tuple[Column, ...], str]] = {
    "events": ((_WHAT, _WHO, Column("sentence", _field("text"), text=True)), "no events"),
    "reports": ((_WHAT, _WHO, Column("article", _report_source, width=22),
                 Column("sentence", _field("text"), text=True)), "no events"),
    "dyad": ((Column("period", _period, width=12), Column("volume and score", _volume, width=26),
              Column("types", _types, width=14), Column("evidence", _evidence, text=True)), "no events"),
    "actors": ((Column("code", _field("code")), Column("name", _field("name"), width=24),
                Column("events", _field("events"), number=True), Column("targeted", _field("targeted"), number=True),
                Column("reports", _field("reports"), number=True),
                Column("mean score", lambda r: _score(r.get("score_mean")), number=True),
                Column("main partners", _field("partners"), text=True)), "no events"),
    "actor": ((Column("partner", lambda r: f"{r['partner']}\n{r.get('name') or ''}".strip(), width=22),
               Column("acts on", _field("acts_on"), number=True), Column("acted on by", _field("acted_on_by"), number=True),
               Column("together", _field("joint"), number=True),
               Column("score out", lambda r: _score(r.get("score_out")), number=True),
               Column("score in", lambda r: _score(r.get("score_in")), number=True),
               Column("first – last", lambda r: f"{r.get('first') or ''}\n{r.get('last') or ''}", width=10),
               Column("types", _types, text=True)), "no events"),
    "sanctions": ((Column("flag", _flag, width=34), Column("actor → recipient", _parties, width=18),
                   Column("sentence", _field("text"), text=True)), "no flagged events"),
}


def terminal_width() -> int:
    return max(MIN_WIDTH, shutil.get_terminal_size().columns)


def render_table(table: pa.Table, *, stream: IO[str], view: str | None = None, width: int | None = None) -> int:
    """Write `table` laid out for a terminal `width` columns wide (default: this
    terminal's, at least `MIN_WIDTH`); the row count."""
    columns, empty = VIEWS[view] if view in VIEWS else (_all_columns(table), "no rows")
    grid = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True, show_lines=True)
    for column in columns:
        grid.add_column(column.header, justify="right" if column.number else "left", no_wrap=column.number,
                        overflow="fold", ratio=1 if column.text else None, max_width=column.width,
                        min_width=TEXT_MIN if column.text else None)
    rows = table.to_pylist()
    for row in rows:
        grid.add_row(*(column.show(row) for column in columns))
    console = Console(file=stream, width=width or terminal_width(), no_color=True, highlight=False,
                      emoji=False, markup=False, force_terminal=False, soft_wrap=False)
    console.print(grid)
    if not rows:
        console.print(empty)
    return len(rows)


def _all_columns(table: pa.Table) -> tuple[Column, ...]:
    return tuple(Column(name, _field(name), number=pa.types.is_integer(field.type) or pa.types.is_floating(field.type))
                 for name, field in zip(table.column_names, table.schema))
