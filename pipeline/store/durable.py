"""When a SQLite commit waits for the disk.

In WAL mode with `synchronous = FULL` (SQLite's default) every commit waits for an fsync of the WAL:
about 5 ms here, a quarter of storing a short document and a large part of a re-run from the parse
cache. The store is opened with `synchronous = NORMAL` instead, which SQLite documents as safe for WAL:
a commit survives the process being killed (kill -9, Ctrl-C, a crash) and the database is never
corrupted; only a power cut or an operating-system crash can undo commits, and precisely those made
since the last FULL one. A document's commit (`transaction`) is FULL again when the last FULL one is
SYNC_EVERY_S old, and the commit that closes a run (finish_run) is always FULL; a FULL commit writes
every earlier one to disk too. So a power cut can lose the documents committed in the SYNC_EVERY_S
after the last FULL commit: a bound on how many (what one second of storing holds), not on how long
ago: while the next document takes minutes to process, they stay unsynced until its commit (or the
operating system's own write-back). Commits outside `transaction` (start_run, record_error, and
the `remove`, `--prune` and `review import` writes) are NORMAL by design: they reach the disk with the
next FULL commit or at the latest when the connection is closed, as SQLite checkpoints the WAL (and
syncs it and the database) when the last connection to it closes. Documents a power cut undid are
simply not stored: the next run processes them (run/resume.py).
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from typing import Iterator

SYNC_EVERY_S = 1.0
_LAST_FULL: dict[int, float] = {}  # id(connection) -> time.monotonic() of its last FULL commit


def relax(con) -> None:
    """Commits of `con` (a SQLite store) no longer wait for the disk, unless `transaction` asks."""
    if isinstance(con, sqlite3.Connection):
        con.execute("PRAGMA synchronous = NORMAL")
        _LAST_FULL.pop(id(con), None)  # a new connection (maybe at a closed one's address): FULL first


@contextmanager
def transaction(con, durable: bool = False) -> Iterator[None]:
    """`with con:` (commit, or roll back on an error), written to disk before it returns when `durable`
    or when this connection's last such commit is SYNC_EVERY_S old."""
    full = isinstance(con, sqlite3.Connection) and (
        durable or time.monotonic() - _LAST_FULL.get(id(con), float("-inf")) >= SYNC_EVERY_S)
    if full:
        con.execute("PRAGMA synchronous = FULL")
    try:
        with con:
            yield
    finally:
        if full:
            con.execute("PRAGMA synchronous = NORMAL")
            _LAST_FULL[id(con)] = time.monotonic()
