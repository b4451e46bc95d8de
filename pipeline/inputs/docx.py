"""Word (.docx) files with python-docx: paragraphs, headings by style, list items, tables, footnotes.

The body is read in document order (paragraphs and tables interleaved). A paragraph whose style is
a heading (Heading n, 見出し n, Title) is a heading block; a list paragraph (a List style or
numbering) an item; each table row one table line. A footnote reference is written where it stands
as superscript digits (¹, ²⁰), numbered in order of appearance as Word shows them, and the
footnotes' texts follow the body as page-foot notes with those numbers, so each marker gets its
note. python-docx has no footnote API: the footnotes part is read from the package with lxml.
"""
from __future__ import annotations

import io
import re

from ..errors import DecodeError
from .layout import Extracted, TextBuilder

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_HEADING_STYLE = re.compile(r"^(?:Heading|見出し|Title|表題|Subtitle|副題)", re.IGNORECASE)
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _python_docx():
    try:
        import docx
    except ImportError:
        raise DecodeError("reading Word files needs python-docx: pip install -e '.[docx]'") from None
    return docx


def read_docx(data: bytes, source: str) -> Extracted:
    """The body text as blocks, then the footnotes; title, author, date and language from the core properties."""
    docx = _python_docx()
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:  # not a zip, or not a Word package
        raise DecodeError(f"{source}: not a readable .docx ({type(e).__name__}); open it in Word and save it "
                          "as .docx again") from None
    notes = _footnote_texts(doc)
    order: list[str] = []  # footnote ids in order of reference
    b = TextBuilder()
    for el in doc.element.body.iterchildren():
        if el.tag == _W + "p":
            _paragraph(b, el, order, doc.part)
        elif el.tag == _W + "tbl":
            for row in el.iter(_W + "tr"):
                cells = ["".join(t.text or "" for t in tc.iter(_W + "t")).strip() for tc in row.iter(_W + "tc")]
                b.line(" | ".join(c for c in cells if c), "table")
            b.end_paragraph()
    for n, fid in enumerate(order, 1):
        b.line(f"{n} {notes.get(fid, '')}", "footnote")
    out = b.build()
    out.metadata = _metadata(doc)
    out.metadata["encoding"] = "utf-8"  # the package's XML
    return out


def _paragraph(b: TextBuilder, p, order: list[str], part) -> None:
    from docx.text.paragraph import Paragraph

    parts = []
    for node in p.iter(_W + "t", _W + "footnoteReference", _W + "tab", _W + "br"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "footnoteReference":
            order.append(node.get(_W + "id"))
            parts.append(str(len(order)).translate(_SUPERSCRIPT))
        else:
            parts.append("\t" if node.tag == _W + "tab" else "\n")
    text = "".join(parts)
    if not text.strip():
        return
    style = Paragraph(p, part).style
    name = style.name if style is not None else ""
    numbered = p.find(f"{_W}pPr/{_W}numPr") is not None
    listed = numbered or name.lower().startswith("list")
    kind = "heading" if _HEADING_STYLE.match(name) else ("item" if listed else None)
    b.line(text, kind)
    b.end_paragraph()


def _footnote_texts(doc) -> dict[str, str]:
    from lxml import etree

    for rel in doc.part.rels.values():
        if rel.reltype == _FOOTNOTES:
            root = etree.fromstring(rel.target_part.blob)
            return {fn.get(_W + "id"): "".join(t.text or "" for t in fn.iter(_W + "t")).strip()
                    for fn in root.iter(_W + "footnote")}
    return {}


def _metadata(doc) -> dict:
    cp = doc.core_properties
    date = cp.created.date().isoformat() if cp.created else None
    return {k: v for k, v in {"title": cp.title, "author": cp.author, "date": date,
                              "language": cp.language}.items() if v}
