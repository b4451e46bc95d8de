"""Frequencies (TIMEX3 SET) -> ISO 8601 repeating intervals with a `frequency` {count, per}.

Conventions
-----------
- 毎秒/毎分/毎時(間)/毎日/毎週/毎月/毎年/毎朝/毎晩 = 'R/PT1S' ... 'R/P1Y' (毎朝/毎晩 'R/P1D'),
  count 1 per period. 毎年9月, 毎週月曜日: the set keeps the period; the month or weekday after it
  is its own date record, left unresolved ('XXXX-09', 'XXXX-WXX-1') because it recurs (`links`).
- 隔年 'R/P2Y', 隔月 'R/P2M', 隔週 'R/P2W', 隔日 'R/P2D' (count 1 per two periods).
- N回/N度 per period: 年2回, 年に2回, 週3回, 月1回, 1日3回, 3日に1回, 3ヵ月に1回 (every spelling of the
  month counter, `unitwords`) = the period + {count, per}: 年2回 = {count 2, per 'P1Y'}, 3日に1回 =
  {count 1, per 'P3D'}. The value is the interval between two times when the period divides exactly
  (`interval`): 年2回 'R/P6M', 1日3回 'R/PT8H'; else the period (週3回 'R/P1W', 月2回 'R/P1M'). An amount of time per period (年20日, 週40時間, 年に1ヶ月,
  1日1時間) = 'R/<period>' with count None and `per` the period ({"count": None, "per": "P1Y",
  "amount": "P20D"}). The repeated unit may not be longer than the period (1週に1年 is nothing),
  and a bare day-period needs its number (日1時間 is nothing); 年1月 is a month (毎年1月).
- 年数回, 週数回: count None (several times).
- N日おき / N日ごと / N週間ごと = 'R/PND' (ja-timex's reading; count None).
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import DateMention
from .units import KNUM, SP, parse_int
from .unitwords import ANY_UNIT, MONTH_WORDS, iso_duration

_N = rf"(?:[0-9]+(?:\.[0-9]+)?|{KNUM})"
_BARE = {"時": "PT{}H", "月": "P{}M"}  # 毎時, 毎月, 月1回: the other unit words are `unitwords`'
_RANK = {"S": 0, "TM": 1, "H": 2, "D": 3, "W": 4, "M": 5, "Y": 6}
EACH_RE = re.compile(r"(?<!新聞)毎(?P<u>秒|分|時間|時|日|週|月|年|朝|晩|夜)(?!新聞|放送|新|勤労)")
ALT_RE = re.compile(r"隔(?P<u>年|月|週|日)")
_UNIT = rf"(?:{ANY_UNIT}|月)"
COUNT_RE = re.compile(
    rf"(?<![0-9〇零一二三四五六七八九十百千])(?:(?P<pn>{_N}){SP}(?P<pu>{_UNIT})|(?<![翌来先今毎隔同前再])(?P<bu>年|月|週))(?P<kan>間)?(?P<ni>{SP}に)?{SP}"
    rf"(?:(?P<c>{_N}|数){SP}(?:回|度)(?!目|生|戦)|(?P<an>{_N}){SP}(?P<au>{_UNIT}))")
EVERY_RE = re.compile(rf"(?P<n>{_N}){SP}(?P<u>{ANY_UNIT})(?P<w>おき|ごと|毎)")


def _num(s: str) -> str:
    return s if re.fullmatch(r"[0-9.]+", s) else str(parse_int(s))


def _dur(n: str, u: str) -> str:
    return _BARE[u].format(n) if u in _BARE else iso_duration(n, u)


def _rank(p: str) -> int:
    return _RANK["TM" if p.startswith("PT") and p.endswith("M") else p[-1]]


# one unit in the next smaller one, where the conversion is exact (a month has no fixed days)
_SMALLER = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
_PERIOD = re.compile(r"^P(T?)([0-9]+)([YMWDHS])$")


def interval(per: str, count: Optional[int]) -> str:
    """The repeating interval of `count` times per `per`: 年2回 = 'R/P6M' (every six months), 年4回
    'R/P3M', 1日3回 'R/PT8H', 2年に2回 'R/P1Y'. When the period does not divide exactly (週3回, 月2回:
    a month has no fixed length) the interval is the period itself ('R/P1W'); `frequency` keeps the
    count either way."""
    m = _PERIOD.match(per)
    if not m or not count or count <= 1:
        return f"R/{per}"
    n, unit = int(m[2]), m[1] + m[3]
    if n % count == 0:
        return f"R/P{m[1]}{n // count}{m[3]}"
    if unit in _SMALLER and (n * _SMALLER[unit][0]) % count == 0:
        k, small = _SMALLER[unit]
        t = "T" if small.startswith("T") else ""
        return f"R/P{t}{n * k // count}{small[-1]}"
    return f"R/{per}"


def _set(text, s, e, per, count, amount=None) -> DateMention:
    freq = {"count": count, "per": per} | ({"amount": amount} if amount else {})
    return DateMention(s, e, text[s:e], interval(per, count), None, None, kind="set", frequency=freq)


def _count(text: str, m: re.Match) -> Optional[DateMention]:
    if m["bu"]:
        if not m["c"] and not m["ni"] and m["au"] not in ("日", "時間", "週間", *MONTH_WORDS):
            return None  # 年1月 is a month; 年20日, 週40時間 are amounts per period
        if m["bu"] == "月" and not m["c"] and not m["ni"]:
            return None
        per = _dur("1", {"年": "年", "月": "月", "週": "週"}[m["bu"]])
    else:
        if m["kan"] and not m["ni"]:
            return None  # 1秒間1回
        if not m["ni"] and not m["c"] and m["pu"] != "日":
            return None  # 3週1週
        per = _dur(_num(m["pn"]), m["pu"])
    if m["c"]:  # 年数回: several times, count unknown
        return _set(text, m.start(), m.end(), per, None if m["c"] == "数" else int(float(_num(m["c"]))))
    amount = _dur(_num(m["an"]), m["au"])
    if _rank(amount) > _rank(per) or (_rank(amount) == _rank(per) and amount[-1] in "YM" and not per.startswith("PT")):
        return None
    if m["pu"] and not m["ni"] and _rank(amount) == _rank(per):
        return None
    return _set(text, m.start(), m.end(), per, None, amount)


def set_like_spans(norm: str) -> list[tuple[int, int]]:
    """Spans shaped like a frequency that are none (1秒に1年, 3日1日, 日1時間, 1秒間1回): their
    parts are not durations or dates either."""
    spans = []
    for m in COUNT_RE.finditer(norm):
        if _count("", m) is None and (m["ni"] or m["c"] or (m["pn"] and m["pu"] == m["au"])):
            spans.append((m.start(), m.end()))
    for m in _BARE_DAY_SET.finditer(norm):
        spans.append((m.start(), m.end()))
    return spans


_BARE_DAY_SET = re.compile(rf"(?<![0-9〇一二三四五六七八九十])日{SP}{_N}{SP}(?:時間|分|秒)|{_N}{SP}回{SP}{_N}{SP}(?:時間|分|秒)")


def find_sets(text: str, norm: str) -> list[DateMention]:
    """Frequencies in `text` (`norm` = units.normalize(text)), sorted by start."""
    out = []
    for m in EACH_RE.finditer(norm):
        u = {"朝": "日", "晩": "日", "夜": "日"}.get(m["u"], m["u"])
        out.append(_set(text, m.start(), m.end(), _dur("1", u), 1))
    for m in ALT_RE.finditer(norm):
        out.append(_set(text, m.start(), m.end(), _dur("2", m["u"]), 1))
    for m in COUNT_RE.finditer(norm):
        if (s := _count(text, m)) and not any(s.start < o.end and o.start < s.end for o in out):
            out.append(s)
    for m in EVERY_RE.finditer(norm):
        if not any(m.start() < o.end and o.start < m.end() for o in out):
            out.append(_set(text, m.start(), m.end(), _dur(_num(m["n"]), m["u"]), None))
    return sorted(out, key=lambda d: d.start)
