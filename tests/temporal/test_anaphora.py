"""この日, bare 上半期/下半期, 前年同期/前年同月 (pipeline.temporal.anaphora): dates that point back."""
import pytest

from pipeline.temporal import DateExtractor, extract_dates, writing_year


@pytest.mark.parametrize("text, doc, want", [
    # the last day told before it
    ("首相は2019年11月3日にバンコクに到着し、この日、首脳会議に臨んだ。", None, ("この日", "2019-11-03")),
    ("9月6日午後3時から会合が開かれた。その日のうちに声明が出た。", "2023-09-01", ("その日", "2023-09-06")),
    # halves of the narrative's year, else the document's
    ("2022年の貿易統計では、上半期の輸出が伸びた。", None, ("上半期", "2022-01/2022-06")),
    ("下半期には回復が見込まれる。", "2020-03-15", ("下半期", "2020-07/2020-12")),
    ("2023年度の決算で、下期の利益が減った。", None, ("下期", "2023-10/2024-03")),
    # the period told, a year back
    ("2021年上半期の輸入額は前年同期比4.2%減となった。", None, ("前年同期", "2020-01/2020-06")),
    ("2023年度の税収は前年同期を上回った。", None, ("前年同期", "2022-04/2023-03")),
    ("2018年7〜9月期の実質成長率は、前年同期比で0.3%増。", None, ("前年同期", "2017-07/2017-09")),
    ("2024年5月の訪日客数は前年同月比60%増だった。", None, ("前年同月", "2023-05")),
])
def test_points_back(text, doc, want):
    found = [(m.text, m.value) for m in extract_dates(text, doc)]
    assert want in found


@pytest.mark.parametrize("text, doc, word", [
    ("この日本の未来を考える。", "2021-04-12", "この日"),   # this Japan
    ("その日暮らしの生活が続いた。", "2021-04-12", "その日"),
    ("当日券は売り切れた。", "2021-04-12", "当日"),
    ("上半期の売上が伸びた。", None, "上半期"),            # no year anywhere: nothing to place it in
    ("前年同期比で3%増えた。", None, "前年同期"),         # no period told
    ("計上期間を延ばした。", "2021-04-12", "上期"),       # inside words
    ("売上期待が高まる。", "2021-04-12", "上期"),
    ("2019年10月1日に改定された。前年同月比は", None, "前年同月"),  # a day is no month
])
def test_not_a_date_or_not_placed(text, doc, word):
    assert word not in [m.text for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, word", [
    # no day told: the document date is not the day of the story
    ("事件が起きた。その日のうちに声明が出た。", "2024-05-10", "その日"),
    ("当日は雨だった。", "2021-04-12", "当日"),
    ("2024年5月に会談した。この日、合意した。", "2024-05-10", "この日"),   # a month names no day
    # この日 continuing a noun compound is no date
    ("5月3日の式典で、この日の丸は古いと述べた。", None, "この日"),
    ("5月3日に会談。この日程は変わった。", None, "この日"),
    ("5月3日に会談。この日韓関係は改善した。", None, "この日"),
    ("5月3日に会談。その日系企業は撤退した。", None, "その日"),
])
def test_this_day_without_a_day_told_or_inside_a_word(text, doc, word):
    assert word not in [m.text for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, want", [
    ("5月3日に会談した。この日は晴れだった。", ("この日", "2024-05-03")),
    ("5月3日に会談した。その日のうちに声明が出た。", ("その日", "2024-05-03")),
    ("5月3日に会談した。この日午前、首相は", ("この日", "2024-05-03")),
    ("5月3日に会談した。この日10時に", ("この日", "2024-05-03")),
    ("5月3日に会談した。当日中に回答した。", ("当日", "2024-05-03")),
    ("5月3日に会談した。この日から交渉が始まった。", ("この日", "2024-05-03")),
    ("5月3日に会談した。その日、", ("その日", "2024-05-03")),
])
def test_this_day_before_a_particle_is_the_day_told(text, want):
    """この日 is the day told, alone or as the start of a time (この日午前) or an open range (この日から)."""
    word, day = want
    got = [(m.text, m.value) for m in extract_dates(text, "2024-05-10") if m.text.startswith(word)]
    assert got and all(v.startswith(day) for _, v in got), got


def test_previous_year_same_period_after_a_day_takes_the_last_period_not_the_day():
    """A dateline day (2024年7月19日) is no period: 前年同期 compares with the half year told."""
    x = DateExtractor("2024-07-19")
    x.feed("2024年7月19日")
    found, _ = x.feed("2024年上半期の輸出額は前年同期比8.8%増となった。")
    assert ("前年同期", "2023-01/2023-06") in [(m.text, m.value) for m in found]


def test_halves_follow_the_anchor_across_blocks():
    x = DateExtractor()
    x.feed("2015年の世界経済について。")
    found, _ = x.feed("上半期は減速した。")
    assert [(m.text, m.value, m.earliest, m.latest) for m in found] == [
        ("上半期", "2015-01/2015-06", "2015-01-01", "2015-06-30")]


@pytest.mark.parametrize("text, want", [
    ("本年(2022年)3月、協定が締結された。", "2022"),
    ("昨年（２０２１年）の総選挙で", "2022"),       # last year was 2021: written in 2022
    ("来年(2025年)の大阪万博に向け", "2024"),
    ("今年の2022年は", None),                       # no bracketed gloss
    ("2022年(令和4年)", None),
])
def test_writing_year_from_the_writers_gloss(text, want):
    assert writing_year(text) == want


@pytest.mark.parametrize("text, doc, want", [
    ("年末までに合意を目指す。", "2019-06-03", ("年末まで", "../2019-12")),
    ("年内の妥結は難しい。", "2019-06-03", ("年内", "2019")),
    ("年初から円安が進んだ。", "2022-10-20", ("年初から", "2022-01/..")),
    ("年度末に予算が成立した。", "2021-02-10", ("年度末", "2021-03")),   # February 2021 is in fiscal 2020
    ("年度末に予算が成立した。", "2021-05-10", ("年度末", "2022-03")),
    ("年度内に法案を提出する。", "2021-05-10", ("年度内", "2021-04/2022-03")),
    ("月末に会合を開く。", "2021-05-10", ("月末", "2021-05-21/2021-05-31")),
    ("2020年度の予算では、年度末の執行率が下がった。", None, ("年度末", "2021-03")),
    # a quarter with no year takes the narrative's; in a fiscal year its months
    ("2022年の業績は、第3四半期に落ち込んだ。", None, ("第3四半期", "2022-35")),
    ("2022年度の業績は、第1四半期が好調だった。", None, ("第1四半期", "2022-04/2022-06")),
    ("第2四半期の売上が伸びた。", "2018-08-01", ("第2四半期", "2018-34")),
])
def test_parts_and_quarters_with_no_year(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, word", [
    ("年末年始の休暇", "2019-06-03", "年末"),      # the holiday, 年末年始, is not read as 年末 alone
    ("毎年末に", "2019-06-03", "年末"),
    ("月末日", "2019-06-03", "月末"),
    ("第2四半期の売上が伸びた。", None, "第2四半期"),  # stays 'XXXX-34'
])
def test_parts_left_alone(text, doc, word):
    found = [(m.text, m.value) for m in extract_dates(text, doc)]
    assert all(not v[:4].isdigit() for t, v in found if t.startswith(word))


@pytest.mark.parametrize("text, doc, want", [
    ("今秋にも訪日する。", "2023-06-01", ("今秋", "2023-23")),
    ("来春の統一地方選", "2022-10-01", ("来春", "2023-21")),
    ("昨夏の猛暑", "2023-06-01", ("昨夏", "2022-22")),
    ("今冬は寒い。", "2024-01-15", ("今冬", "2023-24")),   # the winter that began in December 2023
    ("昨冬の電力逼迫", "2023-06-01", ("昨冬", "2022-24")),
])
def test_relative_seasons(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text", ["今春闘の回答", "今秋季大会"])
def test_season_words_that_are_not_seasons(text):
    assert not [m for m in extract_dates(text, "2023-06-01") if m.text in ("今春", "今秋", "来春")]


@pytest.mark.parametrize("text, doc, want", [
    ("今年度上期の決算", "2024-05-10", ("今年度上期", "2024-04/2024-09")),
    ("2019年下期の受注", None, ("2019年下期", "2019-07/2019-12")),
    ("2023年4〜6月の売上は昨年同期を上回った。", None, ("昨年同期", "2022-04/2022-06")),
    ("2023年1〜3月の件数は前年同期間より多い。", None, ("前年同期", "2022-01/2022-03")),
    ("月内に結論を出す。", "2024-05-10", ("月内", "2024-05")),
])
def test_half_year_words_and_same_period_spellings(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    # a half or quarter with no year: of the fiscal year told (the narrative), else of the year in force
    ("上半期の輸出が伸びた。", "2024-05-10", ("上半期", "2024-01/2024-06", "document")),
    ("2023年度の決算で、上期の利益が減った。", None, ("上期", "2023-04/2023-09", "narrative")),
    ("2023年の決算で、下期の利益が減った。", None, ("下期", "2023-07/2023-12", "narrative")),
    ("第2四半期の成長率が上がった。", "2024-05-10", ("第2四半期", "2024-34", "document")),
    ("2022年の統計で、第3四半期に伸びた。", None, ("第3四半期", "2022-35", "narrative")),
    ("会議は5月8日から12日まで開かれ、初日に首脳が集まった。", "2024-05-20", ("初日", "2024-05-08", "narrative")),
])
def test_pointing_back_says_what_it_resolved_against(text, doc, want):
    assert want in [(m.text, m.value, m.anchor_source) for m in extract_dates(text, doc)]
