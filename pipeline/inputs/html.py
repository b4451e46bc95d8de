"""HTML pages: the main text without navigation, menus and footers, with trafilatura.

trafilatura (maintained, the best-scoring open main-text extractor in published comparisons, and it
reads the page's metadata too: <title>, <meta>, OpenGraph, JSON-LD dates) gives the article as XML
blocks. Each heading, paragraph, list item and table row becomes its own block of the document
text: headings and table rows are marked so that they never yield claims, list items as items.
The bytes are decoded by the BOM, else the charset the page declares (<meta charset>, or
http-equiv Content-Type), else by the same trial as plain text.
"""
from __future__ import annotations

import codecs
import re

from ..errors import DecodeError
from .corpus import decode
from .layout import Extracted, TextBuilder

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # noqa


def decode_html(data: bytes, source: str) -> tuple[str, str]:
    """(markup, encoding): BOM first, then the declared charset, then the plain-text trial."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decode(data, source)  # the plain-text decoder's BOM handling, with its one-line errors
    m = _CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii").lower()
        try:
            return data.decode(enc), enc
        except LookupError:
            pass  # an unknown charset name: fall back to the trial
        except UnicodeDecodeError as e:
            raise DecodeError(f"{source}: declares charset {enc} but byte {e.start} is not {enc}; "
                              "fix the <meta charset> or re-save the page") from None
    return decode(data, source)


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        raise DecodeError("reading HTML files needs trafilatura: pip install -e '.[html]'") from None
    return trafilatura


def read_html(data: bytes, source: str) -> Extracted:
    """The page's main text as blocks, and its title, date, author, publisher, url and language."""
    trafilatura = _trafilatura()
    from lxml import etree

    markup, encoding = decode_html(data, source)
    params = {"extensive_search": False, "original_date": True}
    xml = trafilatura.extract(markup, output_format="xml", include_tables=True, include_comments=False,
                              favor_precision=True, date_extraction_params=params)
    b = TextBuilder()
    if xml:
        root = etree.fromstring(xml.encode("utf-8"))
        main = root.find("main")
        for el in (main if main is not None else root).iter("head", "p", "item", "row", "quote"):
            _block(b, el)
    out = b.build()
    meta = trafilatura.extract_metadata(markup, date_config=params)
    found = meta.as_dict() if meta is not None else {}
    lang = _LANG.search(markup[:4096])
    out.metadata = {k: v for k, v in {
        "title": found.get("title"), "date": found.get("date"), "author": found.get("author"),
        "publisher": found.get("sitename"), "url": found.get("url"),
        "language": lang.group(1) if lang else found.get("language"),
    }.items() if v}
    out.metadata["encoding"] = encoding
    return out


def _block(b: TextBuilder, el) -> None:
    if el.tag == "row":
        cells = ["".join(c.itertext()).strip() for c in el.iter("cell")]
        b.line(" | ".join(c for c in cells if c), "table")
    elif el.tag == "p" and el.getparent() is not None and el.getparent().tag in ("cell", "item", "quote"):
        return  # its text is written with the row or item that holds it
    else:
        kind = {"head": "heading", "item": "item"}.get(el.tag)
        b.line("".join(el.itertext()).strip(), kind)
    b.end_paragraph()
