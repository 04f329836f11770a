"""The pipeline: read → clean → parse → annotate stages, as a visible list.

Each annotation stage (`stage.Stage`, listed in `registry.py`) declares what it reads
and writes on `AnnotatedArticle`; it gets the article's spaCy Doc (body and caption
text at the article's own offsets) beside it. Stages run in order and never reach back
into an earlier one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from dyadwatch.batching import batched
from dyadwatch.clean import make_article, make_text_article
from dyadwatch.clean.language import CODED_LANGUAGES
from dyadwatch.errors import InputError, LanguageInputError
from dyadwatch.nlp import DEFAULT_BATCH_SIZE, parse_articles
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.registry import default_stages
from dyadwatch.sources import DEFAULT_MAX_BYTES, RawDocument, read_inputs
from dyadwatch.stage import Stage


def clean_documents(
    paths: Iterable[str], *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Articles from every input under `paths`; unreadable inputs come as InputErrors."""
    for item in read_inputs(paths, max_bytes=max_bytes):
        yield item if isinstance(item, InputError) else clean_one(item, published=published)


def clean_one(raw: RawDocument, *, published: dt.date | None) -> Article | InputError:
    try:
        return make_article(raw, published=published)
    except InputError as error:
        return error


def annotate_articles(
    items: Iterable[Article | InputError],
    *,
    stages: tuple[Stage, ...] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[AnnotatedArticle | InputError]:
    """Parse articles in batches and run the annotation stages (default: the
    registry's) over each, in input order; errors pass through in their place."""
    stages = default_stages() if stages is None else stages
    for batch in batched((codable(item) for item in items), batch_size):
        articles = [item for item in batch if not isinstance(item, InputError)]
        parsed = iter(parse_articles(articles, batch_size=batch_size) if stages and articles else ())
        for item in batch:
            if isinstance(item, InputError) or not stages:
                yield item if isinstance(item, InputError) else AnnotatedArticle(article=item)
            else:
                article, doc = next(parsed)
                yield run_stages(article, doc, stages=stages)


def codable(item: Article | InputError) -> Article | InputError:
    """The article, or a notice (`LanguageInputError`, not a failure) when it is in a
    language dyadwatch does not code; its language is unknown only when too short to tell."""
    if isinstance(item, InputError) or item.language is None or item.language in CODED_LANGUAGES:
        return item
    return LanguageInputError(item.source, f"not coded: text is in language '{item.language}'; "
                                           "dyadwatch codes English news only")


def run_stages(article: Article, doc: Doc, *, stages: tuple[Stage, ...]) -> AnnotatedArticle:
    annotated = AnnotatedArticle(article=article)
    for stage in stages:
        annotated = stage.run(annotated, doc)
    return annotated


def annotate_text(
    text: str, *, published: dt.date | None = None, stages: tuple[Stage, ...] | None = None
) -> AnnotatedArticle:
    """Annotate trusted text (every line is body text): what evaluations and library
    callers use for a sentence or a gold document."""
    [annotated] = annotate_articles([make_text_article(text, published=published)], stages=stages)
    if isinstance(annotated, InputError):  # trusted text never fails to clean
        raise annotated
    return annotated
