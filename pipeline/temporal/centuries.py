"""Which century a two-digit year (09年6月, 76年) is in, and which year a month with no year is in
when a chronological narrative has passed New Year (after 2023年11月24日, 1月31日 is 2024).

Conventions
-----------
- A two-digit year takes the century that puts it nearest the last four-digit year written in
  the document so far (1975年 ... 76年 = 1976; 1998年 ... 02年 = 2002); with none, the window of the
  document date: from 89 years before to 10 years after it (dated 2017: 09年 = 2009, 76年 = 1976,
  27年 = 2027, 28年 = 1928).
- It is read only where it cannot be a count: with a month (09年6月), 度 (09年度) or 代 (80年代 =
  '198X', a decade: the tens only) after it; a bare
  one (76年に) only with a four-digit year of the document within 20 years of it, or written with a
  leading zero (09年), and only before a word of position (に, から, まで, 以降): 20年に一度,
  10年にわたり, 30年の歳月, 09年間, 3年 are lengths of time, and so is one after この/過去/約/第 (この10年に)
  — except before a figure or 時点/比 (22年は336日, 12年の約1.6倍, 22年時点で, 12年比: the year of a
  statistic), read within 20 years of the last four-digit year, else up to 20 years before the
  document date (a statistic is of the past);
  or after から/して (設立から20年, 発足して10年, それから10年: the time since); or before の and a noun
  that is no length (23年の貿易統計, not 20年の歳月) within 3 years of the document's year (up to a year
  ahead) or of the last four-digit year: the years just past, as business news abbreviates them. A comma or 頃 after
  it is no word of position: 設立から20年、 is a length, and 20年頃 after 2000年 could be either.
- The two-digit end of a range takes the first year from the start on that ends in it (1998年から
  02年 = 1998/2002), and is no year when that is more than 20 years on (2015年から10年以上).
- Not after an era year: in 昭和51年 ... 52年4月, the 52 is the era's (that is left unread, even
  with a document date).
- Rollover: a month with no year, earlier in the year than the narrative's month, is in the next
  year when the document is dated in a later year than the narrative (a story told in order
  crosses New Year) and that next-year month is at most `ROLL_AHEAD` (3) months on from the
  narrative's month (after 11月: 1月 is two months on: rolled; 3月 is four on: 1998年11月に合意。
  3月に批准 is more likely told back, the same year); otherwise the narrative's year, as before.
"""
from __future__ import annotations

import re
from typing import Optional

from .units import SP, Context, parse_int

WINDOW_AFTER = 10  # a two-digit year read against the document date is at most this far in its future
NEAR = 20  # a bare two-digit year is read only this close to the document's last four-digit year
RANGE_SPAN = 20  # the two-digit end of a range (2008年から09年) lies at most this far after its start
ROLL_AHEAD = 3  # a month with no year crosses New Year only this many months on from the narrative's
# before a count, not a year: この10年に, 過去20年で, 約30年に, 第10年, 設立から20年, 発足して10年
# (a range 1972年から78年 is read by the range rule, which does not come here)
COUNT_BEFORE = re.compile(rf"(?:この|その|ここ|過去|直近|最近|約|およそ|ほぼ|わずか|僅か|毎|第|通算|延べ|計|から|して){SP}$")
# after a bare two-digit year, a figure (22年は336日, 22年が37日, 12年の約1.6倍) or 時点/比 (22年時点で,
# 12年比) makes it the year of a statistic: a length of time is not followed by its own figure
_STATISTIC = re.compile(rf"{SP}(?:(?:は|が|も|の){SP}、?{SP}(?:約|およそ|ほぼ|延べ|計)?{SP}[0-9]|時点|比(?!率|例|較|べ|重))")
# a bare two-digit year before の and a noun that is no length of time (23年の貿易統計, 22年の輸出額; not
# 20年の歳月, 10年の間, 30年の歴史), read only within `RECENT` years of the document's year (or of the
# last four-digit year): business and news writing abbreviates the years just past this way
RECENT = 3
_OF_RECENT = re.compile(rf"{SP}の{SP}(?!歳月|歴史|間|期間|月日|年月|任期|刑|懲役|経験|伝統|節目|長|計画|契約|保証|寿命|空白|時|うち|[0-9一二三四五六七八九十])")
# a two-digit year listed after a four-digit one (1956年のスエズ危機、67年の…) is a later year of that list
# when it is not a round count (20年の実績, 30年の歩み: lengths are written in round numbers)
_LISTED = re.compile(rf"(?:、|や|と|及び|および){SP}$")
_POSITION = re.compile(rf"{SP}(?:に(?!{SP}(?:一|1|１|わた|及|な|も|し))|から|まで|以降|以前|以来)")
# 77年・78年に: the first of two years listed with ・ takes the position word of the last
_LISTED_WITH = re.compile(rf"{SP}[・,、]{SP}[0-9]{{2}}{SP}年{SP}(?:に(?!{SP}(?:一|1|１|わた|及|な|も|し))|から|まで|以降|以前|以来)")


def full_year(yy: str, four: Optional[int], doc_year: Optional[int], with_month: bool,
              after: str = "", before: str = "") -> Optional[int]:
    """The year of a two-digit `yy` ('09'), or None when it is not safely a year. `four`: the last
    four-digit year written in the document (None when there is none, or an era year came later);
    `doc_year`: the document date's year; `with_month`: a month, 度 or 代 follows; `after`: the text
    right after 年 (a bare year needs a word of position there); `before`: the text before it
    (この10年に, 約30年: a count)."""
    if COUNT_BEFORE.search(before):
        return None
    n = int(yy)
    if four is not None:
        year = min((c * 100 + n for c in (four // 100 - 1, four // 100, four // 100 + 1)),
                   key=lambda y: abs(y - four))
    elif doc_year is not None:
        year = window_year(n, doc_year)
    else:
        return None
    if with_month:
        return year
    if _STATISTIC.match(after):  # 22年は336日, 12年の約1.6倍, 22年時点で: a year of the figures
        near = four if four is not None else doc_year
        return year if near is not None and -NEAR <= year - near <= (NEAR if four is not None else 0) else None
    if _OF_RECENT.match(after):  # 23年の貿易統計 in a 2024 document: a year just past, not a length
        near = four if four is not None else doc_year
        if near is not None and -RECENT <= year - near <= (RECENT if four is not None else 1):
            return year
        if _LISTED.search(before) and four is not None and 0 < year - four <= NEAR and n % 5:
            return year  # 1956年のスエズ危機、67年の第三次中東戦争: the next year of a list of events
    if before.endswith("翌") and four is not None and 0 < year - four <= 1:
        return year  # 一九三九年の…翌四〇年: the year after
    if not (_POSITION.match(after) or _LISTED_WITH.match(after)):
        return None
    if yy.startswith("0") or (four is not None and abs(year - four) <= NEAR):
        return year
    return None


def window_year(yy: int, doc_year: int) -> int:
    """The year ending in the two digits `yy` read against the document date: the latest one at most
    `WINDOW_AFTER` years after `doc_year` (09 in 2024 = 2009, 35 in 2024 = 1935, 03 in 1995 = 2003)."""
    year = (doc_year + WINDOW_AFTER) // 100 * 100 + yy
    return year - 100 if year > doc_year + WINDOW_AFTER else year


def range_end_year(start: int, yy: int, span: int = RANGE_SPAN) -> Optional[int]:
    """The year of the two-digit end `yy` of a range from the four-digit `start` (1998年から02年 =
    2002): the first year from the start on that ends in `yy`, or None when that is more than
    `span` years on (2015年から10年以上: a length of time, not 2110)."""
    year = start // 100 * 100 + yy
    year += 100 if year < start else 0
    return year if year - start <= span else None


def rolled_year(month: int, narrative_year: int, narrative_month: Optional[int],
                doc_year: Optional[int]) -> int:
    """The year of a month with no year told after the narrative's `narrative_year`-`narrative_month`."""
    if narrative_month and month < narrative_month and doc_year and doc_year > narrative_year \
            and 12 - narrative_month + month <= ROLL_AHEAD:
        return narrative_year + 1
    return narrative_year


def two_digit_groups(norm: str, m: re.Match, g: dict, era_last: bool, four: Optional[int],
                     doc_year: Optional[int]) -> Optional[dict]:
    """The `units.UNIT` groups `g` of match `m` with the full year of its two-digit year (09年6月) in
    g["year"], or None when it stays unread (after an era year, `era_last`; 85年代 is no decade)."""
    if era_last:
        return None
    yy = f"{parse_int(g['syear']):02d}"  # 九一 = '91'
    y = full_year(yy, four, doc_year, bool(g["month"] or g["suffix"]),
                  norm[m.end("syear") + 1:m.end("syear") + 8], norm[max(0, m.start() - 4):m.start("syear")])
    if g["suffix"] == "代" and int(yy) % 10:
        return None
    return None if y is None else g | {"year": str(y)}


def rolled_anchor(g: dict, anchor: Optional[Context], doc: Optional[Context]) -> Optional[Context]:
    """The narrative `anchor`, a year on when the month with no year of `g` crosses New Year."""
    if not (g["bmonth"] and anchor and anchor.year and anchor.month and doc):
        return anchor
    y = rolled_year(parse_int(g["bmonth"]), anchor.year, anchor.month, doc.year)
    return anchor if y == anchor.year else Context(y, None, None, anchor.label)
