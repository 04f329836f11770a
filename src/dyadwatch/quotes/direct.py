"""Direct quotes: a quoted stretch and the cue that attributes it.

A quote is attributed by a cue right after it when it opens its sentence and its words
end with a comma, question or exclamation mark ("“…,” Lavrov said"); by a cue right
before it when the quote ends the sentence or a colon or comma sets it off ("Lavrov
said: “…”", not the mixed quote of "Lavrov said “talks” would resume"); or by a cue
ending the previous paragraph with a colon. Later quotes in the same paragraph with no
cue of their own continue it ("“…,” he said, “…”" and "“…,” said Caddell. “…”"). A
quote no cue attributes — a scare quote, a title, a term — is no quote.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from dyadwatch.quotes.cues import Cue
from dyadwatch.quotes.marks import QuotedSpan

SENTENCE_ENDS = frozenset({".", "!", "?"})
ATTRIBUTED_ENDINGS = frozenset(",?!—–-…")
LEADING_PUNCT = frozenset({",", ":", "—", "–"})
NESTED_CLOSINGS = " \t'’\"”»›"
MAX_FRAME = 40


@dataclasses.dataclass(slots=True, frozen=True)
class DirectQuote:
    """A cue and the quoted pieces it attributes, in text order."""

    cue: Cue
    pieces: tuple[QuotedSpan, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


@dataclasses.dataclass(slots=True, frozen=True)
class _Layout:
    doc: Doc
    text: str
    spans: Sequence[QuotedSpan]
    in_span: list[int]
    starts: list[int]
    cue_at: dict[int, Cue]


def attach_direct_quotes(
    doc: Doc, spans: Sequence[QuotedSpan], cues: Sequence[Cue], *, text: str | None = None
) -> list[DirectQuote]:
    """Every quoted span a cue attributes, grouped by cue (`text` is `doc.text`)."""
    layout = _layout(doc, text if text is not None else doc.text, spans, cues)
    found: list[DirectQuote] = []
    index = 0
    while index < len(spans):
        cue = find_quote_cue(layout, index)
        if cue is None:
            index += 1
            continue
        pieces = _continued(layout, index, cue)
        found.append(DirectQuote(cue, tuple(spans[i] for i in pieces)))
        index = pieces[-1] + 1
    return found


def _layout(doc: Doc, text: str, spans: Sequence[QuotedSpan], cues: Sequence[Cue]) -> _Layout:
    starts = doc.to_array(IDX).tolist()  # each token's `idx`, without a Token per word
    in_span = [-1] * len(doc)
    for number, span in enumerate(spans):
        for i in range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)):
            in_span[i] = number
    cue_at = {i: cue for cue in cues if "quote" in cue.content for i in range(cue.start, cue.end)}
    return _Layout(doc, text, spans, in_span, starts, cue_at)


def find_quote_cue(layout: _Layout, index: int) -> Cue | None:
    """The cue attributing span `index`: after it, before it, or ending the previous
    paragraph with a colon."""
    span = layout.spans[index]
    before, after = frame_before(layout, index), frame_after(layout, index)
    if _opens_sentence(layout, before) and _ends_attributed(layout, span, after):
        cue = _first_cue(layout, after)
        if cue is not None:
            return cue
    if _first_cue(layout, after) is None and _introduces(layout, before) and _stands_alone(before, after):
        return _last_cue(layout, before)
    return _colon_cue(layout, index) if not before else None


def frame_before(layout: _Layout, index: int) -> list[Token]:
    """The tokens before the span back to a sentence end, another quote or a line break."""
    first = bisect.bisect_left(layout.starts, layout.spans[index].start)
    return _frame_back(layout, first - 1)


def _frame_back(layout: _Layout, last: int) -> list[Token]:
    frame: list[Token] = []
    for i in range(last, max(-1, last - MAX_FRAME), -1):
        token = layout.doc[i]
        if layout.in_span[i] != -1 or _breaks_line(token) or token.text in SENTENCE_ENDS:
            break
        if not token.is_space:
            frame.append(token)
    return frame[::-1]


def frame_after(layout: _Layout, index: int) -> list[Token]:
    """The tokens after the span up to a sentence end (included), another quote or a
    line break."""
    frame: list[Token] = []
    first = bisect.bisect_left(layout.starts, layout.spans[index].end)
    for i in range(first, min(len(layout.doc), first + MAX_FRAME)):
        token = layout.doc[i]
        if layout.in_span[i] != -1 or _breaks_line(token):
            break
        if not token.is_space:
            frame.append(token)
        if token.text in SENTENCE_ENDS:
            break
    return frame


def _breaks_line(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _opens_sentence(layout: _Layout, before: list[Token]) -> bool:
    """Nothing but an introductory phrase ("Asked about it, “…”") precedes the quote."""
    if not before:
        return True
    return before[-1].text in LEADING_PUNCT and _last_cue(layout, before) is None


def _ends_attributed(layout: _Layout, span: QuotedSpan, after: list[Token]) -> bool:
    """The quoted words end as words continued by an attribution do: "…," or "…?"."""
    inner = layout.text[span.start + 1 : span.end - 1 if span.closed else span.end].rstrip(NESTED_CLOSINGS)
    return (bool(inner) and inner[-1] in ATTRIBUTED_ENDINGS) or (bool(after) and after[0].text == ",")


def _introduces(layout: _Layout, before: list[Token]) -> bool:
    """The text before the quote ends with its cue, or a colon or comma after it with
    no clause in between ("said Monday:", "told reporters," — not "said that, …,")."""
    if not before:
        return False
    if before[-1].i in layout.cue_at:
        return True
    cue = _last_cue(layout, before)
    if before[-1].text not in (":", ",") or cue is None:
        return False
    between = [t for t in before if t.i >= cue.end and t.i not in cue.words]
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" for t in between)


def _stands_alone(before: list[Token], after: list[Token]) -> bool:
    """A quote right after its cue is the whole statement when a colon or comma sets
    it off or nothing but punctuation follows it in its sentence; "said "budget
    cuts" would pay for it" quotes words inside a reported clause."""
    return before[-1].text in (":", ",") or not any(token.is_alpha for token in after)


def _first_cue(layout: _Layout, frame: list[Token]) -> Cue | None:
    return next((layout.cue_at[t.i] for t in frame if t.i in layout.cue_at), None)


def _last_cue(layout: _Layout, frame: list[Token]) -> Cue | None:
    return next((layout.cue_at[t.i] for t in reversed(frame) if t.i in layout.cue_at), None)


def _colon_cue(layout: _Layout, index: int) -> Cue | None:
    """A cue ending the previous paragraph with a colon ("He added:")."""
    i = bisect.bisect_left(layout.starts, layout.spans[index].start) - 1
    while i >= 0 and layout.doc[i].is_space:
        i -= 1
    if i < 0 or layout.doc[i].text != ":" or layout.in_span[i] != -1:
        return None
    return _last_cue(layout, _frame_back(layout, i))


def _continued(layout: _Layout, index: int, cue: Cue) -> list[int]:
    """Span `index` and the later spans of its paragraph with no cue of their own."""
    pieces = [index]
    for later in range(index + 1, len(layout.spans)):
        if not _same_line(layout, layout.spans[pieces[-1]].end, layout.spans[later].start):
            break
        before, after = frame_before(layout, later), frame_after(layout, later)
        if _first_cue(layout, after) not in (None, cue) or not _continues_with(layout, before, cue):
            break
        pieces.append(later)
    return pieces


def _continues_with(layout: _Layout, before: list[Token], cue: Cue) -> bool:
    """Nothing, or the cue and a comma or colon ("“…,” he said, “…”"), are between the
    quote and the one before; a conjunction and adverbs may follow the comma ("“…,” he
    said, but “…”", "“…,” Jordan said, and still “…”")."""
    if not before:
        return True
    end = len(before)
    while end > 1 and before[end - 1].dep_ in ("cc", "advmod") and before[end - 1].pos_ in ("CCONJ", "ADV"):
        end -= 1
    if end < len(before) and before[end - 1].text != ",":
        return False
    return before[end - 1].text in (",", ":") and _last_cue(layout, before[:end]) == cue


def _same_line(layout: _Layout, start: int, end: int) -> bool:
    return "\n" not in layout.text[start:end]
