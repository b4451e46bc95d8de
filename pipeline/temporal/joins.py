"""Joins made once a block's records are final (after `links`): what only a finished record shows.

Conventions
-----------
- Two times or parts of known days joined by a range mark are one interval from the first's start to
  the second's end: 27日深夜から28日未明にかけて = '2024-05-27T22/2024-05-28T03', きょう午前0時から来月
  11日午前0時まで = '2023-05-31T00/2023-06-11T00' (the span takes まで/にかけて).
- A weekday in brackets after a day, or after a bracketed day, names that day, however the weekday
  alone was resolved: 平成30年11月9日(金曜日) and (平成三十年十月二十四日)(水曜日) are one record each
  (2018-11-09, 2018-10-24), as 7月18日（日） is (`links`).
- A weekday right after a week word is that day of that week: 来週月曜日 = the Monday of the next
  ISO week, 先週の金曜日 the Friday of the last (one record, not the week and a weekday).
- A time zone written before a day (日本時間11日未明) is in the record's span; a time interval of
  that day gets the zone's offset ('+09:00' for 日本時間/JST, 'Z' for UTC/GMT; 現地時間 has none).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..records import DateMention
from .clock import ZONE_OFFSETS, ZONE_WORDS
from .units import RANGE_MARK, SP

_CONN = re.compile(rf"{SP}{RANGE_MARK}{SP}")
_TAIL = re.compile(rf"{SP}(?:まで|にかけて|の間)")
# a time of a known day, or a part of one (JMA hours): 2024-05-27T22/2024-05-28T05, 2023-05-31T00
_PART = re.compile(r"^\d{4}-\d\d-\d\dT[0-9:~+Z-]+(?:/\d{4}-\d\d-\d\dT[0-9:~+Z-]+)?$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_WEEKDAY_GAP = re.compile(rf"{SP}(?P<close>[）)]{SP})?[（(]{SP}")  # 9日(金曜日), (…二十四日)(水曜日)
_WEEKDAY_WORD = re.compile(r"[月火水木金土日]曜日?")
_ZONE_BEFORE = re.compile(rf"(?P<z>{ZONE_WORDS}){SP}$")


def _parts_range(text: str, norm: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev and d.kind == prev.kind == "time" and _PART.match(prev.value) and _PART.match(d.value) \
                and _CONN.fullmatch(norm, prev.end, d.start) and prev.value.split("/")[0] < d.value.split("/")[-1]:
            t = _TAIL.match(norm, d.end)
            end = t.end() if t else d.end
            out[-1] = replace(prev, end=end, text=text[prev.start:end],
                              value=f"{prev.value.split('/')[0]}/{d.value.split('/')[-1]}", latest=d.latest,
                              approximate=prev.approximate or d.approximate)
            continue
        out.append(d)
    return out


def _weekday_after_bracket(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        gap = _WEEKDAY_GAP.fullmatch(text, prev.end, d.start) if prev else None
        if gap and prev.kind == d.kind == "date" and _DAY.match(prev.value) and _WEEKDAY_WORD.fullmatch(d.text) \
                and text[d.end:d.end + 1] in ("）", ")"):
            closed = bool(gap["close"]) and text[prev.start - 1:prev.start] in ("（", "(")
            start = prev.start - 1 if closed else prev.start
            if not gap["close"] or closed:
                out[-1] = replace(prev, start=start, end=d.end + 1, text=text[start:d.end + 1])
                continue
        out.append(d)
    return out


_WEEK = re.compile(r"^(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)$")
_WEEK_GAP = re.compile(rf"{SP}(?:の{SP})?")


def _weekday_of_week(text: str, found: list[DateMention]) -> list[DateMention]:
    """来週月曜日, 先週の金曜日: that weekday of the week the week word names."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        w = _WEEK.match(prev.value) if prev and prev.kind == "date" else None
        if w and d.kind == "date" and _WEEKDAY_WORD.match(d.text) and _WEEK_GAP.fullmatch(text, prev.end, d.start) \
                and (date.fromisoformat(w[2]) - date.fromisoformat(w[1])).days == 6 \
                and date.fromisoformat(w[1]).weekday() == 0:
            day = (date.fromisoformat(w[1]) + timedelta(days="月火水木金土日".index(d.text[0]))).isoformat()
            out[-1] = replace(prev, end=d.end, text=text[prev.start:d.end], value=day, earliest=day, latest=day)
            continue
        out.append(d)
    return out


def _zone_before(text: str, norm: str, d: DateMention) -> DateMention:
    z = _ZONE_BEFORE.search(norm, max(0, d.start - 8), d.start)
    if not z or d.kind not in ("date", "time") or re.search(r"(?:Z|[+-]\d\d:\d\d)$", d.value):
        return d
    value = d.value
    if d.kind == "time" and z["z"] in ZONE_OFFSETS:
        value = "/".join(p + ZONE_OFFSETS[z["z"]] for p in value.split("/"))
    return replace(d, start=z.start(), text=text[z.start():d.end], value=value)


def join_finished(text: str, norm: str, found: list[DateMention]) -> list[DateMention]:
    """The block's final records (sorted by start) with the joins above made."""
    found = _weekday_of_week(text, _weekday_after_bracket(text, _parts_range(text, norm, found)))
    return [_zone_before(text, norm, d) for d in found]
