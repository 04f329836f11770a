"""The local engine: the same per-article work as the pipeline, in N processes.

Reading stays in the main process (it is I/O); cleaning, parsing and the annotation
stages run in worker processes, each loading the spaCy model once. Work goes out in a
bounded window of batches, so memory does not grow with the corpus, and comes back in
input order.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dyadwatch.batching import batched
from dyadwatch.errors import InputError
from dyadwatch.lifeline import exit_with, ignore_interrupts
from dyadwatch.nlp import DEFAULT_BATCH_SIZE, load_nlp
from dyadwatch.pipeline import annotate_articles, clean_one
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.sources import DEFAULT_MAX_BYTES, ReadResult, read_inputs

WINDOW_PER_JOB = 4
Result = AnnotatedArticle | InputError


def process_paths(
    paths: Iterable[str],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Result]:
    """Every input under `paths`, read, cleaned and annotated, in input order."""
    return process_documents(read_inputs(paths, max_bytes=max_bytes), published=published, jobs=jobs, batch_size=batch_size)


def process_documents(
    documents: Iterable[ReadResult], *, published: dt.date | None = None, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Result]:
    work = functools.partial(process_batch, published=published)
    return _in_order(work, batched(documents, batch_size), jobs=jobs)


def annotate_in_processes(
    articles: Iterable[Article | InputError], *, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Result]:
    """Cleaned articles annotated in `jobs` processes, in input order (what `ingest
    --jobs N` uses: the store cleans first, to skip what it holds, then annotates)."""
    return _in_order(annotate_batch, batched(articles, batch_size), jobs=jobs)


def _in_order(work: Callable[[list[Any]], list[Result]], batches: Iterator[list[Any]], *, jobs: int) -> Iterator[Result]:
    """`work` over each batch, here or in `jobs` processes fed a bounded window of
    batches, results in input order."""
    if jobs <= 1:
        for batch in batches:
            yield from work(batch)
        return
    # A process pool that fails loudly (BrokenProcessPool) if a worker dies, rather
    # than waiting forever as multiprocessing.Pool does.
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        while window := list(itertools.islice(batches, jobs * WINDOW_PER_JOB)):
            for results in pool.map(work, window):
                yield from results
    except BaseException:  # Ctrl-C, a failure downstream, the consumer gone: stop the workers now
        _stop(pool)
        raise
    pool.shutdown()


def annotate_batch(batch: list[Article | InputError]) -> list[Result]:
    return list(annotate_articles(batch, batch_size=max(1, len(batch))))


def process_batch(batch: list[ReadResult], published: dt.date | None = None) -> list[Result]:
    """Clean and annotate one batch: the unit of work of every engine."""
    cleaned = [item if isinstance(item, InputError) else clean_one(item, published=published) for item in batch]
    return list(annotate_articles(cleaned, batch_size=max(1, len(cleaned))))


def _start_worker(parent: int) -> None:
    """Each worker: exit when `parent` (the process that runs the pool) ends, leave
    Ctrl-C to it, and load the model once."""
    exit_with(parent)
    ignore_interrupts()
    load_nlp()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool without waiting for the batches in hand to finish."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # the executor has no public handle
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


