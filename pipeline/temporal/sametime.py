"""Minutes written without their hour, in the hour of the time just told: 7時4分から6分ごろにかけて
(the second end is 7:06), ミサイルは7時10分に発射され、同18分に落下した (7:18).

News and government statements write a time once and then only its minutes: after a range mark
(から, 〜) the minutes are the range's end, after 同 (the same hour) a new time. Alone, N分 is a
duration (the `durations` module); here it becomes a time 'THH:MM' of the last time before it in
the block (with its 午後: 午後3時5分から10分 = 'T15:05/T15:10'), and replaces the duration read on
the same characters. It must be later than that time (7時40分から5分 is no range: 5分 is a length),
and a bare minute is only read when that time has an hour.
"""
from __future__ import annotations

import re

from ..records import DateMention
from .units import KNUM, RANGE_MARK, SP, parse_int

_HOUR = re.compile(r"T(\d\d)(?::(\d\d))?")
_MINUTES = re.compile(rf"(?P<lead>{SP}{RANGE_MARK}{SP}|{SP}同{SP})(?P<n>[0-9]{{1,2}}|{KNUM}){SP}分(?!間|の|程度|以上|以内|弱|強|遅れ|後|前)")


def _hour_of(d: DateMention):
    m = _HOUR.search(d.value.split("/")[-1])
    return (int(m[1]), int(m[2]) if m[2] else None) if m and d.kind == "time" else None


def minute_ends(text: str, norm: str, found: list[DateMention]) -> list[DateMention]:
    """`found` (sorted by start, times still 'THH:MM') with the minutes told without their hour read
    as times; a duration on the same characters gives way."""
    times = [d for d in found if _hour_of(d)]
    new: list[DateMention] = []
    for m in _MINUTES.finditer(norm) if times else ():
        prior = [t for t in times + new if t.end <= m.start()]
        if not prior:
            continue
        t = max(prior, key=lambda t: t.end)
        if m["lead"].strip() != "同" and t.end != m.start():
            continue  # after a range mark the minutes end the time just before it
        hour, minute = _hour_of(t)
        n = parse_int(m["n"])
        if 0 <= n <= 59 and (minute is None or n > minute):
            s, e = m.start("n"), m.end()
            new.append(DateMention(s, e, text[s:e], f"T{hour:02d}:{n:02d}", None, None, kind="time"))
    if not new:
        return found
    kept = [d for d in found if not any(d.start < n.end and n.start < d.end for n in new) or d.kind != "duration"]
    new = [n for n in new if not any(d.start < n.end and n.start < d.end for d in kept)]
    return sorted(kept + new, key=lambda d: (d.start, d.end))
