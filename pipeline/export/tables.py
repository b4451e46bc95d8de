"""documents.jsonl, written from the store so it always matches it (no duplicates, stable order)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

from .. import store
from ..records import Document

SPEC_KEYS = ("doc_id", "source", "encoding", "text", "entities", "dates", "quantities", "footnotes", "claims", "warnings",
             "format", "pages")  # schema 3


EXTRA_KEYS = ("metadata", "events")  # schema 3


def document_to_json(doc: Document) -> dict:
    d = asdict(doc)
    return {k: d[k] for k in SPEC_KEYS + EXTRA_KEYS}


def write_events_jsonl(con, path: Path) -> int:
    """Every stored event as one JSON object per line (POLECAT-like, see the README), atomically."""
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as f:
        for doc_id in store.document_ids(con):
            doc = store.read_document(con, doc_id)
            for e in doc.events:
                f.write(json.dumps({**asdict(e), "doc_id": doc_id}, ensure_ascii=False))
                f.write("\n")
                n += 1
    os.replace(tmp, path)
    return n


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


TABLES = tuple(store.table_catalog())  # every described table, parents before children
FORMATS = ("csv", "parquet", "datapackage")


def export_tables(con, dest: Path, fmt: str = "csv") -> list[Path]:
    """Every table of the store in `dest`: CSV in UTF-8 with BOM (which Excel reads as Japanese), typed
    Parquet (needs pyarrow: pip install -e '.[parquet]'), or a Frictionless data package (CSV and
    datapackage.json). Written atomically; returns the paths written."""
    import pandas as pd

    from ..errors import PipelineError

    if fmt not in FORMATS:
        raise PipelineError(f"unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        from .parquet import write_parquet

        return write_parquet(con, dest)
    if fmt == "datapackage":
        from .datapackage import write_datapackage

        package = write_datapackage(con, dest)
        return [package] + sorted((dest / "data").glob("*.csv"))
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        cur = con.execute(f"SELECT * FROM {table}")  # SQLite or PostgreSQL alike
        df = pd.DataFrame(cur.fetchall(), columns=[c[0] for c in cur.description])
        path = dest / f"{table}.csv"
        tmp = path.with_name(path.name + ".tmp")
        df.to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, path)
        written.append(path)
    return written
