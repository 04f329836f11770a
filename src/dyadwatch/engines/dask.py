"""The cluster engine: the local engine's unit of work (`engine.process_batch`) on a Dask
distributed cluster.

The client lists the inputs and cuts them into tasks (one container file — JSONL or
WARC — or up to `DEFAULT_FILES_PER_TASK` single-article files). A worker reads its
task's inputs itself (local paths or fsspec URLs), runs `process_batch` over them batch
by batch and writes the results to a Parquet shard (`shards.py`); it returns only the
shard's path. The client keeps a bounded window of tasks in flight and reads the
shards back in input order, so the store sees exactly the stream the local engine
would give it. Each worker loads the spaCy model once, when it joins (`ModelPlugin`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import logging
import os
import signal
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import fsspec.core
from distributed import Client, Future, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from dyadwatch.batching import batched
from dyadwatch.engine import Result, process_batch
from dyadwatch.errors import ConfigError
from dyadwatch.nlp import DEFAULT_BATCH_SIZE, load_nlp
from dyadwatch.registry import default_stages
from dyadwatch.shards import read_shard, shard_table, write_shard
from dyadwatch.sources import DEFAULT_MAX_BYTES, input_format, is_url, list_inputs, read_inputs
from dyadwatch.store.dedup import DEFAULT_THRESHOLD
from dyadwatch.store.ingest import DEFAULT_BATCH_SIZE as DEFAULT_STORE_BATCH
from dyadwatch.store.ingest import IngestSummary, pipeline_version, store_annotated
from dyadwatch.store.schema import DEFAULT_DB
from dyadwatch.store.sharing import DEFAULT_WAIT

DEFAULT_FILES_PER_TASK = 16
WINDOW_PER_THREAD = 2
PLUGIN_NAME = "dyadwatch-model"
CONTAINERS = frozenset({"jsonl", "warc"})


@dataclasses.dataclass(slots=True, frozen=True)
class Task:
    """Inputs a worker reads and annotates into one shard."""

    number: int
    inputs: tuple[str, ...]


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


def ingest_dask(
    paths: Iterable[str],
    *,
    db: str | Path = DEFAULT_DB,
    scheduler: str | None = None,
    shards: str | None = None,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_STORE_BATCH,
    threshold: float = DEFAULT_THRESHOLD,
    on_progress: Callable[[IngestSummary], None] | None = None,
    wait: float = DEFAULT_WAIT,
    on_wait: Callable[[str], None] | None = None,
) -> IngestSummary:
    """`store.ingest` on a Dask cluster: annotate on the workers of `scheduler` (an
    address like tcp://host:8786; None starts a LocalCluster of one single-threaded
    worker per core), store on this machine. `shards` is the directory (or URL) for
    the workers' Parquet shards, kept after the run; None uses a temporary directory
    and deletes each shard once stored."""
    paths = tuple(paths)
    if "-" in paths:
        raise ConfigError("the dask engine reads files and URLs, not stdin (`-`): use --engine local")
    with connect(scheduler) as client, _shard_directory(shards) as (directory, keep):
        items = annotate_on_cluster(client, paths, shards=directory, keep=keep, published=published,
                                    max_bytes=max_bytes)
        return store_annotated(items, db=db, extractor=pipeline_version(default_stages()), batch_size=batch_size,
                               threshold=threshold, on_progress=on_progress, wait=wait, on_wait=on_wait)


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


def annotate_on_cluster(
    client: Client,
    paths: Iterable[str],
    *,
    shards: str,
    keep: bool = True,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    files_per_task: int = DEFAULT_FILES_PER_TASK,
) -> Iterator[Result]:
    """Every input under `paths` annotated by the cluster's workers, in input order
    (the stream `engine.process_paths` gives); at most a window of tasks is in flight."""
    client.register_plugin(ModelPlugin(), name=PLUGIN_NAME)
    window = WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
    pending: deque[Future] = deque()
    for task in make_tasks(paths, files_per_task=files_per_task):
        pending.append(client.submit(run_task, task, shards=shards, published=published, max_bytes=max_bytes,
                                     pure=False))
        if len(pending) >= window:
            yield from _load(pending.popleft().result(), keep=keep)
    while pending:
        yield from _load(pending.popleft().result(), keep=keep)


def make_tasks(paths: Iterable[str], *, files_per_task: int = DEFAULT_FILES_PER_TASK) -> Iterator[Task]:
    """The inputs under `paths`, in reading order, cut into tasks: a container file
    alone, single-article files in groups."""
    group: list[str] = []
    number = itertools.count()
    for path in list_inputs(paths):
        if _is_container(path):
            if group:
                yield Task(next(number), tuple(group))
                group = []
            yield Task(next(number), (path,))
        else:
            group.append(path)
            if len(group) == files_per_task:
                yield Task(next(number), tuple(group))
                group = []
    if group:
        yield Task(next(number), tuple(group))


def run_task(
    task: Task, *, shards: str, published: dt.date | None, max_bytes: int, batch_size: int = DEFAULT_BATCH_SIZE
) -> Shard:
    """On a worker: read the task's inputs, annotate them batch by batch, write a shard."""
    path = f"{shards.rstrip('/')}/part-{task.number:06d}.parquet"
    batches = batched(read_inputs(task.inputs, max_bytes=max_bytes), batch_size)
    with fsspec.open(path, "wb") as stream:
        rows = write_shard(stream, (shard_table(process_batch(batch, published)) for batch in batches))
    return Shard(path, rows)


def model_loads() -> int:
    """How many times this process has loaded the spaCy model (for tests and checks)."""
    return load_nlp.cache_info().misses


def _is_container(path: str) -> bool:
    name = Path(path.split("://", 1)[-1])
    return input_format(name) in CONTAINERS


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
