"""`pipeline evaluate --dev FOLDER`: a store scored with the dev-corpus scorer, as bench/eval_dev.py scores
a run's documents.jsonl, so researchers can score their own annotated folders from the command line."""
import json
import shutil
import sys
from pathlib import Path

import pytest

from pipeline import cli

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
NAMES = ("diet_02", "whitepaper_02")  # the two shortest documents, of two genres


@pytest.fixture(scope="module")
def dev_store(resources, tmp_path_factory):
    """Two dev documents and their gold in a folder of their own, processed into `out`."""
    from pipeline.run.batch import run

    folder = tmp_path_factory.mktemp("devsub")
    for n in NAMES:
        shutil.copy(DEV / f"{n}.txt", folder)
        shutil.copy(DEV / f"{n}.gold.json", folder)
    out = folder / "out"
    run([str(folder / f"{n}.txt") for n in NAMES], out, resources.config, resources=resources, progress=False)
    return folder, out


def test_evaluate_dev_scores_the_store_like_bench_eval_dev_scores_the_jsonl(dev_store, capsys):
    folder, out = dev_store
    assert cli.main(["evaluate", "--dev", str(folder), "--out", str(out), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    golds = {n: json.loads((DEV / f"{n}.gold.json").read_text(encoding="utf-8")) for n in NAMES}
    assert set(got["documents"]) == {f"{n}.txt" for n in NAMES} and got["missing"] == []
    assert set(got["genres"]) == {"diet", "whitepaper"}
    for n, gold in golds.items():  # every gold record is counted, from the gold files themselves
        counts = got["documents"][f"{n}.txt"]["counts"]
        assert (counts["entity_gold"], counts["date_gold"], counts["claim_gold"]) == (
            len(gold["entities"]), len(gold["dates"]), len(gold["claims"]))
        assert counts["entity_pred"] > 0 and counts["entity_tp"] > 0
    sys.path.insert(0, str(DEV.parents[2] / "bench"))
    try:
        import eval_dev
    finally:
        sys.path.pop(0)
    assert eval_dev.main(["--dev", str(folder), "--jsonl", str(out / "documents.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == got


def test_evaluate_dev_prints_tables_and_every_miss(dev_store, capsys):
    folder, out = dev_store
    assert cli.main(["evaluate", "--dev", str(folder), "--out", str(out), "--docs", "--errors"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["genre", "ent", "P"]
    rows = {ln.split()[0] for ln in lines if ln.strip()}
    assert {"diet", "whitepaper", "diet_02.txt", "whitepaper_02.txt", "ALL"} <= rows
    assert any(ln.startswith("claim fields (over recalled claims): subject ") for ln in lines)
    kinds = ("ENT-MISS", "ENT-SPURIOUS", "LINK", "DATE", "QUANT", "CLAIM-MISS", "CLAIM-FIELDS")
    sections = [ln for ln in lines if ln.startswith("## ")]
    assert sections and set(sections) <= {f"## {n}.txt" for n in NAMES}
    after = lines[lines.index(sections[0]) + 1:]
    assert after and all(ln.startswith(kinds + ("## ",)) or not ln for ln in after)


def test_evaluate_dev_names_gold_documents_with_no_stored_output(dev_store, tmp_path, capsys):
    folder, out = dev_store
    shutil.copytree(folder, tmp_path / "more", ignore=shutil.ignore_patterns("out"))
    shutil.copy(DEV / "press_01.gold.json", tmp_path / "more")  # annotated, never processed
    shutil.copy(DEV / "press_01.txt", tmp_path / "more")
    assert cli.main(["evaluate", "--dev", str(tmp_path / "more"), "--out", str(out)]) == 0
    assert "no output for: press_01.txt" in capsys.readouterr().out.splitlines()


def test_evaluate_dev_on_a_folder_without_dev_gold_is_a_one_line_error(dev_store, tmp_path, capsys):
    _, out = dev_store
    assert cli.main(["evaluate", "--dev", str(tmp_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"Error: {tmp_path}: no dev-corpus gold files (*.gold.json with a 'file' key); "
                   "point --dev at a folder annotated as in tests/data/dev/README.md")


def test_evaluate_without_gold_or_dev_says_what_it_needs(dev_store, capsys):
    folder, out = dev_store
    assert cli.main(["evaluate", "--out", str(out)]) == 2
    assert "--dev FOLDER" in capsys.readouterr().err
    assert cli.main(["evaluate", str(folder), "--dev", str(folder), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        "Error: pipeline evaluate takes gold files or folders, or --dev FOLDER, not both")


def test_evaluate_dev_on_review_gold_files_points_to_plain_evaluate(dev_store, tmp_path, capsys):
    _, out = dev_store
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc_id": "f" * 64, "entities": []}), encoding="utf-8")
    assert cli.main(["evaluate", "--dev", str(tmp_path), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"Error: {tmp_path / 'a.gold.json'}: no 'file' key, so not a dev-corpus gold file; a review gold file "
        f"(matched by doc_id) is scored with: pipeline evaluate {tmp_path}")


def test_evaluate_dev_refuses_two_stored_documents_with_the_gold_file_name(tmp_path, capsys):
    from pipeline import store
    from pipeline.records import Document

    text = (DEV / "diet_02.txt").read_text(encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    con = store.connect(out / "pipeline.sqlite")
    for i, source in enumerate(("2023/diet_02.txt", "2024/diet_02.txt")):
        store.write_document(con, Document(str(i) * 64, source, "utf-8", text), None)
    con.close()
    folder = tmp_path / "gold"
    folder.mkdir()
    shutil.copy(DEV / "diet_02.gold.json", folder)
    assert cli.main(["evaluate", "--dev", str(folder), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: diet_02.txt: 2 stored documents have this file name (2023/diet_02.txt, "
                          "2024/diet_02.txt); score a store of the dev folder alone")


def _bench_eval_dev():
    sys.path.insert(0, str(DEV.parents[2] / "bench"))
    try:
        import eval_dev
    finally:
        sys.path.pop(0)
    return eval_dev


def test_bench_eval_dev_prints_the_report_of_pipeline_evaluate_dev_byte_for_byte(dev_store, capsys):
    # bench/eval_dev.py and `pipeline evaluate --dev` each repeated warnings, glossary names, scoring, printing
    folder, out = dev_store
    assert cli.main(["evaluate", "--dev", str(folder), "--out", str(out), "--docs", "--errors"]) == 0
    from_store = capsys.readouterr()
    assert _bench_eval_dev().main(["--dev", str(folder), "--jsonl", str(out / "documents.jsonl"), "--docs", "--errors"]) == 0
    from_jsonl = capsys.readouterr()
    assert from_jsonl.out == from_store.out and "## " in from_jsonl.out
    assert from_jsonl.err == from_store.err


def test_bench_eval_dev_checks_gold_files_as_pipeline_evaluate_dev_does(tmp_path, capsys):
    # bench read gold with its own reader, which took a review gold file (no 'file' key) with a KeyError
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc_id": "f" * 64, "entities": []}), encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        _bench_eval_dev().main(["--dev", str(tmp_path), "--jsonl", str(tmp_path / "none.jsonl")])
    assert stop.value.code == 2
    assert f"{tmp_path / 'a.gold.json'}: no 'file' key, so not a dev-corpus gold file" in capsys.readouterr().err
