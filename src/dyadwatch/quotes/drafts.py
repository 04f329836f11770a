"""Drafts: quotes before their speakers are named, and the rule that gives every word
of an article to one attribution at most.

When a cue sits inside the content of another reported quote, either its clause is
part of what the outer speaker said ("Lavrov said Kyiv believes the talks failed": the
belief is Lavrov's claim, and one attribution), or the outer content ran on past the
end of its own clause into a new one ("Lavrov said the talks failed, but he insisted
…"; a new sentence the parse glued on). The first inner quote is dropped; in the
second the outer content ends before the conjunction that opens the inner clause.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyadwatch.quotes.cues import Cue, cue_verb
from dyadwatch.quotes.marks import QuotedSpan

PIECE_JOINER = " … "
CLAUSE_OPENERS = frozenset({"but", "and", "though", "although", "while", "whereas", "yet", ";", "—", "–"})
"""Words and marks that open a clause coordinate with the content before them."""
SENTENCE_ENDS = frozenset({".", "!", "?"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
INNER_KINDS = frozenset({"verb", "quoted"})
_ONE_SENTENCE_END = re.compile(r"^[^.!?\n]*[.!?][\"”’']?\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'»]*$")


@dataclasses.dataclass(slots=True, frozen=True)
class Draft:
    """A quote before its speaker is named: the cue and the content's pieces (one, or
    the quoted pieces around an interrupting cue)."""

    cue: Cue
    pieces: tuple[tuple[int, int], ...]
    content: str
    direct: bool
    cue_chars: tuple[int, int] | None = None
    speaker_chars: tuple[int, int] | None = None
    """Set when they are not the cue's tokens and the parse's speaker phrase (labels)."""

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def one_attribution_per_word(doc: Doc, drafts: Sequence[Draft], *, text: str) -> list[Draft]:
    """The drafts with nested reported quotes dropped and outer contents ended before
    a coordinate clause of another attribution (see the module docstring)."""
    reported = [d for d in drafts if not d.direct and d.cue.kind != "label"]
    ends: dict[int, int] = {}
    dropped: set[int] = set()
    for inner in reported:
        if inner.cue.kind not in INNER_KINDS:
            continue
        verb = cue_verb(doc, inner.cue)
        for number, outer in enumerate(drafts):
            if outer is inner or outer.direct or outer.cue.kind == "label" or not _holds(outer, doc[inner.cue.head]):
                continue
            end = coordinate_end(doc, verb, start=outer.start)
            if end is None:
                dropped.add(id(inner))
            else:
                ends[number] = min(end, ends.get(number, end))
    kept = [_ended(draft, ends[n], text) if n in ends else draft for n, draft in enumerate(drafts)]
    return [draft for draft, original in zip(kept, drafts, strict=True) if id(original) not in dropped]


def _holds(outer: Draft, cue: Token) -> bool:
    return any(start <= cue.idx < end for start, end in outer.pieces)


def coordinate_end(doc: Doc, verb: Token, *, start: int) -> int | None:
    """Where a content that began at char `start` ends when the cue `verb` opens a
    clause of its own after it — with its own subject, after a conjunction or a
    sentence end — or None when the cue's clause belongs inside that content."""
    if not any(child.dep_ in SUBJECTS for child in verb.children):
        return None
    first = verb.left_edge
    if first.idx <= start or (first.dep_ == "mark" and first.lower_ not in CLAUSE_OPENERS):
        return None
    opener = first.lower_ in CLAUSE_OPENERS
    before = first.i - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space or doc[before].lower_ in CLAUSE_OPENERS):
        opener = opener or doc[before].lower_ in CLAUSE_OPENERS or doc[before].text in SENTENCE_ENDS
        before -= 1
    if not (opener or first.is_sent_start) or before < 0 or doc[before].idx < start:
        return None
    return doc[before].idx + len(doc[before])


def _ended(draft: Draft, end: int, text: str) -> Draft:
    pieces = [(start, min(stop, end)) for start, stop in draft.pieces if start < end]
    pieces = [(start, _trimmed_end(text, start, stop)) for start, stop in pieces]
    pieces = [(start, stop) for start, stop in pieces if stop > start]
    if not pieces:
        return draft
    content = PIECE_JOINER.join(text[start:stop] for start, stop in pieces)
    return dataclasses.replace(draft, pieces=tuple(pieces), content=content)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def continue_into_quotes(drafts: Sequence[Draft], spans: Sequence[QuotedSpan], *, text: str) -> list[Draft]:
    """"The summit did "too little," he added. "Europe risks a lot."": a quoted
    sentence no cue attributes, right after the sentence of a quote in the same
    paragraph, continues that quote."""
    found = list(drafts)
    for span in spans:
        if not span.closed or not _ENDS_SENTENCE.search(text[span.start : span.end]):
            continue
        if any(start <= span.start < end for draft in found for start, end in draft.pieces):
            continue
        earlier = [n for n, draft in enumerate(found) if draft.end <= span.start and draft.cue.kind != "label"]
        if not earlier:
            continue
        number = max(earlier, key=lambda n: found[n].end)
        between = text[found[number].end : span.start]
        if "\n" not in between and _ONE_SENTENCE_END.match(between):
            found[number] = _with_piece(found[number], (span.start, span.end), text)
    return found


def _with_piece(draft: Draft, piece: tuple[int, int], text: str) -> Draft:
    content = draft.content + PIECE_JOINER + text[piece[0] : piece[1]]
    return dataclasses.replace(draft, pieces=(*draft.pieces, piece), content=content)
