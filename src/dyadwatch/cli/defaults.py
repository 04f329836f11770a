"""The defaults and choices the command line shows in its help, held here so that
defining the commands (and `dyadwatch --help`, `dyadwatch COMMAND --help`) loads none
of the heavy libraries behind them: spaCy, DuckDB, pyarrow, the web stack, Dask.

Each value is the library's own, repeated: tests/test_cli_imports.py checks every one
against the constant of the module that uses it, so the two cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 20_000_000  # dyadwatch.sources.DEFAULT_MAX_BYTES
EVAL_KINDS = ("attribution", "extraction", "plover", "plover-docs", "timeml")  # sorted(evaluate.kinds.KINDS)
FLOORS = Path("quality/floors.toml")  # dyadwatch.evaluate.gate.DEFAULT_FLOORS
DB = "dyadwatch.duckdb"  # dyadwatch.store.schema.DEFAULT_DB
WAIT = 60.0  # dyadwatch.store.sharing.DEFAULT_WAIT
INGEST_BATCH_SIZE = 32  # dyadwatch.store.ingest.DEFAULT_BATCH_SIZE
QUERY_FORMATS = ("table", "jsonl", "csv", "parquet", "json")  # dyadwatch.store.formats.QUERY_FORMATS
EXPORT_FORMATS = ("plover-jsonl", "csv", "parquet", "graphml", "gexf")  # dyadwatch.store.export.EXPORT_FORMATS
EXPORT_TABLES = ("events", "articles", "paragraphs", "mentions", "actors", "times", "quotes", "flags",
                 "dyads")  # dyadwatch.store.export.EXPORT_TABLES
PERIODS = ("day", "week", "month", "year")  # tuple(dyadwatch.store.queries.PERIODS)
PERIOD = "year"  # dyadwatch.store.queries.DEFAULT_PERIOD
EVIDENCE = 3  # dyadwatch.store.queries.DEFAULT_EVIDENCE
TOP = 20  # dyadwatch.store.queries.DEFAULT_TOP
