"""Entities on a public set: raw GiNZA (ENE labels folded, README table) against the pipeline on
the in-domain subset of the stockmark Japanese Wikipedia NER set (tests/data/wikiner/, selection
and licence in its README). One sentence is one document, so every offset indexes the sentence.

    python bench/eval_wikiner.py [--half dev|test|both] [--errors]

Scores: exact-span and overlap P/R/F1 per type and overall (method in pipeline/evaluate/spans.py),
and the pipeline's F1 as a ratio to raw GiNZA's."""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from pipeline.config import Config
from pipeline.entities import ENE_TO_TYPE
from pipeline.evaluate import SpanScores, add_sentence
from pipeline.evaluate.spans import CLASSES, scorable
from pipeline.inputs.corpus import RawDocument
from pipeline.run.batch import load_resources
from pipeline.run.document import process_document

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "wikiner"


def read_half(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def raw_spans(res, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, ENE_TO_TYPE[e.label_]) for e in res.nlp(text).ents if e.label_ in ENE_TO_TYPE]


def pipeline_spans(res, text: str) -> list[tuple[int, int, str]]:
    raw = RawDocument("wikiner.txt", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text)
    doc = process_document(raw, res)
    for e in doc.entities:
        if text[e.start:e.end] != e.text:
            print(f"offset mismatch: {text[e.start:e.end]!r} != {e.text!r} in {text}")
    return [(e.start, e.end, e.type) for e in doc.entities]


def run_half(res, name: str, errors: bool) -> dict[str, SpanScores]:
    out = {"raw GiNZA": SpanScores(), "pipeline": SpanScores()}
    for s in read_half(name):
        gold = [(e["span"][0], e["span"][1], e["type"]) for e in s["entities"]]
        for system, fn in (("raw GiNZA", raw_spans), ("pipeline", pipeline_spans)):
            pred = fn(res, s["text"])
            add_sentence(out[system], gold, pred)
            if errors and system == "pipeline":
                g = {(a, b): t for a, b, t in gold}
                p = {(a, b): t for a, b, t in scorable(pred)}
                if g != p:
                    print(f"[{name} {s['curid']}] {s['text']}")
                    print("   gold:", [(s["text"][a:b], t) for (a, b), t in sorted(g.items())])
                    print("   ours:", [(s["text"][a:b], t) for (a, b), t in sorted(p.items())])
    return out


def report(name: str, scores: dict[str, SpanScores]) -> None:
    n = scores["pipeline"].exact["ALL"].gold
    print(f"\n== {name}: {n} gold entities")
    print(f"{'':12} {'system':10} " + " ".join(f"{c:>13}" for c in ("ALL", *CLASSES)))
    for kind in ("exact", "overlap"):
        for system, sc in scores.items():
            table = getattr(sc, kind)
            cells = [f"{t.precision:.2f}/{t.recall:.2f}/{t.f1:.3f}" for t in (table[c] for c in ("ALL", *CLASSES))]
            print(f"{kind:12} {system:10} " + " ".join(f"{c:>13}" for c in cells))
        raw, ours = (getattr(scores[s], kind)["ALL"].f1 for s in ("raw GiNZA", "pipeline"))
        print(f"{kind:12} F1 pipeline / raw GiNZA = {ours / raw:.3f}" if raw else "")
    print("cells: precision/recall/F1; gold per type:",
          {c: scores["pipeline"].exact[c].gold for c in CLASSES})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("dev", "test", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="print every pipeline sentence that is not exact")
    args = ap.parse_args()
    res = load_resources(Config())
    for name in (("dev", "test") if args.half == "both" else (args.half,)):
        report(name, run_half(res, name, args.errors))


if __name__ == "__main__":
    main()
