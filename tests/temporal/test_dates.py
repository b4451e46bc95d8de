"""Tables of Japanese date expressions -> EDTF value, ISO bounds, approximation."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.temporal.dates import DateExtractor, extract_dates

SEED = Path(__file__).resolve().parents[2] / "corpus" / "000_3045bcbfc1055805.txt"


def only(text: str):
    """The one date mention in `text` (fails if there is not exactly one)."""
    found = extract_dates(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, mention text, value, earliest, latest, approximate)
ABSOLUTE = [
    ("2022年2月4日に行った首脳会談", "2022年2月4日", "2022-02-04", "2022-02-04", "2022-02-04", False),
    ("クリミア併合（2014年3月）に対する", "2014年3月", "2014-03", "2014-03-01", "2014-03-31", False),
    ("ロシアは1991年にASEANの協議国になり", "1991年", "1991", "1991-01-01", "1991-12-31", False),
    ("２０２２年２月４日", "２０２２年２月４日", "2022-02-04", "2022-02-04", "2022-02-04", False),
    ("二〇二二年十二月に", "二〇二二年十二月", "2022-12", "2022-12-01", "2022-12-31", False),
    ("二千二十二年に", "二千二十二年", "2022", "2022-01-01", "2022-12-31", False),
    ("平成二十六年に", "平成二十六年", "2014", "2014-01-01", "2014-12-31", False),
    ("西暦2000年", "西暦2000年", "2000", "2000-01-01", "2000-12-31", False),
    ("令和5年に", "令和5年", "2023", "2023-01-01", "2023-12-31", False),
    ("令和5年3月に", "令和5年3月", "2023-03", "2023-03-01", "2023-03-31", False),
    ("平成元年", "平成元年", "1989", "1989-01-01", "1989-12-31", False),
    ("昭和64年1月7日", "昭和64年1月7日", "1989-01-07", "1989-01-07", "1989-01-07", False),
    ("大正12年9月1日の関東大震災", "大正12年9月1日", "1923-09-01", "1923-09-01", "1923-09-01", False),
    ("明治元年", "明治元年", "1868", "1868-01-01", "1868-12-31", False),
    ("令和元年5月1日", "令和元年5月1日", "2019-05-01", "2019-05-01", "2019-05-01", False),
    ("2023年度の予算", "2023年度", "2023-04/2024-03", "2023-04-01", "2024-03-31", False),
    ("令和5年度後半", "令和5年度後半", "2023-10/2024-03", "2023-10-01", "2024-03-31", False),
    ("2014 年 3 月に", "2014 年 3 月", "2014-03", "2014-03-01", "2014-03-31", False),
    ("2022年2月4日（金）", "2022年2月4日（金）", "2022-02-04", "2022-02-04", "2022-02-04", False),
    ("2024年2月29日", "2024年2月29日", "2024-02-29", "2024-02-29", "2024-02-29", False),
    ("発表日：2022-02-04", "2022-02-04", "2022-02-04", "2022-02-04", "2022-02-04", False),
    ("1990年生まれ", "1990年", "1990", "1990-01-01", "1990-12-31", False),
]

RANGES = [
    ("第一次チェチェン戦争に突入した1994年から1996年頃までの時期", "1994年から1996年頃まで",
     "1994/1996~", "1994-01-01", "1996-12-31", True),
    ("2005年から2015年までの協力促進", "2005年から2015年まで", "2005/2015", "2005-01-01", "2015-12-31", False),
    ("2000年から2021年までの間に", "2000年から2021年まで", "2000/2021", "2000-01-01", "2021-12-31", False),
    ("クリミア併合後の2015-2016年に減少", "2015-2016年", "2015/2016", "2015-01-01", "2016-12-31", False),
    ("武器輸出（2000–2022）", "2000–2022", "2000/2022", "2000-01-01", "2022-12-31", False),
    ("武器輸出（2000 – 2022）", "2000 – 2022", "2000/2022", "2000-01-01", "2022-12-31", False),
    ("物品貿易（2005 – 2022）", "2005 – 2022", "2005/2022", "2005-01-01", "2022-12-31", False),
    ("侵攻したことにより（2022年2月〜）、", "2022年2月〜", "2022-02/..", "2022-02-01", None, False),
    ("侵攻したことにより（2022年2月～）、", "2022年2月～", "2022-02/..", "2022-02-01", None, False),
    ("2014年以降はこれら諸国への輸出額も", "2014年以降", "2014/..", "2014-01-01", None, False),
    ("1986年からソ連との合弁石油会社", "1986年から", "1986/..", "1986-01-01", None, False),
    ("2015年まで", "2015年まで", "../2015", None, "2015-12-31", False),
    ("2015年以前", "2015年以前", "../2015", None, "2015-12-31", False),
    ("2022年2月から5月まで", "2022年2月から5月まで", "2022-02/2022-05", "2022-02-01", "2022-05-31", False),
    ("2022年2月4日から7日まで", "2022年2月4日から7日まで", "2022-02-04/2022-02-07", "2022-02-04",
     "2022-02-07", False),
    ("2014 年 から 2016 年 まで", "2014 年 から 2016 年 まで", "2014/2016", "2014-01-01", "2016-12-31", False),
    ("平成元年から令和元年まで", "平成元年から令和元年まで", "1989/2019", "1989-01-01", "2019-12-31", False),
]

PARTS = [
    ("1990年代に", "1990年代", "199X", "1990-01-01", "1999-12-31", False),
    ("ロシアがASEANとの関係構築に取り組むのは1990年代半ばからである", "1990年代半ばから", "1993/..",
     "1993-01-01", None, False),
    ("孤立していた1990年代半ば、", "1990年代半ば", "1993/1996", "1993-01-01", "1996-12-31", False),
    ("特に2010年代前半にロシアとの貿易が増大した", "2010年代前半", "2010/2014", "2010-01-01", "2014-12-31", False),
    ("2000年代後半から2010年代にかけて、", "2000年代後半から2010年代にかけて", "2005/201X",
     "2005-01-01", "2019-12-31", False),
    ("2021年後半から閣僚級会合に", "2021年後半から", "2021-07/..", "2021-07-01", None, False),
    ("2021年後半に", "2021年後半", "2021-07/2021-12", "2021-07-01", "2021-12-31", False),
    ("2021年前半に", "2021年前半", "2021-01/2021-06", "2021-01-01", "2021-06-30", False),
    ("2023年末時点では", "2023年末", "2023-12", "2023-12-01", "2023-12-31", False),
    ("2023年初めに", "2023年初め", "2023-01", "2023-01-01", "2023-01-31", False),
    ("インドネシアは2022年5月末にユーラシア経済連合", "2022年5月末", "2022-05-21/2022-05-31",
     "2022-05-21", "2022-05-31", False),
    ("2022年5月末日", "2022年5月末日", "2022-05-31", "2022-05-31", "2022-05-31", False),
    ("2023年2月下旬", "2023年2月下旬", "2023-02-21/2023-02-28", "2023-02-21", "2023-02-28", False),
    ("2023年7月上旬", "2023年7月上旬", "2023-07-01/2023-07-10", "2023-07-01", "2023-07-10", False),
    ("2023年7月中旬", "2023年7月中旬", "2023-07-11/2023-07-20", "2023-07-11", "2023-07-20", False),
    ("2020年代初頭", "2020年代初頭", "2020/2022", "2020-01-01", "2022-12-31", False),
    ("1980年代末", "1980年代末", "1987/1989", "1987-01-01", "1989-12-31", False),
    ("昭和40年代", "昭和40年代", "1965/1974", "1965-01-01", "1974-12-31", False),
    ("2022年の後半に", "2022年の後半", "2022-07/2022-12", "2022-07-01", "2022-12-31", False),
    ("2010年代の前半", "2010年代の前半", "2010/2014", "2010-01-01", "2014-12-31", False),
    ("2019年度末に", "2019年度末", "2020-03", "2020-03-01", "2020-03-31", False),
    ("2020年春", "2020年春", "2020-21", "2020-03-01", "2020-05-31", False),
    ("二千二十二年の夏", "二千二十二年の夏", "2022-22", "2022-06-01", "2022-08-31", False),
    ("2020年秋", "2020年秋", "2020-23", "2020-09-01", "2020-11-30", False),
    ("2020年冬", "2020年冬", "2020-24", "2020-12-01", "2021-02-28", False),
    ("1990年代以降", "1990年代以降", "199X/..", "1990-01-01", None, False),
    ("2008年から09年にかけて", "2008年から09年にかけて", "2008/2009", "2008-01-01", "2009-12-31", False),
    ("1998年から02年まで", "1998年から02年まで", "1998/2002", "1998-01-01", "2002-12-31", False),
    ("1990年代から2000年代にかけて", "1990年代から2000年代にかけて", "199X/200X", "1990-01-01",
     "2009-12-31", False),
]

APPROX = [
    ("1990年頃", "1990年頃", "1990~", "1990-01-01", "1990-12-31", True),
    ("1990年ごろ", "1990年ごろ", "1990~", "1990-01-01", "1990-12-31", True),
    ("2014年前後に", "2014年前後", "2014~", "2014-01-01", "2014-12-31", True),
    ("約2010年", "約2010年", "2010~", "2010-01-01", "2010-12-31", True),
    ("2022年3月頃", "2022年3月頃", "2022-03~", "2022-03-01", "2022-03-31", True),
    ("1990年代半ば頃", "1990年代半ば頃", "1993~/1996~", "1993-01-01", "1996-12-31", True),
]


@pytest.mark.parametrize("sentence,surface,value,earliest,latest,approx", ABSOLUTE + RANGES + PARTS + APPROX)
def test_single_expression(sentence, surface, value, earliest, latest, approx):
    m = only(sentence)
    got = (m.text, m.value, m.earliest, m.latest, m.approximate)
    assert got == (surface, value, earliest, latest, approx)
    assert sentence[m.start:m.end] == m.text
    assert m.resolved_against is None


# Blocks fed in order to one extractor: (blocks, expected (text, value, resolved_against) of the last block)
RELATIVE = [
    (["その後、1996年1月に外相に就任した。", "同年7月のASEAN外相会議で"],
     [("同年7月", "1996-07", "1996-01 (1996年1月)")]),
    (["1996年1月に外相に就任した。同年7月のASEAN外相会議"],
     [("1996年1月", "1996-01", None), ("同年7月", "1996-07", "1996-01 (1996年1月)")]),
    (["2016年5月にサミットを開催し", "そして2年後の2018年にシンガポールで"], [("2018年", "2018", None)]),
    (["2016年5月にサミットを開催し", "その2年後に"], [("2年後", "2018", "2016-05 (2016年5月)")]),
    (["2010年に始まった。", "翌年、"], [("翌年", "2011", "2010 (2010年)")]),
    (["2010年に始まった。", "前年には"], [("前年", "2009", "2010 (2010年)")]),
    (["2010年に始まった。", "同年には"], [("同年", "2010", "2010 (2010年)")]),
    (["2022年11月のG20開催にあたって", "開催前の6月末から7月初頭にかけて、"],
     [("6月末から7月初頭にかけて", "2022-06-21/2022-07-10", "2022-11 (2022年11月)")]),
    (["2022年11月に", "同月15日には"], [("同月15日", "2022-11-15", "2022-11 (2022年11月)")]),
    (["2022年12月に", "翌月"], [("翌月", "2023-01", "2022-12 (2022年12月)")]),
    (["2022年2月4日に", "同日"], [("同日", "2022-02-04", "2022-02-04 (2022年2月4日)")]),
    (["2022年2月4日、", "同年同月同日"], [("同年同月同日", "2022-02-04", "2022-02-04 (2022年2月4日)")]),
    (["2020年", "7月頃"], [("7月頃", "2020-07~", "2020 (2020年)")]),
    (["1994年から1996年頃まで", "翌年"], [("翌年", "1997", "1996 (1996年頃)")]),
]


@pytest.mark.parametrize("blocks,expected", RELATIVE)
def test_relative_resolves_against_narrative(blocks, expected):
    ex = DateExtractor()
    for block in blocks[:-1]:
        ex.feed(block)
    found, warnings = ex.feed(blocks[-1])
    assert [(m.text, m.value, m.resolved_against) for m in found] == expected
    assert warnings == []


def test_relative_without_anchor_is_skipped_with_warning():
    found, warnings = DateExtractor().feed("同年7月に")
    assert found == []
    assert [str(w) for w in warnings] == ["unresolved relative date 同年7月 (no earlier year in the document) at 0-4: skipped"]


IMPOSSIBLE = [
    ("会談は2022年2月30日に", "impossible date 2022年2月30日 at 3-13: skipped"),
    ("2022年13月に", "impossible date 2022年13月 at 0-8: skipped"),
    ("2月30日に", "impossible date 2月30日 at 0-5: skipped"),
    ("2023年2月29日", "impossible date 2023年2月29日 at 0-10: skipped"),
    ("2021年4月31日", "impossible date 2021年4月31日 at 0-10: skipped"),
    ("2022/2/30", "impossible date 2022/2/30 at 0-9: skipped"),
]


@pytest.mark.parametrize("text,warning", IMPOSSIBLE)
def test_impossible_date_warns_and_emits_nothing(text, warning):
    found, warnings = DateExtractor().feed(text)
    assert found == []
    assert [str(w) for w in warnings] == [warning]


def test_impossible_date_does_not_move_anchor():
    ex = DateExtractor()
    ex.feed("1996年1月に")
    ex.feed("2022年13月に")
    found, _ = ex.feed("同年7月")
    assert found[0].value == "1996-07"


NOT_DATES = [
    "ASEAN-ロシア戦略的パートナーシップの5周年が祝われた",
    "対話国20周年を記念して",
    "第3回ASEAN-ロシアサミット",
    "インドネシアがG20の議長国であった",
    "Source: ASEAN Statistical Yearbook 2015, p.80;",
    "総額は108億7000万ドルに達し",
    "人口の約7%程度",
    "3年間の交渉",
    "前年比で増加",
    "一度目は欧米志向の",
    "Su-35戦闘機11機",
    "約10年前から",
    "ここ3か月で",
    "2年後には",  # no earlier year: not resolved, and not warned about
    "18年に",  # two-digit years are only read as the end of a range (2008年から09年)
]


def test_first_time_is_not_early_year():
    """'2019年の初めての訪問' is 'the first visit in 2019', not 'early 2019'."""
    assert [(m.text, m.value) for m in extract_dates("2019年の初めての訪問")] == [("2019年", "2019")]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    """Not a calendar date; durations (3年間, 約10年前 with no document date) are kind 'duration' (issue 10)."""
    found, warnings = DateExtractor().feed(text)
    assert ([m for m in found if m.kind != "duration"], warnings) == ([], [])


def test_mentions_are_sorted_and_offsets_index_the_input():
    text = "（２０２２年２月〜）、2014 年 3 月と1990年代半ば。"
    found = extract_dates(text)
    assert [m.text for m in found] == ["２０２２年２月〜", "2014 年 3 月", "1990年代半ば"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(m.id == "" for m in found)


def _repaired_seed() -> str:
    text = re.sub(r"\n+\s*", "", SEED.read_text(encoding="utf-8"))
    return re.sub(r"(?<=[^\x00-\x7f]) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) +(?=[^\x00-\x7f])", "", text)


SEED_DATES = [
    ("1994年から1996年頃まで", "1994/1996~"), ("2014年3月", "2014-03"), ("2022年2月〜", "2022-02/.."),
    ("2022年", "2022"), ("2023年3月", "2023-03"), ("2023年7月", "2023-07"),
    ("1990年代半ばから", "1993/.."), ("1991年", "1991"), ("1994年", "1994"), ("1996年1月", "1996-01"),
    ("同年7月", "1996-07"), ("2000年代", "200X"), ("2004年11月", "2004-11"), ("2005年12月", "2005-12"),
    ("2005年から2015年まで", "2005/2015"), ("2000年から2021年まで", "2000/2021"),
    ("2014年以降", "2014/.."), ("2017年8月", "2017-08"), ("2021年12月", "2021-12"),
    ("2022年7月", "2022-07"), ("2000–2022", "2000/2022"), ("2010年代", "201X"),
    ("2010年代前半", "2010/2014"), ("2010年", "2010"), ("2014年", "2014"), ("2015-2016年", "2015/2016"),
    ("2005–2022", "2005/2022"), ("2018年", "2018"), ("2016年5月", "2016-05"), ("2018年", "2018"),
    ("2014年以降", "2014/.."), ("2011年6月", "2011-06"), ("2012年7月", "2012-07"), ("2016年", "2016"),
    ("2022年2月4日", "2022-02-04"), ("2023年7月", "2023-07"), ("1986年から", "1986/.."),
    ("2004年以降", "2004/.."), ("2019年", "2019"), ("2023年末", "2023-12"), ("2022年11月", "2022-11"),
    ("6月末から7月初頭にかけて", "2022-06-21/2022-07-10"), ("2022年5月末", "2022-05-21/2022-05-31"),
    ("2021年2月", "2021-02"), ("2021年後半から", "2021-07/.."), ("2022年8月", "2022-08"),
    ("2023年8月", "2023-08"), ("2000年代", "200X"), ("1990年代半ば", "1993/1996"),
    ("2000年代後半から2010年代にかけて", "2005/201X"),
]


def test_seed_document_every_date():
    ex = DateExtractor()
    found, warnings = ex.feed(_repaired_seed())
    assert [(m.text, m.value) for m in found] == SEED_DATES
    assert warnings == []


def test_seed_document_fed_paragraph_by_paragraph_with_pdf_spaces():
    """Unrepaired spacing ('2014 年 3 月') and block-by-block feeding give the same values."""
    paragraphs = [re.sub(r"\n+\s*", "", p) for p in SEED.read_text(encoding="utf-8").split("\n \n")]
    ex = DateExtractor()
    values = []
    for p in paragraphs:
        found, _ = ex.feed(p)
        values += [m.value for m in found]
        assert all(p[m.start:m.end] == m.text for m in found)
    assert values == [v for _, v in SEED_DATES]


# --- regressions from the held-out documents (tests/data/heldout, d_vietnam_china_news_cp932) ---
VIETNAM = ("ベトナムを訪問した中国の習近平国家主席は2023年12月12日、ハノイで会談した。"
           "習氏のベトナム訪問は2017年11月以来、約6年ぶり。両国は同月13日までに36件の協力文書に署名した。"
           "ベトナムは同年9月、バイデン米大統領の訪問を受けた。")


def test_retrospective_irai_date_does_not_move_anchor():
    found, warnings = DateExtractor().feed(VIETNAM)
    found = [m for m in found if m.kind == "date"]  # 約6年ぶり is a duration record (issue 10)
    assert [(m.text, m.value) for m in found] == [
        ("2023年12月12日", "2023-12-12"), ("2017年11月以来", "2017-11/.."),
        ("同月13日まで", "../2023-12-13"), ("同年9月", "2023-09")]
    assert found[2].resolved_against == "2023-12-12 (2023年12月12日)"
    assert warnings == []


def test_retrospective_date_before_buri_does_not_move_anchor():
    ex = DateExtractor()
    ex.feed("2023年12月12日に会談した。")
    found, _ = ex.feed("2017年11月ぶりの訪問で、同月13日に署名した。")
    assert [(m.text, m.value) for m in found] == [("2017年11月", "2017-11"), ("同月13日", "2023-12-13")]


def test_comparison_zennen_resolves_but_does_not_move_anchor():
    text = "2023年の貿易額は約1,718億ドルで、貿易赤字は前年の約600億ドルから縮小した。直接投資は同年、約45億ドルに達した。"
    assert [(m.text, m.value) for m in extract_dates(text)] == [("2023年", "2023"), ("前年", "2022"), ("同年", "2023")]
    found = extract_dates("2010年。前年を上回った。同年")
    assert [m.value for m in found] == ["2010", "2009", "2010"]
    # 前年 followed by a month is a date of the story (one record: 前年の3月), and anchors what follows
    found = extract_dates("2010年に始まった。前年の3月に準備し、")
    assert [(m.text, m.value) for m in found] == [("2010年", "2010"), ("前年の3月", "2009-03")]


def test_comparisons_zennenhi_is_the_year_before_zennen_douki_too_and_both_keep_anchor():
    """Issue 10: 前年比's 前年 is the year before the figure's year (span 前年 only); 前年同期 is the
    period told (here the year 2023) a year back, not the year before 前年 (the `anaphora` module)."""
    found = extract_dates("2023年に増えた。前年比約77%増、前年同期を上回る。同年")
    assert [(m.text, m.value) for m in found] == [("2023年", "2023"), ("前年", "2022"), ("前年同期", "2022"),
                                                  ("同年", "2023")]


def test_bare_doujitsu_resolves_against_anchor_day():
    found, warnings = DateExtractor().feed("2023年8月5日に中国海警局の船が放水銃を使用した。米国務省も同日、声明を出した。")
    assert [(m.text, m.value, m.earliest, m.latest, m.resolved_against) for m in found] == [
        ("2023年8月5日", "2023-08-05", "2023-08-05", "2023-08-05", None),
        ("同日", "2023-08-05", "2023-08-05", "2023-08-05", "2023-08-05 (2023年8月5日)")]
    assert warnings == []


def test_bare_doujitsu_without_day_in_anchor_is_skipped_silently():
    found, warnings = DateExtractor().feed("2023年8月に放水銃を使用した。米国務省も同日、声明を出した。")
    assert [m.text for m in found] == ["2023年8月"]
    assert warnings == []


@pytest.mark.parametrize("text", ["2022年2月4日。合同日程を組んだ", "2022年2月4日。共同日本", "2022年2月4日。同日の論ではない"])
def test_doujitsu_inside_words_and_idiom_is_not_a_date(text):
    assert [m.text for m in extract_dates(text)] == ["2022年2月4日"]


def test_heldout_vietnam_document_dates():
    path = Path(__file__).resolve().parents[1] / "data" / "heldout" / "d_vietnam_china_news_cp932.txt"
    ex = DateExtractor()
    got = {}
    for block in path.read_text(encoding="cp932").splitlines():
        for m in ex.feed(block)[0]:
            got.setdefault(m.text, m.value)
    assert {k: got[k] for k in ("同月13日まで", "同年9月", "前年", "同年", "翌年度以降", "翌年7月19日",
                                "同月18日から20日まで", "同年10月")} == {
        "同月13日まで": "../2023-12-13", "同年9月": "2023-09", "前年": "2022", "同年": "2023",
        "翌年度以降": "2023-04/..", "翌年7月19日": "2024-07-19",
        "同月18日から20日まで": "2024-08-18/2024-08-20", "同年10月": "2024-10"}


ENGLISH = [
    ("3 Philippine Coast Guard, Press Release, August 6, 2023.", "August 6, 2023", "2023-08-06", "2023-08-06",
     "2023-08-06"),
    ("4 PCA Case No. 2013-19, Award of 12 July 2016.", "12 July 2016", "2016-07-12", "2016-07-12", "2016-07-12"),
    ("Report, October 2023, p.3", "October 2023", "2023-10", "2023-10-01", "2023-10-31"),
    ("Aug. 6th, 2023", "Aug. 6th, 2023", "2023-08-06", "2023-08-06", "2023-08-06"),
    ("（Sept 1999）", "Sept 1999", "1999-09", "1999-09-01", "1999-09-30"),
]


@pytest.mark.parametrize("text,surface,value,earliest,latest", ENGLISH)
def test_english_dates_in_notes_are_extracted(text, surface, value, earliest, latest):
    m = only(text)
    assert (m.text, m.value, m.earliest, m.latest) == (surface, value, earliest, latest)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", ["August 6", "12 July", "in October", "May 23", "Marching 2023", "October 20235"])
def test_english_dates_need_a_four_digit_year(text):
    assert DateExtractor().feed(text) == ([], [])


def test_english_impossible_date_warns():
    found, warnings = DateExtractor().feed("February 30, 2023")
    assert found == []
    assert [str(w) for w in warnings] == ["impossible date February 30, 2023 at 0-17: skipped"]


@pytest.mark.parametrize("text, value", [("（2000 ‒ 2022）", "2000/2022"), ("2005‒2022年", "2005/2022")])
def test_figure_dash_from_pdf_fonts_joins_a_year_range(text, value):
    from pipeline.temporal import DateExtractor

    dates, _ = DateExtractor().feed(text)
    assert [d.value for d in dates] == [value]
