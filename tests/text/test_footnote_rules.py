"""find_markers on one paragraph, rule by rule (joined text and its original indices given directly)."""
import pytest

from pipeline.text.footnotes import find_markers


def markers(joined, expect_next=1, idx=None):
    idx = list(range(len(joined))) if idx is None else idx
    return [(f.n, f.pos, f.start, f.end, f.digits) for f in find_markers(joined, idx, joined, expect_next)]


@pytest.mark.parametrize("joined, expect_next, expected", [
    ("関係を強化した1。", 1, [(1, 7, 7, 8, "1")]),
    ("関係を強化した1", 1, [(1, 7, 7, 8, "1")]),              # at the very end of the paragraph
    ("近い」3と", 3, [(3, 3, 3, 4, "3")]),                    # after a closing bracket
    ("ASEAN1と", 1, []),                                      # after a Latin letter
    ("射程1kmの", 1, []),                                     # followed by a Latin letter
    ("2023年に合意した1。", 1, [(1, 10, 10, 11, "1")]),         # a number that is not the next marker first
    ("5隻を送ると合意した1。", 1, [(1, 10, 10, 11, "1")]),        # a number that is not the next marker
    ("第1回会合で合意した1。", 1, [(1, 10, 10, 11, "1")]),       # an implausible 1 (after 第) first
    ("合意した²。", 2, [(2, 4, 4, 5, "²")]),
    ("面積はkm²。", 2, []),                                   # superscript after a Latin letter: a unit
    ("平方m²の", 2, []),
    ("3 m²。", 2, []),
    ("m²の面積", 2, []),                                      # at the start of the paragraph too
    ("カ国協議で合意した1。", 1, [(1, 9, 9, 10, "1")]),          # カ国 at the paragraph's start is no counter
    ("5カ国で合意した1。", 1, [(1, 8, 8, 9, "1")]),
])
def test_markers(joined, expect_next, expected):
    assert markers(joined, expect_next) == expected


def test_a_marker_spaced_from_its_word_in_the_original_is_a_number():
    # 関係 1。 with the space removed from the joined text: the original indices show the gap
    assert markers("関係1。", idx=[0, 1, 3, 4]) == []


def test_a_superscript_marker_needs_no_glue():
    assert markers("合意した¹。", idx=[0, 1, 2, 3, 5, 6]) == [(1, 4, 5, 6, "¹")]


def test_original_offsets_of_a_two_digit_marker():
    idx = [i + 10 for i in range(len("合意した12。"))]
    assert markers("合意した12。", 12, idx) == [(12, 4, 14, 16, "12")]
