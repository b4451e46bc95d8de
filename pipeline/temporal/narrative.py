"""Where the narrative stands: which dates move its anchor, and the last day told after a block,
even when it was written without a month (15日, 翌29日) or relative to the time of writing (本日).

A date the dates module builds moves the anchor unless it is retrospective (2017年11月以来, …ぶり),
an edition year (令和5年版, 令和5年(2023年)版, 2023年版の白書: a publication, not where the story
is) or 前年 as a point of comparison (前年の約600億ドル, 前年を上回る, 前年並み, 前年に引き続き,
前年と同様, 前年に比べ; 前年比 and 前年同期 are not matched at all), or any date as the base a figure is
compared with (1年前に当たる09年6月の約135億ドルと比べて: `COMPARED`; 前年同月 after it is not of it either)
or is more or less than (8月より8.1%減った: `THAN`, no open start either): those are emitted but the story
stays where it was. Nor does a calendar year alone that is the year of the day the anchor names
(1月14日 … (2022年 ロイター) … 同日), nor a *flashback*: a year alone, earlier than the anchor's,
written as the attribute of a noun (2022年2月22日 … 2014年のクリミア併合から制裁を続けていたが、
2月23日 …: the story names a past event by its year and stays in 2022; 2014年の3月 is a month) in a
sentence that gives no figure (1月4日の発表によると、2021年の輸出は前年比34.2%増: the year of the
statistics is where the report is, and 前年 is 2020).

A year word of the time of writing on its own (昨年は, 今年の, 本年、) moves the anchor to that year, as an
explicit year does (輸出額は2005年から2倍に拡大した。…昨年は…。11月に: November of 昨年, not of 2005);
the relative module emits it. Not 昨年比, 昨年同期, 昨年度, 昨年来, 昨年以来, nor 昨年並み and the other
comparisons above, nor the ends of a span (今年から来年にかけて; `doc_year_moves`).

A month and day with no year that dates an anniversary's event (10月7日ハマスのテロから一年: 、…から一年を迎えた)
lies that many years before the year it would take (`years_since`).

The dates module moves its anchor on the units it builds itself (2023年7月28日, 同月18日); days the
other modules resolve (a bare 15日 against the document date, 本日) used to leave it where it was,
so that この日 or 同日 in the next paragraph of a news item (【北京共同】…は15日、会談した。 … この日の
会談で) found no day. After each block the anchor becomes the last such day told after the anchor's
own last move, when it names a day (a single 'YYYY-MM-DD', resolved by the narrative or the document
date). Retrospective and comparison dates are not affected (they are the dates module's own units).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..records import DateMention
from .figures import gives_figure
from .units import DOC_YEARS, KNUM, SP, Context, parse_int

_RETROSPECTIVE = re.compile(rf"{SP}(?:以来|ぶり)")
_EDITION = re.compile(rf"{SP}(?:[（(][^（(）)]{{0,12}}[）)]|[）)])?{SP}版")
_COMPARISON = re.compile(rf"{SP}(?:の{SP}(?:約|およそ|[0-9][0-9,.]*{SP}(?![0-9]|月|日|年))|を{SP}(?:上回|下回)|並み"
                         rf"|に{SP}(?:引き続|引続|続)き|と{SP}同様|[にと]{SP}(?:比|くら)べ|と{SP}比較)")
# a date as the base a figure is compared with: 09年6月の約135億ドルと比べて, 昨年9月の黒字額29億ドルと比べると,
# 前月の3.1%を上回り (a short noun may name the figure)
COMPARED = re.compile(rf"{SP}の{SP}(?:[^0-9０-９。、\n]{{1,6}}?)?(?:約|およそ)?{SP}[0-9０-９][^。、\n]{{0,24}}?"
                      rf"(?:[とに]{SP}(?:比|くら)べ|と{SP}比較|を{SP}(?:上回|下回))")
# a date a figure is said to be more or less than (8月より8.1%減った, 前月より多い): a comparison, no open start
THAN = re.compile(rf"{SP}より{SP}(?:[0-9０-９][^。、\n]{{0,12}}?)?(?:増|減|多|少|高|低|上回|下回|大き|小さ|伸|拡大|縮小|改善|悪化)")
# a year as the attribute of a noun (2014年のクリミア併合), not of a month or day (2014年の3月, 2014年の同月)
_ATTRIBUTE = re.compile(rf"{SP}の{SP}(?![0-9０-９〇一二三四五六七八九十]+{SP}[月日]|同|翌|前|初|末|半|春|夏|秋|冬)")
# a year word of the time of writing alone (`DOC_YEAR_SHIFT`): not in a word, nor before what makes it
# another unit or a comparison (昨年度, 昨年比, 昨年同期, 昨年来, 昨年末 is the relative module's part)
DOC_YEAR_ALONE = re.compile(rf"(?<![\u3400-\u9fff々])(?P<w>{DOC_YEARS})(?!度|比|同|来|中|末|始|初|頭|内|上|下|前|後|春|夏|秋|冬)")


def keeps_day(anchor: Optional[Context], u) -> bool:
    """A bare mention of the anchor day's own year (a photo credit's (2022年 ロイター), 2023年の白書)
    leaves the day where it was: 同日 after it is still that day."""
    return bool(anchor and anchor.day and u.month is None and u.year == anchor.year
                and u.earliest and u.latest and (u.earliest.month, u.earliest.day, u.latest.month, u.latest.day) == (1, 1, 12, 31))


def moves_anchor(norm: str, m: re.Match, end: int, year: Optional[int] = None,
                 anchor: Optional[Context] = None) -> bool:
    """Whether the `units.UNIT` match `m` (its record ending at `end`, naming `year`) moves the
    narrative anchor `anchor`."""
    comparison = (m["rely"] == "前" and not (m["month"] or m["relm"] or m["day"] or m["reld"])) \
        or (m["relm2"] == "前" and not (m["day"] or m["reld"]))  # 前月を上回った, as 前年を
    return not (_RETROSPECTIVE.match(norm, m.end()) or _EDITION.match(norm, end) or COMPARED.match(norm, end)
                or THAN.match(norm, m.end())
                or (comparison and _COMPARISON.match(norm, m.end())) or _flashback(norm, m, end, year, anchor))


def _flashback(norm: str, m: re.Match, end: int, year: Optional[int], anchor: Optional[Context]) -> bool:
    """A year alone, before the anchor's year, as a noun's attribute (2014年のクリミア併合)."""
    alone = (m["year"] or m["era"]) and not (m["month"] or m["relm"] or m["day"] or m["reld"] or m["part"]
                                            or m["suffix"] or m["approx"])
    return bool(alone and end == m.end() and year is not None and anchor and anchor.year
                and year < anchor.year and _ATTRIBUTE.match(norm, end) and not gives_figure(norm, m.start()))


_SPAN_END = re.compile(rf"{SP}(?:から|より|以降|以後|まで|にかけて|[~〜～-])")


def doc_year_moves(norm: str, m: re.Match) -> bool:
    """Whether the `DOC_YEAR_ALONE` match `m` (昨年 alone) moves the anchor: not a comparison or a
    since, nor an end of a span (今年から来年にかけて: a stretch of time, no year the story stands in)."""
    return not (_RETROSPECTIVE.match(norm, m.end()) or _COMPARISON.match(norm, m.end()) or _SPAN_END.match(norm, m.end()))

_ONE_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def last_day_told(mentions: list[DateMention], moved_at: int,
                  anchor: Optional[Context]) -> tuple[Optional[Context], Optional[bool]]:
    """The anchor after a block: the last single day resolved after position `moved_at` (where the
    dates module last moved `anchor` in this block, 0 when it did not), else `anchor` unchanged; and
    whether that day was read against the document date (本日, a bare 15日 of the month of writing: no
    event's date), None when the anchor is unchanged."""
    for d in sorted(mentions, key=lambda d: d.start, reverse=True):
        if d.start < moved_at:
            break
        m = _ONE_DAY.match(d.value)
        if d.kind == "date" and m and d.anchor_source in ("document", "narrative"):
            y, mo, dd = int(m[1]), int(m[2]), int(m[3])
            day = date(y, mo, dd)
            return Context(y, mo, dd, f"{d.value} ({d.text.strip()})", day, day), d.anchor_source == "document"
    return anchor, None


# 10月7日のテロから一年: an event on a day with no year, and the years since it; not 4月1日から3年間 (a
# stretch that starts that day: no event between), nor 5月3日の式典から2年の任期 (の: a length of something)
_SINCE = re.compile(rf"{SP}の?[^。、,\n0-9０-９年]{{2,30}}?から{SP}(?P<n>[0-9]{{1,2}}|{KNUM}){SP}年(?!間|後|前|度|代|目|ぶり|に|の|まで|以)")


def years_since(norm: str, end: int) -> int:
    """How many years a month and day with no year written (ending at `end`) lie before the time the
    text stands at, when it dates the event of an anniversary (10月7日ハマスのテロから一年 = a year
    before: 2023-10-07 in a text of 2024-10-08); else 0."""
    m = _SINCE.match(norm, end)
    return parse_int(m["n"]) if m else 0


_OF_FIGURE = re.compile(rf"{SP}の")


def year_to_date(norm: str, m: re.Match, end: int) -> bool:
    """Whether a month with no year written before まで (the `units.UNIT` match `m`, まで ending at
    `end`) is the last month of a year-to-date figure: 8月までの輸入額は昨年同期比で23.9%減 = January to
    August of that year, as trade statistics count (1~8月), not everything up to August."""
    return bool(m["bmonth"] and not (m["day"] or m["reld"] or m["part"]) and _OF_FIGURE.match(norm, end)
                and gives_figure(norm, m.start()))