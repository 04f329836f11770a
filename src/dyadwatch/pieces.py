"""Long articles in pieces: an article longer than the model parses at once (spaCy's
`max_length`, a million characters) is cut at paragraph boundaries into pieces of at
most `PIECE_CHARS` characters, each annotated as an article of its own, and the
pieces' findings are put back at the article's own offsets.

So a 5 MB report is coded like any other, with memory bounded by one piece's parse,
and its events are exactly the union of its pieces' events. What crosses a piece
boundary (a name introduced in one piece and used in the next) is not linked: the
cost of a bounded parse, paid only by articles over the limit.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from dyadwatch.records import AnnotatedArticle, Article, Event, Paragraph

PIECE_CHARS = 100_000
OFFSET_FIELDS = frozenset({"start", "end", "cue_start", "cue_end", "content_start", "content_end"})


@dataclasses.dataclass(slots=True, frozen=True)
class Piece:
    """A stretch of an article (`start` in the article's text), as an article of its own
    whose offsets are relative to `start`."""

    start: int
    article: Article


def split_article(article: Article, size: int = PIECE_CHARS) -> list[Piece]:
    """The article cut into pieces of at most `size` characters, each ending at a
    paragraph boundary; a paragraph longer than `size` is cut at the last space (or
    line break) before the limit. The pieces' texts joined are the article's text."""
    cuts, start, text = [], 0, article.text
    while start < len(text):
        end = _cut(article, start, size)
        cuts.append((start, end))
        start = end
    return [Piece(start, _piece_article(article, start, end)) for start, end in cuts]


def _cut(article: Article, start: int, size: int) -> int:
    """Where the piece that starts at `start` ends: the last paragraph boundary within
    `size`, else the last whitespace, else `size` characters on."""
    text, limit = article.text, start + size
    if limit >= len(text):
        return len(text)
    inside = [(p.start, p.end) for p in article.paragraphs if p.start < limit and p.end > start]
    search_end = limit
    while (newline := text.rfind("\n", start, search_end)) >= 0:
        boundary = newline + 1
        if not any(a < boundary < b for a, b in inside):
            return boundary
        search_end = newline
    for boundary in range(limit, start, -1):
        if text[boundary - 1].isspace():
            return boundary
    return limit


def _piece_article(article: Article, start: int, end: int) -> Article:
    """The article's text from `start` to `end`, with the parts of its paragraphs there
    and the datelines and credits that stand there."""
    paragraphs = []
    for paragraph in article.paragraphs:
        first, last = max(paragraph.start, start), min(paragraph.end, end)
        if first < last:
            paragraphs.append(Paragraph(first - start, last - start, article.text[first:last], paragraph.role))
    datelines = tuple(shifted(d, -start) for d in article.datelines if start <= d.start < end)
    credits = tuple(shifted(c, -start) for c in article.credits if start <= c.start < end)
    return dataclasses.replace(
        article, text=article.text[start:end], paragraphs=tuple(paragraphs), datelines=datelines, credits=credits
    )


def merge_pieces(article: Article, annotated: list[tuple[Piece, AnnotatedArticle, int]]) -> AnnotatedArticle:
    """One annotated article from its pieces' (piece, annotation, sentence count): every
    offset moved to the article's text, sentence and quote numbers counted on from the
    pieces before, event ids made unique per piece (flags follow their event)."""
    times, mentions, quotes, events, flags = [], [], [], [], []
    sentences = 0
    for piece, found, piece_sentences in annotated:
        ids = {event.id: _piece_event_id(event.id, piece.start) for event in found.events}
        times += [shifted(t, piece.start) for t in found.times]
        mentions += [shifted(m, piece.start) for m in found.mentions]
        events += [_moved_event(e, piece.start, sentences, len(quotes), ids) for e in found.events]
        quotes += [shifted(q, piece.start) for q in found.quotes]
        flags += [dataclasses.replace(f, event_id=ids.get(f.event_id, f.event_id)) for f in found.flags]
        sentences += piece_sentences
    return AnnotatedArticle(article=article, times=tuple(times), mentions=tuple(mentions), quotes=tuple(quotes),
                            events=tuple(events), flags=tuple(flags))


def _moved_event(event: Event, by: int, sentences: int, quotes: int, ids: dict[str, str]) -> Event:
    moved: Event = shifted(event, by)
    quote = None if event.quote_index is None else event.quote_index + quotes
    return dataclasses.replace(moved, id=ids[event.id], sentence=event.sentence + sentences, quote_index=quote)


def _piece_event_id(event_id: str, start: int) -> str:
    """The first piece keeps its ids; a later piece's are hashed with where it starts
    (two pieces of the same text would otherwise give the same ids)."""
    if start == 0:
        return event_id
    return hashlib.blake2b(f"{event_id}|{start}".encode(), digest_size=8).hexdigest()


def shifted(record: Any, by: int) -> Any:
    """A record (and the records inside it) with every character offset moved by `by`."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in OFFSET_FIELDS and isinstance(value, int):
            changes[field.name] = value + by
        elif dataclasses.is_dataclass(value):
            changes[field.name] = shifted(value, by)
    return dataclasses.replace(record, **changes)
