"""Halves and quarters of a fiscal year (pipeline.temporal.anaphora): 年度前半 / 年度後半 / 年度上期 with no
year before them are halves of the fiscal year the text is about (April to September, October to March),
as budget reports and white papers write them; a half or quarter written right after a fiscal year
(今年度の第1四半期, 令和5年度第2四半期, 2022年度の下半期) is that fiscal year's, not the calendar year's."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("平成28年度の経済は回復した。ただし、年度前半には弱さがみられた。", None, ("年度前半", "2016-04/2016-09")),
    ("令和4年度の予算は増えた。年度後半には物価が上がった。", None, ("年度後半", "2022-10/2023-03")),
    ("2023年度は増収だった。年度上期は減益だった。", None, ("年度上期", "2023-04/2023-09")),
    ("2021年度の決算では、年度下期に回復した。", None, ("年度下期", "2021-10/2022-03")),
    # no fiscal year told: the fiscal year of the document date (July 2023 is in fiscal 2023)
    ("年度前半には輸出が伸び悩んだ。", "2023-07-01", ("年度前半", "2023-04/2023-09")),
    # February 2024 is still fiscal 2023
    ("年度後半には回復に転じた。", "2024-02-10", ("年度後半", "2023-10/2024-03")),
])
def test_bare_half_of_the_fiscal_year(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("今年度の第1四半期は増益となった。", "2023-07-01", ("第1四半期", "2023-04/2023-06")),
    ("令和5年度第2四半期の決算を発表した。", None, ("第2四半期", "2023-07/2023-09")),
    ("2022年度の第4四半期には赤字に転じた。", None, ("2022年度の第4四半期", "2023-01/2023-03")),
    ("2022年度の下半期に販売が伸びた。", None, ("2022年度の下半期", "2022-10/2023-03")),
])
def test_part_written_after_a_fiscal_year_is_of_that_fiscal_year(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("2024年の第1四半期は減収だった。", None, ("2024年の第1四半期", "2024-33")),
    ("今年の上半期には輸出が増えた。", "2023-07-01", ("今年の上半期", "2023-01/2023-06")),
])
def test_part_after_a_calendar_year_stays_in_the_calendar_year(text, doc, want):
    assert want in _got(text, doc)


def test_half_word_inside_another_word_is_no_date():
    # 年度前半 must stand alone: 本年度前半 is the relative module's, 来年度後半 likewise, and 学年度 is no fiscal year part
    got = _got("本年度前半の計画を見直した。", "2023-07-01")
    assert ("本年度前半", "2023-04/2023-09") in got and not [t for t, _ in got if t == "年度前半"]


@pytest.mark.parametrize("text, want", [
    ("令和2年度秋の叙勲で受章した。", ("令和2年度", "2020-04/2021-03")),
    ("2019年度春季の調査によれば", ("2019年度", "2019-04/2020-03")),
])
def test_a_season_after_a_fiscal_year_names_its_round_the_fiscal_year_is_read(text, want):
    # 平成29年度春の叙勲 was skipped with 'unsupported part 春'
    assert want in [(m.text, m.value) for m in extract_dates(text, "2021-01-01")]
