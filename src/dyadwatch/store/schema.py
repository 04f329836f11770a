"""The database: one DuckDB file, its schema created and upgraded by named, ordered
migrations recorded in the `_migrations` table (sqlite-utils `migrations.py`).

A migration is never edited once released: a change to the schema is a new migration
appended to `MIGRATIONS`. Each one runs in its own transaction together with the row
that records it, so an interrupted upgrade leaves the database at the migration before.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from dyadwatch.errors import DyadwatchError

DEFAULT_DB = "dyadwatch.duckdb"


class StoreError(DyadwatchError):
    """The database cannot be opened, read or written."""


class DatabaseLockedError(StoreError):
    """Another process holds the database file (DuckDB: one writer, or readers)."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__(f"{path} is in use by {holder}; try again when it is done")
        self.path = path
        self.holder = holder


_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


def lock_holder(message: str) -> str:
    """Who holds the lock, from DuckDB's message ('Conflicting lock is held in … (PID 123)')."""
    found = _LOCK_HOLDER.search(message)
    return describe_process(int(found.group(1))) if found else "another process"


def describe_process(pid: int) -> str:
    """A process as a person would name it: `dyadwatch serve` (process 123), or its
    program's name when it is not dyadwatch."""
    try:
        arguments = [a for a in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0") if a]
    except OSError:
        return f"process {pid}"
    for index, argument in enumerate(arguments):
        if argument == "dyadwatch" or argument.endswith("/dyadwatch"):
            return f"`{' '.join(['dyadwatch', *arguments[index + 1 : index + 2]])}` (process {pid})"
    return f"{Path(arguments[0]).name if arguments else 'a program'} (process {pid})"


@dataclasses.dataclass(slots=True, frozen=True)
class Migration:
    """A named schema step: its SQL, then `fill` (rows derived from what is stored) in
    the same transaction."""

    name: str
    sql: str
    fill: Callable[[duckdb.DuckDBPyConnection], None] | None = None


def _fill_dyad_events(con: duckdb.DuckDBPyConnection) -> None:
    """The dyad's precomputed events of every stored cluster, by ingest's own function
    (imported here: it loads numpy and pyarrow, which opening a database does not need)."""
    from dyadwatch.store.dyad_events import every_cluster, update_dyad_events

    update_dyad_events(con, every_cluster(con))


def _fill_party_events(con: duckdb.DuckDBPyConnection) -> None:
    """The events query's precomputed events of every stored cluster, by ingest's own
    function (imported here, as above)."""
    from dyadwatch.store.dyad_events import every_cluster
    from dyadwatch.store.party_events import update_party_events

    update_party_events(con, every_cluster(con))


def _fill_report_tokens(con: duckdb.DuckDBPyConnection) -> None:
    """The text search's index of every stored report, by ingest's own function
    (imported here, as above)."""
    from dyadwatch.store.dyad_events import every_cluster
    from dyadwatch.store.report_tokens import update_report_tokens

    update_report_tokens(con, every_cluster(con))


# Offsets are `char_start`/`char_end` (the records' `start`/`end`; END is an SQL keyword).
# Raw text as written always stays beside what was resolved from it (mention `text` beside
# `code`; event `date` beside `cluster_date`).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_articles",
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,              -- ingest order, 1, 2, 3 …
            source VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            byline VARCHAR,
            section VARCHAR,
            published DATE,
            published_source VARCHAR,
            language VARCHAR,
            raw_sha256 VARCHAR,
            text_sha256 VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            extractor VARCHAR NOT NULL,       -- pipeline version that made the rows below
            duplicate_of VARCHAR,             -- the stored article this is a copy of
            similarity DOUBLE,                -- estimated Jaccard similarity to it
            ingested_at TIMESTAMP NOT NULL
        );
        CREATE TABLE paragraphs (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            role VARCHAR NOT NULL,
            text VARCHAR NOT NULL
        );
        CREATE TABLE signatures (
            article_id VARCHAR NOT NULL,
            scheme VARCHAR NOT NULL,          -- how the MinHash was made (see dedup.py)
            minhash BLOB NOT NULL
        );
        """,
    ),
    Migration(
        "0002_annotations",
        """
        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,            -- as written
            ner_label VARCHAR,
            code VARCHAR,                     -- resolved actor, NULL if unresolved
            sectors VARCHAR[],
            name VARCHAR,
            person VARCHAR,
            office VARCHAR,
            rule VARCHAR
        );
        CREATE TABLE times (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR,
            precision VARCHAR,
            range_start DATE,
            range_end DATE,
            anchor DATE,
            rule VARCHAR
        );
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            cue_start INTEGER NOT NULL,
            cue_end INTEGER NOT NULL,
            cue VARCHAR NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            content VARCHAR NOT NULL,
            direct BOOLEAN NOT NULL,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_text VARCHAR,
            speaker_code VARCHAR,
            medium VARCHAR,
            date DATE
        );
        """,
    ),
    Migration(
        "0003_events",
        """
        CREATE TABLE events (
            seq BIGINT NOT NULL,              -- store order; the join key of dyads
            id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            article_seq BIGINT NOT NULL,
            event VARCHAR NOT NULL,
            mode VARCHAR,
            context VARCHAR[] NOT NULL,
            actor_codes VARCHAR[] NOT NULL,   -- sorted, distinct
            recipient_codes VARCHAR[] NOT NULL,
            actor_key VARCHAR NOT NULL,       -- actor_codes joined by '|'
            recipient_key VARCHAR NOT NULL,
            date DATE,
            date_precision VARCHAR NOT NULL,
            event_text VARCHAR NOT NULL,
            text VARCHAR NOT NULL,            -- the sentence
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            negated BOOLEAN NOT NULL,
            hypothetical BOOLEAN NOT NULL,
            future BOOLEAN NOT NULL,
            historical BOOLEAN NOT NULL,
            score DOUBLE,
            quad_code TINYINT,
            pattern VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL,
            in_caption BOOLEAN NOT NULL,
            quote_index INTEGER,
            cluster_date DATE,                -- the date clustering uses (see cluster.py)
            cluster UBIGINT NOT NULL,         -- the real-world event this report is of
            first_report BOOLEAN NOT NULL     -- the cluster's earliest report (counts events)
        );
        CREATE TABLE actors (
            event_seq BIGINT NOT NULL,
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,            -- 'actor' or 'recipient'
            n INTEGER NOT NULL,
            code VARCHAR NOT NULL,
            sectors VARCHAR[] NOT NULL,
            name VARCHAR,
            person VARCHAR,
            office VARCHAR,
            rule VARCHAR
        );
        -- One row per (actor code, recipient code) pair of an event, or per pair of joint
        -- actors of an event without recipient: what the dyad query scans.
        CREATE TABLE dyads (
            event_seq BIGINT NOT NULL,
            article_seq BIGINT NOT NULL,
            kind VARCHAR NOT NULL,            -- 'directed' or 'joint' (codes sorted)
            actor_code VARCHAR NOT NULL,
            recipient_code VARCHAR NOT NULL,
            event VARCHAR NOT NULL,
            quad_code TINYINT,
            score DOUBLE,
            date DATE,
            factual BOOLEAN NOT NULL,         -- neither negated nor hypothetical
            cluster UBIGINT NOT NULL,
            first_report BOOLEAN NOT NULL
        );
        CREATE TABLE flags (
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            n INTEGER NOT NULL,
            rule VARCHAR NOT NULL,
            regime VARCHAR NOT NULL,
            matched VARCHAR[] NOT NULL,
            reason VARCHAR NOT NULL,
            score DOUBLE
        );
        """,
    ),
    Migration(
        "0004_dyad_events",
        """
        -- One row per real-world event and dyad series it belongs to: what the dyad
        -- query counts (see dyad_events.py), kept sorted by pair.
        CREATE TABLE dyad_events (
            pair VARCHAR NOT NULL,            -- the two codes sorted, joined by '|'
            kind VARCHAR NOT NULL,            -- 'directed' (actor → recipient) or 'joint' (codes sorted)
            actor_code VARCHAR NOT NULL,
            recipient_code VARCHAR NOT NULL,
            cluster UBIGINT NOT NULL,
            date DATE,                        -- the earliest report's: the event's period (NULL: undated)
            last_date DATE,                   -- the latest report's
            partly_undated BOOLEAN NOT NULL,  -- dated, but some report is not
            event VARCHAR NOT NULL,
            quad_code TINYINT,
            score DOUBLE,                     -- the mean of the reports' scores
            reports INTEGER NOT NULL,         -- articles reporting it
            report_seq BIGINT NOT NULL,       -- its first stored report, the evidence: seq,
            report_text VARCHAR NOT NULL,     -- sentence,
            report_date DATE,                 -- date
            report_article_id VARCHAR NOT NULL,  -- and article
            sorted BOOLEAN NOT NULL           -- written by the last sort, in pair order
        );
        """,
        fill=_fill_dyad_events,
    ),
    Migration(
        "0005_party_events",
        """
        -- One row per real-world event and actor code among its parties: what the
        -- events query shows of it (see party_events.py), kept sorted by code.
        CREATE TABLE party_events (
            code VARCHAR NOT NULL,            -- an actor or recipient code of the event
            as_actor BOOLEAN NOT NULL,        -- the code is among the event's actors,
            as_recipient BOOLEAN NOT NULL,    -- among its recipients
            cluster UBIGINT NOT NULL,
            date DATE,                        -- the earliest report's (NULL: undated)
            date_precision VARCHAR,           -- the earliest report's (by date, then store order)
            event VARCHAR,
            mode VARCHAR,                     -- the reports' most frequent
            actor VARCHAR[],                  -- the codes, as the reports have them
            recipient VARCHAR[],
            score DOUBLE,                     -- the mean of the reports', rounded to 3 places
            quad_code TINYINT,
            negated BOOLEAN,
            hypothetical BOOLEAN,
            reports BIGINT,                   -- articles reporting it
            sources VARCHAR[],                -- their URLs (or sources), sorted
            first_seq BIGINT,                 -- its first stored report: seq
            text VARCHAR,                     -- and sentence
            dates DATE[],                     -- its reports' distinct dates, NULL for undated ones
            last_date DATE,                   -- the latest report's
            report_rows BIGINT NOT NULL,      -- its reports (extractions),
            score_sum DOUBLE,                 -- the sum of their scores,
            scored BIGINT NOT NULL,           -- and how many have one
            sorted BOOLEAN NOT NULL           -- written by the last sort, in code order
        );
        -- Per code, what its factual events in party_events count: actors --top's figures.
        CREATE TABLE party_counts (
            code VARCHAR PRIMARY KEY,
            events BIGINT NOT NULL,           -- real-world events it is an actor of
            targeted BIGINT NOT NULL,         -- and a recipient of
            reports BIGINT NOT NULL,          -- the report rows of those it acts in,
            score_sum DOUBLE NOT NULL,        -- the sum of their scores,
            scored BIGINT NOT NULL            -- and how many have one
        );
        """,
        # filled by 0006 (ingest's function writes the column 0006 adds, which this
        # table has not yet); a database stopped between the two is filled when 0006 runs
        fill=None,
    ),
    Migration(
        "0006_party_report_keys",
        """
        -- Each report's order columns, so that `events --all-reports` naming an actor
        -- or pair orders the reports of the code's events without reading the reports.
        ALTER TABLE party_events ADD COLUMN report_keys
            STRUCT(date DATE, article_seq BIGINT, seq BIGINT, article_id VARCHAR)[];
        """,
        fill=_fill_party_events,  # every cluster's rows made (again), with their reports' keys
    ),
    Migration(
        "0007_report_tokens",
        """
        -- One row per word of a report's sentence and report: the text search's index
        -- (see report_tokens.py), kept sorted by token.
        CREATE TABLE report_tokens (
            token VARCHAR NOT NULL,           -- a word, lowercased (report_tokens.tokens_sql)
            seq BIGINT NOT NULL,              -- the report (events.seq)
            cluster UBIGINT NOT NULL,         -- its real-world event, what ingest updates by
            sorted BOOLEAN NOT NULL           -- written by the last sort, in token order
        );
        """,
        fill=_fill_report_tokens,
    ),
)

DERIVED_TABLES = ("dyad_events", "party_events", "party_counts", "report_tokens")
"""Tables computed in SQL from the others (no Arrow schema: ingest writes no rows of theirs)."""

ARTICLE_TABLES = ("paragraphs", "signatures", "mentions", "times", "quotes", "events", "actors", "dyads", "flags")
"""Tables whose rows belong to one article (column `article_id`, or `article_seq`)."""


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the database at `path`, migrated to the latest schema. Opening
    read-only a database that needs an upgrade upgrades it first."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}; create it with `dyadwatch ingest PATH --db {path}`")
    if read_only and pending_migrations(path):
        with contextlib.closing(_open(path, read_only=False)) as con:
            migrate(con)
    con = _open(path, read_only=read_only)
    if not read_only:
        migrate(con)
    return con


@contextlib.contextmanager
def open_store(path: str | Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """`connect` as a context manager that closes the connection."""
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def _open(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseLockedError(path, lock_holder(str(exc))) from exc
        raise StoreError(f"cannot open the database {path}: {exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the database {path}: {exc}") from exc


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations this database has not had, in order; their names."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (seq INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP)"
    )
    done = applied_migrations(con)
    _check_history(done)
    applied = []
    for seq, migration in enumerate(MIGRATIONS[len(done) :], start=len(done) + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            if migration.fill is not None:
                migration.fill(con)
            con.execute("INSERT INTO _migrations VALUES (?, ?, now())", [seq, migration.name])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in the database, in order."""
    return [name for (name,) in con.execute("SELECT name FROM _migrations ORDER BY seq").fetchall()]


def pending_migrations(path: Path) -> list[str]:
    """Names of the migrations the database at `path` still needs."""
    with contextlib.closing(_open(path, read_only=True)) as con:
        tables = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        done = applied_migrations(con) if "_migrations" in tables else []
    _check_history(done)
    return [m.name for m in MIGRATIONS[len(done) :]]


def _check_history(done: list[str]) -> None:
    known = [m.name for m in MIGRATIONS]
    if done != known[: len(done)]:
        raise StoreError(
            f"the database's migrations ({', '.join(done)}) are not this dyadwatch's ({', '.join(known)}); "
            "it was made by another version: use that version, or a new --db file"
        )
