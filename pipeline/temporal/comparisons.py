"""The base period of a comparison with the period before: 前月比, 前年度比 (the 前年 of 前年比 is the
`relative` module's `find_previous_year`).

Conventions
-----------
- 前月比 = the month before the narrative's month (after 2023年8月: '2023-07'); with no narrative
  month it is not emitted.
- 前年度比 compares a period with the one before it of the same kind: after a fiscal year (2023年度)
  the fiscal year before ('2022-04/2023-03'); after a calendar year or a date of it (2006年の輸出は
  前年度比…) the calendar year before ('2005'), as 前年比 is read. With no narrative year it is not
  emitted. Neither moves the narrative (the dates module never sees them).
"""
from __future__ import annotations

import calendar
import re
from typing import Callable, Optional

from ..records import DateMention
from .units import Context

_BEFORE_MONTH = re.compile(r"(?<![\u3400-\u9fff々])前月(?=比)")
_BEFORE_FISCAL = re.compile(r"(?<![\u3400-\u9fff々])前年度(?=比)")


def _is_fiscal(ctx: Context) -> bool:
    return bool(ctx.first and ctx.last and ctx.first.month == 4 and ctx.first.day == 1 and ctx.last.month == 3
                and ctx.last.year == ctx.first.year + 1)


def _mention(text: str, m: re.Match, value: str, lo: str, hi: str, ctx: Context) -> DateMention:
    return DateMention(m.start(), m.end(), text[m.start():m.end()], value, lo, hi, False, ctx.label,
                       kind="date", anchor_source="narrative")


def find_comparison_bases(text: str, norm: str, narrative_at: Callable[[int], Optional[Context]]) -> list[DateMention]:
    """前月 of 前月比 and 前年度 of 前年度比 in `text`, against the narrative in force at each."""
    out = []
    for m in _BEFORE_MONTH.finditer(norm):
        ctx = narrative_at(m.start())
        if ctx and ctx.year and ctx.month:
            k = ctx.year * 12 + ctx.month - 2  # the month before, counted from 0
            y, mo = divmod(k, 12)
            last = calendar.monthrange(y, mo + 1)[1]
            out.append(_mention(text, m, f"{y:04d}-{mo + 1:02d}", f"{y:04d}-{mo + 1:02d}-01",
                                f"{y:04d}-{mo + 1:02d}-{last:02d}", ctx))
    for m in _BEFORE_FISCAL.finditer(norm):
        ctx = narrative_at(m.start())
        if not (ctx and ctx.year):
            continue
        if _is_fiscal(ctx):
            y = ctx.first.year - 1
            out.append(_mention(text, m, f"{y:04d}-04/{y + 1:04d}-03", f"{y:04d}-04-01", f"{y + 1:04d}-03-31", ctx))
        else:
            y = ctx.year - 1
            out.append(_mention(text, m, f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31", ctx))
    return out
