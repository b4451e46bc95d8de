"""A Frictionless Data Package (v2): every table as CSV plus `datapackage.json` with each field's
type and description, missing values, primary and foreign keys, licence, sources, and the
pipeline version and glossary fingerprint that produced the data.

CSV conventions: UTF-8 without BOM; NULL is written as ``\\N`` (declared in `missingValues`) so
that it differs from an empty string; booleans as ``true``/``false``; arrays and objects as JSON.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from .. import SCHEMA_VERSION, __version__
from ..store import table_catalog
from .atomic import write_atomic
from .csvfile import write_csv
from .typed import typed_rows

NULL = "\\N"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
DEFAULT_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                   "title": "Creative Commons Attribution 4.0 (the annotations; each document's text keeps "
                            "its owner's rights)"}


def _cell(kind: str, value) -> str:
    if value is None:
        return NULL
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("array", "object"):
        return json.dumps(value, ensure_ascii=False, default=str)
    if kind in ("date", "datetime"):
        return value if isinstance(value, str) else value.isoformat()
    if kind == "number":
        return repr(float(value))
    return str(value)


def _field(col) -> dict:
    f = {"name": col.name, "type": col.type, "description": col.description}
    if col.enum:
        f["constraints"] = {"enum": list(col.enum)}
    if col.type == "array" and not col.fields:
        f["arrayItem"] = {"type": col.items or "string"}
    return f


def _resource(info, path: str, rows: list[dict]) -> dict:
    fields = [_field(c) for c in info.columns]
    for f in fields:  # Table Schema dates are years 0001-9999: a column holding a BCE bound is text
        if f["type"] == "date" and any(isinstance(r[f["name"]], str) for r in rows):
            f["type"] = "string"
            f["description"] += " (ISO 8601 with astronomical years: -1999-01-01 is 2000 BCE)"
    schema = {"$schema": TABLE_PROFILE, "fields": fields, "missingValues": [NULL]}
    if info.primary_key:
        schema["primaryKey"] = list(info.primary_key)
    if info.foreign_keys:
        schema["foreignKeys"] = [dict(fk) for fk in info.foreign_keys]
    return {"name": info.name, "type": "table", "path": path, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "description": info.description, "schema": schema,
            "dialect": {"$schema": "https://datapackage.org/profiles/2.0/tabledialect.json",
                        "header": True, "delimiter": ",", "doubleQuote": True},
            "x_rows": len(rows)}


def _run_info(con) -> dict:
    row = con.execute("SELECT pipeline_version, model, config_fingerprint, glossary_fingerprint, finished_at"
                      " FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
    keys = ("pipeline_version", "model", "config_fingerprint", "glossary_fingerprint", "last_run_finished_at")
    return dict(zip(keys, row)) if row else {}


def write_datapackage(con, dest: Path, name: str = "jp-research-dataset", license: dict | None = None) -> Path:
    """Write `dest/data/<table>.csv` for every table and `dest/datapackage.json`; returns the latter."""
    data = dest / "data"
    data.mkdir(parents=True, exist_ok=True)
    resources = []
    for table, info in table_catalog().items():
        rows = typed_rows(con, table)
        path = data / f"{table}.csv"
        kinds = [(c.name, c.type) for c in info.columns]
        write_csv(path, [k for k, _ in kinds], ([_cell(t, r[k]) for k, t in kinds] for r in rows))
        resources.append(_resource(info, f"data/{table}.csv", rows))
    run = _run_info(con)
    sources = [{"title": s} for (s,) in con.execute("SELECT source FROM documents ORDER BY source")]
    package = {
        "$schema": PROFILE, "name": name, "title": "Japanese research-text dataset",
        "description": ("Entities aligned with a bilingual glossary, time expressions, quantities, footnotes "
                        "and claims extracted from Japanese documents by jp-research-pipeline; every start/end "
                        "is a Python str index into the document's original text (documents.text)."),
        "version": __version__, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "licenses": [license or DEFAULT_LICENSE], "sources": sources, "resources": resources,
        "x_pipeline": {"schema_version": SCHEMA_VERSION, **run},
    }
    return write_atomic(dest / "datapackage.json", json.dumps(package, ensure_ascii=False, indent=2) + "\n")
