"""Keeping the store true to the files: stale errors, removing documents, pruning vanished files."""
from __future__ import annotations

import os
from pathlib import Path


def file_exists(path: str, path_hex: str | None) -> bool:
    """Whether a stored document's file is still there (by its raw bytes when the name is not UTF-8)."""
    return Path(os.fsdecode(bytes.fromhex(path_hex)) if path_hex else path).exists()


def clear_stale_errors(con) -> int:
    """Drop `errors` rows for files that no longer exist (their problem is gone with them)."""
    gone = [(p,) for (p,) in con.execute("SELECT DISTINCT path FROM errors") if not Path(p).exists()]
    with con:
        con.executemany("DELETE FROM errors WHERE path = ?", gone)
    return len(gone)


def remove_documents(con, doc_ids: list[str]) -> int:
    """Delete documents with all their records (child rows cascade), in one transaction."""
    con.execute("PRAGMA foreign_keys = ON")  # outside the transaction, where SQLite honours it
    with con:
        n = sum(con.execute("DELETE FROM documents WHERE doc_id = ?", (d,)).rowcount for d in doc_ids)
    return n


def missing_documents(con) -> list[tuple[str, str]]:
    """(doc_id, source) of stored documents whose file is gone."""
    rows = con.execute("SELECT doc_id, source, path, path_hex FROM documents ORDER BY source").fetchall()
    return [(d, s) for d, s, p, h in rows if p and not file_exists(p, h)]
