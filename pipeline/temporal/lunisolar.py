"""Japan's old lunisolar calendar (in use until 明治5年12月2日 = 1872-12-31) -> Gregorian days.

Before 1873-01-01 a Japanese month and day are lunisolar: 慶応4年1月3日 is 1868-01-27, 明治4年12月1日
is 1872-01-10, and a year of an era begins at the lunisolar new year (late January to February),
so an era proclaimed in the 11th or 12th lunisolar month (天保: 文政13年12月10日 = 1831-01-23) has
its first year in the Gregorian year before its first day (天保元年 = 1830, as the usual tables say).

The conversion is lunar-python's Chinese lunisolar calendar (the 寿星 algorithm), which Japan's
calendars followed for years and months; a day may differ by one where the Japanese almanac of the
time (宣明暦 until 1684) placed a new moon differently. Days are proleptic Gregorian, as japanera's
and Python's: lunar-python counts days before 1582-10-15 in the Julian calendar, so every day goes
through its Julian day number. Without lunar-python installed every function returns None and
callers keep their Gregorian reading.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

try:
    from lunar_python import Lunar, LunarMonth, Solar
except ImportError:  # pragma: no cover - lunar-python is a dependency
    Lunar = LunarMonth = Solar = None

GREGORIAN_ADOPTED = date(1873, 1, 1)  # 明治6年1月1日; 明治5年12月3日 and later did not exist
_JD = 1721425  # Julian day number of proleptic Gregorian ordinal 0 at noon


def _day(solar) -> date:
    return date.fromordinal(int(solar.getJulianDay() + 0.5) - _JD)


def lunar_year(day: date) -> Optional[int]:
    """The lunisolar year `day` falls in (1831-01-23 -> 1830: the 12th month of that year)."""
    if Solar is None or day >= GREGORIAN_ADOPTED:
        return day.year if day >= GREGORIAN_ADOPTED else None
    return Solar.fromJulianDay(day.toordinal() + _JD).getLunar().getYear()


def to_gregorian(year: int, month: int, day: int, leap: bool = False) -> Optional[date]:
    """Lunisolar year/month/day -> the Gregorian day; None when the day is not in that month.
    明治5年12月3日 and after never were lunisolar days: the decree made 12月3日 1873-01-01, which is
    what this gives."""
    if LunarMonth is None or not 1 <= month <= 12:
        return None
    lm = LunarMonth.fromYm(year, -month if leap else month)
    if lm is None or not 1 <= day <= lm.getDayCount():
        return None
    return _day(Lunar.fromYmd(year, -month if leap else month, day).getSolar())


def month_bounds(year: int, month: int, leap: bool = False) -> Optional[tuple[date, date]]:
    """The first and last Gregorian days of a lunisolar month (明治5年12月: 1872-12-30 .. 12-31, the
    calendar ending on the 2nd); None when the month does not exist."""
    if LunarMonth is None or not 1 <= month <= 12:
        return None
    lm = LunarMonth.fromYm(year, -month if leap else month)
    if lm is None:
        return None
    first = to_gregorian(year, month, 1, leap)
    last = to_gregorian(year, month, lm.getDayCount(), leap)
    if first is None or last is None or first >= GREGORIAN_ADOPTED:
        return None
    return first, min(last, date(1872, 12, 31))


def old_days(year: int, month: int, day: Optional[int], part: Optional[tuple[int, int]] = None,
             last_day: bool = False) -> Optional[tuple[date, date]]:
    """The Gregorian first and last days of a lunisolar day, month, or part of a month (`part` =
    days (a, b) of it, as `units.MONTH_PARTS`; `last_day` for 末日); None when it does not exist."""
    if day is not None:
        d = to_gregorian(year, month, day)
        return (d, d) if d else None
    bounds = month_bounds(year, month)
    if not bounds or not part:
        return bounds
    first, last = bounds
    n = (last - first).days + 1
    a, b = (n, n) if last_day else (min(part[0], n), min(part[1], n))
    return date.fromordinal(first.toordinal() + a - 1), date.fromordinal(first.toordinal() + b - 1)
