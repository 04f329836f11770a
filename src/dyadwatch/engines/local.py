"""The local engine: the annotation stages in this process, or in N worker processes.

The caller reads and cleans (it is cheap, and the orchestrator skips what the store
holds before anything is parsed); parsing and the annotation stages run in worker
processes, each loading the spaCy model once. Work goes out in a bounded window of
batches, so memory does not grow with the corpus, and comes back in input order.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dyadwatch.batching import batched
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.lifeline import exit_with, ignore_interrupts
from dyadwatch.nlp import DEFAULT_BATCH_SIZE, load_nlp
from dyadwatch.pipeline import annotate_articles
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.stage import Stage

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

WINDOW_PER_JOB = 4
Result = AnnotatedArticle | InputError


@dataclasses.dataclass(slots=True, frozen=True)
class LocalEngine:
    """Annotates in this process (`jobs` 1) or in `jobs` worker processes, `batch_size`
    articles parsed at a time. `stages` (None: the registry's) run in this process
    only: a worker builds the default stages itself, as stages do not travel."""

    jobs: int = 1
    batch_size: int = DEFAULT_BATCH_SIZE
    stages: tuple[Stage, ...] | None = None

    def __post_init__(self) -> None:
        if self.stages is not None and self.jobs > 1:
            raise ConfigError("stages other than the default ones run in one process (jobs 1)")

    def annotate(self, articles: Iterable[Article | InputError]) -> Iterator[Result]:
        """Each article annotated, each error passed through, in input order."""
        if self.jobs <= 1:
            return annotate_articles(articles, stages=self.stages, batch_size=self.batch_size)
        return _in_processes(batched(articles, self.batch_size), jobs=self.jobs)


def _in_processes(batches: Iterator[list[Article | InputError]], *, jobs: int) -> Iterator[Result]:
    """`annotate_batch` over each batch in `jobs` processes fed a bounded window of
    batches, results in input order."""
    # A process pool that fails loudly (BrokenProcessPool) if a worker dies, rather
    # than waiting forever as multiprocessing.Pool does. Imported here: one process
    # (the default) needs neither.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        while window := list(itertools.islice(batches, jobs * WINDOW_PER_JOB)):
            for results in pool.map(annotate_batch, window):
                yield from results
    except BaseException:  # Ctrl-C, a failure downstream, the consumer gone: stop the workers now
        _stop(pool)
        raise
    pool.shutdown()


def annotate_batch(batch: list[Article | InputError]) -> list[Result]:
    """Annotate one batch with the default stages: the unit of work of every engine."""
    return list(annotate_articles(batch, batch_size=max(1, len(batch))))


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
