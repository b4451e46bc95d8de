"""`pipeline evaluate`: precision, recall and F1 per field against gold files."""
import json
import shutil
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.evaluate import compare


def _doc(entities=(), dates=(), claims=()):
    return {"doc_id": "x", "entities": list(entities), "dates": list(dates), "quantities": [], "claims": list(claims)}


def _e(s, e, t, g=None):
    return {"start": s, "end": e, "text": "", "type": t, "glossary_id": g, "label_en": None}


def test_scores_count_exact_agreement_field_by_field():
    gold = _doc([_e(0, 2, "COUNTRY", "country:jpn"), _e(3, 6, "COUNTRY", "country:rus"), _e(8, 12, "PERSON")],
                claims=[{"start": 0, "end": 12, "predicate": "会談する", "modality": "asserted",
                         "polarity": "positive", "attributed": False}])
    pred = _doc([_e(0, 2, "COUNTRY", "country:jpn"), _e(3, 6, "LOCATION", "country:rus"), _e(8, 12, "PERSON"),
                 _e(13, 15, "OTHER")],
                claims=[{"start": 0, "end": 12, "predicate": "会談する", "modality": "hedged",
                         "polarity": "positive", "attributed": False}])
    s = compare([gold], [pred])
    assert (s["entities"].matched, s["entities"].precision, s["entities"].recall) == (2, 0.5, 2 / 3)
    assert s["entities"].f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert (s["links"].gold, s["links"].predicted, s["links"].matched) == (2, 2, 2)  # the link is right, the type not
    assert s["claims"].f1 == 1.0 and s["claims.modality"].f1 == 0.0 and s["claims.predicate"].f1 == 1.0
    assert s["dates"].precision is None and s["dates"].recall is None  # nothing to score


def test_evaluate_json_reports_a_removed_gold_entity_as_a_false_positive(seed_run, tmp_path, capsys):
    summary, _, _ = seed_run
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(summary.database, out / summary.database.name)
    assert cli.main(["review", "gold", "--out", str(out), "--to", str(tmp_path / "gold")]) == 0
    path = next((tmp_path / "gold").glob("*.gold.json"))
    gold = json.loads(path.read_text(encoding="utf-8"))
    n = len(gold["entities"])
    gold["entities"] = gold["entities"][1:]
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["evaluate", str(tmp_path / "gold"), "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"entities", "links", "dates", "quantities", "claims", "claim_fields"}
    assert report["entities"]["recall"] == 1.0
    assert report["entities"]["precision"] == (n - 1) / n
    assert report["dates"]["f1"] == 1.0 and report["claim_fields"]["modality"]["f1"] == 1.0


def test_evaluate_names_a_gold_file_for_a_document_not_in_the_store(seed_run, tmp_path, capsys):
    summary, _, _ = seed_run
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(summary.database, out / summary.database.name)
    gold = tmp_path / "g.gold.json"
    gold.write_text(json.dumps(_doc() | {"doc_id": "f" * 64}), encoding="utf-8")
    assert cli.main(["evaluate", str(gold), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (f"Error: {gold}: document ffffffffffff is not in the store; "
                                               "run the pipeline on it first (or pass the right --out)")


def test_evaluate_points_a_dev_corpus_gold_file_to_its_own_scorer(seed_run, tmp_path, capsys):
    summary, _, _ = seed_run
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(summary.database, out / summary.database.name)
    dev = Path(__file__).resolve().parents[1] / "data" / "dev" / "news_01.gold.json"
    assert cli.main(["evaluate", str(dev), "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip() == (f"Error: {dev}: a development-corpus gold file (matched by file name and "
                                               f"overlap); score its folder with: pipeline evaluate --dev {dev.parent}")
