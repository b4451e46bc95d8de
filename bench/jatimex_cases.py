"""Turn ja-timex's public test suite into our case table (tests/data/jatimex_cases.tsv).

    python bench/jatimex_cases.py /path/to/ja-timex.git > tests/data/jatimex_cases.tsv

Reads the `tests/` of yagays/ja-timex (MIT licence, notice in tests/data/jatimex_LICENSE) from a
git directory (`git --git-dir=DIR show HEAD:tests/...`) and keeps every assertion that ties an
input text to a normalized result: `.value`, `.freq`, `.mod`, `.text`, `.type`, `is None` /
`== []` / `len(...) == 0` (negative), `is not None` (something is found) and, in
test_timex_reference, `to_datetime()` against a reference date. Assertions on spans, tids, range
flags and kanji normalization internals are left out (they test ja-timex's API, not a meaning).

Every TIMEX3 value is mapped to our conventions by one rule (`to_ours`), never case by case:

- DATE `YYYY-MM-DD` with `XX`: trailing unknown parts are dropped ('2021-XX-XX' -> '2021',
  'XXXX-07-XX' -> 'XXXX-07'); inner unknowns stay as EDTF unspecified digits ('XXXX-07-18',
  'XXXX-XX-18'). Seasons '2021-SP/SU/FA/WI' -> EDTF '2021-21/22/23/24'; quarters 'XXXX-Q1' ->
  EDTF level-2 'XXXX-33' (Q1..Q4 = 33..36); 'FY2021' -> our fiscal year '2021-04/2022-03';
  weekdays 'XXXX-WXX-1' stay as the ISO week-date pattern; centuries 'NNXX' stay (EDTF
  unspecified digits); 'BC0202' -> astronomical year '-0201' (1 BC = '0000'); a BC century
  'BC01XX' (2nd century BC, 200-101 BC) -> '-0199/-0100'.
- TIME 'Thh-mm-ss' with 'XX' -> ISO 'Thh:mm:ss' with trailing unknowns dropped ('T23-59-XX' ->
  'T23:59'); a leading unknown hour stays 'TXX:59:59'.
- DURATION without mod BEFORE/AFTER/NOW: the ISO 8601 duration unchanged (kind duration).
- DURATION with mod BEFORE/AFTER/NOW (1年前, 昨日, 来週, 今年 — ja-timex's "reltime"; where a test
  asserts the value but not the mod, the mod is read from the text as its reltime tagger does:
  前/昨/先 BEFORE, 後/明/翌/来 AFTER, 今 NOW, none with 目/もの間/ぶり): a date
  relative to the document date. Such cases get the document date 2021-07-18 (the reference
  ja-timex's own reference tests use) and the expected value is that date moved by the amount,
  at the unit's precision: years 'YYYY', months 'YYYY-MM', days 'YYYY-MM-DD', weeks the ISO
  week Monday..Sunday 'YYYY-MM-DD/YYYY-MM-DD'. Fractional amounts, centuries and hours/minutes/
  seconds cannot be placed at a calendar precision: they stay durations (kind duration).
- SET value P1W with freq 'nX' -> 'R/P1W' and count n; with a duration freq (年20日 -> P20D) ->
  'R/P1Y' and count None; quant EACH/EVERY -> 'R/<value>' count 1 / None.
- mod START/MID/END/APPROX/ON_OR_AFTER/ON_OR_BEFORE without a value assertion: the mention must
  exist with that text; APPROX also needs approximate=True, ON_OR_AFTER a value 'X/..',
  ON_OR_BEFORE '../X' (column `check`). A text-only case whose text is relative by the rule
  above (昨日, 来年, 半年前) gets the document date too.
- Negatives: `is None` in a tagger's own test file says that tagger finds nothing, so the case
  forbids only the kinds that tagger gives (abstime: date,time; duration: duration; reltime:
  date,duration; set: set); `== []` / `len(...) == 0` on the whole parser forbids everything.
- Texts: where a test asserts `raw_text` (the original characters) it is the expected text, as
  our spans index the original; ja-timex's `text` is its normalized copy (明治26年).
- Left out: test_ignore_kansuji (a parser option, not a reading of the text).
"""
from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, timedelta

FILES = ("test_abstime_tagger", "test_duration_tagger", "test_reltime_tagger", "test_set_tagger",
         "test_timex", "test_timex_not_applicable", "test_timex_reference")
CATEGORY = {"test_abstime_tagger": "abstime", "test_duration_tagger": "duration",
            "test_reltime_tagger": "reltime", "test_set_tagger": "set", "test_timex": "timex",
            "test_timex_not_applicable": "negative", "test_timex_reference": "reference"}
REFERENCE = date(2021, 7, 18)
# functions whose assertions test a parser option, not a reading of the text
SKIP_FUNCTIONS = {"test_ignore_kansuji"}
# a tagger's own "finds nothing" only says that tagger finds nothing: the kinds it could give
TAGGER_KINDS = {"abstime": "date,time", "duration": "duration", "reltime": "date,duration", "set": "set"}
COLUMNS = ("source", "category", "text", "document_date", "index", "timex_type", "timex_value",
           "timex_freq", "timex_mod", "expect_text", "check", "kind", "value", "count")

_STR = r'"((?:[^"\\]|\\.)*)"'
_PARSE = rf'(?:t|p|p_i|p_ref|TimexParser\([^)]*\))\.parse\(\s*{_STR}\s*,?\s*\)'
_ATTR = re.compile(rf'assert {_PARSE}(\[0\])?\.(value|freq|mod|text|type|quant) (==|is) (?:{_STR}|None)')
_NEG = re.compile(rf'assert (?:{_PARSE} (?:is None|== \[\])|not {_PARSE}|len\({_PARSE}\) == 0)')
_POS = re.compile(rf'assert {_PARSE} is not None')
_BIND = re.compile(rf'(timex(?:es)?) = {_PARSE}(\[0\])?')
_IDX = re.compile(rf'assert (timex(?:es)?|t0|t1)(?:\[(\d)\])?\.(value|freq|mod|raw_text|text|type) (==|is) (?:{_STR}|None)')


def to_ours(ttype: str, value: str, mod: str, freq: str, quant: str) -> tuple[str, str, str, str]:
    """(kind, value, count, document_date) for one ja-timex tag (rule in the module docstring)."""
    if ttype == "SET" or quant:
        if freq and re.fullmatch(r"\d+X", freq):
            return "set", f"R/{value}" if value else "", freq[:-1], ""
        return "set", f"R/{value}" if value else "", "1" if quant == "EACH" else "", ""
    if ttype in ("DURATION", "") and value.startswith("P") and mod in ("BEFORE", "AFTER", "NOW"):
        moved = _moved(value, mod)
        return ("date", moved, "", REFERENCE.isoformat()) if moved else ("duration", value, "", "")
    if ttype == "DURATION" or (value.startswith("P") and not ttype):
        return "duration", value, "", ""
    if value.startswith("T"):
        hms = value[1:].split("-")
        while hms and hms[-1] == "XX":
            hms.pop()
        return "time", "T" + ":".join(hms), "", ""
    return "date", _date(value), "", ""


def _date(v: str) -> str:
    if m := re.fullmatch(r"BC(\d\d)XX", v):
        n = int(m[1]) + 1
        return f"{_astro(100 * n)}/{_astro(100 * (n - 1) + 1)}"
    if m := re.fullmatch(r"BC(\d{4})", v):
        return _astro(int(m[1]))
    if m := re.fullmatch(r"FY(\d{4})", v):
        return f"{m[1]}-04/{int(m[1]) + 1}-03"
    if m := re.fullmatch(r"(\w{4})-(SP|SU|FA|WI)", v):
        return f"{m[1]}-{21 + ('SP', 'SU', 'FA', 'WI').index(m[2])}"
    if m := re.fullmatch(r"(\w{4})-Q([1-4])", v):
        return f"{m[1]}-{32 + int(m[2])}"
    if "-W" in v or re.fullmatch(r"\d\dXX", v):
        return v
    parts = v.split("-")
    while len(parts) > 1 and parts[-1] == "XX":
        parts.pop()
    return "-".join(parts)


def _astro(bc: int) -> str:
    y = 1 - bc
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _moved(value: str, mod: str) -> str:
    m = re.fullmatch(r"P(\d+)([YMWD])", value)
    if not m:
        return ""
    n, u = int(m[1]), m[2]
    n = 0 if mod == "NOW" else (-n if mod == "BEFORE" else n)
    r = REFERENCE
    if u == "Y":
        return f"{r.year + n:04d}"
    if u == "M":
        k = r.year * 12 + r.month - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if u == "D":
        return (r + timedelta(days=n)).isoformat()
    monday = r - timedelta(days=r.weekday()) + timedelta(weeks=n)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _direction(text: str) -> str:
    """The mod ja-timex's reltime tagger gives (its test_*_mod_* functions): 前/昨/先 BEFORE, 後/明/翌/来
    AFTER, 今 NOW; none for 目, もの間, ぶり and approximations without 前/後."""
    if re.search(r"目|もの間|ぶり", text):
        return ""
    if re.search(r"前|まえ|昨|先|一昨|おととし", text):
        return "BEFORE"
    if re.search(r"後|明|翌|来", text):
        return "AFTER"
    return "NOW" if text.startswith("今") else ""


def _reference_value(text: str, args: str) -> str:
    """A to_datetime() at the precision the text names (年/月/日 and 時/分)."""
    n = [int(x) for x in args.split(",") if x.strip()]
    d = date(*n[:3])
    if "時" in text:
        return f"{d.isoformat()}T{n[3]:02d}:{n[4]:02d}" if "分" in text else f"{d.isoformat()}T{n[3]:02d}"
    if "日" in text:
        return d.isoformat()
    if "月" in text:
        return d.isoformat()[:7]
    return f"{d.year:04d}"


class _Reader:
    """Reads one test file line by line; rows are merged per (function, text, tag index)."""

    def __init__(self, name: str):
        self.name, self.cases = name, {}
        self.func, self.bound, self.aliases = "", None, {}

    def row(self, text, idx, extra=None):
        r = self.cases.setdefault((self.func, text, idx), {c: "" for c in COLUMNS} | {
            "source": f"{self.name}.py::{self.func}", "category": CATEGORY[self.name], "text": text, "index": idx})
        r.update({k: v for k, v in (extra or {}).items() if v is not None})

    def line(self, s: str, following: str) -> None:
        if s.startswith("def test_"):
            self.func, self.bound, self.aliases = s[4:s.index("(")], None, {}
        elif self.func in SKIP_FUNCTIONS:
            return
        elif self.name == "test_timex_reference":
            self._reference(s, following)
        elif not self._direct(s):
            self._bound_tags(s)

    def _reference(self, s: str, following: str) -> None:
        m = re.search(rf'TimexParser\(reference=reference_past\)\.parse\({_STR}\)', s)
        dt = m and re.search(r'to_datetime\(\) == pendulum\.datetime\(([\d, ]+)', following)
        if dt:
            v = _reference_value(m[1], dt[1])
            self.row(m[1], "0", {"check": "value", "kind": "time" if "T" in v else "date",
                                 "document_date": "2010-07-18", "value": v})

    def _direct(self, s: str) -> bool:
        """`t.parse("X")...` assertions; False when the line is none of them."""
        if m := _NEG.search(s):
            self.row(next(g for g in m.groups() if g is not None), "", {"check": "none"})
        elif m := _POS.search(s):
            self.row(m[1], "0", {"check": "any"})
        elif m := _ATTR.search(s):
            text, _, attr, _, val = m.groups()
            if val is None and attr == "value":
                self.row(text, "", {"check": "none"})
            elif val is not None:
                key = f"timex_{attr}" if attr in ("value", "freq", "mod", "type") else \
                    "expect_text" if attr == "text" else "timex_quant"
                self.row(text, "0", {key: val})
        else:
            return False
        return True

    def _bound_tags(self, s: str) -> None:
        """`timexes = p.parse("X")` then `timexes[i].value == ...` (and `t0 = timexes[0]`)."""
        if m := _BIND.search(s):
            self.bound = (m[1], m[2])
        elif self.bound and (m := re.search(r"(t[01]) = timexes\[(\d)\]", s)):
            self.aliases[m[1]] = m[2]
        elif self.bound and (m := _IDX.search(s)):
            var, idx, attr, _, val = m.groups()
            if var in self.aliases:
                var, idx = self.bound[0], self.aliases[var]
            if var != self.bound[0] or (val is None and attr == "mod"):
                return
            idx, text = idx or "0", self.bound[1]
            if attr == "raw_text":  # our spans index the original text: ja-timex's raw_text wins
                self.row(text, idx, {"expect_text": val, "raw": "1"})
            elif attr != "text" or not self.cases.get((self.func, text, idx), {}).get("raw"):
                self.row(text, idx, {f"timex_{attr}" if attr != "text" else "expect_text": val})


def rows_of(name: str, source: str) -> list[dict]:
    """Every kept assertion of one test file as case rows (merged per text and tag index)."""
    reader = _Reader(name)
    lines = source.splitlines() + [""]
    for i, line in enumerate(lines[:-1]):
        reader.line(line.strip(), lines[i + 1])
    return [finish(r) for r in reader.cases.values()]


def finish(r: dict) -> dict:
    quant = r.pop("timex_quant", "")
    r.pop("raw", None)
    if r["check"] == "none":
        return r | {"kind": TAGGER_KINDS.get(r["category"], "")}
    if r["check"] in ("any", "value"):
        if r["check"] == "any":
            r["kind"] = "set" if r["category"] == "set" else ""
        return r
    if not r["timex_value"] and not quant and not r["timex_freq"]:
        mod = r["timex_mod"]
        if not mod and not r["expect_text"] and not r["timex_type"]:
            return r | {"check": "skip"}
        r["check"] = {"APPROX": "approx", "ON_OR_AFTER": "open_end", "ON_OR_BEFORE": "open_start"}.get(mod, "text")
        ttype = r["timex_type"]
        r["kind"] = {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "set"}.get(ttype, "")
        if mod in ("BEFORE", "AFTER", "NOW") or (r["category"] == "reltime" and mod != "APPROX") \
                or (r["expect_text"] and not mod and _direction(r["expect_text"])):
            r["kind"], r["document_date"] = "", REFERENCE.isoformat()
        return r
    ttype = r["timex_type"] or {"duration": "DURATION", "reltime": "DURATION", "set": "SET"}.get(r["category"], "")
    if not r["timex_mod"] and r["category"] != "duration" and (ttype == "DURATION" or r["timex_value"].startswith("P")):
        r["timex_mod"] = _direction(r["expect_text"] or r["text"])
    if not ttype and r["timex_value"].startswith("P") and r["timex_mod"] in ("BEFORE", "AFTER", "NOW"):
        ttype = "DURATION"
    kind, value, count, doc_date = to_ours(ttype, r["timex_value"], r["timex_mod"], r["timex_freq"], quant)
    return r | {"check": "value", "kind": kind, "value": value, "count": count, "document_date": doc_date}


def main(argv: list[str]) -> int:
    gitdir = argv[1]
    print("\t".join(COLUMNS))
    for name in FILES:
        src = subprocess.run(["git", f"--git-dir={gitdir}", "show", f"HEAD:tests/{name}.py"],
                             check=True, capture_output=True, text=True).stdout
        for r in rows_of(name, src):
            if r["check"] != "skip":
                print("\t".join(str(r[c]) for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
