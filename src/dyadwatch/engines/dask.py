"""The cluster engine: the local engine's unit of work (`engines.local.annotate_batch`)
on a Dask distributed cluster.

The client cuts the cleaned articles it is given into tasks of `articles_per_task`. A
worker annotates its task's articles batch by batch and writes the results to a
Parquet shard (`shards.py`); it returns only the shard's path. The client keeps a
bounded window of tasks in flight and reads the shards back in input order, so the
caller gets exactly the stream the local engine would give it. Each worker loads the
spaCy model once, when it joins (`ModelPlugin`). Reading and cleaning stay on the
client (they cost a few milliseconds an article): that is what lets the orchestrator
skip the articles the store holds before any is sent out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import os
import signal
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

import fsspec.core
from distributed import Client, Future, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from dyadwatch.batching import batched
from dyadwatch.engines.local import Result, annotate_batch
from dyadwatch.engines.shards import read_shard, shard_table, write_shard
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.nlp import DEFAULT_BATCH_SIZE, load_nlp
from dyadwatch.records import Article
from dyadwatch.sources import is_url

DEFAULT_ARTICLES_PER_TASK = 64
WINDOW_PER_THREAD = 2
PLUGIN_NAME = "dyadwatch-model"


@dataclasses.dataclass(slots=True, frozen=True)
class Task:
    """Articles (and errors in their place) a worker annotates into one shard."""

    number: int
    articles: tuple[Article | InputError, ...]


@dataclasses.dataclass(slots=True, frozen=True)
class Shard:
    """What a worker returns: where its results are, and how many."""

    path: str
    rows: int


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model when a worker starts (or joins later), once per worker
    process: `load_nlp` is cached, so every task after that reuses it."""

    def setup(self, worker: object) -> None:
        load_nlp()


@dataclasses.dataclass(slots=True, frozen=True)
class DaskEngine:
    """Annotates on the workers of `client`'s cluster (the default stages), which write
    their shards under `shards` (a directory or URL they and the client both reach);
    `keep` False deletes each shard once read back."""

    client: Client
    shards: str
    keep: bool = True
    articles_per_task: int = DEFAULT_ARTICLES_PER_TASK
    stages: None = None  # the workers build the registry's default stages

    def annotate(self, articles: Iterable[Article | InputError]) -> Iterator[Result]:
        """Each article annotated, each error passed through, in input order; at most
        a window of tasks is in flight."""
        self.client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)
        window = WINDOW_PER_THREAD * max(1, sum(self.client.nthreads().values()))
        pending: deque[Future] = deque()
        for task in make_tasks(articles, articles_per_task=self.articles_per_task):
            pending.append(self.client.submit(run_task, task, shards=self.shards, pure=False))
            if len(pending) >= window:
                yield from _load(pending.popleft().result(), keep=self.keep)
        while pending:
            yield from _load(pending.popleft().result(), keep=self.keep)


@contextlib.contextmanager
def open_dask_engine(*, scheduler: str | None = None, shards: str | None = None) -> Iterator[DaskEngine]:
    """The engine on the cluster of `scheduler` (an address like tcp://host:8786; None
    starts a LocalCluster of one single-threaded worker per core). `shards` is the
    directory (or URL) for the workers' Parquet shards, kept after the run; None uses a
    temporary directory and deletes each shard once read back."""
    with connect(scheduler) as client, _shard_directory(shards) as (directory, keep):
        yield DaskEngine(client, shards=directory, keep=keep)


@contextlib.contextmanager
def connect(scheduler: str | None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a new LocalCluster (closed at
    the end). The local cluster's worker processes end with this one (distributed
    watches a pipe to the parent: kill -9 included) and ignore Ctrl-C, which stops
    the run here and closes the cluster."""
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            with interrupts_ignored():  # the workers inherit it: Ctrl-C is the client's to handle
                cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
            scheduler = stack.enter_context(cluster).scheduler_address
        try:
            client = stack.enter_context(Client(scheduler))
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                              "start one with `dask scheduler`, or leave out --scheduler") from exc
        yield client


@contextlib.contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored while the block runs, in this process and in the processes it
    starts (an ignored signal stays ignored in a child); a Ctrl-C meanwhile is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def make_tasks(
    articles: Iterable[Article | InputError], *, articles_per_task: int = DEFAULT_ARTICLES_PER_TASK
) -> Iterator[Task]:
    """The articles, in order, cut into numbered tasks."""
    for number, group in zip(itertools.count(), batched(articles, articles_per_task)):
        yield Task(number, tuple(group))


def run_task(task: Task, *, shards: str, batch_size: int = DEFAULT_BATCH_SIZE) -> Shard:
    """On a worker: annotate the task's articles batch by batch, write a shard."""
    path = f"{shards.rstrip('/')}/part-{task.number:06d}.parquet"
    batches = batched(task.articles, batch_size)
    with fsspec.open(path, "wb") as stream:
        rows = write_shard(stream, (shard_table(annotate_batch(batch)) for batch in batches))
    return Shard(path, rows)


def model_loads() -> int:
    """How many times this process has loaded the spaCy model (for tests and checks)."""
    return load_nlp.cache_info().misses


def _load(shard: Shard, *, keep: bool) -> Iterator[Result]:
    with fsspec.open(shard.path, "rb") as stream:
        yield from read_shard(stream)
    if not keep:
        fs, path = fsspec.core.url_to_fs(shard.path)
        fs.rm(path)


@contextlib.contextmanager
def _shard_directory(shards: str | None) -> Iterator[tuple[str, bool]]:
    """(directory, keep shards): the one asked for, created if missing, or a temporary one."""
    if shards is not None:
        shards = shards if is_url(shards) else str(Path(shards).resolve())  # the workers' working directory may differ
        fs, path = fsspec.core.url_to_fs(shards)
        fs.makedirs(path, exist_ok=True)
        yield shards, True
        return
    with tempfile.TemporaryDirectory(prefix="dyadwatch-shards-") as directory:
        yield directory, False
