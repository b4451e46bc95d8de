"""A document's rows rewritten by code that knows nothing of document_lines (an older checkout on the
same --out: it upserts the documents row and replaces the child rows) are not mistaken for the rows
the kept hash and lines describe: the next write rewrites them, and documents.jsonl is the tables'."""
from pipeline import store
from pipeline.export import write_jsonl
from pipeline.records import Document, Entity
from pipeline.run.outputs import write_outputs

TEXT = "岸田文雄首相は2023年11月にマニラを訪れた。"
DOC = Document("c" * 64, "x.txt", "utf-8", TEXT, entities=[Entity(0, 4, "岸田文雄", "PERSON", id="cccc-E0-4")])


def _outside_write(con) -> None:
    """What the older code did: the row upserted (its run, its time), the children replaced, nothing else."""
    with con:
        con.execute("UPDATE documents SET run_id = 7, processed_at = '2020-01-01T00:00:00+00:00' WHERE doc_id = ?",
                    (DOC.doc_id,))
        con.execute("DELETE FROM entities WHERE doc_id = ?", (DOC.doc_id,))
        con.execute("INSERT INTO entities (id, doc_id, start, \"end\", text, type, match, score, candidates)"
                    " VALUES ('cccc-E17-20', ?, 17, 20, 'マニラ', 'LOCATION', 'model', 1.0, '[]')", (DOC.doc_id,))


def _files(tmp_path, con):
    jsonl, events = tmp_path / "documents.jsonl", tmp_path / "events.jsonl"
    write_outputs(con, jsonl, events)
    write_jsonl(con, tmp_path / "fresh.jsonl", tmp_path / "fresh_events.jsonl")
    return jsonl.read_bytes(), (tmp_path / "fresh.jsonl").read_bytes()


def test_rows_rewritten_by_an_outside_writer_are_written_again_by_the_next_run(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    assert store.write_document(con, DOC, 1)
    _files(tmp_path, con)  # the lines are kept
    _outside_write(con)
    assert store.write_document(con, DOC, 2)  # the same records as the kept hash, but not the stored rows
    assert store.read_document(con, DOC.doc_id).entities == DOC.entities
    written, fresh = _files(tmp_path, con)
    assert written == fresh and "マニラ" not in written.decode().split('"entities"')[1]
    assert not store.write_document(con, DOC, 3)  # now the hash is the rows': skipped again


def test_documents_jsonl_shows_an_outside_writers_rows_until_they_are_rewritten(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, DOC, 1)
    _files(tmp_path, con)
    _outside_write(con)
    written, fresh = _files(tmp_path, con)  # the kept line described the rows before
    assert written == fresh and "cccc-E17-20" in written.decode()
    assert store.write_document(con, DOC, 2)  # making the line did not tie the old hash to these rows
    assert store.read_document(con, DOC.doc_id).entities == DOC.entities


def test_a_store_whose_document_lines_predate_the_write_token_is_written_again(tmp_path):
    db = tmp_path / "db.sqlite"
    con = store.connect(db)
    store.write_document(con, DOC, 1)
    with con:  # the table as the previous version made it
        con.execute("DROP TABLE document_lines")
        con.execute("CREATE TABLE document_lines (doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE"
                    " CASCADE, records TEXT NOT NULL, code TEXT, line TEXT, events TEXT)")
    con.close()
    con = store.connect(db)
    assert store.write_document(con, DOC, 2)
    assert not store.write_document(con, DOC, 3)
