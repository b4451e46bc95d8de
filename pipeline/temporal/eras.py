"""Pre-Meiji era years (大化1年 = 645, 慶応4年 = 1868) from japanera's table of Japan's eras.

The modern eras (明治 .. 令和) are `units.ERAS`; here are the 200-odd earlier ones of japanera's
general list (not the Northern/Southern Court variants). Year 1 is the lunisolar year of the era's
first day (`lunisolar.lunar_year`): an era proclaimed in the 11th/12th lunisolar month, in
January/February of the next Gregorian year, counts from the year before (天保: first day
1831-01-23 = 文政13年12月10日, so 天保元年 = 1830 and 天保14年 = 1843, as the usual tables have it;
japanera's own `relative_year_to_absolute_year` said 1831/1844). N > the era's length + 1 is not a
year of it. The year is given as the Gregorian year its lunisolar new year falls in. A month and day
after it are lunisolar and converted to Gregorian days (慶応4年1月3日 = '1868-01-27'; 嘉永6年6月 =
'1853-07-06/1853-08-04'; a leap month 閏 too). Without japanera installed, nothing is found here.
"""
from __future__ import annotations

import re

from ..records import DateMention
from .lunisolar import lunar_year, month_bounds, to_gregorian
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
    rf"(?:{SP}(?P<leap>閏)?(?P<m>[0-9]{{1,2}}|{KNUM}){SP}月(?!間|目)(?:{SP}(?P<d>[0-9]{{1,2}}|{KNUM}){SP}日(?!間|目))?)?"
) if _TABLE else None


def _first_year(era) -> int:
    return lunar_year(era.since) or era.since.year


def _mention(text, m, y: int) -> DateMention:
    """The year, or its lunisolar month/day as Gregorian days; a month or day that does not exist
    (13月, 閏 where there was none, 30日 of a 29-day month) leaves the year alone."""
    mo, d = m["m"] and parse_int(m["m"]), m["d"] and parse_int(m["d"])
    if mo and d and (day := to_gregorian(y, mo, d, bool(m["leap"]))):
        return DateMention(m.start(), m.end(), text[m.start():m.end()], day.isoformat(), day.isoformat(),
                           day.isoformat(), kind="date")
    if mo and not d and (b := month_bounds(y, mo, bool(m["leap"]))):
        v = f"{b[0].isoformat()}/{b[1].isoformat()}"
        return DateMention(m.start(), m.end(), text[m.start():m.end()], v, b[0].isoformat(), b[1].isoformat(), kind="date")
    end = m.end("n") + len(re.match(rf"{SP}年", m.string[m.end("n"):])[0])
    return DateMention(m.start(), end, text[m.start():end], f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31", kind="date")


def find_old_eras(text: str, norm: str) -> list[DateMention]:
    """Years of pre-Meiji eras in `text` (`norm` = units.normalize(text))."""
    if OLD_ERA_RE is None:
        return []
    out = []
    for m in OLD_ERA_RE.finditer(norm):
        era, length = _TABLE[m["era"]]
        n = 1 if m["n"] == "元" else parse_int(m["n"])
        if 1 <= n <= length + 1:
            out.append(_mention(text, m, _first_year(era) + n - 1))
    return out
