"""export.frame: a stored table as a typed pandas DataFrame, row for row what the store holds."""
import sqlite3

import pandas as pd

from pipeline.export import frame


def test_entities_frame_is_the_stored_table_typed(seed_run):
    summary, _, _ = seed_run
    con = sqlite3.connect(summary.database)
    df = frame(con, "entities")
    stored = con.execute('SELECT id, start, "end", text, glossary_id FROM entities').fetchall()
    assert len(df) == len(stored) > 300
    got = sorted((i, int(s), int(e), t, None if pd.isna(g) else g)
                 for i, s, e, t, g in zip(df["id"], df["start"], df["end"], df["text"], df["glossary_id"]))
    assert got == sorted(stored)
    assert str(df["start"].dtype) == "Int64" and str(df["score"].dtype) == "Float64"
    n = len(con.execute("SELECT text FROM documents").fetchone()[0])
    assert all(0 <= s < e <= n for s, e in zip(df["start"], df["end"]))  # original-text offsets, as integers


def test_a_nullable_integer_stays_an_integer_and_arrays_stay_lists(seed_run):
    summary, _, _ = seed_run
    con = sqlite3.connect(summary.database)
    claims = frame(con, "claims")
    assert len(claims) == con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] > 0
    for col in claims.columns:
        if str(claims[col].dtype) == "Int64":
            assert not any(isinstance(v, float) for v in claims[col].dropna())
    arrays = [c for c in claims.columns if claims[c].map(lambda v: isinstance(v, list)).any()]
    assert arrays, "array columns (e.g. dates, quantities inside a claim) come back as lists"


def test_a_run_does_not_import_pandas():
    """`pipeline run` imports the export package (datasette metadata, documents.jsonl): pandas is
    imported by `frame` only, not with the package (about 0.5 s of every run's start)."""
    import subprocess
    import sys

    code = "import sys, pipeline.run, pipeline.export; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
