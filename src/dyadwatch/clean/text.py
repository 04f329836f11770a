"""Offset-preserving normalization and paragraph segmentation of plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Characters replaced one-for-one so that every offset stays valid.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # stray BOM
        "\u2028": "\n",
        "\u2029": "\n",
        "\t": " ",
        "\f": "\n",
        "\v": "\n",
    }
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TERMINAL = re.compile(r"""[.!?:;…。！？]["'”’)\]」』]*\s*$""")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
WRAPPED_LINE_MIN = 60


def normalize_text(text: str) -> str:
    """Replace look-alike spaces, stray controls and CR line ends at the same offsets."""
    text = text.replace("\r\n", " \n").replace("\r", "\n").translate(_SAME_LENGTH)
    return _CONTROL.sub(" ", text)


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks between blank lines, split further into
    lines unless the lines are one hard-wrapped paragraph."""
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        spans.extend(_split_block(text, block_start, block_end))
    return spans


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for blank in _BLANK_LINE.finditer(text):
        yield position, blank.start()
        position = blank.end()
    yield position, len(text)


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = [span for span in _lines(text, start, end) if span[0] < span[1]]
    merged: list[tuple[int, int]] = []
    for line in lines:
        if merged and _continues(text[merged[-1][0] : merged[-1][1]], text[line[0] : line[1]]):
            merged[-1] = (merged[-1][0], line[1])
        else:
            merged.append(line)
    return merged


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        yield _strip_span(text, position, line_end)
        position = line_end + 1


def _continues(previous: str, following: str) -> bool:
    """A long line that stops mid-sentence and a next line that starts in lower case
    are one hard-wrapped paragraph."""
    last_line = previous.rsplit("\n", 1)[-1]
    wrapped = len(last_line) >= WRAPPED_LINE_MIN and not ends_sentence(last_line)
    return wrapped and (following[:1].islower() or following[:1].isdigit() or last_line.endswith((",", "-")))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
