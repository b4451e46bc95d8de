"""Tables of real expressions for pipeline.temporal.quantities and pipeline.text.numerals (no model needed)."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.text.numerals import parse_number
from pipeline.temporal.quantities import find_quantities

SEED = Path(__file__).resolve().parents[2] / "corpus" / "000_3045bcbfc1055805.txt"


def _only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- numerals -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("108億7000万", 10870000000),
    ("7億4500万", 745000000),
    ("2億7550万", 275500000),
    ("108 億 7000 万", 10870000000),
    ("三千五百", 3500),
    ("二十", 20),
    ("一万五千", 15000),
    ("二億七千五百五十万", 275500000),
    ("百万", 1000000),
    ("二〇二二", 2022),
    ("1兆2000億", 1200000000000),
    ("1.5兆", 1500000000000),
    ("12.5万", 125000),
    ("3千", 3000),
    ("1,000万", 10000000),
    ("１，０００万", 10000000),
    ("２", 2),
    ("18.8", 18.8),
    ("0.4", 0.4),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "ドル", "1.2.3"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text", ["三千五百", "二十", "一万五千", "二億七千五百五十万", "百万",
                                  "千二百万", "108億7000万", "1兆2000億", "九十九", "十"])
def test_parse_number_agrees_with_kanjize(text):
    import kanjize  # a test extra: pip install -e ".[test]"
    assert parse_number(text) == kanjize.kanji2number(text)


# --- amounts --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    # money (seed document)
    ("108億7000万ドル", 10870000000, "USD"),
    ("84億ドル", 8400000000, "USD"),
    ("7億4500万ドル", 745000000, "USD"),
    ("90億ドル", 9000000000, "USD"),
    ("225億ドル", 22500000000, "USD"),
    # money, other currencies and spellings
    ("1,000万ドル", 10000000, "USD"),
    ("１，０００万円", 10000000, "JPY"),
    ("100万米ドル", 1000000, "USD"),
    ("5億USドル", 500000000, "USD"),
    ("100万US$", 1000000, "USD"),
    ("2兆円", 2000000000000, "JPY"),
    ("1.5兆円", 1500000000000, "JPY"),
    ("20億ユーロ", 2000000000, "EUR"),
    ("3000億ルーブル", 300000000000, "RUB"),
    ("100億元", 10000000000, "CNY"),
    ("50億人民元", 5000000000, "CNY"),
    ("1兆ウォン", 1000000000000, "KRW"),
    ("10円", 10, "JPY"),
    # percentages
    ("18.8%", 18.8, "percent"),
    ("0.4%", 0.4, "percent"),
    ("５％", 5, "percent"),
    ("30パーセント", 30, "percent"),
    ("3割", 30, "percent"),
    # counts
    ("2億7550万人", 275500000, "人"),
    ("２隻", 2, "隻"),
    ("11機", 11, "機"),
    ("16機", 16, "機"),
    ("三千五百人", 3500, "人"),
    ("二十機", 20, "機"),
    ("一万五千人", 15000, "人"),
    ("3回", 3, "回"),
    ("5件", 5, "件"),
    ("二度", 2, "度"),
    ("10カ国", 10, "カ国"),
    ("10ヶ国", 10, "カ国"),
    ("三つ", 3, "つ"),
    ("3つ", 3, "つ"),
    ("2基", 2, "基"),
    # measures
    ("125km", 125, "km"),
    ("300キロメートル", 300, "km"),
    ("5000トン", 5000, "t"),
    ("150万バレル", 1500000, "bbl"),
])
def test_amount(text, value, unit):
    q = _only(text)
    assert (q.text, q.value, q.unit, q.kind) == (text, value, unit, "amount")
    assert (q.approximate, q.qualifier, q.value_max, q.scale) == (False, None, None, None)


@pytest.mark.parametrize("text, value, unit, approximate, qualifier", [
    ("170億ドル程度", 17000000000, "USD", True, "程度"),
    ("約7%程度", 7, "percent", True, "約…程度"),
    ("２倍以上", 2, "倍", False, "以上"),
    ("約100人", 100, "人", True, "約"),
    ("およそ300人", 300, "人", True, "およそ"),
    ("1000人超", 1000, "人", False, "超"),
    ("18歳未満", 18, "歳", False, "未満"),
    ("300人余り", 300, "人", True, "余り"),
    ("100余人", 100, "人", True, "余"),
    ("100人近く", 100, "人", True, "近く"),
    ("1000人前後", 1000, "人", True, "前後"),
    ("10人以下", 10, "人", False, "以下"),
    ("3割強", 30, "percent", True, "強"),
    ("最大50機", 50, "機", False, "最大"),
    # bounds, not estimates: recorded like 以上 and never approximate
    ("少なくとも4人", 4, "人", False, "少なくとも"),  # heldout d: 中国人労働者ら少なくとも4人が死亡した
    ("少なくとも 4 人", 4, "人", False, "少なくとも"),
    ("最低3人", 3, "人", False, "最低"),
    ("最大1,000億円", 100000000000, "JPY", False, "最大"),
    ("100人以内", 100, "人", False, "以内"),
])
def test_qualified_amount(text, value, unit, approximate, qualifier):
    q = _only(text)
    assert (q.text, q.value, q.unit) == (text, value, unit)
    assert (q.approximate, q.qualifier) == (approximate, qualifier)


@pytest.mark.parametrize("text, quantity_text, value", [
    ("108 億 7000 万ドルに達し", "108 億 7000 万ドル", 10870000000),
    ("総額は 84 億ドルの", "84 億ドル", 8400000000),
    ("人口の約 7%程度が", "約 7%程度", 7),
    ("170 億ドル 程度で", "170 億ドル 程度", 17000000000),
    ("ヘリコプター 16 機の", "16 機", 16),
])
def test_spaced_input_is_covered_by_the_span(text, quantity_text, value):
    q = _only(text)
    assert (q.text, q.value) == (quantity_text, value)
    assert text[q.start:q.end] == q.text


# --- ranges: one quantity, value the low end, value_max the high end ---------------------------

@pytest.mark.parametrize("text, quantity_text, value, value_max, unit", [
    ("年2〜3割増える", "2〜3割", 20, 30, "percent"),
    ("国境貿易は年2～3割増えると予測", "2～3割", 20, 30, "percent"),  # heldout d, full-width tilde
    ("10～20%", "10～20%", 10, 20, "percent"),
    ("10〜20%", "10〜20%", 10, 20, "percent"),
    ("3-5機", "3-5機", 3, 5, "機"),
    ("3–5機", "3–5機", 3, 5, "機"),
    ("１０～２０％", "１０～２０％", 10, 20, "percent"),
    ("100万〜200万ドル", "100万〜200万ドル", 1000000, 2000000, "USD"),
    ("1.5~2倍", "1.5~2倍", 1.5, 2, "倍"),
    ("10 〜 20 %", "10 〜 20 %", 10, 20, "percent"),
    # both ends written with the unit
    ("10%〜20%", "10%〜20%", 10, 20, "percent"),
])
def test_range_is_one_quantity(text, quantity_text, value, value_max, unit):
    q = _only(text)
    assert (q.text, q.value, q.value_max, q.unit) == (quantity_text, value, value_max, unit)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, quantity_text, qualifier, approximate", [
    ("約2〜3割", "約2〜3割", "約", True),
    ("2〜3割程度", "2〜3割程度", "程度", True),
    ("最大3〜5機", "最大3〜5機", "最大", False),
    ("10〜20%以上", "10〜20%以上", "以上", False),
])
def test_range_keeps_the_qualifiers_around_it(text, quantity_text, qualifier, approximate):
    q = _only(text)
    assert (q.text, q.qualifier, q.approximate) == (quantity_text, qualifier, approximate)
    assert q.value_max is not None


def test_single_values_have_no_value_max():
    assert [q.value_max for q in find_quantities("18.8%と0.4%、11機")] == [None, None, None]


def test_kara_may_be_a_change_so_its_ends_stay_two_quantities():
    low, high = find_quantities("税率を5から10%に引き上げ")
    assert (low.text, low.value, low.value_max, low.unit) == ("5", 5, None, "percent")
    assert (high.text, high.value, high.value_max, high.unit) == ("10%", 10, None, "percent")


@pytest.mark.parametrize("text", [
    "第2〜3回",  # an ordinal range
    "０３－３２６８－３１１１",  # a phone number (heldout b)
    "1-1. 背景", "No. 2013-19, Award",
])
def test_not_a_range(text):
    assert find_quantities(text) == []


def test_descending_numbers_are_not_a_range():
    q = _only("2022-3機")
    assert (q.text, q.value, q.value_max) == ("3機", 3, None)


# --- durations ------------------------------------------------------------------------------
# Durations are temporal mentions since issue 10 (tests/temporal/test_durations.py): no quantity.

@pytest.mark.parametrize("text", [
    "令和９年度までの５年間における", "2017年11月以来、約6年ぶり。", "（DOC）以来、20年以上続いている。",
    "3カ月", "約1カ月半", "10日間の", "2週間", "2〜3年間", "1〜2カ月", "5～7日間", "2カ月～3カ月",
])
def test_durations_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text", [
    # calendar years, dates and relative dates: the dates module's
    "2023年", "2年後", "2年後の2018年", "前年", "5年前", "3年目", "2023年度", "1990年代",
    "3月", "2月4日", "10日に", "3カ月後", "2週間後", "10年以上前", "3カ月目", "第3週",
    "2014年以上", "令和5年以内", "平成10年以上", "2015-2016年に", "毎年", "数年間",
])
def test_not_a_duration(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, decl_text", [
    ("（単位：100万US$）", "（単位：100万US$）"),
    ("（単位：100 万 US$）", "（単位：100 万 US$）"),
    ("2022） （単位：100万US$）Source", "（単位：100万US$）"),
    ("単位：100万ドル", "単位：100万ドル"),
])
def test_unit_declaration_is_a_multiplier_not_an_amount(text, decl_text):
    q = _only(text)
    assert (q.text, q.value, q.scale, q.unit, q.kind) == (decl_text, None, 1000000, "USD", "unit_declaration")


@pytest.mark.parametrize("text, scale, unit", [
    ("（単位：億円）", 100000000, "JPY"),
    ("（単位：千トン）", 1000, "t"),
    ("（単位：%）", 1, "percent"),
])
def test_unit_declaration_other_units(text, scale, unit):
    q = _only(text)
    assert (q.value, q.scale, q.unit, q.kind) == (None, scale, unit, "unit_declaration")


def test_summing_values_by_unit_does_not_count_a_unit_declaration():
    found = find_quantities("（単位：100万US$）84億ドルと90億ドル")
    total = sum(q.value for q in found if q.unit == "USD" and q.value is not None)
    assert total == 17400000000
    assert [q.scale for q in found] == [1000000, None, None]


# --- not quantities -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # years and dates: the dates module's
    "1994年から1996年頃まで", "2022年2月4日に", "2023年度", "1990年代半ば", "2年後の2018年",
    "2015-2016年に減少", "二〇二二年", "（2000 – 2022）",
    # ordinals
    "第3回ASEAN-ロシア首脳会議", "第３の勢力", "第一次チェチェン戦争", "第一回東アジアサミット",
    "一度目は", "二期目にかけて", "3回目の", "第 3 回",
    # names with digits
    "G20の議長国", "Su-35戦闘機", "Mi-17軍用輸送ヘリコプター", "p.80;", "Yearbook 2015, p.108.",
    "F-16戦闘機", "ADMM-Plus",
    # anniversaries are labels, not amounts
    "5周年が祝われた", "対話国20周年を記念して",
    # words that start with a numeral
    "一番に", "一定の距離", "その一方で", "一部のASEAN諸国", "一時的にせよ", "二国間関係",
    "二次制裁", "九段線", "一帯一路", "一環である", "一見不可解", "六本木", "百度", "二度と",
    "一人でも", "一度に", "回復",
    # 一つ is "one of", not a count
    "極の一つ", "一つの突出した勢力", "1つ",
    # vague numbers are left alone
    "数百人", "数十億ドル",
    # a footnote digit or a figure number without a unit
    "掲げられた1。", "図1の通り",
])
def test_not_a_quantity(text):
    assert find_quantities(text) == []


def test_contract_is_not_the_qualifier_yaku():
    q = _only("条約3件")
    assert (q.text, q.qualifier) == ("3件", None)


def test_strengthen_is_not_the_qualifier_kyou():
    q = _only("2倍強化")
    assert (q.text, q.qualifier) == ("2倍", None)


# --- the seed document ----------------------------------------------------------------------

SEED_EXPECTED = [
    ("二度", 2, "度", None, "amount"),
    ("三つ", 3, "つ", None, "amount"),
    ("108億7000万ドル", 10870000000, "USD", None, "amount"),
    ("84億ドル", 8400000000, "USD", None, "amount"),
    ("２隻", 2, "隻", None, "amount"),
    ("11機", 11, "機", None, "amount"),
    ("16機", 16, "機", None, "amount"),
    ("（単位：100万US$）", None, "USD", None, "unit_declaration"),
    ("90億ドル", 9000000000, "USD", None, "amount"),
    ("225億ドル", 22500000000, "USD", None, "amount"),
    ("２倍以上", 2, "倍", "以上", "amount"),
    ("170億ドル程度", 17000000000, "USD", "程度", "amount"),
    ("18.8%", 18.8, "percent", None, "amount"),
    ("0.4%", 0.4, "percent", None, "amount"),
    ("（単位：100万US$）", None, "USD", None, "unit_declaration"),
    ("二つ", 2, "つ", None, "amount"),
    ("125km", 125, "km", None, "amount"),
    ("7億4500万ドル", 745000000, "USD", None, "amount"),
    ("約7%程度", 7, "percent", "約…程度", "amount"),
    ("2億7550万人", 275500000, "人", None, "amount"),
]


def _repair(text):
    """Roughly what pipeline.text.repair does: join PDF lines, drop spaces at Japanese/Latin seams."""
    text = re.sub(r"\n+\s*", "", text)
    jp = r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef、。（）「」]"
    text = re.sub(rf"(?<={jp})[ \u3000]+(?=[0-9A-Za-z])", "", text)
    return re.sub(rf"(?<=[0-9A-Za-z])[ \u3000]+(?={jp})", "", text)


@pytest.mark.skipif(not SEED.exists(), reason="seed corpus not present")
def test_seed_document_repaired():
    text = _repair(SEED.read_text(encoding="utf-8"))
    found = find_quantities(text)
    assert [(q.text, q.value, q.unit, q.qualifier, q.kind) for q in found] == SEED_EXPECTED
    assert [q.scale for q in found if q.kind == "unit_declaration"] == [1000000, 1000000]
    assert all(q.scale is None and q.value_max is None for q in found if q.kind == "amount")
    assert all(text[q.start:q.end] == q.text for q in found)
    assert [q.start for q in found] == sorted(q.start for q in found)


@pytest.mark.skipif(not SEED.exists(), reason="seed corpus not present")
def test_seed_document_raw_spaced_text_gives_the_same_values():
    text = SEED.read_text(encoding="utf-8")
    found = find_quantities(text)
    assert [(q.value, q.unit, q.kind) for q in found] == [e[1:3] + e[4:] for e in SEED_EXPECTED]
    assert all(text[q.start:q.end] == q.text for q in found)


@pytest.mark.parametrize("text", ["3千" + "1" * 28 + "x", "1" * 5000 + "x", "一二三四五六七八九" * 500])
def test_long_digit_runs_do_not_backtrack_exponentially(text):
    import time

    started = time.perf_counter()
    assert find_quantities(text) == []
    assert time.perf_counter() - started < 1.0


# --- consumers of the new fields: store, report ----------------------------------------------

def _doc_with(text):
    from pipeline.records import Document

    doc = Document("q" * 64, "corpus/q.txt", "utf-8", text)
    doc.quantities = [replace(q, id=f"Q{q.start}-{q.end}") for q in find_quantities(text)]
    return doc


ROUND_TRIP_TEXT = "（単位：100万US$）年2〜3割増え、約6年ぶりに少なくとも4人、1.5~2倍"


def test_store_round_trip_keeps_value_max_scale_and_a_missing_value(tmp_path):
    from pipeline import store

    doc = _doc_with(ROUND_TRIP_TEXT)
    assert [(q.value, q.value_max, q.scale, q.kind) for q in doc.quantities] == [
        (None, None, 1000000, "unit_declaration"), (20, 30, None, "amount"),
        (4, None, None, "amount"), (1.5, 2, None, "amount")]  # 約6年ぶり is a date record (issue 10)
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, doc, None)
    assert store.read_document(con, doc.doc_id).quantities == doc.quantities
    row = con.execute("SELECT value, value_max, scale FROM quantities WHERE kind = 'unit_declaration'").fetchone()
    assert row == (None, None, 1000000)


def test_report_prints_a_dash_for_no_value_and_the_range(tmp_path):
    from rich.console import Console

    from pipeline.report import print_document

    console = Console(record=True, width=200)
    print_document(_doc_with(ROUND_TRIP_TEXT), console=console)
    out = console.export_text()
    row = next(line for line in out.splitlines() if "単位" in line)
    assert " - " in row and "1,000,000" not in row
    assert "20–30" in out and "1.5–2" in out

