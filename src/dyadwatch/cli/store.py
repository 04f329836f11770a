"""Store commands: `ingest`, and the queries `events`, `dyad`, `actors`, `actor` and
`export`. A thin layer: parse the arguments, call `dyadwatch.store`, write the result."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

import click

from dyadwatch.cli.options import (
    EVIDENCE,
    EXIT_INTERNAL,
    EXIT_SKIPPED,
    EXPORT_FORMATS,
    EXPORT_TABLES,
    INGEST_BATCH_SIZE,
    PERIOD,
    PERIODS,
    TOP,
    WAIT,
    date_options,
    db_option,
    input_options,
    open_output,
    output_options,
    report_skipped,
    write_table_output,
)
from dyadwatch.engines import ENGINES  # the engine names only: each engine loads when a run opens it

if TYPE_CHECKING:
    from dyadwatch.progress import StatusLine
    from dyadwatch.store.ingest import IngestSummary

# The store (DuckDB, pyarrow) and the pipeline are imported inside each command, when
# it runs: defining the commands (and `--help`) loads neither.



# --- ingest -----------------------------------------------------------------------------


@click.command("ingest")
@db_option
@input_options(verbose_help="Tracebacks of internal errors.")
@click.option("--batch-size", type=click.IntRange(min=1), default=INGEST_BATCH_SIZE, show_default=True,
              help="Articles stored per transaction.")
@click.option("--progress/--no-progress", default=None,
              help="Report each stored batch on stderr [default: on a terminal, not when stdout is a pipe].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes that parse and annotate (--engine local).")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Annotate in this process, or on the workers of a Dask cluster.")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="The Dask scheduler of --engine dask [default: a local cluster, one worker per core].")
@click.option("--wait", type=click.FloatRange(min=0), default=WAIT, show_default=True, metavar="SECONDS",
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
    from dyadwatch.engines import open_engine
    from dyadwatch.progress import StatusLine, should_show
    from dyadwatch.run import ingest

    show = should_show(quiet=quiet) if progress is None else progress and not quiet
    status = StatusLine(sys.stderr)
    on_progress = _progress_printer(status, total=_count_articles(paths)) if show else None
    options = dict(db=db, published=published, max_bytes=max_bytes, batch_size=batch_size, on_progress=on_progress,
                   wait=wait, on_wait=_say_waiting)
    try:
        with open_engine(engine, jobs=jobs, scheduler=scheduler, shards=shards) as annotator:
            summary = ingest(paths, engine=annotator, **options)
    except KeyboardInterrupt:
        status.close()
        click.echo("dyadwatch: interrupted; what was stored stays stored: run the same command to finish",
                   err=True)
        sys.exit(130)
    finally:
        status.close()
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
    from dyadwatch.progress import count_inputs
    from dyadwatch.sources import is_url

    return None if any(is_url(path) for path in paths) else count_inputs(paths)


def _progress_printer(status: StatusLine, *, total: int | None = None) -> Any:
    from dyadwatch.progress import Tally, progress_line

    def report(summary: IngestSummary) -> None:
        tally = Tally(articles=summary.articles, failed=summary.failed, words=summary.words, events=summary.events,
                      seconds=summary.seconds)
        status.update(progress_line("ingest", tally, total=total, extra=f"{summary.new} new, {summary.duplicate} "
                                    f"duplicate, {summary.unchanged} unchanged, {summary.updated} updated"))

    return report


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


def event_filter_options(command: Any) -> Any:
    """The filters of `events`, shared by `export`."""
    command = click.option("--text", metavar="WORDS",
                           help="Events whose sentence has every one of these words, as whole words in any case "
                                "('sanction' does not find 'sanctions').")(command)
    command = date_options(command)
    command = click.option("--source", metavar="WORDS",
                           help="Events reported by articles whose URL or source contains this (reuters.com).")(command)
    command = click.option("--sector", metavar="S", help="Events with a party of this sector (GOV, MIL, REB …).")(command)
    command = click.option("--quad", "quads", multiple=True, metavar="Q",
                           help="Quad class (verbal_cooperation, material_cooperation, verbal_conflict, "
                                "material_conflict); repeat or join with commas for several.")(command)
    command = click.option("--type", "event_types", multiple=True, metavar="T",
                           help="PLOVER event type (CONSULT, ASSAULT …); repeat or join with commas for several.")(command)
    command = click.option("--between", nargs=2, metavar="X Y", default=None,
                           help="Events between X and Y: either way, or the two together.")(command)
    command = click.option("--recipient", metavar="Y", help="Events whose recipients include Y (code or name).")(command)
    return click.option("--actor", metavar="X", help="Events whose actors include X (code or name).")(command)


def _filters(actor: str | None, recipient: str | None, between: tuple[str, str] | None,
             event_types: tuple[str, ...], quads: tuple[str, ...], sector: str | None, source: str | None,
             since: dt.date | None, until: dt.date | None, text: str | None) -> dict[str, Any]:
    """The filters of `events` with actor names resolved to codes."""
    from dyadwatch.actors.names import resolve_actor, resolve_pair

    return dict(actor=actor and resolve_actor(actor), recipient=recipient and resolve_actor(recipient),
                between=resolve_pair(between), type=list(event_types), quad=list(quads), sector=sector,
                source=source, since=since, until=until, text=text)


@click.command("events")
@db_option
@event_filter_options
@click.option("--newest", is_flag=True, help="Newest first [default: oldest first, undated last].")
@click.option("--all-reports", is_flag=True, help="One row per report (extraction), not per real-world event.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many rows.")
@output_options()
def events_cli(db: str, newest: bool, all_reports: bool, limit: int | None, fmt: str | None, output: str,
               **filters: Any) -> None:
    """Real-world events (one row each, with their reports and sources), or every report."""
    from dyadwatch.store.queries import find_events
    from dyadwatch.store.sharing import reading

    with reading(db) as con:
        table = find_events(con, **_filters(**filters), order="newest" if newest else "oldest",
                            all_reports=all_reports, limit=limit)
    write_table_output(table, fmt, output, view="reports" if all_reports else "events")


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(PERIODS), default=PERIOD, show_default=True)
@date_options
@click.option("--evidence", type=click.IntRange(min=0), default=EVIDENCE, show_default=True,
              help="Evidence sentences per period and direction.")
@click.option("--normalise", is_flag=True,
              help="Add the articles stored per period and the events per 100 of them.")
@output_options()
def dyad_cli(
    a: str, b: str, db: str, by: str, since: dt.date | None, until: dt.date | None, evidence: int,
    normalise: bool, fmt: str | None, output: str,
) -> None:
    """The relation of A and B over time: per period, A->B, B->A and `between` (the two
    ways: events per type and quad class, mean and summed conflict–cooperation score),
    A+B (what they do together, counted, not scored), and evidence sentences. Events
    without a date are the period `undated`."""
    from dyadwatch.actors.names import resolve_actor
    from dyadwatch.store.queries import dyad
    from dyadwatch.store.sharing import reading

    with reading(db) as con:
        table = dyad(con, resolve_actor(a), resolve_actor(b), by=by, since=since, until=until, evidence=evidence,
                     normalise=normalise)
    write_table_output(table, fmt, output, view="dyad")


@click.command("actors")
@db_option
@click.option("--top", type=click.IntRange(min=1), default=TOP, show_default=True)
@output_options()
def actors_cli(db: str, top: int, fmt: str | None, output: str) -> None:
    """Who acts most, and with whom."""
    from dyadwatch.actors.names import with_names
    from dyadwatch.store.queries import top_actors
    from dyadwatch.store.sharing import reading

    with reading(db) as con:
        table = with_names(top_actors(con, top=top), after="code")
    write_table_output(table, fmt, output, view="actors")


@click.command("actor")
@click.argument("name")
@db_option
@output_options()
def actor_cli(name: str, db: str, fmt: str | None, output: str) -> None:
    """One actor's partners: events each way and together, scores, dates, types."""
    from dyadwatch.actors.names import resolve_actor, with_names
    from dyadwatch.store.queries import actor_profile
    from dyadwatch.store.sharing import reading

    with reading(db) as con:
        table = with_names(actor_profile(con, resolve_actor(name)), after="partner")
    write_table_output(table, fmt, output, view="actor")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--table", type=click.Choice(EXPORT_TABLES), default="events", show_default=True,
              help="The table written by csv and parquet.")
@event_filter_options
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE", help="Write here instead of stdout.")
def export_cli(db: str, fmt: str, table: str, output: str, **filters: Any) -> None:
    """Reports as PLOVER JSON records, a table as csv or parquet, or the actor network
    as GraphML or GEXF. The filters of `events` keep the reports of the matching
    real-world events (PLOVER records, the events table); each event row carries its
    article's url, title, source and publication date."""
    from dyadwatch.actors.names import actor_name
    from dyadwatch.store.export import export_store
    from dyadwatch.store.queries import report_filter
    from dyadwatch.store.sharing import reading

    where, params = report_filter(**_filters(**filters))
    with reading(db) as con, open_output(output, fmt) as (stream, binary):
        export_store(con, fmt=fmt, stream=stream, binary=binary, table=table, where=where, params=params,
                     names=actor_name)


COMMANDS = (ingest_cli, events_cli, dyad_cli, actors_cli, actor_cli, export_cli)
