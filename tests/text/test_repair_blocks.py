"""Blocks of repaired text, exactly: kinds, spans and texts for the rules of pipeline/text/repair.py
that the other repair tests reach only in passing (found by the mutation run of bench/mutation.py)."""
import pytest

from pipeline.records import Block
from pipeline.text.repair import classify_line, repair, segment


def blocks(text):
    return [(k, text[s:e]) for k, s, e in segment(text)]


# -- PDF style: most body lines followed by a blank line ------------------------------------------

def test_three_double_spaced_lines_are_pdf_style():
    assert [b.text for b in repair("一文目。\n\n二文目。\n\n三文目。\n\n")] == ["一文目。二文目。三文目。"]


def test_half_the_lines_followed_by_a_blank_is_not_pdf_style():
    # 4 body lines, 2 followed by a blank: 0.5 is not a majority -> ordinary text, a paragraph per line
    assert [b.text for b in repair("一文目。\n\n二文目。\n\n三文目。\n四文目。\n")] == ["一文目。", "二文目。", "三文目。", "四文目。"]


# -- paragraph ends in ordinary text --------------------------------------------------------------

def test_a_closing_bracket_ends_a_paragraph_only_after_sentence_punctuation():
    assert [b.text for b in repair("彼は「合意した」\n続けて述べた。\n")] == ["彼は「合意した」続けて述べた。"]
    assert [b.text for b in repair("「合意した\n。」\n次の段落。\n")] == ["「合意した。」", "次の段落。"]


def test_a_blank_line_before_the_paragraph_does_not_end_it_early():
    assert blocks("見出しの行\n\n一文目の途中\n続きです。\n") == [
        ("paragraph", "見出しの行"), ("paragraph", "一文目の途中\n続きです。")]


def test_a_list_item_after_an_unfinished_line_starts_a_new_paragraph():
    assert [b.text for b in repair("次の通り\n- 第一の項目。\n- 第二の項目。\n")] == ["次の通り", "第一の項目。", "第二の項目。"]


def test_an_item_with_a_page_number_line_inside_keeps_both_skipped():
    (block,) = repair("- 項目の始まり\n- 2 -\n続きです。\n")
    assert block.text == "項目の始まり続きです。"


# -- source lines, notes ---------------------------------------------------------------------------

def test_a_source_line_continues_on_a_latin_line():
    text = "出所：ASEAN Statistical Yearbook\n 2023, p.108.\n本文です。\n"
    assert [k for k, _ in blocks(text)] == ["source", "source", "paragraph"]


def test_notes_each_line_a_note_continuations_merged():
    text = "本文です。\n注\n1 外務省の資料\nによる。\n2 防衛省\n\n3 内閣府\n- 4 -\n"
    assert blocks(text) == [("paragraph", "本文です。"), ("notes", "注"), ("note", "1 外務省の資料\nによる。"),
                            ("note", "2 防衛省"), ("note", "3 内閣府")]


# -- line content, headings ------------------------------------------------------------------------

def test_a_line_keeps_its_last_latin_letter():
    assert [b.text for b in repair("Plan X\nPlan B\n")] == ["Plan X Plan B"]


@pytest.mark.parametrize("line, kind", [
    ("第1章 " + "ロ" * 56, "heading"),   # 60 characters: the longest heading
    ("第1章 " + "ロ" * 57, "body"),      # 61
    ("第1章 ロシアX", "heading"),
    ("第1章 ロシア、中国", "body"),
    ("第1章 ロシア。", "body"),
])
def test_heading_length_and_punctuation(line, kind):
    assert classify_line(line) == kind


def test_no_footnote_marker_is_taken_out_of_a_heading():
    text = "■ ロシアの対応1\n本文である。\n"
    assert repair(text)[0].text == "■ロシアの対応1"


# -- offsets ---------------------------------------------------------------------------------------

def test_footnote_anchors_after_several_markers():
    (block,) = repair("一つ目1。二つ目2。三つ目3。\n")
    assert block.text == "一つ目。二つ目。三つ目。"
    assert [(f.n, f.pos) for f in block.footnotes] == [(1, 3), (2, 7), (3, 11)]


def test_empty_spans_map_to_the_original_position():
    text = "ロシアと\nASEAN"
    (block,) = repair(text)
    a = block.text.index("A")
    assert block.to_original(a, a) == (text.index("A"), text.index("A"))
    assert block.to_original(len(block.text), len(block.text)) == (len(text), len(text))


def test_block_records_and_slices_keep_kind_and_bounds():
    text = "見出しの行\n\n本文の一文目。本文の二文目1。\n"
    heading, para = repair(text)
    assert para.as_record() == Block("paragraph", text.index("本文"), text.index("1。") + 2)
    assert (para.start, para.end) == (text.index("本文"), text.index("1。") + 2)
    pos = para.text.index("二文目") + 3  # the footnote anchor, after 二文目
    left, right = para.slice(0, pos), para.slice(pos, len(para.text))
    assert (left.kind, left.start, left.end) == ("paragraph", text.index("本文"), text.index("1。"))
    assert [f.n for f in left.footnotes] == [1] and right.footnotes == []
    assert (right.kind, right.start, right.end) == ("paragraph", text.index("1。") + 1, text.index("1。") + 2)
