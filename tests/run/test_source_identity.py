"""One file, two documents: `source` was the path as typed, so edit/a.txt and /abs/.../edit/a.txt were two
sources; after an edit the old version stayed beside the new one, and unchanged files warned 'same bytes'."""
import json
import sqlite3

from pipeline.run.batch import run

V1 = "ロシアは2004年11月に東南アジア友好協力条約に調印した。"
V2 = "ロシアは2005年12月にクアラルンプールでサミットを開催した。"


def _docs(out):
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def test_edited_file_typed_relative_then_absolute_is_one_document(tmp_path, monkeypatch, resources):
    (tmp_path / "edit").mkdir()
    f = tmp_path / "edit" / "a.txt"
    f.write_text(V1, encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    warnings = []
    run(["edit/a.txt"], out, resources.config, resources=resources, progress=False, warn=warnings.append)
    f.write_text(V2, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "edit")  # another cwd, the absolute path
    run([str(f)], out, resources.config, resources=resources, progress=False, warn=warnings.append)
    docs = _docs(out)
    assert [(d["source"], d["text"]) for d in docs] == [("a.txt", V2)]  # the old version is gone
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert con.execute("SELECT path FROM documents").fetchall() == [(str(f.resolve()),)]
    assert warnings == []


def test_unchanged_file_from_another_cwd_gives_no_same_bytes_warning(tmp_path, monkeypatch, resources):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(V1, encoding="utf-8")
    out = tmp_path / "out"
    warnings = []
    monkeypatch.chdir(tmp_path)
    run(["corpus"], out, resources.config, resources=resources, progress=False, warn=warnings.append)
    run([str(tmp_path / "corpus")], out, resources.config, resources=resources, progress=False, warn=warnings.append)
    monkeypatch.chdir(tmp_path / "corpus")
    run(["a.txt"], out, resources.config, resources=resources, progress=False, warn=warnings.append)
    assert warnings == []
    assert [d["source"] for d in _docs(out)] == ["a.txt"]


def test_same_name_under_two_roots_is_two_documents(tmp_path, resources):
    for folder, text in (("x", V1), ("y", V2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run([str(tmp_path / "x"), str(tmp_path / "y")], out, resources.config, resources=resources, progress=False)
    assert sorted(d["text"] for d in _docs(out)) == sorted([V1, V2])
