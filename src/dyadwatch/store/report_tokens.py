"""The text search's word index: one row per word (token) of a report's sentence and
report, so that `events --text` reads the postings of its words instead of every
report's sentence.

A word is a run of letters and digits, lowercased: `tokens_sql` says so once, and the
same expression makes the index from the reports and the words of a query from its text
(`query_tokens`). A report matches a query when it has every word of it: the index
answers that exactly (the intersection of the words' postings), and `TEXT_MATCH` is the
same test over the sentence itself, for a reader with no index at hand (the exports'
report filter).

Each row keeps its report's cluster, so that `update_report_tokens` can be given the
touched clusters as the other precomputed tables are: ingest calls it in each batch's
transaction beside `update_dyad_events` and `update_party_events` (new reports,
re-clustered ones, replaced and re-dated articles: the clusters' rows are deleted and
made again from their reports); the migration that made the table fills it with every
cluster, and so does the store benchmark. The rows are kept sorted by token, then
report, so that DuckDB's zone maps skip all but the word's row groups, and, inside a
common word's, all but those of the few reports a rarer word left: rows written since
the last sort are appended (`sorted` false) and the table is rewritten in order when
they reach a twentieth of it.
"""

from __future__ import annotations

from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from dyadwatch.store.dyad_events import rewrite_sorted, sort_when_due, touched_clusters

# Letters and digits of any script; everything else (spaces, punctuation, apostrophes,
# hyphens, underscores) separates words, so "Pyongyang's" holds the word "pyongyang".
_WORD = r"[\p{L}\p{N}]+"


def tokens_sql(text: str) -> str:
    """The SQL expression of the distinct words of the SQL string expression `text`."""
    return f"list_distinct(regexp_extract_all(lower({text}), '{_WORD}'))"


# A report `e` has every word of the query text in the parameter `$text` (a text of no
# word, "%" or "?!", asks for what no report has).
TEXT_MATCH = f"len({tokens_sql('$text')}) > 0 AND list_has_all({tokens_sql('e.text')}, {tokens_sql('$text')})"

_FILL_SQL = f"""
INSERT INTO report_tokens BY NAME
SELECT unnest({tokens_sql('e.text')}) AS token, e.seq, e.cluster, false AS sorted
FROM events e SEMI JOIN _touched_token_clusters t ON t.cluster = e.cluster
"""


def update_report_tokens(con: duckdb.DuckDBPyConnection, clusters: np.ndarray | pa.Array) -> None:
    """Recompute the rows of the reports of the clusters `clusters` (uint64 ids) from
    the events table: a cluster's reports that are gone lose their rows, new or moved
    ones gain them. The caller holds the transaction."""
    with touched_clusters(con, "_touched_token_clusters", clusters) as touched:
        if not touched:
            return
        con.execute("DELETE FROM report_tokens WHERE cluster IN (SELECT cluster FROM _touched_token_clusters)")
        con.execute(_FILL_SQL)
    sort_when_due(con, "report_tokens", TOKEN_ORDER)


TOKEN_ORDER = "token, seq"


def sort_report_tokens(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite the table in token order (then report), every row marked sorted."""
    rewrite_sorted(con, "report_tokens", TOKEN_ORDER)


def query_tokens(con: duckdb.DuckDBPyConnection, text: str) -> list[str]:
    """The words of a query, rarest first in the index (a word no report has first of
    all): the order in which intersecting their postings reads the fewest rows."""
    [(words,)] = con.execute(f"SELECT {tokens_sql('$text')}", {"text": text}).fetchall()
    if not words:
        return []
    counts = " , ".join(f"(SELECT count(*) FROM report_tokens WHERE token = $w{n})" for n in range(len(words)))
    [found] = con.execute(f"SELECT {counts}", {f"w{n}": word for n, word in enumerate(words)}).fetchall()
    return [word for _, word in sorted(zip(found, words))]


def matching_reports_sql(words: list[str], *, prefix: str = "token") -> tuple[str, dict[str, Any]]:
    """SQL selecting the `seq` of the reports holding every word of `words` (rarest
    first; none when there is no word), and its parameters (named `{prefix}0`,
    `{prefix}1` …): the rarest word's postings, kept where each next word has a posting
    of the same report (a semi join built on the few reports kept so far, which also
    skips the next word's row groups outside their range)."""
    if not words:
        return "SELECT seq FROM report_tokens WHERE false", {}
    params = {f"{prefix}{n}": word for n, word in enumerate(words)}
    sql = f"SELECT seq FROM report_tokens WHERE token = ${prefix}0"
    for n in range(1, len(words)):
        sql = f"SELECT seq FROM report_tokens WHERE token = ${prefix}{n} AND seq IN ({sql})"
    return sql, params
