"""Spans of fiscal years with one 年度 at the end (pipeline.temporal.fiscalrange): 2023～2027年度, as the
defence build-up plan and every mid-term business plan write them, are April 2023 to March 2028."""
import pytest

from pipeline.temporal import extract_dates
from pipeline.temporal.fiscalrange import fiscal_span


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, want", [
    ("2023～2027年度の防衛力整備計画では総額43兆円とした。", ("2023～2027年度", "2023-04/2028-03")),
    ("2023～27年度の5年間で整備する。", ("2023～27年度", "2023-04/2028-03")),
    ("同社は2024~26年度の中期経営計画を発表した。", ("2024~26年度", "2024-04/2027-03")),
    ("2013-2030年度の削減目標", ("2013-2030年度", "2013-04/2031-03")),
    ("1998～02年度の計画", ("1998～02年度", "1998-04/2003-03")),
])
def test_span_of_fiscal_years(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, doc, want", [
    ("政府が２０２２年に決定した計画では、２３〜２７年度の防衛費は", "2025-09-29", ("２３〜２７年度", "2023-04/2028-03")),
    ("23～27年度の5年間で整備する。", "2024-01-10", ("23～27年度", "2023-04/2028-03")),
    ("1998年に始まり、02～04年度に拡大した。", "2024-01-10", ("02～04年度", "2002-04/2005-03")),
])
def test_span_of_fiscal_years_with_two_digit_start(text, doc, want):
    assert want in _got(text, doc)


def test_two_digit_fiscal_span_without_any_year_is_not_read():
    assert _got("23～27年度の計画") == []     # no document date and no year told: no century


def test_short_fiscal_span_is_no_dateline():
    # 2009-10年度: fiscal 2009 and 2010, never the month October 2009 (moved from test_datelines.py)
    got = _got("2009-10年度の予算")
    assert ("2009-10年度", "2009-04/2011-03") in got and "2009-10" not in [v for _, v in got]


def test_calendar_year_span_stays_calendar():
    assert ("2015-2016年", "2015/2016") in _got("2015-2016年の調査では")


def test_same_fiscal_year_after_a_span_is_its_last_year():
    got = _got("2023～2027年度の計画では、同年度末までに整備を終える。")
    assert ("同年度末まで", "../2028-03") in got


@pytest.mark.parametrize("start, end, want", [
    (2023, "2027", ("2023-04/2028-03", 2027)),
    (2024, "26", ("2024-04/2027-03", 2026)),
    (1998, "02", ("1998-04/2003-03", 2002)),
    (2026, "2024", None),     # an end before the start
    (2024, "2024", None),     # one year is no span
    (2010, "50", None),       # a two-digit end forty years on: not read as a span
])
def test_fiscal_span_table(start, end, want):
    got = fiscal_span(start, end)
    assert (got and (got[0], got[3])) == want if want else got is None
