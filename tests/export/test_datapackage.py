"""Publishing: a Frictionless data package that validates, typed Parquet, and DuckDB over Parquet
giving the same answers as SQLite."""
import csv
import json
import sqlite3

import pytest

from pipeline import cli, store
from pipeline.export.typed import typed_rows
from pipeline.records import Document, Entity

frictionless = pytest.importorskip("frictionless")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = "日本とロシアの関係"


def _small_store(tmp_path):
    """Two entities: one whose role is an empty string, one whose role is NULL."""
    con = store.connect(tmp_path / "db.sqlite")
    doc = Document("b" * 64, "x.txt", "utf-8", TEXT, entities=[
        Entity(0, 2, "日本", "COUNTRY", "country:jpn", "Japan", "日本", "exact", 1.0, id="bbbb-E0-2", role=""),
        Entity(3, 6, "ロシア", "COUNTRY", "country:rus", "Russia", "ロシア", "exact", 1.0, id="bbbb-E3-6"),
    ], warnings=["w1"])
    store.write_document(con, doc, None)
    return con


def _export(out, fmt, dest):
    assert cli.main(["export", "--format", fmt, "--out", str(out), "--to", str(dest)]) == 0


def test_datapackage_of_the_seed_validates_with_frictionless(seed_run, tmp_path):
    summary, out, _ = seed_run
    _export(out, "datapackage", tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    con = sqlite3.connect(summary.database)
    assert [r["name"] for r in package["resources"]] == list(store.table_catalog())
    for r in package["resources"]:
        n = con.execute(f'SELECT COUNT(*) FROM "{r["name"]}"').fetchone()[0]
        with (tmp_path / r["path"]).open(encoding="utf-8", newline="") as f:
            assert r["x_rows"] == n and sum(1 for _ in csv.reader(f)) == n + 1, r["name"]
        assert all(f["description"] for f in r["schema"]["fields"]), r["name"]
    fingerprint = con.execute("SELECT glossary_fingerprint FROM runs ORDER BY run_id DESC").fetchone()[0]
    assert package["x_pipeline"]["glossary_fingerprint"] == fingerprint
    fields = {f["name"]: f["type"] for f in package["resources"][2]["schema"]["fields"]}  # dates
    assert (fields["earliest"], fields["approximate"]) == ("date", "boolean")


def test_datapackage_tells_null_from_empty_string(tmp_path):
    con = _small_store(tmp_path)
    from pipeline.export.datapackage import write_datapackage

    write_datapackage(con, tmp_path / "pkg")
    package = frictionless.Package(str(tmp_path / "pkg" / "datapackage.json"))
    rows = package.get_resource("entities").read_rows()
    assert [(r["text"], r["role"]) for r in rows] == [("日本", ""), ("ロシア", None)]
    docs = package.get_resource("documents").read_rows()
    assert docs[0]["warnings"] == ["w1"]


def test_datapackage_declares_foreign_keys_so_a_dangling_row_is_invalid(tmp_path):
    con = _small_store(tmp_path)
    from pipeline.export.datapackage import write_datapackage

    write_datapackage(con, tmp_path / "pkg")
    csv_path = tmp_path / "pkg" / "data" / "entities.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("b" * 64, "c" * 64)
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = frictionless.validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {t for (t,) in report.flatten(["type"])}


def test_parquet_is_typed_and_empty_tables_keep_their_schema(seed_run, tmp_path):
    _, out, _ = seed_run
    _export(out, "parquet", tmp_path)
    dates = pq.read_schema(tmp_path / "dates.parquet")
    assert dates.field("approximate").type == pa.bool_()
    assert dates.field("earliest").type == pa.date32()
    claims = pq.read_schema(tmp_path / "claims.parquet")
    assert claims.field("attributed").type == pa.bool_()
    assert claims.field("footnotes").type == pa.list_(pa.int64())
    assert claims.field("dates").type.value_type == pa.struct(
        [("value", pa.string()), ("earliest", pa.date32()), ("latest", pa.date32())])
    errors = pq.read_table(tmp_path / "errors.parquet")  # the seed has no errors
    assert errors.num_rows == 0 and errors.schema.field("run_id").type == pa.int64()


def test_parquet_round_trip_keeps_every_field_of_every_row(seed_run, tmp_path):
    summary, out, _ = seed_run
    _export(out, "parquet", tmp_path)
    con = sqlite3.connect(summary.database)
    for table in store.table_catalog():
        got = pq.read_table(tmp_path / f"{table}.parquet").to_pylist()
        assert got == typed_rows(con, table), table


def test_duckdb_over_parquet_answers_like_sqlite(seed_run, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    summary, out, _ = seed_run
    _export(out, "parquet", tmp_path)
    sql = ("SELECT e.label_en, count(*) AS n FROM {a} a JOIN {e} e ON e.id = a.entity_id"
           " WHERE a.role = 'subject' AND e.label_en IS NOT NULL GROUP BY e.label_en ORDER BY n DESC, e.label_en")
    want = sqlite3.connect(summary.database).execute(sql.format(a="claim_arguments", e="entities")).fetchall()
    got = duckdb.sql(sql.format(a=f"'{tmp_path / 'claim_arguments.parquet'}'",
                                e=f"'{tmp_path / 'entities.parquet'}'")).fetchall()
    assert got == want and len(want) > 5


def test_bce_bounds_survive_parquet_and_keep_the_data_package_valid(tmp_path):
    from pipeline.export.datapackage import write_datapackage
    from pipeline.export.parquet import write_parquet
    from pipeline.records import DateMention

    con = store.connect(tmp_path / "db.sqlite")
    text = "紀元前2000年と2020年"
    doc = Document("e" * 64, "bce.txt", "utf-8", text, dates=[
        DateMention(0, 7, "紀元前2000年", "-1999", "-1999-01-01", "-1999-12-31", id="eeee-D0-7"),
        DateMention(8, 13, "2020年", "2020", "2020-01-01", "2020-12-31", id="eeee-D8-13")])
    store.write_document(con, doc, None)
    write_parquet(con, tmp_path / "pq", ["dates"])
    back = pq.read_table(tmp_path / "pq" / "dates.parquet")
    assert back.schema.field("earliest").type == pa.date32()
    # days since 1970-01-01 in the proleptic Gregorian calendar, year -1999 = 2000 BCE
    assert back.column("earliest").cast(pa.int32()).to_pylist() == [-1449647, 18262]
    write_datapackage(con, tmp_path / "pkg")
    report = frictionless.validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    rows = frictionless.Package(str(tmp_path / "pkg" / "datapackage.json")).get_resource("dates").read_rows()
    assert [r["earliest"] for r in rows] == ["-1999-01-01", "2020-01-01"]  # text in this package: BCE is not a Table Schema date
