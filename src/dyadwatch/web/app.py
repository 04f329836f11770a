"""The web app: `make_app(db)` gives a FastAPI app over a dyadwatch database, read-only.

Pages are under `/`, their JSON twins under `/api/…` (described at
`/api/openapi.json`, listed at `/api`), static files (stylesheet, scripts, the vendored
Chart.js) under `/static/`. Errors are answered as JSON under `/api/` and as a page
elsewhere: an unknown actor or article is 404, a bad value 400 or 422, a database in
use 503.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadwatch import __version__
from dyadwatch.errors import DyadwatchError
from dyadwatch.store.schema import StoreError
from dyadwatch.store.sharing import SharedReader, reading
from dyadwatch.web import api, downloads, pages
from dyadwatch.web.memo import GenerationMemo
from dyadwatch.web.templating import render

# Everything is served from this app: no inline script, no other origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def make_app(db: str | Path) -> FastAPI:
    """The app over the database at `db`; StoreError now if it cannot be opened."""
    with reading(db):
        pass  # checked (and migrated) now; the requests' connection opens with the first of them
    reader = SharedReader(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    app = FastAPI(title="dyadwatch", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", lifespan=lifespan,
                  description="Political events from news, coded in PLOVER: the analyst's views as JSON.")
    app.state.db = Path(db)
    app.state.reader = reader
    app.state.memo = GenerationMemo()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(downloads.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("dyadwatch.web") / "static")), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AnswerCache, reader=reader)
    app.add_middleware(HeadAsGet)
    for kind, handler in _HANDLERS.items():
        app.add_exception_handler(kind, handler)
    return app


class SecurityHeaders:
    """`SECURITY_HEADERS` on every response. A plain ASGI middleware: Starlette's
    `BaseHTTPMiddleware` would run each request in a task of its own and stream the
    body through a queue, for the same headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """HEAD answered wherever GET is: the GET response's status and headers, no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


CACHED_ANSWERS = 256
CACHED_BYTES = 32_000_000  # in all; a larger answer than this is computed each time


@dataclass(frozen=True)
class _Answer:
    generation: int
    messages: list[Message]
    size: int


class AnswerCache:
    """The latest answers of GET requests that read the database (at most
    `CACHED_ANSWERS`, `CACHED_BYTES` in all), sent again as they are while the database
    is the one they read (`SharedReader.current`): the connection they used is still
    open, or an ingest it was let go for is storing its batch."""

    def __init__(self, app: ASGIApp, *, reader: SharedReader) -> None:
        self.app = app
        self.reader = reader
        self.answers: OrderedDict[tuple[str, bytes], _Answer] = OrderedDict()
        self.size = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"])
        kept = self.answers.get(key)
        if kept is not None and kept.generation == self.reader.current():
            self.answers.move_to_end(key)
            for message in kept.messages:
                await send(message)
            return
        state = scope.setdefault("state", {})  # where the `store` dependency says what it read
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            if message["type"] in ("http.response.start", "http.response.body"):  # not a test client's extras
                messages.append(message)
            await send(message)

        await self.app(scope, receive, keep)
        size = _whole_ok_size(messages)
        if "generation" in state and size is not None:
            self._keep(key, _Answer(state["generation"], messages, size))

    def _keep(self, key: tuple[str, bytes], answer: _Answer) -> None:
        if answer.size > CACHED_BYTES:
            return
        if key in self.answers:
            self.size -= self.answers.pop(key).size
        self.answers[key] = answer
        self.size += answer.size
        while len(self.answers) > CACHED_ANSWERS or self.size > CACHED_BYTES:
            self.size -= self.answers.popitem(last=False)[1].size


def _whole_ok_size(messages: list[Message]) -> int | None:
    """The body size of a 200 answer sent whole; None for any other."""
    starts = [m for m in messages if m["type"] == "http.response.start"]
    bodies = [m for m in messages if m["type"] == "http.response.body"]
    if not (starts and starts[0]["status"] == 200 and bodies and not bodies[-1].get("more_body", False)):
        return None
    return sum(len(m.get("body", b"")) for m in bodies)


MAX_ECHO = 200


def clipped(value: Any) -> Any:
    """An error's detail with every text longer than `MAX_ECHO` characters cut there
    (an error never echoes more than that of what was sent)."""
    if isinstance(value, str):
        return value if len(value) <= MAX_ECHO else value[:MAX_ECHO] + "…"
    if isinstance(value, dict):
        return {key: clipped(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clipped(item) for item in value]
    return value


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, messages: list[str], detail: Any = None) -> Response:
    messages, detail = clipped(messages), clipped(detail)
    if _wants_json(request):
        return JSONResponse({"detail": messages[0] if detail is None else detail}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, messages=messages, twin=None)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, [str(exc.detail)])


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = jsonable_encoder(exc.errors())
    messages = [f"{'.'.join(str(part) for part in e['loc'] if part != 'query')}: {e['msg']}" for e in errors]
    return _error(request, 422, messages, detail=errors)


async def _dyadwatch_error(request: Request, exc: Exception) -> Response:
    return _error(request, 400, [str(exc)])


async def _store_error(request: Request, exc: Exception) -> Response:
    return _error(request, 503, [f"the database cannot be read now: {exc}"])


_HANDLERS = {
    HTTPException: _http_error,
    RequestValidationError: _validation_error,
    DyadwatchError: _dyadwatch_error,
    StoreError: _store_error,
}
