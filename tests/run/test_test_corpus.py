"""The blind-annotated held-out test corpus (tests/data/test/): its gold files are consistent with the
texts and it spans the genres it claims. No model is loaded and no score is asserted here: the corpus is
scored by `python bench/eval_dev.py --dev tests/data/test`."""
import json
import re
from pathlib import Path

import pytest

TEST = Path(__file__).resolve().parents[1] / "data" / "test"
DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
TEXTS = sorted(TEST.glob("*.txt"))
GOLDS = sorted(TEST.glob("*.gold.json"))
DEV_GENRES = {"business", "diet", "meeting", "news", "paper", "press", "thinktank", "whitepaper", "wikipedia"}
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "AGREEMENT", "LOCATION", "EVENT", "POLICY", "PRODUCT", "OTHER"}
KINDS = {"date", "time", "duration", "set"}
CLAIM_KEYS = {"start", "end", "text", "predicate", "subject", "objects", "targets", "modality", "polarity",
              "attributed", "source"}


def _genre(path: Path) -> str:
    return re.sub(r"_\d+$", "", path.name.split(".")[0])


def _gold(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, (TEST / gold["file"]).read_text(encoding="utf-8")


def test_every_document_has_a_gold_file_named_after_it():
    assert {p.name.replace(".gold.json", ".txt") for p in GOLDS} == {p.name for p in TEXTS}
    for path in GOLDS:
        gold, text = _gold(path)
        assert gold["file"] == path.name.replace(".gold.json", ".txt")
        assert gold["chars"] == len(text), path.name


def test_corpus_has_at_least_18_documents_and_two_of_every_dev_genre():
    genres = [_genre(p) for p in TEXTS]
    assert len(TEXTS) >= 18 and len(set(genres)) >= 9, genres
    assert all(genres.count(g) >= 2 for g in DEV_GENRES), genres


def test_no_document_is_taken_from_the_dev_corpus():
    dev_texts = [p.read_text(encoding="utf-8") for p in DEV.glob("*.txt")]
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if len(ln) >= 40]
        assert not any(ln in d for ln in lines for d in dev_texts), path.name


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_every_gold_record_is_its_evidence(path):
    gold, text = _gold(path)
    for kind in ("entities", "dates", "quantities", "claims"):
        for r in gold[kind]:
            assert 0 <= r["start"] < r["end"] <= len(text), (kind, r)
            assert text[r["start"]:r["end"]] == r["text"], (kind, r)


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_entities_do_not_overlap_and_use_spec_types(path):
    gold, _ = _gold(path)
    ents = sorted(gold["entities"], key=lambda r: r["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for e in ents:
        assert e["type"] in TYPES and e["label_en"].strip(), e
        if e["type"] == "COUNTRY":
            assert all(re.fullmatch(r"[A-Z]{3}", c) for c in e["iso3"].split("|")), e


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_dates_and_quantities_are_well_formed(path):
    gold, _ = _gold(path)
    for d in gold["dates"]:
        assert d["kind"] in KINDS and d["value"], d
        if d["kind"] == "duration":
            assert all(v.startswith("P") for v in d["value"].split("|")), d
    for q in gold["quantities"]:
        assert isinstance(q["value"], (int, float)) and q["value"] > 0 and q["unit"], q


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_claims_are_unique_fragments_with_their_predicate(path):
    gold, text = _gold(path)
    assert 3 <= len(gold["claims"]) <= 8, len(gold["claims"])
    for c in gold["claims"]:
        assert set(c) == CLAIM_KEYS, c
        assert text.count(c["text"]) == 1, c["text"]
        assert any(alt in c["text"] for alt in c["predicate"].split("|")), c
        assert c["modality"] in {"asserted", "hedged", "speculative"}, c
        assert c["polarity"] in {"positive", "negative"}, c
        assert (c["source"] is not None) == c["attributed"], c
        assert isinstance(c["objects"], list) and isinstance(c["targets"], list), c


def test_metadata_manifest_names_corpus_files_with_iso_dates():
    import csv
    import re
    rows = list(csv.DictReader((TEST / "metadata.csv").open(encoding="utf-8")))
    assert rows, "metadata.csv has no rows"
    for row in rows:
        assert (TEST / row["path"]).is_file(), row["path"]
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", row["date"]), row
