"""Accounting periods named by the month they end in (pipeline.temporal.settlement): 2024年3月期 is the
company's fiscal year April 2023 to March 2024, as every Japanese results report names it."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("トヨタ自動車は2024年3月期の連結決算を発表した。", None, ("2024年3月期", "2023-04/2024-03")),
    ("同社の24年3月期決算は増収増益だった。", "2024-05-10", ("24年3月期", "2023-04/2024-03")),
    ("2025年12月期の業績見通しを据え置いた。", None, ("2025年12月期", "2025")),
    ("2024年9月期は減益となった。", None, ("2024年9月期", "2023-10/2024-09")),
    # a quarter right after the period is that period's: October to December 2023
    ("2024年3月期第3四半期の営業利益は", None, ("第3四半期", "2023-10/2023-12")),
])
def test_period_ending_in_the_month(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, want", [
    ("2024年1～3月期の実質GDPは", ("2024年1～3月期", "2024-01/2024-03")),   # a quarter, not a fiscal year
    ("2024年3月期末の残高は", ("2024年3月", "2024-03")),                  # the period's end: the month
    ("2024年3月期限の支払い", ("2024年3月", "2024-03")),                  # 期限 (a deadline) is a word
    ("2024年3月期間中に実施した", ("2024年3月", "2024-03")),              # 期間 (a period) is a word
])
def test_month_before_another_word_stays_a_month(text, want):
    assert want in _got(text)
