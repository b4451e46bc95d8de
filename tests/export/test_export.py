"""CSV/Parquet export of the store: every table, read back with every field of every row equal."""
import csv
import io
import math
import sqlite3

import pandas as pd
import pytest

from pipeline import cli
from pipeline.export import TABLES


def _cell(v):
    """A comparable form of one cell: NULL, NaN and (in CSV, where they cannot differ) '' are None;
    numbers as floats (CSV writes an integer column with NULLs as 1.0); text as is."""
    if v is None or v == "" or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(v) if str(float(v)) == v or str(int(v)) == v else v
    except (TypeError, ValueError):
        return v


def _rows(df):
    return [tuple(_cell(v) for v in row) for row in df.itertuples(index=False, name=None)]


READERS = {
    "csv": lambda p: pd.read_csv(p, encoding="utf-8-sig", dtype=str, keep_default_na=False),
    "parquet": pd.read_parquet,
}


# Parquet is typed (booleans, dates, lists of structs): its every-field round trip is
# tests/export/test_datapackage.py::test_parquet_round_trip_keeps_every_field_of_every_row
@pytest.mark.parametrize("fmt", ["csv"])
def test_export_round_trip(seed_run, tmp_path, fmt):
    summary, out, doc = seed_run
    assert cli.main(["export", "--format", fmt, "--out", str(out), "--to", str(tmp_path)]) == 0
    con = sqlite3.connect(summary.database)
    for table in TABLES:
        stored = pd.read_sql_query(f"SELECT * FROM {table}", con)
        back = READERS[fmt](tmp_path / f"{table}.{fmt}")
        assert list(back.columns) == list(stored.columns), table
        assert _rows(back) == _rows(stored), table
    ents = READERS[fmt](tmp_path / f"entities.{fmt}")
    nato = ents[ents["text"] == "NATO"].iloc[0]
    assert (nato["glossary_id"], nato["label_en"], nato["type"]) == ("org:nato", "North Atlantic Treaty Organization", "ORGANIZATION")
    assert doc["text"][int(nato["start"]) : int(nato["end"])] == "NATO"


def test_csv_keeps_japanese_text_and_line_breaks_exactly(seed_run, tmp_path):
    summary, out, doc = seed_run
    assert cli.main(["export", "--format", "csv", "--out", str(out), "--to", str(tmp_path)]) == 0
    docs = READERS["csv"](tmp_path / "documents.csv")
    assert docs["text"].tolist() == [doc["text"]]  # newlines, full-width characters, no BOM inside


def _store_with_pages(tmp_path):
    from pipeline import store
    from pipeline.records import Document, Entity

    con = store.connect(tmp_path / "db.sqlite")
    doc = Document("c" * 64, "x.txt", "utf-8", "日本とロシア, \"NATO\"", entities=[
        Entity(0, 2, "日本", "COUNTRY", "country:jpn", "Japan", "日本", "exact", 1.0, id="cccc-E0-2", page=3),
        Entity(3, 6, "ロシア", "COUNTRY", "country:rus", "Russia", "ロシア", "exact", 1.0, id="cccc-E3-6"),
    ])
    store.write_document(con, doc, None)
    return con


def test_csv_writes_an_integer_column_with_nulls_as_integers(tmp_path):
    # regression: the CSV export went through pandas, which made a column of integers and NULLs
    # floats (page 3 was written "3.0")
    from pipeline.export import export_tables

    export_tables(_store_with_pages(tmp_path), tmp_path / "csv")
    raw = (tmp_path / "csv" / "entities.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" not in raw  # BOM for Excel, \n line ends
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(r["text"], r["page"]) for r in rows] == [("日本", "3"), ("ロシア", "")]
    docs = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "documents.csv").read_text("utf-8-sig"))))
    assert docs[0]["text"] == "日本とロシア, \"NATO\""  # quoted and read back exactly


def test_csv_export_and_data_package_share_one_csv_writer():
    # regression: tables.py wrote CSV through pandas and datapackage.py through csv.writer
    import inspect

    from pipeline.export import csvfile, datapackage, tables

    for module in (tables, datapackage):
        source = inspect.getsource(module)
        assert "write_csv(" in source and "csv.writer" not in source and "to_csv" not in source, module.__name__
    assert tables.write_csv is datapackage.write_csv is csvfile.write_csv


def test_jsonl_document_is_what_asdict_gives_without_the_deep_copy(seed_run):
    """document_to_json converts records itself (asdict's deep copy was most of writing documents.jsonl):
    the seed's stored document must give exactly asdict's dict, events included."""
    from dataclasses import asdict

    from pipeline import store
    from pipeline.export import SPEC_KEYS, document_to_json

    summary, _, _ = seed_run
    con = sqlite3.connect(summary.database)
    (doc_id,) = store.document_ids(con)
    doc = store.read_document(con, doc_id)
    full = asdict(doc)
    mine = document_to_json(doc)
    assert list(mine) == list(SPEC_KEYS) + ["metadata", "events"]
    assert mine == {k: full[k] for k in mine}
    assert doc.entities and doc.claims and mine["claims"][0]["subject"] == full["claims"][0]["subject"]
    assert [type(v) for v in mine["claims"][0].values()] == [type(v) for v in full["claims"][0].values()]
