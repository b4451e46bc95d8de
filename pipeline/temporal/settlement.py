"""Accounting periods named by the month they end in: 2024年3月期 (the year to March 2024, as Japanese
companies name their fiscal years in every results report), 2025年12月期, 24年3月期.

Conventions
-----------
- A year and one month directly followed by 期 is the twelve months ending with that month:
  2024年3月期 = '2023-04/2024-03', 2025年12月期 = '2025' (the calendar year). The record takes 期 into
  its text. 期間, 期待, 期限, 期日 and 期末 after the month are other words (2024年3月期間中 stays a
  month), and so is a month with no year (3月期決算企業: no year is told) or a span of months
  (2024年1～3月期 is a quarter: the dates module's).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..records import DateMention

# the 期 of an accounting period, not 期間/期待/期限/期日/期末/期中/期首 (a word of its own)
_PERIOD_AFTER = re.compile(r"期(?!間|待|限|日|末|中|首|生)")
_YEAR_MONTH = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_SPAN_MARK = re.compile(r"[~\-～〜－・、]")  # 1～3月期: a span of months, not a period's last month


def settlement_periods(text: str, norm: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with each year-and-month record directly before 期 read as the twelve months ending then."""
    return [_period(text, norm, d) or d for d in found]


def _period(text: str, norm: str, d: DateMention):
    ym = _YEAR_MONTH.match(d.value)
    if not ym or d.kind != "date" or not _PERIOD_AFTER.match(norm, d.end) or "年" not in d.text:
        return None
    if _SPAN_MARK.search(d.text) or not d.text.rstrip().endswith("月"):
        return None
    y, m = int(ym[1]), int(ym[2])
    first = date(y - (m < 12), m % 12 + 1, 1)
    value = f"{y:04d}" if m == 12 else f"{first.year:04d}-{first.month:02d}/{y:04d}-{m:02d}"
    return replace(d, end=d.end + 1, text=text[d.start:d.end + 1], value=value,
                   earliest=first.isoformat(), latest=d.latest)
