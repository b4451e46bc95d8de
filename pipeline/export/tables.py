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


TABLES = (
    "documents", "entities", "dates", "quantities", "footnotes", "claims", "claim_arguments",
    "alias_proposals", "glossary", "runs", "errors",
)
FORMATS = ("csv", "parquet")


def export_tables(con, dest: Path, fmt: str = "csv") -> list[Path]:
    """Every table of the store as one file in `dest` (CSV in UTF-8 with BOM, which Excel reads as
    Japanese; or Parquet, which needs pyarrow: pip install -e '.[parquet]'). Written atomically."""
    import pandas as pd

    from ..errors import PipelineError

    if fmt not in FORMATS:
        raise PipelineError(f"unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise PipelineError("Parquet export needs pyarrow: pip install -e '.[parquet]'") from None
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        df = pd.read_sql_query(f"SELECT * FROM {table}", con)
        path = dest / f"{table}.{fmt}"
        tmp = path.with_name(path.name + ".tmp")
        if fmt == "csv":
            df.to_csv(tmp, index=False, encoding="utf-8-sig")
        else:
            df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
        written.append(path)
    return written
