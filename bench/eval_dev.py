"""Score the pipeline on the blind-annotated development corpus (tests/data/dev/, README there).

    python bench/eval_dev.py                      # run the pipeline on tests/data/dev/*.txt, print tables
    python bench/eval_dev.py --jsonl out/documents.jsonl   # score an existing run instead
    python bench/eval_dev.py --json               # machine-readable counts and rates
    python bench/eval_dev.py --docs               # also one row per document

Scoring rules are in pipeline/evaluate/corpus.py. Documents are matched to gold by file name.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import english_names, read_gold_dir, score_corpus  # noqa: E402

DEV = ROOT / "tests" / "data" / "dev"
COLUMNS = [("entity_p", "ent P"), ("entity_r", "ent R"), ("entity_f1", "ent F1"), ("link_acc", "links"),
           ("date_acc", "dates"), ("quantity_acc", "quant"), ("claim_recall", "claim R"),
           ("claim_field_acc", "fields")]


def run_pipeline(folder: Path) -> Path:
    from pipeline.config import Config
    from pipeline.run.batch import run

    out = Path(tempfile.mkdtemp(prefix="eval_dev_"))
    summary = run(sorted(str(p) for p in folder.glob("*.txt")), out, Config(), progress=False)
    for source, message in summary.failed:
        print(f"failed: {source}: {message}", file=sys.stderr)
    return out / "documents.jsonl"


def read_docs(jsonl: Path) -> dict[str, dict]:
    docs = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {Path(d["source"]).name: d for d in docs}


def check_texts(golds: dict, docs: dict, folder: Path) -> None:
    for name in golds:
        if name in docs and docs[name]["text"] != (folder / name).read_text(encoding="utf-8"):
            print(f"warning: {name}: the record's text is not the file's text; offsets may not compare",
                  file=sys.stderr)


def _fmt(v) -> str:
    return f"{v:.3f}" if v is not None else "  -  "


def table(title: str, rows: dict, extra: dict) -> str:
    head = f"{title:<16}" + "".join(f"{h:>8}" for _, h in COLUMNS) + f"{'claims':>8}"
    lines = [head]
    for name, res in rows.items():
        r, c = res["rates"], res["counts"]
        lines.append(f"{name:<16}" + "".join(f"{_fmt(r[k]):>8}" for k, _ in COLUMNS) + f"{c.get('claim_gold', 0):>8}")
    r, c = extra["rates"], extra["counts"]
    lines.append(f"{'ALL':<16}" + "".join(f"{_fmt(r[k]):>8}" for k, _ in COLUMNS) + f"{c.get('claim_gold', 0):>8}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl", type=Path, help="score this documents.jsonl instead of running the pipeline")
    ap.add_argument("--dev", type=Path, default=DEV, help="folder with the documents and *.gold.json")
    ap.add_argument("--json", action="store_true", help="print counts and rates as JSON")
    ap.add_argument("--docs", action="store_true", help="also print one row per document")
    ap.add_argument("--errors", action="store_true",
                    help="list every miss: entities missed or spurious, wrong links, dates, quantities, claims")
    args = ap.parse_args(argv)
    golds = read_gold_dir(args.dev)
    if not golds:
        ap.error(f"{args.dev}: no *.gold.json files; point --dev at the dev corpus folder")
    jsonl = args.jsonl or run_pipeline(args.dev)
    docs = read_docs(jsonl)
    check_texts(golds, docs, args.dev)
    names = glossary_names()
    result = score_corpus(golds, docs, names)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(table("genre", result["genres"], result["overall"]))
    if args.docs:
        print()
        print(table("document", result["documents"], result["overall"]))
    f = result["overall"]["rates"]
    print("\nclaim fields (over recalled claims): "
          + ", ".join(f"{n[6:]} {_fmt(f[n])}" for n in f if n.startswith("field_")))
    if result["missing"]:
        print("no output for:", ", ".join(result["missing"]))
    if args.errors:
        for name, gold in sorted(golds.items()):
            lines = list(error_lines(gold, docs.get(name, {}), names))
            if lines:
                print(f"\n## {name}")
                print("\n".join(lines))
    return 0


def _span(x: dict) -> str:
    return f"{x['start']}-{x['end']}"


def glossary_names() -> dict[str, set[str]]:
    """English names per glossary id of the default glossary (the link rule credits any of them)."""
    from pipeline.config import Config
    from pipeline.glossary import load_glossary
    return english_names(load_glossary(Config().glossary_paths()))


def error_lines(gold: dict, doc: dict, names: dict | None = None):
    """Every gold record the scorer did not credit and every spurious entity, one line each."""
    from pipeline.evaluate.corpus import (_date_ok, _find_claim, _linked, _overlap, _quantity_ok,
                                          claim_fields)
    ents = doc.get("entities", [])
    for g in gold["entities"]:
        same = [p for p in ents if _overlap(g, p) and p.get("type") == g["type"]]
        if not same:
            other = [f"{p['text']}/{p.get('type')}" for p in ents if _overlap(g, p)]
            yield f"ENT-MISS {g['text']} {g['type']} {_span(g)}" + (f"  (got {', '.join(other)})" if other else "")
        elif not _linked(g, ents, names):
            got = [f"{p['text']}->{p.get('glossary_id')}:{p.get('label_en')}" for p in same]
            yield f"LINK {g['text']} want {g['label_en']!r} got {'; '.join(got)}"
    for p in ents:
        if not any(_overlap(g, p) and p.get("type") == g["type"] for g in gold["entities"]):
            yield f"ENT-SPURIOUS {p['text']} {p.get('type')} {_span(p)}"
    for g in gold["dates"]:
        if not _date_ok(g, doc.get("dates", [])):
            got = [f"{p['text']}={p.get('value')}" for p in doc.get("dates", []) if _overlap(g, p)]
            yield f"DATE {g['text']} want {g['value']} got {got}"
    for g in gold["quantities"]:
        if not _quantity_ok(g, doc.get("quantities", [])):
            got = [f"{p['text']}={p.get('value')} {p.get('unit')}" for p in doc.get("quantities", []) if _overlap(g, p)]
            yield f"QUANT {g['text']} want {g['value']} {g['unit']} got {got}"
    for g in gold["claims"]:
        p = _find_claim(g, doc.get("claims", []))
        if p is None:
            near = [c.get("predicate") for c in doc.get("claims", []) if _overlap(g, c)]
            yield f"CLAIM-MISS pred {g['predicate']} at {_span(g)} (overlapping predicates: {near})"
            continue
        bad = [k for k, ok in claim_fields(g, p, gold["entities"]).items() if not ok]
        if bad:
            yield (f"CLAIM-FIELDS pred {g['predicate']}: " + ", ".join(
                f"{k} want {g.get(k) if k != 'arguments' else g['objects'] + g['targets']} got "
                f"{p.get(k) if k != 'arguments' else (p.get('objects') or []) + (p.get('targets') or [])}"
                for k in bad))


if __name__ == "__main__":
    sys.exit(main())
