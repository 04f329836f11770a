"""Scale benchmark (not a test): throughput and memory of dyadwatch against the bare
spaCy pipeline on the same texts, in one run.

    .venv/bin/python benchmarks/scale_bench.py [--corpus ../shared/corpus/polnear] [--sizes 100,1000,10000]
        [--fresh 60,1008] [--runs 3] [--no-warm]

Prints, on the PolNeAR corpus (1,008 real articles; replicated for the larger sizes):
  - what a user meets, first: for each count in --fresh, a fresh `dyadwatch extract`
    process against a fresh bare spaCy process (the same model with all its components,
    `nlp.pipe` over the full texts at spaCy's default batch size) on the same first N
    articles, --runs alternating runs, wall time and peak memory as ratios, and their
    median (`user_bench.compare`); then one short article, load and parse;
  - then, labelled as such, the warm in-process figure: articles/s and words/s of the
    bare spaCy pipeline and of dyadwatch end to end (read, clean, parse, actors,
    quotes, events) in this process on the same texts, alternating, best of 2, and
    their ratio (skipped with --no-warm);
  - peak memory (max RSS of a fresh process) for each size in --sizes;
  - the speed-up of --jobs 2 over --jobs 1 end to end.
Figures depend on the machine; only ratios measured in the same run compare.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus_files(corpus: Path) -> list[Path]:
    files = sorted(corpus.glob("*/text/*.txt")) or sorted(corpus.rglob("*.txt"))
    if not files:
        sys.exit(f"no .txt articles under {corpus} (../shared absent? the benchmark needs the PolNeAR corpus)")
    return files


def replicate(files: list[Path], size: int, folder: Path) -> Path:
    """`size` article files in `folder`, cycling through the corpus (each copy gets its
    own name, so it is its own article)."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(size):
        source = files[index % len(files)]
        (folder / f"{index:06d}-{source.name}").write_bytes(source.read_bytes())
    return folder


def bare_spacy(texts: list[str]) -> float:
    from dyadwatch.nlp import DEFAULT_BATCH_SIZE, DEFAULT_MODEL

    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
        pass
    return time.perf_counter() - start


def end_to_end(folder: Path, *, jobs: int) -> tuple[float, int]:
    from dyadwatch.engines.local import LocalEngine
    from dyadwatch.run import annotate_paths

    start = time.perf_counter()
    count = sum(1 for _ in annotate_paths([str(folder)], engine=LocalEngine(jobs=jobs)))
    return time.perf_counter() - start, count


PEAK_SCRIPT = """
import resource, sys
from dyadwatch.cli import main
sys.argv = ["dyadwatch", "extract", "--quiet", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def peak_memory(folder: Path) -> float:
    """Max RSS (MiB) of a fresh process running `dyadwatch extract` over the folder."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("MAXRSS"))
    return int(line.split()[1]) / 1024


def fresh_processes(corpus: Path, counts: list[int], *, runs: int) -> None:
    """The fresh-process comparison of `user_bench.py` for each article count, then one
    short article."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import user_bench
    from dyadwatch.nlp import DEFAULT_MODEL

    if not counts:
        return
    with tempfile.TemporaryDirectory() as tmp:
        settings = user_bench.Settings(cache=Path(tmp) / "cache")
        files = user_bench.corpus_files(corpus, max(counts))
        short = user_bench.short_article(files)
        one = user_bench.linked([short], Path(tmp) / "one")
        user_bench.measure_dyadwatch(one, settings)  # untimed: fills the cache
        print(f"fresh processes (what a user meets), {runs} alternating runs, model {DEFAULT_MODEL}:", flush=True)
        for count in counts:
            chosen = files[:count]
            folder = user_bench.linked(chosen, Path(tmp) / f"first-{count}")
            user_bench.compare(f"{len(chosen)} articles", folder, user_bench.words_of(chosen), model=DEFAULT_MODEL,
                               runs=runs, settings=settings)
        user_bench.compare(f"one article ({user_bench.words_of([short])} w)", one, user_bench.words_of([short]),
                           model=DEFAULT_MODEL, runs=runs, settings=settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO / ".." / "shared" / "corpus" / "polnear")
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--fresh", default="60,1008",
                        help="Article counts for the fresh-process comparison ('' for none).")
    parser.add_argument("--runs", type=int, default=3, help="Alternating fresh runs of each (the median is printed).")
    parser.add_argument("--no-warm", action="store_true", help="Leave out the warm in-process figure.")
    args = parser.parse_args()
    fresh_processes(args.corpus, [int(n) for n in args.fresh.split(",") if n], runs=args.runs)
    if args.no_warm:
        return
    from dyadwatch.nlp import load_nlp

    load_nlp()
    files = corpus_files(args.corpus)
    texts = [f.read_text("utf-8", errors="replace") for f in files]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = replicate(files, len(files), Path(tmp) / "corpus")
        bare = min(bare_spacy(texts) for _ in range(2))
        ours = min(end_to_end(folder, jobs=1)[0] for _ in range(2))
        print(f"warm, in one process (model and memos loaded; not what a user meets): {len(files)} articles, "
              f"{words:,} words")
        print(f"bare spaCy:      {len(files) / bare:7.1f} articles/s  {words / bare:9,.0f} words/s")
        print(f"dyadwatch (e2e): {len(files) / ours:7.1f} articles/s  {words / ours:9,.0f} words/s")
        print(f"warm ratio dyadwatch/spaCy: {bare / ours:.2f}")
        two, _ = end_to_end(folder, jobs=2)
        print(f"--jobs 2 speed-up: {ours / two:.2f}x")
        for size in (int(s) for s in args.sizes.split(",")):
            sized = replicate(files, size, Path(tmp) / f"n{size}")
            print(f"peak memory at {size:>6} articles: {peak_memory(sized):7.1f} MiB", flush=True)


if __name__ == "__main__":
    main()
