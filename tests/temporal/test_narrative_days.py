"""The narrative after days told without a month or relative to the document, edition years,
翌N日 and kanji days (pipeline.temporal.narrative, dates, partial)."""
import pytest

from pipeline.temporal import DateExtractor, extract_dates


def _found(text, doc):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("blocks, doc, want", [
    # a bare day resolved against the document date is where the story is in the next paragraph
    (["【ソウル共同】韓国の外相は12日、訪韓中の米国務長官と会談した。", "外相はこの日の会談で協力を求めた。"],
     "2024-03-13", ("この日", "2024-03-12")),
    (["政府は3日、新たな制裁を決めた。", "同日、官房長官が会見した。"], "2022-05-04", ("同日", "2022-05-03")),
    # a calendar year alone of the anchor day's own year (a photo credit) leaves the day
    (["外相は3月2日、声明を出した。(2024年 共同)", "同日夜、各国が反応した。"], "2024-03-03", ("同日夜", "2024-03-02T18/2024-03-02T24")),
    # 同日 whose anchor names no day: the last day told in its block, as この日
    (["外相は3月2日、声明を出した。都内で昨年10月撮影(2024年 共同)", "首相は4日午後の会見で、同日午前の協議に触れた。"], "2024-03-05",
     ("同日午前", "2024-03-04T00/2024-03-04T12")),
    # 本日 is a day of the story too
    (["本日、両首脳は会談を行った。", "同日夜には夕食会が開かれた。"], "2019-06-28", ("同日夜", "2019-06-28T18/2019-06-28T24")),
])
def test_day_told_in_an_earlier_paragraph_anchors_the_next(blocks, doc, want):
    x = DateExtractor(doc)
    found = [(m.text, m.value) for b in blocks for m in x.feed(b)[0]]
    assert want in found


@pytest.mark.parametrize("text, doc, want", [
    # an edition year (版) does not move the narrative: 同日 / 同月 still refer to the day told before
    ("内閣府は6月20日に令和4年版の白書を公表した。同日、大臣が会見した。", "2022-07", ("同日", "2022-06-20")),
    ("財務省は3月10日、令和6年(2024年)版の報告書を発表した。同月15日には説明会を開いた。", "2024-04",
     ("同月15日", "2024-03-15")),
    ("2021年版の年次報告は9月1日に出た。同日、記者会見があった。", "2021-09", ("同日", "2021-09-01")),
])
def test_edition_year_does_not_move_the_narrative(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("2022年10月5日に艦隊が出港し、翌7日に寄港した。", None, ("翌7日", "2022-10-07")),
    # 翌 before a day not later in the month: the next month
    ("部隊は2021年1月30日に到着し、翌2日に任務を始めた。", None, ("翌2日", "2021-02-02")),
    ("部隊は2021年12月31日に到着し、翌三日に任務を始めた。", None, ("翌三日", "2022-01-03")),
    # a range from 同日 to a 翌 day
    ("会談は2019年5月8日に始まった。同日から翌十日にかけて協議が続いた。", None,
     ("同日から翌十日にかけて", "2019-05-08/2019-05-10")),
    # kanji days from 十日 on, against the document's month
    ("委員会は二十五日に法案を可決した。", "2018-11-30", ("二十五日", "2018-11-25")),
    ("十七日に閣議決定された。", "2018-11-30", ("十七日", "2018-11-17")),
])
def test_next_day_and_kanji_days(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc", [
    ("両国の合同日程が決まった。", "2024-03-05"),
    ("両者は同日の論ではない。", "2024-03-05"),
    ("同日、声明が出された。", "2024-03-05"),      # no day told anywhere: the document date is no day of the story
])
def test_same_day_words_that_are_no_date(text, doc):
    assert not any("同日" in t for t, _ in _found(text, doc))


@pytest.mark.parametrize("text, doc, word", [
    ("一日も早い解決を望む。", "2018-11-30", "一日"),      # a count, not the 1st
    ("三日間の日程を終えた。", "2018-11-30", "三日"),
    ("十日間にわたり協議した。", "2018-11-30", "十日"),
    ("毎月二十日に会合を開く。", "2018-11-30", "二十日"),  # a set: recurs, not the document's month
])
def test_kanji_counts_are_not_days_of_the_month(text, doc, word):
    assert not any(t == word and v.startswith("2018-11") for t, v in _found(text, doc))


@pytest.mark.parametrize("blocks, doc, want", [
    # a paper dated the 5th is of the month of writing, not of the month the story was just in
    (["統計局は上半期の数字を発表した。1月から6月までの輸出は増えたと5日付の地元紙が報じた。"], "2021-07", ("5日", "2021-07-05")),
    (["2014年5月に合意した。", "20日付の米紙によると、見直しが始まった。"], "2016-10-22", ("20日", "2016-10-20")),
])
def test_a_day_that_dates_a_paper_is_of_the_month_of_writing(blocks, doc, want):
    e = DateExtractor(doc)
    assert want in [(m.text, m.value) for b in blocks for m in e.feed(b)[0]]


def test_a_day_dated_with_tsuke_is_of_the_month_of_writing_too():
    e = DateExtractor("2016-10-22")
    got = [(m.text, m.value) for b in ["2014年5月に合意した。", "省は18日付けの通知で見直しを求めた。"] for m in e.feed(b)[0]]
    assert ("18日", "2016-10-18") in got


@pytest.mark.parametrize("text, doc, want", [
    ("昨日、またその前の日にも協議した。", "2019-06-12", ("その前の日", "2019-06-10")),
    ("代表団は5月3日に到着し、次の日に会談した。", "2019-06-12", ("次の日", "2019-05-04")),
])
def test_the_day_before_or_after_the_day_last_told(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text", ["前の日曜日に集まった。", "次の日程は未定だ。", "目の前の日本海"])
def test_words_with_mae_no_hi_inside_are_no_day(text):
    assert not [t for t, v in _found(text, "2019-06-12") if t.endswith("の日")]


def test_no_day_before_when_no_day_was_told():
    assert not [t for t, v in _found("その前の日に何があったのか。", "2019") if "の日" in t]
