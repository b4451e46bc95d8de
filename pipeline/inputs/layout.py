"""What a format reader gives: the document text built line by line, with the layout it saw.

Readers of paged or structured formats (PDF, HTML, Word) do not hand the text repair step a bare
string: they append lines, mark the kinds the layout shows (running headers and footers as
``page``, page-foot notes as ``footnote``/``footnote+``, headings, list items) and end every
paragraph with a blank line, so the repair step need not guess paragraphs from punctuation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Extracted:
    """A reader's result: the text (offsets index it), its pages and line kinds, and metadata."""

    text: str
    line_kinds: dict  # line start offset -> kind
    page_starts: tuple[int, ...] = ()
    pages: Optional[int] = None
    metadata: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


class TextBuilder:
    """Appends lines to a text and records where each page begins and each marked line starts."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self._blank = True  # nothing yet: no blank line needed
        self.kinds: dict[int, str] = {}
        self.page_starts: list[int] = []

    def new_page(self) -> None:
        self.page_starts.append(self._pos)

    def line(self, text: str, kind: Optional[str] = None) -> None:
        """One line (a text with line breaks is several; the first takes `kind`, the rest its
        continuation kind, e.g. ``footnote+``)."""
        for i, part in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if not part.strip():
                continue
            k = kind if i == 0 or kind is None else ("footnote+" if kind.startswith("footnote") else kind)
            if k:
                self.kinds[self._pos] = k
            self._append(part + "\n")
            self._blank = False

    def end_paragraph(self) -> None:
        """A blank line, once: the paragraph (or block) that was just written ends here."""
        if not self._blank:
            self._append("\n")
            self._blank = True

    def _append(self, s: str) -> None:
        self._parts.append(s)
        self._pos += len(s)

    def build(self, **kw) -> Extracted:
        return Extracted("".join(self._parts), dict(self.kinds), tuple(self.page_starts), **kw)
