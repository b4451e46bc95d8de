"""Which year a bare month or day takes: the nearest year the narrative told, not a stale one.

Three ways the anchor went stale (pipeline/temporal/narrative.py): 前年 as a point of comparison
(前年に引き続き) moved it back a year; a flashback year naming a past event (2014年のクリミア併合) took
the story there; and a year word of the time of writing (昨年は) did not move it at all, so a month
after it took an older explicit year."""
import pytest

from pipeline.temporal.dates import DateExtractor


def _values(blocks, doc=None):
    e = DateExtractor(doc)
    return [(m.text, m.value) for b in blocks for m in e.feed(b)[0]]


@pytest.mark.parametrize("text", [
    "2019年、両国は前年に引き続き首脳会談を行った。5月に外相が来日した。",
    "2019年の交流は前年と同様に活発で、5月に外相が来日した。",
    "2019年の輸出は前年に比べ伸び、5月に過去最高を記録した。",
])
def test_the_previous_year_as_a_comparison_does_not_move_the_year(text):
    assert ("5月", "2019-05") in _values([text], "2020")


def test_the_previous_year_told_as_a_time_still_moves_the_year():
    assert ("5月", "2018-05") in _values(["2019年に合意した。前年には5月に予備協議があった。"], "2020")


def test_a_flashback_year_naming_a_past_event_leaves_the_story_where_it_was():
    got = _values(["2023年3月1日、理事会が開かれた。同国は2008年の金融危機から支援を続けてきたが、"
                   "3月5日に新たな融資を決めた。"], "2024")
    assert ("2008年", "2008") in got and ("3月5日", "2023-03-05") in got


@pytest.mark.parametrize("text, want", [
    ("2023年3月1日、理事会が開かれた。2008年の9月に危機が起きた。", ("2008年の9月", "2008-09")),  # a month of it
    ("2023年3月1日、理事会が開かれた。2008年、危機が起きた。10月に銀行が破綻した。", ("10月", "2008-10")),
    ("2010年に調印した。2015年の総選挙で政権が代わり、6月に批准した。", ("6月", "2015-06")),  # a later year moves on
])
def test_a_year_that_the_story_moves_to_still_moves_it(text, want):
    assert want in _values([text], "2024")


def test_a_year_word_of_the_time_of_writing_alone_moves_the_year_of_later_months():
    got = _values(["生産は2009年から倍増した。", "昨年は円安も追い風となった。11月に前年同月比で増え、12月も増えた。"],
                  "2013-03-01")
    assert ("11月", "2012-11") in got and ("前年同月", "2011-11") in got and ("12月", "2012-12") in got


@pytest.mark.parametrize("text, want", [
    ("2009年に始まった。昨年比で増え、11月に減った。", ("11月", "2009-11")),      # a comparison
    ("2009年に始まった。昨年来の課題として、11月に協議した。", ("11月", "2009-11")),  # since last year
])
def test_a_year_word_of_comparison_or_since_leaves_the_year(text, want):
    assert want in _values([text], "2013-03-01")


def test_a_year_of_statistics_before_the_anchor_moves_it_the_figure_is_about_that_year():
    got = _values(["2024年1月10日、統計局が発表した。", "発表によると、2023年の輸出は前年比5.1%増の120億ドルだった。"],
                  "2024-02-01")
    assert ("前年", "2022") in got


def test_year_words_that_bound_a_span_leave_the_months_to_the_document_date():
    got = _values(["今年から来年にかけて、両国は国交樹立50周年を迎える。", "理事会は4月の戦略に基づき、6月に報告書を出した。"],
                  "2021-07-03")
    assert ("4月", "2021-04") in got and ("6月", "2021-06") in got


@pytest.mark.parametrize("text, doc, want", [
    ("5月12日の大地震から十年: 復興の歩み", "2018-05-13", ("5月12日", "2008-05-12")),
    ("3月11日の震災から7年が経った。", "2018-03-12", ("3月11日", "2011-03-11")),
])
def test_the_day_of_an_anniversarys_event_is_that_many_years_back(text, doc, want):
    assert want in _values([text], doc)


@pytest.mark.parametrize("text, want", [
    ("4月1日から3年間、制度を試行する。", ("4月1日から", "2018-04-01/..")),   # a stretch from that day
    ("3月11日の震災から7年が経った。4月1日に新制度が始まる。", ("4月1日", "2018-04-01")),  # the story stays in 2018
])
def test_no_anniversary_without_an_event_and_the_story_keeps_its_year(text, want):
    assert want in _values([text], "2018-03-12")


def test_a_years_ago_base_of_a_figure_counts_from_the_figures_month():
    got = _values(["2018年3月の輸出額は120億ドルとなり、1年前に当たる17年3月の約100億ドルと比べて20%増えた。",
                   "赤字幅は1年前の15億ドルと比較して拡大した。前年同月比では12%の増加だった。"], "2018-04-20")
    assert [v for t, v in got if t == "1年前"] == ["2017-03", "2017-03"]
    assert ("前年同月", "2017-03") in got  # of March 2018, not a year before the comparison base 17年3月


def test_a_years_ago_with_no_figure_still_counts_from_the_time_of_writing():
    assert ("1年前", "2017") in _values(["1年前に就任した。"], "2018-04-20")


def test_a_month_a_figure_is_less_than_is_a_comparison_not_a_start_and_not_the_story():
    got = _values(["10月の黒字は38億ドルで、41億ドルだった9月より7%減った。同月としては過去最高だった。"], "2019-11")
    assert ("9月", "2019-09") in got and ("同月", "2019-10") in got


def test_a_month_before_made_in_a_figure_is_january_to_that_month():
    got = _values(["9月までの輸入額は前年同期比で12.5%減少した。"], "2019-11")
    assert ("9月まで", "2019-01/2019-09") in got and ("前年同期", "2018-01/2018-09") in got


@pytest.mark.parametrize("text, want", [
    ("9月まで交渉が続いた。", ("9月まで", "../2019-09")),   # no figure: everything up to September
    ("9月より交渉を始めた。", ("9月より", "2019-09/..")),   # a start, not a comparison
])
def test_made_and_yori_without_a_figure_keep_their_open_ends(text, want):
    assert want in _values([text], "2019-11")
