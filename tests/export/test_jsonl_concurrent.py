"""Two processes writing documents.jsonl at once shared the fixed name documents.jsonl.tmp; one failed with
FileNotFoundError after everything was stored."""
import json
import os
import subprocess
import sys

from pipeline import store
from pipeline.records import Document

WRITER = """
import sys
from pathlib import Path
from pipeline import store
from pipeline.export import write_jsonl
con = store.connect_readonly(Path(sys.argv[1]))
for _ in range(40):
    write_jsonl(con, Path(sys.argv[2]))
"""


def test_two_processes_writing_documents_jsonl_at_once(tmp_path):
    con = store.connect(tmp_path / "pipeline.sqlite")
    for i in range(30):
        store.write_document(con, Document(f"{i:064x}", f"{i}.txt", "utf-8", "ロシアは会談した。" * 200), None)
    con.close()
    jsonl = tmp_path / "documents.jsonl"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "pipeline.sqlite"), str(jsonl)],
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["source"] for x in lines] == sorted(f"{i}.txt" for i in range(30))
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]  # no temporary file left


def test_documents_jsonl_keeps_the_usual_permissions(tmp_path):
    from pipeline.export import write_jsonl

    con = store.connect(tmp_path / "pipeline.sqlite")
    store.write_document(con, Document("a" * 64, "a.txt", "utf-8", "ロシア"), None)
    write_jsonl(con, tmp_path / "documents.jsonl")
    (tmp_path / "plain").write_text("x")
    assert (tmp_path / "documents.jsonl").stat().st_mode == (tmp_path / "plain").stat().st_mode
