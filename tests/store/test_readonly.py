"""Readers needed write access: inspect, export and glossary suggest failed on a read-only output folder
('attempt to write a readonly database') because opening the store set WAL, ran the DDL and wrote
user_version."""
import os
import sqlite3
import subprocess

import pytest

from pipeline import SCHEMA_VERSION, cli, store
from pipeline.records import Document, Entity

TEXT = "友好国のタイとベトナムは会談した。"


def _make_out(out):
    con = store.connect(out / "pipeline.sqlite")
    doc = Document("b" * 64, "a.txt", "utf-8", TEXT, path=str(out / "a.txt"), entities=[
        Entity(0, 3, "友好国", "OTHER", id="bbbb-E0-3", match="model", score=0.5, model_label="GOE_Other"),
        Entity(4, 6, "タイ", "COUNTRY", "country:tha", "Thailand", "タイ", "exact", 1.0, id="bbbb-E4-6")])
    store.write_document(con, doc, None)
    con.close()  # the last connection checkpoints the WAL and removes -wal and -shm
    return out


@pytest.fixture
def readonly_out(tmp_path):
    """An output folder on a read-only file system (a tmpfs remounted ro), or chmod 555 for a non-root user."""
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() != 0:
        _make_out(out)
        out.chmod(0o555)
        (out / "pipeline.sqlite").chmod(0o444)
        yield out
        out.chmod(0o755)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(out)], capture_output=True).returncode:
        pytest.skip("root, and cannot mount a read-only file system here: chmod would not stop root")
    _make_out(out)
    subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
    yield out
    subprocess.run(["umount", "-l", str(out)], check=False)


def test_readers_work_on_a_read_only_output_folder(readonly_out, tmp_path, capsys):
    with pytest.raises(OSError):
        (readonly_out / "probe").write_text("x")  # the folder really is read-only
    assert cli.main(["inspect", "--out", str(readonly_out), "--json"]) == 0
    assert '"a.txt"' in capsys.readouterr().out
    assert cli.main(["inspect", "a.txt", "--out", str(readonly_out), "--json"]) == 0
    assert "友好国" in capsys.readouterr().out
    assert cli.main(["export", "--out", str(readonly_out), "--to", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "entities.csv").read_text(encoding="utf-8-sig").count("\n") == 3
    assert cli.main(["glossary", "suggest", "--out", str(readonly_out), "--json"]) == 0
    assert "友好国" in capsys.readouterr().out


def test_readers_leave_the_database_untouched(tmp_path, capsys):
    out = _make_out(tmp_path / "out")
    before = (out / "pipeline.sqlite").read_bytes()
    assert cli.main(["inspect", "--out", str(out)]) == 0
    assert cli.main(["glossary", "suggest", "--out", str(out)]) == 0
    assert (out / "pipeline.sqlite").read_bytes() == before  # no DDL, no user_version, no journal-mode write
    wal = out / "pipeline.sqlite-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # a reader's WAL index may appear, never a write


def test_reader_refuses_an_old_schema_with_the_fix(tmp_path, capsys):
    out = _make_out(tmp_path / "out")
    con = sqlite3.connect(out / "pipeline.sqlite")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    con.commit()
    con.close()
    assert cli.main(["inspect", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"Error: {out / 'pipeline.sqlite'}: database schema version {SCHEMA_VERSION - 1}, this pipeline "
                   f"reads version {SCHEMA_VERSION}; run 'pipeline run' with a new --out folder (or delete this "
                   "database) to rebuild it")


def test_reader_on_a_file_that_is_not_a_database(tmp_path, capsys):
    (tmp_path / "pipeline.sqlite").write_text("not sqlite" * 100)
    assert cli.main(["inspect", "--out", str(tmp_path)]) == 2
    assert "not a pipeline database" in capsys.readouterr().err
