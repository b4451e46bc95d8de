"""documents.jsonl and events.jsonl at the end of a run, remaking only the lines of the documents whose
stored records changed.

Each document's two lines are kept in the store beside its rows (store/lines.py), made by the running
code (its fingerprint, run/resume.py): a document the run rewrote has none (its old ones went with its
old rows), so it is read back from the store and its lines made by `export.jsonl_lines`, as `write_jsonl` makes them;
every other document's lines are copied, its text spliced back in. The files are the bytes
`export.write_jsonl` writes, in the same order, written atomically the same way.
"""
from __future__ import annotations

import json
from pathlib import Path

from .. import store
from ..export import atomic_file, jsonl_lines
from .resume import code_fingerprint
from .stops import store_cannot_write

_MARK = json.dumps(store.TEXT_MARK)  # how the text's place reads in a stored line
BATCH = 200  # lines made before they are stored (one transaction each)


def write_outputs(con, path: Path, events_path: Path) -> tuple[int, int]:
    """Write documents.jsonl at `path` and events.jsonl at `events_path` from the store; returns (documents
    written, documents whose lines were made now)."""
    code = code_fingerprint()
    n, made, pending = 0, 0, []
    with atomic_file(path) as f, atomic_file(events_path) as ev:
        for doc_id, kept in store.documents_in_order(con, code):
            if kept:
                text, line, events = store.stored_lines(con, doc_id)
            else:
                text, line, events = _lines(store.read_document(con, doc_id))
                pending.append((doc_id, code, line, events))
                made += 1
            f.write(line.replace(_MARK, json.dumps(text, ensure_ascii=False), 1))
            f.write("\n")
            ev.write(events)
            n += 1
            if len(pending) >= BATCH:
                _keep(con, pending)
                pending = []
    _keep(con, pending)
    return n, made


def _keep(con, pending: list) -> None:
    """Store the lines made now; a store that cannot be written (full disk, read-only) keeps none, and
    the next run makes them again: the files are written all the same."""
    try:
        store.put_lines(con, pending)
    except Exception as e:
        if not store_cannot_write(e):
            raise


def _lines(doc) -> tuple[str, str, str]:
    """(text, documents.jsonl line with the text's place marked, events.jsonl lines) of a stored document."""
    return (doc.text, *jsonl_lines(doc, store.TEXT_MARK))
