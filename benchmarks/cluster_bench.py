"""Cluster benchmark (not a test): `dyadwatch ingest` with the local engine (`--jobs 1`,
`--jobs 2`) and with the Dask engine on a local cluster of single-threaded workers, on
the same articles, each in a fresh process, in one run.

    .venv/bin/python benchmarks/cluster_bench.py [--corpus ../shared/corpus/te3-news/articles.jsonl]
                                                 [--limit N] [--runs 1] [--workers 2] [--configs jobs1,jobs2,dask]
                                                 [--day 200000] [--html ../shared/gold/article-extraction/html]

For each ingest of a round (--configs, in order: --jobs 1, --jobs 2, dask), into a fresh database:
  - wall time of the `dyadwatch ingest -q` process (start-up, model loads, reading,
    cleaning, parsing, coding, storing), and the run's own `time:` line (without start-up);
  - articles/s and words/s (whitespace-separated words of the articles' `text`, which is
    what ingest counts), and words per processor-second (user + system time);
  - processor seconds (user + system) and peak resident memory of the ingest process
    (with dask, the client: reading, cleaning, storing) and of each worker: for --jobs N
    its N busiest child processes, read off the process tree every SAMPLE_SECONDS
    (psutil; the peak is Linux's VmHWM); for dask, asked of each worker through the
    distributed client (`getrusage`) after the run;
  - the load average (1 minute) before and after, since the machine may be shared;
  - for dask: the cluster's start, what an empty task costs (`empty_task_ms`) and the
    size of the workers' Parquet shards (kept in --shards for the weighing).
The Dask cluster is the README's deployment on one machine: a `dask scheduler` and a
`dask worker --nworkers W --nthreads 1` started fresh for each run (their start-up,
printed apart, is not in the ingest's time; the workers' imports and model load are,
as `ingest` registers the model plugin when it starts). Then the ratios, a check that
all the databases hold the same numbers of articles, event reports and real-world
events, and what the measured rates make of `--day` articles (GDELT's day: about
200,000) of this corpus's mean length. Figures depend on the machine and on what else
runs on it; only ratios measured in the same run compare. Last, what reading and
cleaning cost a page of HTML (--html: the article-extraction benchmark's pages), the
part of the work the Dask client keeps.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psutil
    from distributed import Client

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "te3-news" / "articles.jsonl"
GDELT_DAY = 200_000  # articles a day, about
CONFIGS = ("jobs1", "jobs2", "dask")  # run in this order in each round

SAMPLE_SECONDS = 0.2  # how often the process tree of a run is read
DEFAULT_HTML = REPO / ".." / "shared" / "gold" / "article-extraction" / "html"

# Reading and cleaning stay on the Dask client: what that costs for web pages (the
# inputs of a crawl), in a fresh process, the imports and first use left out.
CLEANING = """
import os, sys, time
from dyadwatch.pipeline import clean_documents
from dyadwatch.records import Article
folder = sys.argv[1]
list(clean_documents([folder]))  # imports, first-use loading, the files read once
start = time.process_time()
items = list(clean_documents([folder]))
seconds = time.process_time() - start
articles = [item for item in items if isinstance(item, Article)]
print(f"cleaning web pages (the client's part): {len(items)} pages of {folder}, {len(articles)} articles, "
      f"{sum(len(a.text.split()) for a in articles):,} words: {seconds:.2f} cpu-s, "
      f"{seconds * 1000 / len(items):.1f} ms a page ({len(items) / seconds:.1f} pages/cpu-s); "
      f"load {os.getloadavg()[0]:.2f}")
"""


@dataclass(frozen=True)
class Corpus:
    path: Path
    articles: int
    words: int


@dataclass(frozen=True)
class Run:
    """One measured ingest."""

    label: str
    seconds: float  # wall time of the process
    own_seconds: float  # the ingest's `time:` line
    cpu: float  # processor seconds of the ingest process (for dask: the client)
    peak_mib: float  # its peak resident memory
    stored: str  # the summary's `database …` line, less the file name
    db_bytes: int  # the database file's size after the run
    load: tuple[float, float]  # 1-minute load average before and after
    worker_cpu: tuple[float, ...] = ()  # each worker's processor seconds (--jobs N > 1, dask)
    worker_peak_mib: tuple[float, ...] = ()  # each worker's peak resident memory
    cluster_start: float = 0.0  # dask: seconds until the workers had joined
    task_ms: float = 0.0  # dask: what a task costs beyond its work (`empty_task_ms`)
    shards: int = 0  # dask: the Parquet shards the workers wrote
    shard_bytes: int = 0  # and their size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="A JSONL file of articles.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--runs", type=int, default=1, help="Rounds of the ingests.")
    parser.add_argument("--configs", default=",".join(CONFIGS),
                        help=f"Which ingests, in order, comma-separated (default: {','.join(CONFIGS)}).")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (one thread each).")
    parser.add_argument("--day", type=int, default=GDELT_DAY, help="Articles a day for the estimate.")
    parser.add_argument("--html", type=Path, default=DEFAULT_HTML,
                        help="A folder of web pages whose cleaning cost is measured (skipped when absent).")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"cluster_bench: skipped: {args.corpus} is absent (the te3-news corpus lives in ../shared, "
                 "outside the repository; give --corpus)")
    with tempfile.TemporaryDirectory(prefix="cluster-bench-") as tmp:
        work = Path(tmp)
        corpus = first_articles(args.corpus, args.limit, work / "articles.jsonl")
        env = bench_env(work / "cache")
        print(f"corpus: {corpus.articles:,} articles of {args.corpus.name}, {corpus.words:,} words "
              f"(mean {corpus.words / corpus.articles:.0f}); {os.cpu_count()} CPUs; {args.runs} round(s), "
              "fresh processes", flush=True)
        warm_cache(corpus, work, env)
        runs = [measure(config, corpus, work=work, env=env, round_number=round_number, workers=args.workers)
                for round_number, config in itertools.product(range(1, args.runs + 1), configs(args.configs))]
        summarise(runs, corpus, workers=args.workers, day=args.day)
        if args.html.is_dir():
            subprocess.run([sys.executable, "-c", CLEANING, str(args.html.resolve())], env=env, check=True)
        else:
            print(f"cleaning web pages: skipped: {args.html} is absent")


def configs(text: str) -> list[str]:
    chosen = [name.strip() for name in text.split(",") if name.strip()]
    if not chosen or any(name not in CONFIGS for name in chosen):
        sys.exit(f"cluster_bench: --configs takes some of {', '.join(CONFIGS)}")
    return chosen


def measure(config: str, corpus: Corpus, *, work: Path, env: dict[str, str], round_number: int, workers: int) -> Run:
    """One ingest of `config` into a fresh database, printed as it ends."""
    db = work / f"r{round_number}-{config}.duckdb"
    if config == "dask":
        run = dask_ingest(corpus, db, env=env, workers=workers, tmp=work)
    else:
        run = local_ingest(corpus, db, env=env, jobs=int(config.removeprefix("jobs")))
    print(run_line(run, corpus), flush=True)
    return run


# --- the corpus and the environment ----------------------------------------------------------


def first_articles(source: Path, limit: int | None, target: Path) -> Corpus:
    """The first `limit` lines (all: None) of a JSONL file, copied to `target`, counted."""
    lines = [line for line in itertools.islice(source.open(encoding="utf-8"), limit) if line.strip()]
    target.write_text("".join(lines), encoding="utf-8")
    words = sum(len(json.loads(line).get("text", "").split()) for line in lines)
    return Corpus(target, len(lines), words)


def bench_env(cache: Path) -> dict[str, str]:
    """Every process of the benchmark runs this checkout's code with one knowledge cache."""
    path = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "DYADWATCH_CACHE_DIR": str(cache), "DYADWATCH_PROFILE": ""}


def warm_cache(corpus: Corpus, work: Path, env: dict[str, str]) -> None:
    """One untimed ingest of one article fills the knowledge cache: the runs are then a
    user's second and later runs."""
    one = work / "one.jsonl"
    with corpus.path.open(encoding="utf-8") as lines:
        one.write_text(next(lines), encoding="utf-8")
    subprocess.run(ingest_command(Corpus(one, 1, 0), work / "warm.duckdb"), env=env, check=True, capture_output=True)


# --- the measured runs -----------------------------------------------------------------------


def local_ingest(corpus: Corpus, db: Path, *, env: dict[str, str], jobs: int) -> Run:
    command = [*ingest_command(corpus, db), "--jobs", str(jobs)]
    return measured(f"local --jobs {jobs}", command, env=env, workers=jobs if jobs > 1 else 0)


def dask_ingest(corpus: Corpus, db: Path, *, env: dict[str, str], workers: int, tmp: Path) -> Run:
    """The ingest on a fresh cluster, then each worker's processor time and peak memory,
    asked of the workers before the cluster closes."""
    from distributed import Client

    folder = tmp / f"{db.stem}-cluster"
    with dask_cluster(env, workers=workers, folder=folder) as (address, started):
        command = [*ingest_command(corpus, db), "--engine", "dask", "--scheduler", address,
                   "--shards", str(folder / "shards")]  # kept, to be weighed
        run = measured(f"dask, {workers} workers", command, env=env)
        with Client(address, timeout=60) as client:
            usage = client.run(worker_usage)
            task_ms = empty_task_ms(client)
    cpu = tuple(cpu for cpu, _ in usage.values())
    peaks = tuple(peak for _, peak in usage.values())
    shards = list((folder / "shards").glob("*.parquet"))
    return dataclasses.replace(run, worker_cpu=cpu, worker_peak_mib=peaks, cluster_start=started, task_ms=task_ms,
                               shards=len(shards), shard_bytes=sum(path.stat().st_size for path in shards))


def empty_task_ms(client: Client, tasks: int = 500) -> float:
    """Milliseconds a task costs the cluster beyond its work: `tasks` tasks that do
    nothing, submitted one by one as the engine does, and gathered."""
    start = time.perf_counter()
    futures = [client.submit(_nothing, number, pure=False) for number in range(tasks)]
    client.gather(futures)
    return (time.perf_counter() - start) * 1000 / tasks


def _nothing(number: int) -> int:
    return number


def worker_usage() -> tuple[float, float]:
    """On a worker: its processor seconds and its peak resident memory (MiB)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


@contextlib.contextmanager
def dask_cluster(env: dict[str, str], *, workers: int, folder: Path) -> Iterator[tuple[str, float]]:
    """A `dask scheduler` and `dask worker --nworkers W --nthreads 1` on this machine,
    fresh processes: (the scheduler's address, seconds until every worker joined); both
    stopped after the block."""
    from distributed import Client

    folder.mkdir()
    scheduler_file = folder / "scheduler.json"
    common = ["--scheduler-file", str(scheduler_file), "--no-dashboard", "--host", "127.0.0.1"]
    start = time.perf_counter()
    processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", *common], env=env,
                                  stdout=subprocess.DEVNULL, stderr=(folder / "scheduler.log").open("wb"))]
    try:
        while not scheduler_file.exists():
            if processes[0].poll() is not None or time.perf_counter() - start > 120:
                sys.exit(f"cluster_bench: the scheduler did not start; see {folder / 'scheduler.log'}")
            time.sleep(0.1)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", *common, "--nworkers", str(workers),
             "--nthreads", "1", "--local-directory", str(folder)],
            env=env, stdout=subprocess.DEVNULL, stderr=(folder / "workers.log").open("wb")))
        with Client(scheduler_file=str(scheduler_file), timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
            address = client.scheduler.address
        yield address, time.perf_counter() - start
    finally:
        _stop(processes)


def _stop(processes: list[subprocess.Popen]) -> None:
    """Workers first (their nannies close them), then the scheduler."""
    for process in reversed(processes):
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def ingest_command(corpus: Corpus, db: Path) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", "ingest", "-q", "--db", str(db), str(corpus.path)]


def measured(label: str, command: list[str], *, env: dict[str, str], workers: int = 0) -> Run:
    """Wall time of `command` in a fresh process, the processor time and peak memory
    of it and of its `workers` busiest descendants (read every SAMPLE_SECONDS), and its
    summary read off its output (failure: exit)."""
    before = os.getloadavg()[0]
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, text=True)
        usage = sample_tree(process)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        sys.exit(f"cluster_bench: {label} exited {process.returncode}:\n{stderr[-4000:]}")
    own = re.search(r"^time: ([\d.]+) s$", stdout, re.MULTILINE)
    stored = re.search(r"^database [^:]+: (.+)$", stdout, re.MULTILINE)
    if own is None or stored is None:
        sys.exit(f"cluster_bench: {label}: no summary in its output:\n{stdout}")
    root = usage.pop(process.pid, Usage(0.0, 0.0))
    busiest = sorted(usage.values(), key=lambda item: item.cpu, reverse=True)[:workers]
    db = Path(command[command.index("--db") + 1])
    return Run(label, seconds, float(own.group(1)), root.cpu, root.peak_mib, stored.group(1), db.stat().st_size,
               (before, os.getloadavg()[0]), tuple(u.cpu for u in busiest), tuple(u.peak_mib for u in busiest))


@dataclass(frozen=True)
class Usage:
    cpu: float  # processor seconds (user + system), as last read
    peak_mib: float  # peak resident memory (Linux's VmHWM; elsewhere the largest RSS read)


def sample_tree(process: subprocess.Popen) -> dict[int, Usage]:
    """Until `process` ends: each process of its tree, by pid, as last read. What a
    process spends after its last reading (at most SAMPLE_SECONDS) is not counted."""
    import psutil  # a dependency of distributed

    seen: dict[int, Usage] = {}
    root = psutil.Process(process.pid)
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            for member in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    seen[member.pid] = _usage(member, seen.get(member.pid))
        time.sleep(SAMPLE_SECONDS)
    return seen


def _usage(member: psutil.Process, last: Usage | None) -> Usage:
    times = member.cpu_times()
    try:
        status = Path(f"/proc/{member.pid}/status").read_text()
        peak = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1)) / 1024  # type: ignore[union-attr]
    except (OSError, AttributeError):  # no /proc (not Linux): the largest resident size read
        peak = max(member.memory_info().rss / 2**20, last.peak_mib if last else 0.0)
    return Usage(times.user + times.system, peak)


# --- what is printed -------------------------------------------------------------------------


def run_line(run: Run, corpus: Corpus) -> str:
    cpu = run.cpu + sum(run.worker_cpu)
    line = (f"{run.label:18} {run.seconds:7.1f} s (run's own {run.own_seconds:6.1f} s) "
            f"{corpus.articles / run.seconds:6.1f} articles/s {corpus.words / run.seconds:7,.0f} words/s | "
            f"cpu {cpu:6.1f} s {corpus.words / cpu:6,.0f} words/cpu-s | ingest process {run.peak_mib:5.0f} MiB "
            f"| load {run.load[0]:.2f}→{run.load[1]:.2f}")
    if run.worker_peak_mib:
        pairs = zip(run.worker_peak_mib, run.worker_cpu, strict=True)
        workers = ", ".join(f"{peak:.0f} MiB / {seconds:.1f} cpu-s" for peak, seconds in pairs)
        line += f"\n{'':18} client {run.cpu:.1f} cpu-s, {run.peak_mib:.0f} MiB; workers: {workers}"
    if run.cluster_start:
        line += (f"\n{'':18} cluster start {run.cluster_start:.1f} s; an empty task {run.task_ms:.1f} ms; "
                 f"{run.shards} shards, {run.shard_bytes / 2**20:.1f} MiB "
                 f"({run.shard_bytes / 1024 / corpus.articles:.1f} KiB an article)")
    return line


def summarise(runs: list[Run], corpus: Corpus, *, workers: int, day: int) -> None:
    """Medians over the rounds: the ratios, the databases compared, each engine's
    workers' rate, the day's estimate (from the dask runs)."""
    labels = {run.label: [r for r in runs if r.label == run.label] for run in runs}

    def median(label: str, key: str) -> float:
        return statistics.median(getattr(run, key) for run in labels[label])

    one, two, dask = "local --jobs 1", "local --jobs 2", f"dask, {workers} workers"
    for faster, slower in ((two, one), (dask, one), (dask, two)):
        if faster in labels and slower in labels:
            print(f"{faster} over {slower}: {median(slower, 'seconds') / median(faster, 'seconds'):.2f}x (wall), "
                  f"{median(slower, 'own_seconds') / median(faster, 'own_seconds'):.2f}x (runs' own time)")
    stored = {run.stored for run in runs}
    size = statistics.median(run.db_bytes for run in runs)
    print("databases: " + ("the same in every run: " if len(stored) == 1 else "DIFFER: ") + " | ".join(sorted(stored))
          + f"; {size / 2**20:.1f} MiB ({size / 1024 / corpus.articles:.1f} KiB an article)")
    for label, group in labels.items():
        if group[0].worker_cpu:
            rate = statistics.median(corpus.words / sum(run.worker_cpu) for run in group)
            client = statistics.median(corpus.articles / run.cpu for run in group)
            print(f"{label}: {rate:,.0f} words per worker cpu-s; the client (reading, cleaning, storing): "
                  f"{client:,.1f} articles/cpu-s")
    if dask in labels:
        estimate(labels[dask], corpus, day=day)


def estimate(runs: list[Run], corpus: Corpus, *, day: int) -> None:
    """What the dask runs' rates make of `day` articles of this corpus's mean length."""
    per_worker = statistics.median(corpus.words / sum(run.worker_cpu) for run in runs)
    client = statistics.median(corpus.articles / run.cpu for run in runs)
    peak = max(peak for run in runs for peak in run.worker_peak_mib)
    mean_words = corpus.words / corpus.articles
    core_hours = day * mean_words / per_worker / 3600
    print(f"{day:,} articles of {mean_words:.0f} words: {core_hours:.1f} worker core-hours "
          f"({core_hours / 24:.2f} cores to keep up over a day, {core_hours:.0f} cores to do it in an hour; "
          f"worker peak {peak:,.0f} MiB); the client: {day / client / 3600:.1f} hours of its one writer")


if __name__ == "__main__":
    main()
