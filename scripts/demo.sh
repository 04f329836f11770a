#!/usr/bin/env bash
# Quick start, step 1: set up .venv (if missing), ingest the bundled example corpus into
# the embedded database, and print the Russia–North Korea relations summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
db=${DYADWATCH_DB:-dyadwatch.duckdb}
echo "Ingesting examples/corpus into $db (rerunning changes nothing)"
.venv/bin/dyadwatch ingest --db "$db" examples/corpus
echo
echo "Russia–North Korea, by year (A->B: RUS acts on PRK; B->A: PRK on RUS; A+B: together):"
.venv/bin/dyadwatch dyad RUS PRK --db "$db" --format table --evidence 1
echo
echo "Flagged under the UN sanctions on North Korea:"
.venv/bin/dyadwatch sanctions examples/corpus --quiet --format table
echo
echo "More: 'dyadwatch events --between RUS PRK --db $db', 'dyadwatch export --db $db --format graphml',"
echo "'dyadwatch extract FILE' for one article's events with their evidence;"
echo "'.venv/bin/dyadwatch serve' to look at the same database in a browser (http://127.0.0.1:8000/)."
