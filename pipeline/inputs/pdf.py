"""PDF files: the text of every page with pdfminer.six's layout analysis, and what the layout shows.

pdfminer.six groups characters into lines and boxes and orders them for reading, in horizontal
and vertical writing and in columns (the comparison with pypdfium2 is in the README). From the
lines' geometry and font sizes this module marks, without touching the text:

* running headers and footers: lines in the top or bottom tenth of the page whose text (digits
  ignored) repeats on at least 30% of the pages (or on 3 pages: a long document's chapter headers),
  and page numbers there, become ``page`` lines
  that the repair step drops (the paragraph they interrupt goes on);
* page-foot notes: lines in a smaller font below the last body line, starting with a note number,
  become ``footnote`` lines (one note block each), which the markers in the text point to;
* note markers: digits set small and raised become superscript digits (¹), markers wherever they stand;
* headings: short lines in a larger font than the document's body;
* paragraph ends, from the geometry: a line that stops short of its column's right edge, or a
  next line that is indented (by position, or by the full-width space Japanese paragraphs open
  with), ends a paragraph (a blank line), across columns and pages.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from ..errors import DecodeError
from ..text import PAGE_FOOT_NOTE_START, PAGE_NUMBER
from .layout import Extracted, TextBuilder

_BAND = 0.1  # top and bottom share of the page where running headers and footers stand
_REPEAT = 0.3  # share of pages a header/footer text must appear on
_DIGITS = re.compile(r"[0-9０-９]+")
_CID = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph its font maps to no character
_SUPERSCRIPT = str.maketrans("0123456789０１２３４５６７８９", "⁰¹²³⁴⁵⁶⁷⁸⁹⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass
class _Line:
    text: str
    lead: float  # where the line starts along its writing direction (x, or distance from the top)
    tail: float  # where it ends
    top: float  # distance of its top from the page top (all writing directions)
    bottom: float
    size: float  # median character size
    kind: str = "body"  # body | page | footnote | footnote+ | heading
    short: bool = False  # it stops short of its column's right edge
    indented: bool = False  # it starts right of its column's left edge
    ends: bool = False  # a paragraph ends after this line


def _pdfminer():
    try:
        from pdfminer.layout import LAParams  # noqa: F401
    except ImportError:
        raise DecodeError("reading PDF files needs pdfminer.six: pip install -e '.[pdf]'") from None


def read_pdf(data: bytes, source: str) -> Extracted:
    """The text of a PDF, page by page; DecodeError (one line) for encrypted, scanned or broken files."""
    _pdfminer()
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise DecodeError(f"{source}: encrypted: the PDF needs a password ({type(e).__name__}); "
                          "save an unprotected copy and process that") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as e:
        raise DecodeError(f"{source}: not a readable PDF ({type(e).__name__}: {e}); "
                          "re-export it from its source") from None
    pages = _layout_pages(doc, source)
    if not any(ln.text.strip() for page in pages for ln in page):
        raise DecodeError(f"{source}: no text layer: run OCR first (for example ocrmypdf), then process its output")
    _mark_furniture(pages)
    size = body_size([ln for page in pages for ln in page if ln.kind == "body"])
    for page in pages:
        _mark_page(page, size)
    _mark_paragraph_ends(pages)
    warnings = [f"page {i} has no text layer (a scanned page?): run OCR on it"
                for i, page in enumerate(pages, 1) if not page]
    out = _build(pages)
    unmapped = len(_CID.findall(out.text))
    if unmapped:
        warnings.append(f"{unmapped} characters have no Unicode mapping in their font and read as (cid:N): "
                        "run OCR on this PDF, or re-export it with embedded Unicode fonts")
    out.pages, out.metadata, out.warnings = len(pages), _metadata(doc), tuple(warnings)
    return out


def _layout_pages(doc, source: str) -> list[list[_Line]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    devices = [PDFPageAggregator(manager, laparams=LAParams(line_margin=1.0, char_margin=1.0, detect_vertical=v))
               for v in (False, True)]
    out = []
    try:
        for page in PDFPage.create_pages(doc):
            layout = _analyse(page, manager, devices[0])
            if _looks_vertical(layout):  # vertical writing read as horizontal: a column of one-character lines
                layout = _analyse(page, manager, devices[1])
            out.append(_page_lines(layout))
    except Exception as e:  # pdfminer raises many kinds on damaged files: one line, and the batch goes on
        raise DecodeError(f"{source}: the PDF could not be read page by page ({type(e).__name__}: {e}); "
                          "re-export it from its source") from None
    return out


def _page_lines(layout) -> list[_Line]:
    """The text lines of an analysed page in reading order, with their geometry and font size."""
    from pdfminer.layout import LTChar, LTTextBox, LTTextLineVertical

    h = layout.height
    lines = []
    for box in layout:
        if not isinstance(box, LTTextBox):
            continue
        for ln in box:
            sizes = [c.size for c in ln if isinstance(c, LTChar)]
            vertical = isinstance(ln, LTTextLineVertical)
            text = (ln.get_text() if vertical else _raised_digits(ln, LTChar)).replace("\n", "")
            if not sizes or not text.strip():
                continue
            lead, tail = (h - ln.y1, h - ln.y0) if vertical else (ln.x0, ln.x1)
            lines.append(_Line(text, lead, tail, (h - ln.y1) / h, (h - ln.y0) / h, median(sizes)))
    return lines


def _raised_digits(ln, LTChar) -> str:
    """The line's text, with digits set small and raised (note markers: 掲げられた¹) written as
    superscript digits, which the footnote step takes as markers wherever they stand."""
    chars = [c for c in ln if isinstance(c, LTChar)]
    big = max((c.size for c in chars), default=0)
    full = [c.y0 for c in chars if c.size >= 0.9 * big]
    base = median(full) if full else 0
    out = []
    for c in ln:
        t = c.get_text()
        if isinstance(c, LTChar) and t.isdigit() and c.size < 0.8 * big and c.y0 > base + 0.15 * big:
            t = t.translate(_SUPERSCRIPT)
        out.append(t)
    return "".join(out)


def _analyse(page, manager, device):
    from pdfminer.pdfinterp import PDFPageInterpreter

    PDFPageInterpreter(manager, device).process_page(page)
    return device.get_result()


def _looks_vertical(layout) -> bool:
    """Most text lines hold one or two characters: the page is set in vertical writing. (Vertical
    detection is not on for every page: it also groups stray characters stacked in horizontal text,
    such as a lone 。 above a heading's number, into false vertical lines.)"""
    from pdfminer.layout import LTTextBox

    lines = [ln.get_text().strip() for box in layout if isinstance(box, LTTextBox) for ln in box]
    lines = [t for t in lines if t]
    return len(lines) >= 4 and sum(len(t) <= 2 for t in lines) > 0.6 * len(lines)


def _band(ln: _Line) -> bool:
    return ln.bottom <= _BAND or ln.top >= 1 - _BAND


def _mark_furniture(pages: list[list[_Line]]) -> None:
    """Running headers/footers (repeated on 30% of the pages, or on 3, digits ignored) and page numbers."""
    key = lambda ln: _DIGITS.sub("#", "".join(ln.text.split()))  # noqa: E731
    seen = Counter(k for page in pages for k in {key(ln) for ln in page if _band(ln)})
    need = max(2, min(3, _REPEAT * len(pages)))  # 3 pages suffice: chapter headers of long documents
    for page in pages:
        for ln in page:
            if _band(ln) and (PAGE_NUMBER.match(ln.text) or (len(pages) > 1 and seen[key(ln)] >= need)):
                ln.kind = "page"


def body_size(lines: list[_Line]) -> float:
    """The body font size: the size (to half a point) that most characters have."""
    sizes = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _mark_page(page: list[_Line], size: float) -> None:
    """Page-foot notes, headings by font size (against the document's body `size`), and which
    lines stop short or are indented in their column."""
    body = [ln for ln in page if ln.kind == "body"]
    normal = [ln for ln in body if ln.size >= 0.92 * size]
    if not normal:
        return
    lowest = max(ln.bottom for ln in normal)
    foot = [ln for ln in body if ln.size < 0.92 * size and ln.top >= lowest - 0.002]
    if foot and PAGE_FOOT_NOTE_START.match(foot[0].text):
        for ln in foot:
            ln.kind = "footnote" if PAGE_FOOT_NOTE_START.match(ln.text) else "footnote+"
    for ln in normal:
        if ln.size >= 1.15 * size and len(ln.text.strip()) <= 60:
            ln.kind = "heading"
    body = [ln for ln in page if ln.kind == "body"]
    for ln in body:  # its column: the body lines that start within two characters of it
        col = [o for o in body if abs(o.lead - ln.lead) <= 2 * ln.size]
        ln.short = max(o.tail for o in col) - ln.tail > 1.5 * ln.size
        ln.indented = ln.lead - min(o.lead for o in col) > 0.6 * ln.size or ln.text.startswith("\u3000")


def _mark_paragraph_ends(pages: list[list[_Line]]) -> None:
    """A paragraph ends after a heading, before one, after a short line and before an indented
    line, in reading order over the whole document (a paragraph may run on to the next page)."""
    text_lines = [ln for page in pages for ln in page if ln.kind in ("body", "heading")]
    for ln, nxt in zip(text_lines, text_lines[1:] + [None]):
        ln.ends = ln.kind == "heading" or ln.short or (nxt is not None and (nxt.indented or nxt.kind == "heading"))


def _build(pages: list[list[_Line]]) -> Extracted:
    b = TextBuilder()
    for page in pages:
        b.new_page()
        for ln in page:
            b.line(ln.text, None if ln.kind == "body" else ln.kind)
            if ln.ends:
                b.end_paragraph()
    return b.build()


def _metadata(doc) -> dict:
    """title, author, date (YYYY-MM-DD) and language from the document information and catalog."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    def text(v):
        v = resolve1(v)
        if isinstance(v, bytes):
            v = decode_text(v)
        return v.strip() if isinstance(v, str) and v.strip() else None

    info = {}
    for d in doc.info or ():
        info.update({k: resolve1(v) for k, v in d.items()})
    out = {"title": text(info.get("Title")), "author": text(info.get("Author"))}
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", text(info.get("CreationDate")) or "")
    if m:
        out["date"] = "-".join(g for g in m.groups() if g)
    lang = doc.catalog.get("Lang") if isinstance(doc.catalog, dict) else None
    out["language"] = text(lang) if lang is not None else None
    return {k: v for k, v in out.items() if v}
