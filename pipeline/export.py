"""documents.jsonl, written from the store so it always matches it (no duplicates, stable order)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from . import store
from .records import Document

SPEC_KEYS = ("doc_id", "source", "encoding", "text", "entities", "dates", "quantities", "footnotes", "claims", "warnings")


def document_to_json(doc: Document) -> dict:
    d = asdict(doc)
    return {k: d[k] for k in SPEC_KEYS}


def write_jsonl(con, path: Path) -> int:
    """Write every stored document to `path` atomically (temp file + rename); returns the count."""
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as f:
        for doc_id in store.document_ids(con):
            f.write(json.dumps(document_to_json(store.read_document(con, doc_id)), ensure_ascii=False))
            f.write("\n")
            n += 1
    os.replace(tmp, path)
    return n
