"""Benchmark: PDF extractors compared on generated Japanese PDFs, and the cost of reading a PDF
against its GiNZA time.

    python bench/bench_pdf.py               # both parts (needs pip install -e '.[test]' pypdfium2)
    python bench/bench_pdf.py --no-ginza    # extractor comparison only

Part 1 lays out, with reportlab's CID fonts (tests/support.py), the seed over 5 pages with a
running header and page numbers, a two-column page with page-foot notes and a page in vertical
writing, then scores what each extractor gives against what was drawn: the similarity of the
body text (whitespace, header and page-number lines removed; 1.0 = same characters in the same
order) and the time for a 49-page PDF. pypdfium2 is optional (pip install pypdfium2).

Part 2 reads a 49-page PDF (the seed laid out ten times) with the pipeline's reader and times it
against GiNZA's `nlp.pipe` over the same text, in this process.
"""
from __future__ import annotations

import argparse
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support import PDF_HEADER, TWO_COLUMN_NOTES, VERTICAL_LINES, seed_pdf, squeeze, two_column_pdf, vertical_pdf  # noqa: E402

SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"


def _pdfium(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    return [page.get_textpage().get_text_range() for page in pdf]


def _pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(el.get_text() for el in page if isinstance(el, LTTextContainer)) for page in extract_pages(str(path))]


def _pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _pipeline(path: Path) -> list[str]:
    """The pipeline's reader, without the lines it marks as headers, page numbers and page-foot notes."""
    from pipeline.inputs import read_any

    raw = read_any(path, 10**9)
    ends = list(raw.page_starts[1:]) + [len(raw.text)]
    pages = []
    for s, e in zip(raw.page_starts, ends):
        lines, pos = [], s
        for line in raw.text[s:e].splitlines(keepends=True):
            if raw.line_kinds.get(pos) not in ("page", "footnote", "footnote+"):
                lines.append(line)
            pos += len(line)
        pages.append("".join(lines))
    return pages


EXTRACTORS = {"pypdfium2": _pdfium, "pdfminer.six (defaults)": _pdfminer, "pdfplumber": _pdfplumber,
              "pipeline (pdfminer.six + layout marks)": _pipeline}
_FURNITURE = re.compile(r"-?\d{1,2}-?$")


def _body(pages: list[str]) -> str:
    """Squeezed text without the running header, page-number and page-foot note lines."""
    notes = tuple(squeeze(n) for n in TWO_COLUMN_NOTES)
    keep = [ln for p in pages for ln in p.splitlines()
            if squeeze(ln) and squeeze(ln) != squeeze(PDF_HEADER) and not _FURNITURE.fullmatch(squeeze(ln))
            and not squeeze(ln)[1:].startswith(notes)]
    # superscript markers (¹, from digits set small and raised) compare as the digits drawn
    return squeeze("".join(keep)).replace("‒", "–").translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))


def _similarity(a: str, b: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b)


def compare(tmp: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    cases = {}
    drawn = seed_pdf(tmp / "seed.pdf", seed)
    cases["seed, 5 pages"] = (tmp / "seed.pdf", squeeze("".join(l for p in drawn for l in p)))
    cols = two_column_pdf(tmp / "two.pdf")
    cases["two columns"] = (tmp / "two.pdf", _body(["\n".join(p["lines"]) for p in cols]))
    vertical_pdf(tmp / "tate.pdf")
    cases["vertical writing"] = (tmp / "tate.pdf", squeeze("".join(VERTICAL_LINES)))
    seed_pdf(tmp / "fifty.pdf", "\n\n".join([seed] * 10), lines_per_page=36)
    print("| extractor | " + " | ".join(cases) + " | 49 pages, s |")
    print("|---|" + "---|" * (len(cases) + 1))
    for name, fn in EXTRACTORS.items():
        try:
            scores = []
            for path, expect in cases.values():
                scores.append(f"{_similarity(_body(fn(path)), expect):.3f}")
            t = time.perf_counter()
            fn(tmp / "fifty.pdf")
            scores.append(f"{time.perf_counter() - t:.2f}")
        except ImportError as e:
            scores = [f"not installed ({e.name})"] * (len(cases) + 1)
        print(f"| {name} | " + " | ".join(scores) + " |")


def ginza_cost(tmp: Path) -> None:
    from pipeline.inputs import read_any
    from pipeline.nlp import load_model
    from pipeline.text import repair, split_block

    path = tmp / "fifty.pdf"
    if not path.exists():
        seed_pdf(path, "\n\n".join([SEED.read_text(encoding="utf-8")] * 10), lines_per_page=36)
    t = time.perf_counter()
    raw = read_any(path, 10**9)
    read = time.perf_counter() - t
    t = time.perf_counter()
    chunks = [c for b in repair(raw.text, raw.line_kinds, paragraphs_by_blank=True) for c in split_block(b, 12000)[0]]
    rep = time.perf_counter() - t
    nlp = load_model("ja_ginza")
    t = time.perf_counter()
    for _ in nlp.pipe((c.text for c in chunks), batch_size=16):
        pass
    parse = time.perf_counter() - t
    print(f"\nlong PDF: {raw.pages} pages, {len(raw.text):,} characters")
    print(f"read (pdfminer.six + layout marks): {read:.2f} s; repair: {rep:.2f} s; GiNZA nlp.pipe: {parse:.1f} s")
    print(f"reading / GiNZA = {read / parse:.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-ginza", action="store_true")
    args = ap.parse_args()
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as d:
        compare(Path(d))
        if not args.no_ginza:
            ginza_cost(Path(d))


if __name__ == "__main__":
    main()
