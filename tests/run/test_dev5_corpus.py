"""The fifth blind-annotated corpus (tests/data/dev5/): its gold files are consistent with the texts, the
records use the dev README's vocabulary, and its manifest gives the pipeline a readable date for every
document that has one. No model is loaded and no score is asserted: scores are measured once by
bench/eval_dev.py --dev tests/data/dev5, and the set stays blind (its misses are not read)."""
import json
from pathlib import Path

import pytest
from support import check_gold_folder

DEV5 = Path(__file__).resolve().parents[1] / "data" / "dev5"
TEXTS = sorted(DEV5.glob("*.txt"))
GOLDS = sorted(DEV5.glob("*.gold.json"))
TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "AGREEMENT", "LOCATION", "EVENT", "POLICY", "PRODUCT", "OTHER"}
KINDS = {"date", "time", "duration", "set"}


def _gold(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_document_has_a_gold_file_and_every_gold_row_is_its_evidence():
    check_gold_folder(DEV5)


def test_no_two_entities_of_a_document_overlap():
    """Longest named entity wins: a gold mention is never also annotated inside another one."""
    for path in GOLDS:
        ents = sorted(_gold(path)["entities"], key=lambda r: r["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (path.name, a["text"], b["text"])


def test_no_two_dates_or_quantities_of_a_document_overlap():
    for path in GOLDS:
        gold = _gold(path)
        for kind in ("dates", "quantities"):
            rows = sorted(gold[kind], key=lambda r: r["start"])
            for a, b in zip(rows, rows[1:]):
                assert a["end"] <= b["start"], (path.name, kind, a["text"], b["text"])


def test_records_use_the_dev_readme_vocabulary():
    for path in GOLDS:
        gold = _gold(path)
        for e in gold["entities"]:
            assert e["type"] in TYPES and e["label_en"], (path.name, e)
            assert (e["type"] == "COUNTRY") == bool(e.get("iso3")), (path.name, e)
            if e.get("iso3"):
                codes = e["iso3"].split("|")
                assert all(len(code) == 3 and code.isupper() for code in codes), (path.name, e)
                assert len(codes) == len(e["label_en"].split("|")) or len(codes) == 1, (path.name, e)
        for d in gold["dates"]:
            assert d["kind"] in KINDS and d["value"], (path.name, d)
        for q in gold["quantities"]:
            assert isinstance(q["value"], (int, float)) and q["value"] >= 0 and q["unit"], (path.name, q)
        assert 5 <= len(gold["claims"]) <= 8, path.name
        for c in gold["claims"]:
            assert c["modality"] in {"asserted", "hedged", "speculative"}, (path.name, c)
            assert c["polarity"] in {"positive", "negative"}, (path.name, c)
            assert c["attributed"] == (c["source"] is not None), (path.name, c)


def test_note_markers_are_never_part_of_a_mention():
    """The papers keep their note markers (「論じられてきた1。」, 「サブサハラアフリカ1(SSA)」); the gold
    mention stops before the marker."""
    text = (DEV5 / "paper_02.txt").read_text(encoding="utf-8")
    marker = text.index("サブサハラアフリカ1(SSA)") + len("サブサハラアフリカ")
    spans = [(e["start"], e["end"]) for e in _gold(DEV5 / "paper_02.gold.json")["entities"]]
    assert (marker - len("サブサハラアフリカ"), marker) in spans
    assert not any(s <= marker < e for s, e in spans)


def test_corpus_spans_its_five_genres_two_documents_each():
    from pipeline.evaluate.corpus import genre_of

    genres = [genre_of(p.name) for p in TEXTS]
    assert sorted(set(genres)) == ["business", "paper", "press", "release", "wikipedia"]
    assert all(genres.count(g) == 2 for g in set(genres)), genres


def test_the_scorer_reads_the_folder():
    from pipeline.evaluate import read_dev_gold

    golds = read_dev_gold(DEV5)
    assert set(golds) == {p.name for p in TEXTS}


@pytest.mark.parametrize("name,date", [
    ("press_01.txt", "2025-03-19"),     # 令和7年3月19日 in the transcript's header
    ("release_01.txt", "2015-09-25"),   # 平成27年9月25日 under the release's title
    ("business_02.txt", "2022-11-04"),  # 2022年11月04日 under the byline
    ("paper_02.txt", "2013"),           # the year of TICAD V (「今年 6 月に、横浜で TICADⅤが開催された」)
])
def test_manifest_gives_each_document_its_date(name, date):
    from pipeline.inputs import load_manifest

    rows, problems = load_manifest(DEV5 / "metadata.csv")
    assert problems == []
    assert set(rows) == {str(p.resolve()) for p in TEXTS}
    assert rows[str((DEV5 / name).resolve())]["date"].startswith(date)
