"""Marked text: spans of a text (an actor, a time, a quote, an event's words) turned
into a flat list of segments, each with the kinds of span that cover it, so a template
can wrap each segment in one element and escape its text. Spans may overlap.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_MIN_STEM = 4


@dataclasses.dataclass(slots=True, frozen=True)
class Mark:
    """A span to mark, `start`/`end` in the text it is applied to; `kind` names it for
    the stylesheet (`actor`, `recipient`, `event`, `mention`, `time`, `quote` …),
    `label` says what it is on hover, `anchor` is an element id to place at its start."""

    start: int
    end: int
    kind: str
    label: str = ""
    anchor: str = ""


@dataclasses.dataclass(slots=True, frozen=True)
class Segment:
    """A piece of text and the marks that cover all of it."""

    text: str
    kinds: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        return " ".join(f"m-{kind}" for kind in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(label for label in self.labels if label)


def segment_text(text: str, marks: Iterable[Mark], *, start: int = 0, end: int | None = None) -> list[Segment]:
    """`text[start:end]` cut at every mark boundary; marks are clipped to the range."""
    end = len(text) if end is None else end
    inside = [m for m in marks if m.start < end and m.end > start and m.start < m.end]
    cuts = sorted({start, end, *(max(m.start, start) for m in inside), *(min(m.end, end) for m in inside)})
    segments = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in inside if m.start <= left and m.end >= right]
        anchors = tuple(m.anchor for m in inside if m.anchor and m.start == left)
        segments.append(Segment(text[left:right], tuple(dict.fromkeys(m.kind for m in covering)),
                                tuple(dict.fromkeys(m.label for m in covering)), anchors))
    return segments


def word_marks(sentence: str, words: str, *, kind: str = "word", label: str = "") -> list[Mark]:
    """Marks on the words of `sentence` that are words of `words` (the event words a
    pattern matched, as the store keeps them: "accepted invitation"), matching case
    and inflection loosely ("deny" marks "denies")."""
    wanted = [w.lower() for w in _WORD.findall(words)]
    marks = []
    for match in _WORD.finditer(sentence):
        token = match.group().lower()
        if any(_same_word(token, w) for w in wanted):
            marks.append(Mark(match.start(), match.end(), kind, label))
    return marks


def _same_word(token: str, word: str) -> bool:
    if token == word:
        return True
    stem = word[:-1] if len(word) >= _MIN_STEM else word
    return len(word) >= _MIN_STEM and token.startswith(stem) and len(token) <= len(word) + 3


def role_marks(mentions: Sequence[dict[str, Any]], *, actor: Sequence[str], recipient: Sequence[str],
               offset: int = 0) -> list[Mark]:
    """Marks on the mentions (`start`, `end`, `code`) of an event's actors and
    recipients, shifted by `offset` (the sentence's start in the article)."""
    marks = []
    for mention in mentions:
        code = mention["code"]
        kind = "actor" if code in actor else "recipient" if code in recipient else None
        if kind is not None:
            marks.append(Mark(mention["start"] - offset, mention["end"] - offset, kind, f"{kind} {code}"))
    return marks
