"""Shards: engine results as Parquet files, one row per input in input order.

A row holds either an annotated article, as the JSON of `records.to_dict` (every field
of every record, so decoding gives back an equal `AnnotatedArticle`), or an input error
(its class and reason). Workers write shards; the client reads them back one row group
at a time and stores them, so neither side holds the corpus in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Iterable, Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyadwatch import errors
from dyadwatch.errors import InputError
from dyadwatch.records import AnnotatedArticle, to_dict

Result = AnnotatedArticle | InputError

SHARD_SCHEMA = pa.schema([
    ("source", pa.string()),
    ("article_id", pa.string()),  # null for an error
    ("events", pa.int32()),
    ("error", pa.string()),  # the InputError class, null for an article
    ("reason", pa.string()),
    ("record", pa.string()),  # JSON of the AnnotatedArticle, null for an error
])


def shard_table(results: Iterable[Result]) -> pa.Table:
    """The rows of some results, in their order."""
    rows = [_error_row(item) if isinstance(item, InputError) else _article_row(item) for item in results]
    return pa.Table.from_pylist(rows, schema=SHARD_SCHEMA)


def write_shard(stream: IO[bytes], tables: Iterable[pa.Table]) -> int:
    """Write tables as the row groups of one Parquet file; the number of rows."""
    rows = 0
    with pq.ParquetWriter(stream, SHARD_SCHEMA) as writer:
        for table in tables:
            writer.write_table(table)
            rows += table.num_rows
    return rows


def read_shard(stream: IO[bytes]) -> Iterator[Result]:
    """The results in a shard, in order, one row group at a time."""
    shard = pq.ParquetFile(stream)
    for group in range(shard.num_row_groups):
        for row in shard.read_row_group(group).to_pylist():
            yield decode_row(row)


def decode_row(row: dict[str, Any]) -> Result:
    if row["error"] is not None:
        kind = getattr(errors, row["error"], InputError)
        return kind(row["source"], row["reason"])
    return from_dict(AnnotatedArticle, json.loads(row["record"]))


def _article_row(item: AnnotatedArticle) -> dict[str, Any]:
    record = json.dumps(to_dict(item), ensure_ascii=False)
    return {"source": item.article.source, "article_id": item.article.id, "events": len(item.events),
            "error": None, "reason": None, "record": record}


def _error_row(error: InputError) -> dict[str, Any]:
    return {"source": error.source, "article_id": None, "events": None, "error": type(error).__name__,
            "reason": error.reason, "record": None}


# --- records from their JSON view ---------------------------------------------------------


def from_dict(cls: type[Any], data: dict[str, Any]) -> Any:
    """The record `cls` from its `to_dict` view, guided by the field types."""
    hints = _field_types(cls)
    return cls(**{name: _decode(hints[name], value) for name, value in data.items()})


@functools.cache
def _field_types(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        [inner] = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _decode(inner, value)
    if origin is tuple:
        return tuple(_decode(typing.get_args(hint)[0], item) for item in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    return value
