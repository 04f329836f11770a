"""The `serve` command: the web app over a database, read-only. A thin layer: parse the
arguments, make the app (`dyadwatch.web.app.make_app`) and run it."""

from __future__ import annotations

import click

from dyadwatch.cli.options import HOST, PORT, db_option


@click.command("serve")
@db_option
@click.option("--host", default=HOST, show_default=True,
              help="Address to listen on; the default is reachable from this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=PORT, show_default=True)
def serve_cli(db: str, host: str, port: int) -> None:
    """Serve the web app: dyads over time, events with their sentences, actors, articles,
    each page with a JSON twin under /api (read-only)."""
    # Imported here so that other commands do not load the web stack.
    from dyadwatch.web.app import make_app
    from dyadwatch.web.server import is_loopback, run

    app = make_app(db)  # a missing or foreign database is an error before anything listens
    if not is_loopback(host):
        click.echo(f"dyadwatch: warning: {host} may be reachable from other machines; the app has no login",
                   err=True)
    click.echo(f"dyadwatch: serving {db} read-only at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run(app, host=host, port=port)


COMMANDS = (serve_cli,)
