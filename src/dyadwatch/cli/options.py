"""What every command module shares: the defaults and choices the help shows, the
options (inputs, output and format, database, dates), failure counting, exit statuses
and the lines that report skipped inputs.

Command modules import this module, never `dyadwatch.cli` (which imports them to add
their commands). It loads none of the heavy libraries (spaCy, DuckDB, pyarrow, the web
stack, Dask): defining the commands, and `--help`, must stay fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from dyadwatch.errors import ConfigError, InputError

Command = TypeVar("Command", bound=Callable[..., Any])

# --- defaults ---------------------------------------------------------------------------
# Each value is the library's own, repeated so that the help needs no heavy import:
# tests/test_cli_imports.py checks every one against the constant it repeats.

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
HOST = "127.0.0.1"  # dyadwatch.web.server.DEFAULT_HOST
PORT = 8000  # dyadwatch.web.server.DEFAULT_PORT

# --- importing the library -------------------------------------------------------------


@contextlib.contextmanager
def long_lived_imports() -> Iterator[None]:
    """Around a command's import of the library (spaCy, the pipeline): the cycle
    collector paused, and what the imports built frozen after them.

    Importing builds modules, classes, functions and tables that live until the
    process ends, and next to no garbage; the collector, run as the objects pile up,
    walked all of them, and every later full collection (the model's load, each
    batch) walked them again. Frozen, they are left out of every collection. Only
    the first import freezes (the library already loaded, nothing is built)."""
    loaded, enabled = len(sys.modules), gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) > loaded:
            gc.freeze()
        if enabled:
            gc.enable()


# --- exit statuses and failures ---------------------------------------------------------

# Exit statuses (README, "Exit status"): every input read; some inputs skipped (bad
# data); a usage or environment error; an internal error (a bug); Ctrl-C.
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def report_skipped(error: InputError, *, verbose: bool) -> None:
    """One line for a skipped input; with `verbose`, the traceback of an internal error."""
    click.echo(f"dyadwatch: skipped {error}", err=True)
    if verbose and error.detail:
        click.echo(error.detail.rstrip("\n"), err=True)


class FailureCounter:
    """Reports each failed input on stderr as it happens and remembers how many failed
    (an input read but not coded, e.g. not in English, is a notice, not a failure);
    with `verbose`, also names each article done."""

    def __init__(self, *, verbose: bool = False) -> None:
        self.failed = 0
        self.internal = 0
        self.verbose = verbose

    def filter(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            if isinstance(item, InputError) and not item.failure:
                click.echo(f"dyadwatch: notice: {item}", err=True)
            elif isinstance(item, InputError):
                self.failed += 1
                self.internal += item.internal
                report_skipped(item, verbose=self.verbose)
            else:
                if self.verbose:
                    article = getattr(item, "article", item)
                    click.echo(f"dyadwatch: done {article.source} ({article.id})", err=True)
                yield item

    def exit(self) -> None:
        if self.failed:
            click.echo(f"dyadwatch: {self.failed} input(s) failed", err=True)
            sys.exit(EXIT_INTERNAL if self.internal else EXIT_SKIPPED)


# --- options ----------------------------------------------------------------------------


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a usage error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2022-07-21") from exc


VERBOSE_HELP = "Name every article on stderr as it is done; tracebacks of internal errors."


def input_options(*, paths_required: bool = True, verbose_help: str = VERBOSE_HELP) -> Callable[[Command], Command]:
    """PATHS and the options of every command that reads articles: --published,
    --max-bytes, -q/--quiet, -v/--verbose (`verbose_help` says what -v shows there)."""

    def decorate(command: Command) -> Command:
        # click lists the option applied last first (stacked decorators read top down),
        # so these are applied from the last listed to the first.
        command = click.option("--verbose", "-v", is_flag=True, help=verbose_help)(command)
        command = click.option("--quiet", "-q", is_flag=True,
                               help="No progress display (skipped inputs and results are still printed).")(command)
        command = click.option(
            "--max-bytes", type=int, default=MAX_BYTES, show_default=True,
            help="Skip inputs larger than this (after decompression).",
        )(command)
        command = click.option(
            "--published", callback=parse_date, metavar="YYYY-MM-DD",
            help="Publication date for inputs that state none.",
        )(command)
        return click.argument("paths", nargs=-1, required=paths_required)(command)

    return decorate


def jobs_option(command: Command) -> Command:
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
        help="Worker processes for cleaning, parsing and coding.",
    )(command)


def format_option(choices: tuple[str, ...]) -> Callable[[Command], Command]:
    return click.option("--format", "fmt", type=click.Choice(choices), default="jsonl", show_default=True)


def db_option(command: Command) -> Command:
    return click.option(
        "--db", default=DB, show_default=True, envvar="DYADWATCH_DB", metavar="FILE",
        help="The DuckDB database file (or set DYADWATCH_DB).",
    )(command)


def date_options(command: Command) -> Command:
    command = click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or before.")(command)
    return click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or after.")(command)


def output_options(formats: tuple[str, ...] = QUERY_FORMATS) -> Callable[[Command], Command]:
    """`--format` and `-o/--output`, shared by every tabular command."""

    def decorate(command: Command) -> Command:
        command = click.option(
            "--format", "fmt", type=click.Choice(formats), default=None,
            help="Output format [default: table on a terminal, else jsonl].",
        )(command)
        return click.option(
            "-o", "--output", default="-", show_default=True, metavar="FILE", help="Write here instead of stdout."
        )(command)

    return decorate


# --- output -----------------------------------------------------------------------------


@contextlib.contextmanager
def open_output(path: str, fmt: str) -> Iterator[tuple[IO[str], IO[bytes] | None]]:
    """The text stream, and the binary one for a binary `fmt`, that `-o PATH` names."""
    from dyadwatch.store.formats import BINARY_FORMATS

    if path == "-":
        binary = sys.stdout.buffer if fmt in BINARY_FORMATS else None
        if binary is not None and sys.stdout.isatty():
            raise ConfigError(f"{fmt} is a binary format: redirect the output or use -o FILE")
        yield sys.stdout, binary
        if binary is not None:
            binary.flush()
        return
    if fmt in BINARY_FORMATS:
        with open(path, "wb") as binary_file:
            yield sys.stdout, binary_file
    else:
        with open(path, "w", encoding="utf-8", newline="") as text_file:
            yield text_file, None


def write_table_output(table: Any, fmt: str | None, output: str, *, view: str | None = None) -> None:
    """A query result in `fmt` (default: a table on a terminal, else JSON Lines)."""
    from dyadwatch.store.formats import write_table

    fmt = fmt or ("table" if output == "-" and sys.stdout.isatty() else "jsonl")
    with open_output(output, fmt) as (stream, binary):
        write_table(table, fmt=fmt, stream=stream, binary=binary, view=view)
