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


@pytest.mark.parametrize("text, surface, want", [
    # the month before ends on its own last day (a leap February), across New Year too
    ("2024年3月の輸出は前月比3%増えた。", "前月", ("2024-02", "2024-02-01", "2024-02-29")),
    ("2023年1月の輸入は前月比2.1%減だった。", "前月", ("2022-12", "2022-12-01", "2022-12-31")),
    # 前年度比 after a fiscal year: the same record as 前年度 (fiscal.py) gives
    ("2023年度の税収は前年度比3%増えた。", "前年度", ("2022-04/2023-03", "2022-04-01", "2023-03-31")),
    ("2023年度の税収は前年度を上回った。", "前年度", ("2022-04/2023-03", "2022-04-01", "2023-03-31")),
])
def test_period_before_bounds_come_from_the_shared_month_and_fiscal_helpers(text, surface, want):
    got = [(m.value, m.earliest, m.latest) for m in extract_dates(text, "2024-09-07") if m.text == surface]
    assert got == [want]


@pytest.mark.parametrize("y, m, n, want", [
    (2023, 8, -1, (2023, 7)),
    (2023, 1, -1, (2022, 12)),
    (2022, 7, 11, (2023, 6)),    # a fiscal year glossed from July ends in June
    (2023, 1, 11, (2023, 12)),
    (2025, 5, -3, (2025, 2)),
    (2025, 11, 3, (2026, 2)),
])
def test_add_months(y, m, n, want):
    from pipeline.temporal.units import add_months
    assert add_months(y, m, n) == want


@pytest.mark.parametrize("y, m, want", [(2024, 2, 29), (2023, 2, 28), (2100, 2, 28), (2023, 6, 30), (2022, 12, 31)])
def test_last_day(y, m, want):
    from pipeline.temporal.units import last_day
    assert last_day(y, m) == want
