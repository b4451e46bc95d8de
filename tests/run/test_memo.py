"""The extraction memo (run/memo.py): a re-run after a glossary edit redoes only the steps whose inputs
changed, gives the bytes of a cold run, and a code change, a torn file or a file that is not records
is a miss, never a stale result or an error."""
import pickle
import zlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.run import memo as memo_module
from pipeline.run.cache import ParseCache, cache_size, clear, trim
from pipeline.run.document import process_document
from pipeline.run.memo import MAGIC, DocumentMemo, document_memo

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"
TEXT_STEPS = ("metadata", "blocks", "dates")


class StepLog:
    """Wraps DocumentMemo.call: which steps each document served from the memo and which it ran."""

    def __init__(self, monkeypatch):
        self.hits, self.misses = [], []
        real = DocumentMemo.call

        def call(memo, step, fn, key_inputs, *args):
            before = memo.hits
            out = real(memo, step, fn, key_inputs, *args)
            (self.hits if memo.hits > before else self.misses).append(step)
            return out

        monkeypatch.setattr(DocumentMemo, "call", call)


def _raw(name: str):
    from pipeline.inputs import read_document

    return read_document(DEV / name, 10**7)


def _edited(tmp_path, term="会談"):
    from pipeline.config import Config
    from pipeline.run.batch import load_resources

    extra = tmp_path / "extra.tsv"
    extra.write_text(f"id\ttype\tlabel_ja\tlabel_en\nevent:test_talks\tEVENT\t{term}\tBilateral talks\n", encoding="utf-8")
    return load_resources(Config(glossaries=["default", str(extra)]))


def test_a_second_pass_serves_every_step_from_the_memo_with_the_same_document(resources, tmp_path, monkeypatch):
    res = replace(resources, cache=ParseCache(tmp_path / "cache"))
    raw = _raw("news_01.txt")
    first = process_document(raw, res)
    log = StepLog(monkeypatch)
    again = process_document(raw, res)
    assert log.misses == [] and set(log.hits) == {"metadata", "blocks", "dates", "claims"}
    assert again == first
    assert again == process_document(raw, replace(resources, cache=None))  # no cache: no memo, the same records


def test_a_glossary_edit_redoes_only_the_claims_of_chunks_whose_entities_changed(resources, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    raw = _raw("news_01.txt")
    process_document(raw, replace(resources, cache=ParseCache(cache)))
    edited = _edited(tmp_path)
    log = StepLog(monkeypatch)
    doc = process_document(raw, replace(edited, cache=ParseCache(cache)))
    assert all(step in log.hits for step in TEXT_STEPS) and not set(log.misses) & set(TEXT_STEPS)
    assert log.misses and set(log.misses) == {"claims"}  # the chunks that name 会談 now have an event entity
    assert "claims" in log.hits  # ... and the other chunks' claims were served
    assert any(e.label_en == "Bilateral talks" for e in doc.entities)
    assert doc == process_document(raw, replace(edited, cache=None))


def test_text_steps_store_the_same_results_whatever_the_glossary(resources, tmp_path):
    # the steps memoised by text alone read no glossary: run without a memo under two glossaries,
    # their records are equal
    raw = _raw("news_01.txt")
    plain = process_document(raw, replace(resources, cache=None))
    edited = process_document(raw, replace(_edited(tmp_path), cache=None))
    assert plain.entities != edited.entities  # the edit matters to the glossary stage ...
    for field in ("metadata", "blocks", "dates", "quantities", "sentences", "footnotes", "warnings"):
        assert getattr(plain, field) == getattr(edited, field), field  # ... and to none of these


def test_a_changed_code_fingerprint_is_a_miss_for_every_step(resources, tmp_path, monkeypatch):
    res = replace(resources, cache=ParseCache(tmp_path / "cache"))
    raw = _raw("news_01.txt")
    first = process_document(raw, res)
    monkeypatch.setattr(memo_module, "code_fingerprint", lambda: "an edited rule")
    log = StepLog(monkeypatch)
    assert process_document(raw, res) == first
    assert log.hits == [] and set(log.misses) == {"metadata", "blocks", "dates", "claims"}


@pytest.mark.parametrize("damage", ["torn", "altered", "empty"])
def test_a_torn_or_altered_memo_is_a_miss_not_an_error(resources, tmp_path, monkeypatch, damage):
    res = replace(resources, cache=ParseCache(tmp_path / "cache"))
    raw = _raw("news_01.txt")
    first = process_document(raw, res)
    path = document_memo(res.cache, raw.doc_id).path
    data = path.read_bytes()
    path.write_bytes({"torn": data[: len(data) // 2], "empty": b"",
                      "altered": data[:-1] + bytes([data[-1] ^ 1])}[damage])
    log = StepLog(monkeypatch)
    assert process_document(raw, res) == first and log.hits == []
    assert DocumentMemo(path)._old  # rewritten whole by that run


class Boom:
    def __reduce__(self):
        return (shutil.rmtree, ("/nonexistent-memo-test",))


def test_a_memo_holding_anything_but_records_is_refused_not_run(tmp_path):
    import hashlib

    key_memo = DocumentMemo(tmp_path / "x.memo")
    key_memo.call("step", lambda: 1, ("inputs",))  # the real key of ("step", ("inputs",))
    (key,) = key_memo._used
    payload = zlib.compress(pickle.dumps({key: pickle.dumps(Boom())}))
    (tmp_path / "x.memo").write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
    memo = DocumentMemo(tmp_path / "x.memo")
    assert key in memo._old
    assert memo.call("step", lambda: 2, ("inputs",)) == 2 and memo.hits == 0 and memo.misses == 1


def test_memo_files_are_counted_cleared_and_trimmed_with_the_cache(resources, tmp_path):
    folder = tmp_path / "cache"
    res = replace(resources, cache=ParseCache(folder))
    process_document(_raw("news_01.txt"), res)
    (memo,) = (folder / "memo").glob("*.memo")
    entries, size = cache_size(folder)
    assert entries >= 1 and size == sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert trim(folder, size - 1) >= 1  # the oldest file goes first: entries and memo alike
    process_document(_raw("news_01.txt"), res)
    assert memo.exists()
    clear(folder)
    assert not (folder / "memo").exists() and cache_size(folder) == (0, 0)


def test_a_rerun_after_a_glossary_edit_matches_a_cold_run_and_counts_memo_hits(resources, tmp_path, monkeypatch):
    from pipeline.run.batch import run

    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("news_01.txt", "diet_01.txt", "paper_01.txt"):
        shutil.copy(DEV / name, docs / name)
    out = tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    edited = _edited(tmp_path)
    log = StepLog(monkeypatch)
    again = run([str(docs)], out, edited.config, resources=edited, progress=False)
    assert len(again.processed) == 3 and "claims" in log.hits and set(log.misses) <= {"claims"}
    monkeypatch.undo()
    cold = tmp_path / "cold"
    run([str(docs)], cold, edited.config, resources=edited, progress=False, cache=False)
    assert not (cold / "cache").exists()
    assert (out / "documents.jsonl").read_bytes() == (cold / "documents.jsonl").read_bytes()


def test_memoised_blocks_are_the_repaired_blocks_and_a_hit_the_second_time(tmp_path):
    from pipeline.run.document import document_blocks, memoised_blocks

    text = "日本政府は同日、声明を\n発表した[1]。\n\n外務省は「遺憾だ」と述べた。\n\n注\n[1] 外務省発表による。\n"
    want = document_blocks(text)
    assert any(b.footnotes for b in want) and len(want) > 2
    path = tmp_path / "doc.memo"
    first = DocumentMemo(path)
    assert memoised_blocks(text, None, first) == want
    first.save()
    again = DocumentMemo(path)
    assert memoised_blocks(text, None, again) == want and (again.hits, again.misses) == (1, 0)
