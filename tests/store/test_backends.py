"""The same store guarantees on SQLite and on a real PostgreSQL server: round trips, re-runs that
update in place, a failure in the middle of a document that leaves the previous version, and the
same answers to the same queries on SQLite, PostgreSQL and DuckDB over the Parquet export."""
import json
import sqlite3
import uuid
from dataclasses import replace

import pytest

from pipeline import cli, store
from pipeline.export import write_jsonl
from pipeline.records import Document, Entity

psycopg = pytest.importorskip("psycopg")

TEXT = "日本とロシアは2023年に協議した。"


def _doc(doc_id="a" * 64, source="in/a.txt", label="Russia") -> Document:
    p = doc_id[:4]
    return Document(doc_id, source, "utf-8", TEXT, warnings=["w"], entities=[
        Entity(0, 2, "日本", "COUNTRY", "country:jpn", "Japan", "日本", "exact", 1.0, id=f"{p}-E0-2"),
        Entity(3, 6, "ロシア", "COUNTRY", "country:rus", label, "ロシア", "exact", 1.0, id=f"{p}-E3-6"),
    ])


@pytest.fixture
def pg_database(postgres_url):
    """A fresh database on the session's server, dropped afterwards."""
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres_url.replace("/postgres?", f"/{name}?", 1)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return tmp_path / "db.sqlite"
    return request.getfixturevalue("pg_database")


def _counts(con) -> dict:
    return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "entities", "runs")}


def test_a_document_reads_back_equal(target):
    con = store.connect(target)
    store.write_document(con, _doc(), None)
    assert store.read_document(con, "a" * 64) == _doc()


def test_a_rerun_updates_in_place_and_duplicates_nothing(target):
    con = store.connect(target)
    r1 = store.start_run(con, "v", "m", "c", "g")
    store.write_document(con, _doc(), r1)
    r2 = store.start_run(con, "v", "m", "c", "g")
    changed = _doc(label="Russian Federation")
    changed.warnings = ["w2"]
    store.write_document(con, changed, r2)
    assert store.read_document(con, "a" * 64) == changed  # not the stale label or warnings
    assert con.execute("SELECT run_id FROM documents").fetchone()[0] == r2 == r1 + 1
    assert _counts(con) == {"documents": 1, "entities": 2, "runs": 2}


def test_a_failure_in_the_middle_of_a_document_leaves_the_previous_version(target):
    con = store.connect(target)
    store.write_document(con, _doc(), 1)
    bad = _doc(label="changed")
    bad.entities = bad.entities + [bad.entities[0]]  # a duplicate primary key fails the second insert
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.UniqueViolation)):
        store.write_document(con, bad, 2)
    assert store.read_document(con, "a" * 64) == _doc()


def test_an_edited_file_replaces_its_old_version(target):
    con = store.connect(target)
    store.write_document(con, _doc(), 1)
    store.write_document(con, _doc(doc_id="b" * 64), 2)  # same source, new bytes
    assert store.document_ids(con) == ["b" * 64]
    assert _counts(con)["entities"] == 2


def test_an_unreachable_server_is_one_line_naming_it_without_the_password(tmp_path, capsys):
    url = f"postgresql://user:secret@/nodb?host={tmp_path}"
    assert cli.main(["inspect", "--db", url, "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Error: postgresql://user:***@/nodb?host={tmp_path}: cannot connect to PostgreSQL (")
    assert "secret" not in err and len(err.strip().splitlines()) == 1


QUERIES = [
    # mentions by English label
    "SELECT label_en, COUNT(*) AS n FROM {entities} WHERE label_en IS NOT NULL GROUP BY label_en"
    " ORDER BY n DESC, label_en LIMIT 15",
    # hedged or speculative claims with their cue
    "SELECT predicate, modality, cue FROM {claims} WHERE modality <> 'asserted' ORDER BY start, \"end\", predicate",
    # subjects of claims, joined to their entities
    "SELECT e.label_en, COUNT(*) AS n FROM {claim_arguments} a JOIN {entities} e ON e.id = a.entity_id"
    " WHERE a.role = 'subject' GROUP BY e.label_en ORDER BY n DESC, e.label_en NULLS LAST",
    # dated expressions by year of their earliest day
    "SELECT substr(CAST(earliest AS VARCHAR), 1, 4) AS year, COUNT(*) AS n FROM {dates}"
    " WHERE earliest IS NOT NULL GROUP BY year ORDER BY year",
]


def test_the_same_queries_answer_the_same_on_sqlite_postgresql_and_duckdb(seed_run, pg_database, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    summary, out, _ = seed_run
    assert cli.main(["export", "--out", str(out), "--to", pg_database]) == 0
    assert cli.main(["export", "--out", str(out), "--format", "parquet", "--to", str(tmp_path / "pq")]) == 0
    lite, pg = sqlite3.connect(summary.database), psycopg.connect(pg_database)
    names = ("entities", "claims", "claim_arguments", "dates")
    for sql in QUERIES:
        want = lite.execute(sql.format(**{n: n for n in names})).fetchall()
        assert [tuple(r) for r in pg.execute(sql.format(**{n: n for n in names})).fetchall()] == want, sql
        parquet = {n: f"'{tmp_path / 'pq' / n}.parquet'" for n in names}
        assert duckdb.sql(sql.format(**parquet)).fetchall() == want, sql
        assert want, sql


def test_a_copied_store_writes_byte_identical_jsonl(seed_run, pg_database, tmp_path):
    summary, out, _ = seed_run
    assert cli.main(["export", "--out", str(out), "--to", pg_database]) == 0
    pg = store.connect(pg_database)
    lite = store.connect(summary.database)
    assert store.document_ids(pg) == store.document_ids(lite)
    write_jsonl(pg, tmp_path / "pg.jsonl")
    write_jsonl(lite, tmp_path / "lite.jsonl")
    assert (tmp_path / "pg.jsonl").read_bytes() == (tmp_path / "lite.jsonl").read_bytes()
    assert pg.execute("SELECT COUNT(*) FROM glossary").fetchone() == lite.execute("SELECT COUNT(*) FROM glossary").fetchone()
    new_run = store.start_run(pg, "v", "m", "c", "g")  # ids go on after the copied runs
    assert new_run == lite.execute("SELECT MAX(run_id) FROM runs").fetchone()[0] + 1


def test_pipeline_run_into_postgresql_stores_what_sqlite_stores(resources, pg_database, tmp_path):
    from pipeline.run import run

    src = tmp_path / "doc.txt"
    src.write_text("日本とロシアは2023年に協議したと報じられた。\n", encoding="utf-8")
    lite = run([str(src)], tmp_path / "a", resources.config, resources=resources, progress=False)
    pg_config = resources.config.model_copy(update={"database": pg_database})
    pg = run([str(src)], tmp_path / "b", pg_config, resources=replace(resources, config=pg_config), progress=False)
    assert pg.processed == lite.processed and not pg.failed
    assert (tmp_path / "b" / "documents.jsonl").read_bytes() == (tmp_path / "a" / "documents.jsonl").read_bytes()
    again = run([str(src)], tmp_path / "b", pg_config, resources=replace(resources, config=pg_config), progress=False)
    con = store.connect(pg_database)
    assert _counts(con)["documents"] == 1 and _counts(con)["runs"] == 2 and not again.failed
    assert len(again.skipped) == 1 and not again.processed  # resumes on PostgreSQL too: runs.output_key
    assert json.loads((tmp_path / "b" / "documents.jsonl").read_text(encoding="utf-8"))["entities"]


def test_copying_a_store_keeps_its_errors_and_runs(tmp_path, pg_database):
    lite = store.connect(tmp_path / "db.sqlite")
    run_id = store.start_run(lite, "v", "m", "c", "g")
    store.write_document(lite, _doc(), run_id)
    store.record_error(lite, "in/bad.txt", "read", "in/bad.txt: not text", run_id, path="/abs/in/bad.txt")
    pg = store.connect(pg_database)
    assert store.copy_store(lite, pg) == 1
    assert store.copy_store(lite, pg) == 1  # again: upserts, nothing doubles
    for table in ("documents", "entities", "errors", "runs"):
        q = f"SELECT COUNT(*) FROM {table}"
        assert pg.execute(q).fetchone()[0] == lite.execute(q).fetchone()[0], table
    assert pg.execute("SELECT path, stage, message FROM errors").fetchall() == [("/abs/in/bad.txt", "read", "in/bad.txt: not text")]


def test_a_store_whose_document_lines_predate_the_write_token_writes_its_documents_again(target):
    con = store.connect(target)
    store.write_document(con, _doc(), 1)
    with con:  # document_lines as the previous version made it
        con.execute("ALTER TABLE document_lines DROP COLUMN written")
    con.close()
    con = store.connect(target)
    assert store.write_document(con, _doc(), 2)  # its old hash ties to no write: written again
    assert not store.write_document(con, _doc(), 3)
    con.close()
