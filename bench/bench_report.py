"""Benchmark: time to build the HTML report from the stored records (no parsing).

    pipeline run && python bench/bench_report.py            # out/pipeline.sqlite, 5 repeats
    python bench/bench_report.py --db other/pipeline.sqlite --repeat 10
    python bench/bench_report.py --large                    # also a 1 MB synthetic document

Prints the first build in a fresh process (imports of Jinja2 and matplotlib included: what
`pipeline report` costs), then the median of warm builds split into reading the records, the
pages and the corpus plots.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _once(db: Path, dest: Path) -> float:
    t = time.perf_counter()
    from pipeline import store
    from pipeline.report import build_report

    build_report(store.connect(db), dest)
    return time.perf_counter() - t


def _parts(db: Path, dest: Path) -> dict:
    from pipeline import store
    from pipeline.report import corpus, document_html, plots

    con = store.connect(db)
    t0 = time.perf_counter()
    docs = [store.read_document(con, d) for d in store.document_ids(con)]
    t1 = time.perf_counter()
    for doc in docs:
        document_html(doc)
    t2 = time.perf_counter()
    if plots.available():
        plots.top_entities_svg(corpus.top_entities(docs))
        plots.timeline_svg(corpus.timeline(docs))
        plots.cooccurrence_svg(corpus.cooccurrence(docs))
    t3 = time.perf_counter()
    return {"read": t1 - t0, "pages": t2 - t1, "plots": t3 - t2, "docs": len(docs),
            "chars": sum(len(d.text) for d in docs), "entities": sum(len(d.entities) for d in docs),
            "claims": sum(len(d.claims) for d in docs)}


def _large_text() -> str:
    """render_text on 1 MB of text with an entity every 7 characters and a claim per sentence."""
    from pipeline.report import Span, render_text

    text = "ロシアとベトナムは協力した。" * 70000
    spans = [Span(i + d, i + d + 3, "mark", (("class", "ent"),), "COUNTRY") for i in range(0, len(text), 14) for d in (0, 4)]
    claims = [(i, i + 13, f"c{i}") for i in range(0, len(text), 14)]
    t = time.perf_counter()
    html = render_text(text, spans, claims)
    return (f"annotated text, {len(text):,} chars, {len(spans):,} marks, {len(claims):,} claims: "
            f"{time.perf_counter() - t:.2f} s, {len(html) / 1e6:.1f} MB of HTML")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(ROOT / "out" / "pipeline.sqlite"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--large", action="store_true", help="also time the annotated text of a 1 MB document")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    db = Path(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        if args.child:
            print(f"{_once(db, Path(tmp)):.3f}")
            return
        cold = float(subprocess.run([sys.executable, __file__, "--db", str(db), "--child"], check=True,
                                    capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout)
        warm = [_once(db, Path(tmp)) for _ in range(args.repeat)]
        parts = [_parts(db, Path(tmp)) for _ in range(args.repeat)]
    med = {k: statistics.median(p[k] for p in parts) for k in ("read", "pages", "plots")}
    p = parts[0]
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"database: {db} ({p['docs']} documents, {p['chars']} chars, {p['entities']} entities, {p['claims']} claims)")
    print(f"first build in a fresh process (imports included): {cold:.2f} s")
    print(f"warm build, median of {args.repeat}: {statistics.median(warm):.2f} s "
          f"(read records {med['read']:.3f} s, pages {med['pages']:.3f} s, plots {med['plots']:.3f} s)")
    if args.large:
        print(_large_text())


if __name__ == "__main__":
    main()
