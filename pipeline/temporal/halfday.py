"""A bare hour after an afternoon time of the same day is in the afternoon too: a speaker who said
午後2時半 earlier says 7時半 for the evening (今日午後2時半から会合… 今日7時半から夕食会 = 19:30).

Convention
----------
- Only a writer of the twelve-hour clock is followed: the earlier time was written with 午後/PM/夜/晩
  and fell at 12:00-23:59; the later one has no half-day word (午前, 朝, 未明 ...), no HH:MM form,
  an hour 1-11, is on the same day (or both days are unknown), and becomes later than the earlier one
  by adding 12 (after 午後2時半, 1時 stays 1:00: it cannot be 13:00 after 14:30 told first).
- The document is followed in order across its blocks (`DateExtractor` keeps the last afternoon time);
  a time of 13:00 or later written without 午後 (15時) shows the 24-hour clock and ends the rule.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..records import DateMention

_PM_SAID = re.compile(r"午後|PM|pm|夜|晩")
_HALF_WORD = re.compile(r"午前|午後|AM|PM|am|pm|朝|夜|晩|未明|深夜|早朝|正午|昼|夕|[0-9０-９][:：]")
_TIME = re.compile(r"^(?P<day>[0-9X-]*)T(?P<h>\d\d)(?::(?P<m>\d\d))?(?P<rest>.*)$")


def follow_afternoon(mentions: list[DateMention], last: Optional[tuple[str, int]]) -> tuple[list, Optional[tuple]]:
    """`mentions` (sorted) with bare morning hours after an afternoon time of their day moved 12 hours
    on; `last` is (day, hour) of the last afternoon time told before them, returned updated."""
    out = []
    for d in mentions:
        t = _TIME.match(d.value) if d.kind == "time" and "/" not in d.value else None
        if t:
            h, day = int(t["h"]), t["day"]
            if _PM_SAID.search(d.text) and 12 <= h <= 23:
                last = (day, h * 60 + int(t["m"] or 0))
            elif 13 <= h and not _PM_SAID.search(d.text):
                last = None  # 15時: a writer of the 24-hour clock from here on
            elif last and not _HALF_WORD.search(d.text) and 1 <= h <= 11 and day == last[0] \
                    and (h + 12) * 60 + int(t["m"] or 0) > last[1]:
                v = f"{day}T{h + 12:02d}" + (f":{t['m']}" if t["m"] else "") + t["rest"]
                d = replace(d, value=v)
                last = (day, (h + 12) * 60 + int(t["m"] or 0))
        out.append(d)
    return out, last
