"""Rows of a store table converted to the logical types of the catalog: booleans, dates,
datetimes, JSON lists and objects decoded. Shared by the data package and Parquet writers."""
from __future__ import annotations

import json
from datetime import date, datetime

from ..store import table_catalog


def _scalar(kind: str, value):
    if value is None:
        return None
    if kind == "json":  # a nested value of no fixed shape: kept as JSON text
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "boolean":
        return bool(value)
    if kind == "date":
        return date.fromisoformat(value) if isinstance(value, str) else value
    if kind == "datetime":
        return datetime.fromisoformat(value) if isinstance(value, str) else value
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    return value


def _nested(col, value):
    """A JSON column decoded, its members converted to their declared types."""
    data = json.loads(value) if isinstance(value, str) else value
    if data is None:
        return None

    def member(x):
        if col.fields and isinstance(x, dict):
            return {k: _scalar(t, x.get(k)) for k, t in col.fields.items()}
        return _scalar(col.items or "string", x)

    if col.type == "array":
        return [member(x) for x in data]
    return member(data)


def typed_rows(con, table: str) -> list[dict]:
    """Every row of `table`, in primary-key order, as {column: typed value}."""
    info = table_catalog()[table]
    order = ", ".join(f'"{k}"' for k in info.primary_key) or "rowid"
    cur = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
    names = [c[0] for c in cur.description]
    cols = {c.name: c for c in info.columns}
    out = []
    for r in cur:
        row = {}
        for name, value in zip(names, r):
            col = cols[name]
            row[name] = _nested(col, value) if col.type in ("array", "object") else _scalar(col.type, value)
        out.append(row)
    return out
