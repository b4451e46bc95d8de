"""One writer per output folder: a second `pipeline run` refuses with one line and exit 2; readers work."""
import os
import subprocess
import sys
from pathlib import Path

from pipeline import cli
from pipeline.run.lock import output_lock

ROOT = Path(__file__).resolve().parent.parent.parent
JA = "日本政府は昨日、米国と新たな協定を結んだと発表した。\n"


def test_a_second_run_on_the_same_folder_refuses_with_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(JA, encoding="utf-8")
    out = tmp_path / "out"
    with output_lock(out):  # this process is the first writer
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(tmp_path / "a.txt"), "--out", str(out),
                               "--quiet"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"Error: {out}: another 'pipeline run' is writing this folder (pid {os.getpid()}); wait for it to finish "
        "or choose another --out"]
    assert sorted(os.listdir(out)) == [".pipeline.lock"]  # the refused run wrote nothing


def test_the_lock_is_released_when_the_holder_ends(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-c", "import os, sys; from pathlib import Path; from pipeline.run.lock import "
                    f"output_lock; cm = output_lock(Path({str(out)!r})); cm.__enter__(); os._exit(0)"],
                   check=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    with output_lock(out):  # taken at once: the dead process's lock went with it
        pass


def test_readers_work_while_a_run_holds_the_folder(seed_run, capsys):
    _, out, doc = seed_run
    with output_lock(out):
        assert cli.main(["inspect", "--out", str(out), "--json"]) == 0
    assert doc["doc_id"] in capsys.readouterr().out
