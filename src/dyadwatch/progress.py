"""Progress of long runs: articles, words/s, ETA and failures on a terminal; nothing
when output goes down a pipe or the user asked for quiet."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from tqdm import tqdm

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


def track(items: Iterable[T], *, show: bool, total: int | None = None) -> Iterator[T]:
    """Pass items through, counting articles, words and failures on stderr."""
    if not show:
        yield from items
        return
    words = failures = 0
    with tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
        for item in items:
            article = item.article if isinstance(item, AnnotatedArticle) else item
            if isinstance(article, Article):
                words += len(article.text.split())
            elif isinstance(item, InputError):
                failures += 1
            bar.update(1)
            rate = words / bar.format_dict["elapsed"] if bar.format_dict["elapsed"] else 0.0
            bar.set_postfix_str(f"{rate:,.0f} words/s, {failures} failed", refresh=False)
            yield item


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

    def close(self) -> None:
        """Clear the line on a terminal, so what is printed next starts clean."""
        if self.live and self.shown:
            self.stream.write(f"\r{CLEAR_TO_END}")
            self.stream.flush()
            self.shown = False
