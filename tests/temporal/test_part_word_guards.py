"""Part words and amounts that a blocklist or a float formatter got wrong (found on review)."""
import pytest

from pipeline.temporal import extract_dates


@pytest.mark.parametrize("text, expected", [
    ("2023年頭に", [("2023年頭", "date", "2023-01")]),               # 頭 = the beginning of the year
    ("7月頭から", [("7月頭から", "date", "XXXX-07-01/..")]),
    ("2023年頭取に就任", [("2023年", "date", "2023")]),               # 頭取 (a bank president) is a word
    ("2023年6月頭数が減った", [("2023年6月", "date", "2023-06")]),     # 頭数 (head count)
    ("2020年代頭打ち", [("2020年代", "date", "202X")]),                # 頭打ち (levelling off)
    ("2世紀近く続いた", [("2世紀近く", "duration", "P200Y")]),         # not P200.0Y
    ("1世紀前の条約", [("1世紀前", "duration", "P100Y")]),
])
def test_part_words_and_century_amounts(text, expected):
    assert [(d.text, d.kind, d.value) for d in extract_dates(text)] == expected


@pytest.mark.parametrize("dash", ["-", "–", "‒", "—", "―"])  # hyphen, en, figure (PDF fonts), em dash, bar
@pytest.mark.parametrize("text, kind, value", [
    ("12:00{d}17:30", "time", "T12:00/T17:30"),
    ("2{d}3年間", "duration", "P2Y/P3Y"),
    ("1994{d}1996年", "date", "1994/1996"),
    ("2005年11月{d}2006年7月", "date", "2005-11/2006-07"),
])
def test_every_dash_joins_a_range(dash, text, kind, value):
    text = text.format(d=dash)
    assert [(d.text, d.kind, d.value) for d in extract_dates(text)] == [(text, kind, value)]


@pytest.mark.parametrize("dash", ["〜", "-", "–", "‒", "—", "―"])
def test_every_dash_joins_a_quantity_range(dash):
    from pipeline.temporal import find_quantities

    assert [(q.value, q.value_max, q.unit) for q in find_quantities(f"2{dash}3割")] == [(20, 30, "percent")]


@pytest.mark.parametrize("text, doc, want", [
    # a part of a year (上期, 下期, 上半期, 後半 is a month's too) after a month: the month is kept alone
    ("3月の下期決算を発表した。", "2024-05-10", ("3月", "2024-03")),
    ("2024年3月の上半期決算", None, ("2024年3月", "2024-03")),
    ("2023年9月の上期末に", None, ("2023年9月", "2023-09")),
    ("2021年10月 の 下半期", None, ("2021年10月", "2021-10")),
    ("2024年4月から9月の上期に", None, ("2024年4月から9月", "2024-04/2024-09")),   # the end of a range too
    # a month's own part still narrows the month
    ("2024年3月の下旬に", None, ("2024年3月の下旬", "2024-03-21/2024-03-31")),
    ("2024年3月の後半に", None, ("2024年3月の後半", "2024-03-16/2024-03-31")),
])
def test_month_before_a_year_part_is_kept(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]
