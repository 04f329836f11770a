"""Tiny builders for store tests: hand-made articles and events, no parser needed."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path

import duckdb

from dyadwatch.plover.ontology import load_ontology
from dyadwatch.records import Actor, AnnotatedArticle, Article, Event, EventAux, Paragraph
from dyadwatch.run import store_annotated
from dyadwatch.store.ingest import IngestSummary

EXTRACTOR = "test-extractor v1"
STORY = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny "
    "Cosmodrome on Wednesday, and the two discussed military cooperation and satellites."
)
OTHER_STORY = (
    "The United Nations Security Council voted unanimously on Saturday to ban exports of coal, "
    "iron and seafood, cutting a third of the country's export revenue."
)


def article(
    article_id: str,
    body: Iterable[str] = (STORY,),
    *,
    title: str = "Putin hosts Kim",
    furniture: Iterable[str] = ("Home | World | Asia",),
    published: str | None = "2023-09-13",
) -> Article:
    """An article: headline, furniture, then the body paragraphs."""
    chunks = [(title, "title"), *((f, "boilerplate") for f in furniture), *((b, "body") for b in body)]
    paragraphs, text = [], ""
    for chunk, role in chunks:
        start = len(text)
        text += chunk
        paragraphs.append(Paragraph(start, len(text), chunk, role))
        text += "\n\n"
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        paragraphs=tuple(paragraphs),
        title=title,
        published=dt.date.fromisoformat(published) if published else None,
        published_source="flag" if published else "unknown",
    )


def actor(code: str, **fields: object) -> Actor:
    return Actor(code=code, **fields)  # type: ignore[arg-type]


def event(
    doc: Article,
    n: int,
    kind: str,
    actors: Iterable[str],
    recipients: Iterable[str] = (),
    *,
    date: str | None = None,
    precision: str | None = None,
    mode: str | None = None,
    text: str | None = None,
    negated: bool = False,
    hypothetical: bool = False,
) -> Event:
    """Event number `n` of `doc`; dated by its publication date unless `date` is given;
    score and quad class from the ontology."""
    ontology = load_ontology()
    when = dt.date.fromisoformat(date) if date else doc.published
    return Event(
        id=hashlib.blake2b(f"{doc.id}|{n}|{kind}".encode(), digest_size=8).hexdigest(),
        doc_id=doc.id,
        event=kind,
        mode=mode,
        context=(),
        actor=tuple(actor(c) for c in actors),
        recipient=tuple(actor(c) for c in recipients),
        date=when,
        date_precision=precision or ("day" if date else "publication"),
        event_text=kind.lower(),
        text=text or f"{kind} sentence {n} of {doc.id}.",
        start=0,
        end=10,
        sentence=n,
        aux=EventAux(negated=negated, hypothetical=hypothetical),
        score=ontology.score(kind, mode),
        quad_code=ontology.event_type(kind).quad_code,
        pattern=f"test/{kind.lower()}",
        confidence=0.8,
    )


def annotated(doc: Article, *events: Event) -> AnnotatedArticle:
    return AnnotatedArticle(article=doc, events=events)


def store(db: Path, *items: AnnotatedArticle, extractor: str = EXTRACTOR, batch_size: int = 32) -> IngestSummary:
    return store_annotated(items, db=db, extractor=extractor, batch_size=batch_size)


def counts(db: Path) -> dict[str, int]:
    """Rows per table."""
    tables = ("articles", "paragraphs", "signatures", "mentions", "times", "quotes", "events", "actors", "dyads",
              "flags")
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the wall-clock columns."""
    skip = {"articles": "ingested_at", "_migrations": "applied_at"}
    with duckdb.connect(str(db), read_only=True) as con:
        names = [n for (n,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        result = {}
        for name in names:
            exclude = f" EXCLUDE ({skip[name]})" if name in skip else ""
            result[name] = con.execute(f"SELECT *{exclude} FROM {name} ORDER BY ALL").fetchall()
        return result


def real_world_events(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(DISTINCT cluster) FROM events").fetchone()[0]
