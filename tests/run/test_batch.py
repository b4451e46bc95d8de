"""Batches: parallel workers give the same dataset as one process; one bad file never stops a batch."""
import json

from pipeline.run.batch import run

TEXTS = {
    "a.txt": "ロシアは2004年11月に東南アジア友好協力条約（TAC）に調印した。",
    "b.txt": "インドネシアもロシア製Su-35戦闘機11機の発注を2021年12月にキャンセルした。",
    "c.txt": "2016年5月にロシアとASEANはソチでサミットを開催した。",
}


def _dataset(out):
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def _tables(db):
    """Every row of every content table, run-specific columns (run id, timestamps) left out."""
    import sqlite3

    con = sqlite3.connect(db)
    out = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if table in ("runs", "glossary"):
            continue
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in ("run_id", "processed_at", "at", "written")]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}")))
    return out


def test_two_workers_give_the_same_dataset(tmp_path, resources, monkeypatch):
    import os

    import pipeline.run.batch as batch

    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in TEXTS.items():
        (inp / name).write_text(text, encoding="utf-8")
    (inp / "d.txt").write_bytes(b"\x00\x00binary")
    pids, real = tmp_path / "pids", batch.analyse

    def analyse(path, res):  # which process analysed each document
        with open(pids, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real(path, res)

    monkeypatch.setattr(batch, "analyse", analyse)
    one = run([str(inp)], tmp_path / "one", resources.config, resources=resources, progress=False)
    assert set(pids.read_text().split()) == {str(os.getpid())}  # serial: all in this process
    pids.unlink()
    two_config = resources.config.model_copy(update={"workers": 2})
    warnings = []
    two = run([str(inp)], tmp_path / "two", two_config, resources=resources.__class__(
        resources.nlp, resources.glossary, resources.lexicon, two_config), progress=False, warn=warnings.append)
    workers = set(pids.read_text().split())
    assert str(os.getpid()) not in workers and len(workers) >= 1  # really analysed in worker processes
    assert not [w for w in warnings if "one process" in w]  # no fallback to a serial run
    assert sorted(two.processed) == sorted(one.processed) and len(two.processed) == 3
    assert [p for p, _ in two.failed] == [str(inp / "d.txt")]
    assert _dataset(tmp_path / "one") == _dataset(tmp_path / "two")
    assert len(_dataset(tmp_path / "one")) == 3
    assert _tables(one.database) == _tables(two.database)


def test_a_dying_worker_fails_one_document_and_the_batch_goes_on(tmp_path, resources, monkeypatch):
    import os

    import pipeline.run.batch as batch

    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in {**TEXTS, "crash.txt": "ロシアは会談した。"}.items():
        (inp / name).write_text(text, encoding="utf-8")
    parent, real = os.getpid(), batch.analyse

    def analyse(path, res):  # a worker killed while on crash.txt, as the OOM killer would
        if path.name == "crash.txt" and os.getpid() != parent:
            os._exit(137)
        return real(path, res)

    monkeypatch.setattr(batch, "analyse", analyse)  # forked workers inherit the patched module
    config = resources.config.model_copy(update={"workers": 2})
    res = resources.__class__(resources.nlp, resources.glossary, resources.lexicon, config)
    summary = run([str(inp)], tmp_path / "out", config, resources=res, progress=False, warn=lambda m: None)
    assert len(summary.failed) == 1 and "the worker process died" in summary.failed[0][1]
    assert len(summary.processed) == 3
    assert len(_dataset(tmp_path / "out")) == 3


def test_a_run_keeps_the_collector_off_what_was_loaded_before_it_and_gives_it_back(tmp_path, resources, monkeypatch):
    """During a run the glossary and the other resources loaded before it are frozen (an oldest-generation
    collection does not walk them for every document); afterwards the process's collector is as it was
    found: nothing left frozen, so garbage among those objects is collected again."""
    import gc

    import pipeline.run.batch as batch

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    seen = []
    real = batch.analyse
    monkeypatch.setattr(batch, "analyse", lambda path, res: seen.append(gc.get_freeze_count()) or real(path, res))
    assert gc.get_freeze_count() == 0
    summary = run([str(inp)], tmp_path / "out", resources.config, resources=resources, progress=False)
    assert len(summary.processed) == 1
    assert seen and seen[0] > 10_000  # the loaded glossary's entries, indexes and automaton at least
    assert gc.get_freeze_count() == 0
