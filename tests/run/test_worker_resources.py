"""One per-process resource cache for every kind of worker (local processes and Dask tasks): the model
is loaded once per process and config, never once per document."""
from dataclasses import replace

import pytest

from pipeline.config import Config
from pipeline.run import batch, engines


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(batch, "_RESOURCES", {})
    loads = []  # the configs a model was loaded for
    monkeypatch.setattr(batch, "load_resources", lambda config: loads.append(config) or f"resources {len(loads)}")
    monkeypatch.setattr(batch, "replace", lambda res, cache: (res, cache))
    return loads


def test_a_worker_loads_once_per_config_and_keeps_one_model(fresh):
    a, b = Config(), Config(workers=3)
    first = batch.worker_resources(a, cache="parse cache")
    assert batch.worker_resources(a) is first and batch.worker_resources(a, cache="other") is first
    assert fresh == [a]  # the second and third documents reuse the loaded model
    second = batch.worker_resources(b)
    assert fresh == [a, b] and second != first
    assert list(batch._RESOURCES) == [b.model_dump_json()]  # one model per process: the first was dropped


def test_a_forked_worker_keeps_what_it_inherited_without_loading(fresh):
    inherited = ("inherited resources", None)
    batch._worker_init(Config(), inherited, "parse cache")
    assert batch.worker_resources(Config()) is inherited and fresh == []


def test_local_workers_and_dask_tasks_share_the_one_cache(resources, tmp_path, monkeypatch):
    # regression: run/engines.py kept a second per-process cache of its own beside batch.py's
    monkeypatch.setattr(batch, "_RESOURCES", {})
    assert not hasattr(engines, "_RESOURCES") and not hasattr(engines, "_worker_resources")
    monkeypatch.setattr(batch, "load_resources", lambda config: pytest.fail("the model was loaded again"))
    config = resources.config
    batch._worker_init(config, replace(resources, cache=None))
    path = tmp_path / "a.txt"
    path.write_text("2023年11月、岸田首相はフィリピンを訪問した。\n", encoding="utf-8")
    outcome = engines.dask_task(path, config, None)
    assert outcome.message == "" and [e.text for e in outcome.doc.entities if e.type == "COUNTRY"] == ["フィリピン"]
    assert batch._worker_analyse(path, config).doc == outcome.doc
