#!/usr/bin/env bash
# Quick start, step 1: set up .venv (if missing) and run dyadwatch on the bundled
# example corpus. Today the pipeline cleans articles (text, paragraph roles, dates);
# the event database, `dyadwatch dyad RUS PRK` and the web app join this script as they land.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=.demo
mkdir -p "$out"
.venv/bin/dyadwatch info
echo
echo "Cleaning examples/corpus → $out/articles.jsonl"
.venv/bin/dyadwatch clean examples/corpus > "$out/articles.jsonl"
.venv/bin/python - "$out/articles.jsonl" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
rows.sort(key=lambda r: r["published"] or "")
print(f"\n{len(rows)} articles, by publication date (date source, body/caption/furniture paragraphs, headline):\n")
for r in rows:
    roles = [p["role"] for p in r["paragraphs"]]
    counts = f'{roles.count("body")}/{roles.count("caption")}/{roles.count("boilerplate")}'
    print(f'{r["published"] or "unknown":10}  {r["published_source"]:8}  {counts:>8}  {(r["title"] or "")[:70]}')
PY
echo
echo "Next: 'dyadwatch annotate FILE' shows one article's paragraphs and annotations;"
echo "the event store, the RUS–PRK relations summary and the web app are not built yet (see docs/ARCHITECTURE.md)."
