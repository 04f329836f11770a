"""Quoted stretches of text: where quotation marks open and close.

Marks are read by their context first (a mark after a space and before a word opens,
one after a word and before a space or punctuation closes) and by their glyph only
when the context leaves it open, because news text mixes typographic and straight
marks (`“no evidence" yet`). Single marks quote only when they open like a quote, so
apostrophes (`Clinton’s`, `states’`) are never taken for marks. A quote left open at
the end of a paragraph continues when the next paragraph opens with a mark — the news
convention for quotes over several paragraphs — and ends there otherwise.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’‚‹›")
OPENING_GLYPHS = frozenset("“„«‘‚‹")
CLOSING_GLYPHS = frozenset("”»’›")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:")
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-/…")
_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS | SINGLE_MARKS))) + "]")


@dataclasses.dataclass(slots=True, frozen=True)
class QuotedSpan:
    """Characters from the opening mark to the closing one, both included; `closed` is
    False when the quote ran to a paragraph end without a closing mark."""

    start: int
    end: int
    closed: bool = True


def find_quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """The outermost quoted stretches of `text`, in order (quotes nested in them are
    part of them)."""
    spans: list[QuotedSpan] = []
    opened: int | None = None
    lines = list(_lines(text))
    for index, (start, end) in enumerate(lines):
        opened = _scan_line(text, start, end, opened, spans)
        if opened is not None and not _continues(text, lines, index):
            spans.append(QuotedSpan(opened, _trim_end(text, start, end), closed=False))
            opened = None
    return tuple(spans)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start, end = 0, text.find("\n")
    while end != -1:
        yield start, end
        start, end = end + 1, text.find("\n", end + 1)
    yield start, len(text)


def _continues(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether the next non-blank line opens with a double mark."""
    for start, end in lines[index + 1 :]:
        stripped = text[start:end].lstrip()
        if stripped:
            return stripped[0] in DOUBLE_MARKS
    return False


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _scan_line(text: str, start: int, end: int, opened: int | None, spans: list[QuotedSpan]) -> int | None:
    """Scan one line for double marks (single marks only matter outside them), append
    the quotes it closes, and return where a quote still open at its end opened."""
    single: int | None = None
    # A continued quote is re-opened by a double mark opening the line (blanks before
    # it); only the marks need a look, found by the regex engine rather than char by char.
    reopening = _first_non_blank(text, start, end) if opened is not None else None
    for match in _MARK.finditer(text, start, end):
        i = match.start()
        if text[i] in DOUBLE_MARKS:
            if i != reopening:
                opened = _double_mark(text, i, opened, spans)
        elif opened is None:
            single = _single_mark(text, i, single, spans)
    return opened


def _first_non_blank(text: str, start: int, end: int) -> int:
    line = text[start:end]
    return start + len(line) - len(line.lstrip())


def _double_mark(text: str, i: int, opened: int | None, spans: list[QuotedSpan]) -> int | None:
    role = mark_role(text, i)
    if opened is None:
        return i if role != "close" else None
    if role == "open":  # a second opening mark: the first quote lost its closing mark
        spans.append(QuotedSpan(opened, _trim_end(text, opened, i), closed=False))
        return i
    spans.append(QuotedSpan(opened, i + 1))
    return None


def _single_mark(text: str, i: int, single: int | None, spans: list[QuotedSpan]) -> int | None:
    role = _context_role(text, i)
    if single is None:
        return i if role == "open" else None
    if role == "close":
        spans.append(QuotedSpan(single, i + 1))
        return None
    return single


def mark_role(text: str, i: int) -> str:
    """"open", "close" or "either" for the mark at `i`: by context, then by glyph."""
    role = _context_role(text, i)
    if role != "either":
        return role
    if text[i] in OPENING_GLYPHS:
        return "open"
    return "close" if text[i] in CLOSING_GLYPHS else "either"


def _context_role(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before in _OPEN_BEFORE or before in DOUBLE_MARKS) and not after.isspace()
    closes = not before.isspace() and (after in _CLOSE_AFTER or after in DOUBLE_MARKS or after in SINGLE_MARKS)
    if opens and not closes:
        return "open"
    return "close" if closes and not opens else "either"
