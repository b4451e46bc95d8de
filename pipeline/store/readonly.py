"""Opening the store for reading only: `inspect`, `export` and `glossary suggest` never write.

The database is opened with SQLite's `mode=ro` URI, with no DDL, no journal-mode change and no
`user_version` write, so a read-only output folder (a shared drive, an archived run) can be read. A
WAL database whose folder cannot hold the `-shm` index (read-only, no `-wal` left) is opened as
`immutable`, which is safe exactly then: nobody can be writing it. Only a schema mismatch is refused.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from .. import SCHEMA_VERSION
from ..errors import PipelineError


def _uri(path: Path, immutable: bool) -> str:
    return f"file:{quote(str(path.absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to the store at `path`; PipelineError naming the fix otherwise."""
    if not path.exists():
        raise PipelineError(f"{path}: no database yet; run 'pipeline run' first (or pass --out DIR)")
    wal = path.with_name(path.name + "-wal")
    try:
        con = _open(path, immutable=False)
    except sqlite3.OperationalError as e:
        if wal.exists() and wal.stat().st_size > 0:  # immutable would ignore the WAL's recent writes
            raise PipelineError(f"{path}: cannot be read ({e}); the folder must be readable, with its -wal and -shm files") from None
        try:
            con = _open(path, immutable=True)
        except sqlite3.Error as e2:
            raise PipelineError(f"{path}: cannot be read ({e2}); check the file and its permissions") from None
    except sqlite3.DatabaseError as e:
        raise PipelineError(f"{path}: not a pipeline database ({e}); pass the --out folder of a 'pipeline run'") from None
    found = con.execute("PRAGMA user_version").fetchone()[0]
    if found != SCHEMA_VERSION:
        con.close()
        raise PipelineError(
            f"{path}: database schema version {found}, this pipeline reads version {SCHEMA_VERSION}; "
            "run 'pipeline run' with a new --out folder (or delete this database) to rebuild it")
    return con


def _open(path: Path, immutable: bool) -> sqlite3.Connection:
    con = sqlite3.connect(_uri(path, immutable), uri=True)
    try:
        con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # connecting is lazy: fail here
    except sqlite3.Error:
        con.close()
        raise
    return con


def stored_count(path: Path) -> int:
    """How many documents the store at `path` holds, read-only; 0 while it is absent, being created or
    locked (a run in another process is watched this way: progress checks, the resume benchmark)."""
    try:
        con = sqlite3.connect(_uri(Path(path), immutable=False), uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0
