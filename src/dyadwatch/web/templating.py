"""Jinja templates (autoescaped, strict about undefined names) and the URL helper the
pages and templates share."""

from __future__ import annotations

import datetime as dt
import functools
import urllib.parse
from importlib import resources
from typing import Any

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

from dyadwatch import __version__
from dyadwatch.web.highlight import segment_text


def page_url(path: str, *segments: str, **params: Any) -> str:
    """A site-relative URL: `path`, then each segment quoted whole ("North Korea" →
    "North%20Korea", "/" included), then the parameters that are not None or empty (a
    list is the parameter repeated)."""
    quoted = "".join("/" + urllib.parse.quote(str(segment), safe="") for segment in segments)
    url = path.rstrip("/") + quoted if segments else path
    query = {key: _param(value) for key, value in params.items() if value not in (None, "", [])}
    return url + ("?" + urllib.parse.urlencode(query, doseq=True) if query else "")


def _param(value: Any) -> str | list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def with_params(request: Request, **changes: Any) -> str:
    """The current page's URL with some parameters changed (repeated ones kept)."""
    params: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    params = {key: values[0] if len(values) == 1 else values for key, values in params.items()}
    return page_url(request.url.path, **{**params, **changes})


@functools.cache
def templates() -> Jinja2Templates:
    loader = jinja2.FileSystemLoader(str(resources.files("dyadwatch.web") / "templates"))
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals.update(url=page_url, with_params=with_params, segments=segment_text, version=__version__)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, *, status_code: int = 200, **context: Any) -> Any:
    return templates().TemplateResponse(request, name, context, status_code=status_code)
