"""A re-run of the same bytes updates the stored document in place: every column of the documents
row comes from the newest run (source, encoding, text, warnings, run id), and reading it back gives
exactly the newest record, children included."""
from pipeline import store
from pipeline.records import DateMention, Document, Entity

TEXT = "岸田文雄首相は2023年11月にマニラを訪れた。"


def doc(source: str, warnings: list[str], entities: list[Entity]) -> Document:
    return Document("c" * 64, source, "utf-8", TEXT, entities=entities,
                    dates=[DateMention(7, 15, "2023年11月", "2023-11", "2023-11-01", "2023-11-30", False, None,
                                       id="cccc-D7-15")],
                    warnings=warnings)


FIRST = [Entity(0, 4, "岸田文雄", "PERSON", id="cccc-E0-4")]
SECOND = [Entity(0, 4, "岸田文雄", "PERSON", id="cccc-E0-4"), Entity(17, 20, "マニラ", "LOCATION", id="cccc-E17-20")]


def test_rerun_replaces_source_warnings_and_run_id(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, doc("corpus/old/x.txt", ["stale warning"], FIRST), 1)
    store.write_document(con, doc("corpus/new/x.txt", ["fresh warning", "second"], SECOND), 2)
    row = con.execute("SELECT doc_id, source, encoding, text, n_chars, warnings, run_id FROM documents").fetchall()
    assert row == [("c" * 64, "corpus/new/x.txt", "utf-8", TEXT, 24, '["fresh warning", "second"]', 2)]


def test_rerun_reads_back_as_the_newest_record(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, doc("corpus/old/x.txt", ["stale warning"], FIRST), 1)
    newest = doc("corpus/new/x.txt", [], SECOND)
    store.write_document(con, newest, 2)
    assert store.read_document(con, "c" * 64) == newest
    assert store.find_document(con, "corpus/old/x.txt") is None
