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
