"""Footnote markers: superscripts glued to the word they follow, numbered 1, 2, 3 ..."""
import pytest

from pipeline.text.repair import repair


def markers(text):
    return [(f.n, text[f.start : f.end]) for b in repair(text) for f in b.footnotes]


def analysed(text):
    return "".join(b.text for b in repair(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("協力拡大が一番に掲げられた1。ちなみに", [(1, "1")]),
        ("難しい」と指摘してい\n\nる1。他方で", [(1, "1")]),  # marker after a joined line break
        ("インドに近い」1と述べており", [(1, "1")]),  # after a closing bracket
        ("三つの参加条件1のうち", [(1, "1")]),  # mid-sentence
        ("（ソチ宣言1）。", [(1, "1")]),  # inside parentheses
    ],
)
def test_markers_found(text, expected):
    assert markers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "インドネシアが G20 の議長国",  # part of a name
        "ロシア製 Su-35 戦闘機",
        "戦略的パートナーシップの 5 周年が祝われた。",  # spaced: a number
        "対話国1周年を記念し",  # a counter follows
        "2 年後の 2018 年に",
        "潜水艦２隻の供給",  # full-width digits with a counter
        "ただし、図1の通り",  # a figure reference
        "第1回サミット",
        "ヘリコプター1機の購入",
        "ドラフト1巡目で指名された",  # an ordinal counter (巡目, 番目): the digit stayed out of the entity text
        "候補者リストの1番目に載った",
        "人口の約1%程度",
        "1994 年から",
    ],
)
def test_numbers_that_are_not_markers(text):
    assert markers(text) == []


def test_numbering_must_continue():
    # "条件3" cannot be the first marker of a document; 1 then 2 then 3 can
    assert markers("条件3のうち") == []
    assert markers("掲げられた1。述べた2。条件3のうち") == [(1, "1"), (2, "2"), (3, "3")]


def test_markers_are_removed_from_the_analysed_text():
    assert analysed("協力拡大が一番に掲げられた1。ちなみに、G20の") == "協力拡大が一番に掲げられた。ちなみに、G20の"


def test_seed_has_twenty_markers_in_order(seed_text):
    found = markers(seed_text)
    assert [n for n, _ in found] == list(range(1, 21))
    assert all(digits == str(n) for n, digits in found)


def test_superscript_markers():
    text = "協力拡大が掲げられた¹。他方で「インドに近い」²と述べた。"
    assert markers(text) == [(1, "¹"), (2, "²")]
    assert analysed(text) == "協力拡大が掲げられた。他方で「インドに近い」と述べた。"


def test_superscript_units_are_not_markers():
    # a unit's exponent, not footnote 2; the real markers 1 and 2 after it are still found
    assert markers("面積は約1700万km²である。掲げられた1。述べた2。") == [(1, "1"), (2, "2")]


def test_first_marker_must_be_one():
    # 「…」に2段階引き上げた: 2 cannot open a document's numbering (and 段 is a counter)
    assert markers("関係を「包括的」に2段階引き上げた。") == []
    assert markers("三つの参加条件2のうち") == []  # glued and plausible, but 2 cannot come first
    assert markers("掲げられた1。条件3のうち") == [(1, "1"), (3, "3")]  # one skipped after the first


def test_digit_before_an_ordinal_counter_is_kept_in_the_analysed_text():
    # was: ドラフト1巡目 analysed as ドラフト巡目, so an entity's text differed from text[start:end]
    assert analysed("2018年、ドラフト1巡目全体21位で指名を受けた。") == "2018年、ドラフト1巡目全体21位で指名を受けた。"
