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

SPEC_KEYS = ("doc_id", "source", "encoding", "text", "entities", "dates", "quantities", "footnotes", "claims", "warnings")


def document_to_json(doc: Document) -> dict:
    d = asdict(doc)
    return {k: d[k] for k in SPEC_KEYS}


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
        with atomic_file(path, "wb") as f:
            if fmt == "csv":
                f.write(df.to_csv(index=False).encode("utf-8-sig"))
            else:
                df.to_parquet(f, index=False)
        written.append(path)
    return written
