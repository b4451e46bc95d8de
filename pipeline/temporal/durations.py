"""Durations (TIMEX3 DURATION) -> ISO 8601 durations: 1年2ヶ月 = 'P1Y2M', 約80分間 = 'PT80M'.

Pure functions of the normalized text (see `units.normalize`); every span indexes the original.

Conventions
-----------
- Units: 年 Y (also 5か年, 3カ年), ヶ月/カ月/か月/ヵ月/ケ月/箇月 M (every spelling: `unitwords`), 週(間) W, 日(間) D, 時間 H, 分(間) M, 秒(間) S;
  compounds keep calendar and clock units apart (1年2ヶ月10日 = 'P1Y2M10D', 1時間30分25秒 =
  'PT1H30M25S'; 1年3時間 is not one duration). 1秒05 = 'PT1.05S'.
- N年連続, Nカ月連続, N日連続 (3年連続増加: the third year running) are the run's length, as ぶり is ('P3Y').
- 半 after a unit adds a half (1年半 'P1.5Y', 2週間半 'P2.5W'); 半年 'P6M' (six months, as a calendar says it), 半月 'P0.5M',
  半日 'P0.5D', 半世紀 'P50Y', 四半世紀 'P25Y'. N世紀 is 'P{100N}Y' only with 間, 前/後 or an
  approximation after it (1世紀前, 1世紀近く); a bare N世紀 is a century (the `forms` module).
- A bare N年 (no 間/ぶり) is a duration only for N <= 100 and when a duration-like word follows
  (は, が, も, を, 来, 経, 以上, 以内, 未満, 近く, ほど, くらい, 程度, 余, になる, 交代) or 約/およそ comes
  before (約三年赴任した = 'P3Y'), or the time since an event (テロから一年:, not 2015年から20年) or a word
  naming a length (任期は4年。) comes before and no に/の/まで follows; 18年に, 18年の stay nothing (two-digit years).
- Minutes right after a clock hour (午後1時05分から約20分間) are the time's, not a duration. 日 alone is a day of the month (the dates module), 日間 a duration;
  分 and 秒 alone are durations.
- 3泊4日 = 'P4D' (a stay is counted in days, the nights are one fewer).
- Ordinals (5年目, 3ヶ月目, 8日目, 3週目) are recorded as the duration that has run at their end
  (ja-timex's convention: 'P5Y'); 時間目/分目/秒目 are not durations.
- 約, およそ, ほぼ before and 頃, 前後, 近く, ほど, くらい, ぐらい, 程度, 余り after make it approximate;
  以上/以下/以内/未満/超 are kept inside the span.
- A following 前/後 (1時間半後, 0.1年前, 半年前) is inside the span: with a document date the
  `relative` module places whole years/months/weeks/days (3日前 = a day); what cannot be placed
  at a calendar precision (fractions, hours, no document date) stays this duration.
- 2年後の2018年: the explicit year wins, 2年後 is nothing (as in the dates module).
- Ranges 2〜3年間, 1から2カ月 are one record 'P2Y/P3Y' (low/high; ISO 8601 has no range of
  durations).
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import DateMention
from .units import KNUM, SP, parse_int
from .unitwords import ANY_UNIT, MONTH, MONTH_MARKS, iso_duration

NUMV = rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?|{KNUM})"
_LB = "(?<![0-9A-Za-z.,〇零一二三四五六七八九十百千万第])"
# 5か年, 3カ年 (ヶ/カ/か/ヵ/ケ/箇 + 年, as 5か年計画): a count of years, never a calendar year
CAL = {"C": "世紀", "Y": f"[{MONTH_MARKS}]?年", "M": MONTH, "W": "週間?", "D": "日"}
CLOCK = {"H": "時間", "M": "分(?!の[0-9０-９一二三四五六七八九十]|野|類|割|析|散|布|担|娩|子|岐|裂|離|量|け)", "S": "秒"}  # 3分の1 is a third
_PRE = rf"(?:(?P<pre>約|およそ|ほぼ|わずか|僅か){SP})?"
_POST = rf"(?:{SP}(?P<post>頃|前後|近く|ほど|くらい|ぐらい|ばかり|程度|余り|あまり|以上|以下|以内|未満|超))?"


def _chain(units: dict) -> str:
    parts = []
    for code, word in units.items():
        parts.append(rf"(?:(?P<n{code}>{NUMV}){SP}(?P<u{code}>{word})(?P<h{code}>半)?{SP})?")
    return "".join(parts)


CAL_RE = re.compile(rf"{_PRE}{_LB}(?=[0-9〇零一二三四五六七八九十百千])" + _chain(CAL)
                    + rf"(?P<kan>間)?(?P<ord>目)?(?:{SP}(?P<bu>ぶり|もの間|連続))?" + _POST)
CLOCK_RE = re.compile(rf"{_PRE}{_LB}(?<!時)(?=[0-9〇零一二三四五六七八九十百千])" + _chain(CLOCK)
                      + r"(?P<ms>(?<=秒)[0-9]+(?![0-9秒分時日回度]))?(?P<kan>間)?" + _POST)
NIGHTS_RE = re.compile(rf"{_PRE}{_LB}(?P<n>{NUMV}){SP}泊{SP}(?P<d>{NUMV}){SP}日(?:間)?")
HALF_RE = re.compile(rf"{_PRE}(?<![0-9一二三四五六七八九十])(?P<w>四半世紀|半世紀|半年|半月|半日)(?P<kan>間)?" + _POST)
_RELATIVE = re.compile(rf"{SP}(?:[0-9]|ほど|くらい|ぐらい|近く|ばかり)*{SP}(?:前|まえ|後|先)(?!半|後)")
# 1秒に1年, 3日1日: parts of a rejected frequency are not durations
_PER = re.compile(rf"{SP}間?に{SP}[0-9〇一二三四五六七八九十]|[0-9]+(?:日|分|秒)")
# 十分 (enough), 一時 (for a while) are words unless more time parts follow
_WORD = re.compile(r"^(?:十分|一時)$")
_BARE_YEAR_OK = re.compile(r"(?:は|が|も|を|来|経|以上|以内|未満|以下|近く|ほど|くらい|ぐらい|程度|余|になる|で|交代|任期)")
# before a bare N年, what makes it a length: the time since an event (テロから一年, 独立から30年; not a
# date's から: 2015年から20年にかけて is a range of years) or a word naming a length (任期は4年)
_BARE_YEAR_SINCE = re.compile(r"(?<![0-9年月日度期])から$|(?:任期|期間|刑期|在任|在職|在位)(?:は|が|も)?$")
_YEAR_REFERENCE = re.compile(rf"{SP}(?:に|の|まで|度|代|頃|ごろ|末|初|春|夏|秋|冬|[0-9０-９〇一二三四五六七八九十]+{SP}月)")
_HALF = {"四半世紀": "P25Y", "半世紀": "P50Y", "半年": "P6M", "半月": "P0.5M", "半日": "P0.5D"}
_APPROX = {"約", "およそ", "ほぼ", "頃", "前後", "近く", "ほど", "くらい", "ぐらい", "ばかり", "程度", "余り", "あまり"}


def _num(s: str) -> float:
    return float(s) if re.fullmatch(r"[0-9.]+", s) else float(parse_int(s))


def _fmt(x) -> str:
    """A duration amount without a spurious fraction: 200.0 (2世紀 = 200 years) -> 200, 2.5 -> 2.5."""
    return str(int(float(x))) if float(x).is_integer() else str(float(x))


def _amount(m: re.Match, code: str) -> Optional[str]:
    n = m[f"n{code}"]
    if n is None:
        return None
    n = n.replace(",", "")
    raw = n if re.fullmatch(r"[0-9.]+", n) else str(parse_int(n))
    if m[f"h{code}"]:
        return _fmt(_num(raw) + 0.5)
    return raw


def _mention(text, start, end, value, approx) -> DateMention:
    return DateMention(start, end, text[start:end], value, None, None, approx, kind="duration")


def _tail(norm: str, m: re.Match) -> int:
    """The end of a duration with its 前/後 (1時間半後, 0.1年前): such a relative time that cannot be
    placed at a calendar precision is recorded as the duration (the `relative` module places the
    rest when there is a document date)."""
    r = _RELATIVE.match(norm, m.end() - len(m["post"] or ""))
    if r and re.match(rf"{SP}の{SP}(?:[0-9]{{4}}|{KNUM}|令和|平成|昭和){SP}", norm[r.end():]):
        return -1  # 2年後の2018年: the explicit year wins (the dates module)
    return r.end() if r else m.end()


def _cal(text: str, norm: str, m: re.Match) -> Optional[DateMention]:
    got = {c: _amount(m, c) for c in CAL}
    if not any(got.values()):
        return None
    if got["C"]:  # 1世紀前, 1世紀近く: a bare N世紀 is a century (the forms module)
        if any(got[c] for c in "YMWD") or not (m["post"] or m["kan"] or _RELATIVE.match(norm, m.end())):
            return None
        got["Y"], got["C"] = _fmt(float(got["C"]) * 100), None
    if m["bu"] == "連続" and got["Y"] and float(got["Y"]) > 100:
        return None  # 2023年連続: no run of two thousand years
    end = m.end() if m["ord"] or m["bu"] else _tail(norm, m)
    if end < 0:
        return None
    if end == m.end() and _PER.match(norm, m.end()):
        return None
    only_year = got["Y"] and not any(got[c] for c in "MWD")
    if only_year and end == m.end() and not (m["hY"] or m["kan"] or m["ord"] or m["bu"] or m["uY"] != "年"):
        y, post = got["Y"], m["post"]
        said = m["pre"] in ("約", "およそ") and post is None and float(y) <= 100  # 約三年赴任: a length
        said = said or (post is None and float(y) <= 100 and "." not in y and not _YEAR_REFERENCE.match(norm, m.end())
                        and bool(_BARE_YEAR_SINCE.search(norm, max(0, m.start() - 6), m.start())))
        if post in (None, "頃") and not said and ("." in y or float(y) > 100 or not _BARE_YEAR_OK.match(norm, m.end())):
            return None  # 500年頃 is a year (the forms module), 18年に an abbreviated one
        if post in ("以上", "以下", "以内", "未満", "超") and 1800 <= float(y) <= 2199:
            return None  # 2014年以上: a calendar year (and a comparison), not a length of 2014 years
    if got["D"] and end == m.end() and not any(got[c] for c in "YMW") and not (m["kan"] or m["ord"] or m["bu"] or m["hD"] or m["post"]):
        return None  # 18日 is a day of the month
    if m["uW"] == "週" and end == m.end() and not (m["kan"] or m["ord"] or m["hW"] or m["bu"] or m["post"]):
        if not any(got[c] for c in "YMD"):
            return None  # 週3日 (a set), 第3週
    value = "P" + "".join(f"{got[c]}{c}" for c in "YMWD" if got[c])
    return _mention(text, m.start(), end, value, bool({m["pre"], m["post"]} & _APPROX))


def _clock(text: str, norm: str, m: re.Match) -> Optional[DateMention]:
    got = {c: _amount(m, c) for c in CLOCK}
    if not any(got.values()):
        return None
    end = _tail(norm, m)
    if end < 0 or norm[m.end():m.end() + 1] == "目":
        return None  # 1時間目 is no duration
    if _WORD.match(norm[m.start():m.end()]) or (end == m.end() and _PER.match(norm, m.end())):
        return None
    if got["S"] and m["ms"]:
        got["S"] = f"{got['S']}.{m['ms']}"
    value = "PT" + "".join(f"{got[c]}{c}" for c in CLOCK if got[c])
    return _mention(text, m.start(), end, value, bool({m["pre"], m["post"]} & _APPROX))


_RANGE_LO = re.compile(rf"(?P<lo>{NUMV}){SP}(?P<unit>{ANY_UNIT})?{SP}(?:[~\-–]|から){SP}$")
_SINGLE = re.compile(r"^P(?:T)?([0-9.]+)([YMWDHS])$")


def _ranged(text: str, norm: str, d: DateMention) -> DateMention:
    """2〜3年間, 1から2カ月: one record 'P2Y/P3Y' (ISO 8601 has no range of durations; both ends
    are written, low/high, as a quantity range keeps value..value_max)."""
    one = _SINGLE.match(d.value)
    lo = _RANGE_LO.search(norm, max(0, d.start - 12), d.start)
    if not one or not lo or d.approximate and text[d.start] in "約およ":
        return d
    if lo["unit"] and iso_duration("", lo["unit"]) != ("PT" if d.value.startswith("PT") else "P") + one[2]:
        return d  # 3年〜5日: the first end names another unit
    low = lo["lo"].replace(",", "")
    low = low if re.fullmatch(r"[0-9.]+", low) else str(parse_int(low))
    if float(low) >= float(one[1]):
        return d
    prefix = d.value[:len(d.value) - len(one[1]) - 1]
    value = f"{prefix}{low}{one[2]}/{d.value}"
    return DateMention(lo.start(), d.end, text[lo.start():d.end], value, None, None, d.approximate, kind="duration")


def find_durations(text: str, norm: str) -> list[DateMention]:
    """Durations in `text` (`norm` = units.normalize(text)), sorted by start, not overlapping."""
    out: list[DateMention] = []
    for m in NIGHTS_RE.finditer(norm):  # 3泊4日: the days ('P4D'); the nights are one fewer
        days = m["d"] if m["d"].isdigit() else str(parse_int(m["d"]))
        out.append(_mention(text, m.start(), m.end(), f"P{days}D", bool(m["pre"])))
    for rx, build in ((HALF_RE, None), (CAL_RE, _cal), (CLOCK_RE, _clock)):
        for m in rx.finditer(norm):
            if m.end() == m.start() or (m["pre"] and m.end() == m.start() + len(m["pre"])):
                continue
            if build is None:
                if (end := _tail(norm, m)) < 0:
                    continue
                d = _mention(text, m.start(), end, _HALF[m["w"]], bool({m["pre"], m["post"]} & _APPROX))
            else:
                d = build(text, norm, m)
            if d and not any(d.start < o.end and o.start < d.end for o in out):
                out.append(_ranged(text, norm, d))
    return _linked(text, norm, sorted(out, key=lambda d: d.start))


_BETWEEN = re.compile(rf"{SP}(?:[~\-–]|から){SP}")


def _linked(text: str, norm: str, found: list[DateMention]) -> list[DateMention]:
    """2カ月～3カ月: two durations of one unit joined by a range mark are one 'P2M/P3M'."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        a, b = prev and _SINGLE.match(prev.value), _SINGLE.match(d.value)
        if a and b and a[2] == b[2] and prev.value.startswith("PT") == d.value.startswith("PT") \
                and _BETWEEN.fullmatch(norm, prev.end, d.start) and float(a[1]) < float(b[1]):
            out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], f"{prev.value}/{d.value}", None, None,
                                  prev.approximate or d.approximate, kind="duration")
            continue
        out.append(d)
    return out
