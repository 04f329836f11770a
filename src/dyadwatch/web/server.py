"""Serve the web app with uvicorn."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from dyadwatch.web.app import make_app

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db: str | Path, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the database at `db` read-only until interrupted."""
    run(make_app(db), host=host, port=port)


def run(app: FastAPI, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve an app made by `make_app` until interrupted."""
    uvicorn.run(app, host=host, port=port, log_level="warning")


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
