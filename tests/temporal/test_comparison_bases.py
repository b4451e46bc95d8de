"""The period before, as the base of a comparison or a look back: 前月, 前月比, 前年度比
(pipeline.temporal.comparisons, and 前月 in the unit grammar)."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc="2023-09-07"):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, want", [
    ("2023年8月の輸出は前月比3%増えた。", ("前月", "2023-07")),
    ("2023年1月の輸入は前月比2.1%減だった。", ("前月", "2022-12")),        # across New Year
    ("2023年8月の輸出は前月を上回った。", ("前月", "2023-07")),
    ("2023年8月に入り、伸び率は前月より鈍化した。", ("前月", "2023-07")),
    ("2006年の銅輸出額は前年度比76.5%上昇した。", ("前年度", "2005")),       # a calendar year's base
    ("2023年度の税収は前年度比3%増えた。", ("前年度", "2022-04/2023-03")),   # a fiscal year's base
])
def test_period_before(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, surface", [
    ("前月比3%増となった。", "前月"),             # no narrative month: no base to tell
    ("2023年8月の輸出は前月末の水準を上回った。", "前月"),  # 前月末: a part, not read here
])
def test_no_period_before(text, surface):
    assert surface not in [t for t, _ in _got(text, None)]


def test_comparison_does_not_move_the_narrative():
    # after 前月を上回った, a bare day is still in the month told (August), not July
    got = _got("2023年8月の輸出は前月を上回った。政府は15日に発表した。", None)
    assert ("15日", "2023-08-15") in got


@pytest.mark.parametrize("text, want", [
    ("2023年8月の伸び率は前月より鈍化した。", ("前月", "2023-07")),
    ("2022年の輸出は前年より低い。", ("前年", "2021")),
])
def test_yori_after_the_period_before_is_a_comparison_not_a_start(text, want):
    assert want in _got(text)
