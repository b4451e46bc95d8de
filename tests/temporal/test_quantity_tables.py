"""Every row of the unit maps of temporal/quantities.py (currencies, measures, counters, tenths,
duration units, prefixes and suffixes), each on a real phrase, value and unit written by hand."""
import pytest

from pipeline.temporal import find_quantities


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.text, q.value, q.unit


@pytest.mark.parametrize("surface, unit", [
    ("米ドル", "USD"), ("米国ドル", "USD"), ("USドル", "USD"), ("US$", "USD"), ("US＄", "USD"),
    ("豪ドル", "AUD"), ("香港ドル", "HKD"), ("シンガポールドル", "SGD"), ("台湾ドル", "TWD"),
    ("カナダドル", "CAD"), ("ドル", "USD"), ("円", "JPY"), ("ユーロ", "EUR"), ("ルーブル", "RUB"),
    ("ルーブリ", "RUB"), ("人民元", "CNY"), ("元", "CNY"), ("ウォン", "KRW"), ("ポンド", "GBP"),
    ("ルピー", "INR"), ("ルピア", "IDR"), ("ペソ", "PHP"), ("バーツ", "THB"), ("ドン", "VND"),
    ("リンギット", "MYR"), ("チャット", "MMK"), ("リエル", "KHR"), ("キップ", "LAK"),
])
def test_currencies(surface, unit):
    assert one(f"総額は5億{surface}に達した") == (f"5億{surface}", 500_000_000, unit)


@pytest.mark.parametrize("surface, unit", [
    ("km2", "km2"), ("km²", "km2"), ("平方キロメートル", "km2"), ("平方キロ", "km2"), ("km/h", "km/h"),
    ("km", "km"), ("キロメートル", "km"), ("メートル", "m"), ("m", "m"), ("cm", "cm"), ("mm", "mm"),
    ("kg", "kg"), ("キログラム", "kg"), ("トン", "t"), ("t", "t"), ("ヘクタール", "ha"), ("ha", "ha"),
    ("バレル", "bbl"), ("海里", "nmi"), ("マイル", "mi"), ("kW", "kW"), ("MW", "MW"), ("GW", "GW"),
    ("キロワット", "kW"), ("%", "percent"), ("％", "percent"), ("パーセント", "percent"),
])
def test_measures(surface, unit):
    assert one(f"射程は12{surface}である") == (f"12{surface}", 12, unit)


@pytest.mark.parametrize("surface, unit", [
    ("機関", "機関"), ("機種", "機種"), ("人", "人"), ("名", "名"), ("機", "機"), ("隻", "隻"), ("艘", "艘"),
    ("件", "件"), ("倍", "倍"), ("回", "回"), ("度", "度"), ("台", "台"), ("輌", "輌"), ("基", "基"),
    ("門", "門"), ("発", "発"), ("社", "社"), ("校", "校"), ("棟", "棟"), ("頭", "頭"), ("個", "個"),
    ("本", "本"), ("点", "点"), ("歳", "歳"), ("項目", "項目"), ("つ", "つ"),
    ("カ国", "カ国"), ("ヵ国", "カ国"), ("ヶ国", "カ国"), ("ケ国", "カ国"), ("か国", "カ国"), ("箇国", "カ国"),
    ("カ所", "カ所"), ("ヵ所", "カ所"), ("ヶ所", "カ所"), ("か所", "カ所"), ("箇所", "カ所"),
    ("県", "県"), ("府", "府"), ("都道府県", "都道府県"), ("市町村", "市町村"),
])
def test_counters(surface, unit):
    assert one(f"合計で12{surface}が参加した") == (f"12{surface}", 12, unit)


def test_tenths_are_percent():
    assert one("全体の3割が反対した") == ("3割", 30, "percent")


# Durations are time expressions (schema 3): never quantities, always a `duration` date with its
# ISO 8601 value (the unit table of durations, each spelling of the month counter included).
@pytest.mark.parametrize("text, surface, value", [
    ("5年間続いた", "5年間", "P5Y"), ("約6年ぶりに", "約6年ぶり", "P6Y"), ("20年以上前から", "20年以上", "P20Y"),
    ("3カ月間の交渉", "3カ月間", "P3M"), ("3ヵ月", "3ヵ月", "P3M"), ("3ヶ月", "3ヶ月", "P3M"),
    ("3ケ月", "3ケ月", "P3M"), ("3か月", "3か月", "P3M"), ("3箇月", "3箇月", "P3M"),
    ("2週間の演習", "2週間", "P2W"), ("10日間の訪問", "10日間", "P10D"), ("2年半ぶり", "2年半ぶり", "P2.5Y"),
])
def test_duration_units(text, surface, value):
    from pipeline.temporal import extract_dates

    assert find_quantities(text) == []
    assert [(d.text, d.kind, d.value) for d in extract_dates(text)] == [(surface, "duration", value)]


@pytest.mark.parametrize("prefix, approximate", [
    ("少なくとも", False), ("およそ", True), ("凡そ", True), ("ほぼ", True), ("最大", False), ("最小", False),
    ("最低", False), ("最高", False), ("約", True),
])
def test_prefixes(prefix, approximate):
    (q,) = find_quantities(f"{prefix}5隻が参加した")
    assert (q.text, q.value, q.qualifier, q.approximate) == (f"{prefix}5隻", 5, prefix, approximate)


@pytest.mark.parametrize("suffix, approximate", [
    ("以上", False), ("以下", False), ("以内", False), ("未満", False), ("超", False), ("余り", True),
    ("あまり", True), ("近く", True), ("前後", True), ("程度", True), ("ほど", True), ("程", True),
    ("くらい", True), ("ぐらい", True), ("強", True), ("弱", True), ("足らず", True),
])
def test_suffixes(suffix, approximate):
    (q,) = find_quantities(f"5隻{suffix}が参加した")
    assert (q.text, q.value, q.qualifier, q.approximate) == (f"5隻{suffix}", 5, suffix, approximate)


@pytest.mark.parametrize("big, factor", [("万", 10**4), ("億", 10**8), ("兆", 10**12)])
def test_big_number_words(big, factor):
    assert one(f"予算は3{big}円だった") == (f"3{big}円", 3 * factor, "JPY")
