"""Calendar forms the unit grammar does not cover: numeric dates, era letters, quarters,
centuries, BCE, seasons after a bare year, and months/days with no year known.

Conventions
-----------
- Numeric: 2021/7/18, 2021.7.18, 2021・7・18 (full dates; 2021-7-18 is `units.ISO_DAY`'s);
  2021/7, 2021年/7, 2021/7月 = '2021-07'; 7/18 = a month/day ('XXXX-07-18' without a year);
  令和3/7/18, 令和3.7, R3.7.18, R3年7月18日, H30 (era letters M T S H R) with 1-2 digit years.
  A month/day needs 1<=M<=12, 1<=D<=31 and is not part of a longer number (1/50, 320/5MP).
- Quarters: 第1四半期, Q1, 1Q (1Q needs a word boundary; 10Q is not one) = EDTF level 2
  'YYYY-33'..'YYYY-36' ('XXXX-33' without a year); after 年度 they count from April and become a
  month interval ('2023-04/2023-06').
- Centuries: N世紀 = 'NNXX' with N-1 as the digits (21世紀 = '20XX'), bounds by the usual
  convention (the first year is 01): 2001-01-01..2100-12-31. 紀元前N世紀 = astronomical years
  '-(100N-1)/-(100N-100)' (紀元前1世紀 = '-0099/0000').
- BCE: 紀元前N年 = astronomical year 1-N as EDTF ('-1999' for 紀元前2000年, '0000' for 紀元前1年);
  bounds are ISO with the astronomical year ('-1999-01-01'), written out by hand because Python
  dates stop at year 1.
- Pre-Meiji era years (大化1年 = '0645'): the `eras` module (japanera's table).
- Years before 1000 with 年 (794年に, 500年頃) are dates when N > 100 (ja-timex's rule: N <= 100
  are durations) and 西暦 comes before or a position word after (に, 頃, から, まで, 以降, の, 、):
  300年の歴史 and 500年はかかる are lengths of time, not years.
- Guards against numbers: a bare year.month needs 1800-2199 and a slash (2021/7; 1234.5 is a
  number), nothing is a date before 万/億/円/倍/% or a counter; 2/3以上, 3/4の are fractions; Q1.
  and Q1： number questions; era letters need a year within the era (M16, T34 are models) and a
  bare S5/M1 (no 年) is not read, only H30 and R5.
- 2021春 / 2021/春 (no 年) = EDTF season '2021-21'.
- A span of days with one 日 (2023年5月19〜21日, 5月19〜21日, 19〜21日) = '2023-05-19/2023-05-21',
  the year and month from the text, else the narrative or the document date, else 'XX'.
- A span of months with one 月 (2023年7〜9月期, 10〜12月) = '2023-07/2023-09'; with no year anywhere
  'XXXX-07/XXXX-09'. 期 (the statistics' quarter) is inside the span.
- A month or day with no year anywhere (no narrative, no document date): 7月18日 = 'XXXX-07-18',
  7月 = 'XXXX-07', 18日 = 'XXXX-XX-18'; no bounds.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

from ..records import DateMention
from .eras import find_old_eras
from .units import ERAS, KNUM, MONTH_PARTS, PARTS, SEASONS, SP, parse_int

_LETTER = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
# the last year of each era as written with an era letter (平成31年 = 2019; 令和 is open, 30 allowed)
ERA_YEARS = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 30}
_SEP = r"[/.・,]"
_NOT_NUM_BEFORE = r"(?<![0-9A-Za-z.,/\-+])"
_NOT_NUM_AFTER = r"(?![0-9A-Za-z.,/%％万億兆円倍人件機隻台個本枚点])"
NUMERIC_RE = re.compile(
    rf"{_NOT_NUM_BEFORE}(?:(?P<era>{'|'.join(ERAS)})|(?P<letter>[MTSHRＲ])|(?:西暦{SP})?(?P<y>[0-9]{{4}}))"
    r"(?:(?P<ey>元|[0-9]{1,2})(?=[/.・,年\-]))?"
    rf"(?:年)?(?P<s1>{_SEP}|-)(?P<m>[0-9]{{1,2}})(?:月)?(?:(?P=s1)(?P<d>[0-9]{{1,2}})(?:日)?)?{_NOT_NUM_AFTER}"
)
LETTER_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<letter>[MTSHRＲ])(?P<ey>[0-9]{{1,2}})(?:(?P<nen>年)(?P<fy>度|代)?"
                       rf"(?:{SP}(?P<lm>[0-9]{{1,2}}){SP}月(?:{SP}(?P<ld>[0-9]{{1,2}}){SP}日)?)?|(?![0-9A-Za-z.]))")
# 7/18 is a month/day; 2/3以上, 3/4の賛成, 1/2を are fractions
MONTH_DAY_RE = re.compile(r"(?<![0-9A-Za-z.,/\-])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})"
                          r"(?![0-9A-Za-z.,/%％]|以上|以下|超|未満|の|を|が|は|程度|強|弱|倍|近く)")
QUARTER_RE = re.compile(
    rf"(?:(?P<y>[0-9]{{4}}){SP}年(?P<fy>度)?{SP}(?:の{SP})?)?(?:第(?P<q1>[1-4１-４一二三四]){SP}四半期"
    rf"|(?<![0-9A-Za-z])Q(?P<q2>[1-4])(?![0-9A-Za-z.．:：)）])|(?<![0-9A-Za-z])(?P<q3>[1-4])Q(?![0-9A-Za-z]))")
CENTURY_RE = re.compile(rf"(?P<bc>紀元前{SP})?(?<![0-9])(?P<n>[0-9]{{1,2}}|{KNUM}){SP}世紀(?!間|前|後|ぶり|目|近く)"
                        rf"(?:{SP}(?P<ap>頃|ごろ))?")
BCE_RE = re.compile(rf"紀元前{SP}(?P<n>[0-9]{{1,4}}|{KNUM}){SP}年(?!間|前|後|ぶり)(?:{SP}(?P<ap>頃|ごろ))?")
OLD_YEAR_RE = re.compile(rf"(?P<ad>西暦{SP})?(?<![0-9.,第])(?P<n>[1-9][0-9]{{2}})年(?!間|前|後|ぶり|度|代|目|[0-9])"
                         rf"(?P<pos>(?={SP}(?:頃|ごろ|に|から|まで|以降|以前|以後|[、。]|の(?!歴史|伝統|間|時|長))))?")
SEASON_RE = re.compile(r"(?<![0-9])(?P<y>[0-9]{4})/?(?P<s>[春夏秋冬])(?!日|分|休|季|期)")
NO_YEAR_RE = re.compile(rf"(?<![0-9A-Za-z.第])(?<![0-9〇一二三四五六七八九十元]年)(?:(?P<m>[0-9]{{1,2}}|{KNUM}){SP}月(?!間|目|曜)(?:{SP}(?P<d>[0-9]{{1,2}}|{KNUM}){SP}日(?!間|目))?"
                        rf"(?:{SP}(?:の{SP})?(?P<part>{PARTS}))?"
                        rf"|(?P<bd>[0-9]{{1,2}}){SP}日(?!間|目|本|米|中|系|曜|前|後|半|以内|程度|おき|ごと|に[0-9一1]|あたり|当たり|当り|につき|平均|分|も早))")


def _astro(bc: int) -> str:
    y = 1 - bc
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _m(text, s, e, value, lo, hi, approx=False, label=None, source=None) -> DateMention:
    return DateMention(s, e, text[s:e], value, lo, hi, approx, label, kind="date", anchor_source=source)


def _year_of(g) -> Optional[int]:
    g = g.groupdict()
    if g.get("y"):
        return int(g["y"])
    era = g.get("era") or _LETTER.get((g["letter"] or "").replace("Ｒ", "R"))
    if not era or not g["ey"]:
        return None
    n = 1 if g["ey"] == "元" else int(g["ey"])
    return ERAS[era] + n if n >= 1 else None


def _ymd(text, m, y, mo, d, out) -> None:
    """A year with an optional month and day as one date mention (invalid parts: nothing)."""
    if mo and not 1 <= mo <= 12 or d and not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return
    if d:
        v = f"{y:04d}-{mo:02d}-{d:02d}"
        out.append(_m(text, m.start(), m.end(), v, v, v))
    elif mo:
        last = calendar.monthrange(y, mo)[1]
        out.append(_m(text, m.start(), m.end(), f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last}"))
    else:
        out.append(_m(text, m.start(), m.end(), f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31"))


def _numeric(text, norm, out):
    for m in NUMERIC_RE.finditer(norm):
        y = _year_of(m)
        if y is None or (m["s1"] == "-" and m["d"] and m["y"]):
            continue  # 2021-7-18 is the units module's ISO_DAY
        marked = "年" in m.group() or "月" in m.group() or not m["y"]
        if not marked and not (1800 <= y <= 2199 and (m["d"] or m["s1"] == "/")):
            continue  # 1234.5, 2000.10 are numbers; a bare year.month needs 2021/7
        _ymd(text, m, y, int(m["m"]), m["d"] and int(m["d"]), out)
    for m in LETTER_RE.finditer(norm):
        letter = m["letter"].replace("Ｒ", "R")
        if (y := _year_of(m)) is None or int(m["ey"]) > ERA_YEARS[_LETTER[letter]]:
            continue  # M16, T34 are model names
        if not m["nen"] and letter not in "HR":
            continue  # a bare S5, M1: too often a code; H30, R5 are the forms in use
        if m["fy"] == "代" and not m["lm"]:  # S50年代: an era decade, as 昭和50年代 in the units module
            out.append(_m(text, m.start(), m.end(), f"{y:04d}/{y + 9:04d}", f"{y:04d}-01-01", f"{y + 9:04d}-12-31"))
            continue
        if m["fy"] and not m["lm"]:  # H30年度: the fiscal year April-March
            out.append(_m(text, m.start(), m.end(), f"{y:04d}-04/{y + 1:04d}-03", f"{y:04d}-04-01", f"{y + 1:04d}-03-31"))
            continue
        _ymd(text, m, y, m["lm"] and int(m["lm"]), m["ld"] and int(m["ld"]), out)


def _quarters(text, norm, out):
    for m in QUARTER_RE.finditer(norm):
        q = "1234１２３４一二三四".index(m["q1"] or m["q2"] or m["q3"]) % 4 + 1
        if not m["y"]:
            out.append(_m(text, m.start(), m.end(), f"XXXX-{32 + q}", None, None))
            continue
        y, first = int(m["y"]), 3 * q - 2 + (3 if m["fy"] else 0)
        y2, first = (y + 1, first - 12) if first > 12 else (y, first)
        last = calendar.monthrange(y2, first + 2)[1]
        v = f"{y2:04d}-{first:02d}/{y2:04d}-{first + 2:02d}" if m["fy"] else f"{y:04d}-{32 + q}"
        out.append(_m(text, m.start(), m.end(), v, f"{y2:04d}-{first:02d}-01", f"{y2:04d}-{first + 2:02d}-{last}"))


def _centuries(text, norm, out):
    for m in BCE_RE.finditer(norm):
        n = parse_int(m["n"])
        if n >= 1:
            a = _astro(n)
            out.append(_m(text, m.start(), m.end(), a + ("~" if m["ap"] else ""), f"{a}-01-01", f"{a}-12-31", bool(m["ap"])))
    for m in CENTURY_RE.finditer(norm):
        n = parse_int(m["n"])
        if n < 1:
            continue
        t = "~" if m["ap"] else ""
        if m["bc"]:
            lo, hi = _astro(100 * n), _astro(100 * (n - 1) + 1)
            out.append(_m(text, m.start(), m.end(), f"{lo}{t}/{hi}{t}", f"{lo}-01-01", f"{hi}-12-31", bool(t)))
        else:
            out.append(_m(text, m.start(), m.end(), f"{n - 1:02d}XX{t}", f"{(n - 1) * 100 + 1:04d}-01-01",
                          f"{n * 100:04d}-12-31", bool(t)))


def _old_years_and_seasons(text, norm, out):
    for m in OLD_YEAR_RE.finditer(norm):
        y = int(m["n"])
        if y > 100 and (m["ad"] or m["pos"] is not None):
            out.append(_m(text, m.start(), m.end(), f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31"))
    for m in SEASON_RE.finditer(norm):
        y = int(m["y"])
        code, a, b = SEASONS[m["s"]]
        ya, ma = y + a // 12, a % 12 + 1
        yb, mb = y + b // 12, b % 12 + 1
        out.append(_m(text, m.start(), m.end(), f"{y:04d}-{code}", date(ya, ma, 1).isoformat(),
                      date(yb, mb, calendar.monthrange(yb, mb)[1]).isoformat()))


def find_forms(text: str, norm: str) -> list[DateMention]:
    """Numeric dates, era letters, quarters, centuries, BCE, old years and bare-year seasons."""
    out: list[DateMention] = []
    for f in (_numeric, _quarters, _centuries, _old_years_and_seasons):
        f(text, norm, out)
    out.extend(find_old_eras(text, norm))
    return sorted(out, key=lambda d: (d.start, -d.end))


# 2023年7〜9月期, 10〜12月: a span of months written with one 月
MONTH_SPAN_RE = re.compile(
    rf"(?:(?:(?P<era>{'|'.join(ERAS)})(?P<ey>元|[0-9]{{1,2}})|(?P<y>[0-9]{{4}})){SP}年(?P<fy>度)?{SP})?"
    rf"(?<![0-9])(?P<a>[0-9]{{1,2}}){SP}[~\-–]{SP}(?P<b>[0-9]{{1,2}}){SP}月(?!間|目)(?P<ki>期)?")


# 5月19〜21日, 19〜21日: a span of days written with one 日
DAY_SPAN_RE = re.compile(
    rf"(?:(?:(?P<era>{'|'.join(ERAS)})(?P<ey>元|[0-9]{{1,2}})|(?P<y>[0-9]{{4}})){SP}年{SP})?"
    rf"(?:(?<![0-9])(?P<mo>[0-9]{{1,2}}){SP}月{SP})?(?<![0-9])(?P<a>[0-9]{{1,2}}){SP}[~\-–]{SP}(?P<b>[0-9]{{1,2}}){SP}日"
    rf"(?!間|目|程度|以内|おき|ごと|前|後|分)")


def _day_spans(text, norm, context_at, out):
    for m in DAY_SPAN_RE.finditer(norm):
        a, b = int(m["a"]), int(m["b"])
        ctx, source = (None, None) if (m["y"] or m["era"]) else context_at(m.start())
        y = _year_of(m) if (m["y"] or m["era"]) else (ctx.year if ctx else None)
        mo = int(m["mo"]) if m["mo"] else (ctx.month if ctx and y else None)
        if not (1 <= a < b <= 31) or (mo and not 1 <= mo <= 12):
            continue
        if y is None or mo is None:
            months = f"{mo:02d}" if mo else "XX"
            out.append(_m(text, m.start(), m.end(), f"XXXX-{months}-{a:02d}/XXXX-{months}-{b:02d}", None, None))
        elif b <= calendar.monthrange(y, mo)[1]:
            lo, hi = f"{y:04d}-{mo:02d}-{a:02d}", f"{y:04d}-{mo:02d}-{b:02d}"
            out.append(_m(text, m.start(), m.end(), f"{lo}/{hi}", lo, hi, False,
                          ctx.label if ctx and not m["y"] else None, source if not (m["y"] or m["era"]) else None))


def _month_spans(text, norm, context_at, out):
    for m in MONTH_SPAN_RE.finditer(norm):
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a < b <= 12):
            continue
        y = _year_of(m) if (m["y"] or m["era"]) else None
        ctx, source = (None, None) if y else context_at(m.start())
        y = y or (ctx.year if ctx else None)
        if y is None:
            out.append(_m(text, m.start(), m.end(), f"XXXX-{a:02d}/XXXX-{b:02d}", None, None))
            continue
        ya, yb = (y + (a < 4), y + (b < 4)) if m["fy"] else (y, y)  # 2023年度1〜3月 = 2024
        last = calendar.monthrange(yb, b)[1]
        out.append(_m(text, m.start(), m.end(), f"{ya:04d}-{a:02d}/{yb:04d}-{b:02d}", f"{ya:04d}-{a:02d}-01",
                      f"{yb:04d}-{b:02d}-{last}", False, ctx.label if ctx else None, source))


def find_partial(text: str, norm: str, context_at) -> list[DateMention]:
    """Months and days with no year: 7/18, 7月18日, 7月末, 7月, 18日. `context_at(pos)` gives the
    (Context, source) in force there — the narrative, else the document date — whose year (and
    month, for a bare day) resolves them; with none they stay unspecified ('XXXX-07-18')."""
    out = []
    _month_spans(text, norm, context_at, out)
    _day_spans(text, norm, context_at, out)
    for m in MONTH_DAY_RE.finditer(norm):
        _partial(text, m, int(m["m"]), int(m["d"]), None, context_at(m.start()), out)
    for m in NO_YEAR_RE.finditer(norm):
        ctx, source = context_at(m.start())
        if m["bd"]:
            d = int(m["bd"])
            if not 1 <= d <= 31:
                continue
            if ctx and ctx.year and ctx.month:
                _partial(text, m, ctx.month, d, None, (ctx, source), out)
            else:
                out.append(_m(text, m.start(), m.end(), f"XXXX-XX-{d:02d}", None, None))
            continue
        _partial(text, m, parse_int(m["m"]), m["d"] and parse_int(m["d"]), m["part"], (ctx, source), out)
    return out


def _partial(text, m, mo, d, part, ctx_source, out):
    ctx, source = ctx_source
    year = ctx.year if ctx else None
    if not 1 <= mo <= 12 or (d and not 1 <= d <= calendar.monthrange(year or 2000, mo)[1]):
        return
    if part and part not in MONTH_PARTS:
        return
    last = calendar.monthrange(year or 2001, mo)[1]
    if part:
        a, b = MONTH_PARTS[part]
        a, b = (last, last) if part == "末日" else (min(a, last), min(b, last))
    y = f"{year:04d}" if year else "XXXX"
    if d or (part and a == b):
        v = f"{y}-{mo:02d}-{d or a:02d}"
        lo = hi = v
    elif part:
        v = f"{y}-{mo:02d}-{a:02d}/{y}-{mo:02d}-{b:02d}"
        lo, hi = v.split("/")
    else:
        v, lo, hi = f"{y}-{mo:02d}", f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{last}"
    if not year:
        out.append(_m(text, m.start(), m.end(), v, None, None))
        return
    out.append(_m(text, m.start(), m.end(), v, lo, hi, False, ctx.label, source))
