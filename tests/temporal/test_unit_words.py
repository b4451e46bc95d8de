"""One table of time-unit words (pipeline.temporal.unitwords) and what it fixed in sets, durations,
relative dates and quantities; the set interval; durations with 約; the writer's bracketed gloss."""
import pytest

from pipeline.temporal import extract_dates, find_quantities
from pipeline.temporal.sets import interval
from pipeline.temporal.unitwords import designator, iso_duration


@pytest.mark.parametrize("amount, word, want", [
    ("3", "ヶ月", "P3M"), ("3", "カ月", "P3M"), ("3", "か月", "P3M"), ("3", "ヵ月", "P3M"), ("3", "ケ月", "P3M"),
    ("3", "箇月", "P3M"), ("2", "年", "P2Y"), ("2", "週間", "P2W"), ("2", "週", "P2W"), ("10", "日", "P10D"),
    ("20", "分", "PT20M"), ("1", "時間", "PT1H"), ("30", "秒", "PT30S"),
])
def test_iso_duration_of_every_unit_word(amount, word, want):
    assert iso_duration(amount, word) == want


def test_minutes_and_months_have_different_designators():
    assert (designator("分"), designator("ヵ月")) == ("TM", "M")


@pytest.mark.parametrize("text, surface, value, frequency", [
    # bug: 3ヵ月に1回 was read as 月に1回 (ヵ/ケ missing from the set module's own list of month words)
    ("会合は3ヵ月に1回開かれる。", "3ヵ月に1回", "R/P3M", {"count": 1, "per": "P3M"}),
    ("点検は6ケ月に1回行う。", "6ケ月に1回", "R/P6M", {"count": 1, "per": "P6M"}),
    ("理事会は2箇月に1度開く。", "2箇月に1度", "R/P2M", {"count": 1, "per": "P2M"}),
])
def test_every_month_counter_spelling_in_a_set(text, surface, value, frequency):
    found = [(m.text, m.value, m.frequency) for m in extract_dates(text) if m.kind == "set"]
    assert found == [(surface, value, frequency)]


@pytest.mark.parametrize("per, count, want", [
    ("P1Y", 2, "R/P6M"),    # 年2回: twice a year, every six months
    ("P1Y", 4, "R/P3M"),    # 年4回: quarterly
    ("P1Y", 3, "R/P4M"),
    ("P1Y", 5, "R/P1Y"),    # 12 months do not divide by 5: the period stays
    ("P1D", 3, "R/PT8H"),   # 1日3回
    ("P1W", 3, "R/P1W"),    # 週3回: seven days do not divide by 3
    ("P1M", 2, "R/P1M"),    # 月2回: a month has no fixed number of days
    ("P2Y", 2, "R/P1Y"),    # 2年に2回
    ("PT1H", 2, "R/PT30M"),  # 1時間に2回
    ("P1Y", 1, "R/P1Y"),
    ("P1Y", None, "R/P1Y"),  # 年数回: count unknown
])
def test_set_interval(per, count, want):
    assert interval(per, count) == want


def test_twice_a_year_in_text_is_every_six_months():
    found = [(m.text, m.value, m.frequency) for m in extract_dates("首脳会議は年2回開催される。")]
    assert found == [("年2回", "R/P6M", {"count": 2, "per": "P1Y"})]


@pytest.mark.parametrize("text, surface, value", [
    ("彼はケニアに約三年駐在した。", "約三年", "P3Y"),
    ("およそ五年暮らした。", "およそ五年", "P5Y"),
    ("約2年滞在した。", "約2年", "P2Y"),
    # bug: 午後1時05分から約20分間 was one range 'PT05M/PT20M' (the clock minutes read as a duration)
    ("午後1時05分から約20分間、会談を行った。", "約20分間", "PT20M"),
    ("10時30分から約1時間、協議した。", "約1時間", "PT1H"),
])
def test_durations_with_yaku(text, surface, value):
    assert (surface, value) in [(m.text, m.value) for m in extract_dates(text) if m.kind == "duration"]


@pytest.mark.parametrize("text", ["約2018年の", "三年生の生徒"])
def test_bare_years_that_stay_no_duration(text):
    assert not [m for m in extract_dates(text) if m.kind == "duration"]


@pytest.mark.parametrize("text, doc, want", [
    ("本年(2022年)3月、協定が結ばれた。", None, ("本年", "2022")),
    ("昨年（2019年）の選挙で", "2020-05-01", ("昨年", "2019")),
    ("今年（2021年）は", "2020-05-01", ("今年", "2021")),  # the writer's gloss wins over a wrong metadata date
    ("本年は節目の年である。", "2015-06-21", ("本年", "2015")),
])
def test_year_word_glossed_in_brackets(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("原油の輸入量は3,210万キロリットルだった。", "3,210万キロリットル", 32100000, "kL"),
    ("ガソリン50リットルを給油した。", "50リットル", 50, "L"),
    ("1都3県に緊急事態宣言が出された。", "3県", 3, "県"),
    ("関西二府四県の知事が集まった。", "二府", 2, "府"),
    ("関西二府四県の知事が集まった。", "四県", 4, "県"),
    ("全国47都道府県で実施された。", "47都道府県", 47, "都道府県"),
    ("人口密度は約120人/km2である。", "約120人/km2", 120, "人/km2"),
    ("原油価格は1バレル当たりではなく75ドル/バレルで推移した。", "75ドル/バレル", 75, "USD/bbl"),
    ("参加費は3,000円/人です。", "3,000円/人", 3000, "JPY/人"),
])
def test_measures_places_and_rates(text, surface, value, unit):
    assert (surface, value, unit) in [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text", ["九州の経済", "三重県の知事", "2府省が連携", "一県だけ"])
def test_place_names_are_no_counts(text):
    assert not [q for q in find_quantities(text) if q.unit in ("県", "府", "州")]


@pytest.mark.parametrize("text, want", [
    # the first end's unit word, in any spelling of the one table (unitwords), is the second's
    ("工期は2〜3ヶ月かかる。", ("2〜3ヶ月", "P2M/P3M")),
    ("1から2週間で終わる。", ("1から2週間", "P1W/P2W")),
    ("2か月〜3ヵ月の遅れ", ("2か月〜3ヵ月", "P2M/P3M")),
    ("10分~20分の休憩", ("10分~20分", "PT10M/PT20M")),
    ("2~3時間の会談", ("2~3時間", "PT2H/PT3H")),
])
def test_duration_range_ends_share_one_unit(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text)]


@pytest.mark.parametrize("text, first_end", [
    ("3日~5週間の滞在", "3日~"),   # days and weeks: two durations, not one range
    ("2時間~3日の作業", "2時間~"),
])
def test_duration_range_of_two_units_is_not_one(text, first_end):
    assert not [m for m in extract_dates(text) if m.text.startswith(first_end)]
