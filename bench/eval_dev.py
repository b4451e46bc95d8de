"""Score the pipeline on the blind-annotated development corpus (tests/data/dev/, README there).

    python bench/eval_dev.py                      # run the pipeline on tests/data/dev/*.txt, print tables
    python bench/eval_dev.py --jsonl out/documents.jsonl   # score an existing run instead
    python bench/eval_dev.py --json               # machine-readable counts and rates
    python bench/eval_dev.py --docs               # also one row per document

Scoring rules are in pipeline/evaluate/corpus.py, the printed report in pipeline/evaluate/devreport.py
(shared with `pipeline evaluate --dev FOLDER`, which scores a store). Documents are matched to gold by file name.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.errors import PipelineError  # noqa: E402
from pipeline.evaluate import docs_by_file, evaluate_dev, read_dev_gold  # noqa: E402

DEV = ROOT / "tests" / "data" / "dev"


def run_pipeline(folder: Path) -> Path:
    from pipeline.config import Config
    from pipeline.run.batch import run

    out = Path(tempfile.mkdtemp(prefix="eval_dev_"))
    manifest = folder / "metadata.csv"  # document dates a researcher would give (from SOURCES.md), if any
    config = Config(metadata=str(manifest.resolve())) if manifest.exists() else Config()
    summary = run(sorted(str(p) for p in folder.glob("*.txt")), out, config, progress=False)
    for source, message in summary.failed:
        print(f"failed: {source}: {message}", file=sys.stderr)
    return out / "documents.jsonl"


def read_docs(jsonl: Path) -> dict[str, dict]:
    return docs_by_file(json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl", type=Path, help="score this documents.jsonl instead of running the pipeline")
    ap.add_argument("--dev", type=Path, default=DEV, help="folder with the documents and *.gold.json")
    ap.add_argument("--json", action="store_true", help="print counts and rates as JSON")
    ap.add_argument("--docs", action="store_true", help="also print one row per document")
    ap.add_argument("--errors", action="store_true",
                    help="list every miss: entities missed or spurious, wrong links, dates, quantities, claims")
    args = ap.parse_args(argv)
    try:
        golds = read_dev_gold(args.dev)
    except PipelineError as e:
        ap.error(str(e))
    from pipeline.config import Config
    docs = read_docs(args.jsonl or run_pipeline(args.dev))
    print(evaluate_dev(golds, docs, args.dev, Config().glossary_paths(), as_json=args.json,
                       per_document=args.docs, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
