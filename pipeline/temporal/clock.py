"""Times of day (TIMEX3 TIME) -> ISO 8601 times: 午後3時30分 = 'T15:30', 15時半 = 'T15:30'.

Conventions
-----------
- Hours 0-29 (25時30分 = 'T25:30' is kept as written, as timetables do; 30時 and more are not
  times); minutes and seconds 0-59. 半 = 30 minutes. 23時59秒 (seconds without minutes) is not a
  time.
- 午前/AM/am: 12 -> 0; 午後/PM/pm, 夜, 今夜, 晩 add 12 to 1-11 (夜12時 = 'T24'); 朝, 今朝, 早朝, 深夜,
  未明 keep the hour. HH:MM(:SS) and 'HH:MM AM/PM' are times; 59:59 (more than 29) is MM:SS.
- 正午 = 'T12:00'. Parts of the day without a number are times only right after a day
  (2023年9月6日未明, 本日夕方): an interval of hours by the Japan Meteorological Agency's time
  terms (時間細分用語) — 未明 0-3, 明け方 3-6, 朝 6-9, 昼前 9-12, 昼過ぎ 12-15, 夕方 15-18, 夜遅く 21-24,
  plus 午前(中) 0-12, 午後 12-24, 夜 18-24: '2023-09-06T15/2023-09-06T18'; 深夜 is the Labour Standards
  Act's night (22:00 to 05:00, art. 37): 27日深夜 = '2024-05-27T22/2024-05-28T05'. Alone (夕方) they
  are not recorded: too often not a point in time; 今朝, 今夜 and 昨夜 are parts of the document's day
  (the `spoken` module).
- A time right after a day (2023年9月6日午後3時, 本日15時) is one record 'YYYY-MM-DDTHH:MM' with the
  day's bounds; alone it is 'THH:MM' with no bounds (the day is unresolved).
- Time zones: 日本時間/JST, 現地時間, UTC/GMT before or after the time are inside the span and
  recorded as a suffix: '+09:00' for 日本時間/JST, 'Z' for UTC/GMT; 現地時間 (local time) has no
  offset we can know, so only the span says it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..records import DateMention
from .units import KNUM, SP, parse_int

_N = rf"(?:[0-9]{{1,2}}|{KNUM})"
_LB = "(?<![0-9.:/])"
ZONE_WORDS = r"(?:日本時間|現地時間|JST|UTC|GMT)"
_ZONE = ZONE_WORDS
_PM_WORDS = {"午後", "PM", "pm", "夜", "今夜", "晩", "今晩"}
_AM_WORDS = {"午前", "AM", "am"}
TIME_RE = re.compile(
    rf"(?:(?P<zone1>{_ZONE}){SP})?"
    rf"(?:(?P<pre>午前|午後|AM|PM|am|pm|早朝|今朝|朝|今夜|今晩|夜|晩|深夜|未明){SP})?"
    rf"(?:{_LB}(?P<h>{_N}){SP}時(?!間|代|点|期|刻|計|半ば|々)(?:{SP}(?P<half>半)|{SP}(?P<m>{_N}){SP}分(?!間)"
    rf"(?:{SP}(?P<s>{_N}){SP}秒(?!間))?)?"
    rf"|{_LB}(?P<ch>[0-9]{{1,2}})[:：](?P<cm>[0-9]{{2}})(?:[:：](?P<cs>[0-9]{{2}}))?(?![0-9:：])"
    rf"(?:{SP}(?P<post>AM|PM|am|pm)(?![A-Za-z]))?"
    rf"|(?P<noon>正午))"
    rf"(?:{SP}(?P<zone2>{_ZONE}))?"
)
ZONE_OFFSETS = {"日本時間": "+09:00", "JST": "+09:00", "UTC": "Z", "GMT": "Z"}
_OFFSET = ZONE_OFFSETS


# JMA 時間細分用語 (and 午前/午後/夜): (first hour, last hour) of a part of the day
DAY_PARTS = {"未明": (0, 3), "明け方": (3, 6), "朝": (6, 9), "昼前": (9, 12), "昼過ぎ": (12, 15), "夕方": (15, 18),
             "夜遅く": (21, 24), "午前中": (0, 12), "午前": (0, 12), "午後": (12, 24), "夜": (18, 24),
             "深夜": (22, 29)}  # 深夜 (not a JMA term): the Labour Standards Act's 22:00-05:00 (art. 37), into the next day
DAY_PART_RE = re.compile(rf"{SP}(?:の{SP})?(?P<w>{'|'.join(sorted(DAY_PARTS, key=len, reverse=True))})"
                         rf"(?![0-9０-９〇一二三四五六七八九十時刊食礼会市番])")  # 朝刊, 朝食, 朝礼 are not times


def _hour(h: int, word: Optional[str]) -> Optional[int]:
    if word in _AM_WORDS:
        return 0 if h == 12 else h if h < 12 else None
    if word in _PM_WORDS:
        if h == 0 and word in ("午後", "PM", "pm"):  # 午後0時15分 is a quarter past noon (broadcast and MOFA usage)
            return 12
        return h + 12 if 1 <= h <= 11 or (h == 12 and word in ("夜", "今夜", "晩", "今晩")) else h
    return h


def time_value(m: re.Match) -> Optional[str]:
    """'T15:30' (with a zone suffix) for one TIME_RE match, or None when it is not a time."""
    if m["noon"]:
        hh, mm, ss = 12, 0, None
    elif m["ch"]:
        hh, mm, ss = int(m["ch"]), int(m["cm"]), m["cs"] and int(m["cs"])
        if hh > 29:  # 59:59 is minutes and seconds
            return None if ss is not None or mm > 59 else f"TXX:{hh:02d}:{mm:02d}"
        hh = _hour(hh, m["post"] or m["pre"])
    else:
        hh = _hour(parse_int(m["h"]), m["pre"])
        mm = 30 if m["half"] else (parse_int(m["m"]) if m["m"] else None)
        ss = parse_int(m["s"]) if m["s"] else None
    if hh is None or hh > 29 or (mm is not None and mm > 59) or (ss is not None and ss > 59):
        return None
    v = f"T{hh:02d}" + (f":{mm:02d}" if mm is not None else "") + (f":{ss:02d}" if ss is not None else "")
    zone = m["zone1"] or m["zone2"]
    return v + _OFFSET.get(zone or "", "")


def find_times(text: str, norm: str) -> list[DateMention]:
    """Times of day in `text` (`norm` = units.normalize(text)), sorted by start."""
    out = []
    for m in TIME_RE.finditer(norm):
        if not (m["h"] or m["ch"] or m["noon"]):
            continue
        v = time_value(m)
        if v is None:
            continue
        if m["h"] and not (m["m"] or m["half"] or m["pre"]) and norm[m.start():m.end()] == "一時":
            continue  # 一時的, 一時帰国: 'for a while'
        if m["h"] and not m["m"] and re.match(r"[0-9]+秒", norm[m.end():]):
            continue  # 23時59秒 is not a time
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], v, None, None, kind="time"))
    return out


def part_value(day: str, word: str) -> tuple[str, str]:
    """(value, last day) of the part of the day `word` on `day` ('YYYY-MM-DD'): '2023-09-06T15/2023-09-06T18';
    a part running past midnight (深夜) ends on the next day."""
    a, b = DAY_PARTS[word]
    end_day = day
    if b > 24:
        end_day, b = (date.fromisoformat(day) + timedelta(days=1)).isoformat(), b - 24
    return f"{day}T{a:02d}/{end_day}T{b:02d}", end_day
