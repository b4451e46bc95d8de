"""Document-level steps around the per-chunk extraction: metadata first, then each claim's `when`
and the document's events (both need every date of the document and its metadata date)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..claims import claims_when
from ..events import build_events, load_plover_map
from ..inputs import date_bounds, detect_metadata, front_matter, merge_metadata


def document_metadata(raw, res, warnings: list[str], memo=None) -> dict:
    """manifest > front matter > detected (the file format's metadata, then the text's first lines);
    `memo` (run/memo.py) keeps what the text's lines give."""
    row = res.manifest.get(str(Path(raw.source).resolve())) if res.manifest else None
    front, problems = front_matter(raw.text) if raw.source.lower().endswith((".md", ".txt")) else ({}, [])
    warnings.extend(problems)
    fmt = {k: v for k, v in (getattr(raw, "format_metadata", {}) or {}).items() if v not in (None, "")}
    found = memo.call("metadata", detect_metadata, (raw.text,), raw.text) if memo else detect_metadata(raw.text)
    detected = {**found, **fmt}
    return merge_metadata(row, front, detected)


def finish_document(doc, raw, res) -> None:
    """Every claim gets its `when`; then the events are built (with the packaged PLOVER map when the
    resources carry none)."""
    anchor = date_bounds(doc.metadata.get("date"))
    doc.claims = claims_when(doc.claims, doc.dates, anchor)
    doc.events = build_events(doc, getattr(res, "plover", None) or _packaged_map(), res.glossary.entries.get)


@lru_cache(maxsize=1)
def _packaged_map():
    return load_plover_map()
