"""The command line: a thin layer that parses arguments and calls library functions."""

from __future__ import annotations

import datetime as dt
import json
import sys
import traceback
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import Any

import click

from dyadwatch import __version__, cli_defaults, cli_sanctions, cli_store, cli_web
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.output import (
    NESTED_FORMATS,
    TABULAR_FORMATS,
    annotated_record,
    article_record,
    event_record,
    write_records,
)
from dyadwatch.cli_options import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_SKIPPED, EXIT_USAGE, parse_date, report_skipped

# The library is imported inside each command, when it runs: defining the commands (and
# `--help`) loads no spaCy, DuckDB or pyarrow (tests/test_cli_imports.py).


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


def input_options(command: Any) -> Any:
    """Options shared by every command that reads articles."""
    command = click.argument("paths", nargs=-1, required=True)(command)
    command = click.option(
        "--published", callback=parse_date, metavar="YYYY-MM-DD",
        help="Publication date for inputs that state none.",
    )(command)
    command = click.option(
        "--max-bytes", type=int, default=cli_defaults.MAX_BYTES, show_default=True,
        help="Skip inputs larger than this (after decompression).",
    )(command)
    command = click.option("--quiet", "-q", is_flag=True, help="No progress display.")(command)
    command = click.option("--verbose", "-v", is_flag=True,
                           help="Name every article on stderr as it is done; tracebacks of internal errors.")(command)
    return command


def jobs_option(command: Any) -> Any:
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
        help="Worker processes for cleaning, parsing and coding.",
    )(command)


def _annotated(paths: tuple[str, ...], *, published: dt.date | None, max_bytes: int, jobs: int, quiet: bool) -> Iterator[Any]:
    from dyadwatch.engine import process_paths
    from dyadwatch.progress import count_inputs, should_show, track

    items = process_paths(paths, published=published, max_bytes=max_bytes, jobs=jobs)
    return track(items, show=should_show(quiet=quiet), total=count_inputs(paths))


def format_option(choices: tuple[str, ...]) -> Any:
    return click.option("--format", "fmt", type=click.Choice(choices), default="jsonl", show_default=True)


@click.group()
@click.version_option(__version__, prog_name="dyadwatch")
def cli() -> None:
    """dyadwatch: political events from news — who did what to whom, when."""


@cli.command()
@input_options
@format_option(NESTED_FORMATS)
def clean(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, fmt: str
) -> None:
    """Clean articles: text, paragraphs (body, caption, boilerplate) and metadata."""
    from dyadwatch.pipeline import clean_documents
    from dyadwatch.progress import count_inputs, should_show, track

    failures = FailureCounter(verbose=verbose)
    cleaned = clean_documents(paths, published=published, max_bytes=max_bytes)
    articles = failures.filter(track(cleaned, show=should_show(quiet=quiet), total=count_inputs(paths)))
    write_records((article_record(a) for a in articles), fmt=fmt, stream=sys.stdout)
    failures.exit()


@cli.command()
@input_options
@jobs_option
@format_option(NESTED_FORMATS)
def annotate(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, jobs: int, fmt: str
) -> None:
    """Annotate articles: the clean fields plus times, mentions, quotes, events, flags."""
    failures = FailureCounter(verbose=verbose)
    items = _annotated(paths, published=published, max_bytes=max_bytes, jobs=jobs, quiet=quiet)
    write_records((annotated_record(a) for a in failures.filter(items)), fmt=fmt, stream=sys.stdout)
    failures.exit()


@cli.command()
@input_options
@jobs_option
@format_option(TABULAR_FORMATS)
def extract(
    paths: tuple[str, ...], published: dt.date | None, max_bytes: int, quiet: bool, verbose: bool, jobs: int, fmt: str
) -> None:
    """Extract events: one PLOVER record per event, with `doc_id`."""
    failures = FailureCounter(verbose=verbose)
    items = _annotated(paths, published=published, max_bytes=max_bytes, jobs=jobs, quiet=quiet)
    events = (event_record(annotated, event) for annotated in failures.filter(items) for event in annotated.events)
    write_records(events, fmt=fmt, stream=sys.stdout)
    failures.exit()


@cli.command("eval")
@click.argument("kind", type=click.Choice(cli_defaults.EVAL_KINDS))
@click.argument("gold", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--show-errors", type=int, default=0, metavar="N", help="Print the N worst cases, gold vs predicted.")
def eval_cli(kind: str, gold: tuple[str, ...], fmt: str, show_errors: int) -> None:
    """Score dyadwatch on gold data of KIND (its standard format)."""
    from dyadwatch.evaluate.kinds import run_eval
    from dyadwatch.evaluate.report import write_report

    write_report(run_eval(kind, gold), fmt=fmt, show_errors=show_errors, stream=sys.stdout)


@cli.command("gate")
@click.option("--shared", type=click.Path(path_type=Path), default=Path("../shared"), show_default=True)
@click.option("--floors", "floors_path", type=click.Path(path_type=Path), default=cli_defaults.FLOORS, show_default=True)
@click.option("--allow-missing", is_flag=True,
              help="Pass over gold sets that are not there (a fresh clone without ../shared) instead of exiting 2.")
def gate_cli(shared: Path, floors_path: Path, allow_missing: bool) -> None:
    """Score the gold sets and fail when a figure drops below its pinned floor; exit 2
    when gold data is missing (unless --allow-missing), 1 when a figure fails."""
    from dyadwatch.evaluate.gate import load_floors, run_gate

    floors = load_floors(floors_path)
    missing = missing_gold(floors, shared)
    if missing and not allow_missing:
        for path in missing:
            click.echo(f"gate: missing gold data: {shared / path}", err=True)
        click.echo("gate: the gold data lives outside the repository (../shared); "
                   "--allow-missing passes over what is missing", err=True)
        sys.exit(2)
    checks = run_gate(floors, shared)
    for check in checks:
        value = "—" if check.value is None else f"{check.value:.4f}"
        skipped = check.value is None and _is_missing(check.problem, missing)
        status = "skipped: gold data missing" if skipped else "ok" if check.ok else f"FAIL: {check.problem}"
        click.echo(f"{check.figure:40} {value:>8}  floor {check.floor:.4f}  {status}")
    if not all(check.ok or _is_missing(check.problem, missing) for check in checks):
        sys.exit(1)


def missing_gold(floors: Any, shared: Path) -> list[str]:
    """The gold sets of the floors that are not under `shared`, in order, once each."""
    paths = [floors.gold_of(figure)[0].path for figure in floors.floors]
    return [path for path in dict.fromkeys(paths) if not (shared / path).exists()]


def _is_missing(problem: str | None, missing: list[str]) -> bool:
    return bool(problem) and any(f"gold set {path} not found" in problem for path in missing)


@cli.command("info")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
def info_cli(fmt: str) -> None:
    """Version, spaCy model and data files in use."""
    from dyadwatch.info import info

    details = info()
    if fmt == "json":
        click.echo(json.dumps(details, indent=2))
        return
    click.echo(f"dyadwatch {details['version']}")
    click.echo(f"model     {details['model']['name']} {details['model']['version']} (spaCy {details['model']['spacy']})")
    for entry in details["data_files"]:
        click.echo(f"data      {entry['name']}  {entry['sha256']}  {entry['path']}")


def main() -> None:
    try:
        returned = cli.main(standalone_mode=False)  # click's own handling, but Ctrl-C exits 130
    except click.exceptions.Abort:
        click.echo("dyadwatch: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except DyadwatchError as error:
        click.echo(f"dyadwatch: error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, as Unix tools do.
        sys.stderr.close()
        sys.exit(141)
    except Exception as error:  # noqa: BLE001 (a bug: one line, the traceback on request)
        message = " ".join(str(error).split())[:300]
        click.echo(f"dyadwatch: internal error: {type(error).__name__}: {message} (a bug in dyadwatch; "
                   "--verbose shows the traceback)", err=True)
        if _verbose_asked(sys.argv[1:]):
            click.echo(traceback.format_exc().rstrip("\n"), err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(returned if isinstance(returned, int) else 0)


def _verbose_asked(arguments: list[str]) -> bool:
    return "--verbose" in arguments or "-v" in arguments


cli_store.register(cli)
cli_sanctions.register(cli)
cli_web.register(cli)
