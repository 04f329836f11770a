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
echo "Russia–North Korea, by year. The relation line: RUS->PRK, PRK->RUS and 'between' (both ways, scored);"
echo "RUS+PRK is what the two do together (alignment: counted, not scored toward each other):"
.venv/bin/dyadwatch dyad RUS PRK --db "$db" --format table --evidence 1
echo
echo "The same as JSON Lines, one line per period and series (what a pipe gets):"
.venv/bin/dyadwatch dyad RUS PRK --db "$db" --evidence 0 --since 2024-01-01 | cut -c1-160
echo
echo "Sanctions flags stored at ingest (one row per real-world event and rule, denied/hypothetical marked):"
.venv/bin/dyadwatch sanctions --db "$db" --format table
echo
echo "More: 'dyadwatch events --between RUS \"Kim Jong Un\" --db $db', 'dyadwatch export --db $db --format csv --actor PRK',"
echo "'dyadwatch sanctions PATH...' for files not ingested, 'dyadwatch export --db $db --format graphml',"
echo "'dyadwatch extract FILE' for one article's events with their evidence;"
echo "'.venv/bin/dyadwatch serve' to look at the same database in a browser (http://127.0.0.1:8000/)."
