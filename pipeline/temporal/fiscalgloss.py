"""A fiscal year the text glosses with its months is that span, and the document's later fiscal years
start in the same month: 2022/2023年度(2022年7月~2023年6月) = '2022-07/2023-06', and 今年度 further on in a
brief of 2023-09-07 about Bangladesh is '2023-07/2024-06', not Japan's April to March.

Conventions
-----------
- A gloss is a bracketed span of twelve months right after a 年度 (2023年度（2023年7月～2024年6月）); the
  年度 record takes the span and the document learns (start month, start year minus the year named).
  In 2022/2023年度 and 2022/23年度 the year named is the first one, and the record covers it.
- After a gloss, every 年度 of the document starts in that month: an explicit one (2024年度) by the
  learned shift, one relative to the date of writing (今年度, 昨年度, 来年度) as the fiscal year that
  holds the document date, moved by its word. Before a gloss, without one, and right after 日本の or
  わが国の, 年度 is Japan's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from ..records import DateMention
from .units import add_months, last_day

_JAPANESE_FY = re.compile(r"^(\d{4})-04/(\d{4})-03$")
_SPAN = re.compile(r"^(\d{4})-(\d\d)/(\d{4})-(\d\d)$")
_OPEN = re.compile(r"[ \u3000]*[（(][ \u3000]*$")
_CLOSE = re.compile(r"[ \u3000]*[）)]")
_SPLIT_BEFORE = re.compile(r"(?P<a>[0-9]{4})[ \u3000]*[/／][ \u3000]*$")  # the 2022/ of 2022/2023年度
_JAPAN_BEFORE = re.compile(r"(?:日本|わが国|我が国)(?:の|政府の)?[ \u3000]*$")  # 日本の2023年度 stays Japan's
_DOC_WORD = {"今年度": 0, "本年度": 0, "昨年度": -1, "来年度": 1}


def _fy(year: int, month: int) -> tuple[str, str, str]:
    end_y, end_m = add_months(year, month, 11)
    last = last_day(end_y, end_m)
    return (f"{year:04d}-{month:02d}/{end_y:04d}-{end_m:02d}", f"{year:04d}-{month:02d}-01",
            f"{end_y:04d}-{end_m:02d}-{last:02d}")


def gloss_fiscal(text: str, mentions: list[DateMention], learned: Optional[tuple[int, int]],
                 doc: Optional[date]) -> tuple[list[DateMention], Optional[tuple[int, int]]]:
    """`mentions` (sorted) with glossed and later fiscal years read in the text's own fiscal year;
    `learned` = (start month, shift) from earlier blocks, returned updated."""
    out: list[DateMention] = []
    for i, d in enumerate(mentions):
        fy = _JAPANESE_FY.match(d.value) if "年度" in d.text else None
        if not fy:
            out.append(d)
            continue
        named, start = int(fy[1]), d.start
        if split := _SPLIT_BEFORE.search(text, max(0, d.start - 8), d.start):
            named, start = int(split["a"]), split.start()
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        span = _SPAN.match(nxt.value) if nxt and _OPEN.fullmatch(text, d.end, nxt.start) else None
        if span and _CLOSE.match(text, nxt.end) and (int(span[3]) * 12 + int(span[4])) - (int(span[1]) * 12 + int(span[2])) == 11:
            learned = (int(span[2]), int(span[1]) - named)
            d = replace(d, start=start, text=text[start:d.end], value=nxt.value, earliest=nxt.earliest, latest=nxt.latest)
        elif learned and learned != (4, 0) and not _JAPAN_BEFORE.search(text, max(0, start - 6), start):
            month, shift = learned
            word = d.text.strip()
            if word in _DOC_WORD and doc:
                y = (doc.year if doc.month >= month else doc.year - 1) + _DOC_WORD[word]
            else:
                y = named + shift
            value, lo, hi = _fy(y, month)
            d = replace(d, start=start, text=text[start:d.end], value=value, earliest=lo, latest=hi)
        out.append(d)
    return out, learned
