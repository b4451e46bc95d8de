"""Everything beyond calendar units, added to what `DateExtractor` found in one block.

Order of precedence when spans overlap (the first wins): the calendar units of `dates` (with the
narrative anchor), times of day, relative words (document date), calendar forms (numeric dates,
quarters, centuries, BCE), sets, durations, then months/days without a year. Two fusions follow:
a time right after a day (2023年9月6日午後3時 / 本日15時) becomes one date-time record, and a
bracketed weekday right after a day (7月18日（日）) joins that day's span.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from ..records import DateMention
from .clock import find_times
from .durations import find_durations
from .forms import find_forms, find_partial
from .relative import find_relative
from .sets import find_sets

_GAP = re.compile(r"[ \u3000]*(?:の[ \u3000]*)?")
_DAY = re.compile(r"^-?\d{4}-\d\d-\d\d$")
_WEEKDAY = re.compile(r"^[ \u3000]*[（(](?:[月火水木金土日](?:曜日?)?)[）)]")


def parse_document_date(value: Optional[str]) -> Optional[tuple[date, int]]:
    """An EDTF day/month/year -> (first day, precision 3/2/1); None when absent or not a date."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    if not m:
        raise ValueError(f"document_date {value!r} is not an EDTF year, month or day (YYYY[-MM[-DD]])")
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    return date(y, mo, d), 1 + bool(m[2]) + bool(m[3])


def _free(found: list[DateMention], d: DateMention) -> bool:
    return not any(d.start < o.end and o.start < d.end for o in found)


def extend(text: str, norm: str, found: list[DateMention], doc: Optional[tuple[date, int]],
           anchor, warned=()) -> list[DateMention]:
    """`found` plus the other temporal expressions of `text`, sorted by start. `anchor` is the
    narrative Context at the end of the block (or None); `warned` spans (impossible dates) stay empty."""
    out = list(found)
    blocked = [DateMention(w.start, w.end, "", "", None, None) for w in warned]
    doc_day = doc[0] if doc and doc[1] == 3 else None
    label = f"{doc[0].isoformat()[:[0, 4, 7, 10][doc[1]]]} (document date)" if doc else None
    narrative_day = None
    if anchor and anchor.year and anchor.month and anchor.day:
        narrative_day = (date(anchor.year, anchor.month, anchor.day), anchor.label)
    groups = [find_times(text, norm),
              [d for d in find_relative(text, norm, doc_day, label, narrative_day)
               if doc_day or d.anchor_source != "document" or d.value.count("-") < 2],
              find_forms(text, norm), find_sets(text, norm), find_durations(text, norm)]
    if anchor and anchor.year:
        partial = find_partial(text, norm, anchor.year, anchor.month, anchor.label, "narrative")
    elif doc:
        partial = find_partial(text, norm, doc[0].year, doc[0].month if doc[1] >= 2 else None, label, "document")
    else:
        partial = find_partial(text, norm, None, None, None, None)
    groups.append(partial)
    for group in groups:
        for d in group:
            if _free(out, d) and _free(blocked, d):
                out.append(d)
    out.sort(key=lambda d: (d.start, d.end))
    return _fuse(text, out)


def _fuse(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev and d.kind == "time" and prev.kind == "date" and _DAY.match(prev.value)
                and _GAP.fullmatch(text[prev.end:d.start])):
            out[-1] = replace(prev, end=d.end, text=text[prev.start:d.end], value=f"{prev.value}{d.value}", kind="time")
            continue
        if prev and prev.kind == "date" and d.kind == "date" and d.value.startswith("XXXX-WXX") and \
                _DAY.match(prev.value) and _WEEKDAY.match(text[prev.end:d.end]):
            out[-1] = replace(prev, end=d.end, text=text[prev.start:d.end])
            continue
        out.append(d)
    return out
