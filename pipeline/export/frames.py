"""Any stored table as a pandas DataFrame, typed by the store's catalog, for analysis in Python:

    import sqlite3
    from pipeline.export import frame
    claims = frame(sqlite3.connect("out/pipeline.sqlite"), "claims")
    claims.groupby("modality").size()

Columns come in the catalog's order; integers that may be NULL are pandas' nullable ``Int64`` (a page
3 stays 3, not 3.0), booleans ``boolean``, dates as strings (EDTF values need not be days), and array
or object columns as Python lists and dicts, as in the typed Parquet export."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..store import table_catalog
from .typed import typed_rows

if TYPE_CHECKING:
    import pandas as pd

_DTYPES = {"integer": "Int64", "boolean": "boolean", "number": "Float64", "string": "string"}


def frame(con, table: str) -> pd.DataFrame:
    """`table` of the store on `con` (sqlite3 or the PostgreSQL adapter), one row per stored row."""
    import pandas as pd  # here, not at the top: every `pipeline run` imports this package, few need pandas

    info = table_catalog()[table]
    names = [c.name for c in info.columns]
    df = pd.DataFrame(typed_rows(con, table), columns=names)
    for c in info.columns:
        if c.type in _DTYPES:
            df[c.name] = df[c.name].astype(_DTYPES[c.type])
    return df
