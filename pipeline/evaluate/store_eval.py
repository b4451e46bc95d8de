"""`pipeline evaluate`: the store scored against gold files (the review's format, one JSON per
document), field by field.

Records are compared as multisets of tuples that must agree exactly: entities by (start, end, type);
links by (start, end, glossary_id) over linked records; dates by (start, end, value); quantities
by (start, end, value, unit); claims by their span and, for each field, by (span, value).
Precision = matches / predicted, recall = matches / gold, F1 their harmonic mean.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import PipelineError

CLAIM_FIELDS = ("predicate", "modality", "polarity", "attributed")


@dataclass(frozen=True)
class PRF:
    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "gold": self.gold, "predicted": self.predicted, "matched": self.matched}


def _span(r: dict) -> tuple:
    return (r["start"], r["end"])


KEYS = {
    "entities": ("entities", lambda r: (*_span(r), r["type"]), lambda r: True),
    "links": ("entities", lambda r: (*_span(r), r["glossary_id"]), lambda r: bool(r.get("glossary_id"))),
    "dates": ("dates", lambda r: (*_span(r), r["value"]), lambda r: True),
    "quantities": ("quantities", lambda r: (*_span(r), r["value"], r["unit"]), lambda r: True),
    "claims": ("claims", _span, lambda r: True),
    **{f"claims.{f}": ("claims", lambda r, f=f: (*_span(r), r[f]), lambda r: True) for f in CLAIM_FIELDS},
}


def _tuples(golds: list[dict], name: str) -> Counter:
    """A multiset: a compound such as 日米 is two entities on one span."""
    kind, key, keep = KEYS[name]
    return Counter((g["doc_id"], *key(r)) for g in golds for r in g[kind] if keep(r))


def compare(gold: list[dict], predicted: list[dict]) -> dict[str, PRF]:
    """Scores for every field; `gold` and `predicted` are gold-file dicts of the same documents."""
    out = {}
    for name in KEYS:
        g, p = _tuples(gold, name), _tuples(predicted, name)
        out[name] = PRF(sum(g.values()), sum(p.values()), sum((g & p).values()))
    return out


def evaluate_store(con, gold_paths: list[Path]) -> dict[str, PRF]:
    """Read gold files (or folders of `*.gold.json`) and score the stored documents they name."""
    from .. import store
    from ..review import gold_from_document, read_gold

    files = [f for p in gold_paths for f in (sorted(p.glob("*.gold.json")) if p.is_dir() else [p])]
    if not files:
        raise PipelineError(f"no gold files in {', '.join(map(str, gold_paths))} (expected *.gold.json)")
    stored = set(store.document_ids(con))
    gold, predicted = [], []
    for f in files:
        g = read_gold(f)
        if "doc_id" not in g and "file" in g:  # the development corpus's hand annotation, another format
            raise PipelineError(f"{f}: a development-corpus gold file (matched by file name and overlap); "
                                f"score its folder with: pipeline evaluate --dev {f.parent}")
        if g.get("doc_id") not in stored:
            raise PipelineError(f"{f}: document {str(g.get('doc_id'))[:12]} is not in the store; "
                                "run the pipeline on it first (or pass the right --out)")
        gold.append(g)
        predicted.append(gold_from_document(store.read_document(con, g["doc_id"])))
    return compare(gold, predicted)
