"""A file name that is not UTF-8 (a Shift_JIS archive unpacked without -O cp932) used to crash the batch
with 'surrogates not allowed' in the store, then again in record_error; later files were never read."""
import json
import os
import sqlite3
from pathlib import Path

import pytest

from pipeline.inputs.identity import display, input_file
from pipeline.run.batch import run

JA = "ロシアは2004年11月に東南アジア友好協力条約に調印した。"
SJIS_NAME = "外交文書.txt".encode("cp932")  # b'\x8aO\x8c\xf0\x95\xb6\x8f\x91.txt'


def _make(folder, raw_name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as f:
        f.write(data)


@pytest.fixture
def sjis_folder(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    try:
        _make(inp, SJIS_NAME, JA.encode("utf-8"))
    except OSError:
        pytest.skip("this file system does not accept non-UTF-8 file names")
    (inp / "z_later.txt").write_text(JA + "\n", encoding="utf-8")  # other bytes: a second document
    return inp


@pytest.mark.parametrize("name, shown", [
    ("ロシア.txt", "ロシア.txt"),                                # UTF-8: unchanged
    (os.fsdecode("露.txt".encode("cp932")), "\\x98I.txt"),      # 露 in CP932 is 98 49 ('I')
    (os.fsdecode(b"a\xff.txt"), "a\\xff.txt"),
])
def test_display_makes_os_names_storable(name, shown):
    assert display(name) == shown
    shown.encode("utf-8")  # storable and printable: no lone surrogates left


def test_shift_jis_file_name_is_stored_and_the_batch_goes_on(sjis_folder, tmp_path, resources):
    warnings = []
    summary = run([str(sjis_folder)], tmp_path / "out", resources.config, resources=resources, progress=False,
                  warn=warnings.append)
    assert summary.failed == [] and len(summary.processed) == 2 and summary.status == "finished"
    name_warnings = [w for w in warnings if "file name is not UTF-8" in w]
    assert len(name_warnings) == 1 and "外交文書.txt" in name_warnings[0]  # says what it probably is
    docs = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(d["source"] for d in docs) == ["\\x8aO\\x8c\\xf0\\x95\\xb6\\x8f\\x91.txt", "z_later.txt"]
    con = sqlite3.connect(tmp_path / "out" / "pipeline.sqlite")
    (hexed,) = con.execute("SELECT path_hex FROM documents WHERE path_hex IS NOT NULL").fetchone()
    assert bytes.fromhex(hexed) == os.fsencode(str(sjis_folder.resolve())) + b"/" + SJIS_NAME  # the raw bytes kept
    assert con.execute("SELECT finished_at IS NOT NULL, status FROM runs").fetchall() == [(1, "finished")]


def test_shift_jis_name_of_a_bad_file_is_recorded_as_an_error(tmp_path, resources):
    inp = tmp_path / "in"
    inp.mkdir()
    try:
        _make(inp, SJIS_NAME, b"\x00\x01\x02PK\x03\x04" * 10)
    except OSError:
        pytest.skip("this file system does not accept non-UTF-8 file names")
    (inp / "z_later.txt").write_text(JA, encoding="utf-8")
    warnings = []
    summary = run([str(inp)], tmp_path / "out", resources.config, resources=resources, progress=False,
                  warn=warnings.append)
    assert len(summary.processed) == 1 and len(summary.failed) == 1
    assert "binary file" in summary.failed[0][1] and "\\x8aO" in summary.failed[0][1]
    con = sqlite3.connect(tmp_path / "out" / "pipeline.sqlite")
    assert con.execute("SELECT source, stage FROM errors").fetchall() == [("\\x8aO\\x8c\\xf0\\x95\\xb6\\x8f\\x91.txt", "read")]


@pytest.mark.parametrize("typed, root, source", [
    ("corpus/a.txt", "corpus", "a.txt"),              # a file argument: relative to its own folder
    ("corpus/sub/b.md", "corpus", "sub/b.md"),        # found under a folder argument
    ("corpus/sub/b.md", "corpus/sub", "b.md"),
])
def test_source_is_relative_to_the_input_root(tmp_path, monkeypatch, typed, root, source):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / typed).write_text(JA, encoding="utf-8")
    ident = input_file(Path(typed), Path(root))
    assert ident.source == source and ident.abs_path == str((tmp_path / typed).resolve()) and ident.path_hex is None
