"""Score processed documents (``documents.jsonl`` records) against gold files of the shape written in
tests/data/dev/README.md: entities, links, dates, quantities and claims, matched by offsets.

Every comparison works on the original-text offsets both sides carry (``start``/``end``), so a record
counts only where it points at the gold evidence. Counts are returned per document and summed (micro
averages) per genre and overall; rates are derived from the counts.

- entities: one-to-one, overlapping span and same type -> precision, recall, F1;
- links: a gold mention is correctly linked when an overlapping prediction has a ``glossary_id`` and a
  ``label_en`` equal (normalized) to one of the gold alternatives; right label without a link = unlinked;
- dates: an overlapping prediction whose ``value`` is one of the gold values;
- quantities: an overlapping prediction with the gold unit and the same magnitude;
- claims: recalled when a prediction overlaps the evidence fragment and its predicate contains the gold
  predicate's stem (or the reverse); among recalled claims, six fields are compared: subject,
  arguments (objects and targets together), modality, polarity, attributed, source.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

FIELDS = ("subject", "arguments", "modality", "polarity", "attributed", "source")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_KANA_TAIL = re.compile(r"[\u3041-\u309f]+$")


def norm_label(s: str | None) -> str:
    """Compare English labels without case, dash, quote or spacing differences."""
    s = unicodedata.normalize("NFKC", s or "").casefold().replace("’", "'")
    return " ".join(_DASHES.sub("-", s).split())


def alternatives(s: str | None) -> set[str]:
    return {norm_label(a) for a in (s or "").split("|") if a.strip()}


def predicate_matches(gold: str, predicted: str | None) -> bool:
    """Gold alternatives are written as in the text (述べ, 訪問); a predicted lemma (述べる) matches
    when it contains the gold stem without its trailing kana, or its own stem is inside the gold form."""
    pred = unicodedata.normalize("NFKC", predicted or "")
    if not pred:
        return False
    pred_stem = _KANA_TAIL.sub("", pred)
    for alt in gold.split("|"):
        stem = _KANA_TAIL.sub("", alt) or alt
        if stem in pred or (pred_stem and pred_stem in alt):
            return True
    return False


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _label_of(x) -> set[str]:
    """Labels a predicted argument or source can be matched by: its English label and its surface."""
    if not x:
        return set()
    if isinstance(x, str):
        return {norm_label(x)}
    return {norm_label(v) for v in (x.get("label_en"), x.get("text")) if v}


def _match_entities(gold: list[dict], pred: list[dict]) -> int:
    used: set[int] = set()
    tp = 0
    for g in gold:
        best = max(((_overlap(g, p), i) for i, p in enumerate(pred)
                    if i not in used and p.get("type") == g["type"] and _overlap(g, p)), default=None)
        if best:
            used.add(best[1])
            tp += 1
    return tp


def _linked(g: dict, pred: list[dict]) -> bool:
    want = alternatives(g["label_en"])
    return any(_overlap(g, p) and p.get("glossary_id") and norm_label(p.get("label_en")) in want for p in pred)


def _date_ok(g: dict, pred: list[dict]) -> bool:
    want = {v.strip() for v in g["value"].split("|")}
    return any(_overlap(g, p) and str(p.get("value", "")).strip() in want for p in pred)


def _quantity_ok(g: dict, pred: list[dict]) -> bool:
    for p in pred:
        if _overlap(g, p) and p.get("unit") == g["unit"] and p.get("value") is not None:
            if math.isclose(abs(float(p["value"])), abs(float(g["value"])), rel_tol=1e-9):
                return True
    return False


def _find_claim(g: dict, pred: list[dict]) -> dict | None:
    cands = [p for p in pred if _overlap(g, p) and predicate_matches(g["predicate"], p.get("predicate"))]
    if not cands:
        return None
    contains = [p for p in cands if p["start"] <= g["start"] and g["end"] <= p["end"]]
    if contains:
        return min(contains, key=lambda p: p["end"] - p["start"])
    return max(cands, key=lambda p: _overlap(g, p))


def _same_arguments(gold_args: list[str], pred_args: list) -> bool:
    wanted = [alternatives(a) for a in gold_args]
    got = [_label_of(a) for a in pred_args if _label_of(a)]
    if len(wanted) != len(got):
        return False
    free = list(range(len(got)))
    for w in wanted:
        hit = next((i for i in free if got[i] & w), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def claim_fields(g: dict, p: dict) -> dict[str, bool]:
    """Which of the six compared fields a recalled prediction gets right."""
    subj = p.get("subject")
    return {
        "subject": (not subj) if g["subject"] is None else bool(_label_of(subj) & alternatives(g["subject"])),
        "arguments": _same_arguments(g["objects"] + g["targets"], (p.get("objects") or []) + (p.get("targets") or [])),
        "modality": p.get("modality") == g["modality"],
        "polarity": p.get("polarity") == g["polarity"],
        "attributed": bool(p.get("attributed")) == g["attributed"],
        "source": (not p.get("source")) if g["source"] is None else bool(_label_of(p.get("source")) & alternatives(g["source"])),
    }


def score_document(gold: dict, doc: dict) -> Counter:
    """Counts for one document (see the module docstring for what each count means)."""
    c: Counter = Counter()
    ents = doc.get("entities", [])
    c["entity_gold"], c["entity_pred"] = len(gold["entities"]), len(ents)
    c["entity_tp"] = _match_entities(gold["entities"], ents)
    c["link_ok"] = sum(_linked(g, ents) for g in gold["entities"])
    c["date_gold"] = len(gold["dates"])
    c["date_ok"] = sum(_date_ok(g, doc.get("dates", [])) for g in gold["dates"])
    c["quantity_gold"] = len(gold["quantities"])
    c["quantity_ok"] = sum(_quantity_ok(g, doc.get("quantities", [])) for g in gold["quantities"])
    c["claim_gold"] = len(gold["claims"])
    for g in gold["claims"]:
        p = _find_claim(g, doc.get("claims", []))
        if p is None:
            continue
        c["claim_found"] += 1
        for name, ok in claim_fields(g, p).items():
            c[f"field_{name}"] += ok
    return c


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def rates(c: Counter) -> dict[str, float | None]:
    p, r = _div(c["entity_tp"], c["entity_pred"]), _div(c["entity_tp"], c["entity_gold"])
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    out = {"entity_p": p, "entity_r": r, "entity_f1": f1, "link_acc": _div(c["link_ok"], c["entity_gold"]),
           "date_acc": _div(c["date_ok"], c["date_gold"]), "quantity_acc": _div(c["quantity_ok"], c["quantity_gold"]),
           "claim_recall": _div(c["claim_found"], c["claim_gold"]),
           "claim_field_acc": _div(sum(c[f"field_{n}"] for n in FIELDS), len(FIELDS) * c["claim_found"])}
    out.update({f"field_{n}": _div(c[f"field_{n}"], c["claim_found"]) for n in FIELDS})
    return out


def genre_of(name: str) -> str:
    """tests/data/dev names are <genre>_<nn>.txt."""
    return re.sub(r"_\d+$", "", Path(name).stem)


def read_gold_dir(folder: Path) -> dict[str, dict]:
    """File name of the document -> its gold record, for every *.gold.json in the folder."""
    return {json.loads(p.read_text(encoding="utf-8"))["file"]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.gold.json"))}


def score_corpus(golds: dict[str, dict], docs: dict[str, dict]) -> dict:
    """Per document, per genre and overall counts and rates; a gold document with no output scores 0."""
    per_doc, per_genre, overall = {}, {}, Counter()
    for name, gold in sorted(golds.items()):
        c = score_document(gold, docs.get(name, {}))
        per_doc[name] = c
        per_genre.setdefault(genre_of(name), Counter()).update(c)
        overall.update(c)
    pack = lambda c: {"counts": dict(c), "rates": rates(c)}
    return {"documents": {n: pack(c) for n, c in per_doc.items()},
            "genres": {g: pack(c) for g, c in sorted(per_genre.items())}, "overall": pack(overall),
            "missing": sorted(set(golds) - set(docs))}
