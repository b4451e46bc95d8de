"""A full disk used to give exit 2 ('nothing was written') and 'output: No space left on device' after every
document was stored, left documents.jsonl.tmp behind, and parsed every remaining document only to fail."""
import errno
import json
import os
import sqlite3
import subprocess
import uuid

import pytest

import pipeline.run.batch as batch
from pipeline import cli

SENTENCES = ["ロシアは2004年11月に条約に調印した。", "ベトナムは2016年に戦闘機を購入した。",
             "インドネシアは2021年12月に発注をキャンセルした。", "タイは2019年に会議を主催した。",
             "ミャンマーは2022年に装甲車を受け取った。", "ラオスは2020年に協定を結んだ。"]


@pytest.fixture
def use_resources(monkeypatch, resources):
    monkeypatch.setattr(batch, "load_resources", lambda config: resources.__class__(
        resources.nlp, resources.glossary, resources.lexicon, config))


@pytest.fixture
def parsed(monkeypatch):
    """The files that reached parsing, in order."""
    seen, real = [], batch.analyse

    def analyse(path, res):
        seen.append(path.name)
        return real(path, res)

    monkeypatch.setattr(batch, "analyse", analyse)
    return seen


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs, mounted for the test (needs root and mount rights; skipped elsewhere)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _inputs(folder, n, pad=0):
    folder.mkdir(exist_ok=True)
    for i, s in enumerate(SENTENCES[:n]):  # blank lines are stored as text but never parsed
        (folder / f"{i}.txt").write_text(s + "\n" * pad, encoding="utf-8")
    return folder


def _fill(mnt, leave: int) -> None:
    st = os.statvfs(mnt)
    with open(mnt / "filler", "wb") as f:
        f.write(b"\0" * max(st.f_bavail * st.f_frsize - leave, 0))


def test_full_disk_mid_batch_stops_parsing_and_says_what_was_stored(tmp_path, small_disk, use_resources, parsed, capsys):
    out = small_disk / "out"
    assert cli.main(["run", str(_inputs(tmp_path / "first", 1)), "--out", str(out), "--quiet"]) == 0
    # room for the glossary rewrite (every run replaces the glossary table: its journal and new pages, about
    # twice what the first run stored, which grows with the glossary) and about one padded document
    _fill(small_disk, 2 * (out / "pipeline.sqlite").stat().st_size + 300_000)
    capsys.readouterr()
    parsed.clear()
    code = cli.main(["run", str(_inputs(tmp_path / "in", 6, pad=300_000)), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 3
    line = [x for x in err.splitlines() if x.startswith("Error:")][0]
    assert str(out / "pipeline.sqlite") in line and "database or disk is full" in line and "run again to continue" in line
    assert len(parsed) < 6  # parsing stopped when the store could not write
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert f"after {stored - 1} document(s) of this run were stored" in line
    if "documents.jsonl: cannot be written" in err:  # the disk is still full when the JSONL is written
        assert f"{stored} document(s) are stored in {out / 'pipeline.sqlite'}" in err
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]


def test_full_disk_on_documents_jsonl_names_it_and_leaves_no_tmp(tmp_path, use_resources, monkeypatch, capsys):
    from pipeline.export import tables
    from pipeline.run import outputs

    real = tables.atomic_file

    class FullDisk:  # the file object of a disk that fills after the first line
        def __init__(self, f):
            self.f, self.n = f, 0

        def write(self, s):
            self.n += 1
            if self.n > 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.f.write(s)

    from contextlib import contextmanager

    @contextmanager
    def atomic_file(path, mode="w"):
        with real(path, mode) as f:
            yield FullDisk(f)

    monkeypatch.setattr(tables, "atomic_file", atomic_file)
    monkeypatch.setattr(outputs, "atomic_file", atomic_file)  # what a run writes documents.jsonl with
    out = tmp_path / "out"
    code = cli.main(["run", str(_inputs(tmp_path / "in", 3)), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == 3
    assert err == (f"Error: {out / 'documents.jsonl'}: cannot be written (No space left on device); 3 document(s) "
                   f"are stored in {out / 'pipeline.sqlite'}: free space and run again to rewrite it")
    assert sorted(os.listdir(out)) == [".pipeline.lock", "cache", "pipeline.sqlite"]  # no documents.jsonl.tmp, no partial file


def test_store_that_reports_a_full_disk_stops_the_batch(tmp_path, use_resources, parsed, monkeypatch, capsys):
    import pipeline.store as store

    real, calls = store.write_document, []

    def write_document(con, doc, run_id):
        calls.append(doc.source)
        if len(calls) > 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real(con, doc, run_id)

    monkeypatch.setattr(store, "write_document", write_document)
    out = tmp_path / "out"
    code = cli.main(["run", str(_inputs(tmp_path / "in", 6)), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 3 and parsed == ["0.txt", "1.txt", "2.txt"]  # nothing parsed after the store failed
    assert (f"Error: {out / 'pipeline.sqlite'}: the database cannot be written (database or disk is full); the batch "
            "stopped after 2 document(s) of this run were stored") in err
    docs = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(d)["source"] for d in docs) == ["0.txt", "1.txt"]
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert con.execute("SELECT status, n_documents FROM runs").fetchall() == [("stopped", 2)]


def test_a_store_that_fills_while_indexing_at_the_end_stops_with_one_line_and_keeps_everything(
        tmp_path, use_resources, monkeypatch, capsys):
    from pipeline import store

    real = batch.write_datasette

    def full_store(con, database):  # the store has no page left when the full-text indexes are refreshed
        con.execute(f"PRAGMA max_page_count = {con.execute('PRAGMA page_count').fetchone()[0]}")
        return real(con, database)

    monkeypatch.setattr(batch, "write_datasette", full_store)
    out = tmp_path / "out"
    code = cli.main(["run", str(_inputs(tmp_path / "in", 3)), "--out", str(out), "--quiet"])
    err = [x for x in capsys.readouterr().err.splitlines() if x.startswith("Error:")]
    assert code == 3
    assert len(err) == 1 and err[0].startswith(f"Error: {out / 'pipeline.sqlite'}: the search indexes cannot be updated (")
    assert "database or disk is full" in err[0]
    assert err[0].endswith(f"{out / 'documents.jsonl'} and the 3 stored document(s) are complete: free space and run "
                           "again to index them")
    docs = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(d)["source"] for d in docs) == ["0.txt", "1.txt", "2.txt"]
    monkeypatch.setattr(batch, "write_datasette", real)  # space freed: the next run indexes what was stored
    assert cli.main(["run", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 0
    con = store.connect(out / "pipeline.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [h["doc_id"] for h in store.search_claims(con, "ベトナム")] == [
        con.execute("SELECT doc_id FROM documents WHERE source = '1.txt'").fetchone()[0]]
