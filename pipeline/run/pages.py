"""Page numbers for every record, from the offsets where each page of the original text begins.

Computed once per document, after every record's offsets have been mapped back to the original
text, so no extractor knows about pages.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Optional, Sequence

from ..records import Document


def page_at(page_starts: Sequence[int], offset: int) -> Optional[int]:
    """The 1-based page holding original offset `offset`; None for an unpaged document."""
    if not page_starts:
        return None
    return max(bisect_right(page_starts, offset), 1)


def _paged(rec, page_starts: Sequence[int]):
    first = page_at(page_starts, rec.start)
    last = page_at(page_starts, max(rec.end - 1, rec.start))
    return replace(rec, page=first, page_end=last if last != first else None)


def assign_pages(doc: Document, page_starts: Sequence[int]) -> None:
    """Set `page` (and `page_end` when a record crosses a page break) on every record with offsets."""
    if not page_starts:
        return
    doc.entities = [_paged(r, page_starts) for r in doc.entities]
    doc.dates = [_paged(r, page_starts) for r in doc.dates]
    doc.quantities = [_paged(r, page_starts) for r in doc.quantities]
    doc.footnotes = [_paged(r, page_starts) for r in doc.footnotes]
    doc.claims = [_paged(r, page_starts) for r in doc.claims]
