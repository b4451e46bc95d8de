"""A fiscal year glossed with its months, and the document's later fiscal years (pipeline.temporal.fiscalgloss)."""
import pytest

from pipeline.temporal.dates import DateExtractor


def _fed(blocks, doc):
    e = DateExtractor(doc)
    return [(d.text, d.value) for b in blocks for d in e.feed(b)[0]]


@pytest.mark.parametrize("blocks, doc, want", [
    (["同国は2022/2023年度(2022年7月~2023年6月)に過去最高の輸出額を記録した。"], "2023-09-07",
     ("2022/2023年度", "2022-07/2023-06")),
    (["同国は2022/2023年度(2022年7月~2023年6月)に過去最高を記録した。", "今年度の統計は7月分のみ公開された。"], "2023-09-07",
     ("今年度", "2023-07/2024-06")),
    # the fiscal year holding the document date: in May 2023 a July-June year began in July 2022
    (["豪州の2023年度（2023年7月～2024年6月）予算案が公表された。", "今年度の成長率は鈍化した。"], "2023-05-10",
     ("今年度", "2022-07/2023-06")),
    (["米国の2024年度（2023年10月～2024年9月）の歳出は増えた。", "2025年度の予算教書が出た。"], "2024-03-11",
     ("2025年度", "2024-10/2025-09")),
])
def test_glossed_fiscal_year_and_the_ones_after(blocks, doc, want):
    assert want in _fed(blocks, doc)


@pytest.mark.parametrize("blocks, doc, want", [
    (["2023年度の予算。今年度は増えた。"], "2023-05-10", ("今年度", "2023-04/2024-03")),  # no gloss: Japan's
    (["豪州の2023年度（2023年7月～2024年6月）予算案", "日本の2023年度の予算"], "2023-05-10", ("2023年度", "2023-04/2024-03")),
    (["2023年度（2023年4月～2024年3月）の予算", "2024年度も同じ"], "2023-05-10", ("2024年度", "2024-04/2025-03")),
])
def test_japanese_fiscal_year_stays(blocks, doc, want):
    assert want in _fed(blocks, doc)
