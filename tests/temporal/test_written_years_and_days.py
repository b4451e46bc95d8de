"""Years and days as newspapers, white papers and the Diet record write them: a two-digit year glossed
by its era year (12(平成24)年7月), ○ for the kanji zero (二○○四年), a kanji day below 十 where only a day
of the month stands (九日には), and 半年 as six months (pipeline.temporal.units, partial, durations)."""
import pytest

from pipeline.temporal import extract_dates
from pipeline.temporal.units import normalize


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    # the defence white paper's years: the era year in brackets gives the century
    ("12(平成24)年7月に内閣府に宇宙戦略室が設置された。", "2019-08-01", ("12(平成24)年7月", "2012-07")),
    ("13(平成25)年に閣議決定された戦略を踏まえ、", "2019-08-01", ("13(平成25)年", "2013")),
    ("15（平成27）年1月には、計画が改定された。", None, ("15（平成27）年1月", "2015-01")),
    ("19(令和元)年5月に新元号となった。", None, ("19(令和元)年5月", "2019-05")),
    ("89(平成元)年に冷戦が終わった。", None, ("89(平成元)年", "1989")),
    ("88(昭和63)年度の予算", None, ("88(昭和63)年度", "1988-04/1989-03")),
    ("12(平成24)年7月から13(平成25)年3月まで", None, ("12(平成24)年7月から13(平成25)年3月まで", "2012-07/2013-03")),
])
def test_year_glossed_by_its_era_year(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text", [
    "12(平成20)年7月に設置された。",  # the gloss contradicts the year: neither is trusted
])
def test_contradicting_era_gloss_gives_no_year(text):
    assert not [v for _, v in _got(text) if v.startswith(("2012", "2008"))]


@pytest.mark.parametrize("text, want", [
    ("バルト三国は二○○四年に欧州連合に加盟した。", ("二○○四年", "2004")),
    ("「一九四○年を繰り返したくない」と述べた。", ("一九四○年", "1940")),
    ("一九五○年六月に戦争が始まった。", ("一九五○年六月", "1950-06")),
])
def test_white_circle_is_the_kanji_zero_in_a_numeral(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "○山田委員長　一九四五年八月に",  # a Diet speaker label
    "○ 会議の概要",  # a bullet
    "○○委員会",  # a placeholder name
])
def test_white_circle_elsewhere_stays(text):
    assert normalize(text).count("○") == text.count("○")
    assert len(normalize(text)) == len(text)


@pytest.mark.parametrize("text, doc, want", [
    ("ついこの間、九日には、長官も来日された。", "2015-04-20", ("九日", "2015-04-09")),
    ("政府は五日、声明を発表した。", "2015-04-20", ("五日", "2015-04-05")),
    ("三日午前に会談した。", "2015-04-20", ("三日午前", "2015-04-03T00/2015-04-03T12")),
])
def test_kanji_day_below_ten_where_only_a_day_stands(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc", [
    ("滞在は三日に及んだ。", "2015-04-20"),   # a count of days
    ("工事は五日で終わった。", "2015-04-20"),
    ("一日、二日と待った。", "2015-04-20"),  # 一日 stays a count (一日も早く)
    ("三日に一度の会合", "2015-04-20"),      # a frequency
])
def test_kanji_day_count_is_no_date(text, doc):
    assert not [v for _, v in _got(text, doc) if v.startswith("2015-04-0")]


@pytest.mark.parametrize("text, want", [
    ("半年というのは遥かにましだ。", ("半年", "P6M")),
    ("交渉は半年間続いた。", ("半年間", "P6M")),
    ("1年半の任期", ("1年半", "P1.5Y")),
])
def test_half_year_is_six_months(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, doc, want", [
    # a narrative that names only a year has no month for a bare day: the month of writing
    ("二〇一六年から漁を禁止する法案が出た。ついこの間、九日には長官も来日した。", "2015-04-17", ("九日", "2015-04-09")),
    ("2030年に完成する予定だ。政府が15日に発表した。", "2015-04-17", ("15日", "2015-04-15")),
    # a narrative month still wins
    ("2016年3月に法案が出た。政府が15日に発表した。", "2017-05-10", ("15日", "2016-03-15")),
    # no document date: the day stays a day of an unknown month
    ("2030年に完成する予定だ。政府が15日に発表した。", None, ("15日", "XXXX-XX-15")),
])
def test_bare_day_after_a_year_only_narrative(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    # the reported content (支持する) is not the day's tense: the word before the day is
    ("ついこの間、九日には、長官もこの法案を支持するという意向を表明されております。", "2015-04-17", ("九日", "2015-04-09")),
    ("去る9日、長官は法案を支持すると述べた。", "2015-04-17", ("9日", "2015-04-09")),
    ("来る15日に会合を開くと発表した。", "2015-04-17", ("15日", "2015-05-15")),
])
def test_word_before_a_day_gives_its_tense(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("財務省が発表した23年の貿易統計速報によると、輸出は前年比2.8%増えた。", "2024-01-24", [("23年", "2023"), ("前年", "2022")]),
    ("22年の輸出額は過去最高だった。", "2024-01-10", [("22年", "2022")]),
    ("1975年に交渉が始まり、76年の妥結に至った。", None, [("1975年", "1975"), ("76年", "1976")]),
])
def test_two_digit_year_of_a_recent_statistic_before_no(text, doc, want):
    assert _got(text, doc) == want


@pytest.mark.parametrize("text, doc", [
    ("設立から20年の歳月が流れた。", "2021-05-01"),  # a length of time
    ("20年の歴史を持つ団体", "2021-05-01"),
    ("10年の間に倍増した。", "2011-01-01"),
    ("23年の輸出額", "2030-01-01"),  # seven years before the document: too far to be sure
])
def test_two_digit_year_before_no_stays_a_count(text, doc):
    assert _got(text, doc) == []
