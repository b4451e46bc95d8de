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
        if not isinstance(value, str):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # a proleptic date Python cannot hold (-1999-01-01, for 紀元前2000年): kept as text
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


def epoch_days(iso: str) -> int:
    """Days since 1970-01-01 of an ISO date with an astronomical year (``-1999-01-01``, ``0000-12-31``),
    in the proleptic Gregorian calendar: what Arrow's date32 holds, beyond Python's years 1..9999."""
    sign = -1 if iso.startswith("-") else 1
    y, m, d = (int(x) for x in iso.lstrip("-").split("-"))
    y *= sign
    shift = (-y) // 400 + 1 if y < 1 else 0  # whole 400-year cycles (146,097 days each) into range
    return date(y + 400 * shift, m, d).toordinal() - 146097 * shift - date(1970, 1, 1).toordinal()
