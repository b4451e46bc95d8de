"""Every foreign key's child columns lead an index: replacing a document's rows (a re-run) deletes its
claims, sentences, dates ... and SQLite's ON DELETE CASCADE then finds the rows that refer to each
of them through that index; without one it scanned the whole child table once per deleted row (a
re-run of a corpus grew with the square of its size)."""
from pipeline import store


def test_every_foreign_key_is_indexed(tmp_path):
    con = store.connect(tmp_path / "pipeline.sqlite")
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    missing = []
    for table in tables:
        fks: dict[int, list[str]] = {}
        for fk in con.execute(f"PRAGMA foreign_key_list({table})"):
            fks.setdefault(fk[0], []).append(fk[3])  # (id, seq, parent table, child column, ...)
        leads = [[c[2] for c in con.execute(f"PRAGMA index_info({ix[1]})")]
                 for ix in con.execute(f"PRAGMA index_list({table})")]
        for cols in fks.values():
            if not any(lead[:len(cols)] == cols for lead in leads):
                missing.append(f"{table}({', '.join(cols)})")
    assert missing == []


def test_an_old_store_gets_the_indexes_when_opened(tmp_path):
    db = tmp_path / "pipeline.sqlite"
    con = store.connect(db)
    con.execute("DROP INDEX claim_dates_date")
    con.close()
    con = store.connect(db)  # CREATE INDEX IF NOT EXISTS: added to a store written before
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "claim_dates_date" in names
