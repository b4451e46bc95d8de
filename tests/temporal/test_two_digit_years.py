"""Two-digit years (09年6月, 76年) in the century the context makes clear, and months that cross New Year in a dated narrative (pipeline.temporal.centuries)."""
import pytest

from pipeline.temporal import extract_dates
from pipeline.temporal.centuries import full_year, range_end_year, rolled_year, window_year


@pytest.mark.parametrize("text, doc, want", [
    # with a month: the last four-digit year's century, else the document date's window
    ("09年6月の輸出は減った。", "2017-05-10", ("09年6月", "2009-06")),
    ("2010年6月の輸出は、09年6月に比べ増えた。", "2017-05-10", ("09年6月", "2009-06")),
    ("98年4月に施行された法律は、2001年に改正された。", "2017-05-10", ("98年4月", "1998-04")),
    ("1999年の危機の後、02年3月に協定が結ばれた。", None, ("02年3月", "2002-03")),
    ("15年度の予算は増えた。", "2017-05-10", ("15年度", "2015-04/2016-03")),
    # a decade: 代 after the tens
    ("80年代の日米貿易摩擦", "2017-05-10", ("80年代", "198X")),
    ("1925年の普通選挙法を経て、20年代の政党政治が", None, ("20年代", "192X")),
    ("20年代の脱炭素投資", "2024-01-15", ("20年代", "202X")),
    # bare: near a four-digit year of the document, before a word of position
    ("1975年に交渉が始まり、76年に妥結した。", None, ("76年", "1976")),
    ("1972年の国交正常化を経て、78年に平和友好条約が結ばれた。", None, ("78年", "1978")),
    ("1972年から78年までの交渉", None, ("1972年から78年まで", "1972/1978")),
    ("2008年に金融危機が起き、09年には景気が底を打った。", None, ("09年", "2009")),
    # bare with a leading zero: the document date's window is enough
    ("09年に政権交代が起きた。", "2017-05-10", ("09年", "2009")),
])
def test_two_digit_year_is_read(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, surface", [
    ("09年間にわたり続いた。", "2017-05-10", "09年"),         # a count
    ("この計画は3年で終わる。", "2017-05-10", "3年"),
    ("1975年に始まり、20年に一度の改定を経た。", None, "20年"),   # 20年に一度: a period
    ("1995年に始まり、10年にわたり続いた。", None, "10年"),
    ("1995年に始まり、30年の歳月を経た。", None, "30年"),
    ("2015年の合意は、50年に失効する。", None, "50年"),        # too far from the year told to be sure
    ("1972年の国交正常化から78年の歳月", None, "78年"),         # の is no word of position (30年の歳月)
    ("昭和51年に始まり、52年に終わった。", None, "52年"),      # an era's two-digit year, not 1952
    ("昭和51年に始まり、52年4月に終わった。", "2017-05-10", "52年"),
    ("2015年に始まり、平成28年に拡大し、29年4月に終わった。", "2017-05-10", "29年"),
    ("85年代", "2017-05-10", "85年"),                          # no decade starts at 85
    ("1995年の改革以来、この10年に経済は変わった。", None, "10年"),  # この/約/過去 before: a count
    ("1995年に始まり、約10年、交渉が続いた。", None, "約10年"),
    ("2001年以降、過去10年に起きた変化", None, "10年"),
    ("76年に妥結した。", "2017-05-10", "76年"),                # bare, no four-digit year: could be a count
    ("12年6月に改正された。", None, "12年6月"),               # no year anywhere to take a century from
])
def test_two_digit_year_is_left_unread(text, doc, surface):
    found = [(m.text, m.value) for m in extract_dates(text, doc) if m.kind == "date"]
    assert not [f for f in found if f[0].startswith(surface)], found


@pytest.mark.parametrize("yy, four, doc_year, with_month, after, want", [
    ("09", None, 2017, True, "", 2009),
    ("76", None, 2017, True, "", 1976),
    ("27", None, 2017, True, "", 2027),   # up to 10 years after the document date
    ("28", None, 2017, True, "", 1928),
    ("02", 1998, None, True, "", 2002),   # the nearest century to the year told
    ("98", 2003, None, True, "", 1998),
    ("76", 1975, None, False, "に妥結", 1976),
    ("76", 1975, None, False, "間", None),
    ("76", None, None, True, "", None),
])
def test_full_year(yy, four, doc_year, with_month, after, want):
    assert full_year(yy, four, doc_year, with_month, after) == want


@pytest.mark.parametrize("yy, doc_year, want", [
    (9, 2024, 2009), (34, 2024, 2034), (35, 2024, 1935), (80, 2024, 1980),
    (3, 1995, 2003),  # within ten years after a document late in its century: the next century's
    (6, 1995, 1906),
])
def test_a_two_digit_year_against_the_document_date_is_at_most_ten_years_ahead(yy, doc_year, want):
    assert window_year(yy, doc_year) == want


def test_a_two_digit_year_in_a_document_late_in_its_century_takes_the_next_century():
    # 03年3月 in a 1995 document: 2003 (eight years ahead), not 1903 (full_year and the decade spans agree)
    assert ("03年3月", "2003-03") in [(m.text, m.value) for m in extract_dates("03年3月に完成する予定だ。", "1995-06-01")]
    assert full_year("03", None, 1995, True) == 2003


@pytest.mark.parametrize("text, doc, want", [
    # a chronological story crossing New Year, in a document dated later: the next year
    ("2023年11月24日に会談した。1月31日に再び会談した。", "2024-02-15", ("1月31日", "2024-01-31")),
    ("2023年11月24日に会談した。1月31日に再び会談した。", "2024", ("1月31日", "2024-01-31")),
    ("2023年10月に協議が始まり、1月に合意した。", "2024-06-01", ("1月", "2024-01")),  # three months on
    # a later month, or a document of the same year: the narrative's year, as before
    ("2023年11月24日に会談した。12月5日に再び会談した。", "2024-02-15", ("12月5日", "2023-12-05")),
    ("2023年11月24日に会談した。1月31日の会談では", "2023-12-20", ("1月31日", "2023-01-31")),
    # a month nearer back than on: the same year (開催前の6月, seven months on but five back)
    ("2022年11月のG20開催にあたり、開催前の6月末に大統領が訪問した。", "2023-03-01", ("6月末", "2022-06-21/2022-06-30")),
])
def test_month_after_new_year(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, want", [
    ("1998年11月に合意。3月に批准した。", ("3月", "1998-03")),
    ("2022年10月に就任。2月には外相だった。", ("2月", "2022-02")),
    ("2022年11月に就任し、1月に訪米した。", ("1月", "2023-01")),   # two months on: rolled
])
def test_month_far_after_the_narrative_month_keeps_its_year(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, "2024-05-10")]


@pytest.mark.parametrize("month, year, nmonth, doc_year, want", [
    (1, 2023, 11, 2024, 2024), (12, 2023, 11, 2024, 2023), (1, 2023, 11, 2023, 2023),
    (6, 2022, 11, 2023, 2022), (5, 2022, 11, 2023, 2022), (2, 2022, 11, 2023, 2023), (12, 2022, 9, 2026, 2022),
    (3, 2022, 9, 2026, 2022), (2, 2022, 9, 2026, 2022), (1, 2022, 10, 2026, 2023),
    # more than three months on: told back in the same year, not a New Year crossed
    (4, 2022, 11, 2023, 2022), (3, 1998, 11, 2024, 1998), (2, 2022, 10, 2024, 2022),
    (1, 2023, None, 2024, 2023), (3, 2019, 10, None, 2019),
])
def test_rolled_year(month, year, nmonth, doc_year, want):
    assert rolled_year(month, year, nmonth, doc_year) == want


@pytest.mark.parametrize("text, surface", [
    # the time since an event (から/して/それから before the number): a length, not a year
    ("2000年の設立から20年、組織は拡大した。", "20年"),
    ("2005年に発足して10年、改革が進んだ。", "10年"),
    ("2015年に合意。それから10年、交渉は続いた。", "10年"),
    ("1990年の統一から25年に及ぶ改革", "25年"),
    # a comma or 頃 after a bare two-digit number is no word of position
    ("2000年に始まり、20年頃には定着した。", "20年"),
    ("1995年に加盟し、15年、議長国を務めた。", "15年"),
])
def test_length_of_time_after_a_year_is_not_a_year(text, surface):
    found = [(m.text, m.value) for m in extract_dates(text, "2024-05-10") if m.kind == "date"]
    assert not [f for f in found if f[0].startswith(surface)], found


@pytest.mark.parametrize("start, yy, want", [
    (1998, 2, 2002), (2008, 9, 2009), (1972, 78, 1978), (1990, 10, 2010),  # 20 years on: still a range
    (2015, 10, None), (2015, 15, 2015), (1999, 20, None), (2005, 26, None),  # 2110, 2020 (21 on), 2026 (21 on)
])
def test_range_end_year(start, yy, want):
    assert range_end_year(start, yy) == want


@pytest.mark.parametrize("text, want", [
    ("2015年から10年以上が経った。", [("2015年から", "2015/.."), ("10年以上", "P10Y")]),  # not 2015/2110
    ("1998年から02年にかけて", [("1998年から02年にかけて", "1998/2002")]),
    ("2008年から09年3月にかけて", [("2008年から09年3月にかけて", "2008/2009-03")]),
    ("2015年~20年の計画", [("2015年~20年", "2015/2020")]),
])
def test_two_digit_end_of_a_range(text, want):
    assert [(m.text, m.value) for m in extract_dates(text)] == want


@pytest.mark.parametrize("text, want", [
    # a list of events: the two-digit year after a four-digit one is a later year of the list
    ("1956年のスエズ危機、67年の第三次中東戦争を経て", ("67年", "1967")),
    ("1989年の冷戦終結、91年の湾岸戦争と続いた。", ("91年", "1991")),
    ("1990年の統一と、93年の条約発効", ("93年", "1993")),
])
def test_listed_two_digit_year(text, want):
    assert want in [(m.text, m.value) for m in extract_dates(text)]


@pytest.mark.parametrize("text", [
    "2000年に設立され、20年の実績がある。",   # a round count after a list comma: a length
    "1990年に始まり、12年の歳月を経た。",     # a length word
    "1950年の設立、90年の歩み",              # more than 20 years on: not read as a listed year
])
def test_listed_count_stays_a_length(text):
    assert [m.text for m in extract_dates(text) if m.value.startswith(("20", "19")) and len(m.text) <= 3] == []


@pytest.mark.parametrize("text, doc, want", [
    # two kanji digits written positionally are an abbreviated year, as 91年 is
    ("九一年十二月にソ連が崩壊した。", "2004-03-30", ("九一年十二月", "1991-12")),
    ("九〇年代の改革", "2004-03-30", ("九〇年代", "199X")),
    ("二〇〇八年から〇九年にかけて景気が後退した。", None, ("二〇〇八年から〇九年にかけて", "2008/2009")),
    # 翌 before a two-digit year: the year after the last four-digit one
    ("一九三九年の秘密議定書によって翌四○年ソ連に併合された。", None, ("四○年", "1940")),
    ("1939年の議定書によって翌40年に併合された。", None, ("40年", "1940")),
])
def test_kanji_two_digit_year(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text", ["九十一年間続いた。", "二十一年の歳月"])
def test_kanji_count_of_years_is_no_year(text):
    assert not [m for m in extract_dates(text, "2004-03-30") if m.value[:2] in ("19", "20")]


def test_the_first_of_two_short_years_listed_with_a_dot_takes_the_position_of_the_last():
    got = [(m.text, m.value) for m in extract_dates("委員会は1981年に設置され、会合は83年・84年に開かれた。")]
    assert ("83年", "1983") in got and ("84年", "1984") in got


def test_two_short_years_listed_without_a_position_stay_unread():
    assert not extract_dates("売上は15年・16年と伸びた。")
