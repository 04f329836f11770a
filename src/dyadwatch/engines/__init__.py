"""Engines: where the annotation stages run. Every engine takes cleaned articles (and
the input errors in their place) and gives back annotated articles in input order;
it knows no store. `local` runs in this process or in N worker processes, `dask` on
the workers of a Dask cluster.

    with open_engine("local", jobs=4) as engine:
        for item in engine.annotate(articles): ...
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Protocol

from dyadwatch.errors import ConfigError, InputError
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.stage import Stage

ENGINES = ("local", "dask")
Result = AnnotatedArticle | InputError


class Engine(Protocol):
    """Annotates cleaned articles: `stages` is what it runs (None: the registry's
    default stages, which is all a worker elsewhere can build)."""

    @property
    def stages(self) -> tuple[Stage, ...] | None: ...

    def annotate(self, articles: Iterable[Article | InputError]) -> Iterator[Result]:
        """Each article annotated, each error passed through, in input order."""
        ...


@contextlib.contextmanager
def open_engine(
    name: str = "local", *, jobs: int = 1, scheduler: str | None = None, shards: str | None = None
) -> Iterator[Engine]:
    """The engine `name`, ready for the run and closed after it: `jobs` worker
    processes (local), or the cluster of `scheduler` with its shards in `shards` (dask;
    see `engines.dask.open_dask_engine`)."""
    if name == "local":
        if scheduler or shards:
            raise ConfigError("a scheduler and shards go with the dask engine")
        from dyadwatch.engines.local import LocalEngine

        yield LocalEngine(jobs=jobs)
    elif name == "dask":
        if jobs > 1:
            raise ConfigError("jobs go with the local engine; a Dask cluster has its own workers")
        from dyadwatch.engines.dask import open_dask_engine  # imports distributed: only when asked for

        with open_dask_engine(scheduler=scheduler, shards=shards) as engine:
            yield engine
    else:
        raise ConfigError(f"unknown engine {name!r}; engines: {', '.join(ENGINES)}")
