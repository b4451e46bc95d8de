"""Benchmark: the whole pipeline against raw GiNZA `nlp.pipe` on the same documents, in one run.

Each measurement runs in its own subprocess so that its peak memory (max RSS) is its own.
Prints characters (of the original text) per second for both, their ratio, and peak memory;
then the pipeline's peak memory on documents of growing size up to 1 MB (flat memory check).

    python bench/bench_pipeline.py                 # seed corpus x3 + size series
    python bench/bench_pipeline.py --repeat 5 --no-sizes

Also: a batch of files through `pipeline.run.batch.run` with 1 and 2 worker processes.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"


def _texts(copies: int) -> list[str]:
    base = SEED.read_text(encoding="utf-8")
    return [base] * copies


def _raw_chunks(text: str, limit: int = 40_000) -> list[str]:
    """Raw GiNZA also needs input under Sudachi's limit: cut at line ends, nothing else."""
    out, cur, size = [], [], 0
    for line in text.splitlines(keepends=True):
        b = len(line.encode())
        if size + b > limit and cur:
            out.append("".join(cur))
            cur, size = [], 0
        cur.append(line)
        size += b
    out.append("".join(cur))
    return out


def measure(mode: str, copies: int, size_bytes: int) -> dict:
    from pipeline.config import Config
    from pipeline.nlp import load_model

    nlp = load_model("ja_ginza")
    if size_bytes:
        base = SEED.read_text(encoding="utf-8")
        reps = size_bytes // len(base.encode()) + 1
        texts = [(base * reps).encode()[:size_bytes].decode("utf-8", "ignore")]
    else:
        texts = _texts(copies)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    if mode == "raw":
        for text in texts:
            for _ in nlp.pipe(_raw_chunks(text)):
                pass
    else:
        import hashlib

        from pipeline.run.batch import load_resources
        from pipeline.inputs.corpus import RawDocument
        from pipeline.run.document import process_document

        res = load_resources(Config())
        t0 = time.perf_counter()  # glossary/lexicon loading is start-up, like the model load
        for text in texts:
            raw = RawDocument("bench", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text)
            process_document(raw, res)
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    return {
        "mode": mode, "chars": chars, "bytes": sum(len(t.encode()) for t in texts), "seconds": dt,
        "chars_per_s": chars / dt, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_after_load_mb": rss_before / 1024,
    }


def measure_batch(workers: int, copies: int) -> dict:
    """`pipeline.run.batch.run` over `copies` files (distinct bytes, so distinct documents)."""
    import tempfile

    from pipeline.run.batch import run
    from pipeline.config import Config

    base = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(copies):
            (Path(tmp) / f"doc{i:03}.txt").write_text(base + f"\n（写し{i}）\n", encoding="utf-8")
        config = Config(workers=workers)
        t0 = time.perf_counter()
        summary = run([tmp], Path(tmp) / "out", config, progress=False)
        dt = time.perf_counter() - t0
    assert len(summary.processed) == copies
    return {"mode": f"batch-{workers}", "seconds": dt, "chars": len(base) * copies,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(mode: str, copies: int, size_bytes: int = 0) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--copies", str(copies), "--size", str(size_bytes)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child")
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--size", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-sizes", action="store_true")
    args = ap.parse_args()
    if args.child:
        if args.child.startswith("batch-"):
            print(json.dumps(measure_batch(int(args.child.split("-")[1]), args.copies)))
        else:
            print(json.dumps(measure(args.child, args.copies, args.size)))
        return
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    best = {}
    for _ in range(args.repeat):  # alternate so both see the same machine state; keep each one's best
        for mode in ("raw", "pipeline"):
            r = _child(mode, args.copies)
            if mode not in best or r["seconds"] < best[mode]["seconds"]:
                best[mode] = r
    raw, pipe = best["raw"], best["pipeline"]
    print(f"input: seed x{args.copies} = {raw['chars']:,} chars, {raw['bytes']:,} bytes (best of {args.repeat})")
    for r in (raw, pipe):
        print(f"  {r['mode']:<9} {r['chars_per_s']:>8.0f} chars/s  {r['seconds']:6.2f} s  peak RSS {r['peak_rss_mb']:.0f} MB")
    print(f"time ratio pipeline/raw GiNZA: {pipe['seconds'] / raw['seconds']:.3f}  (target <= 1.15)")
    print(f"batch of {2 * args.copies} documents with 'pipeline run' (model loading included):")
    for workers in (1, 2):
        r = _child(f"batch-{workers}", 2 * args.copies)
        print(f"  workers={workers}  {r['seconds']:6.1f} s  {r['chars'] / r['seconds']:6.0f} chars/s")
    if not args.no_sizes:
        print("pipeline peak memory by document size:")
        for size in (125_000, 250_000, 500_000, 1_000_000):
            r = _child("pipeline", 1, size)
            print(f"  {r['bytes']:>9,} bytes  {r['seconds']:7.1f} s  peak RSS {r['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
