"""The run: read → clean → skip what the store holds → annotate (an engine) → store.

The one place that strings the layers together. `annotate_paths` is the part without a
store (what `annotate` and `extract` print); `ingest` stores what it annotates:

    from dyadwatch.run import ingest
    ingest(["examples/corpus"], db="dyadwatch.duckdb")

- An article the store holds as it is now (`StoreWriter.holds`), or that came earlier
  in the same run, is counted "unchanged" and not sent to the engine: no engine
  annotates an article twice.
- Inputs that cannot be read or cleaned are counted "failed", articles in a language
  that is not coded "not coded" (a notice); neither is stored.
- `on_progress` is called after each stored batch.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dyadwatch.batching import batched
from dyadwatch.engines import Engine
from dyadwatch.engines.local import LocalEngine
from dyadwatch.errors import InputError
from dyadwatch.pipeline import clean_documents, pipeline_version
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.registry import default_stages
from dyadwatch.sources import DEFAULT_MAX_BYTES

# The store (DuckDB, pyarrow, MinHash) is imported when a run stores: `annotate` and
# `extract` go through `annotate_paths` and load none of it.
if TYPE_CHECKING:
    from dyadwatch.store.ingest import IngestSummary, StoreWriter

Result = AnnotatedArticle | InputError
Progress = Callable[["IngestSummary"], None]
T = TypeVar("T", Article, AnnotatedArticle)


def annotate_paths(
    paths: Iterable[str],
    *,
    engine: Engine | None = None,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Result]:
    """Every input under `paths`, read, cleaned and annotated by `engine` (default: the
    local engine, one process), in input order; inputs that fail come as InputErrors."""
    engine = engine or LocalEngine()
    return engine.annotate(clean_documents(paths, published=published, max_bytes=max_bytes))


def ingest(
    paths: Iterable[str],
    *,
    db: str | Path,
    engine: Engine | None = None,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int | None = None,
    threshold: float | None = None,
    on_progress: Progress | None = None,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Store every article under `paths` in the database `db` (created if missing),
    annotated by `engine` (default: the local engine, one process), `batch_size`
    articles a transaction. A busy database is waited for up to `wait` seconds
    (`on_wait` is told once, with who holds it). Left out, `batch_size`, `threshold`
    (near-duplicates) and `wait` are the store's defaults."""
    annotator = engine or LocalEngine()  # a name of its own: the closure below sees it narrowed
    cleaned = clean_documents(paths, published=published, max_bytes=max_bytes)
    return _store(lambda writer, summary: annotator.annotate(skip_stored(cleaned, writer, summary)),
                  db=db, extractor=_extractor(annotator), batch_size=batch_size, threshold=threshold,
                  on_progress=on_progress, wait=wait, on_wait=on_wait)


def store_annotated(
    items: Iterable[Result],
    *,
    db: str | Path,
    extractor: str,
    batch_size: int | None = None,
    threshold: float | None = None,
    on_progress: Progress | None = None,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Store articles annotated elsewhere (hand-built records, say) under the pipeline
    version `extractor`, with the rules of `ingest`."""
    return _store(lambda writer, summary: skip_stored(items, writer, summary), db=db, extractor=extractor, batch_size=batch_size, threshold=threshold,
                  on_progress=on_progress, wait=wait, on_wait=on_wait)


def skip_stored(items: Iterable[T | InputError], writer: StoreWriter, summary: IngestSummary) -> Iterator[T | InputError]:
    """The articles (plain or annotated) that need storing, and the errors: not those
    the store holds as they are now, nor a second copy of one met earlier in the run;
    `summary` counts those as unchanged."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        article = item.article if isinstance(item, AnnotatedArticle) else item
        if article.id in seen or writer.holds(article):
            summary.unchanged += 1
        else:
            seen.add(article.id)
            yield item


def _store(
    annotated: Callable[[StoreWriter, IngestSummary], Iterable[Result]],
    *,
    db: str | Path,
    extractor: str,
    batch_size: int | None,
    threshold: float | None,
    on_progress: Progress | None,
    wait: float | None,
    on_wait: Callable[[str], None] | None,
) -> IngestSummary:
    """Open the store, then write what `annotated` gives (it is handed the writer, to
    ask what the store holds, and the summary) batch by batch."""
    from dyadwatch.store.dedup import DEFAULT_THRESHOLD
    from dyadwatch.store.ingest import DEFAULT_BATCH_SIZE, IngestSummary, open_writer
    from dyadwatch.store.sharing import DEFAULT_WAIT

    started = time.monotonic()
    summary = IngestSummary()
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    wait = DEFAULT_WAIT if wait is None else wait
    with open_writer(db, extractor=extractor, threshold=threshold, wait=wait, on_wait=on_wait) as writer:
        for batch in batched(annotated(writer, summary), batch_size or DEFAULT_BATCH_SIZE):
            _count_errors(batch, summary)
            writer.write([item for item in batch if isinstance(item, AnnotatedArticle)], summary)
            summary.seconds = time.monotonic() - started
            if on_progress is not None:
                on_progress(summary)
        writer.count_totals(summary)
    summary.seconds = time.monotonic() - started
    return summary


def _count_errors(batch: list[Result], summary: IngestSummary) -> None:
    for error in (item for item in batch if isinstance(item, InputError)):
        if error.failure:
            summary.failed += 1
            summary.errors.append(error)
        else:
            summary.not_coded += 1
            summary.notices.append(error)


def _extractor(engine: Engine) -> str:
    """The pipeline version of what `engine` runs."""
    return pipeline_version(default_stages() if engine.stages is None else engine.stages)
