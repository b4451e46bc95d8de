"""A full-text index made by another definition (an older pipeline's columns or tokenizer) is rebuilt
by the next refresh: checking only that the index and trigger names exist kept a unicode61 index, in
which a Japanese word inside a run of kana and kanji is never found."""
from pipeline import store
from pipeline.records import Claim, Document

TEXT = "岸田文雄首相は2023年11月にマニラを訪れた。"


def _store(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = Document("c" * 64, "x.txt", "utf-8", TEXT,
                   claims=[Claim(0, len(TEXT), TEXT, "訪れる", id="cccc-C0-24")])
    store.write_document(con, doc, 1)
    store.rebuild_fts(con)
    return con


def test_a_claims_index_made_with_another_tokenizer_is_rebuilt_and_finds_japanese(tmp_path):
    con = _store(tmp_path)
    if store.refresh_fts(con) != "trigram":
        return  # this SQLite has no trigram tokenizer: there is nothing else to rebuild to
    with con:  # what an older pipeline left: the same names and columns, the default tokenizer
        con.execute("DROP TABLE claims_fts")
        con.execute("CREATE VIRTUAL TABLE claims_fts USING fts5(text, actors, predicate)")
        con.execute("INSERT INTO claims_fts (rowid, text, actors, predicate) SELECT rowid, text, '', predicate FROM claims")
    assert store.search_claims(con, "マニラ") == []
    store.refresh_fts(con)
    assert [c["id"] for c in store.search_claims(con, "マニラ")] == ["cccc-C0-24"]
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'").fetchone()[0]
    assert "tokenize='trigram'" in sql


def test_a_changed_trigger_is_made_again(tmp_path):
    con = _store(tmp_path)
    with con:  # an older trigger that removed nothing: changed claims kept their stale index rows
        con.execute("DROP TRIGGER claims_fts_updated")
        con.execute("CREATE TRIGGER claims_fts_updated AFTER UPDATE ON claims BEGIN SELECT 1; END")
    store.refresh_fts(con)
    with con:
        con.execute("UPDATE claims SET text = 'ハノイを訪れた。'")
    store.refresh_fts(con)
    assert store.search_claims(con, "マニラ") == []
    assert [c["id"] for c in store.search_claims(con, "ハノイ")] == ["cccc-C0-24"]


def test_an_index_of_this_code_is_kept_not_rebuilt(tmp_path):
    con = _store(tmp_path)
    before = con.execute("SELECT rowid FROM claims_fts_data ORDER BY rowid").fetchall()
    store.refresh_fts(con)
    assert con.execute("SELECT rowid FROM claims_fts_data ORDER BY rowid").fetchall() == before
