"""The blind-annotated development corpus (tests/data/dev/): its gold files are consistent with the
texts, every record the pipeline writes on these genres points at its evidence, and the scorer runs on
the result. Scores are measured by bench/eval_dev.py, not asserted here: no threshold was chosen."""
from pathlib import Path

import pytest

from support import check_gold_folder, run_documents, footnote_free, squeeze

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"
TEXTS = sorted(DEV.glob("*.txt"))
GOLDS = sorted(DEV.glob("*.gold.json"))


def test_every_document_has_a_gold_file_and_every_gold_row_is_its_evidence():
    check_gold_folder(DEV)

def test_corpus_spans_the_genres_it_claims():
    from pipeline.evaluate.corpus import genre_of

    genres = {genre_of(p.name) for p in TEXTS}
    assert len(TEXTS) >= 16 and len(genres) >= 8, genres


@pytest.fixture(scope="module")
def dev_docs(resources, tmp_path_factory):
    return run_documents(resources, TEXTS, tmp_path_factory.mktemp("dev"))


def test_every_record_text_is_its_evidence_on_all_dev_documents(dev_docs):
    assert set(dev_docs) == {p.name for p in TEXTS}
    for name, doc in dev_docs.items():
        assert doc["text"] == (DEV / name).read_text(encoding="utf-8"), name
        for kind in ("entities", "dates", "quantities", "claims"):
            for r in doc[kind]:
                assert footnote_free(doc, r["start"], r["end"]) == squeeze(r["text"]), (name, kind, r)


def test_scorer_runs_on_the_pipeline_output(dev_docs):
    from pipeline.evaluate import read_dev_gold, score_corpus

    golds = read_dev_gold(DEV)
    result = score_corpus(golds, dev_docs)
    assert result["missing"] == []
    overall = result["overall"]["counts"]
    assert overall["entity_gold"] == sum(len(g["entities"]) for g in golds.values())
    assert overall["claim_gold"] == sum(len(g["claims"]) for g in golds.values())
    for rate in result["overall"]["rates"].values():
        assert rate is None or 0.0 <= rate <= 1.0
    assert set(result["genres"]) == {"business", "diet", "meeting", "news", "paper", "press", "thinktank",
                                     "wikipedia", "whitepaper"}
