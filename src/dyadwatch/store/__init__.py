"""The store: one DuckDB file with articles, their annotations and events, the
real-world events those are reports of, and the queries analysts ask of them. It
writes what it is handed (`dyadwatch.run.ingest` reads, annotates and hands it over)
and imports only the records and errors, never the pipeline.

    from dyadwatch.store import open_store, dyad
    with open_store("dyadwatch.duckdb", read_only=True) as con:
        table = dyad(con, "RUS", "PRK", by="year")   # a pyarrow.Table

The queries take actor codes: `dyadwatch.actors.names.resolve_actor` turns a name
("North Korea", "Kim Jong Un") into one, in the command layer, so that the store does
not load the actor knowledge.

The public names are loaded on first use: importing one store module (the schema, say)
loads no other.
"""

from __future__ import annotations

import importlib
from typing import Any

_PUBLIC = {
    "DEFAULT_DB": "schema",
    "StoreError": "schema",
    "open_store": "schema",
    "connect": "schema",
    "migrate": "schema",
    "open_writer": "ingest",
    "IngestSummary": "ingest",
    "find_events": "queries",
    "dyad": "queries",
    "top_actors": "queries",
    "actor_profile": "queries",
    "stored_flags": "flags",
    "export_store": "export",
    "plover_records": "export",
    "actor_network": "export",
    "table_records": "formats",
    "write_table": "formats",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_PUBLIC[name]}"), name)
