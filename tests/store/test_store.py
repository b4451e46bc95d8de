"""SQLite + JSONL writers: round trips, upserts without duplicates, errors table."""
import json
import sqlite3

import pytest

from pipeline import store
from pipeline.export import SPEC_KEYS, write_jsonl
from pipeline.records import ArgRef, Candidate, Claim, DateMention, Document, Entity, Footnote, Quantity

TEXT = "プーチン大統領は2022年2月4日に、108億7000万ドルの武器を売却したと述べた1。"


def sample_doc(doc_id="a" * 64, source="corpus/x.txt") -> Document:
    p = doc_id[:4] + "-"  # ids are unique across documents, as make_id makes them
    return Document(
        doc_id, source, "utf-8", TEXT,
        entities=[
            Entity(0, 4, "プーチン", "PERSON", "person:vladimir-putin", "Vladimir Putin", "ウラジーミル・プーチン",
                   "exact", 1.0, id=p + "E0-4", model_label="Person", role="大統領",
                   candidates=(Candidate("person:vladimir-putin", 1.0, "exact"),)),
            Entity(4, 7, "大統領", "OTHER", id=p + "E4-7"),
        ],
        dates=[DateMention(8, 17, "2022年2月4日", "2022-02-04", "2022-02-04", "2022-02-04", False, None, id=p + "D8-17")],
        quantities=[Quantity(19, 29, "108億7000万ドル", 10870000000, "USD", id=p + "Q19-29")],
        footnotes=[Footnote(1, 42, 43)],
        claims=[Claim(0, 42, TEXT[:42], "売却する", ArgRef("プーチン", p + "E0-4", "person:vladimir-putin", "Vladimir Putin", 0, 4),
                      (ArgRef("武器", start=33, end=35),), ({"value": "2022-02-04", "earliest": "2022-02-04", "latest": "2022-02-04"},),
                      ({"value": 10870000000, "unit": "USD"},), "asserted", "positive", True,
                      ArgRef("プーチン大統領", p + "E0-4"), "と述べた", (1,), "reported", "supply", None, id=p + "C0-42")],
        warnings=["a warning"],
        alias_proposals=[("org:asean", "アセアン")],
    )


def test_targets_conjuncts_when_metadata_and_events_round_trip(tmp_path):
    from dataclasses import replace

    from pipeline.records import Actor, Event

    doc = sample_doc()
    p = doc.doc_id[:4] + "-"
    c = doc.claims[0]
    usa = ArgRef("米国", None, "country:usa", "United States", 36, 38, "dependency", "と")
    subj = (replace(c.subject, found_by="topic"), ArgRef("プーチン", p + "E0-4", "country:rus", "Russia", 0, 4, "topic"))
    when = {"value": "2022-02-04", "earliest": "2022-02-04", "latest": "2022-02-04", "source": "explicit"}
    doc.claims = [replace(c, subject=subj[0], subjects=subj, targets=(usa,), when=when)]
    doc.metadata = {"title": "題", "date": "2022", "sources": {"date": "manifest", "title": "detected"}}
    actor = Actor("person:vladimir-putin", "Vladimir Putin", "RUS", "GOV", "プーチン", p + "E0-4")
    doc.events = [Event(c.id + "-V0", c.id, when, actor, None, "COOPERATE", None, "military", "06", 2, "asserted",
                        "positive", True, "プーチン大統領", TEXT, 0, 42, "supply", None)]
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, doc, 1)
    assert store.read_document(con, doc.doc_id) == doc
    (row,) = store.rows(con, "SELECT year, source_country, document, doc_title FROM v_events")
    assert row == {"year": "2022", "source_country": "RUS", "document": "corpus/x.txt", "doc_title": "題"}
    store.write_document(con, doc, 2)  # a re-run replaces, never duplicates
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
    assert con.execute("SELECT COUNT(*) FROM claim_arguments WHERE role = 'subject'").fetchone()[0] == 2


def test_document_round_trip(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = sample_doc()
    store.write_document(con, doc, None)
    assert store.read_document(con, doc.doc_id) == doc


def test_rerun_updates_in_place(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = sample_doc()
    store.write_document(con, doc, 1)
    doc.entities = doc.entities[:1]
    store.write_document(con, doc, 2)
    counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("documents", "entities", "dates", "quantities", "footnotes", "claims", "claim_arguments")}
    assert counts == {"documents": 1, "entities": 1, "dates": 1, "quantities": 1, "footnotes": 1, "claims": 1, "claim_arguments": 3}


def test_failed_write_keeps_what_was_there(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = sample_doc()
    store.write_document(con, doc, 1)
    bad = sample_doc()
    bad.entities = [doc.entities[0], doc.entities[0]]  # duplicate primary key -> the transaction fails
    with pytest.raises(sqlite3.IntegrityError):
        store.write_document(con, bad, 2)
    assert store.read_document(con, doc.doc_id) == doc


def test_errors_are_upserted_and_cleared_on_success(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.record_error(con, "corpus/x.txt", "read", "first", 1)
    store.record_error(con, "corpus/x.txt", "read", "second", 2)
    assert con.execute("SELECT message FROM errors").fetchall() == [("second",)]
    store.write_document(con, sample_doc(), 3)
    assert con.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0


def test_jsonl_has_spec_keys_and_no_duplicates(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, sample_doc("b" * 64, "corpus/b.txt"), 1)
    store.write_document(con, sample_doc("a" * 64, "corpus/a.txt"), 1)
    store.write_document(con, sample_doc("a" * 64, "corpus/a.txt"), 2)
    path = tmp_path / "documents.jsonl"
    assert write_jsonl(con, path) == 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == ["corpus/a.txt", "corpus/b.txt"]
    assert tuple(rows[0]) == SPEC_KEYS + ("metadata", "events")  # schema 3 adds metadata and events
    assert "プーチン" in path.read_text(encoding="utf-8")  # ensure_ascii=False
    ent = rows[0]["entities"][0]
    assert {k: ent[k] for k in ("id", "start", "end", "text", "type", "glossary_id", "label_en", "label_ja", "match", "score")} == {
        "id": "aaaa-E0-4", "start": 0, "end": 4, "text": "プーチン", "type": "PERSON", "glossary_id": "person:vladimir-putin",
        "label_en": "Vladimir Putin", "label_ja": "ウラジーミル・プーチン", "match": "exact", "score": 1.0}
    claim = rows[0]["claims"][0]
    assert claim["subject"]["label_en"] == "Vladimir Putin" and claim["footnotes"] == [1]


def test_find_document_by_prefix_or_source(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, sample_doc(), 1)
    assert store.find_document(con, "aaaa") == "a" * 64
    assert store.find_document(con, "corpus/x.txt") == "a" * 64
    assert store.find_document(con, "x.txt") == "a" * 64
    assert store.find_document(con, "zzz") is None


def test_quantity_values_keep_integers_exact(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = sample_doc()
    doc.quantities = [Quantity(19, 29, "108億7000万ドル", 10870000000, "USD", id="Q1"), Quantity(0, 5, "18.8%", 18.8, "percent", id="Q2")]
    store.write_document(con, doc, 1)
    values = [q.value for q in store.read_document(con, doc.doc_id).quantities]
    assert values == [18.8, 10870000000] and isinstance(values[1], int)


def test_an_edited_file_replaces_its_old_version(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, sample_doc("a" * 64, "corpus/x.txt"), 1)
    store.write_document(con, sample_doc("b" * 64, "corpus/x.txt"), 2)  # same path, new bytes
    assert store.document_ids(con) == ["b" * 64]
    counts = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("entities", "dates", "quantities", "footnotes", "claims", "claim_arguments", "alias_proposals")}
    assert counts == {"entities": 2, "dates": 1, "quantities": 1, "footnotes": 1, "claims": 1,
                      "claim_arguments": 3, "alias_proposals": 1}  # the new version's rows only


def test_an_unchanged_document_still_replaces_its_old_version_and_clears_its_errors(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, sample_doc("b" * 64, "corpus/x.txt"), 1)
    with con:  # an old version of the same file beside it (stored by an older pipeline), and an error
        con.execute("INSERT INTO documents (doc_id, source, encoding, text, n_chars, warnings, processed_at)"
                    " VALUES (?, 'corpus/x.txt', 'utf-8', 'x', 1, '[]', '2020-01-01')", ("a" * 64,))
    store.record_error(con, "corpus/x.txt", "process", "failed once", 1)
    assert not store.write_document(con, sample_doc("b" * 64, "corpus/x.txt"), 2)  # the same records: kept
    assert store.document_ids(con) == ["b" * 64]
    assert con.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0


def test_find_document_is_literal_and_refuses_ambiguity(tmp_path):
    import pytest

    from pipeline.errors import PipelineError

    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, sample_doc("a" * 64, "corpus/a_one.txt"), 1)
    store.write_document(con, sample_doc("b" * 64, "corpus/b_two.txt"), 1)
    assert store.find_document(con, "b_") == "b" * 64  # '_' is not a wildcard
    assert store.find_document(con, "a_one") == "a" * 64
    with pytest.raises(PipelineError, match=r"'corpus/' matches 2 documents \(corpus/a_one.txt, corpus/b_two.txt\); give more of the path"):
        store.find_document(con, "corpus/")


def test_a_database_of_another_schema_version_is_refused(tmp_path):
    import sqlite3 as sq

    import pytest

    from pipeline.errors import PipelineError

    db = tmp_path / "db.sqlite"
    sq.connect(db).execute("PRAGMA user_version = 99")
    with pytest.raises(PipelineError, match="database schema version 99"):
        store.connect(db)
