"""Pre-Meiji era years (大化1年 = 645, 慶応4年 = 1868) from japanera's table of Japan's eras.

The modern eras (明治 .. 令和) are `units.ERAS`; here are the 200-odd earlier ones of japanera's
general list (not the Northern/Southern Court variants). The year is japanera's
`relative_year_to_absolute_year` (year 1 = the Gregorian year of the era's first day), which is
one later than the usual correspondence for an era proclaimed in January/February of the Gregorian
year (天保14年: 1844 here, 1843 in most tables). N > the era's length + 1 is not a year of it. Only the year is read: a
month or day of the old lunisolar calendar is not a Gregorian month, so 慶応4年1月 gives '1868'
and the month is left to the reader. Without japanera installed, nothing is found here.
"""
from __future__ import annotations

import re

from ..records import DateMention
from .units import ERAS, KNUM, SP, parse_int

try:
    import japanera
    _TABLE = {e.kanji: (e, (e.until.year if e.until else e.since.year) - e.since.year + 1)
              for e in japanera.ERA_DATA_GENERAL if e.kanji not in ERAS and e.kanji != "不明"}
except ImportError:  # pragma: no cover - japanera is a dependency; without it only modern eras
    _TABLE = {}

OLD_ERA_RE = re.compile(
    rf"(?<![\u3400-\u9fff々])(?P<era>{'|'.join(sorted(_TABLE, key=len, reverse=True)) or '(?!)'}){SP}"
    rf"(?P<n>元|[0-9]{{1,2}}|{KNUM}){SP}年(?!間|前|後|ぶり|度|代|目)"
) if _TABLE else None


def find_old_eras(text: str, norm: str) -> list[DateMention]:
    """Years of pre-Meiji eras in `text` (`norm` = units.normalize(text))."""
    if OLD_ERA_RE is None:
        return []
    out = []
    for m in OLD_ERA_RE.finditer(norm):
        era, length = _TABLE[m["era"]]
        n = 1 if m["n"] == "元" else parse_int(m["n"])
        if 1 <= n <= length + 1:
            y = era.relative_year_to_absolute_year(n)
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{y:04d}", f"{y:04d}-01-01",
                                   f"{y:04d}-12-31", kind="date"))
    return out
