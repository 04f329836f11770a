"""Seconds per pipeline stage, on request: set DYADWATCH_PROFILE=1 and `annotate` or
`extract` prints, on standard error at the end, where the run's time went (reading,
cleaning, language id, the spaCy model's load, parse, each annotation stage, output),
so that the next cost is visible.

Each part's time is its own: a part timed inside another (language id inside cleaning,
the stages inside output, which drives the pipeline) is taken out of the outer one, so
the parts add up to the run. A knowledge file is counted in the part that first needs
it. Off (the default), `timed` hands back one shared do-nothing context and `timed_iter`
the iterable itself: nothing is measured or kept. With `--jobs` above 1 the workers'
stages are not seen here (their time shows as output's waiting).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable, Iterator
from typing import ContextManager, TypeVar

T = TypeVar("T")

ENV = "DYADWATCH_PROFILE"
_OFF = contextlib.nullcontext()

STARTED = time.perf_counter()  # the run's start, near enough: the command line imports this first
_totals: dict[str, float] | None = {} if os.environ.get(ENV, "") not in ("", "0") else None
_inner: list[float] = []  # per open part: the seconds of the parts timed inside it


def enabled() -> bool:
    return _totals is not None


def start(*, on: bool = True) -> None:
    """Turn the recording on (emptied) or off, whatever the environment said."""
    global _totals
    _totals = {} if on else None
    _inner.clear()


def timed(name: str) -> ContextManager[object]:
    """A context that adds its own seconds (less those of the parts inside it) to `name`."""
    return _OFF if _totals is None else _timing(name, _totals)


def timed_iter(name: str, items: Iterable[T]) -> Iterable[T]:
    """The items, each one's production timed as `name` (for a generator doing the work)."""
    return items if _totals is None else _timed_iter(name, iter(items), _totals)


def stage_seconds() -> dict[str, float]:
    """Seconds per part so far, in the order each part first finished (the outer ones
    last; empty when off)."""
    return dict(_totals or {})


def format_profile(seconds: dict[str, float], *, total: float) -> str:
    """The profile as lines: each part's seconds and share, then the rest and the total."""
    rest = total - sum(seconds.values())
    rows = [*seconds.items(), ("other (start-up, command line)", rest)]
    lines = [f"  {name:32} {value:7.3f} s {100 * value / total:5.1f} %" for name, value in rows]
    return "\n".join(["profile (seconds per part, DYADWATCH_PROFILE):", *lines, f"  {'total':32} {total:7.3f} s"])


@contextlib.contextmanager
def _timing(name: str, totals: dict[str, float]) -> Iterator[None]:
    began = time.perf_counter()
    _inner.append(0.0)
    try:
        yield
    finally:
        elapsed = time.perf_counter() - began
        inside = _inner.pop()
        totals[name] = totals.get(name, 0.0) + elapsed - inside
        if _inner:
            _inner[-1] += elapsed


def _timed_iter(name: str, items: Iterator[T], totals: dict[str, float]) -> Iterator[T]:
    while True:
        with _timing(name, totals):
            try:
                item = next(items)
            except StopIteration:
                return
        yield item
