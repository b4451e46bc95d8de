"""Ctrl-C used to exit 130 silently, leave no documents.jsonl on a first run and keep the run's
finished_at NULL with no 'interrupted' mark."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import pipeline.run.batch as batch
from pipeline.run.batch import run
from pipeline.store import stored_count

# `pipeline run` in its own process, with a blank Japanese pipeline instead of GiNZA (loading the model again
# would cost 10 s and 0.7 GB) and 0.4 s per document, so that Ctrl-C lands in the middle of the batch.
CLI = """
import sys, time
import spacy
import pipeline.run.batch as batch
import pipeline.run.document as document
from pipeline import cli
from pipeline.claims import load_event_lexicon
from pipeline.glossary import load_glossary

def load(config):
    return document.Resources(spacy.blank("ja"), load_glossary(config.glossary_paths()), load_event_lexicon(None), config)

real = document.process_document
def slow(raw, res):
    time.sleep(0.4)
    return real(raw, res)

batch.load_resources, document.process_document = load, slow
sys.exit(cli.main(sys.argv[1:]))
"""



@pytest.mark.parametrize("workers", [1, 2])
def test_ctrl_c_on_a_first_run_stores_what_was_done_and_says_so(tmp_path, workers):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"workers: {workers}\n", encoding="utf-8")
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(150):  # enough that a loaded machine cannot finish them all between two polls
        (inp / f"{i:03}.txt").write_text(f"ロシアは{1900 + i}年に条約に調印した。", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", CLI, "--config", str(cfg), "run", str(inp), "--out", str(out), "--quiet"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while stored_count(out / "pipeline.sqlite") < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    err = proc.communicate(timeout=60)[1]
    assert proc.returncode == 130, err
    con = sqlite3.connect(out / "pipeline.sqlite")
    n = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 2 <= n < 150
    assert f"Interrupted: {n} document(s) stored in this run" in err and "run again to continue" in err
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n and all(json.loads(x)["text"] for x in lines)
    assert con.execute("SELECT status, finished_at IS NOT NULL, n_documents FROM runs").fetchall() == [("interrupted", 1, n)]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not [p for p in os.listdir(out) if p.endswith(".tmp")]


def test_ctrl_c_while_a_document_is_written_lets_its_transaction_finish(tmp_path, resources, monkeypatch):
    import pipeline.store as store

    real = store.write_document

    def write_document(con, doc, run_id):  # Ctrl-C arrives in the middle of the write
        os.kill(os.getpid(), signal.SIGINT)
        return real(con, doc, run_id)

    monkeypatch.setattr(store, "write_document", write_document)
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(3):
        (inp / f"{i}.txt").write_text(f"ベトナムは{2010 + i}年に戦闘機を購入した。", encoding="utf-8")
    summary = run([str(inp)], tmp_path / "out", resources.config, resources=resources, progress=False)
    assert summary.status == "interrupted" and summary.processed == [str(inp / "0.txt")]
    con = sqlite3.connect(tmp_path / "out" / "pipeline.sqlite")
    assert con.execute("SELECT source FROM documents").fetchall() == [("0.txt",)]
    assert len((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 1
