"""Mutation score of the pure modules, one module at a time, with only the model-free tests.

    pip install -e '.[mutation]'                      # mutmut
    python bench/mutation.py                          # every module below, one after the other
    python bench/mutation.py text/chunks claims/cues  # some of them
    python bench/mutation.py --show text/chunks       # and the diff of every survivor

For each module the tracked files are copied to a temporary directory (the worktree is never
touched), mutmut mutates that one module and runs only the tests that cover it, in ONE child
process (the machine is shared: no parallel runs). It prints, per module, mutants, killed,
survived and the score = killed (timeouts count as killed) / all mutants; then the survivors.
`EQUIVALENT` lists mutants examined by hand that no test can kill (the behaviour is the same):
they are reported, and the score without them is printed beside the raw one.

Why mutmut (3.x) and not cosmic-ray: mutmut forks each mutant from a warm pytest process and runs
only the tests that reach the mutated function (about 4 mutants/s here), where cosmic-ray starts a
fresh test command per mutant; and it needs no session database or config file in the repository.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# module (under pipeline/) -> the model-free tests that cover it
MODULES: dict[str, list[str]] = {
    "text/repair": ["tests/text"],
    "text/footnotes": ["tests/text"],
    "text/sentences": ["tests/text"],
    "text/chunks": ["tests/text"],
    "temporal/dates": ["tests/temporal"],
    "temporal/units": ["tests/temporal"],
    "temporal/quantities": ["tests/temporal"],
    "glossary/norm": ["tests/glossary"],
    "glossary/match": ["tests/glossary"],
    "claims/cues": ["tests/claims/test_cues_tables.py"],
    "store/sqlite": ["tests/store"],
}

# mutant name -> why it is equivalent (same behaviour for every input). Names are mutmut's and
# change when the function changes: re-check this list after editing a module.
EQUIVALENT: dict[str, str] = {
    # text/chunks
    "pipeline.text.chunks.x__cut_points__mutmut_2": "start's first value is never read (it is set at each cut)",
    "pipeline.text.chunks.x__cut_points__mutmut_3": "start's first value is never read (it is set at each cut)",
    "pipeline.text.chunks.x__cut_points__mutmut_6": "'' and None are both false in `last_good or last_comma or i`",
    "pipeline.text.chunks.x__cut_points__mutmut_16": "'' and None are both false in `last_good or last_comma or i`",
    "pipeline.text.chunks.x__cut_points__mutmut_27": "'' and None are both false in `last_good or last_comma or i`",
    "pipeline.text.chunks.x_split_block__mutmut_1": "a block of exactly max_bytes gets no cut point: the same one chunk",
    "pipeline.text.chunks.x_split_block__mutmut_17": "to_original(c, c - 1) and (c, c + 1) start at the same offset",
    # glossary/norm
    "pipeline.glossary.norm.x__nfkc_units__mutmut_4": "NFKC leaves ASCII as it is: the shortcut only saves time",
    "pipeline.glossary.norm.x__nfkc_units__mutmut_12": "NFC composes a non-combining pair into one character only for Hangul jamo",
    "pipeline.glossary.norm.x__nfkc_units__mutmut_32": "NFKC of one character gives at most one combining mark after the base here",
    "pipeline.glossary.norm.x_normalize_with_map__mutmut_32": "a final ヴ with no next unit: '' and 'XXXX' are both not a small vowel",
    # text/sentences
    "pipeline.text.sentences.x__split__mutmut_26": "only a closing bracket reaches the test, and X is none",
    "pipeline.text.sentences.x__split__mutmut_71": "an empty span has no character outside SENTENCE_END either",
    "pipeline.text.sentences.x_split_sentences__mutmut_10": "None and False are both false",
    # text/footnotes
    "pipeline.text.footnotes.x__plausible__mutmut_3": "at s == 0 the check of joined[-1] fails anyway: original indices only grow",
    "pipeline.text.footnotes.x__plausible__mutmut_26": "X is an ASCII letter, rejected by the isalnum test anyway",
    "pipeline.text.footnotes.x__plausible__mutmut_33": "カ/か/ヶ/ヵ are counters: a marker before カ国 is rejected one line earlier",
    "pipeline.text.footnotes.x__plausible__mutmut_34": "カ/か/ヶ/ヵ are counters: a marker before カ国 is rejected one line earlier",
    "pipeline.text.footnotes.x__plausible__mutmut_35": "カ/か/ヶ/ヵ are counters: a marker before カ国 is rejected one line earlier",
    "pipeline.text.footnotes.x__plausible__mutmut_36": "カ/か/ヶ/ヵ are counters: a marker before カ国 is rejected one line earlier",
    "pipeline.text.footnotes.x__plausible__mutmut_37": "カ/か/ヶ/ヵ are counters: a marker before カ国 is rejected one line earlier",
}

# Functions that run once, at import time, to build a module constant: mutmut imports the module
# before it activates a mutant, so their mutants can never run. They are reported apart and left
# out of the score; the constant they build is what the tests check (e.g. every unit of
# test_quantity_tables goes through _UNIT_RE).
IMPORT_TIME: dict[str, str] = {
    "pipeline.temporal.quantities.x__unit_alternation": "builds _UNIT_RE",
}

_RESULT = re.compile(r"^\s*(pipeline\.\S+): (.+)$")


def _copy_tree(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in files.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def _configure(dest: Path, module: str, tests: list[str]) -> None:
    cfg = {"source_paths": [f"pipeline/{module}.py"], "also_copy": ["pipeline", "tests", "corpus", "config.yaml"],
           "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q"],
           "pytest_add_cli_args_test_selection": tests}
    lines = ["", "[tool.mutmut]"] + [f"{k} = {json.dumps(v)}" for k, v in cfg.items()]
    with (dest / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def _mutmut(dest: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=dest, capture_output=True, text=True)
    return done.stdout


def _diffs(mutated: Path, names: list[str]) -> dict[str, str]:
    """The changed lines of each mutant: its function against the original (mutmut keeps both in
    the mutated copy of the module, as x_<function>__mutmut_orig and x_<function>__mutmut_<n>)."""
    import ast
    import difflib

    source = mutated.read_text(encoding="utf-8")
    funcs = {f.name: ast.get_source_segment(source, f) for f in ast.walk(ast.parse(source))
             if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    out = {}
    for name in names:
        fn = name.rsplit(".", 1)[-1]
        orig = funcs.get(fn.rsplit("__mutmut_", 1)[0] + "__mutmut_orig", "").splitlines()[1:]
        new = funcs.get(fn, "").splitlines()[1:]
        out[name] = "\n".join(ln for ln in difflib.unified_diff(orig, new, lineterm="", n=0)
                              if ln[:1] in "+-" and not ln.startswith(("+++", "---")))
    return out


_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WHERE|ORDER BY|VALUES|EXCLUDED|FROM)\b", re.I)


def _auto_equivalent(diff: str) -> str | None:
    """A mutant that only changes the case of SQL text (SQLite keywords and identifiers, quoted or
    not, and the journal-mode value are case-insensitive) behaves the same."""
    minus = [ln[1:] for ln in diff.splitlines() if ln.startswith("-")]
    plus = [ln[1:] for ln in diff.splitlines() if ln.startswith("+")]
    if (minus and len(minus) == len(plus) and all(a != b and a.lower() == b.lower() for a, b in zip(minus, plus))
            and _SQL.search(" ".join(minus))):
        return "SQL is case-insensitive"
    return None


def run_module(module: str, show: bool, workers: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        dest = Path(tmp)
        _copy_tree(dest)
        _configure(dest, module, MODULES[module])
        t0 = time.time()
        _mutmut(dest, "run", "--max-children", str(workers))
        results = {}
        for line in _mutmut(dest, "results", "--all", "true").splitlines():
            m = _RESULT.match(line)
            if m:
                results[m.group(1)] = m.group(2).strip()
        survivors = sorted(n for n, s in results.items() if s not in ("killed", "timeout"))
        diffs = _diffs(dest / "mutants" / "pipeline" / f"{module}.py", survivors)
    not_run = [n for n in survivors if n.split("__mutmut_")[0] in IMPORT_TIME]
    survivors = [n for n in survivors if n not in not_run]
    total = len(results) - len(not_run)
    killed = total - len(survivors)
    for n in survivors:
        reason = _auto_equivalent(diffs.get(n, ""))
        if reason and n not in EQUIVALENT:
            EQUIVALENT[n] = reason
    equivalent = [n for n in survivors if n in EQUIVALENT]
    return {"module": module, "mutants": total, "killed": killed, "survived": len(survivors),
            "score": killed / total if total else None,
            "score_without_equivalent": killed / (total - len(equivalent)) if total > len(equivalent) else None,
            "diffs": diffs if show else {},
            "survivors": {n: results[n] for n in survivors}, "equivalent": equivalent,
            "not_run_import_time": len(not_run),
            "seconds": round(time.time() - t0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("modules", nargs="*", help=f"default: all of {', '.join(MODULES)}")
    ap.add_argument("--show", action="store_true", help="print the diff of every survivor")
    ap.add_argument("--workers", type=int, default=1, help="mutmut child processes (default 1: shared CPU)")
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    args = ap.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        ap.error(f"unknown module(s) {', '.join(unknown)}; choose from {', '.join(MODULES)}")
    rows = []
    for module in args.modules or list(MODULES):
        r = run_module(module, args.show, args.workers)
        rows.append(r)
        pct = lambda x: "-" if x is None else f"{100 * x:.1f}%"  # noqa: E731
        print(f"{module:22} {r['mutants']:4} mutants {r['killed']:4} killed {r['survived']:3} survived  "
              f"score {pct(r['score'])} (without equivalent {pct(r['score_without_equivalent'])})  {r['seconds']} s"
              + (f"  [{r['not_run_import_time']} import-time mutants not run]" if r["not_run_import_time"] else ""),
              flush=True)
        for name, status in r["survivors"].items():
            print(f"    {name}: {status}" + (f"  [equivalent: {EQUIVALENT[name]}]" if name in EQUIVALENT else ""))
            if args.show:
                print("\n".join("        " + ln for ln in r["diffs"][name].splitlines()))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
