"""Shared output options: every command writes JSON Lines by default, or another format."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from dyadwatch.errors import ConfigError

NESTED_FORMATS = ("jsonl", "json")
TABULAR_FORMATS = ("jsonl", "json", "csv", "table")


def write_records(records: Iterable[Mapping[str, Any]], *, fmt: str, stream: IO[str]) -> int:
    """Write records in `fmt`, streaming where the format allows; returns the count."""
    writers = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv, "table": _write_table}
    if fmt not in writers:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(writers)}")
    return writers[fmt](records, stream)


def _write_jsonl(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    count = 0
    for count, record in enumerate(records, start=1):
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()
    return count


def _write_json(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    items = list(records)
    json.dump(items, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(items)


def _flat_rows(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str]]:
    for record in records:
        yield {key: _cell(value) for key, value in record.items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_csv(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in _flat_rows(records):
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        count += 1
    return count


def _write_table(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    rows = list(_flat_rows(records))
    if not rows:
        return 0
    columns = list(rows[0])
    widths = {col: min(40, max(len(col), *(len(row.get(col, "")) for row in rows))) for col in columns}
    stream.write("  ".join(col.ljust(widths[col]) for col in columns).rstrip() + "\n")
    for row in rows:
        cells = (_fit(row.get(col, ""), widths[col]) for col in columns)
        stream.write("  ".join(cells).rstrip() + "\n")
    return len(rows)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)
