"""Query results (Arrow tables) in the shared output formats: the text formats go
through `dyadwatch.output.write_records`; parquet is written by pyarrow; `table` is laid
out by rich to the terminal's width (see `render_table`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyadwatch.errors import ConfigError
from dyadwatch.output import write_records

QUERY_FORMATS = ("table", "jsonl", "csv", "parquet", "json")
BINARY_FORMATS = frozenset({"parquet"})


def table_records(table: pa.Table | pa.RecordBatchReader) -> Iterator[dict[str, Any]]:
    """JSON-ready rows of a table: dates as ISO strings, maps as objects."""
    batches: Iterable[pa.RecordBatch] = table.to_batches() if isinstance(table, pa.Table) else table
    for batch in batches:
        maps = [field.name for field in batch.schema if pa.types.is_map(field.type)]
        for row in batch.to_pylist():
            for name in maps:
                row[name] = dict(row[name]) if row[name] is not None else None
            yield {key: json_ready(value) for key, value in row.items()}


def json_ready(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return [json_ready(item) for item in value]
    if isinstance(value, dict):
        return {key: json_ready(item) for key, item in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def write_table(
    table: pa.Table | pa.RecordBatchReader, *, fmt: str, stream: IO[str], binary: IO[bytes] | None = None,
    view: str | None = None, width: int | None = None,
) -> int:
    """Write a query result in `fmt`; `binary` is where parquet goes; `view` names the
    columns a `table` shows (see `VIEWS`), `width` its width. The row count."""
    if fmt not in QUERY_FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(QUERY_FORMATS)}")
    if fmt == "table":
        from dyadwatch.store.table_view import render_table  # rich: only for a terminal

        whole = table if isinstance(table, pa.Table) else table.read_all()
        return render_table(whole, stream=stream, view=view, width=width)
    if fmt == "parquet":
        if binary is None:
            raise ConfigError("parquet is a binary format: write it to a file (-o FILE) or a pipe")
        return _write_parquet(table, binary)
    return write_records(table_records(table), fmt=fmt, stream=stream)


def _write_parquet(table: pa.Table | pa.RecordBatchReader, sink: IO[bytes]) -> int:
    if isinstance(table, pa.Table):
        pq.write_table(table, sink)
        return table.num_rows
    count = 0
    with pq.ParquetWriter(sink, table.schema) as writer:
        for batch in table:
            writer.write_batch(batch)
            count += batch.num_rows
    return count
