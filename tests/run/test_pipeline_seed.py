"""The seed document end to end: what a researcher checks first in the output."""
import sqlite3

from pipeline.records import ENTITY_TYPES
from support import footnote_free, squeeze



def test_run_succeeds(seed_run):
    summary, out, doc = seed_run
    assert summary.failed == [] and len(summary.processed) == 1
    assert doc["encoding"] == "utf-8"
    assert doc["text"] == open(summary.processed[0], encoding="utf-8", newline="").read()


def test_twenty_footnotes_in_order(seed_run):
    doc = seed_run[2]
    assert [f["n"] for f in doc["footnotes"]] == list(range(1, 21))
    assert all(doc["text"][f["start"] : f["end"]] == str(f["n"]) for f in doc["footnotes"])


def test_every_record_text_is_its_evidence(seed_run):
    doc = seed_run[2]
    for kind in ("entities", "dates", "quantities", "claims"):
        for r in doc[kind]:
            assert footnote_free(doc, r["start"], r["end"]) == squeeze(r["text"]), (kind, r)


def test_no_entity_is_a_broken_half_word(seed_run):
    doc = seed_run[2]
    texts = {e["text"] for e in doc["entities"]}
    assert {"アメリカ", "ベトナム", "ジャカルタ", "インドネシア"} <= texts
    halves = {"ア", "メリカ", "ベ", "トナム", "ロシ", "ジャカル", "タ", "ベトナ", "ム", "インドネシ", "ドネシア"}
    assert not texts & halves
    for e in doc["entities"]:
        s, t = e["start"], doc["text"]
        # a mention never starts right after, or ends right before, a Japanese letter it was split from
        assert not (s > 0 and t[s - 1] in "ァ-ヶー" and "\n" in t[s - 3 : s])


def test_entity_types_fixed_where_raw_ginza_errs(seed_run):
    doc = seed_run[2]
    types = {}
    for e in doc["entities"]:
        types.setdefault(e["text"], set()).add(e["type"])
    assert types["NATO"] == {"ORGANIZATION"}
    assert types["プーチン"] == {"PERSON"}
    assert types["クリミア併合"] == {"EVENT"}
    assert types["東南アジア友好協力条約"] == {"AGREEMENT"}
    assert all(e["type"] in ENTITY_TYPES for e in doc["entities"])


def test_sqlite_matches_jsonl_and_rerun_does_not_duplicate(seed_run, resources):
    from pipeline.run.batch import run

    summary, out, doc = seed_run
    con = sqlite3.connect(summary.database)
    counts = lambda: {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: E731
                      for t in ("documents", "entities", "dates", "quantities", "footnotes", "claims")}
    before = counts()
    assert before["entities"] == len(doc["entities"]) and before["footnotes"] == 20
    run([summary.processed[0]], out, resources.config, resources=resources, progress=False)
    assert counts() == before
    assert con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_entities_against_the_hand_checked_gold_list(seed_run):
    from pathlib import Path

    from pipeline.evaluate import read_gold, score

    doc = seed_run[2]
    gold = read_gold(Path(__file__).resolve().parents[1] / "data" / "seed_gold_entities.tsv")
    s = score(gold, [(e["text"], e["type"], e["glossary_id"]) for e in doc["entities"]])
    assert s.recall >= 0.9 and s.precision >= 0.9, s
    assert s.link_accuracy >= 0.95, s


def test_glossary_links_on_the_seed(seed_run):
    doc = seed_run[2]
    by_text = {}
    for e in doc["entities"]:
        by_text.setdefault(e["text"], []).append(e)
    assert {e["glossary_id"] for e in by_text["NATO"]} == {"org:nato"}
    assert by_text["ASEAN"][0]["label_en"] == "Association of Southeast Asian Nations"
    (sco,) = by_text["上海極力機構"]  # the seed's misspelling of 上海協力機構
    assert sco["glossary_id"] == "org:sco" and sco["match"] == "fuzzy" and 0.8 <= sco["score"] < 1
    assert sorted(e["glossary_id"] for e in by_text["露越"]) == ["country:rus", "country:vnm"]
    putin_roles = {e["role"] for e in doc["entities"] if e["glossary_id"] == "person:vladimir-putin"}
    assert {"大統領", "政権"} <= putin_roles
    caatsa = [e for e in by_text["CAATSA"]]
    assert caatsa and all(e["glossary_id"] == "agreement:caatsa" and e["type"] == "AGREEMENT" for e in caatsa)
