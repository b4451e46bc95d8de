"""Spans of decades written with one 年代 (1960～70年代, 1980年代から90年代にかけて, 1950年代-60年代,
1960～1970年代): one interval of decades, '196X/197X' (1960-01-01..1979-12-31).

Conventions
-----------
- The first decade is a year ending in 0, with or without its own 年代; the last one ends in 年代 and
  may be written with two digits, which take the first decade's century (1990～00年代 = '199X/200X').
  Two two-digit decades (60～70年代) take the century of the document date's window (at most
  `centuries.WINDOW_AFTER` years ahead of it); with no document date they are not read.
- A part after the last 年代 (1960～70年代前半) is left to the dates module (no span of parts is read).
- The span replaces the records inside it (1980年代から = '198X/..', 1960～1970年 = '1960/1970').
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import DateMention
from .centuries import range_end_year, window_year
from .units import PARTS, SP

DECADE_SPAN = re.compile(
    rf"(?<![0-9])(?P<a>(?:[0-9]{{2}})?[0-9]0)(?:{SP}年代)?{SP}(?:から|[~-]){SP}"
    rf"(?P<b>(?:[0-9]{{2}})?[0-9]0){SP}年代(?!{SP}(?:の{SP})?(?:{PARTS}))(?:{SP}(?:にかけて|まで))?")


def find_decade_spans(text: str, norm: str, doc_year: Optional[int]) -> list[DateMention]:
    """The spans of decades in `text` (`norm` its `units.normalize`), each one record."""
    out = []
    for m in DECADE_SPAN.finditer(norm):
        a, b = m["a"], m["b"]
        if len(a) == 4:
            start = int(a)
        elif len(b) == 4 or doc_year is None:
            continue  # 60～1970年代 is no span we read; 60～70年代 needs a document date
        else:
            start = window_year(int(a), doc_year)
        end = int(b) if len(b) == 4 else range_end_year(start, int(b), span=100)  # 1990～00年代: the next century
        if not start < end <= start + 100:
            continue
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{start // 10:03d}X/{end // 10:03d}X",
                               f"{start:04d}-01-01", f"{end + 9:04d}-12-31", kind="date"))
    return out
