"""The runs and glossary tables, raw stored JSON, and connect(): every column written checked."""
import re

import pytest

from pipeline import store
from pipeline.errors import PipelineError
from pipeline.glossary import GlossaryEntry
from pipeline.records import Claim, DateMention, Document, Quantity

UTC_SECONDS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")


def test_a_run_is_started_and_finished(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    first = store.start_run(con, "0.1.0", "ja_ginza", "cfg123", "glo456")
    second = store.start_run(con, "0.1.0", "ja_ginza", "cfg123", "glo456")
    assert (first, second) == (1, 2)
    store.finish_run(con, first, 7, 2)
    rows = con.execute("SELECT run_id, started_at, finished_at, pipeline_version, model, config_fingerprint,"
                       " glossary_fingerprint, n_documents, n_errors FROM runs ORDER BY run_id").fetchall()
    assert [r[:1] + r[3:] for r in rows] == [(1, "0.1.0", "ja_ginza", "cfg123", "glo456", 7, 2),
                                            (2, "0.1.0", "ja_ginza", "cfg123", "glo456", None, None)]
    assert UTC_SECONDS.match(rows[0][1]) and UTC_SECONDS.match(rows[0][2]) and rows[1][2] is None


def test_the_glossary_table_is_replaced_with_every_column(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    old = GlossaryEntry("country:xxx", "COUNTRY", "旧国", "Old")
    store.write_glossary(con, [old])
    full = GlossaryEntry("country:vnm", "COUNTRY", "ベトナム", "Vietnam", ("越", "ヴェトナム"), ("Viet Nam", "VN"),
                         "VNM", "Q881", "1976-07-02", "2099-12-31", "a note", country="VNM", sector="GOV",
                         label_source="CLDR", source="glossary.tsv:7")
    bare = GlossaryEntry("org:asean", "ORGANIZATION", "東南アジア諸国連合", "ASEAN", source="glossary.tsv:8")
    store.write_glossary(con, [full, bare])
    assert con.execute("SELECT * FROM glossary ORDER BY 1").fetchall() == [
        ("country:vnm", "COUNTRY", "ベトナム", "Vietnam", "越|ヴェトナム", "Viet Nam|VN", "VNM", "Q881",
         "1976-07-02", "2099-12-31", "a note", "glossary.tsv:7", "VNM", "GOV", "CLDR"),
        ("org:asean", "ORGANIZATION", "東南アジア諸国連合", "ASEAN", "", "", None, None, None, None, None,
         "glossary.tsv:8", None, None, None),
    ]


def _doc():
    text = "約3人が2022年頃に来日したと述べた。"
    return Document(
        "d" * 64, "corpus/d.txt", "utf-8", text,
        dates=[DateMention(4, 10, "2022年頃", "2022~", "2022-01-01", "2022-12-31", True, None, id="dddd-D4-10")],
        quantities=[Quantity(0, 3, "約3人", 3, "人", True, "約", id="dddd-Q0-3")],
        claims=[Claim(0, 19, text[:19], "来日する", None, (), ({"value": "2022~"},), ({"value": 3, "unit": "人"},),
                      "asserted", "positive", True, None, "と述べた", (), "reported", None, None, id="dddd-C0-19")],
        warnings=["注の番号が飛んでいる"])


def test_approximate_flags_round_trip(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, _doc(), 1)
    back = store.read_document(con, "d" * 64)
    assert [d.approximate for d in back.dates] == [True] and [q.approximate for q in back.quantities] == [True]
    assert back == _doc()


def test_stored_json_keeps_japanese_readable(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, _doc(), 1)
    assert con.execute("SELECT warnings FROM documents").fetchone() == ('["注の番号が飛んでいる"]',)
    assert con.execute("SELECT dates, quantities FROM claims").fetchone() == (
        '[{"value": "2022~"}]', '[{"value": 3, "unit": "人"}]')


def test_connect_creates_missing_folders(tmp_path):
    con = store.connect(tmp_path / "a" / "b" / "db.sqlite")
    assert (tmp_path / "a" / "b" / "db.sqlite").exists()
    assert con.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_database_that_cannot_be_opened_names_the_path_and_the_fix(tmp_path):
    (tmp_path / "db.sqlite").mkdir()  # a folder where the database file should be
    with pytest.raises(PipelineError, match=re.escape(f"{tmp_path / 'db.sqlite'}: cannot open the database (")
                       + r".*\); choose another --out folder$"):
        store.connect(tmp_path / "db.sqlite")


def test_an_ambiguous_key_lists_at_most_five_documents(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    for i in range(7):
        store.write_document(con, Document(str(i) * 64, f"corpus/n{i}.txt", "utf-8", "本文。"), 1)
    with pytest.raises(PipelineError, match=r"'corpus/n' matches 7 documents \(corpus/n0.txt, corpus/n1.txt, "
                       r"corpus/n2.txt, corpus/n3.txt, corpus/n4.txt\); give more of the path"):
        store.find_document(con, "corpus/n")
