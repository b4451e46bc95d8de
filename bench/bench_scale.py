"""Benchmark for corpora of thousands: the parse cache, resuming after kill -9, and the engines.

    python bench/bench_scale.py                    # every part (needs pip install -e '.[dask]')
    python bench/bench_scale.py --parts cache resume

Documents: the 16 development texts (tests/data/dev, ~600 characters each), copied `--copies` times
with a line naming the copy (new bytes, so new documents), plus the seed (corpus/, 7,000 characters).

- cache (`--repeat N`: N times, each from an empty cache, with the median and range): a cold run
  (parse cache empty), then a re-run into the same folder after adding a user
  glossary (every document re-extracted, every chunk read from the cache; `rewritten`: the documents
  whose records the edit changed, the others are not written again): time of each, and whether
  documents.jsonl equals a cold run's with the edited glossary; the CPU seconds of both; the stages
  of that re-run (`--profile`, run once more outside the timing; `run`: start, documents.jsonl and
  the full-text indexes, paid once per run) and `per_document_speedup` (both times without that `run`
  share, about the same in both: the ratio a large corpus tends to); the size of the extraction memo
  (run/memo.py) and of the whole cache folder; and the load average.
- cli: the same two runs as `pipeline run` commands, each a new process (model loading included: the
  cached re-run never loads the model), and whether the re-run's documents.jsonl is the bytes of the
  cache part's cold run with the edited glossary.
- resume: `pipeline run --no-cache` in a subprocess, whole; again, killed with SIGKILL once half the
  documents are stored, then started again: the second run's time against the whole run's.
- engines: one process, `workers: 2` processes, and `--engine dask` on a LocalCluster of 2 processes
  (warmed: the workers have loaded the model before the timed run, as forked workers inherit it):
  documents per second and whether documents.jsonl is the same bytes.
- scaling: core-hours for 10,000 documents of 40,000 characters, from the measured characters/second.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"
SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"


def corpus(folder: Path, copies: int) -> tuple[Path, int]:
    folder.mkdir(parents=True)
    chars = 0
    for k in range(copies):
        for p in sorted(DEV.glob("*.txt")):
            text = p.read_text(encoding="utf-8") + f"\n（写し{k + 1}）\n"
            (folder / f"{p.stem}_{k}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    shutil.copy(SEED, folder / SEED.name)
    return folder, chars + len(SEED.read_text(encoding="utf-8"))


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


CPU: dict[str, float] = {}  # CPU seconds of this process's timed runs (less sensitive to a shared machine)


def cpu_timed(name: str, fn):
    c = time.process_time()
    out = timed(fn)
    CPU[name] = time.process_time() - c
    return out


def bench_cache(base: Path, docs: Path, res) -> dict:
    from pipeline.config import Config
    from pipeline.run import load_resources, run

    out = base / "cache_out"
    getattr(res.nlp, "loaded", None)  # the model is loaded before the timed runs, as before it was lazy
    first, cold = cpu_timed("cold", lambda: run([str(docs)], out, res.config, resources=res, progress=False))
    extra = base / "extra.tsv"
    extra.write_text("id\ttype\tlabel_ja\tlabel_en\nevent:bench_talks\tEVENT\t会談\tBilateral talks\n", encoding="utf-8")
    edited = load_resources(Config(glossaries=["default", str(extra)]))
    again, warm = cpu_timed("warm", lambda: run([str(docs)], out, edited.config, resources=edited, progress=False))
    ref = base / "cache_ref"
    run([str(docs)], ref, edited.config, resources=edited, progress=False, cache=False)
    same = (out / "documents.jsonl").read_bytes() == (ref / "documents.jsonl").read_bytes()
    stages = _stages(docs, out, edited)
    return {"documents": len(first.processed), "cold_s": round(cold, 2), "after_glossary_edit_s": round(warm, 2),
            "redone": len(again.processed), "rewritten": len(again.processed) - len(again.unchanged),
            "speedup": round(cold / warm, 1), "same_as_cold_run": same,
            "cpu_cold_s": round(CPU["cold"], 2), "cpu_rerun_s": round(CPU["warm"], 2),
            "cpu_speedup": round(CPU["cold"] / CPU["warm"], 1),
            "per_document_speedup": round((cold - stages["run"]) / max(1e-9, warm - stages["run"]), 1),
            "rerun_stages_s": stages, "memo_kb": _kb(out / "cache" / "memo"), "parse_cache_kb": _kb(out / "cache"),
            "load_avg": _load()}


def _medians(runs: list[dict]) -> dict:
    """The median and the range of each timing and ratio over repeated cache runs."""
    from statistics import median

    keys = ("cold_s", "after_glossary_edit_s", "speedup", "cpu_cold_s", "cpu_rerun_s", "cpu_speedup")
    out = {k: f"{median(r[k] for r in runs):.2f} ({min(r[k] for r in runs)}-{max(r[k] for r in runs)})" for k in keys}
    out["same_as_cold_run"] = all(r["same_as_cold_run"] for r in runs)
    return out


def _kb(folder: Path) -> int:
    """Size of what `folder` holds, in KB (the extraction memo, or the whole cache folder with it)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) // 1024


def _stages(docs: Path, out: Path, res) -> dict:
    """Where a re-run's time goes (`--profile`): the same re-run again (--force), outside the timed runs;
    `run` is what is not in a document (start, documents.jsonl, full-text indexes)."""
    from pipeline.run import run

    config = res.config.model_copy(update={"profile": True})
    summary, wall = timed(lambda: run([str(docs)], out, config, resources=replace(res, config=config),
                                      progress=False, force=True))
    times = {k: round(v, 3) for k, v in summary.profile.items()}
    times["run"] = round(wall - sum(summary.profile.values()), 3)
    return times


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_cli_cache(base: Path, docs: Path) -> dict:
    """What a researcher sees: `pipeline run` in a new process, cold (empty cache: the model is loaded
    and every chunk parsed), then again after adding a glossary file (every chunk from the cache: the
    model is never loaded)."""
    out, cfg = base / "cli_out", base / "cli.yaml"
    extra = base / "cli_extra.tsv"
    extra.write_text("id\ttype\tlabel_ja\tlabel_en\nevent:bench_talks\tEVENT\t会談\tBilateral talks\n", encoding="utf-8")
    cfg.write_text(f"glossaries: [default, {extra}]\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(docs), "--out", str(out), "--quiet"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    _, cold = timed(lambda: subprocess.run(cmd, cwd=base, env=env, check=True, stdout=subprocess.DEVNULL))
    _, warm = timed(lambda: subprocess.run(cmd + ["--config", str(cfg)], cwd=base, env=env, check=True,
                                           stdout=subprocess.DEVNULL))
    ref = base / "cache_0" / "cache_ref" / "documents.jsonl"  # the cache part's cold run with the edited glossary
    same = (out / "documents.jsonl").read_bytes() == ref.read_bytes() if ref.exists() else "run --parts cache too"
    return {"cold_s": round(cold, 1), "after_glossary_edit_s": round(warm, 1), "speedup": round(cold / warm, 1),
            "same_as_cold_run": same, "load_avg": _load()}


def _cli(docs: Path, out: Path, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(docs), "--out", str(out), "--quiet",
                             "--no-cache"], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))



def bench_resume(base: Path, docs: Path, n: int) -> dict:
    from pipeline.store import stored_count

    t = time.perf_counter()
    _cli(docs, base / "whole", base).wait()
    whole = time.perf_counter() - t
    out = base / "killed"
    proc = _cli(docs, out, base)
    while stored_count(out / "pipeline.sqlite") < n // 2 and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = stored_count(out / "pipeline.sqlite")
    t = time.perf_counter()
    _cli(docs, out, base).wait()
    resumed = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from pipeline.run import load_resources; from pipeline.config import Config;"
                    " load_resources(Config())"], cwd=base, check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    startup = time.perf_counter() - t
    con = sqlite3.connect(out / "pipeline.sqlite")
    return {"documents": n, "whole_run_s": round(whole, 1), "stored_at_kill": at_kill, "resumed_run_s": round(resumed, 1),
            "startup_s": round(startup, 1), "ratio": round(resumed / whole, 2),
            "ratio_without_startup": round((resumed - startup) / (whole - startup), 2),
            "stored": con.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "integrity": con.execute("PRAGMA integrity_check").fetchone()[0]}


def bench_engines(base: Path, docs: Path, res, n: int, chars: int) -> dict:
    from distributed import LocalCluster

    from pipeline.run import run

    rows = {}
    for name, update in (("1 process", {"workers": 1}), ("workers: 2", {"workers": 2})):
        config = res.config.model_copy(update=update)
        _, secs = timed(lambda: run([str(docs)], base / name, config, resources=replace(res, config=config),
                                    progress=False, cache=False))
        rows[name] = secs
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, memory_limit=0)
    try:
        config = res.config.model_copy(update={"engine": "dask", "workers": 2, "scheduler": cluster.scheduler_address})
        warm = base / "warm"
        warm.mkdir()
        for p in sorted(DEV.glob("*.txt"))[:4]:
            shutil.copy(p, warm / p.name)
        run([str(warm)], base / "warmup", config, resources=res, progress=False, cache=False)  # workers load the model
        _, rows["dask LocalCluster(2)"] = timed(lambda: run([str(docs)], base / "dask", config, resources=res,
                                                            progress=False, cache=False))
    finally:
        cluster.close()
    ref = (base / "1 process" / "documents.jsonl").read_bytes()
    return {"documents": n, "characters": chars,
            "runs": {k: {"seconds": round(v, 1), "docs_per_s": round(n / v, 2), "chars_per_s": round(chars / v)}
                     for k, v in rows.items()},
            "same_bytes": {"workers: 2": (base / "workers: 2" / "documents.jsonl").read_bytes() == ref,
                           "dask LocalCluster(2)": (base / "dask" / "documents.jsonl").read_bytes() == ref},
            "dask_overhead_vs_processes": f"{100 * (rows['dask LocalCluster(2)'] / rows['workers: 2'] - 1):+.0f}%"}


def scaling(chars_per_s: float) -> str:
    total = 10_000 * 40_000
    core_h = total / chars_per_s / 3600
    lines = [f"10,000 documents x 40,000 characters = {total:,} characters at {chars_per_s:,.0f} chars/s per core "
             f"= {core_h:,.0f} core-hours"]
    for machines, cores in ((1, 2), (1, 16), (4, 16), (16, 16)):
        lines.append(f"  {machines} machine(s) x {cores} worker processes: ~{core_h / (machines * cores):,.1f} h "
                     f"(first run; a re-run after a glossary edit with a warm cache: about 1/speedup of that)")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", nargs="+", default=["cache", "cli", "resume", "engines"])
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="cache part: runs (each cold), with their median")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.config import Config
    from pipeline.run import load_resources

    print(f"# {platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores "
          f"(shared with other jobs: ratios from one run), Python {platform.python_version()}")
    base = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        docs, chars = corpus(base / "docs", args.copies)
        n = len(list(docs.iterdir()))
        res = load_resources(Config())
        print(f"# {n} documents, {chars:,} characters")
        if "cache" in args.parts:
            runs = []
            for k in range(args.repeat):  # each in a folder of its own: a cold cache every time
                folder = base / f"cache_{k}"
                folder.mkdir()
                runs.append(bench_cache(folder, docs, res))
                print("cache:", runs[-1], flush=True)
            if len(runs) > 1:
                print("cache, median of", len(runs), "runs:", _medians(runs))
        if "cli" in args.parts:
            print("cli cache:", bench_cli_cache(base, docs))
        if "resume" in args.parts:
            print("resume:", bench_resume(base, docs, n))
        if "engines" in args.parts:
            eng = bench_engines(base, docs, res, n, chars)
            print("engines:", eng)
            print(scaling(eng["runs"]["1 process"]["chars_per_s"]))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
