"""Fiscal years written as FY2023 and the fiscal years relative to the narrative (翌年度, 前年度).

Conventions
-----------
- FY2023, FY 2023, FY23 = the Japanese fiscal year 2023 ('2023-04/2024-03', April to March, as
  2023年度): the texts read here are Japanese, whose FY is the 年度; FY23 is 2023 (the 2000s).
- 翌年度 / 前年度 (not 前年度比, 前年度同期, 前年度末: a comparison or a part) = the fiscal year after
  or before the narrative's (同年度 is the unit grammar's): after 2022年度, 翌年度 = '2023-04/2024-03'; after a
  date, the fiscal year it falls in (2023年2月 is in fiscal 2022); after a calendar year alone (2022年),
  fiscal 2022. With no narrative year they are not emitted.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import DateMention
from .units import SP, Context

FY_RE = re.compile(rf"(?<![A-Za-z0-9])FY{SP}(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9A-Za-z])")
RELATIVE_FY_RE = re.compile(r"(?<![\u3400-\u9fff々])(?P<w>翌|前)年度(?!比|同期|末|内|当初)")
_SHIFT = {"翌": 1, "前": -1}


def is_fiscal_year(ctx: Context) -> bool:
    """The narrative is a fiscal year (2022年度: 1 April to the March after)."""
    return bool(ctx.first and ctx.last and ctx.first.month == 4 and ctx.first.day == 1 and ctx.last.month == 3
                and ctx.last.year == ctx.first.year + 1)


def fiscal_mention(text, s, e, y, label=None, source=None) -> DateMention:
    """The record of fiscal year ``y`` ('y-04/y+1-03') for text[s:e]."""
    return DateMention(s, e, text[s:e], f"{y:04d}-04/{y + 1:04d}-03", f"{y:04d}-04-01", f"{y + 1:04d}-03-31",
                       False, label, kind="date", anchor_source=source)


def _fiscal_of(ctx: Context) -> int:
    if is_fiscal_year(ctx):
        return ctx.first.year  # the narrative is a fiscal year (2022年度)
    return ctx.year - (1 if ctx.month and ctx.month < 4 else 0)


def find_fiscal(text: str, norm: str, narrative_at: Callable[[int], Optional[Context]]) -> list[DateMention]:
    out = []
    for m in FY_RE.finditer(norm):
        y = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        out.append(fiscal_mention(text, m.start(), m.end(), y))
    for m in RELATIVE_FY_RE.finditer(norm):
        ctx = narrative_at(m.start())
        if ctx and ctx.year:
            out.append(fiscal_mention(text, m.start(), m.end(), _fiscal_of(ctx) + _SHIFT[m["w"]], ctx.label, "narrative"))
    return out
