"""Comparison bases count from the period their figure is about (pipeline.temporal.figures): a date
told for another purpose after a statistic (2月の結果と併せて判断する, 2024年4月に発表した) does not move
the 前月 of 前月比 or the 前年 of 前年比 in a later sentence with no date of its own."""
import pytest

from pipeline.temporal.dates import DateExtractor


def _got(blocks, doc):
    x = DateExtractor(doc)
    return [(m.text, m.value) for b in blocks for m in x.feed(b)[0]]


@pytest.mark.parametrize("blocks, doc, want", [
    # the month of the statistic, not the month named for a later judgement
    (["2017年1月の貿易統計によると、輸出は前年比1.3%増だった。2月の結果と併せて判断する必要がある。"
      "季節調整値では前月比0.7%の増加となった。"], "2017-02-20", ("前月", "2016-12")),
    # an event date between the statistic and its comparison, in another block
    (["2023年の輸出は1.2%増の87億ドルだった。2024年4月に工場の計画が発表された。",
      "日本向けは前年比26.2%増の8,554万ドルだった。"], "2024-05-10", ("前年", "2022")),
    # a fiscal year's figure: 前年度比 is the fiscal year before it
    (["2022年度の歳出は5兆円だった。翌年の2024年3月に見直しが決まった。", "防衛費は前年度比10%増となった。"],
     "2024-05-01", ("前年度", "2021-04/2022-03")),
])
def test_comparison_counts_from_the_figures_period(blocks, doc, want):
    assert want in _got(blocks, doc)


@pytest.mark.parametrize("blocks, doc, want", [
    # a sentence with its own date: the comparison is that date's (the narrative, as before)
    (["2022年の輸出は5%増。", "2023年に入り、輸出は前年比3%減となった。"], "2024-01-01", ("前年", "2022")),
    # no figure with the first date: it is no figure period, the narrative counts
    (["2021年に協定が結ばれた。", "輸出は前年比3%減となった。"], "2024-01-01", ("前年", "2020")),
    # the latest figure period wins
    (["2021年の輸出は2%増。2022年の輸出は4%増。", "輸入は前年比1%減。"], "2024-01-01", ("前年", "2021")),
])
def test_comparison_with_its_own_date_or_no_figure_period(blocks, doc, want):
    assert want in _got(blocks, doc)


@pytest.mark.parametrize("blocks, doc, want", [
    # figures in units the first pattern did not know: baht, a multiple, tenths, a count of vehicles
    (["2023年の輸出額は8,500バーツに達した。2024年4月に工場の計画が発表された。", "輸入は前年比1%減。"],
     "2024-05-10", ("前年", "2022")),
    (["2023年の受注は2倍に増えた。2024年4月に新工場が稼働した。", "輸出は前年比1%減。"],
     "2024-05-10", ("前年", "2022")),
    (["2023年の販売は約3割が輸出だった。2024年4月に計画が発表された。", "国内は前年比1%減。"],
     "2024-05-10", ("前年", "2022")),
    (["2023年の生産は120台だった。2024年4月に計画が発表された。", "輸出は前年比1%減。"],
     "2024-05-10", ("前年", "2022")),
])
def test_a_figure_in_any_unit_the_quantities_read_makes_a_figure_period(blocks, doc, want):
    assert want in _got(blocks, doc)
