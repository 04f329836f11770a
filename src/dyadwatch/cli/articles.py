"""The commands that read articles and write one record each (or one per event):
`clean`, `annotate` and `extract`. A thin layer: parse the arguments, run the pipeline
(`dyadwatch.pipeline`, `dyadwatch.run`), write the records (`dyadwatch.output`)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from typing import Any

import click

from dyadwatch.cli.options import FailureCounter, format_option, input_options, jobs_option, long_lived_imports
from dyadwatch.cli.views import annotated_record, article_record, event_record
from dyadwatch.output import NESTED_FORMATS, TABULAR_FORMATS, write_records
from dyadwatch.timing import timed

# The pipeline is imported inside each command, when it runs: defining the commands
# (and `--help`) loads no spaCy.


def _annotated(
    paths: tuple[str, ...], *, label: str, published: dt.date | None, max_bytes: int, jobs: int, quiet: bool
) -> Iterator[Any]:
    with timed("imports (spaCy, the pipeline)"), long_lived_imports():
        from dyadwatch.engines.local import LocalEngine
        from dyadwatch.progress import count_inputs, should_show, track
        from dyadwatch.run import annotate_paths

    items = annotate_paths(paths, engine=LocalEngine(jobs=jobs), published=published, max_bytes=max_bytes)
    return track(items, label=label, show=should_show(quiet=quiet), total=count_inputs(paths))


@click.command()
@input_options()
@format_option(NESTED_FORMATS)
def clean(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, fmt: str
) -> None:
    """Clean articles: text, paragraphs (body, caption, boilerplate) and metadata."""
    from dyadwatch.pipeline import clean_documents
    from dyadwatch.progress import count_inputs, should_show, track

    failures = FailureCounter(verbose=verbose)
    cleaned = clean_documents(paths, published=published, max_bytes=max_bytes)
    shown = track(cleaned, label="clean", show=should_show(quiet=quiet), total=count_inputs(paths))
    write_records((article_record(a) for a in failures.filter(shown)), fmt=fmt, stream=sys.stdout)
    failures.exit()


@click.command()
@input_options()
@jobs_option
@format_option(NESTED_FORMATS)
def annotate(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, jobs: int, fmt: str
) -> None:
    """Annotate articles: the clean fields plus times, mentions, quotes, events, flags."""
    failures = FailureCounter(verbose=verbose)
    items = _annotated(paths, label="annotate", published=published, max_bytes=max_bytes, jobs=jobs, quiet=quiet)
    with timed("output"):  # less the pipeline's parts, which it drives
        write_records((annotated_record(a) for a in failures.filter(items)), fmt=fmt, stream=sys.stdout)
    failures.exit()


@click.command()
@input_options()
@jobs_option
@format_option(TABULAR_FORMATS)
def extract(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, jobs: int, fmt: str
) -> None:
    """Extract events: one PLOVER record per event, with `doc_id`."""
    failures = FailureCounter(verbose=verbose)
    items = _annotated(paths, label="extract", published=published, max_bytes=max_bytes, jobs=jobs, quiet=quiet)
    events = (event_record(annotated, event) for annotated in failures.filter(items) for event in annotated.events)
    with timed("output"):  # less the pipeline's parts, which it drives
        write_records(events, fmt=fmt, stream=sys.stdout)
    failures.exit()


COMMANDS = (clean, annotate, extract)
