"""Progress of long runs, one status line for every command: articles, failures,
events, words/s, ETA on a terminal; nothing when output goes down a pipe or the user
asked for quiet."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from dyadwatch.errors import InputError
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.sources import input_format

T = TypeVar("T")


def stdout_is_pipe() -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def should_show(*, quiet: bool) -> bool:
    """On a terminal, unless quiet or stdout feeds a pipe."""
    return not quiet and sys.stderr.isatty() and not stdout_is_pipe()


REDRAW_SECONDS = 0.1  # often enough to look live, rarely enough to cost nothing


@dataclass(slots=True)
class Tally:
    """What a long run has done so far: articles (inputs, whatever their outcome),
    failures, words read, events found (None when the run finds none, as `clean`)."""

    articles: int = 0
    failed: int = 0
    words: int = 0
    events: int | None = None
    seconds: float = 0.0

    def count(self, item: object) -> None:
        self.articles += 1
        if isinstance(item, AnnotatedArticle):
            self.events = (self.events or 0) + len(item.events)
            item = item.article
        if isinstance(item, Article):
            self.words += len(item.text.split())
        elif isinstance(item, InputError) and item.failure:
            self.failed += 1


def progress_line(label: str, tally: Tally, *, total: int | None = None, extra: str = "") -> str:
    """The status line of every long command; most wanted first, as a narrow terminal
    cuts the end: articles (of the total when known), failures, events, words/s and
    the time left, articles/s, then `extra`."""
    seconds = tally.seconds or float("inf")
    parts = [f"{label}: {tally.articles}{f'/{total}' if total else ''} articles", f"{tally.failed} failed"]
    if tally.events is not None:
        parts.append(f"{tally.events} events")
    parts.append(f"{tally.words / seconds:,.0f} words/s{_eta(tally, total)}")
    parts.append(f"{tally.articles / seconds:.1f} articles/s")
    return " · ".join([*parts, extra] if extra else parts)


def _eta(tally: Tally, total: int | None) -> str:
    if not total or not tally.articles or not tally.seconds or tally.articles >= total:
        return ""
    left = (total - tally.articles) * tally.seconds / tally.articles
    return f" · ETA {dt.timedelta(seconds=round(left))}"


def track(items: Iterable[T], *, label: str, show: bool, total: int | None = None) -> Iterator[T]:
    """Pass items through, with a status line on stderr (`progress_line`) redrawn at most
    every REDRAW_SECONDS; the last one stays when the run ends."""
    if not show:
        yield from items
        return
    status, tally = StatusLine(sys.stderr), Tally()
    started = drawn = time.monotonic()
    finished = False
    try:
        for item in items:
            tally.count(item)
            now = time.monotonic()
            if isinstance(item, InputError):
                status.close()  # the line reporting it starts at the left, not after the status
            elif now - drawn >= REDRAW_SECONDS:
                drawn, tally.seconds = now, now - started
                status.update(progress_line(label, tally, total=total))
            yield item
        tally.seconds = time.monotonic() - started
        status.update(progress_line(label, tally, total=total))
        finished = True
    finally:
        status.close(keep=finished)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold, when that is known without reading them
    (single-article files); None for stdin, JSONL and WARC."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        target = Path(path)
        files = [p for p in target.rglob("*") if p.is_file()] if target.is_dir() else [target]
        formats = [input_format(f) for f in files]
        if any(fmt in ("jsonl", "warc") for fmt in formats):
            return None
        total += sum(fmt is not None for fmt in formats) if target.is_dir() else 1
    return total


CLEAR_TO_END = "\x1b[K"


class StatusLine:
    """One line of progress: on a terminal it is redrawn in place (cut to the width so
    it never wraps) and cleared by `close`; elsewhere each update is a line of its own."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty()
        self.shown = False

    def update(self, text: str) -> None:
        if self.live:
            width = shutil.get_terminal_size().columns - 1
            self.stream.write(f"\r{text[:width]}{CLEAR_TO_END}")
            self.shown = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self, *, keep: bool = False) -> None:
        """End the line on a terminal, so what is printed next starts clean: cleared, or
        with `keep` left on screen."""
        if self.live and self.shown:
            self.stream.write("\n" if keep else f"\r{CLEAR_TO_END}")
            self.stream.flush()
            self.shown = False
