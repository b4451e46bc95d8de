"""A re-run redoes only what changed: a document processed to the records already stored is not
rewritten, documents.jsonl and events.jsonl lines are remade only for rewritten documents (and for all
of them after a code change), the full-text indexes get only the changed rows; every output is what
a cold run (or a whole rebuild) gives."""
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from pipeline import store
from pipeline.config import Config
from pipeline.run import outputs
from pipeline.run.batch import load_resources, run

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"
NAMES = ("news_01.txt", "diet_01.txt", "paper_01.txt")
TALKS = "id\ttype\tlabel_ja\tlabel_en\nevent:test_talks\tEVENT\t会談\tBilateral talks\n"


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES:
        shutil.copy(DEV / name, docs / name)
    return docs


def _edited(tmp_path: Path, resources):
    extra = tmp_path / "extra.tsv"
    extra.write_text(TALKS, encoding="utf-8")
    edited = load_resources(Config(glossaries=["default", str(extra)]))
    return replace(edited, nlp=resources.nlp)  # the session's model: the cold reference parses with it


def _fts(db: Path) -> dict:
    con = sqlite3.connect(db)
    return {t: con.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in ("claims_fts", "documents_fts")}


def _indexed(db: Path) -> dict:
    """What each index holds, by the claim's or document's id (rowids differ between stores)."""
    con = sqlite3.connect(db)
    return {"claims": sorted(con.execute("SELECT c.id, f.text, f.actors, f.predicate FROM claims_fts f"
                                         " JOIN claims c ON c.rowid = f.rowid")),
            "documents": sorted(con.execute("SELECT d.doc_id, f.text, f.source FROM documents_fts f"
                                            " JOIN documents d ON d.rowid = f.rowid")),
            "rows": [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("claims_fts", "documents_fts")]}


def test_a_glossary_edit_rewrites_only_the_documents_it_changed_and_gives_a_cold_runs_files(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    edited = _edited(tmp_path, resources)
    again = run([str(docs)], out, edited.config, resources=edited, progress=False)
    cold = tmp_path / "cold"
    run([str(docs)], cold, edited.config, resources=edited, progress=False, cache=False)
    for name in ("documents.jsonl", "events.jsonl"):
        assert (out / name).read_bytes() == (cold / name).read_bytes()
    talks = {Path(p).name for p in again.processed if "会談" in Path(p).read_text(encoding="utf-8")}
    assert talks and talks != set(NAMES)  # the edit touches some documents, not all
    assert {Path(p).name for p in again.unchanged} == set(NAMES) - talks
    con = sqlite3.connect(out / "pipeline.sqlite")
    run_id = again.run_id
    assert con.execute("SELECT COUNT(*) FROM documents WHERE run_id = ?", (run_id,)).fetchone()[0] == len(NAMES)
    assert _indexed(out / "pipeline.sqlite") == _indexed(cold / "pipeline.sqlite")


def test_incremental_full_text_indexes_equal_a_rebuild_after_rewrites_and_removals(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    db = out / "pipeline.sqlite"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    edited = _edited(tmp_path, resources)
    run([str(docs)], out, edited.config, resources=edited, progress=False)
    (docs / NAMES[0]).unlink()
    run([str(docs)], out, edited.config, resources=edited, progress=False, prune=True)
    incremental = _fts(db)
    con = store.connect(db)
    store.rebuild_fts(con)
    assert _fts(db) == incremental
    assert con.execute("SELECT COUNT(*) FROM documents_fts").fetchone()[0] == len(NAMES) - 1
    hits = store.search_claims(con, "防衛省")  # in the Diet record, still stored
    assert hits and all(h["doc_id"] in store.document_ids(con) for h in hits)


def test_a_changed_claim_argument_drops_its_index_row_until_the_refresh(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    con = store.connect(out / "pipeline.sqlite")
    claim_id, rowid = con.execute("SELECT a.claim_id, c.rowid FROM claim_arguments a JOIN claims c ON c.id = a.claim_id"
                                  " LIMIT 1").fetchone()
    with con:
        con.execute("UPDATE claim_arguments SET label_en = 'Zanzibar Test' WHERE claim_id = ?", (claim_id,))
    assert con.execute("SELECT COUNT(*) FROM claims_fts WHERE rowid = ?", (rowid,)).fetchone()[0] == 0
    store.refresh_fts(con)
    assert [r["id"] for r in store.search_claims(con, "Zanzibar Test")] == [claim_id]


def test_lines_are_remade_only_for_rewritten_documents_and_all_after_a_code_change(resources, tmp_path, monkeypatch):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    con = store.connect(out / "pipeline.sqlite")
    jsonl, events = out / "documents.jsonl", out / "events.jsonl"
    before = jsonl.read_bytes(), events.read_bytes()
    assert outputs.write_outputs(con, jsonl, events) == (len(NAMES), 0)  # every line kept
    assert (jsonl.read_bytes(), events.read_bytes()) == before
    monkeypatch.setattr(outputs, "code_fingerprint", lambda: "another version of the code")
    assert outputs.write_outputs(con, jsonl, events) == (len(NAMES), len(NAMES))  # every line made again
    assert (jsonl.read_bytes(), events.read_bytes()) == before


def test_a_rewritten_or_removed_document_loses_its_kept_lines(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    con = store.connect(out / "pipeline.sqlite")
    doc_id = store.document_ids(con)[0]
    doc = store.read_document(con, doc_id)
    assert store.write_document(con, doc, None) is True  # read back, not the object a run stored: rewritten once
    assert store.write_document(con, doc, None) is False  # the same records again: not rewritten
    assert con.execute("SELECT line FROM document_lines WHERE doc_id = ?", (doc_id,)).fetchone() == (None,)
    changed = replace(doc, warnings=doc.warnings + ["a new warning"])
    assert store.write_document(con, changed, None) is True
    assert store.read_document(con, doc_id).warnings[-1] == "a new warning"
    store.remove_documents(con, [doc_id])
    assert con.execute("SELECT COUNT(*) FROM document_lines WHERE doc_id = ?", (doc_id,)).fetchone()[0] == 0


def test_the_document_lines_table_is_not_part_of_the_dataset(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert store.undescribed(con) == []
    assert "document_lines" not in store.table_catalog()


def test_lines_that_cannot_be_kept_still_give_the_files(resources, tmp_path, monkeypatch):
    import sqlite3 as sq

    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    before = (out / "documents.jsonl").read_bytes()
    con = store.connect(out / "pipeline.sqlite")
    with con:
        con.execute("UPDATE document_lines SET line = NULL")  # as after a run whose store filled up

    def full(con, rows):
        raise sq.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "put_lines", full)
    jsonl = out / "documents.jsonl"
    assert outputs.write_outputs(con, jsonl, out / "events.jsonl") == (len(NAMES), len(NAMES))
    assert jsonl.read_bytes() == before
