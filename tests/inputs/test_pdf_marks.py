"""Which PDF lines are running headers/footers, page-foot notes, headings and paragraph ends,
from line geometry (positions as shares of the page height from the top; sizes in points)."""
import pytest

from pipeline.inputs.pdf import _Line, _mark_furniture, _mark_page, _mark_paragraph_ends, body_size


def line(text, top, size=10.5, lead=60, tail=535):
    return _Line(text, lead, tail, top, top + 0.015, size)


@pytest.mark.parametrize("header_texts, expect", [
    # the same header on every page, its issue and page digits changing: a running header
    (["国際問題 No.712（2023年3月） 1", "国際問題 No.712（2023年3月） 2", "国際問題 No.712（2023年3月） 3"], "page"),
    # alternating even/odd headers, each on half the pages (>= 30%)
    (["国際問題研究所紀要", "ロシアとASEAN", "国際問題研究所紀要", "ロシアとASEAN"], "page"),
    # body text that happens to stand in the top band and never repeats
    (["冷戦終結後、ロシアが孤立に陥った時期がある。", "ASEANは対話の扉を開いた。", "日本への言及は無い。"], "body"),
])
def test_running_headers_repeat_across_pages(header_texts, expect):
    pages = [[line(h, 0.05, 8), line("本文の行である。", 0.3)] for h in header_texts]
    _mark_furniture(pages)
    assert [p[0].kind for p in pages] == [expect] * len(pages)
    assert all(p[1].kind == "body" for p in pages)


@pytest.mark.parametrize("number", ["12", "- 12 -", "p. 12", "3 / 20", "12頁", "１２"])
def test_page_numbers_at_the_page_foot(number):
    pages = [[line("本文の行である。", 0.3), line(number, 0.95, 9)]]
    _mark_furniture(pages)
    assert [ln.kind for ln in pages[0]] == ["body", "page"]


def test_a_number_in_the_body_is_not_a_page_number():
    pages = [[line("12", 0.5)]]
    _mark_furniture(pages)
    assert pages[0][0].kind == "body"


def test_small_numbered_lines_below_the_body_are_page_foot_notes():
    page = [line("協力拡大が一番に掲げられた1。ちなみに、日本への言及は", 0.3),
            line("無い。", 0.33, tail=90),
            line("1 ロシア外務省「ロシア連邦の対外政策概念」2023年3月31日。ロシア語", 0.85, 8),
            line("版による。", 0.87, 8),
            line("2 同上。", 0.89, 8)]
    _mark_page(page, 10.5)
    _mark_paragraph_ends([page])
    assert [ln.kind for ln in page] == ["body", "body", "footnote", "footnote+", "footnote"]
    assert [ln.ends for ln in page[:2]] == [False, True]  # the short line ends the paragraph


def test_a_small_caption_without_a_number_is_not_a_note():
    page = [line("本文の行である。本文の行である。", 0.3), line("出典：ASEAN事務局", 0.8, 8)]
    _mark_page(page, 10.5)
    assert page[1].kind == "body"


def test_larger_font_is_a_heading_and_an_indented_line_starts_a_paragraph():
    page = [line("2. ウクライナ戦争までのロシアとASEAN", 0.2, 13, tail=300),
            line("東南アジアから見たロシアの役割について論じた先行研究は、", 0.25),
            line("距離があると指摘している。", 0.27),
            line("ロシアがASEANとの関係構築に取り組むのは1990年代半ばから", 0.29, lead=70.5)]
    _mark_page(page, body_size(page))
    _mark_paragraph_ends([page])
    assert [ln.kind for ln in page] == ["heading", "body", "body", "body"]
    assert [ln.ends for ln in page] == [True, False, True, False]


def test_body_size_is_the_size_most_characters_have():
    body = [line("本文の行である。" * 5, 0.1 * i) for i in range(1, 6)]  # 200 characters at 10.5
    notes = [line("1 注の本文である。" * 4, 0.8 + 0.02 * i, 8) for i in range(4)]  # 160 at 8
    title = [line("ロシアとASEAN", 0.05, 16)]
    assert body_size(body + notes + title) == 10.5


def test_a_chapter_header_on_three_pages_of_a_long_document_is_a_running_header():
    heads = ["第1章 背景"] * 3 + [f"本文の冒頭は{k}である。" for k in "東西南北春夏秋冬金銀銅鉄山川海空森"]
    pages = [[line(h, 0.05, 8), line("本文の行である。", 0.3)] for h in heads]
    _mark_furniture(pages)
    assert [p[0].kind for p in pages] == ["page"] * 3 + ["body"] * 17


def test_an_indented_first_line_on_the_next_page_ends_the_paragraph_before_it():
    one = [line("ロシアと中国の関係が強化されるにつれ、中国の海洋進出を警戒する", 0.78),
           line("ASEAN諸国は、ロシアとの関係をレベルアップしてきた。", 0.8)]
    two = [line("ロシア側も、東南アジアへの軍事的浸透を図ってきた。しかし侵攻後は", 0.1, lead=70.5),
           line("中国への依存度が高まっている。中国側が圧力をかけてくる可能性もある。", 0.12)]
    pages = [one, two]
    for p in pages:
        _mark_page(p, 10.5)
    _mark_paragraph_ends(pages)
    assert [ln.ends for ln in one + two] == [False, True, False, False]  # the text's end needs no blank


@pytest.mark.parametrize("first, ends", [
    ("\u3000ロシアがASEANとの関係構築に取り組むのは1990年代半ばから", True),  # an indent typed as 　
    ("ロシアがASEANとの関係構築に取り組むのは1990年代半ばからであ", False),  # the paragraph goes on
])
def test_a_full_width_space_opening_a_line_is_an_indent(first, ends):
    page = [line("距離がある関係という認識は概ね一致しているといえるのである", 0.2), line(first, 0.22)]
    _mark_page(page, 10.5)
    _mark_paragraph_ends([page])
    assert page[0].ends is ends
