"""`dyadwatch sanctions`: flagged events with their evidence. A thin layer: it reads
articles through the pipeline and hands them to `sanctions.flagged_events`; the store
will later give the same function its articles from the database."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from dyadwatch.errors import InputError
from dyadwatch.output import TABULAR_FORMATS, write_records
from dyadwatch.pipeline import annotate_articles, clean_documents
from dyadwatch.records import AnnotatedArticle
from dyadwatch.registry import default_stages
from dyadwatch.sanctions import STAGE_NAME, flagged_events, flagged_record, make_sanctions_stage
from dyadwatch.sources import DEFAULT_MAX_BYTES
from dyadwatch.stage import Stage


def sanctions_stages(watchlists: Iterable[Path] = ()) -> tuple[Stage, ...]:
    """The default stages with the sanctions stage last (once, with these watchlists)."""
    stages = tuple(s for s in default_stages() if s.name != STAGE_NAME)
    return (*stages, make_sanctions_stage(tuple(watchlists)))


def annotated_from_paths(
    paths: Iterable[str],
    *,
    stages: tuple[Stage, ...],
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[AnnotatedArticle | InputError]:
    """Annotated articles read from files (errors in their place)."""
    return annotate_articles(clean_documents(paths, published=published, max_bytes=max_bytes), stages=stages)


def register(cli: click.Group) -> None:
    """Add the `sanctions` command to the dyadwatch command group."""
    # Imported here: dyadwatch.cli imports this module to call register().
    from dyadwatch.cli import FailureCounter, format_option, input_options
    from dyadwatch.cli_options import parse_date

    @cli.command("sanctions")
    @input_options
    @click.option("--regime", metavar="ID", help="Only flags of this regime or watchlist (e.g. un-dprk).")
    @click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Only events on or after this date.")
    @click.option(
        "--watchlist",
        "watchlists",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Watchlist file: FollowTheMoney JSON lines or CSV (name, aliases, country, list). Repeatable.",
    )
    @format_option(TABULAR_FORMATS)
    def sanctions_cli(
        paths: tuple[str, ...],
        regime: str | None,
        since: dt.date | None,
        watchlists: tuple[Path, ...],
        fmt: str,
        **inputs: Any,
    ) -> None:
        """List flagged events (sanctions rules, watchlists) with their evidence."""
        # `inputs`: the options every reading command shares (--published, --max-bytes,
        # --quiet, --verbose …), taken by name so new shared options do not break this.
        failures = FailureCounter(verbose=bool(inputs.get("verbose")))
        items = annotated_from_paths(
            paths,
            stages=sanctions_stages(watchlists),
            published=inputs.get("published"),
            max_bytes=inputs.get("max_bytes", DEFAULT_MAX_BYTES),
        )
        found = flagged_events(failures.filter(items), regime=regime, since=since)
        write_records((flagged_record(item) for item in found), fmt=fmt, stream=sys.stdout)
        failures.exit()
