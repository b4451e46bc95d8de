"""PDF reading: pages, running headers/footers, page-foot notes, columns, unreadable files."""
import pytest

pytest.importorskip("pdfminer")
pytest.importorskip("reportlab")

from pipeline.errors import DecodeError  # noqa: E402
from pipeline.inputs import read_any  # noqa: E402
from pipeline.run.pages import page_at  # noqa: E402
from pipeline.text import repair  # noqa: E402
from support import PDF_HEADER, TWO_COLUMN_NOTES, encrypted_pdf, scanned_pdf, squeeze, two_column_pdf  # noqa: E402


@pytest.fixture(scope="module")
def two_column(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "two.pdf"
    drawn = two_column_pdf(path)
    return read_any(path, 10**7), drawn


def test_two_columns_read_in_order_with_pages(two_column):
    raw, drawn = two_column
    assert raw.format == "pdf" and raw.pages == 2 and raw.page_starts[0] == 0 and len(raw.page_starts) == 2
    for pno, page in enumerate(drawn, 1):
        body = squeeze("".join(page["lines"]))
        start = raw.page_starts[pno - 1]
        end = raw.page_starts[pno] if pno < len(raw.page_starts) else len(raw.text)
        assert body in squeeze(raw.text[start:end])  # left column, then right column, on its own page


def test_header_and_page_numbers_are_marked_not_analysed(two_column):
    raw, _ = two_column
    blocks = repair(raw.text, raw.line_kinds, paragraphs_by_blank=True)
    analysed = "".join(b.text for b in blocks)
    assert squeeze(PDF_HEADER) not in analysed
    headers = [s for s, k in raw.line_kinds.items() if k == "page"]
    assert len(headers) == 4  # a header and a page number on each of the two pages
    assert all(raw.text[s:raw.text.index("\n", s)].strip() in (PDF_HEADER, "1", "2") for s in headers)


def test_page_foot_notes_become_note_blocks_and_markers_continue(two_column):
    raw, _ = two_column
    blocks = repair(raw.text, raw.line_kinds, paragraphs_by_blank=True)
    notes = [b for b in blocks if b.kind == "note"]
    assert [squeeze(b.text)[1:] for b in notes] == [squeeze(n) for n in TWO_COLUMN_NOTES]
    assert [page_at(raw.page_starts, b.start) for b in notes] == [1, 1, 2]
    markers = [(f.n, raw.text[f.start:f.end]) for b in blocks if b.kind == "paragraph" for f in b.footnotes]
    assert markers == [(1, "¹"), (2, "²"), (3, "³")]  # set small and raised: read as superscript digits
    # the notes do not cut the paragraph that runs past them: three paragraphs, as drawn
    assert sum(b.kind == "paragraph" for b in blocks) == 3


@pytest.mark.parametrize("make, message", [
    (scanned_pdf, "no text layer: run OCR first"),
    (encrypted_pdf, "encrypted:"),
])
def test_unreadable_pdf_is_one_line_naming_the_file(tmp_path, make, message):
    path = tmp_path / "x.pdf"
    make(path)
    with pytest.raises(DecodeError) as e:
        read_any(path, 10**7)
    assert message in str(e.value) and str(path) in str(e.value) and "\n" not in str(e.value)


def test_broken_pdf_is_a_decode_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n garbage that is not a PDF")
    with pytest.raises(DecodeError, match="broken.pdf"):
        read_any(path, 10**7)


def test_metadata_from_document_info(tmp_path):
    from support import seed_pdf

    path = tmp_path / "seed.pdf"
    seed_pdf(path, "1. 見出し\n\n本文である。\n")
    meta = read_any(path, 10**7).format_metadata
    assert meta["title"] == "ロシアにとってのASEAN" and meta["author"] == "研究者 太郎"
    assert len(meta["date"]) == 10


@pytest.mark.parametrize("starts, offset, page", [
    ((), 5, None), ((0, 100, 250), 0, 1), ((0, 100, 250), 99, 1), ((0, 100, 250), 100, 2),
    ((0, 100, 250), 249, 2), ((0, 100, 250), 10_000, 3),
])
def test_page_at(starts, offset, page):
    assert page_at(starts, offset) == page


def test_vertical_writing_reads_columns_right_to_left(tmp_path):
    from support import VERTICAL_LINES, vertical_pdf

    path = tmp_path / "tate.pdf"
    vertical_pdf(path)
    raw = read_any(path, 10**7)
    blocks = repair(raw.text, raw.line_kinds, paragraphs_by_blank=True)
    assert "".join(b.text for b in blocks) == "".join(VERTICAL_LINES)  # one sentence run, page number dropped


def test_glyphs_without_unicode_mapping_are_a_warning(tmp_path, monkeypatch):
    from pipeline.inputs import pdf
    from support import vertical_pdf

    path = tmp_path / "cid.pdf"
    vertical_pdf(path)
    # pdfminer writes (cid:N) for a glyph whose font has no Unicode map; such fonts cannot be made here
    monkeypatch.setattr(pdf, "_page_lines", lambda layout: [pdf._Line("ロシア(cid:1234)(cid:99)と", 60, 535, 0.3, 0.32, 10.5)])
    raw = read_any(path, 10**7)
    assert raw.warnings == ("2 characters have no Unicode mapping in their font and read as (cid:N): run OCR on "
                            "this PDF, or re-export it with embedded Unicode fonts",)
