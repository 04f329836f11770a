"""One database, one ingest and any number of readers (`serve`, the query commands).

DuckDB lets one process write a database file, or several read it, never both at once.
dyadwatch shares the file in short turns instead of long holds:

- An ingest opens the database read-write only to store a batch (a second or so) and
  closes it between batches, while it cleans and parses the next one, which is most of
  its time. Readers open it for one request or one query and close it at once.
- Before it opens the file to write, an ingest says so in a flag file beside it,
  `DB.writing` (its process id). A reader that sees the flag waits for it to go before
  it opens the file, so a steady trickle of requests never starves the writer; a
  reader waits at most `READER_PATIENCE` seconds, then reports who holds the file.
- One ingest at a time: an ingest holds an exclusive lock on `DB.ingest` (which names
  it) for its whole run, since it keeps what it has stored in memory between batches.
  A second ingest waits for it up to `--wait` seconds, then fails naming the holder.
- Any wait for the file itself (a reader in the middle of a request, or a process that
  is not dyadwatch) is bounded the same way and names the holding process.

A flag or lock left by a process killed with kill -9 is recognised (its process is
gone, or the lock is released by the kernel) and ignored.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from dyadwatch.lifeline import alive  # a leaf module: the standard library only
from dyadwatch.store.schema import DatabaseLockedError, StoreError, connect

DEFAULT_WAIT = 60.0
READER_PATIENCE = 5.0
RETRY_SECONDS = 0.05
WRITER_SUFFIX = ".ingest"
FLAG_SUFFIX = ".writing"

Notify = Callable[[str], None]


def _ignore(message: str) -> None:
    pass


@contextlib.contextmanager
def ingest_turn(db: str | Path, *, wait: float = DEFAULT_WAIT, on_wait: Notify = _ignore) -> Iterator[None]:
    """Be the one ingest of `db` for the block, waiting up to `wait` seconds for
    another one to end; StoreError naming it after that."""
    path = Path(f"{db}{WRITER_SUFFIX}")
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot create the lock file {path} beside the database: {exc.strerror or exc}") from exc
    try:
        _take_lock(handle, db, path, wait=wait, on_wait=on_wait)
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n{_this_command()}\n".encode())
        try:
            yield
        finally:
            os.ftruncate(handle, 0)
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _take_lock(handle: int, db: str | Path, path: Path, *, wait: float, on_wait: Notify) -> None:
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _writer_named_in(path)
            if time.monotonic() >= deadline:
                raise StoreError(f"{db} is being written by {holder}; waited {wait:g} s for it (--wait SECONDS "
                                 "waits longer)") from None
            if not told:
                on_wait(f"{db} is being written by {holder}: waiting up to {wait:g} s for it to end (--wait)")
                told = True
            time.sleep(0.2)


@contextlib.contextmanager
def writing(
    db: str | Path, *, wait: float = DEFAULT_WAIT, on_wait: Notify = _ignore
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The database open read-write for one short turn (a batch): readers are asked to
    hold off (the flag file) and those in the middle of a request are waited for, up
    to `wait` seconds."""
    flag = Path(f"{db}{FLAG_SUFFIX}")
    flag.write_text(f"{os.getpid()}\n", encoding="utf-8")
    try:
        con = _open_waiting(db, read_only=False, wait=wait, on_wait=on_wait)
        try:
            yield con
        finally:
            con.close()
    finally:
        flag.unlink(missing_ok=True)


@contextlib.contextmanager
def reading(db: str | Path, *, patience: float = READER_PATIENCE) -> Iterator[duckdb.DuckDBPyConnection]:
    """The database open read-only for one request or query: after an ingest's turn
    if one is asked for or under way, waiting at most `patience` seconds in all."""
    deadline = time.monotonic() + patience
    while _writer_waiting(db) and time.monotonic() < deadline:
        time.sleep(RETRY_SECONDS)
    con = _open_waiting(db, read_only=True, wait=max(0.0, deadline - time.monotonic()), on_wait=_ignore)
    try:
        yield con
    finally:
        con.close()


NOTICE_AFTER = 1.0  # a wait shorter than this (a request in flight) is not worth a line


def _open_waiting(db: str | Path, *, read_only: bool, wait: float, on_wait: Notify) -> duckdb.DuckDBPyConnection:
    started = time.monotonic()
    deadline, told = started + wait, False
    while True:
        try:
            return connect(db, read_only=read_only)
        except DatabaseLockedError as error:
            if time.monotonic() >= deadline:
                raise
            if not told and time.monotonic() - started >= NOTICE_AFTER:
                on_wait(f"{error.path} is in use by {error.holder}: waiting up to {wait:g} s for it (--wait)")
                told = True
            time.sleep(RETRY_SECONDS)


def _writer_waiting(db: str | Path) -> bool:
    """Is an ingest (still alive) asking for, or holding, the database?"""
    try:
        pid = int(Path(f"{db}{FLAG_SUFFIX}").read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return pid != os.getpid() and alive(pid)


def _writer_named_in(path: Path) -> str:
    try:
        pid, command = (path.read_text(encoding="utf-8").split("\n") + [""])[:2]
    except OSError:
        return "another dyadwatch ingest"
    return f"`{command or 'dyadwatch ingest'}` (process {pid})" if pid else "another dyadwatch ingest"


def _this_command() -> str:
    return " ".join(["dyadwatch", *sys.argv[1:]])[:200]
