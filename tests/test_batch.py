"""Batches: parallel workers give the same dataset as one process; one bad file never stops a batch."""
import json

from pipeline.batch import run

TEXTS = {
    "a.txt": "ロシアは2004年11月に東南アジア友好協力条約（TAC）に調印した。",
    "b.txt": "インドネシアもロシア製Su-35戦闘機11機の発注を2021年12月にキャンセルした。",
    "c.txt": "2016年5月にロシアとASEANはソチでサミットを開催した。",
}


def _dataset(out):
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def test_two_workers_give_the_same_dataset(tmp_path, resources):
    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in TEXTS.items():
        (inp / name).write_text(text, encoding="utf-8")
    (inp / "d.txt").write_bytes(b"\x00\x00binary")
    one = run([str(inp)], tmp_path / "one", resources.config, resources=resources, progress=False)
    two_config = resources.config.model_copy(update={"workers": 2})
    two = run([str(inp)], tmp_path / "two", two_config, resources=resources.__class__(
        resources.nlp, resources.glossary, resources.lexicon, two_config), progress=False, warn=lambda m: None)
    assert sorted(two.processed) == sorted(one.processed) and len(two.processed) == 3
    assert [p for p, _ in two.failed] == [str(inp / "d.txt")]
    assert _dataset(tmp_path / "one") == _dataset(tmp_path / "two")
