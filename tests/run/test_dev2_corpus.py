"""The second blind corpus (tests/data/dev2/, README there): its gold files are consistent with the texts
and its manifest, in the format of tests/data/dev/. No model is loaded and no score is asserted here:
scores are measured by `python bench/eval_dev.py --dev tests/data/dev2`, and no threshold was chosen."""
import csv
import json
import re
from pathlib import Path

import pytest
from support import check_gold_folder

DEV2 = Path(__file__).resolve().parents[1] / "data" / "dev2"
TEXTS = sorted(DEV2.glob("*.txt"))
GOLDS = sorted(DEV2.glob("*.gold.json"))
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "AGREEMENT", "LOCATION", "EVENT", "POLICY", "PRODUCT", "OTHER"}
KINDS = {"date", "time", "duration", "set"}
DOC_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (DEV2 / gold["file"]).read_text(encoding="utf-8")


def test_every_document_has_a_gold_file_and_every_gold_row_is_its_evidence():
    check_gold_folder(DEV2)

@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name)
def test_gold_records_use_the_dev_format(path):
    gold, _ = load(path)
    entities = sorted(gold["entities"], key=lambda r: r["start"])
    for a, b in zip(entities, entities[1:]):
        assert a["end"] <= b["start"], ("overlapping entities", a, b)
    for e in entities:
        assert e["type"] in TYPES and e["label_en"].strip(), e
        if e["type"] == "COUNTRY":
            assert all(re.fullmatch(r"[A-Z]{3}", x) for x in e["iso3"].split("|")), e
    for d in gold["dates"]:
        assert d["kind"] in KINDS and d["value"].strip(), d
    for q in gold["quantities"]:
        assert isinstance(q["value"], (int, float)) and q["value"] >= 0 and q["unit"].strip(), q
    assert 5 <= len(gold["claims"]) <= 8, path.name
    for c in gold["claims"]:
        assert c["modality"] in {"asserted", "hedged", "speculative"}, c
        assert c["polarity"] in {"positive", "negative"}, c
        assert isinstance(c["objects"], list) and isinstance(c["targets"], list), c
        assert c["attributed"] or c["source"] is None, c


def test_manifest_gives_every_document_one_date_as_a_researcher_would():
    with (DEV2 / "metadata.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["path"] for r in rows) == [p.name for p in TEXTS]
    for r in rows:
        assert DOC_DATE.match(r["date"]), r
        assert r["url"].startswith("http"), r


def test_corpus_spans_its_five_genres_two_documents_each_and_the_scorer_reads_it():
    from pipeline.evaluate import read_dev_gold
    from pipeline.evaluate.corpus import genre_of

    genres = [genre_of(p.name) for p in TEXTS]
    assert sorted(set(genres)) == ["business", "diet", "press", "speech", "whitepaper"]
    assert all(genres.count(g) == 2 for g in set(genres)), genres
    golds = read_dev_gold(DEV2)
    assert set(golds) == {p.name for p in TEXTS}
