"""CSV/Parquet export of the store: every table, readable back with the same rows."""
import sqlite3

import pandas as pd
import pytest

from pipeline import cli
from pipeline.export import TABLES


@pytest.mark.parametrize("fmt, read", [("csv", lambda p: pd.read_csv(p, encoding="utf-8-sig")), ("parquet", pd.read_parquet)])
def test_export_round_trip(seed_run, tmp_path, fmt, read):
    summary, out, doc = seed_run
    assert cli.main(["export", "--format", fmt, "--out", str(out), "--to", str(tmp_path)]) == 0
    con = sqlite3.connect(summary.database)
    for table in TABLES:
        df = read(tmp_path / f"{table}.{fmt}")
        assert len(df) == con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0], table
    ents = read(tmp_path / f"entities.{fmt}")
    nato = ents[ents["text"] == "NATO"].iloc[0]
    assert (nato["glossary_id"], nato["label_en"], nato["type"]) == ("org:nato", "North Atlantic Treaty Organization", "ORGANIZATION")
    assert doc["text"][int(nato["start"]) : int(nato["end"])] == "NATO"
