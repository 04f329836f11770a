"""The command line: a thin layer that parses arguments and calls library functions.

This module holds the `dyadwatch` command group and `main`, and adds the commands of
each command module (articles, evaluation, store, sanctions, web); what they share is
in `cli/options.py`.
"""

from __future__ import annotations

import atexit
import gc
import sys
import time
import traceback

import click

from dyadwatch import __version__, timing
from dyadwatch.cli import articles, evaluation, sanctions, store, web
from dyadwatch.cli.options import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE
from dyadwatch.errors import DyadwatchError

# The library is imported inside each command, when it runs: defining the commands (and
# `--help`) loads no spaCy, DuckDB or pyarrow (tests/test_cli_imports.py).


@click.group()
@click.version_option(__version__, prog_name="dyadwatch")
def cli() -> None:
    """dyadwatch: political events from news — who did what to whom, when."""


for _command in (*articles.COMMANDS, *evaluation.COMMANDS, *store.COMMANDS, *sanctions.COMMANDS, *web.COMMANDS):
    cli.add_command(_command)


def main() -> None:
    """The program: run the command, then exit."""
    atexit.register(skip_collection_at_exit)
    try:
        _main()
    finally:
        if timing.enabled():
            total = time.perf_counter() - timing.STARTED
            click.echo(timing.format_profile(timing.stage_seconds(), total=total), err=True)


def skip_collection_at_exit() -> None:
    """Move every object to the collector's permanent generation, as the process exits.

    What a command built lives until the end (the spaCy model, the knowledge tables,
    the modules): the operating system takes it back at once, but the interpreter's
    finalisation would first run the cycle collector over all of it, more than once
    (0.13 s of CPU of a one-article `extract`'s 1.2 s, benchmarks/user_bench.py).
    Frozen objects are not collected: their cycles are left to the operating system.
    Nothing is lost: standard output and error are flushed by the interpreter as
    always, the store's connections are closed by their context managers, and the
    other exit hooks run as before (the store's readers are shut by one)."""
    gc.freeze()


def _main() -> None:
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
