"""What a run need not redo for a document whose stored records did not change: a hash of the records
as written, and its documents.jsonl and events.jsonl lines.

One row per document in `document_lines`, a child of `documents` (replaced with the document's other
rows by write_document, deleted with it by its cascade), so it can never describe rows that are gone.
`records` is the sha256 of everything write_document stores for the document (and of the store's own
code, see `records_hash`): a document processed again to the same records is not rewritten (its row
only gets the new run's id). `line` is the document's documents.jsonl line with its text left out
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

SCHEMA = """
CREATE TABLE IF NOT EXISTS document_lines (
  doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE, records TEXT NOT NULL,
  code TEXT, line TEXT, events TEXT);
"""
TABLE = "document_lines"
TEXT_MARK = "\x00text\x00"  # the document's text in a stored line (JSON: "\u0000text\u0000", no file name has it)


@lru_cache(maxsize=1)
def _store_code() -> bytes:
    """The store's code and the record classes: what turns a Document into rows."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.glob("*.py")) + [root.parent / "records.py"]:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.digest()


def records_hash(doc) -> str:
    """sha256 of a Document's every field (its repr: dataclasses of strings, numbers, tuples, lists and
    dicts, exact) and of the code that stores it: equal only when write_document would write the same rows."""
    return hashlib.sha256(_store_code() + repr(doc).encode("utf-8", "surrogatepass")).hexdigest()


def stored_hash(con, doc_id: str) -> Optional[str]:
    row = con.execute("SELECT records FROM document_lines WHERE doc_id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def put_hash(con, doc_id: str, records: str) -> None:
    """Inside write_document's transaction, after the old row was deleted with the other child rows."""
    con.execute("INSERT INTO document_lines (doc_id, records) VALUES (?, ?)", (doc_id, records))


def documents_in_order(con, code: str) -> list[tuple[str, bool]]:
    """(doc_id, whether its lines under `code` are stored) of every document, in documents.jsonl's order."""
    return [(d, bool(has)) for d, has in con.execute(
        "SELECT d.doc_id, l.line IS NOT NULL AND l.code = ? FROM documents d"
        " LEFT JOIN document_lines l ON l.doc_id = d.doc_id ORDER BY d.source, d.doc_id", (code,))]


def stored_lines(con, doc_id: str) -> tuple[str, str, str]:
    """(text, line with TEXT_MARK, events lines) of a document whose lines are stored."""
    return con.execute("SELECT d.text, l.line, l.events FROM documents d JOIN document_lines l ON l.doc_id = d.doc_id"
                       " WHERE d.doc_id = ?", (doc_id,)).fetchone()


def put_lines(con, rows: list[tuple[str, str, str, str]]) -> None:
    """(doc_id, code, line, events) of documents whose lines were made now; a document stored without a
    hash row (by an older pipeline) gets one that matches nothing, so its next write replaces it."""
    with con:
        con.executemany("INSERT INTO document_lines (doc_id, records, code, line, events) VALUES (?, '', ?, ?, ?)"
                        " ON CONFLICT (doc_id) DO UPDATE SET code = excluded.code, line = excluded.line,"
                        " events = excluded.events", rows)

