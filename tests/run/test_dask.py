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
