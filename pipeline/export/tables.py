"""documents.jsonl, written from the store so it always matches it (no duplicates, stable order)."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager, suppress
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
    """Write every stored document to `path` atomically; returns the count.

    The temporary file has a unique name in the same folder, so two processes writing at once never
    share it, and `os.replace` makes the last complete file win; on any failure (a full disk) the
    temporary file is removed and the previous `path` is left as it was."""
    n = 0
    with atomic_file(path) as f:
        for doc_id in store.document_ids(con):
            f.write(json.dumps(document_to_json(store.read_document(con, doc_id)), ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


@contextmanager
def atomic_file(path: Path, mode: str = "w"):
    """A file object for `path`, written under a unique temporary name and moved into place when complete."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # what open() would have given, not mkstemp's 0600
        with open(fd, mode, encoding="utf-8" if "b" not in mode else None) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())  # a full disk shows here, before the old file is replaced
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
        with atomic_file(path, "wb") as f:
            f.write(df.to_csv(index=False).encode("utf-8-sig"))
        written.append(path)
    return written
