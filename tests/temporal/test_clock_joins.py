"""Times told by their minutes only (sametime), 深夜, ranges of parts of days, a weekday after a
bracketed day and a zone before a day (clock, joins)."""
import pytest

from pipeline.temporal import extract_dates


def _found(text, doc):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    # the end of a range in the hour of its start
    ("列車は8時12分から20分まで停車した。", "2020-02-03", ("8時12分から20分まで", "2020-02-03T08:12/2020-02-03T08:20")),
    ("午後3時5分から50分にかけて停電した。", "2020-02-03", ("午後3時5分から50分にかけて", "2020-02-03T15:05/2020-02-03T15:50")),
    # 同N分: the same hour as the time told before
    ("飛翔体は10時3分ごろ発射され、同15分ごろ日本海に落下した。", "2021-03-25", ("15分ごろ", "2021-03-25T10:15~")),
])
def test_minutes_in_the_hour_just_told(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, minute, kind_value", [
    ("会議は9時40分から5分で終わった。", "2020-02-03", "05", ("5分", "PT5M")),   # earlier than 40: a length
    ("午後3時5分から10分間休憩した。", "2020-02-03", "10", None),                 # 10分間 is a duration
    ("同15分の遅れが出た。", "2020-02-03", "15", ("15分", "PT15M")),              # no time before: a length
])
def test_minutes_that_stay_lengths(text, doc, minute, kind_value):
    found = _found(text, doc)
    assert not any(v.endswith(f":{minute}") for _, v in found if not v.startswith("P"))
    if kind_value:
        assert kind_value in found


@pytest.mark.parametrize("text, doc, want", [
    # 深夜 is the Labour Standards Act's night, 22:00 to 05:00, into the next day
    ("首相は5日深夜、声明を出した。", "2022-09-06", ("5日深夜", "2022-09-05T22/2022-09-06T05")),
    # two parts of days joined by a range mark
    ("交渉は12日深夜から13日未明にかけて続いた。", "2022-09-14", ("12日深夜から13日未明にかけて", "2022-09-12T22/2022-09-13T03")),
    ("作業は3日夕方から4日朝まで続いた。", "2022-09-14", ("3日夕方から4日朝まで", "2022-09-03T15/2022-09-04T09")),
    # two times of known days
    ("2023年9月6日午後3時から9月7日午前1時まで開いた。", None,
     ("2023年9月6日午後3時から9月7日午前1時まで", "2023-09-06T15/2023-09-07T01")),
    # a zone before the day: in the span, with its offset
    ("大統領は4日夜(日本時間5日未明)に演説した。", "2022-09-05", ("日本時間5日未明", "2022-09-05T00+09:00/2022-09-05T03+09:00")),
])
def test_parts_of_days(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("開会日(令和元年十月四日)(金曜日)に召集された。", "2019-10-10", ("(令和元年十月四日)(金曜日)", "2019-10-04")),
    ("第3号 令和2年3月6日(金曜日)", "2020-03-06", ("令和2年3月6日(金曜日)", "2020-03-06")),
])
def test_bracketed_weekday_joins_its_day(text, doc, want):
    found = _found(text, doc)
    assert want in found
    assert len(found) == 1  # the weekday is not a second record of another day
