"""--engine dask on a LocalCluster of 2 processes gives the bytes of a serial run; a bad document fails alone."""
import shutil
from pathlib import Path

import pytest

from pipeline.run.batch import run

pytest.importorskip("distributed")
pytestmark = pytest.mark.dask
DEV = Path(__file__).resolve().parent.parent / "data" / "dev"


def test_a_local_cluster_of_two_gives_the_serial_output(resources, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("news_01.txt", "diet_02.txt", "whitepaper_02.txt"):
        shutil.copy(DEV / name, docs / name)
    (docs / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text \x81\x00")
    serial = run([str(docs)], tmp_path / "serial", resources.config, resources=resources, progress=False, cache=False)
    config = resources.config.model_copy(update={"engine": "dask", "workers": 2})
    spread = run([str(docs)], tmp_path / "dask", config, resources=resources, progress=False, cache=False)
    assert sorted(spread.processed) == sorted(serial.processed) and len(spread.processed) == 3
    assert [s for s, _ in spread.failed] == [s for s, _ in serial.failed] == [str(docs / "broken.txt")]
    assert (tmp_path / "dask" / "documents.jsonl").read_bytes() == (tmp_path / "serial" / "documents.jsonl").read_bytes()


def test_an_unreachable_scheduler_is_one_line_before_anything_is_written(tmp_path, capsys, monkeypatch):
    import socket

    from pipeline import cli
    from pipeline.run import engines

    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", "1s")
    monkeypatch.chdir(tmp_path)  # no config.yaml: the defaults
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "a.txt").write_text("日本政府は発表した。\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{port}"
    code = cli.main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--scheduler", address, "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"Error: {address}: cannot reach the Dask scheduler (")
    assert err[0].endswith("start it with 'dask scheduler' and check the address (tcp://HOST:8786)")
    assert not (tmp_path / "out").exists()
