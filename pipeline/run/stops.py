"""How a batch stops early: Ctrl-C between documents, or a store that can no longer write.

An interrupt that arrives while a document is being written is held until its transaction has
committed, so a run stops between documents, never inside one. A store that cannot write (full
disk, read-only or vanished folder) stops the batch at once: every later document would be parsed
only to fail in the same way.
"""
from __future__ import annotations

import errno
import signal
import sqlite3
import threading
from contextlib import contextmanager

_CANNOT_WRITE = ("disk is full", "disk i/o error", "readonly database", "unable to open database")
_OS_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}


class StoreCannotWrite(Exception):
    """The database refused a write for a reason no later document can avoid."""


def store_cannot_write(e: BaseException) -> bool:
    if isinstance(e, sqlite3.OperationalError):
        return any(k in str(e).lower() for k in _CANNOT_WRITE)
    return isinstance(e, OSError) and e.errno in _OS_CANNOT_WRITE


@contextmanager
def interrupt_after():
    """Hold SIGINT until the block has finished, then raise KeyboardInterrupt (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
