"""初日 / 最終日 (the first / last day of the span last told), 今月中, and the words left unread:
先日, 今, 現在 (pipeline.temporal.anaphora, relative)."""
import pytest

from pipeline.temporal import DateExtractor, extract_dates

DOC = "2017-05-10"


@pytest.mark.parametrize("text, want", [
    ("会議は5月8日から12日まで開かれた。初日は開会式だった。", ("初日", "2017-05-08")),
    ("会議は5月8日から12日まで開かれた。最終日に宣言が採択された。", ("最終日", "2017-05-12")),
    ("総会は2016年9月13日から開かれた。初日には事務総長が演説した。", ("初日", "2016-09-13")),
    ("首脳会議は2019年6月28日～29日に大阪で開催され、初日に経済を討議した。", ("初日", "2019-06-28")),
    ("今月中に結論を出す。", ("今月", "2017-05")),
    ("今年中に法案を提出する。", ("今年", "2017")),
])
def test_read(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, DOC)]


@pytest.mark.parametrize("text, word", [
    ("会議は5月8日に閉幕した。初日は雨だった。", "初日"),      # a single day: no first day of the event told
    ("大会は5月に開かれた。初日は雨だった。", "初日"),          # a month names no first day
    ("元日に初日の出を見た。", "初日"),                          # New Year's sunrise
    ("初日は満員だった。", "初日"),                              # nothing told before it
    ("先日、首相と会談した。", "先日"),                          # vague: not placed
    ("今は交渉の時ではない。", "今"),
    ("現在、交渉が続いている。", "現在"),
    ("今年中国は成長した。", "今年中"),                          # 今年 + 中国, not 今年中
])
def test_not_read(text, word):
    assert word not in [m.text for m in extract_dates(text, DOC)]


@pytest.mark.parametrize("first_block, second_block, want", [
    # a range told in an earlier block is the narrative's span: its first and last day, its period
    ("会議は2024年5月8日から12日まで開かれた。", "最終日には宣言が採択された。", ("最終日", "2024-05-12")),
    ("会議は2024年5月8日から12日まで開かれた。", "初日には首脳が集まった。", ("初日", "2024-05-08")),
    ("2024年1月から3月までの輸出は増えた。", "前年同期比で3%増えた。", ("前年同期", "2023-01/2023-03")),
])
def test_range_in_an_earlier_block_is_the_narrative_span(first_block, second_block, want):
    x = DateExtractor()
    x.feed(first_block)
    assert want in [(m.text, m.value) for m in x.feed(second_block)[0]]


@pytest.mark.parametrize("text, want", [
    ("総会は14日、3日間の日程を終えて閉幕した。初日には議長を選んだ。", ("初日", "2024-06-12")),
    ("総会は12日、3日間の日程で開幕した。最終日に宣言を採択する。", ("最終日", "2024-06-14")),
])
def test_first_and_last_day_of_an_event_told_by_one_day_and_its_length(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, "2024-06-14")]


def test_a_single_day_and_a_length_of_something_else_give_no_first_day():
    got = [(m.text, m.value) for m in extract_dates("総会は14日に閉幕した。3日間の審議の初日に", "2024-06-14")]
    assert not [g for g in got if g[0] == "初日"]
