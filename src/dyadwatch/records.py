"""The typed records every stage reads and writes.

Offsets (`start`, `end`) are character offsets into `Article.text`, end exclusive.
Records are frozen; a stage returns new records instead of editing old ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Literal

ParagraphRole = Literal["title", "body", "caption", "boilerplate"]
PublishedSource = Literal["metadata", "jsonl", "flag", "dateline", "unknown"]
PARAGRAPH_ROLES: tuple[ParagraphRole, ...] = ("title", "body", "caption", "boilerplate")


@dataclasses.dataclass(slots=True, frozen=True)
class Paragraph:
    """A block of the article text and what it is: the headline, body text, a photo
    caption, or page furniture (menus, tool links, bylines, comment boxes …)."""

    start: int
    end: int
    text: str
    role: ParagraphRole


@dataclasses.dataclass(slots=True, frozen=True)
class TextSpan:
    """A stretch of `Article.text` that cleaning found a fact in."""

    start: int
    end: int
    text: str


@dataclasses.dataclass(slots=True, frozen=True)
class DatelineSpan:
    """A wire dateline opening a paragraph ("SEOUL, July 21 (Yonhap) --", "PYONGYANG —"):
    where it stands, the place it names and the agency it credits. Neither is a party
    to the story."""

    start: int
    end: int
    text: str
    place: TextSpan
    agency: TextSpan | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class Article:
    """A cleaned news article. `text` is the whole input text (for HTML, the text
    trafilatura extracted); every later offset points into it. `datelines` (the article's
    own, and those opening each story of a digest) and `credits` (the bracketed credits
    closing photo captions, "(AP Photo/Jane Doe)") are found once, in cleaning, for the
    stages that must not take them for actors."""

    id: str
    source: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    section: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource = "unknown"
    language: str | None = None
    raw_sha256: str | None = None
    datelines: tuple[DatelineSpan, ...] = ()
    credits: tuple[TextSpan, ...] = ()

    def body(self) -> tuple[Paragraph, ...]:
        """The paragraphs later stages read as running text."""
        return tuple(p for p in self.paragraphs if p.role == "body")


@dataclasses.dataclass(slots=True, frozen=True)
class Actor:
    """A coded actor: PLOVER country/IGO code, sectors, canonical name, and the rule
    that decided it."""

    code: str
    sectors: tuple[str, ...] = ()
    name: str | None = None
    person: str | None = None
    office: str | None = None
    rule: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class Mention:
    """A span of text naming someone; `actor` is its resolution, None if unresolved."""

    start: int
    end: int
    text: str
    actor: Actor | None = None
    ner_label: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class TimeExpr:
    """A temporal expression normalized TimeML-style (`value` like 2022-07-21, 2022-W29,
    P3W, PRESENT_REF), with the anchor it was resolved against and the rule used."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None
    precision: str | None = None
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    anchor: dt.date | None = None
    rule: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class Quote:
    """Who said what: speaker mention, cue, content span. The speaker is None when the
    text names no source; an anonymous source ("officials said", "a source close to the
    talks") is a Mention of its words with `actor=None` and `ner_label=None`, as is a
    name no actor resolves: never a party to an event."""

    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    content: str
    direct: bool
    speaker: Mention | None = None
    medium: str | None = None
    date: dt.date | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class EventAux:
    """How the text presents an event: denied, conditional, announced, or background."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False


@dataclasses.dataclass(slots=True, frozen=True)
class Event:
    """A PLOVER event with its evidence: the sentence, its offsets, and the pattern
    that fired."""

    id: str
    doc_id: str
    event: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    date: dt.date | None
    date_precision: str
    event_text: str
    text: str
    start: int
    end: int
    sentence: int
    aux: EventAux
    score: float | None
    quad_code: int | None
    pattern: str
    confidence: float
    in_caption: bool = False
    quote_index: int | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class Flag:
    """A sanctions or watchlist hit on an event."""

    rule: str
    regime: str
    event_id: str
    matched: tuple[str, ...]
    reason: str
    score: float | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class AnnotatedArticle:
    """An article with everything the pipeline found in it."""

    article: Article
    times: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    flags: tuple[Flag, ...] = ()


def to_dict(record: Any) -> Any:
    """A JSON-ready view of a record (dates as ISO strings, tuples as lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    if isinstance(record, (dt.date, dt.datetime)):
        return record.isoformat()
    return record
