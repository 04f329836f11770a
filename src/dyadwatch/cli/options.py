"""Option parsing, exit statuses and error lines shared by every command module."""

from __future__ import annotations

import datetime as dt

import click

from dyadwatch.errors import InputError

# Exit statuses (README, "Exit status"): every input read; some inputs skipped (bad
# data); a usage or environment error; an internal error (a bug); Ctrl-C.
EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def report_skipped(error: InputError, *, verbose: bool) -> None:
    """One line for a skipped input; with `verbose`, the traceback of an internal error."""
    click.echo(f"dyadwatch: skipped {error}", err=True)
    if verbose and error.detail:
        click.echo(error.detail.rstrip("\n"), err=True)


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a usage error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2022-07-21") from exc
