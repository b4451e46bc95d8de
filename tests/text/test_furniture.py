"""Page numbers and note numbers: one definition, used by the plain-text repair and the PDF reader."""
import pytest

from pipeline.inputs import pdf
from pipeline.text import NOTE_START, PAGE_FOOT_NOTE_START, PAGE_NUMBER, repair
from pipeline.text.repair import classify_line


@pytest.mark.parametrize("line, is_page", [
    ("12", True), ("１２", True), ("- 12 -", True), ("― 3 ―", True), ("p. 12", True), ("pp. 12", True),
    ("Page 3", True), ("頁 3", True), ("12頁", True), ("12 ページ", True), ("3/20", True), ("3 of 20", True),
    ("  7  ", True),
    ("12月", False), ("2024年", False), ("12345", False), ("第3章", False), ("3. 結論", False), ("", False),
])
def test_page_number_line(line, is_page):
    assert bool(PAGE_NUMBER.match(line)) is is_page


@pytest.mark.parametrize("line, in_notes, at_page_foot", [
    ("1 外務省「外交青書」2023年。", True, True),
    ("（１）　防衛省資料による。", True, True),
    ("2. 同上。", True, True),
    ("注1 本稿は筆者の個人的見解である。", True, True),
    ("注 (3) 同上。", True, True),
    ("1本稿は筆者の個人的見解である。", False, True),  # glued: a note only where small type set it apart
    ("12月に首脳会談が開かれた。", False, True),
    ("2023年の報告書による。", False, False),
    ("外務省「外交青書」。", False, False),
])
def test_note_start_line(line, in_notes, at_page_foot):
    assert bool(NOTE_START.match(line)) is in_notes
    assert bool(PAGE_FOOT_NOTE_START.match(line)) is at_page_foot


def test_pdf_reader_and_text_repair_share_the_patterns():
    # regression: the PDF reader kept its own copies, which drifted from repair's (12頁, 3 of 20)
    assert pdf.PAGE_NUMBER is PAGE_NUMBER
    assert pdf.PAGE_FOOT_NOTE_START is PAGE_FOOT_NOTE_START
    assert not any(name in vars(pdf) for name in ("_PAGE_NUMBER", "_NOTE_START"))


@pytest.mark.parametrize("page", ["12頁", "3 of 20", "12 ページ"])
def test_plain_text_page_number_forms_the_pdf_reader_knew_are_dropped(page):
    # repair's own pattern missed these forms, so they stayed in the paragraph they interrupted
    assert classify_line(page) == "page"
    text = f"ロシアは東南アジアで積極的な首\n\n{page}\n\n脳外交を展開した。 \n\n次の段落である。 \n\n最後の段落。 \n"
    assert any("首脳外交" in b.text for b in repair(text))


def test_a_notes_section_line_opening_with_chu_starts_a_new_note():
    text = "本文である。\n\n注\n注1 外務省資料。\n注2 防衛省資料。\n"
    notes = [b for b in repair(text) if b.kind == "note"]
    assert [b.text for b in notes] == ["注1外務省資料。", "注2防衛省資料。"]
