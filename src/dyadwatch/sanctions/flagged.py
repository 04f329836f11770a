"""Flagged events with their evidence: what `dyadwatch sanctions` lists. The function
takes annotated articles from anywhere (the pipeline now, the store later)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from dyadwatch.records import Actor, AnnotatedArticle, Event, Flag


@dataclasses.dataclass(slots=True, frozen=True)
class FlaggedEvent:
    """One flag with the event it is on and where the event was reported."""

    flag: Flag
    event: Event
    doc_id: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None


def flagged_events(
    annotated_articles: Iterable[AnnotatedArticle], *, regime: str | None = None, since: dt.date | None = None
) -> Iterator[FlaggedEvent]:
    """Every flag of the articles with its event, in input order; only `regime`'s flags
    when given, only events on or after `since` (by event date, else publication)."""
    for annotated in annotated_articles:
        article = annotated.article
        events = {event.id: event for event in annotated.events}
        for flag in annotated.flags:
            event = events.get(flag.event_id)
            if event is None or (regime is not None and flag.regime != regime):
                continue
            if since is not None and (event.date or article.published or dt.date.min) < since:
                continue
            yield FlaggedEvent(flag, event, article.id, article.url, article.title, article.published)


def flagged_record(item: FlaggedEvent) -> dict[str, Any]:
    """The flat view `dyadwatch sanctions PATH…` writes: the flag, the event and its
    sentence, whether the sentence denies or only supposes the event (`status`), the
    event's conflict–cooperation `score` and a watchlist match's `match_score` (the
    columns of `sanctions --db`)."""
    event, flag = item.event, item.flag
    return {
        "date": event.date.isoformat() if event.date else None,
        "regime": flag.regime,
        "rule": flag.rule,
        "event": event.event,
        "actor": _parties(event.actor),
        "recipient": _parties(event.recipient),
        "matched": list(flag.matched),
        "status": flag_status(event),
        "score": event.score,
        "match_score": flag.score,
        "reason": flag.reason,
        "text": event.text,
        "event_id": event.id,
        "doc_id": item.doc_id,
        "start": event.start,
        "end": event.end,
        "url": item.url,
        "title": item.title,
        "published": item.published.isoformat() if item.published else None,
    }


def flag_status(event: Event) -> str:
    """`denied` (the sentence says it did not happen), `hypothetical` (it might), or
    `reported`."""
    return "denied" if event.aux.negated else "hypothetical" if event.aux.hypothetical else "reported"


def _parties(actors: tuple[Actor, ...]) -> str:
    return "; ".join(f"{a.code} ({a.person})" if a.person else a.code for a in actors)
