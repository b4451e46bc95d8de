"""Who did what to whom, when: the share of event claims with a source actor, a target actor and a
date, on the seed and the four held-out documents (tests/data/heldout/).

    python bench/event_coverage.py [OUT_DIR]      # runs the pipeline, then prints one row per document
    python bench/event_coverage.py --dev          # the 16-document development corpus (tests/data/dev/)
    python bench/event_coverage.py --jsonl FILE   # score an existing run (e.g. one made by older code)

Definitions (the same before and after the targets/when change, so the rows compare):
- event claim: `type == "event"`;
- source actor: the subject is linked to a glossary entry (`glossary_id` not null);
- target actor: some other linked argument that names a different entry: a `targets` entry when the
  record has targets, else a linked object (before targets existed, that was the only place a partner
  could be); arguments of every conjunct count;
- date: `when.value` not null when the record has `when`, else a non-empty `dates` list.
The `events` column counts the rows of documents.jsonl's `events` list (absent before).
`missed` (the issue's measure): claims with an event category that contain a country mention which is
in none of their arguments (subject conjuncts, objects, targets, source), over those claims.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [ROOT / "corpus" / "000_3045bcbfc1055805.txt"] + sorted(
    p for p in (ROOT / "tests" / "data" / "heldout").iterdir() if p.suffix in (".txt", ".md"))


def _linked(args) -> set[str]:
    return {a["glossary_id"] for a in args if a and a.get("glossary_id")}


def coverage(doc: dict) -> dict:
    events = [c for c in doc["claims"] if c["type"] == "event"]
    src = tgt = date = 0
    for c in events:
        subjects = _linked(c.get("subjects") or [c["subject"]])
        others = _linked(c["targets"]) if c.get("targets") else set()
        others |= _linked(c["objects"])
        src += bool(subjects)
        tgt += bool(others - subjects)
        date += bool(c["when"]["value"]) if c.get("when") else bool(c["dates"])
    categorised = [c for c in doc["claims"] if c["event_category"]]
    missed = sum(1 for c in categorised if _missed_country(doc, c))
    return {"events": len(events), "source": src, "target": tgt, "date": date,
            "event_rows": len(doc.get("events", [])), "categorised": len(categorised), "missed": missed}


def _missed_country(doc: dict, c: dict) -> bool:
    args = (c.get("subjects") or [c["subject"]]) + c["objects"] + c.get("targets", []) + [c["source"]]
    known = _linked(args)
    return any(e["type"] == "COUNTRY" and e["glossary_id"] and e["glossary_id"] not in known
               and c["start"] <= e["start"] and e["end"] <= c["end"] for e in doc["entities"])


DEV = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default=str(ROOT / "out" / "bench_events"))
    ap.add_argument("--dev", action="store_true", help="the development corpus instead of seed + held-out")
    ap.add_argument("--jsonl", help="score this documents.jsonl instead of running the pipeline")
    args = ap.parse_args()
    jsonl = Path(args.jsonl) if args.jsonl else None
    if jsonl is None:
        from pipeline.config import Config
        from pipeline.run.batch import run

        out = Path(args.out)
        run([str(p) for p in (DEV if args.dev else INPUTS)], out, Config(), progress=False)
        jsonl = out / "documents.jsonl"
    docs = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    total = dict.fromkeys(("events", "source", "target", "date", "event_rows", "categorised", "missed"), 0)
    print(f"{'document':40} {'event claims':>12} {'source':>8} {'target':>8} {'date':>8} {'event rows':>10} {'missed':>8}")
    for d in docs:
        r = coverage(d)
        total = {k: total[k] + r[k] for k in total}
        _row(Path(d["source"]).name, r)
    _row(f"all {len(docs)}", total)


def _row(name: str, r: dict) -> None:
    n = max(r["events"], 1)
    print(f"{name:40} {r['events']:>12} {r['source'] / n:>8.0%} {r['target'] / n:>8.0%} {r['date'] / n:>8.0%}"
          f" {r['event_rows']:>10} {r['missed']:>3}/{r['categorised']:<4}")


if __name__ == "__main__":
    main()
