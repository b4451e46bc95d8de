"""The parse cache: hits skip the model, misses on a changed model, torn entries are misses, the bound
holds, and a re-run after a glossary edit gives the bytes of a cold run without calling GiNZA."""
import hashlib
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.run.cache import MAGIC, ParseCache, cache_size, clear, trim
from pipeline.run.parse import parse

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"
TEXTS = ["日本政府は昨日、米国と新たな協定を結んだと発表した。", "外務省によると、会談は東京で行われた。"]


class CountingModel:
    """The real model, counting the texts it parses; `meta` can be changed to look like another version."""

    def __init__(self, nlp, version=None):
        self._nlp, self.parsed = nlp, 0
        self.meta = dict(nlp.meta, version=version or nlp.meta["version"])
        self.config, self.vocab, self.path = nlp.config, nlp.vocab, nlp.path

    def pipe(self, texts, **kw):
        texts = list(texts)
        self.parsed += len(texts)
        return self._nlp.pipe(texts, **kw)


class NoModel(CountingModel):
    def pipe(self, texts, **kw):
        raise AssertionError("the model was called on a cached chunk")

    def __call__(self, text):
        raise AssertionError("the model was called on a cached chunk")


def _analysis(doc):
    return ([(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents], list(doc.user_data.get("bunsetu_bi_labels")))


def test_second_parse_is_a_hit_with_the_same_analysis(nlp, tmp_path):
    cache, model = ParseCache(tmp_path), CountingModel(nlp)
    cold = [_analysis(d) for d in parse(model, TEXTS, 8000, 16, cache)]
    assert model.parsed == 2 and cache_size(tmp_path)[0] == 2
    again = ParseCache(tmp_path)
    warm = [_analysis(d) for d in parse(NoModel(nlp), TEXTS, 8000, 16, again)]
    assert warm == cold and again.hits == 2
    assert warm == [_analysis(d) for d in nlp.pipe(TEXTS)]  # what the model gives without a cache


def test_bunsetu_spans_survive_the_cache(nlp, tmp_path):
    import ginza

    list(parse(nlp, TEXTS[:1], 8000, 16, ParseCache(tmp_path)))
    doc = next(iter(parse(NoModel(nlp), TEXTS[:1], 8000, 16, ParseCache(tmp_path))))
    assert [s.text for s in ginza.bunsetu_spans(doc)] == [s.text for s in ginza.bunsetu_spans(nlp(TEXTS[0]))]


def test_a_changed_model_version_is_a_miss(nlp, tmp_path):
    list(parse(nlp, TEXTS, 8000, 16, ParseCache(tmp_path)))
    newer = CountingModel(nlp, version="99.0.0")
    list(parse(newer, TEXTS, 8000, 16, ParseCache(tmp_path)))
    assert newer.parsed == 2 and cache_size(tmp_path)[0] == 4


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty"])
def test_a_torn_or_altered_entry_is_a_miss_not_an_error(nlp, tmp_path, damage):
    list(parse(nlp, TEXTS[:1], 8000, 16, ParseCache(tmp_path)))
    (entry,) = tmp_path.glob("*/*.doc")
    data = entry.read_bytes()
    entry.write_bytes({"truncate": data[: len(data) // 2], "flip": data[:-1] + bytes([data[-1] ^ 1]),
                       "empty": b""}[damage])
    model = CountingModel(nlp)
    (doc,) = parse(model, TEXTS[:1], 8000, 16, ParseCache(tmp_path))
    assert model.parsed == 1 and _analysis(doc) == _analysis(nlp(TEXTS[0]))
    assert entry.read_bytes().startswith(MAGIC) and len(entry.read_bytes()) == len(data)  # rewritten whole


def test_entries_are_checksummed_files_with_no_temporary_left(nlp, tmp_path):
    list(parse(nlp, TEXTS, 8000, 16, ParseCache(tmp_path)))
    for entry in tmp_path.glob("*/*.doc"):
        data = entry.read_bytes()
        assert data[len(MAGIC):len(MAGIC) + 32] == hashlib.sha256(data[len(MAGIC) + 32:]).digest()
    assert not list(tmp_path.glob("*/.*.tmp")) and not list(tmp_path.glob("*/.tmp-*"))


def test_trim_removes_the_entries_used_longest_ago(nlp, tmp_path):
    list(parse(nlp, TEXTS, 8000, 16, ParseCache(tmp_path)))
    old, new = sorted(tmp_path.glob("*/*.doc"))
    os.utime(old, (1_000_000, 1_000_000))
    assert trim(tmp_path, new.stat().st_size) == 1
    assert not old.exists() and new.exists()
    size = new.stat().st_size
    assert clear(tmp_path) == (1, size)
    assert cache_size(tmp_path) == (0, 0)


def test_rerun_after_a_glossary_edit_reextracts_without_the_model_and_matches_a_cold_run(resources, tmp_path):
    from pipeline.config import Config
    from pipeline.run.batch import load_resources, run

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("news_01.txt", "diet_01.txt"):
        shutil.copy(DEV / name, docs / name)
    extra = tmp_path / "extra.tsv"
    extra.write_text("id\ttype\tlabel_ja\tlabel_en\n"
                     "event:test_talks\tEVENT\t会談\tBilateral talks\n", encoding="utf-8")
    out = tmp_path / "out"
    first = run([str(docs)], out, resources.config, resources=resources, progress=False)
    assert len(first.processed) == 2
    before = (out / "documents.jsonl").read_text(encoding="utf-8")
    edited = load_resources(Config(glossaries=["default", str(extra)]))
    again = run([str(docs)], out, edited.config, resources=replace(edited, nlp=NoModel(edited.nlp)), progress=False)
    assert len(again.processed) == 2 and not again.skipped and not again.failed  # a new glossary: every document redone
    cold = run([str(docs)], tmp_path / "cold", edited.config, resources=edited, progress=False, cache=False)
    assert not (tmp_path / "cold" / "cache").exists()
    assert (out / "documents.jsonl").read_bytes() == (tmp_path / "cold" / "documents.jsonl").read_bytes()
    assert "Bilateral talks" not in before and "Bilateral talks" in (out / "documents.jsonl").read_text(encoding="utf-8")


def test_inspect_shows_the_cache_size_and_cache_clear_empties_it(resources, tmp_path, capsys, monkeypatch):
    from pipeline import cli
    from pipeline.run.batch import run

    monkeypatch.chdir(tmp_path)  # no config.yaml: the defaults
    (tmp_path / "a.txt").write_text(TEXTS[0] + "\n\n" + TEXTS[1] + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run([str(tmp_path / "a.txt")], out, resources.config, resources=resources, progress=False)
    n, size = cache_size(out / "cache")
    assert n == 2 and size > 0
    assert cli.main(["inspect", "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"Parse cache: 2 chunk(s), {size / 2**20:.1f} MB of 2000 MB in {out / 'cache'}")
    assert cli.main(["cache", "clear", "--out", str(out)]) == 0
    assert capsys.readouterr().err.strip() == f"Removed 2 parsed chunk(s), {size / 2**20:.1f} MB, from {out / 'cache'}"
    assert cache_size(out / "cache") == (0, 0)


def test_an_entry_reads_back_as_spacys_own_docbin_reader_gives_it(nlp, tmp_path):
    """load_doc skips srsly's per-call decoder lookup; what it returns must be DocBin's Doc, byte for byte."""
    from spacy.tokens import DocBin

    from pipeline.run.cache import load_doc

    list(parse(nlp, TEXTS + ["「対話」を続ける。\n"], 8000, 16, ParseCache(tmp_path)))
    entries = sorted(tmp_path.glob("*/*.doc"))
    assert len(entries) == 3
    for entry in entries:
        payload = entry.read_bytes()[len(MAGIC) + 32:]
        ours, spacys = load_doc(payload, nlp.vocab), next(DocBin().from_bytes(payload).get_docs(nlp.vocab))
        assert ours.to_bytes() == spacys.to_bytes() and ours.user_data == spacys.user_data
        assert _analysis(ours) == _analysis(spacys)


def test_a_cached_rerun_never_loads_the_model_and_matches_a_cold_run(resources, tmp_path, monkeypatch):
    """load_resources gives a LazyModel: with every chunk in the cache the model is never loaded (loading
    is forbidden), cached Docs use the vocabulary built from
    the model's files, and documents.jsonl is the bytes of a cold run with the real model."""
    from pipeline import nlp as models
    from pipeline.config import Config
    from pipeline.run.batch import load_resources, run

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("news_01.txt", "diet_01.txt"):
        shutil.copy(DEV / name, docs / name)
    out = tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)  # fills the cache
    assert not (out / "cache" / "models").exists()  # the model key is derived, not stored
    extra = tmp_path / "extra.tsv"
    extra.write_text("id\ttype\tlabel_ja\tlabel_en\nevent:test_talks\tEVENT\t会談\tBilateral talks\n", encoding="utf-8")
    config = Config(glossaries=["default", str(extra)])
    run([str(docs)], tmp_path / "cold", config, resources=load_resources(config), progress=False, cache=False)

    def forbidden(name, vocab=None):
        raise AssertionError("the model was loaded for a re-run whose every chunk is cached")

    monkeypatch.setattr(models, "_MODELS", {})  # a fresh process: nothing loaded yet
    monkeypatch.setattr(models, "_load", forbidden)
    lazy = load_resources(config)
    assert isinstance(lazy.nlp, models.LazyModel)
    again = run([str(docs)], out, config, resources=lazy, progress=False)
    assert len(again.processed) == 2 and not again.failed and not models._MODELS  # nothing was loaded
    assert lazy.nlp._vocab is not None  # the Docs came from the cache with the package's vocabulary
    assert (out / "documents.jsonl").read_bytes() == (tmp_path / "cold" / "documents.jsonl").read_bytes()


def test_a_lazy_model_loads_on_the_first_chunk_missing_from_the_cache(nlp, tmp_path, monkeypatch):
    from pipeline import nlp as models

    loaded = []
    monkeypatch.setattr(models, "_MODELS", {})
    monkeypatch.setattr(models, "_load", lambda name, vocab=None: loaded.append(vocab) or nlp)
    lazy = models.lazy_model("ja_ginza")
    assert isinstance(lazy, models.LazyModel) and lazy.meta["version"] == nlp.meta["version"] and not loaded
    (doc,) = parse(lazy, TEXTS[:1], 8000, 16, ParseCache(tmp_path))  # a miss: the model is needed
    assert len(loaded) == 1 and _analysis(doc) == _analysis(nlp(TEXTS[0]))


def test_a_cached_rerun_romanizes_without_loading_pykakasi(resources, tmp_path, monkeypatch):
    """Romanizations are kept in the cache folder: a re-run (a fresh process: nothing in memory) reads
    them and never loads pykakasi; a changed romanizer (another file name) starts afresh."""
    from pipeline.glossary import romanized, suggest
    from pipeline.run.batch import run

    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DEV / "news_01.txt", docs / "news_01.txt")
    out = tmp_path / "out"
    monkeypatch.setattr(romanized, "MEMO", {})
    monkeypatch.setattr(suggest, "MEMO", romanized.MEMO)
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    (kept,) = (out / "cache").glob("romanized-*.json")
    first = (out / "documents.jsonl").read_bytes()
    table = json.loads(kept.read_text(encoding="utf-8"))
    assert table and b'"label_en_source": "romanized"' in first
    monkeypatch.setattr(suggest, "MEMO", {})  # what pykakasi gives for them now
    assert any(k.startswith("\0") for k in table)  # English labels: the modified-Hepburn spelling
    assert all(suggest.romanize(k.lstrip("\0"), long_vowels=not k.startswith("\0")) == v for k, v in table.items())

    def no_pykakasi():
        raise AssertionError("pykakasi was loaded for a re-run whose romanizations are kept")

    monkeypatch.setattr(romanized, "MEMO", {})  # a fresh process
    monkeypatch.setattr(suggest, "MEMO", romanized.MEMO)
    monkeypatch.setattr(suggest, "_kakasi", no_pykakasi)
    run([str(docs)], out, resources.config, resources=resources, progress=False, force=True)
    assert (out / "documents.jsonl").read_bytes() == first
    monkeypatch.setattr(romanized, "MEMO", {})
    monkeypatch.setattr(romanized, "memo_file", lambda folder: Path(folder) / "romanized-pykakasi-9.9-x.json")
    assert romanized.load_romanizations(out / "cache") == 0  # another pykakasi or romanize: nothing known


def test_the_two_spellings_of_one_text_are_remembered_apart(monkeypatch):
    """regression (merge of the romanization memo with modified Hepburn): the memo was keyed by the text
    alone, so whichever spelling was asked first was served for both (遠藤: Endou for an English label)."""
    from pipeline.glossary import romanized, suggest

    monkeypatch.setattr(romanized, "MEMO", {})
    monkeypatch.setattr(suggest, "MEMO", romanized.MEMO)
    assert suggest.romanize("遠藤") == "Endou"
    assert suggest.romanize("遠藤", long_vowels=False) == "Endo"
    assert suggest.romanize("遠藤") == "Endou"


def test_romanizations_made_in_worker_processes_are_saved(resources, tmp_path, monkeypatch):
    # regression: with workers > 1 (or Dask) the romanizations were made in the workers and never saved,
    # so every re-run loaded pykakasi again; the parent now saves what each worker hands back
    from pipeline.glossary import romanized, suggest
    from pipeline.run.batch import run

    docs = tmp_path / "docs"
    docs.mkdir()
    lines = (DEV / "news_01.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    half = len(lines) // 2
    (docs / "a.txt").write_text("".join(lines[:half]), encoding="utf-8")
    (docs / "b.txt").write_text("".join(lines[half:]), encoding="utf-8")
    tables = {}
    for workers in (1, 2):
        monkeypatch.setattr(romanized, "MEMO", {})  # a fresh process
        monkeypatch.setattr(suggest, "MEMO", romanized.MEMO)
        config = resources.config.model_copy(update={"workers": workers})
        out = tmp_path / f"out{workers}"
        summary = run([str(docs)], out, config, resources=replace(resources, config=config), progress=False)
        assert len(summary.processed) == 2
        kept = list((out / "cache").glob("romanized-*.json"))
        tables[workers] = json.loads(kept[0].read_text(encoding="utf-8")) if kept else {}
    assert tables[1] and tables[2] == tables[1]


def test_cache_clear_removes_and_cache_size_counts_everything_the_cache_made(nlp, tmp_path):
    # regression: clear, cache_size and trim saw only the parse entries, so the romanization memo,
    # models/* and the temporary files a kill left stayed after 'pipeline cache clear', uncounted
    from pipeline.glossary import romanized

    list(parse(nlp, TEXTS[:1], 8000, 16, ParseCache(tmp_path)))
    ((entry_size, entry),) = [(p.stat().st_size, p) for p in tmp_path.glob("*/*.doc")]
    made = {romanized.memo_file(tmp_path): b'{"a": "b"}', tmp_path / "models" / ("f" * 64): b"0" * 64,
            tmp_path / ".romanized.json.x1.tmp": b"{", tmp_path / ".tmp-x2": b"{",
            entry.parent / f".{entry.name}.x3.tmp": b"half an entry"}
    for path, data in made.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    (tmp_path / "notes.txt").write_text("mine")  # not the cache's: kept
    assert cache_size(tmp_path) == (1, entry_size + sum(map(len, made.values())))
    assert trim(tmp_path, entry_size) == 1  # the entry alone fits, but not with the rest
    list(parse(nlp, TEXTS[:1], 8000, 16, ParseCache(tmp_path)))
    assert clear(tmp_path) == (1, entry_size + sum(map(len, made.values())))
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"] and cache_size(tmp_path) == (0, 0)


def test_the_model_key_is_derived_from_the_package_without_loading_and_hashes_thinc(nlp, tmp_path, monkeypatch):
    # regression: the key of a model not loaded yet was read from models/<fingerprint>, a file holding
    # what the fingerprint can derive, and a new thinc (which runs the model's layers) was no miss
    import importlib.metadata

    from pipeline import nlp as models

    monkeypatch.setattr(models, "_MODELS", {})
    lazy = models.lazy_model("ja_ginza")
    key = ParseCache(tmp_path).key(lazy, TEXTS[0])
    assert key == ParseCache(tmp_path / "other").key(nlp, TEXTS[0])
    assert not list(tmp_path.iterdir()) and "ja_ginza" not in models._MODELS  # nothing written, nothing loaded
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda pkg: "0.0.1" if pkg == "thinc" else real(pkg))
    assert ParseCache(tmp_path).key(lazy, TEXTS[0]) != key


def test_a_lazy_model_serves_a_hit_then_loads_for_a_miss_and_parses_as_the_loaded_model(nlp, tmp_path, monkeypatch):
    """The real load (no fake): a fresh process's LazyModel answers a cached chunk from the package's
    vocabulary, then loads GiNZA into that same vocabulary for a chunk not in the cache; both parses are
    the `nlp` fixture's (tokens, tags, heads, dependencies, entities, bunsetu)."""
    import gc

    from pipeline import nlp as models

    list(parse(nlp, TEXTS[:1], 8000, 16, ParseCache(tmp_path)))  # the first text is cached
    monkeypatch.setattr(models, "_MODELS", {})  # a fresh process: nothing loaded yet
    lazy = models.lazy_model("ja_ginza")
    cache = ParseCache(tmp_path)
    (hit,) = parse(lazy, TEXTS[:1], 8000, 16, cache)
    assert cache.hits == 1 and not models._MODELS
    (miss,) = parse(lazy, TEXTS[1:], 8000, 16, cache)
    assert cache.misses == 1 and models._MODELS["ja_ginza"].vocab is lazy._vocab
    assert [_analysis(hit), _analysis(miss)] == [_analysis(d) for d in nlp.pipe(TEXTS)]
    monkeypatch.undo()  # the second model goes: one model per test process
    del lazy, hit, miss
    gc.collect()
