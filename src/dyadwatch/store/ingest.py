"""Ingest's writing side: annotated articles into the store, idempotently. What to
read, what to skip and what to annotate is `dyadwatch.run`'s to decide; this module
writes what it is handed and says what the store holds.

- An article already stored with the same text by the same pipeline version, and not
  waiting for a date it now has, is "unchanged" (`StoreWriter.holds`): the caller
  skips it before it is parsed.
- An article stored by another pipeline version (or under the same id with another
  text) is written again, its rows replaced ("updated"); nothing else changes.
- An article stored without a date that now has one is written again with it, its
  rows replaced in place ("re-dated"): no second copy.
- An article whose date cannot be found is stored all the same, undated; the summary
  names each one.
- A new article whose body is a near-copy of a stored one is stored and linked to it
  ("duplicate"); its reports join the original's real-world events.
- Articles are written in batches, each batch with all its rows and the re-clustering
  it causes in one transaction: a run killed at any point leaves the database as it
  was after the last whole batch, and running the same command again finishes the job.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from dyadwatch.errors import InputError
from dyadwatch.records import AnnotatedArticle, Article
from dyadwatch.store.dyad_events import update_dyad_events
from dyadwatch.store.party_events import update_party_events
from dyadwatch.store.real_events import recluster
from dyadwatch.store.report_tokens import update_report_tokens
from dyadwatch.store.dedup import (
    DEFAULT_THRESHOLD,
    SCHEME,
    NearDuplicateIndex,
    make_signature,
    refresh_signatures,
    signature_bytes,
)
from dyadwatch.store.rows import RowBuilder, StoredArticle, group_rows, text_sha256
from dyadwatch.store.schema import ARTICLE_TABLES, DEFAULT_DB, StoreError
from dyadwatch.store.sharing import DEFAULT_WAIT, ingest_turn, writing

DEFAULT_BATCH_SIZE = 32


@dataclasses.dataclass(slots=True)
class IngestSummary:
    """What a run did: articles by outcome, event rows and words written, the
    database's totals."""

    new: int = 0
    duplicate: int = 0
    unchanged: int = 0
    updated: int = 0
    redated: int = 0
    failed: int = 0
    not_coded: int = 0
    events: int = 0
    words: int = 0
    stored_articles: int = 0
    stored_events: int = 0
    real_world_events: int = 0
    seconds: float = 0.0
    errors: list[InputError] = dataclasses.field(default_factory=list)
    notices: list[InputError] = dataclasses.field(default_factory=list)
    undated: list[str] = dataclasses.field(default_factory=list)  # sources of articles stored with no date

    @property
    def articles(self) -> int:
        """Inputs seen so far, whatever their outcome."""
        return self.new + self.duplicate + self.unchanged + self.updated + self.redated + self.failed + self.not_coded

    def record(self) -> dict[str, Any]:
        fields = ("new", "duplicate", "unchanged", "updated", "redated", "failed", "not_coded", "events", "words",
                  "stored_articles", "stored_events", "real_world_events")
        record: dict[str, Any] = {name: getattr(self, name) for name in fields}
        record["seconds"] = round(self.seconds, 2)
        record["errors"] = [{"source": e.source, "reason": e.reason} for e in self.errors]
        record["notices"] = [{"source": e.source, "reason": e.reason} for e in self.notices]
        record["undated"] = list(self.undated)
        return record


@contextlib.contextmanager
def open_writer(
    db: str | Path = DEFAULT_DB,
    *,
    extractor: str,
    threshold: float = DEFAULT_THRESHOLD,
    wait: float = DEFAULT_WAIT,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[StoreWriter]:
    """A writer for the database `db` (created if missing) under the pipeline version
    `extractor`, for one ingest run (one at a time per database). The database is open
    only while a batch is written (`sharing.py`): readers go on between batches; a busy
    database is waited for up to `wait` seconds (`on_wait` is told once, with who holds it)."""
    notify = on_wait or _silent
    with ingest_turn(db, wait=wait, on_wait=notify):
        yield StoreWriter(functools.partial(writing, db, wait=wait, on_wait=notify), extractor=extractor,
                          threshold=threshold)


def _silent(message: str) -> None:
    pass


@dataclasses.dataclass(slots=True, frozen=True)
class _Known:
    seq: int
    extractor: str
    text_sha256: str
    duplicate_of: str | None
    similarity: float | None
    published: dt.date | None


Turn = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


class StoreWriter:
    """Writes annotated articles to a database, batch by batch. `turns` opens the
    database for one step (loading what is stored, one batch, the totals) and closes it
    after; a connection can be given instead, used for every step."""

    def __init__(self, turns: Turn | duckdb.DuckDBPyConnection, *, extractor: str,
                 threshold: float = DEFAULT_THRESHOLD):
        if isinstance(turns, duckdb.DuckDBPyConnection):
            turns = functools.partial(contextlib.nullcontext, turns)
        self.turns: Turn = turns
        self.extractor = extractor
        with self.turns() as con:
            self.con = con
            self._load(con, threshold=threshold)

    def _load(self, con: duckdb.DuckDBPyConnection, *, threshold: float) -> None:
        _in_transaction(con, lambda: refresh_signatures(con))
        self.known = {
            row[0]: _Known(*row[1:])
            for row in con.execute(
                "SELECT id, seq, extractor, text_sha256, duplicate_of, similarity, published FROM articles"
            ).fetchall()
        }
        [(last_article, last_event)] = con.execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles), (SELECT coalesce(max(seq), 0) FROM events)"
        ).fetchall()
        self.next_article_seq = last_article + 1
        self.next_event_seq = last_event + 1
        self.index = NearDuplicateIndex.load(con, threshold=threshold)
        self._published = {article_id: known.published for article_id, known in self.known.items()}

    def holds(self, article: Article) -> bool:
        """Is `article` stored as it is now (same text, this pipeline version), and not
        waiting for a date it now has? Then writing it again would change nothing."""
        return self._stored_as_is(article) and not self._redates(article)

    def _stored_as_is(self, article: Article) -> bool:
        """Stored with the same text by this pipeline version."""
        known = self.known.get(article.id)
        return known is not None and (known.extractor, known.text_sha256) == (self.extractor, text_sha256(article.text))

    def _redates(self, article: Article) -> bool:
        """Was `article` stored without a date, and does it come with one now?"""
        known = self.known.get(article.id)
        return known is not None and known.published is None and article.published is not None

    def write(self, batch: list[AnnotatedArticle], summary: IngestSummary) -> None:
        """Store a batch in one transaction: all its rows, or (on any failure) none."""
        if not batch:
            return
        rows = RowBuilder(first_event_seq=self.next_event_seq, ingested_at=_now())
        planned = [self._plan(annotated) for annotated in batch]
        for stored, signature in planned:
            rows.add(stored, signature=signature, scheme=SCHEME)
        replaced = [(s.annotated.article.id, s.seq) for s, _ in planned if s.annotated.article.id in self.known]
        tables = rows.tables()
        with self.turns() as con:
            self.con = con
            _in_transaction(con, lambda: self._write_tables(tables, replaced))
        for stored, _ in planned:
            article = stored.annotated.article
            outcome = self._outcome(stored)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if article.published is None:
                summary.undated.append(article.source)
            summary.words += len(article.text.split())
            self.known[article.id] = _Known(stored.seq, stored.extractor, text_sha256(article.text),
                                            stored.duplicate_of, stored.similarity, article.published)
        summary.events += tables["events"].num_rows
        self.next_event_seq = rows.next_event_seq

    def _outcome(self, stored: StoredArticle) -> str:
        article = stored.annotated.article
        if article.id not in self.known:
            return "duplicate" if stored.duplicate_of else "new"
        return "redated" if self._redates(article) and self._stored_as_is(article) else "updated"

    def _plan(self, annotated: AnnotatedArticle) -> tuple[StoredArticle, bytes]:
        article = annotated.article
        signature = make_signature(article)
        known = self.known.get(article.id)
        if known is not None and known.text_sha256 == text_sha256(article.text):
            duplicate_of, similarity, seq = known.duplicate_of, known.similarity, known.seq
        else:
            original = self.index.find(signature, exclude=article.id)
            duplicate_of = original.id if original else None
            similarity = original.similarity if original else None
            seq = known.seq if known is not None else self._take_article_seq()
        self.index.add(article.id, signature, root=duplicate_of or article.id, seq=seq)
        self._published[article.id] = article.published
        anchor = self._published.get(duplicate_of) if duplicate_of else None
        stored = StoredArticle(annotated, seq, self.extractor, duplicate_of, similarity, anchor)
        return stored, signature_bytes(signature)

    def _take_article_seq(self) -> int:
        seq, self.next_article_seq = self.next_article_seq, self.next_article_seq + 1
        return seq

    def _write_tables(self, tables: dict[str, pa.Table], replaced: list[tuple[str, int]]) -> None:
        groups = [group_rows(tables["events"])]
        emptied = np.zeros(0, dtype=np.uint64)
        if replaced:
            old_groups, emptied = self._delete_articles(replaced)
            groups.append(old_groups)
        for name, table in tables.items():
            if table.num_rows:
                self.con.register("_new_rows", table)
                try:
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _new_rows")
                finally:
                    self.con.unregister("_new_rows")
        merged = pa.concat_tables(groups, promote_options="permissive")
        touched = recluster(self.con, merged.group_by(merged.column_names).aggregate([]))
        changed = np.concatenate([touched, emptied])
        update_dyad_events(self.con, changed)
        update_party_events(self.con, changed)
        update_report_tokens(self.con, changed)

    def _delete_articles(self, replaced: list[tuple[str, int]]) -> tuple[pa.Table, np.ndarray]:
        """Delete the rows of articles about to be written again; the cluster groups
        their events were in, and the clusters they were reports of."""
        ids = [article_id for article_id, _ in replaced]
        seqs = [seq for _, seq in replaced]
        reports = self.con.sql(
            "SELECT DISTINCT event, actor_key, recipient_key, negated, hypothetical, cluster FROM events "
            "WHERE list_contains($ids, article_id)",
            params={"ids": ids},
        ).to_arrow_table()
        old = reports.drop_columns(["cluster"]).group_by(reports.column_names[:-1]).aggregate([])
        for table in ("articles", *ARTICLE_TABLES):
            if table == "dyads":
                self.con.execute("DELETE FROM dyads WHERE list_contains(?, article_seq)", [seqs])
            else:
                column = "id" if table == "articles" else "article_id"
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, {column})", [ids])
        return old, reports["cluster"].to_numpy().astype(np.uint64)

    def count_totals(self, summary: IngestSummary) -> None:
        with self.turns() as con:
            [(articles, events, clusters)] = con.execute(
                "SELECT (SELECT count(*) FROM articles), count(*), count(*) FILTER (WHERE first_report) FROM events"
            ).fetchall()
        summary.stored_articles, summary.stored_events, summary.real_world_events = articles, events, clusters


def _in_transaction(con: duckdb.DuckDBPyConnection, work: Callable[[], Any]) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        work()
        con.execute("COMMIT")
    except duckdb.Error as exc:
        _rollback(con)
        if _interrupted(exc):
            raise KeyboardInterrupt from exc  # Ctrl-C during a statement: an interruption, not a storage failure
        raise StoreError(
            f"writing to the database failed, nothing of this batch was stored ({exc}); "
            "check the disk space and permissions, then run the same command again to finish"
        ) from exc
    except BaseException:
        _rollback(con)
        raise


def _interrupted(exc: duckdb.Error) -> bool:
    """Did Ctrl-C stop the write? DuckDB turns a pending KeyboardInterrupt into its own
    InterruptException, or, when it caught the signal inside a statement, leaves the
    transaction aborted for the next one to report (no other failure is swallowed in a
    batch's transaction, so an aborted transaction means an interrupted one)."""
    return isinstance(exc, duckdb.InterruptException) or "transaction is aborted" in str(exc).lower()


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # the transaction is already gone (a failed COMMIT ends it)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
