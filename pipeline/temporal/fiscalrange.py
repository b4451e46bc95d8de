"""Spans of fiscal years written with one 年度 at the end: 2023～2027年度 (the defence build-up plan),
2024～26年度 (a business plan: the end's century is the start's).

Conventions
-----------
- 2023～2027年度 = '2023-04/2028-03': from April of the first fiscal year to March after the last
  (before, the 年 made it the calendar years 2023/2027 and 度 was dropped).
- A two-digit start (23～27年度, as news writes the plan) takes its century as any two-digit year does
  (`centuries.full_year`: near the last four-digit year, else the document date's window); with neither
  it is not read.
- A two-digit end takes the first year from the start on that ends in it (2024～26年度 = fiscal
  2024 to 2026), and is no span when that is more than `SPAN` years on; an end before the start is none.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

SPAN = 20  # a plan or a statistic's run of fiscal years, not a century


def fiscal_span(start: int, end: str) -> Optional[tuple[str, date, date, int]]:
    """(EDTF value, first day, last day, last fiscal year) of the fiscal years `start` to `end`
    (four digits, or the two-digit tail of a year after `start`), or None when they are no span."""
    last = int(end)
    if len(end) == 2:
        last += start // 100 * 100
        last += 100 if last < start else 0
    if last <= start or (len(end) == 2 and last - start > SPAN):
        return None
    return f"{start:04d}-04/{last + 1:04d}-03", date(start, 4, 1), date(last + 1, 3, 31), last
