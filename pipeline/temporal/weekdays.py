"""A bare day told with its weekday (26日(月曜日), 翌27日（火）) is in a month where that day is that
weekday: the writer's weekday is evidence the narrative's month is not.

Convention
----------
- Only a day written without its month, resolved by the narrative or the document date, is checked:
  when its bracketed weekday disagrees, it moves to the nearest month (within three either side) in
  which that day is that weekday, nearest to the document date when there is one, else to the day
  first read. 4月に万博が開幕して以降…26日(月曜日)には in a document of 2025-05-28 is 2025-05-26, not
  April 26th (a Saturday). A day with its month (4月26日(月)) is left as written.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from ..records import DateMention
from .units import add_months, anchored_bare_day, last_day

_ONE_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_REACH = 3  # months either side searched for the weekday


def _candidates(day: date, weekday: int) -> list[date]:
    out = []
    for k in range(-_REACH, _REACH + 1):
        y, m = add_months(day.year, day.month, k)
        if day.day <= last_day(y, m) and (c := date(y, m, day.day)).weekday() == weekday:
            out.append(c)
    return out


def agree_weekdays(mentions: list[DateMention], doc: Optional[date], label: Optional[str]) -> list[DateMention]:
    """`mentions` with each bare day whose bracketed weekday contradicts it moved to a month that agrees."""
    out = []
    for d in mentions:
        w = anchored_bare_day(d) if _ONE_DAY.match(d.value) else None
        if w and w["w"]:
            day = date.fromisoformat(d.value)
            want = "月火水木金土日".index(w["w"])
            if day.weekday() != want and (cands := _candidates(day, want)):
                ref = doc or day
                best = min(cands, key=lambda c: abs((c - ref).days)).isoformat()
                d = replace(d, value=best, earliest=best, latest=best,
                            resolved_against=label if doc else d.resolved_against,
                            anchor_source="document" if doc else d.anchor_source)
        out.append(d)
    return out
