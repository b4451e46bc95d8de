"""Joining temporal mentions of one block: ranges, a day with its time or weekday, and the
open/approximate suffixes of mentions the unit grammar did not build.

Conventions
-----------
- A date or time, a range mark (から, より, 〜, -, –) with an optional 翌/同 (午後1時半から同3時半),
  then a mention of the same kind and precision, then optionally まで/にかけて/の間, is ONE record
  'A/B' (10日〜20日 = 'XXXX-XX-10/XXXX-XX-20'; 昨日から今日にかけて; 12:00〜17:30 = 'T12:00/T17:30';
  two times need the same precision only down to the hour: 午前10時から正午まで = 'T10/T12:00').
  At least one end must be new here (the dates module links its own units; 9月6日（水）～8日（金）
  is linked here because of the weekdays) and the end must not come before the start; a range of a day and a month (今月から1日も) is no range.
- A time right after a day (2023年9月6日午後3時, 本日15時; also 毎週月曜日10時 = 'XXXX-WXX-1T10') is one
  'YYYY-MM-DDTHH:MM' record; a
  time alone takes the day of the narrative, else of the document date, when either names a day
  (resolved_against and anchor_source say which), else stays 'THH:MM' with no bounds.
- A part of the day right after a day (2023年9月6日未明, 本日夕方) makes it a time interval by the
  JMA hours of `clock.DAY_PARTS` ('2023-09-06T15/2023-09-06T18').
- A bracketed weekday right after a day (7月18日（日）) joins that day's span.
- A month, day or weekday right after a set (毎年9月, 毎月15日, 毎週月曜日, 毎月第2火曜日) recurs with
  it and is not resolved: 'XXXX-09', 'XXXX-XX-15', 'XXXX-WXX-1'.
- A bracketed time zone right after a date or time (3日（現地時間）, 午後3時（日本時間）) joins its span;
  a time gets the zone's offset ('+09:00' for 日本時間/JST, 'Z' for UTC/GMT; 現地時間 has none).
- After a new date: 以降/以後/以来/から/より = 'X/..'; 以前/まで = '../X'; after a date or a time,
  頃/ごろ/前後/近く = approximate with '~' on each endpoint (as the dates module does for its units):
  午後3時ごろ = 'T15~'. A time before から/まで stays the time (15時から会議: when it starts).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..records import DateMention
from .clock import DAY_PART_RE, ZONE_OFFSETS, ZONE_WORDS, part_value
from .joins import join_finished
from .sametime import minute_ends
from .units import BARE_DAY, OPEN_END, OPEN_START, RANGE_MARK, SP

_GAP = re.compile(rf"{SP}(?:の{SP})?")
_DAY = re.compile(r"^-?\d{4}-\d\d-\d\d$")
_SOME_DAY = re.compile(r"^-?[\dX]{4}-[\dX]{2}-\d\d$")
_DAYLIKE = re.compile(r"^(?:-?[\dX]{4}-[\dX]{2}-\d\d|XXXX-WXX-\d)$")  # a day, known or not, or a weekday
_WEEKDAY = re.compile(r"^[ \u3000]*[（(](?:[月火水木金土日](?:曜日?)?)[）)]")
_CONN = re.compile(rf"{SP}{RANGE_MARK}{SP}(?:翌|同)?{SP}")
_TAIL = re.compile(rf"{SP}(?:まで|にかけて|の間)")
_APPROX = re.compile(rf"{SP}(?:頃|ごろ|ころ|前後|近く)")
_ZONE = re.compile(rf"{SP}[（(]{SP}(?P<z>{ZONE_WORDS}){SP}[）)]")
_OFFSET = ZONE_OFFSETS


def _zoned(text, norm, d: DateMention) -> DateMention:
    z = _ZONE.match(norm, d.end)
    if not z or d.kind not in ("date", "time"):
        return d
    value = d.value
    if d.kind == "time" and z["z"] in _OFFSET and not re.search(r"(?:Z|[+-]\d\d:\d\d)$", value):
        value = "/".join(p + _OFFSET[z["z"]] for p in value.split("/"))
    return replace(d, end=z.end(), text=text[d.start:z.end()], value=value)


def _shape(v: str) -> str:
    return re.sub(r"[0-9]", "9", v.replace("~", ""))


def _hours_shape(v: str) -> str:
    """A time's shape down to the hour: 午前10時から正午まで joins 'T10' and 'T12:00'."""
    return _shape(re.sub(r"(T\d\d)(?::\d\d){1,2}(?=$|[Z+-])", r"\1", v))


_PM = re.compile(r"(?:午後|PM|pm|夜)")


def _second_end(text, prev: DateMention, d: DateMention, conn: str) -> DateMention:
    """The second end in the terms of the first: 7月18日から20日 (the month), 午後1時半から同3時半 (午後)."""
    if d.kind == "date" and BARE_DAY.fullmatch(d.text) and _SOME_DAY.match(prev.value):
        v = prev.value[:-2] + d.value[-2:]
        known = prev.latest is not None and v[:4].isdigit()
        return replace(d, value=v, earliest=v if known else None, latest=v if known else None,
                       resolved_against=prev.resolved_against, anchor_source=prev.anchor_source)
    if d.kind == "time" and "同" in conn and _PM.match(prev.text) and (h := re.match(r"T(\d\d)", d.value)) \
            and int(h[1]) < 12:
        return replace(d, value=f"T{int(h[1]) + 12:02d}{d.value[3:]}")
    return d


_OPENED = re.compile(rf"{SP}(?:から|より|~)$")


def _reopened(text, norm, prev: DateMention, d: DateMention) -> DateMention:
    """同日から翌29日: an open 'X/..' whose から is followed by a new end is the start of a range again."""
    if not prev.value.endswith("/..") or prev.value.startswith("../") or d.start < prev.end \
            or d.kind != prev.kind or "/" in d.value or _shape(prev.value[:-3]) != _shape(d.value):
        return prev
    o = _OPENED.search(norm, prev.start, prev.end)
    if not o or not re.fullmatch(rf"{SP}(?:翌|同)?{SP}", norm[prev.end:d.start]):
        return prev
    return replace(prev, end=o.start(), text=text[prev.start:o.start()], value=prev.value[:-3], latest=prev.earliest)


def _ranges(text, norm, found, old) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev and id(d) not in old and (p := _reopened(text, norm, prev, d)) is not prev:
            out[-1] = prev = p
        if prev and (c := _CONN.fullmatch(norm, prev.end, d.start)) and id(d) not in old:
            d = _second_end(text, prev, d, c.group())
        if (prev and not (id(prev) in old and id(d) in old) and prev.kind == d.kind and d.kind in ("date", "time")
                and "/" not in prev.value and "/" not in d.value
                and (_shape(prev.value) == _shape(d.value)
                     or d.kind == "time" and _hours_shape(prev.value) == _hours_shape(d.value))
                and (c := _CONN.fullmatch(norm, prev.end, d.start))
                and not (prev.earliest and d.latest and d.latest < prev.earliest)):
            t = _TAIL.match(norm, d.end)
            end = t.end() if t else d.end
            out[-1] = DateMention(prev.start, end, text[prev.start:end], f"{prev.value}/{d.value}", prev.earliest,
                                  d.latest, prev.approximate or d.approximate,
                                  prev.resolved_against or d.resolved_against, kind=d.kind,
                                  anchor_source=prev.anchor_source or d.anchor_source)
            old.discard(id(prev))
            continue
        out.append(d)
    return out


def _suffixed(text, norm, d: DateMention) -> DateMention:
    if d.kind not in ("date", "time") or "/.." in d.value or "../" in d.value:
        return d
    if (a := _APPROX.match(norm, d.end)) and not d.approximate:
        value = "/".join(p + "~" for p in d.value.split("/"))
        d = replace(d, end=a.end(), text=text[d.start:a.end()], value=value, approximate=True)
    if d.kind == "time":
        return d  # 15時から会議: the time an event starts, not an open interval
    if o := OPEN_START.match(norm, d.end):
        if not _CONN.match(norm, d.end) or not re.match(r"[0-9０-９]", norm[o.end():o.end() + 1] or "x"):
            return replace(d, end=o.end(), text=text[d.start:o.end()], value=f"{d.value.split('/')[0]}/..", latest=None)
    elif o := OPEN_END.match(norm, d.end):
        return replace(d, end=o.end(), text=text[d.start:o.end()], value=f"../{d.value.split('/')[-1]}", earliest=None)
    return d


def _time_of_day(d: DateMention, context_at) -> DateMention:
    ctx, source = context_at(d.start)
    if d.value.startswith("TXX") or not ctx or not (ctx.year and ctx.month and ctx.day):
        return d
    day = f"{ctx.year:04d}-{ctx.month:02d}-{ctx.day:02d}"
    return replace(d, value="/".join(day + p for p in d.value.split("/")), earliest=day, latest=day, resolved_against=ctx.label,
                   anchor_source=source)


def _weekdays(text, norm, found: list[DateMention]) -> list[DateMention]:
    """7月18日（日）: a bracketed weekday right after a day joins it (whatever day the weekday alone
    was resolved to). The joined record counts as new: a range or まで after the weekday is read here.
    A range already ending on a day takes its end's weekday too, with the まで after it (7月18日から20日(木)
    まで is one range, not the range and an open '(木)まで')."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev and prev.kind == d.kind == "date" and d.text[:1] in "（(" and _WEEKDAY.fullmatch(text[prev.end:d.end]):
            if _SOME_DAY.match(prev.value):
                out[-1] = replace(prev, end=d.end, text=text[prev.start:d.end])  # new: its suffixes are read here
                continue
            start, _, end = prev.value.partition("/")
            if _SOME_DAY.match(start) and _SOME_DAY.match(end):
                t = _TAIL.match(norm, d.end)
                stop = t.end() if t else d.end
                out[-1] = replace(prev, end=stop, text=text[prev.start:stop])
                continue
        out.append(d)
    return out


_RECURRING_GAP = re.compile(rf"{SP}(?:の{SP})?(?:第{SP}[0-9０-９一二三四五]{SP})?")
_BARE_MONTH_DAY = re.compile(r"^(?:(?P<m>[0-9]{1,2})月)?(?:(?P<d>[0-9]{1,2})日)?$")
_WEEKDAY_WORD = re.compile(r"^[（(]?(?P<w>[月火水木金土日])曜?日?[）)]?$")


def _recurring(text, norm, found: list[DateMention]) -> list[DateMention]:
    """毎年9月, 毎週月曜日, 毎月第2火曜日: the date after a set recurs with it, so it is not resolved
    against the narrative or the document date: 'XXXX-09', 'XXXX-WXX-1'."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev and prev.kind == "set" and d.kind == "date" and _RECURRING_GAP.fullmatch(norm, prev.end, d.start):
            surface = d.text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
            if (m := _BARE_MONTH_DAY.match(surface)) and (m["m"] or m["d"]):
                value = f"XXXX-{int(m['m']):02d}" if m["m"] else "XXXX-XX"
                value += f"-{int(m['d']):02d}" if m["d"] else ""
            elif m := _WEEKDAY_WORD.match(surface):
                value = f"XXXX-WXX-{'月火水木金土日'.index(m['w']) + 1}"
            else:
                out.append(d)
                continue
            d = replace(d, value=value, earliest=None, latest=None, resolved_against=None, anchor_source=None)
        out.append(d)
    return out


def link(text: str, norm: str, found: list[DateMention], old: set, context_at: Callable) -> list[DateMention]:
    """Weekdays, ranges, fusions and suffixes over the block's mentions (sorted by start); `old` =
    ids of the dates module's own mentions."""
    out: list[DateMention] = []
    found = minute_ends(text, norm, found)
    for d in _ranges(text, norm, _recurring(text, norm, _weekdays(text, norm, found)), old):
        prev = out[-1] if out else None
        if (prev and d.kind == "time" and prev.kind == "date" and _DAYLIKE.match(prev.value)
                and _GAP.fullmatch(text, prev.end, d.start)):
            value = "/".join(prev.value + p for p in d.value.split("/"))
            out[-1] = _suffixed(text, norm, replace(prev, end=d.end, text=text[prev.start:d.end], value=value,
                                                    kind="time"))
            continue
        if d.kind == "time" and "T" == d.value[:1]:
            d = _time_of_day(d, context_at)
        if d.kind == "date" and _DAY.match(d.value) and (p := DAY_PART_RE.match(norm, d.end)) \
                and not any(o.start < p.end() and p.start() < o.end for o in found):
            value, last = part_value(d.value, p["w"])
            d = replace(d, end=p.end(), text=text[d.start:p.end()], kind="time", value=value, latest=last)
        out.append(d if id(d) in old else _suffixed(text, norm, d))
    return join_finished(text, norm, [_zoned(text, norm, d) for d in out])
