"""Date units for `pipeline.dates`: where one date expression is (regexes) and what it means.

A *unit* is one calendar expression without range connectors: ``2022年2月4日``, ``令和5年度``,
``1990年代半ば``, ``同年7月``, ``6月末頃``. `build_unit` turns a regex match into a `Unit`
(EDTF endpoints + ISO bounds) or explains why it could not (`Rejected`): that is the `meaning`
module; this one has the regexes, the records and the arithmetic of parts. Ranges, open intervals
and the narrative anchor live in `pipeline.dates`.

All regexes run on `normalize(text)`, a per-character translation of the input (full-width
digits and dashes to ASCII), so every offset is an offset into the original string.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..text import parse_number

# --- per-character normalization (length-preserving) ------------------------------------------
# one character for one: offsets stay valid. Every dash a range can be written with (– en dash,
# ‒ figure dash, which PDF fonts give back for –, — em dash, ― horizontal bar) is "-".
# ‐ hyphen and ‑ non-breaking hyphen (2019‑09 in web datelines) and − minus are dashes too.
_NORM = str.maketrans("０１２３４５６７８９－～〜–‒—―\u2010\u2011\u2212", "0123456789-~~-------")


# ○ (white circle) written for the kanji zero 〇 after a kanji digit, as newspapers and OCR give it
# (二○○四年, 一九四○年); a ○ elsewhere (a bullet, a Diet speaker label ○山田君) stays
_CIRCLE_ZERO = re.compile(r"(?<=[〇一二三四五六七八九])○+")


def normalize(text: str) -> str:
    """Full-width digits, hyphen and wave dashes as ASCII, ○ as 〇 after a kanji digit; same length
    as `text`."""
    out = text.translate(_NORM)
    return _CIRCLE_ZERO.sub(lambda m: "〇" * len(m[0]), out) if "○" in out else out


# --- numerals ---------------------------------------------------------------------------------
def parse_int(s: str) -> int:
    """'2022', '二〇二二', '二千二十二', '十二' -> int (the quantities module's numeral parser)."""
    return int(parse_number(s))


# --- regexes ----------------------------------------------------------------------------------
SP = r"[ \u3000\t]*"
# the range mark between two dates or times (10日から20日, 12:00~17:30, 2020-2022), on normalized text:
# every dash and wave dash is already - or ~ there (`_NORM`). The one definition of the dates, joins,
# links and sametime modules.
RANGE_MARK = r"(?:から|より|~|-)"
# what opens or closes a range after a date: 2020年から/以降 (start known, end open), 2020年まで/以前
OPEN_START = re.compile(rf"{SP}(?:から|より(?!前|後|も)|以降|以後|以来|~)")
OPEN_END = re.compile(rf"{SP}(?:まで|以前)")
KNUM = "[〇零一二三四五六七八九十百千]+"
# two kanji digits written positionally (九一年, 四〇年: newspapers' 1991, 1940) are a two-digit year, never a
# count (a count is written 九十一年)
KDIGIT = "[〇一二三四五六七八九]"
# a day written without its month (15日, 翌27日, 十五日), its bracketed weekday optional (26日(月曜日), 27日（火）)
BARE_DAY = re.compile(rf"(?:翌{SP})?(?P<n>[0-9０-９]{{1,2}}|{KNUM}){SP}日"
                      rf"(?:{SP}[（(]{SP}(?P<w>[月火水木金土日])(?:曜日?)?{SP}[）)])?")
ANCHORED = ("document", "narrative")  # a record's anchor_source when the date was read against one


def anchored_bare_day(d) -> Optional[re.Match]:
    """The BARE_DAY match of a date record (the whole of its text) resolved against the narrative or
    the document date: 15日 after 2023年8月, 26日(月) in a document of 2025-05-28; None otherwise."""
    if d.kind != "date" or d.anchor_source not in ANCHORED:
        return None
    return BARE_DAY.fullmatch(d.text.strip())
NUM = rf"(?:[0-9]{{1,4}}|{KNUM})"
LB = "(?<![0-9A-Za-z.〇零一二三四五六七八九十百千])"  # not inside a longer number or word
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}  # year 1 = base + 1
# 頭 is a part word (年頭, 月頭) unless it starts a word of its own: the common words that begin with 頭
# (頭取, 頭数, 頭打ち, 頭脳, 頭部 ...); 年頭所感 stays 年頭.
PARTS = ("上半期|下半期|上期|下期|前半|後半|半ば|なかば|中頃|初頭|初め(?!て)|始め(?!て|る|た)|頭(?!首|脳|領|取|数|打|部|髪|金|角|痛|上)|初旬|上旬|中旬|下旬"
         "|末日|末期|終わり|おわり|末|春|夏|秋|冬")
APPROX = "頃|ごろ|ころ|前後|近く"

# a year word of the time of writing (昨年) directly before a month: 昨年8月, 昨年の二月 (`DOC_YEAR_SHIFT`)
# the one table of these words: the relative module builds its year words, glossed years (本年(2022年))
# and season words (昨秋) from it
DOC_YEAR_SHIFT = {"今年": 0, "本年": 0, "昨年": -1, "去年": -1, "一昨年": -2, "おととし": -2, "来年": 1, "再来年": 2}
DOC_YEARS = "|".join(sorted(DOC_YEAR_SHIFT, key=len, reverse=True))
OF_MONTH = rf"(?:{SP}の)?{SP}(?:{NUM}{SP}[~-]{SP})?{NUM}{SP}月(?!間|目)"  # 昨年の1~3月期: the span's year
UNIT = re.compile(
    rf"""
    (?:(?P<pre>約|およそ){SP})?
    (?:
      (?:
        (?P<era>{"|".join(ERAS)}){SP}(?P<eyear>元|{NUM})(?:{SP}[(（]{SP}(?P<wyear>[0-9]{{4}}){SP}年?{SP}[)）])?{SP}年(?!間|ぶり)
        |(?<![\u3400-\u9fff々])同{SP}(?P<seyear>元|[0-9]{{1,2}}|{KNUM}){SP}年(?!間|ぶり|後|前|目|来|連続|代|齢)
        |(?:西暦{SP})?(?<!紀元前){LB}(?P<year>[0-9]{{4}}|(?!{KDIGIT}{{2}}{SP}年){KNUM}){SP}年(?!間|ぶり|後(?!半)|前(?!半|後))
          (?:{SP}[(（]{SP}(?P<yera>{"|".join(ERAS)}){SP}(?P<yeyear>元|{NUM}){SP}年{SP}[)）]{SP}(?=度))?
        |(?P<rely>同|翌々|翌|前(?!年同))年(?!代|齢|輩|比|間|度比)
        |{LB}(?P<nafter>[0-9]{{1,2}}|{KNUM}){SP}年後(?!半)
        |(?<![\u3400-\u9fff々])(?P<docy>{DOC_YEARS})(?={OF_MONTH})
        |{LB}(?<![-/~])(?P<syear>[0-9]{{2}}|{KDIGIT}{{2}}){SP}年(?!間|ぶり|後|前|目|来|連続)
        |{LB}(?P<gyy>[0-9]{{4}}|[0-9]{{2}}){SP}[(（]{SP}(?P<gera>{"|".join(ERAS)}|同){SP}(?P<geyear>元|[0-9]{{1,2}}){SP}[)）]{SP}年(?!間|ぶり)
      )
      (?P<suffix>度|代)?
      (?:(?:{SP}(?<!代)の)?{SP}(?P<month>{NUM}){SP}月(?!間|目)|(?P<relm>同|翌)月(?!比))?
      |{LB}(?P<bmonth>{NUM}){SP}月(?!間|目)
      |(?P<relm2>同|翌|(?<![\u3400-\u9fff々])前)月(?!比|末|初)
      |(?:(?<=時間)|(?<![\u3400-\u9fff々]))(?P<reld2>同)日(?!程|{SP}の{SP}(?:論|談))
    )
    (?:{SP}(?P<day>{NUM}){SP}日(?!間|目)|(?P<reld>同)日)?
    (?:{SP}(?:の{SP})?(?P<part>{PARTS}))?
    (?:{SP}(?P<approx>{APPROX}))?
    """,
    re.X,
)


def era_year(era: str, n: str) -> int:
    """The year of the Gregorian calendar of an era's year n (令和, '元' -> 2019)."""
    return ERAS[era] + (1 if n == "元" else parse_int(n))


def glossed_era(g: dict, last_era: Optional[str] = None) -> Optional[dict]:
    """The `UNIT` groups `g` with the writer's glosses read, or None when a gloss contradicts its year
    or names no era we know (the mention is then no date we can tell):
    - a two- or four-digit year glossed by its era year, as the defence white paper writes every year
      (12(平成24)年7月 = 2012-07: the era year gives the century; 2022(令和4)年12月, 2023(令和5)年度), its
      era 同 for the one last named (17(同29)年1月 after 11(平成23)年 = 2017-01), the year in g["year"];
    - an era year glossed by its Gregorian year (平成23(2011)年9月, 令和元(2019)年度);
    - a Gregorian year glossed by its era year before 年度 (2019年(令和元年)度 = the fiscal year 2019);
    - 同N年, an era's year with the era of the last era year told (昭和45年 … 同51年 = 1976), g["era"]."""
    if g.get("seyear"):
        if not last_era:
            return None
        g = g | {"era": last_era, "eyear": g["seyear"]}
    if g.get("gera"):
        era = last_era if g["gera"] == "同" else g["gera"]
        if not era:
            return None
        year = era_year(era, g["geyear"])
        told = int(g["gyy"])
        return g | {"year": str(year)} if year == told or year % 100 == told else None
    if g.get("wyear") and era_year(g["era"], g["eyear"]) != int(g["wyear"]):
        return None
    if g.get("yera") and era_year(g["yera"], g["yeyear"]) != parse_int(g["year"]):
        return None
    return g


def era_named(g: dict) -> Optional[str]:
    """The era a date's groups name explicitly (平成23年, 12(平成24)年, 2019年(令和元年)度), for 同N年."""
    gera = g.get("gera") if g.get("gera") != "同" else None
    return None if g.get("seyear") else (g.get("era") or gera or g.get("yera"))


# 2015-2016年, （2000 – 2022）: bare four-digit years joined by a dash; 2023～2027年度, 2024～26年度 and
# 23～27年度 (fiscal years: `fiscalrange`)
BARE_RANGE = re.compile(
    rf"(?<![0-9A-Za-z.\-])(?P<a>[0-9]{{4}}|[0-9]{{2}}(?={SP}[-~]{SP}[0-9]{{2}}{SP}年{SP}度)){SP}[-~]{SP}(?P<b>[0-9]{{4}}|[0-9]{{2}}(?={SP}年{SP}度))(?![0-9])"
    rf"(?P<nen>{SP}年(?P<fy>{SP}度)?)?"
)
ISO_DAY = re.compile(
    r"(?<![0-9A-Za-z.\-/])(?P<y>[0-9]{4})([-/.])(?P<m>[0-9]{1,2})\2(?P<d>[0-9]{1,2})(?![0-9])"
)
# English dates with a four-digit year: 'August 6, 2023', 'Aug. 6 2023', '12 July 2016', 'October 2023'
EN_MONTHS = {m[:3].lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTH = ("January|February|March|April|May|June|July|August|September|October|November|December"
             "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_EN_SP = r"[ \t\u00a0]+"
_ORD = "(?:st|nd|rd|th)?"
EN_DATE = re.compile(
    rf"(?<![0-9A-Za-z])(?:(?P<d1>[0-9]{{1,2}}){_ORD}{_EN_SP}(?P<m1>{_EN_MONTH})\.?,?{_EN_SP}(?P<y1>[0-9]{{4}})"
    rf"|(?P<m2>{_EN_MONTH})\.?{_EN_SP}(?:(?P<d2>[0-9]{{1,2}}){_ORD},?{_EN_SP})?(?P<y2>[0-9]{{4}}))(?![0-9A-Za-z])"
)
DAY_ONLY = re.compile(rf"(?P<day>{NUM}){SP}日(?!間|目)")
# the end of a range written with two digits: 2008年から09年にかけて
SHORT_YEAR = re.compile(rf"(?P<sy>[0-9]{{2}}){SP}年(?!間|後|前|度|代)(?:{SP}(?P<approx>{APPROX}))?")


# --- records ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unit:
    """One calendar expression: EDTF endpoints `lo`/`hi` (equal for a single date) and bounds."""

    lo: str
    hi: str
    earliest: date
    latest: date
    approx: bool = False
    year: Optional[int] = None  # the single year/month/day it names, for anchoring and ranges
    month: Optional[int] = None
    day: Optional[int] = None
    resolved_against: Optional[str] = None
    part_dropped: bool = False  # a year's part after a month (3月の下期): the match ends before it


@dataclass(frozen=True)
class Rejected:
    """Why a match is not a date. `warning` is None for a silent skip (not a date at all)."""

    warning: Optional[str] = None


@dataclass(frozen=True)
class Context:
    """Where a year/month with no year comes from: the narrative anchor or a range's start."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    label: Optional[str] = None  # None when inherited from the range start (not a relative date)
    first: Optional[date] = None  # the bounds of the mention that set it (2024年上半期: Jan 1 .. Jun 30)
    last: Optional[date] = None


def edtf(lo: str, hi: str, approx: bool) -> str:
    t = "~" if approx else ""
    return f"{lo}{t}" if lo == hi else f"{lo}{t}/{hi}{t}"


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


# --- parts: (first, last) sub-unit indices, 0-based -------------------------------------------
DECADE_PARTS = {"前半": (0, 4), "後半": (5, 9), "半ば": (3, 6), "中頃": (3, 6), "初頭": (0, 2),
                "初め": (0, 2), "末": (7, 9), "末期": (7, 9), "終わり": (7, 9),
                "なかば": (3, 6), "始め": (0, 2), "頭": (0, 2), "おわり": (7, 9)}
YEAR_PARTS = {"前半": (0, 5), "上半期": (0, 5), "後半": (6, 11), "下半期": (6, 11), "上期": (0, 5), "下期": (6, 11),
              "半ば": (3, 8), "中頃": (3, 8), "初頭": (0, 0), "初め": (0, 0), "末": (11, 11),
              "終わり": (11, 11), "なかば": (3, 8), "始め": (0, 0), "頭": (0, 0), "おわり": (11, 11)}
MONTH_PARTS = {"上旬": (1, 10), "初旬": (1, 10), "初頭": (1, 10), "初め": (1, 10),
               "中旬": (11, 20), "半ば": (11, 20), "中頃": (11, 20), "下旬": (21, 31),
               "末": (21, 31), "終わり": (21, 31), "前半": (1, 15), "後半": (16, 31),
               "末日": (31, 31), "なかば": (11, 20), "始め": (1, 10), "頭": (1, 10), "おわり": (21, 31)}


def years_unit(y0: int, y1: int, part: Optional[str], label: str) -> Unit | Rejected:
    """A decade-like span of years (1990年代, 昭和40年代), optionally narrowed by a part."""
    if part:
        if part not in DECADE_PARTS:
            return Rejected(f"unsupported part {part} of {label}")
        a, b = DECADE_PARTS[part]
        y0, y1 = y0 + a, y0 + b
        return Unit(f"{y0:04d}", f"{y1:04d}", date(y0, 1, 1), date(y1, 12, 31))
    lo = f"{y0 // 10:03d}X" if y0 % 10 == 0 and y1 == y0 + 9 else f"{y0:04d}"
    hi = lo if lo.endswith("X") else f"{y1:04d}"
    return Unit(lo, hi, date(y0, 1, 1), date(y1, 12, 31))


# seasons: EDTF season code, first and last month offset from January (冬 = Dec-Feb of the next year)
SEASONS = {"春": (21, 2, 4), "夏": (22, 5, 7), "秋": (23, 8, 10), "冬": (24, 11, 13)}


def months_unit(y: int, m0: int, part: Optional[str], n: int, label: str) -> Unit | Rejected:
    """A year (m0=1) or fiscal year (m0=4) of n=12 months, optionally narrowed by a part."""
    a, b = 0, n - 1
    if part in SEASONS and m0 == 1:
        code, a, b = SEASONS[part]
        (ya, ma), (yb, mb) = add_months(y, 1, a), add_months(y, 1, b)
        return Unit(f"{y:04d}-{code}", f"{y:04d}-{code}", date(ya, ma, 1),
                    date(yb, mb, last_day(yb, mb)), year=y)
    if part:
        if part not in YEAR_PARTS:
            return Rejected(f"unsupported part {part} of {label}")
        a, b = YEAR_PARTS[part]
    ya, ma = add_months(y, m0, a)
    yb, mb = add_months(y, m0, b)
    if (a, b) == (0, 11) and m0 == 1:
        return Unit(f"{y:04d}", f"{y:04d}", date(y, 1, 1), date(y, 12, 31), year=y)
    single_month = (ya, ma) == (yb, mb)
    return Unit(_ym(ya, ma), _ym(yb, mb), date(ya, ma, 1), date(yb, mb, last_day(yb, mb)),
                year=y, month=ma if single_month else None)


def days_unit(y: int, m: int, part: Optional[str], label: str) -> Unit | Rejected:
    """A month, optionally narrowed by a part (上旬, 末 ...)."""
    last = last_day(y, m)
    if not part:
        return Unit(_ym(y, m), _ym(y, m), date(y, m, 1), date(y, m, last), year=y, month=m)
    if part not in MONTH_PARTS:
        return Rejected(f"unsupported part {part} of {label}")
    a, b = MONTH_PARTS[part]
    if part == "末日":
        a = last
    a, b = min(a, last), min(b, last)
    lo, hi = f"{_ym(y, m)}-{a:02d}", f"{_ym(y, m)}-{b:02d}"
    return Unit(lo, hi, date(y, m, a), date(y, m, b), year=y, month=m, day=a if a == b else None)


def day_unit(y: int, m: int, d: int) -> Unit:
    v = f"{_ym(y, m)}-{d:02d}"
    return Unit(v, v, date(y, m, d), date(y, m, d), year=y, month=m, day=d)
