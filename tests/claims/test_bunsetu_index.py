"""bunsetu_index finds GiNZA's bunsetu without building GiNZA's Spans: the same spans, token for token."""
from pathlib import Path

import pytest

from pipeline.claims.phrase import bunsetu_index

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"


def _ginzas(doc):
    import ginza

    starts, ends = list(range(len(doc))), list(range(1, len(doc) + 1))
    for sp in ginza.bunsetu_spans(doc):
        for i in range(sp.start, sp.end):
            starts[i], ends[i] = sp.start, sp.end
    return starts, ends


@pytest.mark.parametrize("text, bunsetu", [
    ("日本政府は昨日、米国と新たな協定を結んだ。", ["日本政府は", "昨日、", "米国と", "新たな", "協定を", "結んだ。"]),
    ("外務省によると、会談は東京で行われた。", ["外務省によると、", "会談は", "東京で", "行われた。"]),
])
def test_bunsetu_of_short_sentences(nlp, text, bunsetu):
    doc = nlp(text)
    starts, ends = bunsetu_index(doc)
    assert sorted({doc[s:e].text for s, e in zip(starts, ends)}, key=text.index) == bunsetu


@pytest.mark.parametrize("name", ["news_01.txt", "diet_01.txt", "paper_01.txt"])
def test_same_bunsetu_as_ginza_on_real_documents(nlp, name):
    text = (DEV / name).read_text(encoding="utf-8")
    for doc in nlp.pipe([p for p in text.split("\n") if p.strip()]):
        assert bunsetu_index(doc) == _ginzas(doc)


def test_a_doc_without_ginza_data_is_one_bunsetu_per_token(nlp):
    doc = nlp.make_doc("日本と米国")
    assert bunsetu_index(doc) == (list(range(len(doc))), list(range(1, len(doc) + 1)))
