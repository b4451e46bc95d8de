"""Benchmark: our temporal tagger and ja-timex side by side on ja-timex's own test suite.

    pip install -e '.[bench]'
    python bench/jatimex_suite.py [--failures]

Cases: tests/data/jatimex_cases.tsv (built from yagays/ja-timex tests/ by bench/jatimex_cases.py;
the TIMEX3 -> EDTF/ISO rule is in that script's docstring; the judge is
`pipeline.evaluate.judge`). Both taggers get the same text and, where the case has one, the same
document date (ours: `document_date=`, ja-timex: `reference=`). ja-timex's tags go through the same
mapping rule as the expected values, so a convention is never counted against it; with a reference,
its DATE tags with unknown parts are completed with `to_datetime()` at the precision of the text.
Per category (the test file the case comes from) and overall; 'calendar dates' = abstime cases
whose expected kind is date.
"""
from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from jatimex_cases import to_ours  # noqa: E402

from pipeline.evaluate import judge  # noqa: E402
from pipeline.records import DateMention  # noqa: E402
from pipeline.temporal import extract_dates  # noqa: E402

CASES = ROOT / "tests" / "data" / "jatimex_cases.tsv"


def load_cases(path: Path = CASES) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def ours(case: dict) -> list[DateMention]:
    return extract_dates(case["text"], document_date=case["document_date"] or None)


def jatimex(case: dict) -> list[DateMention]:
    import pendulum
    from ja_timex import TimexParser

    ref = case["document_date"]
    parser = TimexParser(reference=pendulum.parse(ref, tz="Asia/Tokyo")) if ref else TimexParser()
    out = []
    for tag in parser.parse(case["text"]):
        kind, value, count, _ = to_ours(tag.type, tag.value or "", tag.mod or "", tag.freq or "", tag.quant or "")
        if ref and tag.type in ("DATE", "TIME") and "X" in (tag.value or "") and (dt := tag.to_datetime()):
            value = _at_precision(tag.raw_text, dt)
        if tag.mod == "ON_OR_AFTER":
            value += "/.."
        elif tag.mod == "ON_OR_BEFORE":
            value = "../" + value
        s, e = tag.raw_span
        out.append(DateMention(s, e, tag.raw_text, value, None, None, tag.mod == "APPROX", kind=kind,
                               frequency={"count": int(count), "per": tag.value} if count else None))
    return out


def _at_precision(text: str, dt) -> str:
    if "時" in text or ":" in text:
        return dt.strftime("%Y-%m-%dT%H:%M" if "分" in text or ":" in text else "%Y-%m-%dT%H")
    return dt.strftime("%Y-%m-%d" if "日" in text else "%Y-%m" if "月" in text else "%Y")


def main(argv: list[str]) -> int:
    cases = load_cases()
    score = defaultdict(lambda: [0, 0, 0])
    failures = []
    seconds = [0.0, 0.0]
    for case in cases:
        t0 = time.perf_counter()
        got = ours(case)
        t1 = time.perf_counter()
        theirs = jatimex(case)
        seconds[0] += t1 - t0
        seconds[1] += time.perf_counter() - t1
        a, b = judge(case, got), judge(case, theirs)
        cats = [case["category"], "all"]
        if case["category"] == "abstime" and case["kind"] == "date":
            cats.append("calendar dates")
        for c in cats:
            score[c][0] += 1
            score[c][1] += a
            score[c][2] += b
        if not a:
            failures.append(case)
    print(f"{'category':16} {'cases':>5} {'ours':>14} {'ja-timex':>14}")
    for c in sorted(score, key=lambda c: (c == "all", c == "calendar dates", c)):
        n, a, b = score[c]
        print(f"{c:16} {n:5d} {a:5d} {a / n:7.1%} {b:5d} {b / n:7.1%}")
    chars = sum(len(c["text"]) for c in cases)
    print(f"time for {len(cases)} cases ({chars} characters): ours {seconds[0]:.2f} s, "
          f"ja-timex {seconds[1]:.2f} s (a new TimexParser per case, as a reference date needs)")
    if "--failures" in argv:
        for case in failures:
            got = [(m.text, m.kind, m.value) for m in ours(case)]
            print(case["source"], case["text"], case["check"], case["kind"], case["value"], case["expect_text"], got,
                  sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
