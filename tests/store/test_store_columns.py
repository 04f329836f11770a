"""The store's three views of a record agree field for field: the records (`Event`,
`EventAux`, `Actor`), the Arrow schemas the rows are written with (rows.py) and the
tables the migrations create (schema.py) — same columns, same order, same types, NULL
where the record allows None."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing

import pytest

from dyadwatch.records import Actor, Event, EventAux
from dyadwatch.store.rows import SCHEMAS
from dyadwatch.store.schema import DERIVED_TABLES, open_store

ARROW_TO_DUCKDB = {
    "string": "VARCHAR", "int8": "TINYINT", "int32": "INTEGER", "int64": "BIGINT", "uint64": "UBIGINT",
    "double": "DOUBLE", "bool": "BOOLEAN", "date32[day]": "DATE", "timestamp[us]": "TIMESTAMP",
    "binary": "BLOB", "list<item: string>": "VARCHAR[]",
}
PYTHON_TO_DUCKDB = {
    str: {"VARCHAR"}, int: {"TINYINT", "INTEGER", "BIGINT"}, float: {"DOUBLE"}, bool: {"BOOLEAN"},
    dt.date: {"DATE"}, tuple: {"VARCHAR[]"},
}
# Event fields stored under another name: END is an SQL keyword, and the document is the
# article row the event belongs to.
EVENT_COLUMN = {"doc_id": "article_id", "start": "char_start", "end": "char_end"}
EVENT_ELSEWHERE = frozenset({"actor", "recipient", "aux"})  # the actors table; the aux flags' own columns


@dataclasses.dataclass(frozen=True)
class Column:
    type: str
    nullable: bool


@pytest.fixture(scope="module")
def ddl(tmp_path_factory) -> dict[str, dict[str, Column]]:
    with open_store(tmp_path_factory.mktemp("columns") / "x.duckdb") as con:
        rows = con.execute("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()
    tables: dict[str, dict[str, Column]] = {}
    for table, column, kind, nullable in rows:
        tables.setdefault(table, {})[column] = Column(kind, nullable == "YES")
    return tables


def record_columns(record: type, *, skip: frozenset[str] = frozenset()) -> dict[str, Column]:
    """A record's fields (but `skip`) as the columns that store them: the DuckDB types
    that may hold the field's Python type, NULL when the field may be None."""
    hints = typing.get_type_hints(record)
    found = {}
    for field in dataclasses.fields(record):
        if field.name in skip:
            continue
        hint = hints[field.name]
        args = typing.get_args(hint)
        nullable = isinstance(hint, types.UnionType) and type(None) in args
        base = next(a for a in args if a is not type(None)) if nullable else hint
        found[field.name] = Column("|".join(sorted(PYTHON_TO_DUCKDB[typing.get_origin(base) or base])), nullable)
    return found


def assert_stored(fields: dict[str, Column], table: dict[str, Column], *, rename: dict[str, str]) -> None:
    for name, field in fields.items():
        column = table[rename.get(name, name)]
        assert column.type in field.type.split("|") and column.nullable == field.nullable, name


def test_every_table_the_migrations_create_has_an_arrow_schema_but_those_derived_in_sql(ddl):
    assert set(ddl) - {"_migrations", *DERIVED_TABLES} == set(SCHEMAS)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_arrow_schema_has_the_ddls_columns_in_order_with_their_types(ddl, table):
    arrow = [(f.name, ARROW_TO_DUCKDB[str(f.type)]) for f in SCHEMAS[table]]
    assert arrow == [(name, column.type) for name, column in ddl[table].items()]


def test_events_table_stores_every_field_of_the_event_record(ddl):
    assert EVENT_ELSEWHERE <= {f.name for f in dataclasses.fields(Event)}
    assert_stored(record_columns(Event, skip=EVENT_ELSEWHERE), ddl["events"], rename=EVENT_COLUMN)


def test_events_table_stores_the_auxiliary_modes_as_columns(ddl):
    assert_stored(record_columns(EventAux), ddl["events"], rename={})


def test_actors_table_stores_every_field_of_the_actor_record(ddl):
    assert_stored(record_columns(Actor), ddl["actors"], rename={})


def test_record_columns_sees_a_missing_column():
    with pytest.raises(KeyError):
        assert_stored({"negated": Column("BOOLEAN", False)}, {}, rename={})
