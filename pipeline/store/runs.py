"""What a run records besides its fingerprints: the key that lets a later run skip documents it
already stored (resumable batches), and its per-stage timings (`--profile`).

Both are columns of `runs` in the schema (a schema-2 store is refused at connect, so no store lacks them).
"""
from __future__ import annotations

import json

def set_output_key(con, run_id: int, key: str) -> None:
    with con:
        con.execute("UPDATE runs SET output_key = ? WHERE run_id = ?", (key, run_id))


def set_profile(con, run_id: int, profile: dict) -> None:
    with con:
        con.execute("UPDATE runs SET profile = ? WHERE run_id = ?", (json.dumps(profile, sort_keys=True), run_id))


def stored_with_key(con, key: str) -> dict[str, str]:
    """path -> doc_id of the documents last written by a run with output key `key`."""
    rows = con.execute("SELECT d.path, d.doc_id FROM documents d JOIN runs r ON r.run_id = d.run_id"
                       " WHERE r.output_key = ?", (key,)).fetchall()
    return {path: doc_id for path, doc_id in rows}


def stored_keys(con) -> dict[str, tuple[str, str]]:
    """path -> (doc_id, output key of the run that last wrote it) of every stored document."""
    rows = con.execute("SELECT d.path, d.doc_id, COALESCE(r.output_key, '') FROM documents d"
                       " LEFT JOIN runs r ON r.run_id = d.run_id").fetchall()
    return {path: (doc_id, key) for path, doc_id, key in rows}


def keep_document(con, doc_id: str, run_id: int) -> None:
    """A document this run would store unchanged (run/incremental.py): only its run and time change,
    as write_document does for records it finds already stored."""
    from .durable import transaction
    from .lines import kept
    from .sqlite import _now

    with transaction(con):
        con.execute("UPDATE documents SET run_id = ?, processed_at = ? WHERE doc_id = ?", (run_id, _now(), doc_id))
        kept(con, doc_id)
