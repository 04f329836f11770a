"""Every swappable part by its versioned name, registered here and nowhere else.

Importing this module builds nothing: `default_stages` builds the stages (the sanctions
stage reads its regimes then) on first call, checks their contract and keeps them.
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc

from dyadwatch.actors.mentions import resolve_mentions
from dyadwatch.events.coder import code_events
from dyadwatch.quotes import make_quotes_stage
from dyadwatch.records import AnnotatedArticle
from dyadwatch.sanctions import make_sanctions_stage
from dyadwatch.stage import Stage, check_stages
from dyadwatch.times import make_times_stage


def _resolve_actors(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
    article = annotated.article
    mentions = resolve_mentions(doc, datelines=article.datelines, credits=article.credits, published=article.published)
    return dataclasses.replace(annotated, mentions=mentions)


def _code_events(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
    return dataclasses.replace(annotated, events=code_events(annotated, doc))


def make_actors_stage() -> Stage:
    return Stage("actors.rules.v1", reads=("article",), writes=("mentions",), run=_resolve_actors)


def make_events_stage() -> Stage:
    return Stage("events.rules.v1", reads=("article", "mentions", "times", "quotes"), writes=("events",),
                 run=_code_events)


@functools.cache
def default_stages() -> tuple[Stage, ...]:
    """The annotation stages `annotate`, `extract` and `ingest` run, in order."""
    return check_stages((make_actors_stage(), make_times_stage(), make_quotes_stage(), make_events_stage(),
                         make_sanctions_stage()))
