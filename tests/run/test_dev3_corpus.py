"""The third blind-annotated corpus (tests/data/dev3/): its gold files are consistent with the texts, the
records use the dev README's vocabulary, and its manifest gives the pipeline a readable date for every
document that has one. No model is loaded and no score is asserted: scores are measured once by
bench/eval_dev.py --dev tests/data/dev3, and the set stays blind (its misses are not read)."""
import json
from pathlib import Path

import pytest
from support import check_gold_folder

DEV3 = Path(__file__).resolve().parents[1] / "data" / "dev3"
TEXTS = sorted(DEV3.glob("*.txt"))
GOLDS = sorted(DEV3.glob("*.gold.json"))
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "AGREEMENT", "LOCATION", "EVENT", "POLICY", "PRODUCT", "OTHER"}
KINDS = {"date", "time", "duration", "set"}


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_document_has_a_gold_file_and_every_gold_row_is_its_evidence():
    check_gold_folder(DEV3)

def test_no_two_entities_of_a_document_overlap():
    """Longest named entity wins: a gold mention is never also annotated inside another one."""
    for path in GOLDS:
        ents = sorted(_gold(path)["entities"], key=lambda r: r["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (path.name, a["text"], b["text"])


def test_records_use_the_dev_readme_vocabulary():
    for path in GOLDS:
        gold = _gold(path)
        for e in gold["entities"]:
            assert e["type"] in TYPES and e["label_en"], (path.name, e)
            assert (e["type"] == "COUNTRY") == bool(e.get("iso3")), (path.name, e)
            if e.get("iso3"):
                assert all(len(code) == 3 and code.isupper() for code in e["iso3"].split("|")), (path.name, e)
        for d in gold["dates"]:
            assert d["kind"] in KINDS and d["value"], (path.name, d)
        for q in gold["quantities"]:
            assert isinstance(q["value"], (int, float)) and q["value"] >= 0 and q["unit"], (path.name, q)
        assert 5 <= len(gold["claims"]) <= 8, path.name
        for c in gold["claims"]:
            assert c["modality"] in {"asserted", "hedged", "speculative"}, (path.name, c)
            assert c["polarity"] in {"positive", "negative"}, (path.name, c)
            assert c["attributed"] == (c["source"] is not None), (path.name, c)


def test_corpus_spans_its_five_genres_two_documents_each():
    from pipeline.evaluate.corpus import genre_of

    genres = [genre_of(p.name) for p in TEXTS]
    assert sorted(set(genres)) == ["meeting", "news", "paper", "thinktank", "wikipedia"]
    assert all(genres.count(g) == 2 for g in set(genres)), genres


def test_the_scorer_reads_the_folder():
    from pipeline.evaluate import read_dev_gold

    golds = read_dev_gold(DEV3)
    assert set(golds) == {p.name for p in TEXTS}


@pytest.mark.parametrize("name,date", [
    ("meeting_01.txt", "2014-08-10"),   # 平成26年8月10日 in the page header
    ("news_02.txt", "2002-11-20"),      # 【モスクワ20日共同】 and the wire stamp [2002-11-20-16:13]
    ("thinktank_02.txt", "2022"),       # the year only: the stored copy gives no day
])
def test_manifest_gives_each_document_its_date(name, date):
    from pipeline.inputs import load_manifest

    rows, problems = load_manifest(DEV3 / "metadata.csv")
    assert problems == []
    assert set(rows) == {str(p.resolve()) for p in TEXTS}
    assert rows[str((DEV3 / name).resolve())]["date"].startswith(date)
