"""`dyadwatch sanctions`: flagged events with their evidence. A thin layer: with `--db`
it lists the flags ingest stored (`store.flags.stored_flags`: one row per real-world
event and rule); with PATHs it reads articles through the pipeline and hands them to
`sanctions.flagged_events` (for files not ingested)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dyadwatch.cli.options import MAX_BYTES, FailureCounter, input_options, parse_date, write_table_output
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.output import TABULAR_FORMATS, write_records

if TYPE_CHECKING:
    from dyadwatch.records import AnnotatedArticle
    from dyadwatch.stage import Stage
    from dyadwatch.store.flags import FlagFilters

# The pipeline, the sanctions rules and the store are imported inside the functions
# that use them: defining the command (and `--help`) loads none of them.


def sanctions_stages(watchlists: Iterable[Path] = ()) -> tuple[Stage, ...]:
    """The default stages with the sanctions stage last (once, with these watchlists)."""
    from dyadwatch.registry import default_stages
    from dyadwatch.sanctions import STAGE_NAME, make_sanctions_stage

    stages = tuple(s for s in default_stages() if s.name != STAGE_NAME)
    return (*stages, make_sanctions_stage(tuple(watchlists)))


def annotated_from_paths(
    paths: Iterable[str],
    *,
    stages: tuple[Stage, ...],
    published: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[AnnotatedArticle | InputError]:
    """Annotated articles read from files (errors in their place)."""
    from dyadwatch.pipeline import annotate_articles, clean_documents

    return annotate_articles(clean_documents(paths, published=published, max_bytes=max_bytes), stages=stages)


def check_regime(regime: str, watchlists: Iterable[Path]) -> None:
    """ConfigError naming the known regimes (shipped, and the watchlists' lists) when
    `regime` is none of them."""
    from dyadwatch.sanctions.rules import load_regimes
    from dyadwatch.sanctions.watchlist import read_watchlist

    known = {r.id for r in load_regimes()} | {entry.list for path in watchlists for entry in read_watchlist(path)}
    if regime not in known:
        raise ConfigError(f"unknown regime {regime!r}; known regimes: {', '.join(sorted(known))}")


def _from_environment(name: str) -> bool:
    source = click.get_current_context().get_parameter_source(name)
    return source is click.core.ParameterSource.ENVIRONMENT


@click.command("sanctions")
@input_options(paths_required=False)  # --db reads the store instead
@click.option("--db", metavar="FILE", envvar="DYADWATCH_DB",
              help="List the flags stored by `dyadwatch ingest` in this database instead of reading PATHs.")
@click.option("--regime", metavar="ID", help="Only flags of this regime or watchlist (e.g. un-dprk).")
@click.option("--rule", metavar="ID", help="Only flags of this rule (e.g. un-dprk/export.arms); with --db.")
@click.option("--actor", metavar="X", help="Only events with X as a party (code or name); with --db.")
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD",
              help="Only events on or before this date; with --db.")
@click.option(
    "--watchlist",
    "watchlists",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Watchlist file: FollowTheMoney JSON lines or CSV (name, aliases, country, list). Repeatable.",
)
@click.option("--format", "fmt", type=click.Choice(TABULAR_FORMATS), default=None,
              help="Output format [default: table on a terminal, else jsonl].")
def sanctions_cli(
    paths: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    quiet: bool,
    verbose: bool,
    db: str | None,
    regime: str | None,
    rule: str | None,
    actor: str | None,
    since: dt.date | None,
    until: dt.date | None,
    watchlists: tuple[Path, ...],
    fmt: str | None,
) -> None:
    """List flagged events (sanctions rules, watchlists) with their evidence: from
    the database (--db: one row per real-world event and rule, with its reports,
    denied and hypothetical ones marked), or by reading PATHs."""
    from dyadwatch.actors.names import resolve_actor
    from dyadwatch.progress import count_inputs, should_show, track
    from dyadwatch.sanctions import flagged_events, flagged_record
    from dyadwatch.store.flags import FlagFilters

    if paths and db and _from_environment("db"):
        db = None  # DYADWATCH_DB names the store; PATHs given are what to read
    if bool(db) == bool(paths):
        raise click.UsageError("give either PATHs to read or --db FILE to list the stored flags")
    if db:
        if watchlists:
            raise click.UsageError("--watchlist goes with PATHs: stored flags were matched at ingest")
        _stored(db, FlagFilters(regime=regime, rule=rule, since=since, until=until,
                                actor=resolve_actor(actor) if actor else None), fmt)
        return
    if rule or actor or until:
        raise click.UsageError("--rule, --actor and --until go with --db")
    if regime:
        check_regime(regime, watchlists)
    failures = FailureCounter(verbose=verbose)
    items = annotated_from_paths(paths, stages=sanctions_stages(watchlists), published=published, max_bytes=max_bytes)
    shown = track(items, label="sanctions", show=should_show(quiet=quiet), total=count_inputs(paths))
    found = flagged_events(failures.filter(shown), regime=regime, since=since)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    write_records((flagged_record(item) for item in found), fmt=fmt, stream=sys.stdout)
    failures.exit()


def _stored(db: str, filters: FlagFilters, fmt: str | None) -> None:
    from dyadwatch.sanctions.rules import load_regimes
    from dyadwatch.store.flags import ShippedRegimes, stored_flags
    from dyadwatch.store.sharing import reading

    regimes = load_regimes()
    shipped = ShippedRegimes(ids=frozenset(regime.id for regime in regimes),
                             legal_sources={rule.id: rule.source for regime in regimes for rule in regime.rules})
    with reading(db) as con:
        table = stored_flags(con, filters, shipped=shipped)
    write_table_output(table, fmt, "-", view="sanctions")


COMMANDS = (sanctions_cli,)
