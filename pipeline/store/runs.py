"""What a run records besides its fingerprints: the key that lets a later run skip documents it
already stored (resumable batches), and its per-stage timings (`--profile`).

The two columns are in the schema; `ensure_run_columns` adds them to a store created before they
existed (SQLite or PostgreSQL), so an old output folder resumes like a new one.
"""
from __future__ import annotations

import json

RUN_COLUMNS = (("output_key", "TEXT"), ("profile", "TEXT"))


def ensure_run_columns(con) -> None:
    if getattr(con, "dialect", "sqlite") == "postgresql":
        with con:
            for name, kind in RUN_COLUMNS:
                con.execute(f"ALTER TABLE runs ADD COLUMN IF NOT EXISTS {name} {kind}")
        return
    have = {row[1] for row in con.execute("PRAGMA table_info(runs)").fetchall()}
    with con:
        for name, kind in RUN_COLUMNS:
            if name not in have:
                con.execute(f"ALTER TABLE runs ADD COLUMN {name} {kind}")


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
