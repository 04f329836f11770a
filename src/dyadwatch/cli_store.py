"""Store commands: `ingest`, and the queries `events`, `dyad`, `actors`, `actor` and
`export`. A thin layer: parse the arguments, call `dyadwatch.store`, write the result.

`register(cli)` adds the commands to the main group.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from dyadwatch.cli_options import EXIT_INTERNAL, EXIT_SKIPPED, parse_date, report_skipped
from dyadwatch.errors import ConfigError
from dyadwatch.progress import count_inputs, should_show
from dyadwatch.sources import DEFAULT_MAX_BYTES, is_url
from dyadwatch.store.export import EXPORT_FORMATS, EXPORT_TABLES, export_store
from dyadwatch.store.formats import BINARY_FORMATS, QUERY_FORMATS, write_table
from dyadwatch.store.ingest import DEFAULT_BATCH_SIZE, IngestSummary, ingest
from dyadwatch.store.queries import DEFAULT_EVIDENCE, DEFAULT_PERIOD, DEFAULT_TOP, PERIODS, actor_profile, dyad
from dyadwatch.store.queries import find_events, top_actors
from dyadwatch.store.schema import DEFAULT_DB
from dyadwatch.store.sharing import DEFAULT_WAIT, reading

ENGINES = ("local", "dask")


def db_option(command: Any) -> Any:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, envvar="DYADWATCH_DB", metavar="FILE",
        help="The DuckDB database file (or set DYADWATCH_DB).",
    )(command)


def output_options(formats: tuple[str, ...] = QUERY_FORMATS) -> Any:
    """`--format` and `-o/--output`, shared by every tabular command."""

    def decorate(command: Any) -> Any:
        command = click.option(
            "--format", "fmt", type=click.Choice(formats), default=None,
            help="Output format [default: table on a terminal, else jsonl].",
        )(command)
        return click.option(
            "-o", "--output", default="-", show_default=True, metavar="FILE", help="Write here instead of stdout."
        )(command)

    return decorate


def date_options(command: Any) -> Any:
    command = click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or before.")(command)
    return click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Events on or after.")(command)


@contextlib.contextmanager
def _output(path: str, fmt: str) -> Iterator[tuple[IO[str], IO[bytes] | None]]:
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


def _write(table: Any, fmt: str | None, output: str) -> None:
    fmt = fmt or ("table" if output == "-" and sys.stdout.isatty() else "jsonl")
    with _output(output, fmt) as (stream, binary):
        write_table(table, fmt=fmt, stream=stream, binary=binary)


# --- ingest -----------------------------------------------------------------------------


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that state none.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip inputs larger than this (after decompression).")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Articles stored per transaction.")
@click.option("--progress/--no-progress", default=None,
              help="Report each stored batch on stderr [default: on a terminal, not when stdout is a pipe].")
@click.option("-q", "--quiet", is_flag=True, help="No progress display (skipped inputs and the summary are still printed).")
@click.option("-v", "--verbose", is_flag=True, help="Tracebacks of internal errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes that parse and annotate (--engine local).")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Annotate in this process, or on the workers of a Dask cluster.")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="The Dask scheduler of --engine dask [default: a local cluster, one worker per core].")
@click.option("--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
              help="How long to wait for a database in use (another ingest, a query, the web app's requests) "
                   "before failing.")
@click.option("--shards", metavar="DIR",
              help="Where --engine dask workers write their Parquet shards, kept after the run: a directory or "
                   "URL that the workers and this machine both reach [default: a temporary directory].")
def ingest_cli(
    paths: tuple[str, ...], db: str, published: dt.date | None, max_bytes: int, batch_size: int,
    progress: bool | None, quiet: bool, verbose: bool, jobs: int, engine: str, scheduler: str | None, wait: float,
    shards: str | None,
) -> None:
    """Store articles (files, directories, URLs, `-`) in the database; run it again to
    finish an interrupted run: what is stored is skipped."""
    if engine == "local" and (scheduler or shards):
        raise click.UsageError("--scheduler and --shards go with --engine dask")
    if engine == "dask" and jobs > 1:
        raise click.UsageError("--jobs goes with --engine local; a Dask cluster has its own workers")
    show = should_show(quiet=quiet) if progress is None else progress and not quiet
    on_progress = _progress_printer(total=_count_articles(paths)) if show else None
    options = dict(db=db, published=published, max_bytes=max_bytes, batch_size=batch_size, on_progress=on_progress,
                   wait=wait, on_wait=_say_waiting)
    try:
        if engine == "dask":
            from dyadwatch.engine_dask import ingest_dask  # imports distributed: only when asked for

            summary = ingest_dask(paths, scheduler=scheduler, shards=shards, **options)
        else:
            summary = ingest(paths, jobs=jobs, **options)
    except KeyboardInterrupt:
        click.echo("\ndyadwatch: interrupted; what was stored stays stored: run the same command to finish",
                   err=True)
        sys.exit(130)
    for error in summary.errors:  # errors, notices and undated articles are shown even with --quiet
        report_skipped(error, verbose=verbose)
    for notice in summary.notices:
        click.echo(f"dyadwatch: notice: {notice}", err=True)
    for source in summary.undated:
        click.echo(f"dyadwatch: no date: {source} (its events are undated; --published YYYY-MM-DD dates it)", err=True)
    click.echo(_summary_text(summary, db=db))
    if summary.failed:
        sys.exit(EXIT_INTERNAL if any(error.internal for error in summary.errors) else EXIT_SKIPPED)


def _say_waiting(message: str) -> None:
    click.echo(f"dyadwatch: {message}", err=True)


def _count_articles(paths: tuple[str, ...]) -> int | None:
    """The number of articles when it is known before reading (for the ETA)."""
    return None if any(is_url(path) for path in paths) else count_inputs(paths)


def _progress_printer(*, total: int | None = None) -> Any:
    end = "\r" if sys.stderr.isatty() else "\n"

    def report(summary: IngestSummary) -> None:
        seconds = summary.seconds or float("inf")
        click.echo(f"ingest: {summary.articles}{f'/{total}' if total else ''} articles ({summary.new} new, "
                   f"{summary.duplicate} duplicate, {summary.unchanged} unchanged, {summary.updated} updated, "
                   f"{summary.failed} failed), {summary.events} events, {summary.words / seconds:,.0f} words/s, "
                   f"{summary.articles / seconds:.1f} articles/s{_eta(summary, total)}", err=True, nl=False)
        click.echo(end, err=True, nl=False)

    return report


def _eta(summary: IngestSummary, total: int | None) -> str:
    if not total or not summary.articles or not summary.seconds:
        return ""
    left = max(0, total - summary.articles) * summary.seconds / summary.articles
    return f", ETA {dt.timedelta(seconds=round(left))}"


def _summary_text(summary: IngestSummary, *, db: str) -> str:
    return (
        f"articles: {summary.new} new, {summary.unchanged} unchanged, {summary.duplicate} duplicate, "
        f"{summary.updated} updated, {summary.failed} failed, {summary.redated} re-dated, "
        f"{summary.not_coded} not coded (language)\n"
        f"{_undated_text(len(summary.undated))}"
        f"events: {summary.events} stored in this run\n"
        f"database {db}: {summary.stored_articles} articles, {summary.stored_events} event reports of "
        f"{summary.real_world_events} real-world events\n"
        f"time: {summary.seconds:.1f} s"
    )


def _undated_text(count: int) -> str:
    if not count:
        return ""
    if count == 1:
        return "1 article has no date: its events are undated\n"
    return f"{count} articles have no date: their events are undated\n"


# --- queries ----------------------------------------------------------------------------


@click.command("events")
@db_option
@click.option("--actor", metavar="X", help="Events whose actors include X (code or name).")
@click.option("--recipient", metavar="Y", help="Events whose recipients include Y (code or name).")
@click.option("--between", nargs=2, metavar="X Y", default=None,
              help="Events between X and Y: either way, or the two together.")
@click.option("--type", "event_type", metavar="T", help="PLOVER event type (CONSULT, ASSAULT …).")
@date_options
@click.option("--text", metavar="WORDS", help="Events whose sentence contains every one of these words.")
@click.option("--all-reports", is_flag=True, help="One row per report (extraction), not per real-world event.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many rows.")
@output_options()
def events_cli(
    db: str, actor: str | None, recipient: str | None, between: tuple[str, str] | None, event_type: str | None,
    since: dt.date | None, until: dt.date | None, text: str | None, all_reports: bool, limit: int | None,
    fmt: str | None, output: str,
) -> None:
    """Real-world events (one row each, with their reports and sources), or every report."""
    with reading(db) as con:
        table = find_events(con, actor=actor, recipient=recipient, between=between or None, type=event_type,
                            since=since, until=until, text=text, all_reports=all_reports, limit=limit)
    _write(table, fmt, output)


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(tuple(PERIODS)), default=DEFAULT_PERIOD, show_default=True)
@date_options
@click.option("--evidence", type=click.IntRange(min=0), default=DEFAULT_EVIDENCE, show_default=True,
              help="Evidence sentences per period and direction.")
@output_options()
def dyad_cli(
    a: str, b: str, db: str, by: str, since: dt.date | None, until: dt.date | None, evidence: int,
    fmt: str | None, output: str,
) -> None:
    """The relation of A and B over time: events per type and quad class each way, the
    mean and summed conflict–cooperation score, and evidence sentences."""
    with reading(db) as con:
        table = dyad(con, a, b, by=by, since=since, until=until, evidence=evidence)
    _write(table, fmt, output)


@click.command("actors")
@db_option
@click.option("--top", type=click.IntRange(min=1), default=DEFAULT_TOP, show_default=True)
@output_options()
def actors_cli(db: str, top: int, fmt: str | None, output: str) -> None:
    """Who acts most, and with whom."""
    with reading(db) as con:
        table = top_actors(con, top=top)
    _write(table, fmt, output)


@click.command("actor")
@click.argument("name")
@db_option
@output_options()
def actor_cli(name: str, db: str, fmt: str | None, output: str) -> None:
    """One actor's partners: events each way and together, scores, dates, types."""
    with reading(db) as con:
        table = actor_profile(con, name)
    _write(table, fmt, output)


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--table", type=click.Choice(EXPORT_TABLES), default="events", show_default=True,
              help="The table written by csv and parquet.")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE", help="Write here instead of stdout.")
def export_cli(db: str, fmt: str, table: str, output: str) -> None:
    """Reports as PLOVER JSON records, a table as csv or parquet, or the actor network
    as GraphML or GEXF."""
    with reading(db) as con, _output(output, fmt) as (stream, binary):
        export_store(con, fmt=fmt, stream=stream, binary=binary, table=table)


COMMANDS = (ingest_cli, events_cli, dyad_cli, actors_cli, actor_cli, export_cli)


def register(cli: click.Group) -> None:
    """Add the store commands to the main command group."""
    for command in COMMANDS:
        cli.add_command(command)
