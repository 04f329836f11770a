"""Every swappable part by its versioned name, registered here and nowhere else."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from dyadwatch.actors.resolve import resolve_mentions
from dyadwatch.events.coder import code_events
from dyadwatch.quotes import make_quotes_stage
from dyadwatch.sanctions import make_sanctions_stage
from dyadwatch.times import make_times_stage
from dyadwatch.records import AnnotatedArticle
from dyadwatch.stage import Stage


def _resolve_actors(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
    mentions = resolve_mentions(doc, datelines=annotated.article.datelines, credits=annotated.article.credits)
    return dataclasses.replace(annotated, mentions=mentions)


def _code_events(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
    return dataclasses.replace(annotated, events=code_events(annotated, doc))


ACTORS = Stage("actors.rules.v1", reads=("article",), writes=("mentions",), run=_resolve_actors)
TIMES = make_times_stage()
QUOTES = make_quotes_stage()
SANCTIONS = make_sanctions_stage()
EVENTS = Stage("events.rules.v1", reads=("article", "mentions", "times", "quotes"), writes=("events",), run=_code_events)


def default_stages() -> tuple[Stage, ...]:
    """The annotation stages `annotate`, `extract` and `ingest` run, in order."""
    return (ACTORS, TIMES, QUOTES, EVENTS, SANCTIONS)
