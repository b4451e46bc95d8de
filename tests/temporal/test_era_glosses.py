"""Era years glossed by the writer and era years written with 同 (pipeline.temporal.units.glossed_era):
平成23(2011)年9月 and 令和元(2019)年度 (an era year with its Gregorian year in brackets), 2019年(令和元年)度
(a Gregorian fiscal year with its era year), 17(同29)年1月 (the defence white paper's gloss, its era that
of the last era year) and 同51年 after 昭和45年, as Diet minutes, white papers and commentaries write them."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("平成23(2011)年9月の震災を受けて計画が改められた。", "2024-12", ("平成23(2011)年9月", "2011-09")),
    ("平成26（2014）年の改定以降、方針は変わらない。", "2024-12", ("平成26（2014）年", "2014")),
    ("令和元(2019)年度の予算では、", None, ("令和元(2019)年度", "2019-04/2020-03")),
    ("昭和63(1988年)年に始まった交流", None, ("昭和63(1988年)年", "1988")),
    ("2019年(令和元年)度では、新たな企画が実施された。", None, ("2019年(令和元年)度", "2019-04/2020-03")),
    ("2024年（令和6年）度の防衛費は", None, ("2024年（令和6年）度", "2024-04/2025-03")),
    # a four-digit year glossed by its era year, as white papers since 令和 write it
    ("防衛省は2022(令和4)年の白書で侵略を非難した。", "2022-07-22", ("2022(令和4)年", "2022")),
    ("2022（令和4）年12月に三文書が閣議決定された。", None, ("2022（令和4）年12月", "2022-12")),
    ("2023(令和5)年度予算では防衛費が増えた。", None, ("2023(令和5)年度", "2023-04/2024-03")),
    ("2019(平成31)年4月に改元が発表された。", None, ("2019(平成31)年4月", "2019-04")),
    # the defence white paper: 同 for the era of the last glossed year
    ("11(平成23)年3月に発生し、17(同29)年1月に派遣された。", None, ("17(同29)年1月", "2017-01")),
    # 同N年: the last era year's era
    ("白書は昭和45年に刊行され、同51年以降は毎年発行された。", None, ("同51年以降", "1976/..")),
    ("「不法占拠」は平成15年版以来、「固有の領土」は同23年版以来となる。", "2022-04-22", ("同23年", "2011")),
    ("昭和二十七年度予算は可決された。同二十八年度には", "1952-03-27", ("同二十八年度", "1953-04/1954-03")),
])
def test_era_gloss_or_same_era(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text", [
    "平成23(2012)年9月に起きた。",        # the gloss contradicts the era year: no year is trusted
    "2019年(平成30年)度の予算",            # likewise before 年度
    "同51年以降は毎年発行された。",          # 同N年 with no era told before it
    "2010年に始まり、同23年以降も続く。",    # the year told was not an era's
    "11(同23)年3月に起きた。",             # a 同 gloss with no era before it
    "2012(令和4)年に起きた。",             # a four-digit year its era gloss contradicts
])
def test_contradicting_or_unanchored_gloss_gives_no_year(text):
    assert not [v for _, v in _got(text, "2022-04-22") if v.startswith(("2011", "2012", "2018", "2019", "1976"))]


def test_same_era_year_after_a_western_year_takes_no_earlier_era():
    # 昭和45年, then 1990年: 同23年 is no longer 昭和23年 (1948)
    got = _got("昭和45年に刊行され、1990年に改訂、同23年以降は毎年発行された。")
    assert ("昭和45年", "1970") in got and ("1990年", "1990") in got
    assert not [v for _, v in got if v.startswith("1948")]


def test_four_digit_year_with_era_gloss_before_a_month_stays_two_records():
    # only a fiscal year's 度 joins the gloss: 1970年(昭和45年)10月 keeps its year, its era year and its month
    got = _got("1970年(昭和45年)10月に初刊が発行された。")
    assert ("1970年", "1970") in got and ("昭和45年", "1970") in got and ("10月", "1970-10") in got


@pytest.mark.parametrize("text, doc, want", [
    # 同日 after 日本時間/現地時間 (a kanji before it used to block it)
    ("現地時間1月8日午後1時5分(日本時間同日午後9時5分)から約85分間会談した。", "2024-01-08",
     ("日本時間同日午後9時5分", "2024-01-08T21:05+09:00")),
    ("2024年1月8日に署名された。現地時間同日夜、声明が出された。", None,
     ("現地時間同日夜", "2024-01-08T18/2024-01-08T24")),
])
def test_same_day_after_a_time_zone(text, doc, want):
    assert want in _got(text, doc)
