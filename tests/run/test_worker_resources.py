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


def test_a_worker_loads_once_per_config_and_keeps_one_model(fresh, tmp_path):
    from pipeline.run.cache import ParseCache

    a, b = Config(), Config(workers=3)
    first = batch.worker_resources(a, cache=ParseCache(tmp_path))
    assert batch.worker_resources(a, cache=ParseCache(tmp_path)) is first
    assert fresh == [a]  # the second document reuses the loaded model
    second = batch.worker_resources(b)
    assert fresh == [a, b] and second != first
    assert list(batch._RESOURCES) == [(b.model_dump_json(), None)]  # one model per process: the first was dropped


def test_a_reused_worker_follows_the_runs_cache(fresh, tmp_path):
    # regression: resources were kept by config alone, so a reused Dask cluster kept the first run's
    # ParseCache: it wrote into the old --out folder's cache, and a --no-cache run still read it
    from pipeline.run.cache import ParseCache

    first = batch.worker_resources(Config(), cache=ParseCache(tmp_path / "one"))
    assert batch.worker_resources(Config(), cache=ParseCache(tmp_path / "two"))[1].folder == tmp_path / "two"
    assert batch.worker_resources(Config(), cache=None)[1] is None and first[1].folder == tmp_path / "one"


def test_a_forked_worker_keeps_what_it_inherited_without_loading(fresh, tmp_path):
    from pipeline.run.cache import ParseCache

    inherited = ("inherited resources", None)
    batch._worker_init(Config(), inherited, ParseCache(tmp_path))
    assert batch.worker_resources(Config(), ParseCache(tmp_path)) is inherited and fresh == []


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


class _CountedModel:
    """A stand-in LazyModel: counts the loads asked of it in this process."""

    def __init__(self, path):
        self.path, self.loads = path, 0

    @property
    def loaded(self):
        self.loads += 1
        return self


class _NoPool:
    """A ProcessPoolExecutor that records whether the parent had loaded the model when it was made."""

    made: list = []

    def __init__(self, workers, mp_context=None, initializer=None, initargs=()):
        _NoPool.made.append(initargs[1].nlp.loads if initargs[1] is not None else None)

    def submit(self, fn, *args):
        return None  # never collected: the test only opens the pool

    def shutdown(self, wait=True, cancel_futures=False):
        pass


@pytest.mark.parametrize("warm", [False, True])
def test_forked_workers_with_an_empty_cache_share_one_model_loaded_in_the_parent(tmp_path, monkeypatch, warm):
    # regression: with a cache (the default) the parent never loaded the model, so a cold run with
    # workers: N loaded GiNZA N times (N x 10 s, N x 0.7 GB); a cache that can serve hits still defers it
    import sys

    from pipeline.nlp import _model_files
    from pipeline.run.cache import ParseCache

    if not sys.platform.startswith("linux"):
        pytest.skip("forked workers are Linux only")
    model = _CountedModel(_model_files("ja_ginza"))
    cache = ParseCache(tmp_path / "cache")
    if warm:  # a run that had the model loaded left entries and the model's key
        from pipeline.nlp import package_fingerprint

        (tmp_path / "cache" / "models").mkdir(parents=True)
        (tmp_path / "cache" / "models" / package_fingerprint(model.path)).write_text("0" * 64)
        (tmp_path / "cache" / "ab").mkdir()
        (tmp_path / "cache" / "ab" / ("ab" + "0" * 62 + ".doc")).write_bytes(b"x")
    from pipeline.run.document import Resources

    res = Resources(model, None, None, Config(workers=2), cache=cache)
    monkeypatch.setattr(batch, "ProcessPoolExecutor", _NoPool)
    _NoPool.made = []
    with batch._outcomes([tmp_path / "a.txt", tmp_path / "b.txt"], res.config, res):
        pass
    assert _NoPool.made == [0 if warm else 1]


def test_a_spawned_or_dask_worker_reads_the_kept_romanizations(fresh, tmp_path, monkeypatch):
    # regression: only the parent read the cache folder's romanizations, so every spawned or Dask worker
    # loaded pykakasi again for names a previous run had romanized
    from pipeline.glossary import romanized
    from pipeline.run.cache import ParseCache

    monkeypatch.setattr(romanized, "MEMO", {})
    romanized.memo_file(tmp_path).write_text('{"岸田": "Kishida"}', encoding="utf-8")
    batch.worker_resources(Config(), cache=ParseCache(tmp_path))
    assert romanized.MEMO == {"岸田": "Kishida"}
