"""Peak memory of one worker on hostile and ordinary input (each case in its own process).

    python bench/bench_memory.py                       # a 200,000-character line without 。/、, a 1 MB document
    python bench/bench_memory.py --cases line --batch-chars 1000000000   # as before: batches of 16 chunks

Cases: `line`, the seed's text with every 。 、 and line break removed, repeated to 200,000 characters
(a table or list extracted as one line); `normal`, the seed repeated to 1 MB of UTF-8. Peak RSS is
the process's max RSS (ru_maxrss), the GiNZA model included.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"


def _text(case: str) -> str:
    base = SEED.read_text(encoding="utf-8")
    if case == "line":
        flat = "".join(ch for ch in base if ch not in "。、，．\r\n")
        return (flat * (200_000 // len(flat) + 1))[:200_000]
    reps = 1_000_000 // len(base.encode()) + 1
    return (base * reps).encode()[:1_000_000].decode("utf-8", "ignore")


def measure(case: str, batch_chars: int) -> dict:
    from pipeline.config import Config
    from pipeline.inputs import RawDocument
    from pipeline.run import load_resources, process_document

    config = Config(batch_chars=batch_chars)
    res = load_resources(config)
    text = _text(case)
    t0 = time.perf_counter()
    doc = process_document(RawDocument("bench.txt", "0" * 64, "utf-8", text), res)
    return {"case": case, "chars": len(text), "bytes": len(text.encode()), "batch_chars": batch_chars,
            "seconds": round(time.perf_counter() - t0, 1), "entities": len(doc.entities),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", nargs="+", default=["line", "normal"], choices=["line", "normal"])
    ap.add_argument("--batch-chars", type=int, default=8_000)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.batch_chars)))
        return
    print(f"# {platform.machine()}, Python {platform.python_version()}")
    for case in args.cases:
        out = subprocess.run([sys.executable, __file__, "--child", case, "--batch-chars", str(args.batch_chars)],
                             capture_output=True, text=True, check=True)
        print(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
