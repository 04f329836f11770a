"""User benchmark (not a test): dyadwatch as a user meets it, against the bare spaCy
pipeline, each in a fresh process, end to end.

    .venv/bin/python benchmarks/user_bench.py [--limit 60] [--runs 2] [--corpus ../shared/corpus/polnear]
                                              [--one-article] [--profile]

On the first N PolNeAR articles (sorted by path), alternately, `--runs` times:
  - `dyadwatch extract --quiet DIR` in a fresh process (start-up, model load, reading,
    cleaning, parsing, coding, output);
  - the bare spaCy pipeline in a fresh process: `spacy.load` of the model dyadwatch loads
    (all its components, none of dyadwatch's additions), then `nlp.pipe` over the same
    files' full texts at spaCy's default batch size.
For each: wall time, words/s (whitespace-separated words of the files) and peak memory
(max RSS of the process, from `resource.getrusage(RUSAGE_CHILDREN)` in a fresh runner
process); then the ratios (speed: dyadwatch words/s ÷ spaCy words/s; memory: dyadwatch
peak ÷ spaCy peak) and how far dyadwatch is behind, in seconds of wall time and of CPU
(user and system, from the same `getrusage`: on a machine other work shares, the CPU
seconds move less than the wall), per run and at the median. Then one short article
end to end (load and parse) both ways, and `dyadwatch --help`. Figures depend on the
machine and on what else runs on it; only figures measured in the same run compare.

dyadwatch keeps knowledge it built in its cache (`dyadwatch.cache`): the runs here use a
fresh cache directory, filled by one untimed run first, so they are a user's second and
later runs; the one-article part also times one run with an empty cache (a first run).
`--one-article` runs only that part (and `--help`); `--profile` prints, after each
dyadwatch run, its seconds per part (reading, cleaning, language id, the model's load,
parse, each annotation stage, output: `DYADWATCH_PROFILE`, `dyadwatch.timing`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "polnear"

# A fresh runner per measurement: it runs one command, and its RUSAGE_CHILDREN is then
# that command's alone.
RUNNER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_kib": usage.ru_maxrss,
                  "status": done.returncode, "stderr": done.stderr[-2000:]}))
"""

BARE_SPACY = """
import sys
import spacy
model, listing = sys.argv[1], sys.argv[2]
paths = open(listing, encoding="utf-8").read().split("\\n")
texts = [open(path, encoding="utf-8", errors="replace").read() for path in paths if path]
nlp = spacy.load(model)
for _ in nlp.pipe(texts):
    pass
"""


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_mib: float
    cpu: float  # seconds of CPU, user and system


@dataclass(frozen=True)
class Settings:
    """What every dyadwatch run of the benchmark shares."""

    cache: Path  # its knowledge cache (DYADWATCH_CACHE_DIR)
    profile: bool = False  # print each run's seconds per part


def measure(command: list[str], *, env: dict[str, str] | None = None, profile: bool = False) -> Measure:
    """Wall time and peak RSS of `command` run in a fresh process (failure: exit); with
    `profile`, the profile the command printed on standard error is shown."""
    done = subprocess.run([sys.executable, "-c", RUNNER, *command], capture_output=True, text=True, check=True,
                          env={**os.environ, **(env or {})})
    result = json.loads(done.stdout)
    if result["status"] != 0:
        sys.exit(f"{' '.join(command[:4])} … exited {result['status']}:\n{result['stderr']}")
    if profile:
        lines = result["stderr"].splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("profile ")), len(lines))
        print("\n".join(lines[start:]) or "(no profile printed)", flush=True)
    return Measure(result["seconds"], result["peak_kib"] / 1024, result["cpu"])


def measure_dyadwatch(folder: Path, settings: Settings, *, cache: Path | None = None) -> Measure:
    env = {"DYADWATCH_CACHE_DIR": str(cache or settings.cache), "DYADWATCH_PROFILE": "1" if settings.profile else ""}
    return measure(dyadwatch_command(folder), env=env, profile=settings.profile)


def corpus_files(corpus: Path, limit: int) -> list[Path]:
    files = sorted(corpus.glob("*/text/*.txt"))
    if not files:
        sys.exit(f"user_bench: skipped: no PolNeAR articles under {corpus} (the corpus lives in ../shared, "
                 "outside the repository; give --corpus)")
    return files[:limit]


def words_of(files: list[Path]) -> int:
    return sum(len(path.read_text("utf-8", errors="replace").split()) for path in files)


def linked(files: list[Path], folder: Path) -> Path:
    """A folder holding (links to) exactly these files, for `dyadwatch extract DIR`."""
    folder.mkdir(parents=True)
    for path in files:
        (folder / path.name).symlink_to(path.resolve())
    listing = folder.parent / f"{folder.name}.list"
    listing.write_text("\n".join(str(path.resolve()) for path in files), encoding="utf-8")
    return folder


def dyadwatch_command(folder: Path) -> list[str]:
    return [sys.executable, "-m", "dyadwatch", "extract", "--quiet", str(folder)]


def spacy_command(folder: Path, model: str) -> list[str]:
    return [sys.executable, "-c", BARE_SPACY, model, str(folder.parent / f"{folder.name}.list")]


def compare(label: str, folder: Path, words: int, *, model: str, runs: int, settings: Settings) -> None:
    """Alternating fresh runs of both; each run's figures, then the medians."""
    ours, bare = [], []
    for run in range(1, runs + 1):
        bare.append(measure(spacy_command(folder, model)))
        ours.append(measure_dyadwatch(folder, settings))
        print(_line(f"{label} run {run}", ours[-1], bare[-1], words), flush=True)
    if runs > 1:
        median = lambda ms, key: statistics.median(getattr(m, key) for m in ms)  # noqa: E731
        print(_line(f"{label} median", Measure(*(median(ours, key) for key in ("seconds", "peak_mib", "cpu"))),
                    Measure(*(median(bare, key) for key in ("seconds", "peak_mib", "cpu"))), words), flush=True)


def _line(label: str, ours: Measure, bare: Measure, words: int) -> str:
    return (f"{label:24} dyadwatch {ours.seconds:7.2f} s {words / ours.seconds:8,.0f} words/s {ours.peak_mib:7.0f} MiB"
            f" | spaCy {bare.seconds:7.2f} s {words / bare.seconds:8,.0f} words/s {bare.peak_mib:7.0f} MiB"
            f" | speed {bare.seconds / ours.seconds:.2f}x  memory {ours.peak_mib / bare.peak_mib:.2f}x"
            f" | behind {ours.seconds - bare.seconds:+.2f} s, CPU {ours.cpu - bare.cpu:+.2f} s")


def short_article(files: list[Path], *, at_least: int = 150) -> Path:
    """The shortest article of at least `at_least` words (a short news item, not a stub)."""
    sized = [(len(path.read_text("utf-8", errors="replace").split()), path) for path in files]
    return min((item for item in sized if item[0] >= at_least), default=min(sized))[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=60, help="Articles (the first N, sorted by path).")
    parser.add_argument("--runs", type=int, default=2, help="Alternating runs of each.")
    parser.add_argument("--one-article", action="store_true", help="Only the one short article (and --help).")
    parser.add_argument("--profile", action="store_true", help="Print each dyadwatch run's seconds per part.")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"user_bench: skipped: {args.corpus} is absent (the PolNeAR corpus lives in ../shared, "
                 "outside the repository; give --corpus)")
    from dyadwatch.nlp import DEFAULT_MODEL

    files = corpus_files(args.corpus, args.limit)
    words = words_of(files)
    short = short_article(files)
    print(f"corpus: {len(files)} PolNeAR articles, {words:,} words; model {DEFAULT_MODEL}; "
          f"{os.cpu_count()} CPUs; {args.runs} alternating run(s), fresh processes", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(cache=Path(tmp) / "cache", profile=args.profile)
        one = linked([short], Path(tmp) / "one")
        measure_dyadwatch(one, Settings(cache=settings.cache))  # untimed: fills the cache
        if not args.one_article:
            folder = linked(files, Path(tmp) / "articles")
            compare(f"{len(files)} articles", folder, words, model=DEFAULT_MODEL, runs=args.runs, settings=settings)
        print(f"short article: {short.name} ({words_of([short])} words)")
        cold = measure_dyadwatch(one, settings, cache=Path(tmp) / "empty-cache")
        print(f"{'one article, first run':24} dyadwatch {cold.seconds:7.2f} s {cold.peak_mib:7.0f} MiB "
              "(empty cache: builds it)", flush=True)
        compare("one article", one, words_of([short]), model=DEFAULT_MODEL, runs=args.runs, settings=settings)
    for run in range(1, args.runs + 1):
        helped = measure([sys.executable, "-m", "dyadwatch", "--help"])
        print(f"{'dyadwatch --help':24} run {run}: {helped.seconds:.2f} s {helped.peak_mib:5.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
