"""Worker processes end with the process that started them.

A worker of `-j N` is forked by multiprocessing's fork server, not by dyadwatch's own
process, so the kernel's parent-death signal cannot name the right parent. Instead each
worker watches the starting process through a pidfd (Linux 5.3+), which becomes
readable the moment that process ends, however it ends (kill -9 included); where there
is no pidfd it looks once a second. Either way the worker exits at once, and with the
last worker gone the fork server and the resource tracker end too.
"""

from __future__ import annotations

import os
import select
import signal
import threading
import time

ORPHANED_EXIT = 70  # the status of a worker whose parent is gone (nobody reads it)


def exit_with(parent: int) -> None:
    """End this process when the process `parent` ends (a daemon thread watches it)."""
    watcher = threading.Thread(target=_watch, args=(parent,), name="dyadwatch-lifeline", daemon=True)
    watcher.start()


def ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent: it stops the workers itself (a worker interrupted in
    the middle of a batch would only print a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _watch(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)
    except (AttributeError, OSError):
        while alive(parent):
            time.sleep(1.0)
    else:
        select.select([handle], [], [])
    os._exit(ORPHANED_EXIT)


def alive(pid: int) -> bool:
    """Is process `pid` running (whoever owns it)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
