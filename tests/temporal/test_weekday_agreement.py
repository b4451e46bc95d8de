"""A bare day told with its weekday is in a month where the day is that weekday (pipeline.temporal.weekdays),
and 5か年, 3年連続 are lengths of years (pipeline.temporal.durations). Weekdays checked by hand on a calendar:
2025-04-26 is a Saturday, 2025-05-26 a Monday, 2025-05-27 a Tuesday, 2024-03-15 a Friday, 2024-04-15 a Monday."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    # the narrative's month (April) contradicts the weekday; the document's month agrees
    ("4月に万博が開幕して以降、要人が来日した。26日(月曜日)には、委員会が表敬した。", "2025-05-28", ("26日(月曜日)", "2025-05-26")),
    ("4月に万博が開幕して以降、要人が来日した。翌27日（火）には会談を行った。", "2025-05-28", ("翌27日（火）", "2025-05-27")),
    # no document date: the nearest month to the day first read (April 15th 2024 is a Monday)
    ("2024年3月に協議が始まった。15日（月）に合意した。", None, ("15日（月）", "2024-04-15")),
])
def test_bare_day_moves_to_a_month_its_weekday_agrees_with(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc, want", [
    ("2024年3月に協議が始まった。15日（金）に合意した。", None, ("15日（金）", "2024-03-15")),  # agrees: stays
    ("4月26日(月)に会談した。", "2025-05-28", ("4月26日(月)", "2025-04-26")),  # its month is written: as written
])
def test_day_stays_when_weekday_agrees_or_month_is_written(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, want", [
    # 2023-07-20 is a Thursday, 2023-09-05 a Tuesday (document date 2023-09-07)
    ("総会は7月18日から20日(木)まで開催した。", [("7月18日から20日(木)まで", "2023-07-18/2023-07-20")]),
    ("総会は7月18日～20日（木）に開催した。", [("7月18日～20日（木）", "2023-07-18/2023-07-20")]),
    ("協議は3日から5日(火)にかけて行われた。", [("3日から5日(火)にかけて", "2023-09-03/2023-09-05")]),
])
def test_a_weekday_after_a_ranges_last_day_is_part_of_the_range(text, want):
    """Not the range and an open '(木)まで' = ../2023-09-07 (the weekday alone read as the document's Thursday)."""
    assert _got(text, "2023-09-07") == want


@pytest.mark.parametrize("text, want", [
    ("中期防は5か年の経費の総額を示す。", ("5か年", "P5Y")),
    ("第2次3カ年計画", ("3カ年", "P3Y")),
    ("10ヵ年にわたる事業", ("10ヵ年", "P10Y")),
])
def test_ka_nen_is_a_count_of_years(text, want):
    assert want in _got(text, "2020-07-14")


@pytest.mark.parametrize("text, want", [
    ("輸出は3年連続増加し、初めて100兆円を超えた。", [("3年連続", "P3Y")]),
    ("貿易は3年連続で赤字を記録した。", [("3年連続", "P3Y")]),
    ("鉱工業生産は2カ月連続の減少となった。", [("2カ月連続", "P2M")]),
    ("5回連続で優勝した。", []),  # a count of times, no length of time
])
def test_run_of_years_is_its_length(text, want):
    assert _got(text, "2024-01-24") == want


@pytest.mark.parametrize("text, day, weekday", [
    ("15日", "15", None),
    ("翌27日", "27", None),
    ("二十六日", "二十六", None),
    ("26日(月曜日)", "26", "月"),
    ("翌27日（火）", "27", "火"),
    ("26日 (月)", "26", "月"),
    ("十五日（金曜）", "十五", "金"),
])
def test_one_bare_day_pattern_reads_the_day_and_its_weekday(text, day, weekday):
    """The weekday, tense and range passes each had a bare-day pattern of their own; units.BARE_DAY is the one."""
    from pipeline.temporal.units import BARE_DAY
    m = BARE_DAY.fullmatch(text)
    assert m and (m["n"], m["w"]) == (day, weekday)


@pytest.mark.parametrize("text", ["4月26日", "26日目", "(月)", "26"])
def test_bare_day_pattern_refuses_a_day_with_its_month_or_no_day(text):
    from pipeline.temporal.units import BARE_DAY
    assert BARE_DAY.fullmatch(text) is None


@pytest.mark.parametrize("text, doc, want", [
    # a kanji day with its weekday is moved by the weekday pass (2025-05-26 is a Monday) ...
    ("4月に万博が開幕して以降、要人が来日した。二十六日(月)には、委員会が表敬した。", "2025-05-28", ("二十六日(月)", "2025-05-26")),
    # ... a day without one by its clause's tense: 20日 said in the past of a document of 10 May is April's
    ("政府は20日、明らかにした。", "2025-05-10", ("20日", "2025-04-20")),
])
def test_weekday_and_tense_passes_share_the_anchored_bare_day_test(text, doc, want):
    assert want in _got(text, doc)
