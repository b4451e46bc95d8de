"""Typed Parquet: one file per table with an Arrow schema derived from the catalog, so booleans are
booleans, bounds are dates, lists are lists and list members are structs, and an empty table keeps
its columns' types. Needs pyarrow (pip install -e '.[parquet]')."""
from __future__ import annotations

from pathlib import Path

from ..errors import PipelineError
from ..store import table_catalog
from .atomic import atomic_file
from .typed import epoch_days, typed_rows


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise PipelineError("Parquet export needs pyarrow: pip install -e '.[parquet]'") from None
    return pa, pq


def _arrow_type(pa, kind: str):
    return {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
            "date": pa.date32(), "datetime": pa.timestamp("s", tz="UTC"), "object": pa.string(), "json": pa.string(),
            "array": pa.list_(pa.string())}[kind]


def arrow_schema(table: str):
    """The Arrow schema of a store table (field descriptions kept as field metadata)."""
    pa, _ = _pyarrow()
    fields = []
    for col in table_catalog()[table].columns:
        if col.fields:
            member = pa.struct([(k, _arrow_type(pa, t)) for k, t in col.fields.items()])
        else:
            member = _arrow_type(pa, col.items or "string")
        if col.type == "array":
            kind = pa.list_(member)
        elif col.type == "object":
            kind = member
        else:
            kind = _arrow_type(pa, col.type)
        fields.append(pa.field(col.name, kind, metadata={"description": col.description}))
    return pa.schema(fields, metadata={"description": table_catalog()[table].description})


def _arrow_dates(table: str, rows: list[dict]) -> list[dict]:
    """Dates Python cannot hold (BCE bounds, kept as ISO text by typed_rows) as Arrow's days since the epoch."""
    cols = [c.name for c in table_catalog()[table].columns if c.type == "date"]
    for r in rows:
        for c in cols:
            if isinstance(r[c], str):
                r[c] = epoch_days(r[c])
    return rows


def write_parquet(con, dest: Path, tables: list[str] | None = None) -> list[Path]:
    """Every (or each named) table as `dest/<table>.parquet`, written atomically."""
    pa, pq = _pyarrow()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables or list(table_catalog()):
        schema = arrow_schema(table)
        data = pa.Table.from_pylist(_arrow_dates(table, typed_rows(con, table)), schema=schema)
        path = dest / f"{table}.parquet"
        with atomic_file(path, "wb") as f:
            pq.write_table(data, f)
        written.append(path)
    return written
