"""Resumable batches: a run killed with SIGKILL mid-batch, started again, processes only the rest;
--force redoes everything; an edited document is redone."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from pipeline.run.batch import run
from pipeline.store import stored_count

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "data" / "dev"


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for p in sorted(DEV.glob("*.txt"))[:n]:
        shutil.copy(p, folder / p.name)
    return folder



def test_kill_9_mid_batch_then_resume_skips_what_was_stored(resources, tmp_path):
    docs, out = _corpus(tmp_path / "docs", 8), tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(docs), "--out", str(out), "--quiet"],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 240
    while stored_count(out / "pipeline.sqlite") < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    before = stored_count(out / "pipeline.sqlite")
    assert proc.returncode == -signal.SIGKILL and 2 <= before < 8
    summary = run([str(docs)], out, resources.config, resources=resources, progress=False)
    assert len(summary.skipped) == before and len(summary.processed) == 8 - before and not summary.failed
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 8
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len({json.loads(line)["doc_id"] for line in lines}) == len(lines) == 8


def test_a_finished_run_again_skips_all_and_force_redoes_all(resources, tmp_path):
    docs, out = _corpus(tmp_path / "docs", 2), tmp_path / "out"
    first = run([str(docs)], out, resources.config, resources=resources, progress=False)
    jsonl = (out / "documents.jsonl").read_bytes()
    again = run([str(docs)], out, resources.config, resources=resources, progress=False)
    assert len(first.processed) == 2 and (len(again.processed), len(again.skipped)) == (0, 2)
    assert (out / "documents.jsonl").read_bytes() == jsonl
    forced = run([str(docs)], out, resources.config, resources=resources, progress=False, force=True)
    assert (len(forced.processed), len(forced.skipped)) == (2, 0)
    assert (out / "documents.jsonl").read_bytes() == jsonl


def test_an_edited_document_or_config_is_redone(resources, tmp_path):
    docs, out = _corpus(tmp_path / "docs", 2), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    edited = sorted(docs.iterdir())[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n追記。\n", encoding="utf-8")
    again = run([str(docs)], out, resources.config, resources=resources, progress=False)
    assert again.processed == [str(edited)] and len(again.skipped) == 1
    other = resources.config.model_copy(update={"fuzzy_threshold": 0.9})
    third = run([str(docs)], out, other, resources=replace(resources, config=other), progress=False)
    assert (len(third.processed), len(third.skipped)) == (2, 0)


def test_the_cli_counts_skipped_documents(resources, tmp_path, capsys, monkeypatch):
    from pipeline import cli

    docs, out = _corpus(tmp_path / "docs", 1), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    monkeypatch.chdir(tmp_path)  # no config.yaml here: the defaults, as in `resources`
    assert cli.main(["run", str(docs), "--out", str(out), "--quiet"]) == 0
    assert "0 document(s) processed, 1 skipped (already stored; --force redoes them), 0 failed" in capsys.readouterr().err


def test_a_resumed_run_with_other_workers_or_another_output_setting_still_skips(resources, tmp_path):
    # after a worker dies the message says to lower 'workers': the next run must not redo the corpus
    docs, out = _corpus(tmp_path / "docs", 2), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    other = resources.config.model_copy(update={"workers": 4, "input": ["elsewhere"]})
    again = run([str(docs)], out, other, resources=replace(resources, config=other), progress=False)
    assert (len(again.processed), len(again.skipped)) == (0, 2)
