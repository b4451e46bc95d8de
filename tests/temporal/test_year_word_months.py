"""A year word before a month is one date: 昨年8月, 昨年の二月, 今年一月末まで, 同年の7月
(pipeline.temporal.units DOC_YEAR_SHIFT; the year counts from the document date or the narrative)."""
import pytest

from pipeline.temporal import extract_dates, writing_year

DOC = "2017-05-10"


@pytest.mark.parametrize("text, want", [
    ("昨年8月に同国を訪問した。", ("昨年8月", "2016-08")),
    ("昨年の二月に会談した。", ("昨年の二月", "2016-02")),
    ("去年12月、首相は辞任を表明した。", ("去年12月", "2016-12")),
    ("一昨年の10月に協定が発効した。", ("一昨年の10月", "2015-10")),
    ("今年の3月5日に両国は合意した。", ("今年の3月5日", "2017-03-05")),
    ("本年4月1日から施行される。", ("本年4月1日から", "2017-04-01/..")),
    ("来年の4月に総選挙が予定されている。", ("来年の4月", "2018-04")),
    ("再来年3月までに撤退する。", ("再来年3月まで", "../2019-03")),
    ("今年一月末までに決定する。", ("今年一月末まで", "../2017-01-31")),
    ("昨年9月下旬に交渉が再開された。", ("昨年9月下旬", "2016-09-21/2016-09-30")),
])
def test_year_word_and_month_are_one_date(text, want):
    found = [(m.text, m.value) for m in extract_dates(text, DOC)]
    assert found == [want]


def test_year_word_month_resolves_against_the_document_date():
    (m,) = extract_dates("昨年8月に同国を訪問した。", DOC)
    assert (m.earliest, m.latest, m.anchor_source) == ("2016-08-01", "2016-08-31", "document")


@pytest.mark.parametrize("text, want", [
    ("2015年に交渉が始まった。同年の7月に決裂した。", ("同年の7月", "2015-07")),
    ("2015年に交渉が始まった。翌年の1月に再開した。", ("翌年の1月", "2016-01")),
    ("2015年に交渉が始まった。前年の11月に予備協議があった。", ("前年の11月", "2014-11")),
    ("2019年の7月に参院選が行われた。", ("2019年の7月", "2019-07")),
])
def test_year_of_the_story_and_month_are_one_date(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, DOC)]


def test_year_word_month_moves_the_narrative():
    found = extract_dates("昨年8月に同国を訪問した。同月20日には首脳会談が開かれた。", DOC)
    assert [(m.text, m.value) for m in found] == [("昨年8月", "2016-08"), ("同月20日", "2016-08-20")]


@pytest.mark.parametrize("text, want", [
    ("昨年は輸出が伸びた。", [("昨年", "2016")]),                  # no month: the relative word alone
    ("今年度4月の実績", [("今年度", "2017-04/2018-03"), ("4月", "2017-04")]),  # 今年度 is a fiscal year, not 今年
    ("昨年末に発表した。", [("昨年末", "2016-12")]),
])
def test_year_word_without_a_month_is_unchanged(text, want):
    assert [(m.text, m.value) for m in extract_dates(text, DOC)] == want


def test_decade_before_no_month_keeps_its_record():
    assert ("1990年代", "199X") in [(m.text, m.value) for m in extract_dates("1990年代の3月", DOC)]


def test_year_word_month_without_document_date_is_not_placed():
    assert "昨年8月" not in [m.text for m in extract_dates("昨年8月に同国を訪問した。")]


def test_year_word_month_without_document_date_keeps_the_narrative_month():
    found = extract_dates("2023年4月24日の委員会で述べた。本年二月、駐屯地を訪問した。")
    assert [(m.text, m.value) for m in found] == [("2023年4月24日", "2023-04-24"), ("二月", "2023-02")]


@pytest.mark.parametrize("text, doc, want", [
    ("昨年の1〜3月期の成長率は高かった。", "2024-06-01", [("昨年", "2023"), ("1〜3月期", "2023-01/2023-03")]),
    ("昨年4-6月期の輸出", "2024-06-01", [("昨年", "2023"), ("4-6月期", "2023-04/2023-06")]),
    ("来年の1～3月に実施する。", "2024-06-01", [("来年", "2025"), ("1～3月", "2025-01/2025-03")]),
    # no document date: nothing guessed for 昨年, and the span keeps its unknown year
    ("昨年の1〜3月期の成長率は高かった。", None, [("1〜3月期", "XXXX-01/XXXX-03")]),
])
def test_year_word_before_a_span_of_months_gives_it_its_year(text, doc, want):
    assert [(m.text, m.value) for m in extract_dates(text, doc)] == want


@pytest.mark.parametrize("text, doc, want", [
    # every year word of the one table (units.DOC_YEAR_SHIFT) before a month, in kana too
    ("おととし8月に開かれた会合", "2024-05-10", ("おととし8月", "2022-08")),
    ("再来年3月に完成する。", "2024-05-10", ("再来年3月", "2026-03")),
])
def test_every_year_word_takes_a_month(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, want", [
    # the writer's glossed year word: every word of the table, full-width digits as ASCII
    ("再来年（２０２６年）の完成を目指す。", "2024"),
    ("おととし(2021年)の選挙", "2023"),
    ("本年（２０２２年）は", "2022"),
    ("昨年（2021年）は", "2022"),
])
def test_writing_year_from_any_year_word(text, want):
    assert writing_year(text) == want
