"""Kanji decimals written with ・ (二・五%, as the Diet record prints them) are one amount
(pipeline.temporal.kanjipoint, quantities); 二・五% was read as 5 percent."""
import pytest

from pipeline.temporal import find_quantities


def _got(text):
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, want", [
    ("成長率は二・五%と見込まれます。", ("二・五%", 2.5, "percent")),
    ("失業率は〇・三ポイント低下いたしました。", ("〇・三ポイント", 0.3, "ポイント")),
    ("金利は〇・二五%引き上げられた。", ("〇・二五%", 0.25, "percent")),
    ("前年度に比べ十二・五%の増加であります。", ("十二・五%", 12.5, "percent")),
    ("歳出は一・五兆円の増加となります。", ("一・五兆円", 1500000000000, "JPY")),
    ("約二・五%の伸び", ("約二・五%", 2.5, "percent")),
    ("消費は一・五割減った。", ("一・五割", 15, "percent")),
    ("輸入は三・〇五億ドルであった。", ("三・〇五億ドル", 305000000, "USD")),
])
def test_kanji_decimal(text, want):
    assert want in _got(text)


def test_kanji_decimal_with_zero_after_the_point_is_read_not_a_crash():
    # 一・〇%: the digits after the point are worth 0, which the old scale factor divided by
    assert ("一・〇%", 1.0, "percent") in _got("金利は一・〇%に据え置かれた。")


@pytest.mark.parametrize("text", [
    "三・一独立運動の記念日",   # a name, no unit after it
    "日・米・豪の三か国",       # no digits
])
def test_dot_between_kanji_is_no_decimal_without_a_unit(text):
    assert not [g for g in _got(text) if g[2] == "percent" or "・" in g[0]]


def test_dot_date_name_keeps_the_later_count_alone():
    assert _got("二・二六事件では五人が死亡した。") == [("五人", 5, "人")]


@pytest.mark.parametrize("text, want", [
    ("輸入額は前年比で8・1%減少した。", ("8・1%", 8.1, "percent")),
    ("投票者の99・3%が賛成した。", ("99・3%", 99.3, "percent")),
    ("赤字は12・75億ドルに縮んだ。", ("12・75億ドル", 1275000000, "USD")),
    ("失業率は０・５ポイント改善した。", ("０・５ポイント", 0.5, "ポイント")),
])
def test_arabic_digits_with_a_middle_dot_for_the_point_are_one_decimal(text, want):
    # some newspapers print the decimal point as ・ between Arabic digits too; 8・1% was read as 1%
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("1,000・5%の差", ("5%", 5, "percent")),   # a thousands comma: no decimal of that number
    ("第1・2四半期に3・5%増えた", ("3・5%", 3.5, "percent")),
])
def test_arabic_middle_dot_needs_a_short_plain_integer(text, want):
    assert want in _got(text)
