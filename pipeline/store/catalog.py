"""The store's tables described once (catalog.yaml): meaning and logical type of every column.

Exports (data package, typed Parquet) read their types and descriptions from here, so a column
added to the SQLite schema is described in one place; `undescribed` lists what is missing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .lines import TABLE as LINES_TABLE

CATALOG_FILE = Path(__file__).with_name("catalog.yaml")
DERIVED = (LINES_TABLE,)  # what a run need not redo (lines.py): derived data, not part of the dataset
TYPES = ("string", "integer", "number", "boolean", "date", "datetime", "array", "object")
# inside `fields` also "json": a nested value of no fixed shape, exported as JSON text


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type
    description: str
    items: str | None = None  # element type of an array
    fields: dict = field(default_factory=dict)  # key -> type, for objects (or arrays of objects)
    enum: tuple = ()


@dataclass(frozen=True)
class TableInfo:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict, ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _column(table: str, name: str, spec: dict) -> Column:
    kind = spec.get("type")
    if kind not in TYPES:
        raise ValueError(f"{CATALOG_FILE}: {table}.{name}: type '{kind}' is not one of {', '.join(TYPES)}")
    return Column(name, kind, spec.get("description", ""), spec.get("items"), dict(spec.get("fields") or {}),
                  tuple(spec.get("enum") or ()))


@lru_cache(maxsize=1)
def table_catalog() -> dict[str, TableInfo]:
    """Every described table, in the catalog's order (parents before children)."""
    raw = yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))
    return {
        name: TableInfo(name, spec.get("description", ""),
                        tuple(_column(name, c, s) for c, s in spec["columns"].items()),
                        tuple(spec.get("primaryKey") or ()), tuple(spec.get("foreignKeys") or ()))
        for name, spec in raw.items()
    }


def undescribed(con) -> list[str]:
    """`table.column` of every column of the open database that the catalog does not describe,
    and of every described column the database lacks."""
    out = []
    found = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                        " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in found if (sql or "").upper().startswith("CREATE VIRTUAL")]
    # full-text indexes and their shadow tables are derived data, not part of the dataset
    tables = [n for n, _ in found if not any(n == v or n.startswith(v + "_") for v in virtual) and n not in DERIVED]
    cat = table_catalog()
    for t in tables:
        have = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
        known = {c.name for c in cat[t].columns} if t in cat else set()
        out += [f"{t}.{c}" for c in have if c not in known]
        out += [f"{t}.{c} (described, not in the database)" for c in sorted(known - set(have))]
    return out
