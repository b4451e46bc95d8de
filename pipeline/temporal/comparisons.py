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

import re
from typing import Callable, Optional

from ..records import DateMention
from .fiscal import fiscal_mention, is_fiscal_year
from .units import Context, add_months, last_day

_BEFORE_MONTH = re.compile(r"(?<![\u3400-\u9fff々])前月(?=比)")
_BEFORE_FISCAL = re.compile(r"(?<![\u3400-\u9fff々])前年度(?=比)")


def _mention(text: str, m: re.Match, value: str, lo: str, hi: str, ctx: Context) -> DateMention:
    return DateMention(m.start(), m.end(), text[m.start():m.end()], value, lo, hi, False, ctx.label,
                       kind="date", anchor_source="narrative")


def find_comparison_bases(text: str, norm: str, narrative_at: Callable[[int], Optional[Context]]) -> list[DateMention]:
    """前月 of 前月比 and 前年度 of 前年度比 in `text`, against the narrative in force at each."""
    out = []
    for m in _BEFORE_MONTH.finditer(norm):
        ctx = narrative_at(m.start())
        if ctx and ctx.year and ctx.month:
            y, mo = add_months(ctx.year, ctx.month, -1)
            out.append(_mention(text, m, f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01",
                                f"{y:04d}-{mo:02d}-{last_day(y, mo):02d}", ctx))
    for m in _BEFORE_FISCAL.finditer(norm):
        ctx = narrative_at(m.start())
        if not (ctx and ctx.year):
            continue
        if is_fiscal_year(ctx):
            out.append(fiscal_mention(text, m.start(), m.end(), ctx.first.year - 1, ctx.label, "narrative"))
        else:
            y = ctx.year - 1
            out.append(_mention(text, m, f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31", ctx))
    return out
