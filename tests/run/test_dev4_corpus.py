"""The fourth blind-annotated corpus (tests/data/dev4/): its gold files are consistent with the texts, the
records use the dev README's vocabulary, and its manifest gives the pipeline a readable date for every
document that has one. No model is loaded and no score is asserted: scores are measured once by
bench/eval_dev.py --dev tests/data/dev4, and the set stays blind (its misses are not read)."""
import json
from pathlib import Path

import pytest
from support import check_gold_folder

DEV4 = Path(__file__).resolve().parents[1] / "data" / "dev4"
TEXTS = sorted(DEV4.glob("*.txt"))
GOLDS = sorted(DEV4.glob("*.gold.json"))
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "AGREEMENT", "LOCATION", "EVENT", "POLICY", "PRODUCT", "OTHER"}
KINDS = {"date", "time", "duration", "set"}


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_document_has_a_gold_file_and_every_gold_row_is_its_evidence():
    check_gold_folder(DEV4)

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
    assert sorted(set(genres)) == ["diet", "meeting", "news", "thinktank", "whitepaper"]
    assert all(genres.count(g) == 2 for g in set(genres)), genres


def test_the_scorer_reads_the_folder():
    from pipeline.evaluate import read_dev_gold

    golds = read_dev_gold(DEV4)
    assert set(golds) == {p.name for p in TEXTS}


@pytest.mark.parametrize("name,date", [
    ("meeting_01.txt", "2017-09-20"),   # 平成29年9月20日 under the country header
    ("diet_01.txt", "2015-05-13"),      # the sitting (衆議院 農林水産委員会 第8号), not in the excerpt itself
    ("diet_02.txt", "2023"),            # 2023年・第211通常国会: the stored copy gives no day
    ("news_01.txt", "2025-10-06"),      # 【シドニー=共同】…6日: the day is the wire item's date
])
def test_manifest_gives_each_document_its_date(name, date):
    from pipeline.inputs import load_manifest

    rows, problems = load_manifest(DEV4 / "metadata.csv")
    assert problems == []
    assert set(rows) == {str(p.resolve()) for p in TEXTS}
    assert rows[str((DEV4 / name).resolve())]["date"].startswith(date)
