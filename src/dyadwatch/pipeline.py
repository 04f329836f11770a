"""The pipeline: read → clean → parse → annotate stages, as a visible list.

Each annotation stage (`stage.Stage`, listed in `registry.py`) declares what it reads
and writes on `AnnotatedArticle`; it gets the article's spaCy Doc (body and caption
text at the article's own offsets) beside it. Stages run in order and never reach back
into an earlier one: a stage list is held to its declarations (`stage.check_stages`)
before it runs.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from dyadwatch import __version__
from dyadwatch.batching import batched_by_size
from dyadwatch.clean import make_article, make_text_article
from dyadwatch.clean.language import CODED_LANGUAGES
from dyadwatch.errors import InputError, InternalInputError, LanguageInputError
from dyadwatch.nlp import BATCH_CHARS, DEFAULT_BATCH_SIZE, count_sentences, load_nlp, parse_articles
from dyadwatch.pieces import PIECE_CHARS, merge_pieces, split_article
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.registry import default_stages
from dyadwatch.sources import DEFAULT_MAX_BYTES, RawDocument, read_inputs
from dyadwatch.stage import Stage, check_stages
from dyadwatch.timing import timed, timed_iter


def clean_documents(
    paths: Iterable[str], *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Articles from every input under `paths`; unreadable inputs come as InputErrors."""
    for item in timed_iter("reading", read_inputs(paths, max_bytes=max_bytes)):
        yield item if isinstance(item, InputError) else clean_one(item, published=published)


def clean_one(raw: RawDocument, *, published: dt.date | None) -> Article | InputError:
    """The cleaned article; an input that cannot be cleaned is an InputError (an
    unexpected failure, a bug, an `InternalInputError`), and the run goes on."""
    try:
        with timed("cleaning"):
            return make_article(raw, published=published)
    except InputError as error:
        return error
    except Exception as exc:  # noqa: BLE001 (isolated to this input, reported with its traceback)
        return internal_error(raw.source, "cleaning", exc)


def pipeline_version(stages: Iterable[Stage]) -> str:
    """The extractor version stored with each article: dyadwatch's version and the
    versioned names of the stages that made its rows."""
    return f"dyadwatch {__version__}: " + " ".join(stage.name for stage in stages)


def annotate_articles(
    items: Iterable[Article | InputError],
    *,
    stages: tuple[Stage, ...] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[AnnotatedArticle | InputError]:
    """Parse articles in batches (of `batch_size` articles at most, and of about
    `nlp.BATCH_CHARS` characters) and run the annotation stages (default: the
    registry's) over each, in input order; errors pass through in their place. One
    article never fails its neighbours: a batch that raises is done again article by
    article, and an article that still raises becomes an `InternalInputError`."""
    stages = default_stages() if stages is None else check_stages(stages)
    for batch in batched_by_size((codable(item) for item in items), count=batch_size, size=BATCH_CHARS, measure=_chars):
        yield from _annotate_isolated(batch, stages=stages, batch_size=batch_size)


def _chars(item: Article | InputError) -> int:
    return 0 if isinstance(item, InputError) else len(item.text)


def _annotate_isolated(
    batch: list[Article | InputError], *, stages: tuple[Stage, ...], batch_size: int
) -> list[AnnotatedArticle | InputError]:
    try:
        return list(_annotate_batch(batch, stages=stages, batch_size=batch_size))
    except Exception as exc:  # noqa: BLE001 (any failure is isolated to its article, then reported)
        if len(batch) > 1:
            return [result for item in batch for result in _annotate_isolated([item], stages=stages, batch_size=1)]
        item = batch[0]
        return [item if isinstance(item, InputError) else internal_error(item.source, "annotating", exc)]


def internal_error(source: str, doing: str, exc: Exception) -> InternalInputError:
    """An unexpected exception met while `doing` something to one input, as one line
    naming it (the traceback kept for --verbose)."""
    message = " ".join(str(exc).split())[:300] or "no message"
    return InternalInputError(source, f"internal error while {doing} ({type(exc).__name__}: {message}); "
                                      "the rest of the run goes on", detail=traceback.format_exc())


def _annotate_batch(
    batch: list[Article | InputError], *, stages: tuple[Stage, ...], batch_size: int
) -> Iterator[AnnotatedArticle | InputError]:
    if not stages or all(isinstance(item, InputError) for item in batch):
        yield from (item if isinstance(item, InputError) else AnnotatedArticle(article=item) for item in batch)
        return
    with timed("spaCy model load"):
        limit = load_nlp().max_length
    ordinary = [item for item in batch if not isinstance(item, InputError) and len(item.text) <= limit]
    parsed = iter(timed_iter("parse", parse_articles(ordinary, batch_size=batch_size)) if ordinary else ())
    for item in batch:
        if isinstance(item, InputError):
            yield item
        elif len(item.text) > limit:
            yield annotate_in_pieces(item, stages=stages, size=min(PIECE_CHARS, limit))
        else:
            article, doc = next(parsed)
            yield run_stages(article, doc, stages=stages)


def annotate_in_pieces(article: Article, *, stages: tuple[Stage, ...], size: int = PIECE_CHARS) -> AnnotatedArticle:
    """A long article annotated piece by piece (`pieces.py`), one piece's parse in
    memory at a time."""
    done = []
    for piece in split_article(article, size):
        with timed("parse"):
            [(piece_article, doc)] = parse_articles([piece.article], batch_size=1)
        done.append((piece, run_stages(piece_article, doc, stages=stages), count_sentences(doc)))
    return merge_pieces(article, done)


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
        with timed(stage.name):
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
