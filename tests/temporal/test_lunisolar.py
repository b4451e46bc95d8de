"""Dates before 1873-01-01 are lunisolar (pipeline.temporal.lunisolar, eras, units): expected values
are the Gregorian days of well-known events, as the history books give them."""
import pytest

from pipeline.temporal import extract_dates


@pytest.mark.parametrize("text, surface, value", [
    # bug: an era proclaimed in the 12th lunisolar month (January of the next Gregorian year) came out
    # one year late: 天保 began 文政13年12月10日 = 1831-01-23, so 天保元年 is 1830 and 天保14年 is 1843
    ("天保14年に株仲間が解散させられた。", "天保14年", "1843"),
    ("天保元年に生まれた。", "天保元年", "1830"),
    ("弘化2年の記録。", "弘化2年", "1845"),     # 弘化: 天保15年12月2日 = 1845-01-09, 元年 = 1844
    ("安政2年の大地震。", "安政2年", "1855"),   # 安政: 嘉永7年11月27日 = 1855-01-15, 元年 = 1854
    ("寛政元年の改革", "寛政元年", "1789"),     # proclaimed 天明9年1月25日: the same year
    # lunisolar months and days, converted
    ("嘉永6年6月3日、ペリーが浦賀に来航した。", "嘉永6年6月3日", "1853-07-08"),
    ("安政7年3月3日、桜田門外の変が起きた。", "安政7年3月3日", "1860-03-24"),
    ("元禄15年12月14日、赤穂浪士が討ち入った。", "元禄15年12月14日", "1703-01-30"),
    ("慶応4年1月3日、鳥羽・伏見の戦いが始まった。", "慶応4年1月3日", "1868-01-27"),
    ("慶応3年10月14日に大政奉還", "慶応3年10月14日", "1867-11-09"),
    # 明治1-5年 too: the Gregorian calendar came on 明治6年1月1日
    ("明治元年9月8日に改元された。", "明治元年9月8日", "1868-10-23"),
    ("明治4年7月14日、廃藩置県が行われた。", "明治4年7月14日", "1871-08-29"),
    ("明治5年12月の二日間", "明治5年12月", "1872-12-30/1872-12-31"),
    ("明治5年12月3日を明治6年1月1日とする。", "明治5年12月3日", "1873-01-01"),
    ("明治6年1月1日に太陽暦となった", "明治6年1月1日", "1873-01-01"),
    ("明治10年2月15日", "明治10年2月15日", "1877-02-15"),  # Gregorian by then: unchanged
])
def test_old_calendar_dates(text, surface, value):
    assert (surface, value) in [(m.text, m.value) for m in extract_dates(text)]


def test_a_leap_month_is_its_own_month():
    found = [(m.text, m.value) for m in extract_dates("文久2年閏8月に")]
    assert found == [("文久2年閏8月", "1862-09-24/1862-10-22")]


def test_an_impossible_old_month_leaves_the_year():
    assert [(m.text, m.value) for m in extract_dates("天保14年13月")] == [("天保14年", "1843")]
