"""One database, one ingest and any number of readers (`serve`, the query commands).

DuckDB lets one process write a database file, or several read it, never both at once.
dyadwatch shares the file in short turns instead of long holds:

- An ingest opens the database read-write only to store a batch (a second or so) and
  closes it between batches, while it cleans and parses the next one, which is most of
  its time. A query command opens it for one query and closes it at once. The web
  server keeps one read-only connection while requests flow (`SharedReader`: opening
  the file costs more than answering a request) and closes it as soon as an ingest
  asks for the database, or after `IDLE_SECONDS` without a request.
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

import atexit
import contextlib
import fcntl
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from dyadwatch.lifeline import alive  # a leaf module: the standard library only
from dyadwatch.store.schema import DatabaseLockedError, StoreError, connect

DEFAULT_WAIT = 60.0
READER_PATIENCE = 5.0
RETRY_SECONDS = 0.05
IDLE_SECONDS = 2.0
KEPT_THREADS = 256  # past this many, the connections kept for finished threads are let go
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


class SharedReader:
    """One read-only connection to `db` held for the requests of a server. Each request
    gets a connection of its own to the database it keeps open (DuckDB's instance,
    shared: 0.02 ms, where opening the file takes tens), not a cursor of it: the
    cursors of one connection run their queries one at a time.

    It is opened by the first request and closed, the requests in flight done, when an
    ingest raises its flag (new requests wait for the flag to go, as `reading` does,
    then open it again) or after `idle` seconds without a request (a daemon thread
    watches both while it is open). Each opening gets a `generation`, a new one only if
    the file changed since the last (its size, time and inode, and its WAL's): while
    the connection is open nothing can write the file, so answers computed in one
    generation stay true until the next."""

    def __init__(self, db: str | Path, *, patience: float = READER_PATIENCE, idle: float = IDLE_SECONDS) -> None:
        self.db = Path(db)
        self.patience = patience
        self.idle = idle
        self.generation = 0
        self._stamp: tuple[object, ...] | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._active = 0  # connections handed out and not yet closed
        self._releasing = False  # an ingest asked: none handed out until the held one is closed
        self._opening = False
        self._let_go_for_ingest = False
        self._last_used = 0.0
        self._shut = False  # the interpreter is exiting: no more connections
        # The last connection each thread was handed, and the last shared one closed: kept
        # so that a daemon thread never drops the last reference to one (see _shut_readers).
        self._handed: dict[int, duckdb.DuckDBPyConnection] = {}
        self._closed: duckdb.DuckDBPyConnection | None = None
        self._changed = threading.Condition()
        _READERS.add(self)

    @contextlib.contextmanager
    def connection(self) -> Iterator[tuple[duckdb.DuckDBPyConnection, int]]:
        """A connection for one request and the generation it reads, waiting at most
        `patience` seconds for an ingest's turn; DatabaseLockedError naming the holder
        after that."""
        con, generation = self._enter(time.monotonic() + self.patience)
        try:
            yield con, generation
        finally:
            con.close()
            self._leave()

    def current(self) -> int | None:
        """The generation whose answers stand now without waiting: the open one; or,
        while an ingest the connection was let go for stores its batch, the one before
        it (what requests saw until it began: at most the batches stored since the last
        request behind). None otherwise: the file may have changed since it was read."""
        if self._con is not None or (self._let_go_for_ingest and _writer_waiting(self.db)):
            return self.generation
        return None

    def close(self) -> None:
        """Close the connection once the requests in flight are done."""
        with self._changed:
            self._release(for_ingest=False)

    def shut(self, *, wait: float) -> None:
        """Close the connection for good, waiting up to `wait` seconds for the requests
        in flight; later requests get StoreError."""
        deadline = time.monotonic() + wait
        with self._changed:
            self._shut = True
            self._release(for_ingest=False)
            while self._con is not None and time.monotonic() < deadline:
                self._changed.wait(RETRY_SECONDS)

    def _enter(self, deadline: float) -> tuple[duckdb.DuckDBPyConnection, int]:
        with self._changed:
            while self._con is None or self._releasing or _writer_waiting(self.db):
                if self._shut:
                    raise StoreError(f"{self.db} is closed: the server is stopping")
                if self._con is not None:
                    if not self._releasing:
                        self._release(for_ingest=True)  # the ingest's flag is up
                    if self._con is not None and time.monotonic() > deadline:
                        raise StoreError(f"{self.db} is wanted by an ingest and the requests in flight did not end")
                elif not self._opening:
                    self._open(deadline)  # past the deadline, even with the flag up, as `reading` does
                    break
                self._changed.wait(RETRY_SECONDS)
            con = duckdb.connect(str(self.db), read_only=True)  # on the instance `self._con` keeps open
            self._keep(con)
            self._active += 1
            return con, self.generation

    def _keep(self, con: duckdb.DuckDBPyConnection) -> None:
        if len(self._handed) > KEPT_THREADS:
            living = {thread.ident for thread in threading.enumerate()}
            self._handed = {ident: kept for ident, kept in self._handed.items() if ident in living}
        self._handed[threading.get_ident()] = con

    def _leave(self) -> None:
        with self._changed:
            self._active -= 1
            self._last_used = time.monotonic()
            if self._releasing and self._active == 0:
                self._close()

    def _open(self, deadline: float) -> None:
        self._opening = True  # the others wait for this opening instead of opening too
        try:
            while _writer_waiting(self.db) and time.monotonic() < deadline:
                self._changed.wait(RETRY_SECONDS)
            con = _open_waiting(self.db, read_only=True, wait=max(0.0, deadline - time.monotonic()), on_wait=_ignore)
        finally:
            self._opening = False
            self._changed.notify_all()
        stamp = _stamp(self.db)
        if stamp != self._stamp:
            self._stamp, self.generation = stamp, self.generation + 1
        self._con, self._last_used = con, time.monotonic()
        threading.Thread(target=self._watch, args=(con,), name="dyadwatch-reader", daemon=True).start()

    def _watch(self, con: duckdb.DuckDBPyConnection) -> None:
        """Release `con` when an ingest asks for the file or no request came for a while."""
        while True:
            time.sleep(RETRY_SECONDS)
            with self._changed:
                if self._con is not con:
                    return
                if _writer_waiting(self.db):
                    self._release(for_ingest=True)
                elif self._active == 0 and time.monotonic() - self._last_used > self.idle:
                    self._release(for_ingest=False)

    def _release(self, *, for_ingest: bool) -> None:
        if self._con is not None:
            self._let_go_for_ingest = for_ingest
        self._releasing = self._con is not None
        if self._active == 0:
            self._close()

    def _close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._closed = self._con
        self._con, self._releasing = None, False
        self._changed.notify_all()


_READERS: weakref.WeakSet[SharedReader] = weakref.WeakSet()


@atexit.register
def _shut_readers() -> None:
    """Let every reader's requests end and close it before the interpreter exits.
    Python stops a daemon thread (a test server's, a request's, the watch) when it
    next takes the GIL during finalisation, by unwinding it; a thread then inside
    DuckDB, which gives the GIL up while it works, unwinds through C++ that does
    not let that through, and the process aborts ("FATAL: exception not
    rethrown", status 134). atexit hooks run before that stage. DuckDB also gives the
    GIL up while it frees a connection, so no daemon thread may hold the last
    reference to one then: a reader keeps the last connection it handed each thread
    and the last one it closed, which go with the reader, in the main thread."""
    for reader in list(_READERS):
        reader.shut(wait=reader.patience)


def _stamp(db: Path) -> tuple[object, ...]:
    """What changes when the file is written: size, time and inode of it and its WAL."""
    stamp: list[object] = []
    for path in (db, Path(f"{db}.wal")):
        try:
            info = path.stat()
        except OSError:
            stamp.append(None)
        else:
            stamp.append((info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(stamp)


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
