"""What one date unit means: a `units.UNIT` (or `units.EN_DATE`) match -> `Unit` (EDTF endpoints and
ISO bounds) or `Rejected` (why it could not be read). The regexes, the records and the calendar
arithmetic of parts are in `units`; ranges, open intervals and the narrative anchor in `dates`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .lunisolar import GREGORIAN_ADOPTED, old_days
from .units import (DOC_YEAR_SHIFT, EN_MONTHS, ERAS, MONTH_PARTS, SEASONS, Context, Rejected, Unit, add_months, last_day,
                    day_unit, days_unit, months_unit, parse_int, years_unit)

# --- match -> Unit ----------------------------------------------------------------------------
_REL_YEAR = {"同": 0, "翌": 1, "翌々": 2, "前": -1}
_REL_MONTH = {"同": 0, "翌": 1, "前": -1}


def _impossible_in_any_year(g: dict) -> bool:
    """13月, 2月30日, 4月31日: impossible whatever the year (2月29日 is checked once it is known)."""
    m = g["month"] or g["bmonth"]
    if not m:
        return False
    m = parse_int(m)
    if not 1 <= m <= 12:
        return True
    return bool(g["day"]) and not 1 <= parse_int(g["day"]) <= last_day(2000, m)


def _year(g: dict, anchor: Optional[Context], inherit: Optional[Context], surface: str,
          document: Optional[Context] = None):
    """(year, context label used) or Rejected."""
    if g.get("docy"):  # 昨年8月: the document's year moved by the word; nothing without a document date
        if not document or document.year is None:
            return Rejected()
        return document.year + DOC_YEAR_SHIFT[g["docy"]], document.label
    if g.get("syear") and not g["year"]:
        return Rejected()  # a two-digit year the caller could not place in a century
    if g["era"]:
        n = 1 if g["eyear"] == "元" else parse_int(g["eyear"])
        return (ERAS[g["era"]] + n, None) if n >= 1 else Rejected(f"impossible date {surface}")
    if g["year"]:
        y = parse_int(g["year"])
        return (y, None) if 1000 <= y <= 2999 else Rejected()
    ctx = inherit if inherit and inherit.year else anchor
    if not ctx or ctx.year is None:
        if g["nafter"]:  # 'N年後' with no year before it usually counts from the time of writing
            return Rejected()
        return Rejected(f"unresolved relative date {surface} (no earlier year in the document)")
    if g["rely"]:  # 同年度/翌年度 after 2019年2月: February 2019 is in fiscal 2018
        fiscal_shift = -1 if g["suffix"] == "度" and ctx.month and ctx.month < 4 else 0
        return ctx.year + fiscal_shift + _REL_YEAR[g["rely"]], ctx.label
    if g["nafter"]:
        return ctx.year + parse_int(g["nafter"]), ctx.label
    return ctx.year, ctx.label  # bare month / 同月: the context's year


def _month(g: dict, y: int, anchor: Optional[Context], inherit: Optional[Context], surface: str):
    """(year, month) possibly rolled over, None when no month, or Rejected."""
    if g["month"] or g["bmonth"]:
        m = parse_int(g["month"] or g["bmonth"])
        return (y, m) if 1 <= m <= 12 else Rejected(f"impossible date {surface}")
    rel = g["relm"] or g["relm2"]
    if not rel:
        return None
    ctx = inherit if inherit and inherit.month else anchor
    if not ctx or ctx.month is None:
        return Rejected(f"unresolved relative date {surface} (no earlier month in the document)")
    return add_months(y, ctx.month, _REL_MONTH[rel])


def build_unit(g: dict, surface: str, anchor: Optional[Context] = None,
               inherit: Optional[Context] = None, document: Optional[Context] = None) -> Unit | Rejected:
    """The meaning of one `UNIT` match (`g` = its groupdict; `surface` = original text). `document`:
    the document date, for 昨年8月; a two-digit year (`syear`) needs its full year put in g["year"]."""
    if g.get("reld2"):
        return _same_day(g, anchor, inherit, surface)
    if _impossible_in_any_year(g):
        return Rejected(f"impossible date {surface}")
    got = _year(g, anchor, inherit, surface, document)
    if isinstance(got, Rejected):
        return got
    y, label = got
    part, suffix = g["part"], g["suffix"]
    if suffix == "代":
        if g["month"] or g["relm"] or g["day"] or g["reld"] or g["rely"] or g["nafter"]:
            return Rejected()
        if not g["era"] and y % 10:
            return Rejected()
        unit = years_unit(y, y + 9, part, surface)
    else:
        ym = _month(g, y, anchor, inherit, surface)
        if isinstance(ym, Rejected):
            return ym
        unit = _with_month(g, y, ym, anchor, inherit, surface)
    if isinstance(unit, Rejected):
        return unit
    return replace(unit, approx=bool(g["pre"] or g["approx"]), resolved_against=label)


def _same_day(g: dict, anchor: Optional[Context], inherit: Optional[Context], surface: str):
    """A bare 同日: the day of the context; silently skipped when the context names no day."""
    ctx = inherit if inherit and inherit.day else anchor
    if not ctx or ctx.year is None:
        return Rejected(f"unresolved relative date {surface} (no earlier date in the document)")
    if ctx.month is None or ctx.day is None:
        return Rejected()
    return replace(day_unit(ctx.year, ctx.month, ctx.day), approx=bool(g["pre"] or g["approx"]),
                   resolved_against=ctx.label)


def en_unit(g: dict) -> Unit | Rejected:
    """An `EN_DATE` match: a day or a month of a four-digit year."""
    y = int(g["y1"] or g["y2"])
    m = EN_MONTHS[(g["m1"] or g["m2"])[:3].lower()]
    d = g["d1"] or g["d2"]
    if not 1000 <= y <= 2999:
        return Rejected()
    if d is None:
        return days_unit(y, m, None, "")
    if not 1 <= int(d) <= last_day(y, m):
        return Rejected("impossible date")
    return day_unit(y, m, int(d))


def _lunisolar(g, y: int, m: int) -> Optional[Unit]:
    """明治1-5年 with a month: lunisolar days as Gregorian (明治4年12月1日 = 1872-01-10; `lunisolar`)."""
    if g["era"] != "明治" or y >= GREGORIAN_ADOPTED.year or g["suffix"] or g["reld"]:
        return None
    day = parse_int(g["day"]) if g["day"] else None
    got = old_days(y, m, day, MONTH_PARTS.get(g["part"]) if g["part"] else None, g["part"] == "末日")
    if not got or (g["part"] and (day or g["part"] not in MONTH_PARTS)):
        return None
    first, last = got
    return Unit(first.isoformat(), last.isoformat(), first, last, year=y, month=m, day=day)


def _with_month(g, y, ym, anchor, inherit, surface) -> Unit | Rejected:
    part = g["part"]
    if ym is not None and (old := _lunisolar(g, *ym)):
        return old
    if ym is None:
        if g["day"] or g["reld"]:
            return Rejected()
        if g["suffix"] == "度":
            if part in SEASONS:  # 平成29年度春の叙勲, 2017年度秋季: that fiscal year's round, the fiscal year alone
                return replace(months_unit(y, 4, None, 12, surface), part_dropped=True)
            return months_unit(y, 4, part, 12, surface)
        return months_unit(y, 1, part, 12, surface)
    y, m = ym
    if g["suffix"] == "度" and m < 4:  # 2023年度1月 = January 2024
        y += 1
    if g["day"] or g["reld"]:
        if part:
            return Rejected(f"unsupported part {part} of {surface}")
        if g["reld"]:
            ctx = inherit if inherit and inherit.day else anchor
            if not ctx or ctx.day is None:
                return Rejected(f"unresolved relative date {surface} (no earlier day in the document)")
            d = ctx.day
        else:
            d = parse_int(g["day"])
        if not 1 <= d <= last_day(y, m):
            return Rejected(f"impossible date {surface}")
        return day_unit(y, m, d)
    if part and part not in MONTH_PARTS:  # 3月の下期: a part of a year, not of the month; the month alone
        return replace(days_unit(y, m, None, surface), part_dropped=True)
    return days_unit(y, m, part, surface)
