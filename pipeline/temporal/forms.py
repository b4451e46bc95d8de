"""Calendar forms the unit grammar does not cover: numeric dates, era letters, quarters,
centuries, BCE, old years and seasons after a bare year (months and days with no year, and spans
of them, are the `partial` module's).

Conventions
-----------
- Numeric: 2021/7/18, 2021.7.18, 2021・7・18 (full dates; 2021-7-18 is `units.ISO_DAY`'s);
  2021/7, 2021年/7, 2021/7月, ISO 2019-09 = '2021-07' (not 2009-10, 2011-12年: short year ranges);
  US datelines 07/21/2010 = '2010-07-21' (21/07/2010 = the same: a first number over 12 is the day); 7/18 = a month/day ('XXXX-07-18' without a year);
  令和3/7/18, 令和3.7, R3.7.18, R3年7月18日, H30 (era letters M T S H R) with 1-2 digit years.
  A month/day needs 1<=M<=12, 1<=D<=31 and is not part of a longer number (1/50, 320/5MP).
- Quarters: 第1四半期, Q1, 1Q (1Q needs a word boundary; 10Q is not one) = EDTF level 2
  'YYYY-33'..'YYYY-36' ('XXXX-33' without a year); after 年度 they count from April and become a
  month interval ('2023-04/2023-06').
- Centuries: N世紀 = 'NNXX' with N-1 as the digits (21世紀 = '20XX'), bounds by the usual
  convention (the first year is 01): 2001-01-01..2100-12-31. 紀元前N世紀 = astronomical years
  '-(100N-1)/-(100N-100)' (紀元前1世紀 = '-0099/0000'). A part of a century is the decades' part
  in tens of years from its year 01: 21世紀前半 = '2001/2050', 20世紀後半 = '1951/2000', 19世紀末 =
  '1871/1900', 20世紀初頭 = '1901/1930'.
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
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

from ..records import DateMention
from .eras import find_old_eras
from .units import DECADE_PARTS, ERAS, KNUM, SEASONS, SP, parse_int

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
QUARTER_RE = re.compile(
    rf"(?:(?P<y>[0-9]{{4}}){SP}年(?P<fy>度)?{SP}(?:の{SP})?)?(?:第(?P<q1>[1-4１-４一二三四]){SP}四半期"
    rf"|(?<![0-9A-Za-z])Q(?P<q2>[1-4])(?![0-9A-Za-z.．:：)）])|(?<![0-9A-Za-z])(?P<q3>[1-4])Q(?![0-9A-Za-z]))")
CENTURY_RE = re.compile(rf"(?P<bc>紀元前{SP})?(?<![0-9])(?P<n>[0-9]{{1,2}}|{KNUM}){SP}世紀(?!間|前(?!半)|後(?!半)|ぶり|目|近く)"
                        rf"(?:{SP}(?:の{SP})?(?P<part>前半|後半|半ば|なかば|中頃|初頭|初め(?!て)|末期|末|終わり))?"
                        rf"(?:{SP}(?P<ap>頃|ごろ))?")
BCE_RE = re.compile(rf"紀元前{SP}(?P<n>[0-9]{{1,4}}|{KNUM}){SP}年(?!間|前|後|ぶり)(?:{SP}(?P<ap>頃|ごろ))?")
OLD_YEAR_RE = re.compile(rf"(?P<ad>西暦{SP})?(?<![0-9.,第])(?P<n>[1-9][0-9]{{2}})年(?!間|前|後|ぶり|度|代|目|[0-9])"
                         rf"(?P<pos>(?={SP}(?:頃|ごろ|に|から|まで|以降|以前|以後|[、。]|の(?!歴史|伝統|間|時|長))))?")
SEASON_RE = re.compile(r"(?<![0-9])(?P<y>[0-9]{4})/?(?P<s>[春夏秋冬])(?!日|分|休|季|期)")
def _astro(bc: int) -> str:
    y = 1 - bc
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def date_mention(text, s, e, value, lo, hi, approx=False, label=None, source=None) -> DateMention:
    """A kind='date' mention of text[s:e] (shared with the `partial` module)."""
    return DateMention(s, e, text[s:e], value, lo, hi, approx, label, kind="date", anchor_source=source)


def year_of(g) -> Optional[int]:
    """The year of a match with groups y (four digits) or era/letter + ey (令和3, R3, 元); None if none."""
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
        out.append(date_mention(text, m.start(), m.end(), v, v, v))
    elif mo:
        last = calendar.monthrange(y, mo)[1]
        out.append(date_mention(text, m.start(), m.end(), f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last}"))
    else:
        out.append(date_mention(text, m.start(), m.end(), f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31"))


def _iso_month(norm, m, y) -> bool:
    """2019-09 (ISO/EDTF year-month, also with ‑ U+2011 in web datelines), but not 2009-10 or
    2011-12年, which are two years (a range written short)."""
    mm = m["m"]
    return (m["s1"] == "-" and m["y"] and len(mm) == 2 and int(mm) != (y + 1) % 100
            and not norm.startswith("年", m.end()))


def _numeric(text, norm, out):
    for m in NUMERIC_RE.finditer(norm):
        y = year_of(m)
        if y is None or (m["s1"] == "-" and m["d"] and m["y"]):
            continue  # 2021-7-18 is the units module's ISO_DAY
        marked = "年" in m.group() or "月" in m.group() or not m["y"]
        if not marked and not (1800 <= y <= 2199 and (m["d"] or m["s1"] == "/" or _iso_month(norm, m, y))):
            continue  # 1234.5, 2000.10 are numbers; a bare year.month needs 2021/7 or ISO 2019-09
        _ymd(text, m, y, int(m["m"]), m["d"] and int(m["d"]), out)
    for m in LETTER_RE.finditer(norm):
        letter = m["letter"].replace("Ｒ", "R")
        if (y := year_of(m)) is None or int(m["ey"]) > ERA_YEARS[_LETTER[letter]]:
            continue  # M16, T34 are model names
        if not m["nen"] and letter not in "HR":
            continue  # a bare S5, M1: too often a code; H30, R5 are the forms in use
        if m["fy"] == "代" and not m["lm"]:  # S50年代: an era decade, as 昭和50年代 in the units module
            out.append(date_mention(text, m.start(), m.end(), f"{y:04d}/{y + 9:04d}", f"{y:04d}-01-01", f"{y + 9:04d}-12-31"))
            continue
        if m["fy"] and not m["lm"]:  # H30年度: the fiscal year April-March
            out.append(date_mention(text, m.start(), m.end(), f"{y:04d}-04/{y + 1:04d}-03", f"{y:04d}-04-01", f"{y + 1:04d}-03-31"))
            continue
        _ymd(text, m, y, m["lm"] and int(m["lm"]), m["ld"] and int(m["ld"]), out)


US_DAY_RE = re.compile(r"(?<![0-9A-Za-z.,/\-])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9A-Za-z/.,])")


def _us_days(text, norm, out):
    """07/21/2010 (month first, the US dateline order); 21/07/2010 when the first number is over 12."""
    for m in US_DAY_RE.finditer(norm):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        mo, d = (b, a) if a > 12 else (a, b)
        if 1000 <= y <= 2999 and 1 <= d:
            _ymd(text, m, y, mo, d, out)


def _quarters(text, norm, out):
    for m in QUARTER_RE.finditer(norm):
        q = "1234１２３４一二三四".index(m["q1"] or m["q2"] or m["q3"]) % 4 + 1
        if not m["y"]:
            out.append(date_mention(text, m.start(), m.end(), f"XXXX-{32 + q}", None, None))
            continue
        y, first = int(m["y"]), 3 * q - 2 + (3 if m["fy"] else 0)
        y2, first = (y + 1, first - 12) if first > 12 else (y, first)
        last = calendar.monthrange(y2, first + 2)[1]
        v = f"{y2:04d}-{first:02d}/{y2:04d}-{first + 2:02d}" if m["fy"] else f"{y:04d}-{32 + q}"
        out.append(date_mention(text, m.start(), m.end(), v, f"{y2:04d}-{first:02d}-01", f"{y2:04d}-{first + 2:02d}-{last}"))


def _centuries(text, norm, out):
    for m in BCE_RE.finditer(norm):
        n = parse_int(m["n"])
        if n >= 1:
            a = _astro(n)
            out.append(date_mention(text, m.start(), m.end(), a + ("~" if m["ap"] else ""), f"{a}-01-01", f"{a}-12-31", bool(m["ap"])))
    for m in CENTURY_RE.finditer(norm):
        n = parse_int(m["n"])
        if n < 1:
            continue
        t = "~" if m["ap"] else ""
        if m["bc"]:
            lo, hi = _astro(100 * n), _astro(100 * (n - 1) + 1)
            out.append(date_mention(text, m.start(), m.end(), f"{lo}{t}/{hi}{t}", f"{lo}-01-01", f"{hi}-12-31", bool(t)))
        elif m["part"]:  # 21世紀前半 = 2001/2050: the decades' parts, in tens of years (`units.DECADE_PARTS`)
            a, b = DECADE_PARTS[m["part"]]
            lo, hi = (n - 1) * 100 + 1 + 10 * a, (n - 1) * 100 + 10 * (b + 1)
            out.append(date_mention(text, m.start(), m.end(), f"{lo:04d}{t}/{hi:04d}{t}", f"{lo:04d}-01-01",
                                    f"{hi:04d}-12-31", bool(t)))
        else:
            out.append(date_mention(text, m.start(), m.end(), f"{n - 1:02d}XX{t}", f"{(n - 1) * 100 + 1:04d}-01-01",
                          f"{n * 100:04d}-12-31", bool(t)))


def _old_years_and_seasons(text, norm, out):
    for m in OLD_YEAR_RE.finditer(norm):
        y = int(m["n"])
        if y > 100 and (m["ad"] or m["pos"] is not None):
            out.append(date_mention(text, m.start(), m.end(), f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31"))
    for m in SEASON_RE.finditer(norm):
        y = int(m["y"])
        code, a, b = SEASONS[m["s"]]
        ya, ma = y + a // 12, a % 12 + 1
        yb, mb = y + b // 12, b % 12 + 1
        out.append(date_mention(text, m.start(), m.end(), f"{y:04d}-{code}", date(ya, ma, 1).isoformat(),
                      date(yb, mb, calendar.monthrange(yb, mb)[1]).isoformat()))


def find_forms(text: str, norm: str) -> list[DateMention]:
    """Numeric dates, era letters, quarters, centuries, BCE, old years and bare-year seasons."""
    out: list[DateMention] = []
    for f in (_numeric, _us_days, _quarters, _centuries, _old_years_and_seasons):
        f(text, norm, out)
    out.extend(find_old_eras(text, norm))
    return sorted(out, key=lambda d: (d.start, -d.end))
