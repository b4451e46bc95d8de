"""Gold files: what a person says a document contains, one JSON file per document.

The same shape is written from the store (the pipeline's current answer, the baseline that a review
starts from) and from reviewed annotations, so an unedited round trip gives byte-identical files.
Offsets are Python ``str`` indices into the document's original text, like every record's.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..records import Document
from ..export import write_atomic

GOLD_KINDS = ("entities", "dates", "quantities", "claims")
# the span label of each non-entity kind in the annotation tools (entities are labelled by their type)
KIND_LABELS = {"dates": "DATE", "quantities": "QUANTITY", "claims": "CLAIM"}
LABEL_KIND = {v: k for k, v in KIND_LABELS.items()}
_KEYS = {
    "entities": ("start", "end", "text", "type", "glossary_id", "label_en"),
    "dates": ("start", "end", "text", "value"),
    "quantities": ("start", "end", "text", "value", "unit"),
    "claims": ("start", "end", "text", "predicate", "modality", "polarity", "attributed"),
}


def _record(kind: str, r) -> dict:
    get = r.get if isinstance(r, dict) else (lambda k, _r=r: getattr(_r, k, None))
    rec = {k: get(k) for k in _KEYS[kind]}
    if kind == "quantities" and rec["value"] is not None:
        rec["value"] = float(rec["value"])  # one number type, whatever produced it
    return rec


def normalize_gold(gold: dict) -> dict:
    """Keys in a fixed order, records sorted by span then content: the canonical form of a gold file."""
    out = {"doc_id": gold["doc_id"], "source": gold.get("source")}
    for kind in GOLD_KINDS:
        recs = [_record(kind, r) for r in gold.get(kind, [])]
        out[kind] = sorted(recs, key=lambda r: (r["start"], r["end"], json.dumps(r, ensure_ascii=False, default=str)))
    return out


def gold_from_document(doc: Document) -> dict:
    """The pipeline's answer for `doc`, as a gold file (the starting point of a review)."""
    return normalize_gold({"doc_id": doc.doc_id, "source": doc.source,
                           **{k: getattr(doc, k) for k in GOLD_KINDS}})


def gold_path(folder: Path, doc_id: str) -> Path:
    return folder / f"{doc_id}.gold.json"


def write_gold(gold: dict, folder: Path) -> Path:
    """Write the canonical form of `gold` to `folder/<doc_id>.gold.json` (atomically)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = gold_path(folder, gold["doc_id"])
    return write_atomic(path, json.dumps(normalize_gold(gold), ensure_ascii=False, indent=1) + "\n")


def read_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
