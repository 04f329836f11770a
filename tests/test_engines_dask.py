"""The cluster engine: on a two-worker Dask cluster, `ingest` stores exactly what the
local engine stores, and sends no stored article to the workers again; each worker
loads the model once; shards give back equal records; inputs may be fsspec URLs."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import fsspec
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from dyadwatch.cli import cli
from dyadwatch.engines import dask as cluster_engine
from dyadwatch.engines.dask import DaskEngine, Shard, Task, make_tasks, model_loads, open_dask_engine
from dyadwatch.engines.shards import read_shard, shard_table, write_shard
from dyadwatch.errors import InputError
from dyadwatch.run import annotate_paths, ingest
from dyadwatch.sources import read_inputs

pytestmark = pytest.mark.slow  # a Dask local cluster in this process

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
EVENT_COLUMNS = "id, event, actor_codes, recipient_codes, date"


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The example corpus plus an empty file and a path that does not exist."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    (root / "examples" / "text" / "zz-empty.txt").write_text("")
    return [str(root / "examples"), str(root / "missing.txt")]


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the wall-clock columns."""
    names = [name for (name,) in rows(db, "SELECT table_name FROM duckdb_tables() ORDER BY 1")]
    skip = {"articles": " EXCLUDE (ingested_at)", "_migrations": " EXCLUDE (applied_at)"}
    return {name: rows(db, f"SELECT *{skip.get(name, '')} FROM {name} ORDER BY ALL") for name in names}


def ingest_on(cluster, corpus, db, *, shards=None):
    with open_dask_engine(scheduler=cluster.scheduler_address, shards=shards) as engine:
        return ingest(corpus, db=db, engine=engine)


def shard_results(folder: Path) -> list:
    parts = sorted(folder.glob("part-*.parquet"))
    return [item for part in parts for item in read_shard(io.BytesIO(part.read_bytes()))]


# --- the cluster ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stores(cluster, corpus, tmp_path_factory):
    """The corpus ingested by each engine: {engine: (summary, database)}."""
    root = tmp_path_factory.mktemp("stores")
    local = ingest(corpus, db=root / "local.duckdb")
    dask = ingest_on(cluster, corpus, root / "dask.duckdb")
    return {"local": (local, root / "local.duckdb"), "dask": (dask, root / "dask.duckdb")}


@pytest.mark.model
def test_dask_engine_stores_the_same_events_as_the_local_engine(stores):
    (local, local_db), (dask, dask_db) = stores["local"], stores["dask"]
    events = f"SELECT {EVENT_COLUMNS} FROM events ORDER BY ALL"
    assert rows(dask_db, events) == rows(local_db, events) and len(rows(local_db, events)) > 100
    assert (dask.new, dask.events) == (local.new, local.events) == (30, local.events)


@pytest.mark.model
def test_dask_engine_stores_every_table_as_the_local_engine_does(stores):
    assert tables(stores["dask"][1]) == tables(stores["local"][1])


@pytest.mark.model
def test_dask_engine_reports_bad_inputs_like_the_local_engine(stores):
    local, dask = stores["local"][0], stores["dask"][0]
    reasons = [(e.source, type(e).__name__, e.reason) for e in dask.errors]
    assert reasons == [(e.source, type(e).__name__, e.reason) for e in local.errors]
    assert [source.rsplit("/", 1)[-1] for source, _, _ in reasons] == ["zz-empty.txt", "missing.txt"]


@pytest.mark.model
def test_dask_engine_run_again_stores_nothing_twice(cluster, corpus, stores, tmp_path):
    first, db = stores["dask"][0], tmp_path / "again.duckdb"
    shutil.copy(stores["dask"][1], db)
    again = ingest_on(cluster, corpus, db)
    assert (again.new, again.unchanged, again.failed, again.events) == (0, first.new, 2, 0)
    assert tables(db) == tables(stores["dask"][1])


@pytest.mark.model
def test_dask_engine_run_again_sends_no_stored_article_to_the_workers(cluster, corpus, stores, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copy(stores["dask"][1], db)
    ingest_on(cluster, corpus, db, shards=str(tmp_path / "shards"))
    sent = shard_results(tmp_path / "shards")
    assert [Path(item.source).name for item in sent] == ["zz-empty.txt", "missing.txt"]
    assert all(isinstance(item, InputError) for item in sent)


@pytest.mark.model
def test_dask_engine_loads_the_model_once_per_worker(cluster, stores):
    with Client(cluster) as client:
        loads = client.run(model_loads)
    assert len(loads) == 2 and set(loads.values()) == {1}


@pytest.mark.model
def test_ingest_cli_dask_engine_keeps_its_shards_where_asked(cluster, corpus, tmp_path):
    shards = tmp_path / "shards"
    args = ["ingest", *corpus, "--db", str(tmp_path / "c.duckdb"), "--engine", "dask",
            "--scheduler", cluster.scheduler_address, "--shards", str(shards)]
    result = CliRunner().invoke(cli, args)
    results = shard_results(shards)
    assert result.exit_code == 1 and "30 new" in result.output and "skipped" in result.stderr
    assert len(results) == 32 and sum(isinstance(item, InputError) for item in results) == 2


def test_ingest_cli_scheduler_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.duckdb"),
                                      "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--engine dask" in result.output


# --- tasks and shards -------------------------------------------------------------------------


def skipped(count: int) -> list[InputError]:
    """Stand-ins for cleaned articles: errors travel in tasks like articles."""
    return [InputError(f"{n:03d}.txt", "unreadable") for n in range(count)]


def test_make_tasks_cuts_the_articles_into_numbered_tasks_in_input_order():
    items = skipped(5)
    tasks = list(make_tasks(items, articles_per_task=2))
    assert tasks == [Task(0, tuple(items[:2])), Task(1, tuple(items[2:4])), Task(2, tuple(items[4:]))]


class CountingClient:
    """Stands in for a distributed Client: counts the tasks submitted and not yet collected."""

    def __init__(self, threads: int) -> None:
        self.threads, self.in_flight, self.most_in_flight, self.submitted = threads, 0, 0, []

    def register_plugin(self, plugin, name):
        pass

    def nthreads(self):
        return {f"tcp://worker{n}": 1 for n in range(self.threads)}

    def submit(self, function, task, **options):
        self.submitted.append(task.number)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        return self

    def result(self):
        self.in_flight -= 1
        return Shard(path="unused", rows=0)


def test_dask_engine_keeps_a_bounded_window_of_tasks_in_flight(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_engine, "_load", lambda shard, keep: iter(()))
    client = CountingClient(threads=3)
    list(DaskEngine(client, shards=str(tmp_path), articles_per_task=1).annotate(skipped(100)))
    assert client.submitted == list(range(100)) and client.most_in_flight == 3 * cluster_engine.WINDOW_PER_THREAD


@pytest.mark.model
def test_shard_gives_back_records_equal_to_the_engine_results():
    results = list(annotate_paths([str(EXAMPLES), "missing.txt"]))
    stream = io.BytesIO()
    assert write_shard(stream, [shard_table(results[:7]), shard_table(results[7:])]) == 31
    stream.seek(0)
    back = list(read_shard(stream))
    assert back[:-1] == results[:-1] and sum(len(item.events) for item in back[:-1]) > 100
    assert (type(back[-1]), back[-1].source, back[-1].reason) == (InputError, "missing.txt",
                                                                   "no such file or directory")


# --- fsspec inputs ----------------------------------------------------------------------------


@pytest.fixture
def memory_corpus():
    """The example corpus in fsspec's in-memory filesystem, as memory://corpus."""
    fs = fsspec.filesystem("memory")
    for path in EXAMPLES.rglob("*"):
        if path.is_file():
            fs.pipe(f"/corpus/{path.relative_to(EXAMPLES).as_posix()}", path.read_bytes())
    yield "memory://corpus"
    fs.rm("/corpus", recursive=True)


def test_read_inputs_reads_a_url_directory_like_a_local_one(memory_corpus):
    def documents(path: str) -> list[tuple]:
        return [(doc.kind, doc.raw_sha256, doc.content) for doc in read_inputs([path])]

    assert documents(memory_corpus) == documents(str(EXAMPLES)) and len(documents(memory_corpus)) == 30


def test_read_inputs_names_urls_in_sources(memory_corpus):
    sources = [doc.source for doc in read_inputs([memory_corpus])]
    assert sources[0].startswith("memory:///corpus/batch.jsonl:") and sources[-1].startswith("memory:///corpus/text/")


def test_read_inputs_s3_without_s3fs_says_what_to_install():
    [error] = read_inputs(["s3://bucket/news/article.txt"])
    assert isinstance(error, InputError) and "s3fs" in error.reason


def test_read_inputs_missing_url_is_no_such_file():
    [error] = read_inputs(["memory://nowhere/article.txt"])
    assert (error.source, error.reason) == ("memory://nowhere/article.txt", "no such file or directory")
