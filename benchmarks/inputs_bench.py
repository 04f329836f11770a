"""Inputs benchmark (not a test): how the cleaner reads real wire text, before and after.

    .venv/bin/python benchmarks/inputs_bench.py [JSONL] [--base REV]

JSONL defaults to ../shared/corpus/te3-news/articles.jsonl (2,668 real wire articles);
any JSON Lines file with a `text` field per row will do (`title`, `published`, `id`
optional). "Before" is the cleaner at git revision REV (default d74b68c, the revision
this work started from); "after" is the working tree. Each runs in its own subprocess
over the same rows: REV's `src/` is exported with `git archive` into a temporary
directory and put first on PYTHONPATH, so both sides run their own code unchanged.

The rows are read three ways:
  - as JSON lines, through the readers (`title` and `published` fields as given);
  - as text alone, each row's `text` as a .txt file would give it (no title, no date);
  - as text alone with the row's `published` given as `--published` would give it
    (the horizon that lends a year to a dateline without one).
For each, it prints:
  - ledes taken as headlines: a paragraph marked as the headline that is not the row's
    `title` and reads as a sentence (closing punctuation, or more than 25 words); and
    datelines and other lines taken as headlines, counted apart (other lines include
    real headlines that a text repeats under an empty `title`);
  - undated articles (no publication date at all);
  - articles dated from their own text, by the dateline form the date came from (the form
    is named by the working tree's recogniser on each side's own paragraphs), and, for
    "after", every form found whether or not it gave a date.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_JSONL = REPO / ".." / "shared" / "corpus" / "te3-news" / "articles.jsonl"
DEFAULT_BASE = "d74b68c"
MODES = ("jsonl", "text", "text+horizon")
HEAD_PARAGRAPHS = 8

# Run in a subprocess against either revision: only API both revisions have
# (`read_inputs`, `RawDocument`, `make_article(raw, published=...)`).
CHILD = r"""
import datetime as dt, json, sys
from dyadwatch.clean import make_article
from dyadwatch.errors import InputError
from dyadwatch.sources import RawDocument, read_inputs

path, mode = sys.argv[1], sys.argv[2]

def summary(row_id, article):
    paragraphs = [(p.text, p.role) for p in article.paragraphs]
    return {"id": row_id, "paragraphs": paragraphs[:12], "published": str(article.published or ""),
            "published_source": article.published_source}

def emit(record):
    sys.stdout.write(json.dumps(record) + "\n")

if mode == "jsonl":
    for number, item in enumerate(read_inputs([path]), start=1):
        if isinstance(item, InputError):
            emit({"id": item.source, "error": item.reason})
            continue
        try:
            emit(summary(item.id or item.source, make_article(item)))
        except InputError as error:
            emit({"id": item.id or item.source, "error": error.reason})
else:
    for number, line in enumerate(open(path, encoding="utf-8"), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text") or ""
        row_id = row.get("id") or f"row-{number}"
        horizon = dt.date.fromisoformat(row["published"][:10]) if mode == "text+horizon" and row.get("published") else None
        raw = RawDocument(source=f"{row_id}.txt", kind="text", content=text, raw_sha256="")
        try:
            emit(summary(row_id, make_article(raw, published=horizon)))
        except InputError as error:
            emit({"id": row_id, "error": error.reason})
"""


def export_revision(revision: str, into: Path) -> Path:
    """The `src/` tree of `revision`, written under `into`."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def run_side(src: Path, jsonl: Path, mode: str) -> dict[str, dict]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(jsonl), mode], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the cleaner at {src} failed:\n{done.stderr[-2000:]}")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    return {record["id"]: record for record in records}


def load_rows(jsonl: Path) -> dict[str, dict]:
    rows = {}
    for number, line in enumerate(jsonl.open(encoding="utf-8"), start=1):
        if line.strip():
            row = json.loads(line)
            rows[row.get("id") or f"row-{number}"] = row
    return rows


def measure(records: dict[str, dict], rows: dict[str, dict], *, mode: str) -> collections.Counter:
    """The counts of one side in one mode."""
    from dyadwatch.clean.dateline import find_dateline, find_datelines, is_dateline
    from dyadwatch.clean.text import ends_sentence

    counts: collections.Counter = collections.Counter()
    for row_id, record in records.items():
        if "error" in record:
            counts["refused (no article)"] += 1
            continue
        row = rows.get(row_id, {})
        true_title = " ".join((row.get("title") or "").split())  # the truth, whether the cleaner had it or not
        for text, role in record["paragraphs"]:
            if role == "title" and " ".join(text.split()) != true_title:
                kind = ("ledes" if ends_sentence(text) or len(text.split()) > 25 else
                        "datelines" if is_dateline(text) else "other lines")
                counts[f"{kind} taken as headlines"] += 1
        if not record["published"]:
            counts["undated articles"] += 1
        head = [text for text, _ in record["paragraphs"][:HEAD_PARAGRAPHS]]
        horizon = _horizon(row) if mode == "text+horizon" else None
        if record["published_source"] == "dateline":
            chosen = find_dateline(head, horizon=horizon)
            counts[f"dated from text: {chosen.form if chosen else '(form not named)'}"] += 1
        for found in {d.form for d in find_datelines(head, horizon=horizon)}:
            counts[f"found: {found}"] += 1
    return counts


def _horizon(row: dict):
    import datetime as dt

    return dt.date.fromisoformat(row["published"][:10]) if row.get("published") else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT_JSONL)
    parser.add_argument("--base", default=DEFAULT_BASE, help="git revision of 'before' [default: %(default)s]")
    args = parser.parse_args()
    if not args.jsonl.exists():
        sys.exit(f"{args.jsonl}: not found (../shared absent? give a JSON Lines file)")
    sys.path.insert(0, str(REPO / "src"))
    rows = load_rows(args.jsonl)
    print(f"{args.jsonl}: {len(rows)} rows; before = {args.base}, after = working tree")
    with tempfile.TemporaryDirectory(prefix="inputs-bench-") as tmp:
        base_src = export_revision(args.base, Path(tmp))
        for mode in MODES:
            before = measure(run_side(base_src, args.jsonl, mode), rows, mode=mode)
            after = measure(run_side(REPO / "src", args.jsonl, mode), rows, mode=mode)
            _print_table(mode, before, after)


def _print_table(mode: str, before: collections.Counter, after: collections.Counter) -> None:
    titles = {"jsonl": "as JSON lines (title, published as given)", "text": "text alone (no title, no date)",
              "text+horizon": "text alone, the row's date as --published"}
    print(f"\n{titles[mode]}{'':<{max(0, 52 - len(titles[mode]))}} {'before':>8} {'after':>8}")
    fixed = ["ledes taken as headlines", "datelines taken as headlines", "other lines taken as headlines",
             "undated articles", "refused (no article)"]
    dated = sorted(k for k in set(before) | set(after) if k.startswith("dated from text"))
    found = sorted(k for k in set(before) | set(after) if k.startswith("found: "))
    for key in (*fixed, *dated):
        print(f"  {key:<50} {before[key]:>8} {after[key]:>8}")
    for key in found:
        print(f"  {key:<50} {'':>8} {after[key]:>8}")


if __name__ == "__main__":
    main()
