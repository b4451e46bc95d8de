"""documents.jsonl, written from the store so it always matches it (no duplicates, stable order)."""
from __future__ import annotations

import copy
import json
from contextlib import nullcontext
from dataclasses import fields, is_dataclass
from pathlib import Path

from .. import store
from ..records import Document
from .atomic import atomic_file
from .csvfile import write_csv

SPEC_KEYS = ("doc_id", "source", "encoding", "text", "entities", "dates", "quantities", "footnotes", "claims", "warnings",
             "format", "pages")  # schema 3


EXTRA_KEYS = ("metadata", "events")  # schema 3


def document_to_json(doc: Document) -> dict:
    return {k: plain(getattr(doc, k)) for k in SPEC_KEYS + EXTRA_KEYS}


_FIELDS: dict[type, tuple[str, ...]] = {}


def plain(obj):
    """What `dataclasses.asdict` gives for a record (dataclasses, lists, tuples, dicts of JSON values),
    without its deep copy of every value: writing documents.jsonl spent most of its time there (and in
    converting the document's sentences, which documents.jsonl does not hold)."""
    cls = type(obj)
    if cls in (str, int, float, bool) or obj is None:
        return obj
    names = _FIELDS.get(cls)
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[cls] = tuple(f.name for f in fields(obj))
    if names is not None:
        return {n: plain(getattr(obj, n)) for n in names}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a namedtuple, as asdict does
        return cls(*[plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(plain(v) for v in obj)
    if isinstance(obj, dict):
        return cls((plain(k), plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def write_jsonl(con, path: Path, events_path: Path | None = None) -> int:
    """Write every stored document to `path` (and, with `events_path`, every stored event there, one
    POLECAT-like object per line, see the README), atomically (`atomic_file`), reading each document
    from the store once; returns the number of documents."""
    n = 0
    with atomic_file(path) as f, (atomic_file(events_path) if events_path else nullcontext()) as ev:
        for doc_id in store.document_ids(con):
            line, events = jsonl_lines(store.read_document(con, doc_id))
            f.write(line)
            f.write("\n")
            n += 1
            if ev:
                ev.write(events)
    return n


def jsonl_lines(doc: Document, text: str | None = None) -> tuple[str, str]:
    """A document's documents.jsonl line (no newline; `text` in place of its text when given) and its
    events.jsonl lines (each with its newline): what `write_jsonl` writes, and run/outputs.py keeps."""
    data = document_to_json(doc)
    if text is not None:
        data["text"] = text
    events = "".join(json.dumps({**plain(e), "doc_id": doc.doc_id}, ensure_ascii=False) + "\n" for e in doc.events)
    return json.dumps(data, ensure_ascii=False), events




TABLES = tuple(store.table_catalog())  # every described table, parents before children
FORMATS = ("csv", "parquet", "datapackage")


def export_tables(con, dest: Path, fmt: str = "csv") -> list[Path]:
    """Every table of the store in `dest`: CSV in UTF-8 with BOM (which Excel reads as Japanese), typed
    Parquet (needs pyarrow: pip install -e '.[parquet]'), or a Frictionless data package (CSV and
    datapackage.json). Written atomically; returns the paths written."""
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
        written.append(write_csv(dest / f"{table}.csv", [c[0] for c in cur.description], cur.fetchall(), bom=True))
    return written
