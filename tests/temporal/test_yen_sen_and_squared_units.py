"""Exchange rates and prices in yen and sen (1ドル=135円05銭 = 135.05 JPY), and the one-character squared
unit words (㌦, ㌧, ㍍, ㌫) that older and Korean-Japanese newspapers print (pipeline.temporal.quantities)."""
import pytest

from pipeline.temporal import find_quantities


def _got(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, want", [
    ("円の対ドル相場は1ドル=111円91銭から135円05銭に振れた。", ("135円05銭", 135.05, "JPY")),
    ("円の対ドル相場は1ドル=111円91銭から135円05銭に振れた。", ("111円91銭", 111.91, "JPY")),
    ("終値は1ドル＝140円5銭だった。", ("140円5銭", 140.05, "JPY")),
    ("運賃は10円50銭の値上げとなった。", ("10円50銭", 10.5, "JPY")),
    ("9月の輸出実績は476億9100万㌦を記録した。", ("476億9100万㌦", 47691000000, "USD")),
    ("1日平均の輸出額は22億7000万㌦だった。", ("22億7000万㌦", 2270000000, "USD")),
    ("港で100㌧の貨物が積まれた。", ("100㌧", 100, "t")),
])
def test_yen_with_sen_and_squared_units(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("価格は1,200円だった。", ("1,200円", 1200, "JPY")),        # no sen after it: whole yen as before
    ("3000円銭湯の入浴料", ("3000円", 3000, "JPY")),           # 銭湯 (a bathhouse) is no sen
])
def test_yen_without_sen_stays_whole(text, want):
    assert want in _got(text)
