"""The catalog describes every table and column of the store (exports take types from it)."""
import sqlite3

from pipeline import store


def test_catalog_describes_every_column_of_the_store(seed_run):
    summary, _, _ = seed_run
    assert store.undescribed(sqlite3.connect(summary.database)) == []


def test_catalog_names_an_undescribed_column(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    con.execute("ALTER TABLE entities ADD COLUMN novelty TEXT")
    con.execute("CREATE VIRTUAL TABLE things_fts USING fts5(x)")  # derived indexes are not dataset tables
    assert store.undescribed(con) == ["entities.novelty"]


def test_every_catalog_type_is_a_table_schema_type():
    for table in store.table_catalog().values():
        for col in table.columns:
            assert col.description, f"{table.name}.{col.name}"
            if col.type == "array":
                assert col.items or col.fields, f"{table.name}.{col.name}: say what the array holds"
