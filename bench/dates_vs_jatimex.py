"""Benchmark: our date normalization (`pipeline.temporal.dates`) against ja-timex on a table of cases.

    pip install ja-timex          # or: pip install -e '.[bench]'
    python bench/dates_vs_jatimex.py [bench/date_cases.tsv]

Cases (`bench/date_cases.tsv`, tab-separated): `id`, `before` (earlier narrative, may be empty),
`sentence`, `target` (the expression, found in `sentence`), `value` (expected EDTF; empty = "not a
date / no value"), `earliest`, `latest` (expected ISO bounds; empty = open or no date). The seed*
rows are every date expression of corpus/000_3045bcbfc1055805.txt (repaired); the own* rows cover
eras, fiscal years, ranges, decades, parts, approximation, relative dates and non-dates.

Both systems get the same input, `before + sentence`, as one string. A case is correct when the
system's EDTF for the target equals the expected value (for value-less cases: when the system
reports no date overlapping the target). Our bounds are checked too and reported separately.

How ja-timex's TIMEX3 output is turned into EDTF (as generously as we fairly can):
- Only DATE tags overlapping the target count, plus relative-year DURATIONs (翌年 = P1Y AFTER,
  前年, N年後) overlapping it.
- 'YYYY-MM-DD' with 'XX' parts is truncated to its precision ('2014-XX-XX' -> '2014');
  'FY2023' -> '2023-04/2024-03' (the same fiscal convention as ours).
- A relative-year DURATION directly followed by an unknown-year DATE (翌年 + 2月) is one date.
- ja-timex has no narrative anchor, so we give it one: an unknown year ('XXXX-07-XX') and a
  relative-year DURATION are resolved against the year of the last ja-timex DATE with a known year
  earlier in the same input (what our extractor does with its anchor).
- Its part suffixes (parsed start_/mid_/end_suffix, e.g. 前半, 後半, 初頭, 半ば, 末) are mapped with
  OUR conventions table (pipeline.temporal.units YEAR_PARTS / MONTH_PARTS), so a convention choice
  is never counted against it; a bare mod START/MID/END maps to 初頭/半ば/末.
- TIMEX3 seasons ('2020-SU') -> EDTF seasons ('2020-22'); fiscal-year parts (FY + 末) count months
  from April, as ours do.
- mod APPROX -> '~'; ON_OR_AFTER -> 'X/..'; ON_OR_BEFORE -> '../X'.
- Two or more DATE tags over the target (ja-timex marks them range_start/range_end) -> a range
  'first/last'; a lone range_start tag is not turned into an open interval.
- ja-timex has no decades: '1990年代' comes out as the year 1990 and is scored as it is.
"""
from __future__ import annotations

import calendar
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.temporal.dates import DateExtractor  # noqa: E402
from pipeline.temporal.units import MONTH_PARTS, YEAR_PARTS, add_months  # noqa: E402

CASES = Path(__file__).with_name("date_cases.tsv")


# --- expected bounds from an EDTF value (independent of the extractor) ------------------------
def edtf_bounds(value: str) -> tuple[str, str]:
    """('1994/1996~') -> ('1994-01-01', '1996-12-31'); open ends -> ''."""
    if not value:
        return "", ""
    parts = value.replace("~", "").split("/")
    lo, hi = parts[0], parts[-1]
    return _edge(lo, first=True), _edge(hi, first=False)


def _edge(v: str, first: bool) -> str:
    if v == "..":
        return ""
    if re.fullmatch(r"\d{4}-2[1-4]", v):  # seasons: 21 spring (Mar-May) .. 24 winter (Dec-Feb)
        y, k = int(v[:4]), int(v[5:]) - 21
        a, b = 2 + 3 * k, 4 + 3 * k
        v = f"{y + a // 12}-{a % 12 + 1:02d}" if first else f"{y + b // 12}-{b % 12 + 1:02d}"
    if v.endswith("X"):  # decade 199X
        v = v[:3] + ("0" if first else "9")
    p = [int(x) for x in v.split("-")]
    y, m = p[0], (p[1] if len(p) > 1 else (1 if first else 12))
    d = p[2] if len(p) > 2 else (1 if first else calendar.monthrange(y, m)[1])
    return f"{y:04d}-{m:02d}-{d:02d}"


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def target_span(case: dict) -> tuple[str, int, int]:
    text = case["before"] + case["sentence"]
    start = len(case["before"]) + case["sentence"].index(case["target"])
    return text, start, start + len(case["target"])


# --- our system --------------------------------------------------------------------------------
def ours(case: dict) -> tuple[str, str, str]:
    text, s, e = target_span(case)
    found, _ = DateExtractor().feed(text)
    over = [m for m in found if m.start < e and s < m.end]
    if not over:
        return "", "", ""
    m = max(over, key=lambda m: min(e, m.end) - max(s, m.start))
    return m.value, m.earliest or "", m.latest or ""


# --- ja-timex ----------------------------------------------------------------------------------
_REL_YEAR = re.compile(r"^(?:(翌|来)年|(前|昨)年|(\d+)年(後|前))$")
_MOD_PART = {"START": "初頭", "MID": "半ば", "END": "末"}
_SEASON = {"SP": 21, "SU": 22, "FA": 23, "WI": 24}


def _suffix(tag) -> str | None:
    parsed = tag.parsed or {}
    for key in ("start_suffix", "mid_suffix", "end_suffix"):
        if parsed.get(key):
            return parsed[key]
    return _MOD_PART.get(tag.mod or "")


def _endpoints(tag, anchor: int | None) -> tuple[str, str] | None:
    """A ja-timex DATE tag as EDTF endpoints (lo, hi)."""
    v = tag.value
    part = _suffix(tag)
    if v.startswith("FY"):
        y = int(v[2:])
        a, b = YEAR_PARTS.get(part, (0, 11))  # fiscal parts count months from April, as ours
        (ya, ma), (yb, mb) = add_months(y, 4, a), add_months(y, 4, b)
        return f"{ya}-{ma:02d}", f"{yb}-{mb:02d}"
    y, m, d = (v.split("-") + ["XX", "XX"])[:3]
    if y == "XXXX":
        if anchor is None or m == "XX":
            return None
        y = str(anchor)
    if m in _SEASON:  # TIMEX3 seasons -> EDTF level-1 seasons
        return f"{y}-{_SEASON[m]}", f"{y}-{_SEASON[m]}"
    if m == "XX":
        if part in YEAR_PARTS:
            a, b = YEAR_PARTS[part]
            (ya, ma), (yb, mb) = add_months(int(y), 1, a), add_months(int(y), 1, b)
            return f"{ya}-{ma:02d}", f"{yb}-{mb:02d}"
        return y, y
    if d == "XX":
        if part in MONTH_PARTS:
            a, b = MONTH_PARTS[part]
            last = calendar.monthrange(int(y), int(m))[1]
            a, b = (last, last) if part == "末日" else (min(a, last), min(b, last))
            return f"{y}-{m}-{a:02d}", f"{y}-{m}-{b:02d}"
        return f"{y}-{m}", f"{y}-{m}"
    return f"{y}-{m}-{d}", f"{y}-{m}-{d}"


def _relative_year(tag, anchor: int | None) -> tuple[str, str] | None:
    m = _REL_YEAR.match(tag.text)
    if not m or anchor is None:
        return None
    if m[1]:
        y = anchor + 1
    elif m[2]:
        y = anchor - 1
    else:
        y = anchor + int(m[3]) * (1 if m[4] == "後" else -1)
    return str(y), str(y)


def jatimex(case: dict, parser) -> str:
    text, s, e = target_span(case)
    tags = sorted(parser.parse(text), key=lambda t: t.span[0])
    anchor, picked, rel = None, [], None
    for tag in tags:
        overlaps = tag.span[0] < e and s < tag.span[1]
        if tag.type == "DURATION" and overlaps and (ends := _relative_year(tag, anchor)):
            picked.append((tag, ends))
            rel = (tag.span[1], int(ends[0]))  # 翌年 right before 2月: 翌年2月
            continue
        if tag.type != "DATE":
            continue
        year_for_unknown = anchor
        if rel and rel[0] == tag.span[0] and tag.value.startswith("XXXX"):
            year_for_unknown = rel[1]
            picked.pop()
        ends = _endpoints(tag, year_for_unknown)
        if overlaps and ends:
            picked.append((tag, ends))
        if tag.type == "DATE" and ends and tag.span[1] <= s:
            anchor = int(ends[1][:4])
    if not picked:
        return ""
    approx = ["~" if t.mod == "APPROX" else "" for t, _ in picked]
    if len(picked) >= 2:
        (_, (lo, _)), (_, (_, hi)) = picked[0], picked[-1]
        return f"{lo}{approx[0]}/{hi}{approx[-1]}"
    tag, (lo, hi) = picked[0]
    t = approx[0]
    if tag.mod == "ON_OR_AFTER":
        return f"{lo}{t}/.."
    if tag.mod == "ON_OR_BEFORE":
        return f"../{hi}{t}"
    return f"{lo}{t}" if lo == hi else f"{lo}{t}/{hi}{t}"


# --- report ------------------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    from ja_timex import TimexParser

    cases = load_cases(Path(argv[1]) if len(argv) > 1 else CASES)
    parser = TimexParser()
    ok_ours = ok_jt = ok_bounds = 0
    print(f"{'id':7} {'target':34} {'expected':24} {'ours':24} {'ja-timex':24}")
    for case in cases:
        value, earliest, latest = ours(case)
        jt = jatimex(case, parser)
        exp = case["value"]
        good, jgood = value == exp, jt == exp
        bounds_ok = (earliest, latest) == (case["earliest"], case["latest"])
        ok_ours += good
        ok_jt += jgood
        ok_bounds += good and bounds_ok
        mark = lambda ok: "" if ok else " ✗"  # noqa: E731
        print(f"{case['id']:7} {case['target'][:32]:34} {exp or '-':24} {(value or '-') + mark(good):24} "
              f"{(jt or '-') + mark(jgood):24}")
    n = len(cases)
    print(f"\n{n} cases; ours: value and bounds both right in {ok_bounds}/{n}")
    print(f"accuracy (EDTF value equal): ours {ok_ours}/{n} = {ok_ours / n:.1%}; "
          f"ja-timex {ok_jt}/{n} = {ok_jt / n:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
