"""There was no way to remove one document, documents whose files were gone stayed forever, and errors rows
for paths that no longer exist were never cleared."""
import json
import sqlite3

import pytest

import pipeline.run.batch as batch
from pipeline import cli

TEXTS = {"a.txt": "ロシアは2004年11月に条約に調印した。", "b.txt": "ベトナムは2016年に戦闘機を購入した。",
         "c.txt": "タイは2019年に会議を主催した。"}


@pytest.fixture
def out(tmp_path, monkeypatch, resources):
    monkeypatch.setattr(batch, "load_resources", lambda config: resources.__class__(
        resources.nlp, resources.glossary, resources.lexicon, config))
    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in TEXTS.items():
        (inp / name).write_text(text, encoding="utf-8")
    (inp / "bad.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    assert cli.main(["run", str(inp), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    return tmp_path / "out"


def _sources(out):
    return sorted(json.loads(x)["source"] for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines())


def _count(out, table):
    return sqlite3.connect(out / "pipeline.sqlite").execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _event_docs(out):
    return {json.loads(x)["doc_id"] for x in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()}


def test_remove_one_document_with_all_its_records(out, capsys):
    before = _count(out, "entities")
    b_id = sqlite3.connect(out / "pipeline.sqlite").execute("SELECT doc_id FROM documents WHERE source = 'b.txt'").fetchone()[0]
    assert b_id in _event_docs(out)  # b.txt's purchase is an event
    assert cli.main(["remove", "b.txt", "--out", str(out)]) == 0
    assert "removed b.txt" in capsys.readouterr().err
    assert _sources(out) == ["a.txt", "c.txt"]
    assert b_id not in _event_docs(out)  # events.jsonl is rewritten with documents.jsonl, not left stale
    assert 0 < _count(out, "entities") < before and _count(out, "claim_arguments") == sqlite3.connect(
        out / "pipeline.sqlite").execute("SELECT COUNT(*) FROM claim_arguments a JOIN claims c ON c.id = a.claim_id").fetchone()[0]


def test_remove_by_doc_id_prefix_and_an_unknown_key(out, capsys):
    doc_id = sqlite3.connect(out / "pipeline.sqlite").execute("SELECT doc_id FROM documents WHERE source = 'a.txt'").fetchone()[0]
    assert cli.main(["remove", doc_id[:10], "nothing.txt", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "removed a.txt" in err and "Error: no stored document matches 'nothing.txt'" in err
    assert _sources(out) == ["b.txt", "c.txt"]


def test_run_prune_drops_documents_whose_files_are_gone(out, tmp_path, capsys):
    (tmp_path / "in" / "c.txt").unlink()
    (tmp_path / "in" / "bad.txt").unlink()
    assert cli.main(["run", str(tmp_path / "in" / "a.txt"), "--out", str(out), "--quiet", "--prune"]) == 0
    assert "Removed c.txt" in capsys.readouterr().err
    assert _sources(out) == ["a.txt", "b.txt"]  # b.txt still exists: kept though not in this run
    assert _count(out, "errors") == 0  # bad.txt is gone, and so is its error


def test_errors_of_vanished_files_are_cleared_without_prune(out, tmp_path):
    assert _count(out, "errors") == 1
    (tmp_path / "in" / "bad.txt").unlink()
    assert cli.main(["run", str(tmp_path / "in" / "a.txt"), "--out", str(out), "--quiet"]) == 0
    assert _count(out, "errors") == 0 and _sources(out) == ["a.txt", "b.txt", "c.txt"]


def test_remove_writes_the_files_of_a_fresh_export_from_the_kept_lines(out, tmp_path, monkeypatch):
    from pipeline import store
    from pipeline.export import write_jsonl

    read = []
    real = store.read_document
    monkeypatch.setattr(store, "read_document", lambda con, doc_id: read.append(doc_id) or real(con, doc_id))
    assert cli.main(["remove", "b.txt", "--out", str(out)]) == 0
    assert read == []  # the other documents' lines were copied, not made again from their rows
    monkeypatch.setattr(store, "read_document", real)
    write_jsonl(store.connect(out / "pipeline.sqlite"), tmp_path / "fresh.jsonl", tmp_path / "fresh_events.jsonl")
    assert (out / "documents.jsonl").read_bytes() == (tmp_path / "fresh.jsonl").read_bytes()
    assert (out / "events.jsonl").read_bytes() == (tmp_path / "fresh_events.jsonl").read_bytes()
