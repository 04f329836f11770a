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
WRAP_WIDTHS = (40, 100)  # widths that text is hard-wrapped at (e-mail, PDF, feeds)
WRAP_SLACK = 20  # a wrapped line stops at most this short of the width (a long word moved down)
WRAPPED_SHARE = 0.6  # share of a wrapped text's lines (but each block's last) that come near the width
WRAPPED_MIN_LINES = 3  # lines followed by another of the same block: fewer tell no wrapping width
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s")


def normalize_text(text: str) -> str:
    """Replace look-alike spaces, stray controls and CR line ends at the same offsets."""
    text = text.replace("\r\n", " \n").replace("\r", "\n").translate(_SAME_LENGTH)
    return _CONTROL.sub(" ", text)


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line))


def split_paragraphs(text: str, *, reflow: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each paragraph. A blank line or an indented line starts a
    paragraph; so does any line of text that is not hard-wrapped (one line, one
    paragraph). Hard-wrapped lines are reflowed: a line break inside a sentence is a
    space, so the paragraph's span runs over it (offsets stay those of `text`).
    `reflow=False` (text an extractor cut from a page, never hard-wrapped) joins only
    a long line that stops mid-sentence to a line going on in lower case."""
    blocks = [[span for span in _lines(text, start, end) if span[0] < span[1]] for start, end in _blocks(text)]
    width = wrap_width([[text[s:e] for s, e in lines] for lines in blocks]) if reflow else None
    spans: list[tuple[int, int]] = []
    for lines in blocks:
        for span in _split_block(text, lines, width=width, reflow=reflow):
            if reflow and spans and _continues_across_blank(text[spans[-1][0] : spans[-1][1]], text[span[0] : span[1]]):
                spans[-1] = (spans[-1][0], span[1])
            else:
                spans.append(span)
    return spans


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for blank in _BLANK_LINE.finditer(text):
        yield position, blank.start()
        position = blank.end()
    yield position, len(text)


def _split_block(text: str, lines: list[tuple[int, int]], *, width: int | None, reflow: bool) -> list[tuple[int, int]]:
    margin = min((_indent(text, s) for s, _ in lines), default=0)
    merged: list[tuple[int, int]] = []
    for line in lines:
        following = text[line[0] : line[1]]
        starts_paragraph = reflow and (_indent(text, line[0]) > margin or _LIST_ITEM.match(following))
        if merged and not starts_paragraph and _joins(text[merged[-1][0] : merged[-1][1]], following, width):
            merged[-1] = (merged[-1][0], line[1])
        else:
            merged.append(line)
    return merged


def wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text was hard-wrapped at, or None when it is not wrapped: its longest
    line, when that is a wrapping width and most lines followed by another line of the
    same block come near it (one line per paragraph, lengths vary freely; a headline
    block of two lines is no evidence)."""
    lengths = [len(line) for lines in blocks for line in lines]
    inside = [len(line) for lines in blocks for line in lines[:-1]]
    if len(inside) < WRAPPED_MIN_LINES:
        return None
    width = max(lengths)
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    near = sum(length >= width - WRAP_SLACK for length in inside)
    return width if near >= WRAPPED_SHARE * len(inside) else None


def _joins(previous: str, following: str, width: int | None) -> bool:
    """Is the line break between `previous` and `following` inside a paragraph? In a
    hard-wrapped block, when the next line's first word did not fit on this line; in
    any text, when a long line stops mid-sentence and the next goes on in lower case."""
    last_line = previous.rsplit("\n", 1)[-1]
    if width is not None and len(last_line) + 1 + len(following.split(maxsplit=1)[0]) > width:
        return True
    return _continues(last_line, following)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        yield _strip_span(text, position, line_end)
        position = line_end + 1


def _indent(text: str, start: int) -> int:
    """Columns of blank before the character at `start`, back to its line's start."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start


def _continues(last_line: str, following: str) -> bool:
    """A long line that stops mid-sentence and a next line that starts in lower case
    are one hard-wrapped paragraph."""
    wrapped = len(last_line) >= WRAPPED_LINE_MIN and not ends_sentence(last_line)
    return wrapped and (following[:1].islower() or following[:1].isdigit() or last_line.endswith((",", "-")))


def _continues_across_blank(previous: str, following: str) -> bool:
    """A paragraph cut by a stray blank line inside a sentence (as some feeds give
    text): a long line that stops mid-sentence, then text going on in lower case."""
    last_line = previous.rsplit("\n", 1)[-1]
    return len(last_line) >= WRAPPED_LINE_MIN and not ends_sentence(last_line) and following[:1].islower()


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
