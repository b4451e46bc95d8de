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


# A repository cover sheet of the DSpace kind, written for these tests (double-spaced, as a PDF extraction gives it).
_COVER = ("Title 北極海航路の安全保障--海氷減少と沿岸国--\n\nAuthor(s) 山田 花子\n\nCitation 東洋大学国際学研究所紀要 第5巻  P1-P20\n\n"
          "Issue Date 2019-3\n\nURI http://hdl.handle.net/12345/678\n\nRight\n\nType Departmental Bulletin Paper\n\n"
          "Textversion Publisher\n\n北極海の海氷は急速に減少している。 \n\n航路の利用が増えた。 \n\nロシアは沿岸国である。 \n")


def _kinds(text):
    return [(b.kind, text[b.start:b.end]) for b in repair(text)]


def test_cover_sheet_labels_and_vocabulary_values_are_furniture_blocks():
    kinds = _kinds(_COVER)
    furniture = [t for k, t in kinds if k == "furniture"]
    assert furniture == ["Title", "Author(s)", "Citation", "Issue Date", "URI http://hdl.handle.net/12345/678",
                         "Right", "Type Departmental Bulletin Paper", "Textversion Publisher"]
    # the text values stay, each a block of its own, in original offsets, never glued to the body
    assert ("meta", "北極海航路の安全保障--海氷減少と沿岸国--") in kinds
    assert ("byline", "山田 花子") in kinds and ("meta", "2019-3") in kinds
    assert ("paragraph", "北極海の海氷は急速に減少している。 ") in kinds


def test_a_repositorys_lower_case_vocabulary_is_furniture_too():
    text = "Title 北極海航路\n\nAuthor(s) 山田 花子\n\nTextversion publisher\n\nType article\n\n北極海の海氷は減少した。 \n"
    assert [t for k, t in _kinds(text) if k == "furniture"] == ["Title", "Author(s)", "Textversion publisher", "Type article"]


def test_japanese_cover_fields_need_their_colon_and_an_abstract_opens_a_paragraph():
    text = ("タイトル: 北極海航路の安全保障\n著者: 山田, 花子\n発行日: 2019年3月1日\n出版者: 東洋大学国際学研究所\n"
            "抄録: 北極海の海氷は急速に減少している。航路の利用が増えた。\n")
    kinds = _kinds(text)
    assert [t for k, t in kinds if k == "furniture"] == ["タイトル:", "著者:", "発行日:", "出版者:", "抄録:"]
    assert ("meta", "東洋大学国際学研究所") in kinds
    assert ("paragraph", "北極海の海氷は急速に減少している。航路の利用が増えた。") in kinds


@pytest.mark.parametrize("text", [
    "著者は北極海を調査した。\n\nタイトルは仮のものである。\n\nType Aの船が多い。\n",  # no cover sheet: running text
    "Title 北極海\n\nTypes of vessels differ.\n\n著者は北極海を調査した。\n",  # one label only
    "Title is what we read first.\n\nAuthor is unknown.\n\nCitation of the text is free.\n",  # English prose
])
def test_label_words_in_running_text_are_not_furniture(text):
    assert "furniture" not in [k for k, _ in _kinds(text)]


@pytest.mark.parametrize("line, furniture", [
    ("Online ISSN : 2434-0537", True), ("Print ISSN : 0002-294X", True), ("ISSN 1234-5678", True),
    ("DOI: 10.1234/abcd.5678", True), ("https://doi.org/10.1234/x", False), ("ISSNの番号は別にある。", False),
])
def test_identifier_lines_are_furniture_without_a_cover_sheet(line, furniture):
    text = f"北極海ジャーナル\n{line}\n北極海の海氷は急速に減少している。\n"
    assert (("furniture", line) in _kinds(text)) is furniture


def test_no_entity_or_date_is_made_in_cover_sheet_furniture(resources):
    from tests.support import process_text
    doc = process_text(resources, _COVER)
    furniture = [b for b in doc.blocks if b.kind == "furniture"]
    assert len(furniture) == 8
    inside = [r for r in doc.entities + doc.dates + doc.quantities
              if any(b.start <= r.start < b.end for b in furniture)]
    assert inside == []
    assert any(e.text == "ロシア" for e in doc.entities)  # the body is analysed as before
    # the Issue Date label is furniture, yet it makes its value below a year and month (not two numbers)
    assert [(d.text, d.value) for d in doc.dates if d.text == "2019-3"] == [("2019-3", "2019-03")]


def test_a_labelled_value_is_a_date_only_after_a_date_label():
    from pipeline.temporal.fields import labelled_dates

    assert [(d.start, d.end, d.value) for d in labelled_dates("Issue Date", "2020-2")] == [(0, 6, "2020-02")]
    assert [d.value for d in labelled_dates("発行年", "2019")] == ["2019"]
    assert labelled_dates("Citation", "2020-2") == []  # no date label: two numbers
    assert labelled_dates("Issue Date", "第5巻 2020-2") == []  # the value must open with the date


@pytest.mark.parametrize("value, holder", [
    ("Copyrights 北方交流推進協会", "北方交流推進協会"), ("© 2019 北方交流推進協会", "北方交流推進協会"),
    ("北方交流推進協会", "北方交流推進協会"),
])
def test_a_rights_statement_keeps_its_holder_and_drops_the_copyright_word(value, holder):
    text = f"タイトル: 北極海航路\n著者: 山田, 花子\n権利: {value}\n発行日: 2019年3月1日\n\n北極海の海氷は減少した。\n"
    kinds = _kinds(text)
    assert ("meta", holder) in kinds
    assert not any(k == "meta" and ("Copyright" in t or "©" in t) for k, t in kinds)


def test_a_short_line_above_an_issn_line_is_the_journals_masthead():
    text = "極地研究\nOnline ISSN : 1234-5678\nPrint ISSN : 8765-4321\n論文\n北極海の海氷は減少した。\n"
    kinds = _kinds(text)
    assert kinds[0] == ("masthead", "極地研究")
    text = "北極海の海氷は急速に減少し、航路の利用が増えたと報告された。\nISSN 1234-5678\n"  # running text above: no title
    assert "masthead" not in [k for k, _ in _kinds(text)]
