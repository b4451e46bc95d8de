"""Times, durations, sets and the new calendar forms (issue 10), as hand-derived tables.

Each row: a sentence, the mention's surface, its kind and value (and bounds where they matter).
"""
import pytest

from pipeline.temporal import DateExtractor, extract_dates, find_quantities


def one(text, document_date=None):
    found = extract_dates(text, document_date)
    assert len(found) == 1, [(m.text, m.kind, m.value) for m in found]
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


# --- times of day ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value", [
    ("会議は午後3時30分に始まった。", "午後3時30分", "T15:30"),
    ("15時半から", "15時半", "T15:30"),
    ("正午に声明を発表", "正午", "T12:00"),
    ("午前0時に発効", "午前0時", "T00"),
    ("午前12時10分", "午前12時10分", "T00:10"),
    ("夜11時半", "夜11時半", "T23:30"),
    ("深夜2時ごろ", "深夜2時ごろ", "T02~"),
    ("開場は18:00　（予定）", "18:00", "T18:00"),
    ("11:10 PM", "11:10 PM", "T23:10"),
    ("日本時間午後3時", "日本時間午後3時", "T15+09:00"),
    ("会談は午後0時15分から行われた。", "午後0時15分", "T12:15"),  # noon, was read as a quarter past midnight
    ("午前0時に発効した。", "午前0時", "T00"),
    ("午後3時（日本時間）", "午後3時（日本時間）", "T15+09:00"),
    ("午後3時（現地時間）", "午後3時（現地時間）", "T15"),
    ("25時30分まで営業", "25時30分", "T25:30"),
])
def test_time_of_day(text, surface, value):
    m = one(text)
    assert (m.text, m.kind, m.value, m.earliest, m.latest) == (surface, "time", value, None, None)


def test_time_after_a_day_is_one_date_time():
    m = one("2023年9月6日午後3時30分に開会した。")
    assert (m.text, m.kind, m.value, m.earliest, m.latest) == (
        "2023年9月6日午後3時30分", "time", "2023-09-06T15:30", "2023-09-06", "2023-09-06")


def test_time_alone_takes_the_document_day():
    m = one("午後3時に開会した。", "2023-09-06")
    assert (m.value, m.resolved_against, m.anchor_source) == ("2023-09-06T15", "2023-09-06 (document date)", "document")


def test_today_with_a_time_is_one_date_time():
    m = one("本日15時に発表した。", "2023-09-06")
    assert (m.text, m.kind, m.value) == ("本日15時", "time", "2023-09-06T15")


@pytest.mark.parametrize("text", ["一時的に太った", "準備が不十分だった", "30時", "23時59秒"])
def test_not_a_time(text):
    assert [m for m in extract_dates(text) if m.kind == "time"] == []


# --- durations ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value, approximate", [
    ("令和９年度までの５年間における", "５年間", "P5Y", False),
    ("1年2ヶ月にわたる交渉", "1年2ヶ月", "P1Y2M", False),
    ("1年半の任期", "1年半", "P1.5Y", False),
    ("半世紀にわたり", "半世紀", "P50Y", False),
    ("四半世紀の時を経て", "四半世紀", "P25Y", False),
    ("会談は約80分間行われた", "約80分間", "PT80M", True),
    ("1時間30分の会談", "1時間30分", "PT1H30M", False),
    ("2週間の訓練", "2週間", "P2W", False),
    ("三日間の日程", "三日間", "P3D", False),
    ("3泊4日の日程", "3泊4日", "P4D", False),
    ("約6年ぶりに訪問", "約6年ぶり", "P6Y", True),
    ("20年以上続いている", "20年以上", "P20Y", False),
    ("政権発足5年目に", "5年目", "P5Y", False),
    ("3カ月前後", "3カ月前後", "P3M", True),
    ("2〜3年間", "2〜3年間", "P2Y/P3Y", False),
    ("2カ月～3カ月", "2カ月～3カ月", "P2M/P3M", False),
    ("2年半ほど前の話", "2年半ほど前", "P2.5Y", True),
])
def test_duration(text, surface, value, approximate):
    m = next(m for m in extract_dates(text) if m.kind == "duration")
    assert (m.text, m.value, m.approximate, m.earliest, m.latest) == (surface, value, approximate, None, None)


@pytest.mark.parametrize("text", ["5年間の計画", "約6年ぶり", "3カ月", "10日間", "2〜3年間"])
def test_durations_are_no_longer_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["2年後の2018年に", "18年に", "第3週", "週またぎの行事", "強化月間"])
def test_not_a_duration(text):
    assert [m for m in extract_dates(text) if m.kind == "duration"] == []


# --- sets --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value, frequency", [
    ("毎週会合を開く", "毎週", "R/P1W", {"count": 1, "per": "P1W"}),
    ("週に3回練習する", "週に3回", "R/P1W", {"count": 3, "per": "P1W"}),
    ("年2回開催される", "年2回", "R/P6M", {"count": 2, "per": "P1Y"}),  # twice a year: every six months
    ("隔年で開かれる", "隔年", "R/P2Y", {"count": 1, "per": "P2Y"}),
    ("3日に1回", "3日に1回", "R/P3D", {"count": 1, "per": "P3D"}),
    ("年20日が限度", "年20日", "R/P1Y", {"count": None, "per": "P1Y", "amount": "P20D"}),
    ("週40時間", "週40時間", "R/P1W", {"count": None, "per": "P1W", "amount": "PT40H"}),
])
def test_set(text, surface, value, frequency):
    m = one(text)
    assert (m.text, m.kind, m.value, m.frequency) == (surface, "set", value, frequency)


def test_every_year_in_september_is_a_set_and_a_month():
    found = extract_dates("毎年9月に総会を開く")
    assert [(m.text, m.kind, m.value) for m in found] == [("毎年", "set", "R/P1Y"), ("9月", "date", "XXXX-09")]


@pytest.mark.parametrize("text", ["毎日新聞によると", "1週に1年", "3日1日", "3回に1回"])
def test_not_a_set(text):
    assert [m for m in extract_dates(text) if m.kind == "set"] == []


# --- calendar forms ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value, earliest, latest", [
    ("21世紀に入り", "21世紀", "20XX", "2001-01-01", "2100-12-31"),
    ("19世紀以前", "19世紀以前", "../18XX", None, "1900-12-31"),
    ("紀元前2000年の遺跡", "紀元前2000年", "-1999", "-1999-01-01", "-1999-12-31"),
    ("紀元前1世紀", "紀元前1世紀", "-0099/0000", "-0099-01-01", "0000-12-31"),
    ("500年ごろ", "500年ごろ", "0500~", "0500-01-01", "0500-12-31"),
    ("大化元年", "大化元年", "0645", "0645-01-01", "0645-12-31"),
    ("2023年第1四半期", "2023年第1四半期", "2023-33", "2023-01-01", "2023-03-31"),
    ("2023年度第1四半期", "2023年度第1四半期", "2023-04/2023-06", "2023-04-01", "2023-06-30"),
    ("1Qの売上", "1Q", "XXXX-33", None, None),
    ("2021春の叙勲", "2021春", "2021-21", "2021-03-01", "2021-05-31"),
    ("2021/7に", "2021/7", "2021-07", "2021-07-01", "2021-07-31"),
    ("2021.7.18に", "2021.7.18", "2021-07-18", "2021-07-18", "2021-07-18"),
    ("令和3/7/18付", "令和3/7/18", "2021-07-18", "2021-07-18", "2021-07-18"),
    ("R3.7.18", "R3.7.18", "2021-07-18", "2021-07-18", "2021-07-18"),
    ("H30の改正", "H30", "2018", "2018-01-01", "2018-12-31"),
    ("7/18に公表", "7/18", "XXXX-07-18", None, None),
    ("7月18日に", "7月18日", "XXXX-07-18", None, None),
    ("7月末までに", "7月末まで", "../XXXX-07-31", None, None),
    ("18日に", "18日", "XXXX-XX-18", None, None),
    ("2021年なかば", "2021年なかば", "2021-04/2021-09", "2021-04-01", "2021-09-30"),
    ("2021年7月頭", "2021年7月頭", "2021-07-01/2021-07-10", "2021-07-01", "2021-07-10"),
])
def test_calendar_form(text, surface, value, earliest, latest):
    m = one(text)
    assert (m.text, m.kind, m.value, m.earliest, m.latest) == (surface, "date", value, earliest, latest)


def test_weekday_after_a_day_joins_it():
    m = one("7月18日（日）に")
    assert (m.text, m.value) == ("7月18日（日）", "XXXX-07-18")


@pytest.mark.parametrize("text, warning", [
    ("令和0年に", "impossible date 令和0年 at 0-4: skipped"),
    ("2月30日に", "impossible date 2月30日 at 0-5: skipped"),
])
def test_invalid_dates_stay_warnings(text, warning):
    found, warnings = DateExtractor().feed(text)
    assert (found, [str(w) for w in warnings]) == ([], [warning])


@pytest.mark.parametrize("text", ["第3位に入った", "表1の通り", "HS85の品目", "高さは7.18メートル", "1/50の縮小模型",
                                  "Core i7-3770（3.90GHz）", "視力が0.1しかない", "0-3で敗れた"])
def test_ranks_tables_codes_and_decimals_are_not_temporal(text):
    assert extract_dates(text) == []


@pytest.mark.parametrize("text", ["第3位", "表1", "HS85"])
def test_ranks_tables_codes_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", ["期間（月）", "単位（日）", "会議（水）", "人口の3分の1", "2分野で", "1日あたり100万バレル", "1日も早く", "今日的な課題",
                                  "明日香村", "毎月勤労統計", "前年度比で", "3年生", "5分類", "一時停止", "十分に検討"])
def test_words_with_digits_or_time_words_are_not_temporal(text):
    """Fractions (3分の1), rates (1日あたり), idioms (1日も早く) and names are no temporal mentions."""
    assert extract_dates(text, "2023-09-06") == []


@pytest.mark.parametrize("text, surface, value", [
    ("2023年9月6日未明に", "2023年9月6日未明", "2023-09-06T00/2023-09-06T03"),
    ("2023年9月6日の夕方", "2023年9月6日の夕方", "2023-09-06T15/2023-09-06T18"),
    ("2023年9月6日午後に会談", "2023年9月6日午後", "2023-09-06T12/2023-09-06T24"),
])
def test_part_of_the_day_after_a_day_is_a_time_interval(text, surface, value):
    m = one(text)
    assert (m.text, m.kind, m.value, m.earliest, m.latest) == (surface, "time", value, "2023-09-06", "2023-09-06")


@pytest.mark.parametrize("text", ["今朝", "夕方に", "2023年9月6日朝刊", "2023年9月6日夕刊によれば"])
def test_part_of_the_day_alone_or_in_a_word_is_no_time(text):
    assert [m for m in extract_dates(text) if m.kind == "time"] == []


def test_zennenhi_is_the_year_before_the_figures_year():
    found = extract_dates("2023年の輸出は前年比3%増えた。", "2024-01-10")
    assert [(m.text, m.value, m.resolved_against, m.anchor_source) for m in found] == [
        ("2023年", "2023", None, None), ("前年", "2022", "2023 (2023年)", "narrative")]


@pytest.mark.parametrize("text", ["2/3以上の賛成", "3/4の議席", "約1/2に減少", "人口の1/3", "1234.5億円", "2021.5倍", "M16小銃", "T34戦車", "S5規格",
                                  "Q1．政府の方針は", "300年の歴史", "第1日目", "1/50の縮小模型", "BCI-321+320/5MP"])
def test_numbers_that_look_like_dates_are_not_dates(text):
    """Fractions, decimals before units, weapon models, question numbers, lengths of time."""
    assert [m for m in extract_dates(text) if m.kind == "date"] == []


@pytest.mark.parametrize("text, surface, value", [
    ("H30年度の予算", "H30年度", "2018-04/2019-03"),
    ("794年に平安京へ遷都", "794年", "0794"),
    ("S50年代", "S50年代", "1975/1984"),
])
def test_era_letters_and_old_years(text, surface, value):
    m = next(m for m in extract_dates(text) if m.kind == "date")
    assert (m.text, m.value) == (surface, value)


@pytest.mark.parametrize("text, surface, value, earliest, latest", [
    ("2023年7〜9月期の実質GDP", "2023年7〜9月期", "2023-07/2023-09", "2023-07-01", "2023-09-30"),
    ("2023年度1〜3月期", "2023年度1〜3月期", "2024-01/2024-03", "2024-01-01", "2024-03-31"),
    ("10〜12月期の成長率", "10〜12月期", "XXXX-10/XXXX-12", None, None),
])
def test_span_of_months_with_one_tsuki(text, surface, value, earliest, latest):
    m = one(text)
    assert (m.text, m.value, m.earliest, m.latest) == (surface, value, earliest, latest)


@pytest.mark.parametrize("text, surface, value", [
    ("2023年頭所感", "2023年頭", "2023-01"),
    ("1990年代なかば", "1990年代なかば", "1993/1996"),
    ("1990年代頭", "1990年代頭", "1990/1992"),
    ("令和2年おわり", "令和2年おわり", "2020-12"),
])
def test_new_part_words_work_for_years_and_decades_not_only_months(text, surface, value):
    """頭/なかば/おわり were first added for months only: 2023年頭 lost its date with a warning."""
    found, warnings = DateExtractor().feed(text)
    assert ([(m.text, m.value) for m in found], warnings) == ([(surface, value)], [])


@pytest.mark.parametrize("text, surface, value", [
    ("国連安保理は3日（現地時間）、会合を開いた。", "3日（現地時間）", "2023-09-03"),
    ("2023年9月6日午後3時（日本時間）に", "2023年9月6日午後3時（日本時間）", "2023-09-06T15+09:00"),
    ("午後3時（UTC）", "午後3時（UTC）", "2023-09-06T15Z"),
])
def test_bracketed_time_zone_joins_its_date_or_time(text, surface, value):
    (m,) = extract_dates(text, "2023-09-06")
    assert (m.text, m.value) == (surface, value)


@pytest.mark.parametrize("text, surface, value", [
    ("今から30,000年〜50,000年前", "30,000年〜50,000年前", "P30000Y/P50000Y"),
    ("2年〜3年間", "2年〜3年間", "P2Y/P3Y"),
    ("10分〜20分", "10分〜20分", "PT10M/PT20M"),
])
def test_range_of_durations_whose_first_end_repeats_the_unit(text, surface, value):
    (m,) = extract_dates(text)
    assert (m.text, m.kind, m.value) == (surface, "duration", value)


def test_range_of_durations_needs_one_unit():
    assert [(m.text, m.value) for m in extract_dates("3年〜5日間")] == [("5日間", "P5D")]


def test_date_time_keeps_its_approximation():
    m = one("2023年9月6日午後3時ごろ")
    assert (m.text, m.value, m.approximate) == ("2023年9月6日午後3時ごろ", "2023-09-06T15~", True)


@pytest.mark.parametrize("text, count", [("年数回開催", None), ("月1回程度", 1)])
def test_set_with_an_unknown_count(text, count):
    m = one(text)
    assert (m.kind, m.frequency["count"]) == ("set", count)


@pytest.mark.parametrize("document_date", [None, "2023-09-06", "2023-09", "2023"])
def test_random_temporal_strings_give_sorted_disjoint_mentions_that_index_the_input(document_date):
    """Property over 2,000 random strings of temporal characters: no exception, every text[start:end]
    is its mention, mentions are sorted and never overlap (the precedence and fusion rules hold)."""
    import random

    chars = list("0123456789０１２年月日時分秒間前後半ヶ週毎隔回度にからまで〜-/.:（）第期世紀紀元前令和平成R本昨先来今翌同以降頃約、水曜数泊")
    rng = random.Random(10)
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 16)))
        found = extract_dates(text, document_date)
        assert all(text[m.start:m.end] == m.text for m in found), text
        assert all(a.end <= b.start for a, b in zip(found, found[1:])), text
