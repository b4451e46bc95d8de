"""Every row of the date tables of temporal/units.py (eras, parts of a decade, a year, a fiscal year
and a month, seasons, approximation words, relative years and months, English month names), each
with its value derived by hand from the calendar."""
import pytest

from pipeline.temporal import extract_dates


def one(text):
    found = extract_dates(text)
    assert len(found) == 1, found
    d = found[0]
    return d.text, d.value, d.earliest, d.latest


@pytest.mark.parametrize("text, value", [
    ("令和元年", "2019"), ("令和5年", "2023"), ("平成元年", "1989"), ("平成31年", "2019"),
    ("昭和元年", "1926"), ("昭和64年", "1989"), ("大正元年", "1912"), ("大正15年", "1926"),
    ("明治元年", "1868"), ("明治45年", "1912"),
])
def test_eras(text, value):
    assert one(text)[:2] == (text, value)


@pytest.mark.parametrize("part, value, earliest, latest", [
    ("前半", "1990/1994", "1990-01-01", "1994-12-31"),
    ("後半", "1995/1999", "1995-01-01", "1999-12-31"),
    ("半ば", "1993/1996", "1993-01-01", "1996-12-31"),
    ("中頃", "1993/1996", "1993-01-01", "1996-12-31"),
    ("初頭", "1990/1992", "1990-01-01", "1992-12-31"),
    ("初め", "1990/1992", "1990-01-01", "1992-12-31"),
    ("末", "1997/1999", "1997-01-01", "1999-12-31"),
    ("末期", "1997/1999", "1997-01-01", "1999-12-31"),
    ("終わり", "1997/1999", "1997-01-01", "1999-12-31"),
])
def test_parts_of_a_decade(part, value, earliest, latest):
    assert one(f"1990年代{part}に") == (f"1990年代{part}", value, earliest, latest)


def test_decade_and_era_decade_without_a_part():
    assert one("1990年代に") == ("1990年代", "199X", "1990-01-01", "1999-12-31")
    assert one("平成20年代に") == ("平成20年代", "2008/2017", "2008-01-01", "2017-12-31")
    assert one("昭和40年代後半") == ("昭和40年代後半", "1970/1974", "1970-01-01", "1974-12-31")


@pytest.mark.parametrize("part, value, earliest, latest", [
    ("前半", "2022-01/2022-06", "2022-01-01", "2022-06-30"),
    ("上半期", "2022-01/2022-06", "2022-01-01", "2022-06-30"),
    ("後半", "2022-07/2022-12", "2022-07-01", "2022-12-31"),
    ("下半期", "2022-07/2022-12", "2022-07-01", "2022-12-31"),
    ("半ば", "2022-04/2022-09", "2022-04-01", "2022-09-30"),
    ("中頃", "2022-04/2022-09", "2022-04-01", "2022-09-30"),
    ("初頭", "2022-01", "2022-01-01", "2022-01-31"),
    ("初め", "2022-01", "2022-01-01", "2022-01-31"),
    ("末", "2022-12", "2022-12-01", "2022-12-31"),
    ("終わり", "2022-12", "2022-12-01", "2022-12-31"),
])
def test_parts_of_a_year(part, value, earliest, latest):
    assert one(f"2022年{part}に") == (f"2022年{part}", value, earliest, latest)


@pytest.mark.parametrize("part, value, earliest, latest", [
    ("前半", "2023-04/2023-09", "2023-04-01", "2023-09-30"),
    ("上半期", "2023-04/2023-09", "2023-04-01", "2023-09-30"),
    ("後半", "2023-10/2024-03", "2023-10-01", "2024-03-31"),
    ("下半期", "2023-10/2024-03", "2023-10-01", "2024-03-31"),
    ("末", "2024-03", "2024-03-01", "2024-03-31"),
    ("初め", "2023-04", "2023-04-01", "2023-04-30"),
])
def test_parts_of_a_fiscal_year(part, value, earliest, latest):
    assert one(f"2023年度{part}に") == (f"2023年度{part}", value, earliest, latest)


@pytest.mark.parametrize("season, value, earliest, latest", [
    ("春", "2022-21", "2022-03-01", "2022-05-31"),
    ("夏", "2022-22", "2022-06-01", "2022-08-31"),
    ("秋", "2022-23", "2022-09-01", "2022-11-30"),
    ("冬", "2022-24", "2022-12-01", "2023-02-28"),  # December to February of the next year
])
def test_seasons(season, value, earliest, latest):
    assert one(f"2022年{season}に") == (f"2022年{season}", value, earliest, latest)


@pytest.mark.parametrize("part, value", [
    ("上旬", "2022-01-01/2022-01-10"), ("初旬", "2022-01-01/2022-01-10"), ("初頭", "2022-01-01/2022-01-10"),
    ("初め", "2022-01-01/2022-01-10"), ("中旬", "2022-01-11/2022-01-20"), ("半ば", "2022-01-11/2022-01-20"),
    ("中頃", "2022-01-11/2022-01-20"), ("下旬", "2022-01-21/2022-01-31"), ("末", "2022-01-21/2022-01-31"),
    ("終わり", "2022-01-21/2022-01-31"), ("前半", "2022-01-01/2022-01-15"), ("後半", "2022-01-16/2022-01-31"),
    ("末日", "2022-01-31"),
])
def test_parts_of_a_month(part, value):
    assert one(f"2022年1月{part}に")[:2] == (f"2022年1月{part}", value)


@pytest.mark.parametrize("text, value", [
    ("2023年4月下旬", "2023-04-21/2023-04-30"),  # a 30-day month
    ("2022年2月末", "2022-02-21/2022-02-28"),
    ("2024年2月後半", "2024-02-16/2024-02-29"),  # leap year
    ("2022年2月末日", "2022-02-28"),
    ("2024年2月末日", "2024-02-29"),
])
def test_month_parts_end_on_the_months_last_day(text, value):
    assert one(text)[:2] == (text, value)


@pytest.mark.parametrize("text", ["2015年頃", "2015年ごろ", "2015年ころ", "2015年前後", "約2015年", "およそ2015年"])
def test_approximation_words(text):
    assert one(text)[:2] == (text, "2015~")


@pytest.mark.parametrize("rel, value", [("同年", "2020"), ("翌年", "2021"), ("翌々年", "2022"), ("前年", "2019")])
def test_relative_years(rel, value):
    (first, second) = extract_dates(f"2020年3月に合意した。{rel}に発効した。")
    assert (second.text, second.value) == (rel, value)


@pytest.mark.parametrize("rel, value", [("同月", "2020-03"), ("翌月", "2020-04")])
def test_relative_months(rel, value):
    (first, second) = extract_dates(f"2020年3月に合意した。{rel}に発効した。")
    assert (second.text, second.value) == (rel, value)


def test_next_month_rolls_over_the_year():
    (first, second) = extract_dates("2020年12月に合意した。翌月に発効した。")
    assert second.value == "2021-01"


@pytest.mark.parametrize("name, month", [
    ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
    ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
    ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sept", 9),
    ("Sep", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
])
def test_english_month_names(name, month):
    assert one(f"{name} 2023")[:2] == (f"{name} 2023", f"2023-{month:02d}")
    assert one(f"6 {name} 2023")[1] == f"2023-{month:02d}-06"
