"""Records → table rows: an annotated article becomes rows of every store table, built
column-wise as Arrow tables so a batch is written with one INSERT per table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from typing import Any

import pyarrow as pa

from dyadwatch.records import Actor, AnnotatedArticle, Event

_STR = pa.string()
_INT = pa.int32()
_BIG = pa.int64()
_DATE = pa.date32()
_BOOL = pa.bool_()
_F64 = pa.float64()
_STRS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _STR), ("seq", _BIG), ("source", _STR), ("url", _STR), ("title", _STR), ("byline", _STR),
        ("section", _STR), ("published", _DATE), ("published_source", _STR), ("language", _STR),
        ("raw_sha256", _STR), ("text_sha256", _STR), ("text", _STR), ("extractor", _STR),
        ("duplicate_of", _STR), ("similarity", _F64), ("ingested_at", pa.timestamp("us")),
    ]),
    "paragraphs": pa.schema([
        ("article_id", _STR), ("n", _INT), ("char_start", _INT), ("char_end", _INT), ("role", _STR), ("text", _STR),
    ]),
    "signatures": pa.schema([("article_id", _STR), ("scheme", _STR), ("minhash", pa.binary())]),
    "mentions": pa.schema([
        ("article_id", _STR), ("n", _INT), ("char_start", _INT), ("char_end", _INT), ("text", _STR),
        ("ner_label", _STR), ("code", _STR), ("sectors", _STRS), ("name", _STR), ("person", _STR),
        ("office", _STR), ("rule", _STR),
    ]),
    "times": pa.schema([
        ("article_id", _STR), ("n", _INT), ("char_start", _INT), ("char_end", _INT), ("text", _STR),
        ("type", _STR), ("value", _STR), ("precision", _STR), ("range_start", _DATE), ("range_end", _DATE),
        ("anchor", _DATE), ("rule", _STR),
    ]),
    "quotes": pa.schema([
        ("article_id", _STR), ("n", _INT), ("cue_start", _INT), ("cue_end", _INT), ("cue", _STR),
        ("content_start", _INT), ("content_end", _INT), ("content", _STR), ("direct", _BOOL),
        ("speaker_start", _INT), ("speaker_end", _INT), ("speaker_text", _STR), ("speaker_code", _STR),
        ("medium", _STR), ("date", _DATE),
    ]),
    "events": pa.schema([
        ("seq", _BIG), ("id", _STR), ("article_id", _STR), ("article_seq", _BIG), ("event", _STR), ("mode", _STR),
        ("context", _STRS), ("actor_codes", _STRS), ("recipient_codes", _STRS), ("actor_key", _STR),
        ("recipient_key", _STR), ("date", _DATE), ("date_precision", _STR), ("event_text", _STR), ("text", _STR),
        ("char_start", _INT), ("char_end", _INT), ("sentence", _INT), ("negated", _BOOL), ("hypothetical", _BOOL),
        ("future", _BOOL), ("historical", _BOOL), ("score", _F64), ("quad_code", pa.int8()), ("pattern", _STR),
        ("confidence", _F64), ("in_caption", _BOOL), ("quote_index", _INT), ("cluster_date", _DATE),
        ("cluster", pa.uint64()), ("first_report", _BOOL),
    ]),
    "actors": pa.schema([
        ("event_seq", _BIG), ("event_id", _STR), ("article_id", _STR), ("role", _STR), ("n", _INT), ("code", _STR),
        ("sectors", _STRS), ("name", _STR), ("person", _STR), ("office", _STR), ("rule", _STR),
    ]),
    "dyads": pa.schema([
        ("event_seq", _BIG), ("article_seq", _BIG), ("kind", _STR), ("actor_code", _STR), ("recipient_code", _STR),
        ("event", _STR), ("quad_code", pa.int8()), ("score", _F64), ("date", _DATE), ("factual", _BOOL),
        ("cluster", pa.uint64()), ("first_report", _BOOL),
    ]),
    "flags": pa.schema([
        ("event_id", _STR), ("article_id", _STR), ("n", _INT), ("rule", _STR), ("regime", _STR),
        ("matched", _STRS), ("reason", _STR), ("score", _F64),
    ]),
}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def codes(actors: tuple[Actor, ...]) -> list[str]:
    """The distinct codes of a role, sorted: how events are grouped and filtered."""
    return sorted({actor.code for actor in actors})


@dataclasses.dataclass(slots=True, frozen=True)
class StoredArticle:
    """What the store decided about an article before writing it."""

    annotated: AnnotatedArticle
    seq: int
    extractor: str
    duplicate_of: str | None = None
    similarity: float | None = None
    publication_anchor: dt.date | None = None  # the original's date, for a copy's events


class RowBuilder:
    """Collects the rows of a batch of articles, table by table."""

    def __init__(self, *, first_event_seq: int, ingested_at: dt.datetime) -> None:
        self.next_event_seq = first_event_seq
        self.ingested_at = ingested_at
        self._columns: dict[str, dict[str, list[Any]]] = {
            name: {field: [] for field in schema.names} for name, schema in SCHEMAS.items()
        }

    def tables(self) -> dict[str, pa.Table]:
        return {name: pa.table(columns, schema=SCHEMAS[name]) for name, columns in self._columns.items()}

    def add(self, stored: StoredArticle, *, signature: bytes, scheme: str) -> None:
        article = stored.annotated.article
        self._add("articles", id=article.id, seq=stored.seq, source=article.source, url=article.url,
                  title=article.title, byline=article.byline, section=article.section, published=article.published,
                  published_source=article.published_source, language=article.language,
                  raw_sha256=article.raw_sha256, text_sha256=text_sha256(article.text), text=article.text,
                  extractor=stored.extractor, duplicate_of=stored.duplicate_of, similarity=stored.similarity,
                  ingested_at=self.ingested_at)
        self._add("signatures", article_id=article.id, scheme=scheme, minhash=signature)
        for n, p in enumerate(article.paragraphs):
            self._add("paragraphs", article_id=article.id, n=n, char_start=p.start, char_end=p.end, role=p.role,
                      text=p.text)
        self.add_annotations(stored)

    def add_annotations(self, stored: StoredArticle) -> None:
        """The rows the extractor makes (everything but the article, paragraphs and
        signature)."""
        annotated, article_id = stored.annotated, stored.annotated.article.id
        for n, m in enumerate(annotated.mentions):
            actor = m.actor
            self._add("mentions", article_id=article_id, n=n, char_start=m.start, char_end=m.end, text=m.text,
                      ner_label=m.ner_label, code=actor and actor.code, sectors=list(actor.sectors) if actor else None,
                      name=actor and actor.name, person=actor and actor.person, office=actor and actor.office,
                      rule=actor and actor.rule)
        for n, t in enumerate(annotated.times):
            self._add("times", article_id=article_id, n=n, char_start=t.start, char_end=t.end, text=t.text,
                      type=t.type, value=t.value, precision=t.precision, range_start=t.range_start,
                      range_end=t.range_end, anchor=t.anchor, rule=t.rule)
        for n, q in enumerate(annotated.quotes):
            speaker = q.speaker
            self._add("quotes", article_id=article_id, n=n, cue_start=q.cue_start, cue_end=q.cue_end, cue=q.cue,
                      content_start=q.content_start, content_end=q.content_end, content=q.content, direct=q.direct,
                      speaker_start=speaker and speaker.start, speaker_end=speaker and speaker.end,
                      speaker_text=speaker and speaker.text,
                      speaker_code=speaker.actor.code if speaker and speaker.actor else None,
                      medium=q.medium, date=q.date)
        for event in annotated.events:
            self._add_event(event, stored)
        for n, f in enumerate(annotated.flags):
            self._add("flags", event_id=f.event_id, article_id=article_id, n=n, rule=f.rule, regime=f.regime,
                      matched=list(f.matched), reason=f.reason, score=f.score)

    def _add_event(self, event: Event, stored: StoredArticle) -> None:
        seq, self.next_event_seq = self.next_event_seq, self.next_event_seq + 1
        actor_codes, recipient_codes = codes(event.actor), codes(event.recipient)
        cluster_date = event.date
        if event.date_precision == "publication" and stored.publication_anchor is not None:
            cluster_date = stored.publication_anchor
        aux = event.aux
        self._add("events", seq=seq, id=event.id, article_id=event.doc_id, article_seq=stored.seq, event=event.event,
                  mode=event.mode, context=list(event.context), actor_codes=actor_codes,
                  recipient_codes=recipient_codes, actor_key="|".join(actor_codes),
                  recipient_key="|".join(recipient_codes), date=event.date, date_precision=event.date_precision,
                  event_text=event.event_text, text=event.text, char_start=event.start, char_end=event.end,
                  sentence=event.sentence, negated=aux.negated, hypothetical=aux.hypothetical, future=aux.future,
                  historical=aux.historical, score=event.score, quad_code=event.quad_code, pattern=event.pattern,
                  confidence=event.confidence, in_caption=event.in_caption, quote_index=event.quote_index,
                  cluster_date=cluster_date, cluster=0, first_report=False)
        for role, actors in (("actor", event.actor), ("recipient", event.recipient)):
            for n, a in enumerate(actors):
                self._add("actors", event_seq=seq, event_id=event.id, article_id=event.doc_id, role=role, n=n,
                          code=a.code, sectors=list(a.sectors), name=a.name, person=a.person, office=a.office,
                          rule=a.rule)
        factual = not (aux.negated or aux.hypothetical)
        for kind, source, target in dyad_pairs(actor_codes, recipient_codes):
            self._add("dyads", event_seq=seq, article_seq=stored.seq, kind=kind, actor_code=source,
                      recipient_code=target, event=event.event, quad_code=event.quad_code, score=event.score,
                      date=event.date, factual=factual, cluster=0, first_report=False)

    def _add(self, table: str, **values: Any) -> None:
        columns = self._columns[table]
        for field, column in columns.items():
            column.append(values[field])


def dyad_pairs(actor_codes: list[str], recipient_codes: list[str]) -> list[tuple[str, str, str]]:
    """(kind, actor, recipient) rows of an event: every actor → recipient pair of two
    different codes; for an event without recipient, every pair of its joint actors."""
    if recipient_codes:
        return [("directed", a, b) for a in actor_codes for b in recipient_codes if a != b]
    return [("joint", a, b) for i, a in enumerate(actor_codes) for b in actor_codes[i + 1 :]]


def group_rows(events: pa.Table) -> pa.Table:
    """The distinct cluster groups of some event rows (see real_events.py)."""
    columns = ["event", "actor_key", "recipient_key", "negated", "hypothetical"]
    return events.select(columns).group_by(columns).aggregate([])

