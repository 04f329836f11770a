"""Option parsing shared by every command module."""

from __future__ import annotations

import datetime as dt

import click


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a usage error otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2022-07-21") from exc
