"""Bare days and weekdays against the tense of their clause (pipeline.temporal.tense)."""
import pytest

from pipeline.temporal import DateExtractor, extract_dates


def _value(text, doc, word):
    return next(m.value for m in extract_dates(text, doc) if m.text == word)


@pytest.mark.parametrize("text, doc, word, value", [
    # a past event told after the narrative of a coming one is not in the coming month
    ("両首脳は10月3〜4日の会議に合わせて会談する方向だ。外務省筋が12日、明らかにした。", "2021-09-12", "12日", "2021-09-12"),
    # a past day not yet reached this month: last month's
    ("委員会は28日に報告書をまとめた。", "2022-03-02", "28日", "2022-02-28"),
    ("首相は28日に会談したと述べた。", "2022-03-02", "28日", "2022-02-28"),  # a past reported clause
    # a coming day already passed this month: next month's
    ("総選挙は5日に行われる予定だ。", "2024-06-20", "5日", "2024-07-05"),
    ("総選挙は25日に行われる予定だ。", "2024-06-20", "25日", "2024-06-25"),
    # weekdays: the nearest such day in the direction of the tense
    ("大統領は木曜日に声明を出した。", "2022-11-14", "木曜日", "2022-11-10"),   # document on a Monday
    ("首相は土曜日に現地入りする。", "2022-11-16", "土曜日", "2022-11-19"),
    ("首相は月曜日に現地入りする。", "2022-11-16", "月曜日", "2022-11-21"),     # Monday of the week has passed
    ("月曜日に会見が開かれた。", "2022-11-16", "月曜日", "2022-11-14"),
])
def test_day_follows_the_tense(text, doc, word, value):
    assert _value(text, doc, word) == value


@pytest.mark.parametrize("text, doc, word, value", [
    ("会合は9日に開かれた。", "2022-03", "9日", "2022-03-09"),            # a month document date: no tense check
    ("会合は9日の議題だ。", "2022-03-05", "9日", "2022-03-09"),           # no past or coming predicate: left alone
    # reported speech: the reported clause's tense, not the reporting verb's (review: both were moved)
    ("首相は20日に訪米すると述べた。", "2013-08-15", "20日", "2013-08-20"),
    ("政府は20日に発表する予定だと明らかにした。", "2013-08-15", "20日", "2013-08-20"),
    # a state is no tense: the day stays where the narrative put it
    ("首相は20日の会談が重要であるとの認識を示している。", "2013-08-25", "20日", "2013-08-20"),
    ("20日の試合は行われない。", "2013-08-25", "20日", "2013-08-20"),
    ("2022年3月9日に会合を開いた。", "2022-03-05", "2022年3月9日", "2022-03-09"),  # a written month is not moved
])
def test_days_the_tense_does_not_move(text, doc, word, value):
    assert _value(text, doc, word) == value
