"""Quantities: ranges, durations, unit declarations and the guards before a number, exact records
(text, value, value_max, unit, qualifier, approximate, kind) written by hand."""
import pytest

from pipeline.temporal import find_quantities


def rows(text):
    return [(q.text, q.value, q.value_max, q.unit, q.qualifier, q.approximate, q.kind) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # two amounts of one unit joined by a separator: one range
    ("10%〜20%に", [("10%〜20%", 10, 20, "percent", None, False, "amount")]),
    ("約10%～20%程度", [("約10%～20%程度", 10, 20, "percent", "約…程度", True, "amount")]),
    ("10%〜約20%", [("10%〜約20%", 10, 20, "percent", "約", True, "amount")]),
    ("2カ月～3カ月", []),                                                          # a duration range: a date (P2M/P3M)
    ("20%〜10%", [("20%", 20, None, "percent", None, False, "amount"),
                  ("10%", 10, None, "percent", None, False, "amount")]),            # falling: no range
    ("10%〜10%", [("10%", 10, None, "percent", None, False, "amount"),
                  ("10%", 10, None, "percent", None, False, "amount")]),
    ("10%〜20人", [("10%", 10, None, "percent", None, False, "amount"),
                   ("20人", 20, None, "人", None, False, "amount")]),              # two units
    ("10% と 20%", [("10%", 10, None, "percent", None, False, "amount"),
                    ("20%", 20, None, "percent", None, False, "amount")]),
    # a bare number and a separator before an amount
    ("2〜3割", [("2〜3割", 20, 30, "percent", None, False, "amount")]),
    ("約3-5機", [("約3-5機", 3, 5, "機", "約", True, "amount")]),
    ("3〜5機以上", [("3〜5機以上", 3, 5, "機", "以上", False, "amount")]),
    ("5〜3機", [("3機", 3, None, "機", None, False, "amount")]),                    # falling: the amount only
    ("2022-3機", [("3機", 3, None, "機", None, False, "amount")]),
    ("5から10%に", [("5", 5, None, "percent", None, False, "amount"),
                    ("10%", 10, None, "percent", None, False, "amount")]),         # から: a change
    ("約5から10%に", [("約5", 5, None, "percent", "約", True, "amount"),
                      ("10%", 10, None, "percent", None, False, "amount")]),
    ("第2〜3回", []),                                                              # an ordinal range
    ("第2から3回", [("3回", 3, None, "回", None, False, "amount")]),
    ("2〜約3割", [("約3割", 30, None, "percent", "約", True, "amount")]),            # prefix on the second
])
def test_ranges(text, expected):
    assert rows(text) == expected


# Calendar years are not durations; lengths of time are durations in `dates` (never quantities).
@pytest.mark.parametrize("text, expected", [
    ("令和5年以内に", [("令和5年", "date", "2023")]),                # an era year
    ("令和 5年以内に", [("令和 5年", "date", "2023")]),
    ("2014年以上", [("2014年", "date", "2014")]),                    # a calendar year
    ("1800年以上", [("1800年", "date", "1800")]), ("2199年以上", [("2199年", "date", "2199")]),
    ("1799年以上", [("1799年以上", "duration", "P1799Y")]),
    ("2200年以上", [("2200年以上", "duration", "P2200Y")]),
    ("2014年間", [("2014年間", "duration", "P2014Y")]),
    ("2014年ぶり", [("2014年ぶり", "duration", "P2014Y")]),
    ("3カ月の後", [("3カ月", "duration", "P3M")]),
    ("2カ月～3カ月", [("2カ月～3カ月", "duration", "P2M/P3M")]),
])
def test_durations_and_calendar_years(text, expected):
    from pipeline.temporal import extract_dates

    assert rows(text) == []
    assert [(d.text, d.kind, d.value) for d in extract_dates(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("（単位：100万US$）", [("（単位：100万US$）", None, None, "USD", None, False, "unit_declaration")]),
    ("単位：億円", [("単位：億円", None, None, "JPY", None, False, "unit_declaration")]),
    ("（単位：割）", [("（単位：割）", None, None, "percent", None, False, "unit_declaration")]),
])
def test_unit_declarations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, scale", [("（単位：100万US$）", 100 * 10**4), ("単位：億円", 10**8),
                                         ("（単位：割）", 10), ("（単位：10億ドル）", 10 * 10**8)])
def test_unit_declaration_scales(text, scale):
    (q,) = find_quantities(text)
    assert q.scale == scale


@pytest.mark.parametrize("text, expected", [
    ("第 3回", []),                          # 第 then a space
    ("数百人", []), ("p.80", []), ("#3人", []),
    ("Su-35機", []), ("Mi-17", []),          # a number glued to a name by a hyphen
    ("10-20%", [("10-20%", 10, 20, "percent", None, False, "amount")]),
    ("一人で", []), ("一度", []), ("百度", []), ("一つ", []), ("1つ", []),
    ("十度", []), ("9度", [("9度", 9, None, "度", None, False, "amount")]),
    ("10度", [("10度", 10, None, "度", None, False, "amount")]), ("二人", [("二人", 2, None, "人", None, False, "amount")]),
    ("契約5件", [("5件", 5, None, "件", None, False, "amount")]),   # 約 inside 契約 is no qualifier
    ("約 5件", [("約 5件", 5, None, "件", "約", True, "amount")]),
])
def test_guards_before_and_words(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, low, high", [
    # the bare first number of a range shares the second's multiplier (it was read as 2, 5, 4)
    ("参加者は2~3万人に上った。", 20000, 30000),
    ("5~6千人が避難した。", 5000, 6000),
    ("事業費は4~5億円とみられる。", 400000000, 500000000),
    ("約二~三万人の兵力", 20000, 30000),
    ("1.5~2万トンの貨物", 15000, 20000),
    # a first number with its own multiplier keeps it
    ("3万5千~4万人", 35000, 40000),
])
def test_range_shares_the_multiplier(text, low, high):
    got = [(q.value, q.value_max) for q in find_quantities(text) if q.value_max]
    assert got == [(low, high)]
