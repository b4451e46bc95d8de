"""What a run need not redo for a document whose stored records did not change: a hash of the records
as written, and its documents.jsonl and events.jsonl lines.

One row per document in `document_lines`, a child of `documents` (replaced with the document's other
rows by write_document, deleted with it by its cascade), so it can never describe rows that are gone;
`written` ties it to one write of the documents row (`WRITTEN`), so rows another version of the code
rewrote in place are not taken for the ones it describes.
`records` is the sha256 of every field of the Document, a superset of what write_document stores
(and of the store's own code, see `records_hash`): a document processed again to the same records is
not rewritten (its row only gets the new run's id). `line` is the document's documents.jsonl line with its text left out
(`TEXT_MARK` in its place: the text is in `documents` already) and `events` its events.jsonl lines,
both made by the code whose fingerprint is `code`: run/outputs.py writes those files from the rows
and makes a line only for the documents that have none under the running code. Derived data, like
the full-text indexes: not part of the dataset's catalog, nor of its exports.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..digest import files_digest

SCHEMA = """
CREATE TABLE IF NOT EXISTS document_lines (
  doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE, records TEXT NOT NULL,
  code TEXT, line TEXT, events TEXT, written TEXT);
"""
TABLE = "document_lines"
# The documents row's write this row describes: its run and time, which every write of the row sets
# (write_document's, and an older pipeline's that upserts the row and replaces its children but knows
# nothing of this table). A hash or line is used only while its `written` equals the row's.
WRITTEN = "COALESCE(CAST(d.run_id AS TEXT), '') || ' ' || d.processed_at"
TEXT_MARK = "\x00text\x00"  # the document's text in a stored line (JSON: "\u0000text\u0000", no file name has it)


@lru_cache(maxsize=1)
def _store_code() -> bytes:
    """The store's code and the record classes: what turns a Document into rows."""
    root = Path(__file__).resolve().parent.parent
    return files_digest(root, sorted(root.joinpath("store").glob("*.py")) + [root / "records.py"]).encode()


def records_hash(doc) -> str:
    """sha256 of a Document's every field (its repr: dataclasses of strings, numbers, tuples, lists and
    dicts, exact) and of the code that stores it. The fields cover what write_document stores and more
    (the repr has fields no table holds): equal hashes mean the same rows; a change in an unstored field
    only rewrites rows that were equal."""
    return hashlib.sha256(_store_code() + repr(doc).encode("utf-8", "surrogatepass")).hexdigest()


def stored_hash(con, doc_id: str) -> Optional[str]:
    """The records hash of a document's stored rows, None when it has none or it describes another
    write of the row than the current one (an older pipeline's rewrite of the rows left it)."""
    row = con.execute(f"SELECT l.records FROM document_lines l JOIN documents d ON d.doc_id = l.doc_id"
                      f" WHERE l.doc_id = ? AND l.written = {WRITTEN}", (doc_id,)).fetchone()
    return row[0] if row else None


def put_hash(con, doc_id: str, records: str) -> None:
    """Inside write_document's transaction, after the old row was deleted with the other child rows."""
    con.execute(f"INSERT INTO document_lines (doc_id, records, written) SELECT ?, ?, {WRITTEN}"
                f" FROM documents d WHERE d.doc_id = ?", (doc_id, records, doc_id))


def kept(con, doc_id: str) -> None:
    """Inside write_document's transaction, after it updated the row's run and time only: the kept hash
    and lines describe this write too."""
    con.execute(f"UPDATE document_lines SET written = (SELECT {WRITTEN} FROM documents d WHERE d.doc_id = ?)"
                f" WHERE doc_id = ?", (doc_id, doc_id))


def documents_in_order(con, code: str) -> list[tuple[str, bool]]:
    """(doc_id, whether its lines under `code`, of its current write, are stored) of every document, in
    documents.jsonl's order."""
    return [(d, bool(has)) for d, has in con.execute(
        f"SELECT d.doc_id, l.line IS NOT NULL AND l.code = ? AND l.written = {WRITTEN} FROM documents d"
        " LEFT JOIN document_lines l ON l.doc_id = d.doc_id ORDER BY d.source, d.doc_id", (code,))]


def stored_lines(con, doc_id: str) -> tuple[str, str, str]:
    """(text, line with TEXT_MARK, events lines) of a document whose lines are stored."""
    return con.execute("SELECT d.text, l.line, l.events FROM documents d JOIN document_lines l ON l.doc_id = d.doc_id"
                       " WHERE d.doc_id = ?", (doc_id,)).fetchone()


def put_lines(con, rows: list[tuple[str, str, str, str]]) -> None:
    """(doc_id, code, line, events) of documents whose lines were made now, from their current rows; a
    document stored without a hash row (by an older pipeline), or whose hash describes another write of
    its rows, gets one that matches nothing, so its next write replaces it."""
    with con:
        con.executemany(f"INSERT INTO document_lines (doc_id, records, code, line, events, written)"
                        f" SELECT d.doc_id, '', ?, ?, ?, {WRITTEN} FROM documents d WHERE d.doc_id = ?"
                        " ON CONFLICT (doc_id) DO UPDATE SET code = excluded.code, line = excluded.line,"
                        " events = excluded.events, written = excluded.written, records = CASE WHEN"
                        " document_lines.written = excluded.written THEN document_lines.records ELSE '' END",
                        [(code, line, events, doc_id) for doc_id, code, line, events in rows])


def upgrade(con):
    """A store whose document_lines predates `written` gets the column: SQLite's loses its rows (derived
    data: every document is written, and its lines made, once more), PostgreSQL's keep them with no
    `written`, which matches no write (the same effect). Returns `con`."""
    if getattr(con, "dialect", "sqlite") == "postgresql":
        with con:
            con.execute(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS written TEXT")
    elif "written" not in {r[1] for r in con.execute(f"PRAGMA table_info({TABLE})")}:
        with con:
            con.execute(f"DROP TABLE {TABLE}")
            con.executescript(SCHEMA)
    return con
