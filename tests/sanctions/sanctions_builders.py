"""Tiny builders for sanctions tests: an article of one sentence and its events, by hand."""

from __future__ import annotations

import datetime as dt
import hashlib

from dyadwatch.records import Actor, AnnotatedArticle, Article, Event, EventAux, Mention, Paragraph

PUBLISHED = dt.date(2024, 5, 1)
PLAIN = EventAux()
PATTERNS = {
    "AID": "aid.provide",
    "COOPERATE": "cooperate.cooperate",
    "AGREE": "agree.agree",
    "SANCTION": "sanction.cut-ties",
}


def actors(*codes: str) -> tuple[Actor, ...]:
    return tuple(Actor(code=code, name=code) for code in codes)


def make_event(
    sentence: str,
    *,
    actor: tuple[str, ...] = ("PRK",),
    recipient: tuple[str, ...] = (),
    event: str = "AID",
    trigger: str | None = None,
    date: dt.date | None = PUBLISHED,
    aux: EventAux = PLAIN,
    parties: tuple[Actor, ...] = (),
) -> Event:
    """An event over the whole sentence; `trigger` is the event text (default: the
    first lower-case word after the names, the verb in "North Korea sold Y to Z")."""
    words = sentence.split()
    return Event(
        id=hashlib.blake2b(f"{sentence}|{event}|{actor}".encode(), digest_size=8).hexdigest(),
        doc_id="doc",
        event=event,
        mode=None,
        context=(),
        actor=parties or actors(*actor),
        recipient=actors(*recipient),
        date=date,
        date_precision="day",
        event_text=trigger or _verb(words),
        text=sentence,
        start=0,
        end=len(sentence),
        sentence=0,
        aux=aux,
        score=None,
        quad_code=None,
        pattern=f"events.rules.v1/{PATTERNS.get(event, 'agree.agree')}",
        confidence=0.8,
    )


def _verb(words: list[str]) -> str:
    """The first lower-case word after the capitalized names."""
    return next((w for w in words[1:] if w[:1].islower() and w not in ("will", "did", "has", "had")), words[0])


def make_article(sentence: str, *events: Event, mentions: tuple[Mention, ...] = ()) -> AnnotatedArticle:
    article = Article(
        id="doc",
        source="test",
        text=sentence,
        paragraphs=(Paragraph(0, len(sentence), sentence, "body"),),
        published=PUBLISHED,
    )
    return AnnotatedArticle(article=article, mentions=mentions, events=events)


def mention(sentence: str, text: str, *, label: str | None = None, actor: Actor | None = None) -> Mention:
    start = sentence.index(text)
    return Mention(start, start + len(text), text, actor, label)
