"""Entity quality on the seed: raw GiNZA on the raw text (as a new user would run it) against the
pipeline, scored on the hand-checked gold list tests/data/seed_gold_entities.tsv
(method in pipeline/evaluate.py and the README)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.run.batch import load_resources
from pipeline.config import Config
from pipeline.inputs.corpus import RawDocument
from pipeline.entities import ENE_TO_TYPE
from pipeline.evaluate import read_gold, score
from pipeline.run.document import process_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"
GOLD = ROOT / "tests" / "data" / "seed_gold_entities.tsv"


def main() -> None:
    gold = read_gold(GOLD)
    text = SEED.read_text(encoding="utf-8")
    res = load_resources(Config())
    raw_doc = res.nlp(text)
    raw = [(e.text, ENE_TO_TYPE[e.label_], None) for e in raw_doc.ents if e.label_ in ENE_TO_TYPE]
    doc = process_document(RawDocument(str(SEED), hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), res)
    ours = [(e.text, e.type, e.glossary_id) for e in doc.entities]
    linked = sum(1 for e in doc.entities if e.glossary_id)
    rows = {"raw GiNZA (raw text, ENE folded)": score(gold, raw), "pipeline": score(gold, ours)}
    print(f"gold mentions: {rows['pipeline'].gold}")
    print(f"{'':34} {'predicted':>9} {'recall':>7} {'precision':>9} {'found (untyped)':>15} {'link acc.':>9}")
    for name, s in rows.items():
        la = f"{s.link_accuracy:.3f}" if s.link_accuracy is not None else "-"
        print(f"{name:34} {s.predicted:>9} {s.recall:>7.3f} {s.precision:>9.3f} {s.untyped_recall:>15.3f} {la:>9}")
    print(f"pipeline mentions linked to the glossary: {linked}/{len(doc.entities)} = {linked / len(doc.entities):.3f}")
    by_method: dict[str, int] = {}
    for e in doc.entities:
        by_method[e.match] = by_method.get(e.match, 0) + 1
    print("by match method:", json.dumps(dict(sorted(by_method.items())), ensure_ascii=False))


if __name__ == "__main__":
    main()
