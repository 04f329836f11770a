"""The pipeline: read → clean → annotate stages, as a visible list.

Each annotation stage declares what it reads and writes on `AnnotatedArticle`;
stages run in order and never reach back into an earlier one. The list starts with
cleaning only; the actor, time, quote, event and sanctions stages join it as they land.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from dyadwatch.clean import make_article, make_text_article
from dyadwatch.errors import InputError
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.sources import DEFAULT_MAX_BYTES, RawDocument, read_inputs


@dataclasses.dataclass(slots=True, frozen=True)
class Stage:
    """One named, versioned step over an annotated article."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[AnnotatedArticle], AnnotatedArticle]


DEFAULT_STAGES: tuple[Stage, ...] = ()


def clean_documents(
    paths: Iterable[str], *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Articles from every input under `paths`; unreadable inputs come as InputErrors."""
    for item in read_inputs(paths, max_bytes=max_bytes):
        yield item if isinstance(item, InputError) else _clean_one(item, published=published)


def _clean_one(raw: RawDocument, *, published: dt.date | None) -> Article | InputError:
    try:
        return make_article(raw, published=published)
    except InputError as error:
        return error


def annotate_articles(
    items: Iterable[Article | InputError], *, stages: tuple[Stage, ...] = DEFAULT_STAGES
) -> Iterator[AnnotatedArticle | InputError]:
    """Run the annotation stages over each article; errors pass through."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        yield run_stages(item, stages=stages)


def run_stages(article: Article, *, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> AnnotatedArticle:
    annotated = AnnotatedArticle(article=article)
    for stage in stages:
        annotated = stage.run(annotated)
    return annotated


def annotate_text(
    text: str, *, published: dt.date | None = None, stages: tuple[Stage, ...] = DEFAULT_STAGES
) -> AnnotatedArticle:
    """Annotate trusted text (every line is body text): what evaluations and library
    callers use for a sentence or a gold document."""
    return run_stages(make_text_article(text, published=published), stages=stages)
