"""The one atomic writer (pipeline/atomic.py), used by the exports, the parse cache and the romanization
memo: a reader sees the old file or the new one; caches skip the flush to disk and never raise."""
import os

import pytest

from pipeline.atomic import atomic_file, try_write_atomic, write_atomic


def _no_fsync(fd):
    raise AssertionError("fsync called for a file written with fsync=False")


def test_fsync_false_writes_the_file_without_flushing_it_to_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", _no_fsync)
    assert write_atomic(tmp_path / "a.json", '{"岸田": "Kishida"}', fsync=False).read_text(encoding="utf-8") == '{"岸田": "Kishida"}'
    with pytest.raises(AssertionError):
        write_atomic(tmp_path / "b.json", "x")  # the default flushes: exports must survive a power cut


def test_try_write_atomic_makes_the_folder_and_says_false_when_it_cannot_write(tmp_path):
    assert try_write_atomic(tmp_path / "ab" / "entry.doc", b"\x00payload", fsync=False)
    assert (tmp_path / "ab" / "entry.doc").read_bytes() == b"\x00payload"
    (tmp_path / "file").write_text("not a folder")
    assert not try_write_atomic(tmp_path / "file" / "entry.doc", b"x")  # its folder cannot be made
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["ab", "entry.doc", "file"]  # no temporary left


def test_a_failed_write_keeps_the_old_file(tmp_path):
    path = write_atomic(tmp_path / "documents.jsonl", "old\n")
    with pytest.raises(RuntimeError), atomic_file(path) as f:
        f.write("new, half")
        raise RuntimeError("killed")
    assert path.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["documents.jsonl"]


def test_the_cache_and_the_romanization_memo_use_the_one_writer(tmp_path, monkeypatch):
    # regression: run/cache.py and glossary/romanized.py each had a copy of the atomic write
    from pipeline import atomic
    from pipeline.glossary import romanized
    from pipeline.run import cache

    assert not hasattr(cache, "_write_atomic") and not hasattr(romanized, "tempfile")
    written = []
    real = atomic.write_atomic
    monkeypatch.setattr(atomic, "write_atomic", lambda p, c, fsync=True: written.append((p.name, fsync)) or real(p, c, fsync))
    monkeypatch.setattr(romanized, "MEMO", {"岸田": "Kishida"})
    monkeypatch.setattr(romanized, "_ADDED", {"n": 1})
    romanized.save_romanizations(tmp_path)
    assert written == [(romanized.memo_file(tmp_path).name, False)]
