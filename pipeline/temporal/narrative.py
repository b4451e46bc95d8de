"""Where the narrative stands: which dates move its anchor, and the last day told after a block,
even when it was written without a month (15日, 翌29日) or relative to the time of writing (本日).

A date the dates module builds moves the anchor unless it is retrospective (2017年11月以来, …ぶり),
an edition year (令和5年版, 令和5年(2023年)版, 2023年版の白書: a publication, not where the story
is) or 前年 as a point of comparison (前年の約600億ドル, 前年を上回る, 前年並み; 前年比 and 前年同期
are not matched at all): those are emitted but the story stays where it was. Nor does a calendar
year alone that is the year of the day the anchor names (1月14日 … (2022年 ロイター) … 同日).

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
from .units import SP, Context

_RETROSPECTIVE = re.compile(rf"{SP}(?:以来|ぶり)")
_EDITION = re.compile(rf"{SP}(?:[（(][^（(）)]{{0,12}}[）)]|[）)])?{SP}版")
_COMPARISON = re.compile(rf"{SP}(?:の{SP}(?:約|およそ|[0-9][0-9,.]*{SP}(?![0-9]|月|日|年))|を{SP}(?:上回|下回)|並み)")


def keeps_day(anchor: Optional[Context], u) -> bool:
    """A bare mention of the anchor day's own year (a photo credit's (2022年 ロイター), 2023年の白書)
    leaves the day where it was: 同日 after it is still that day."""
    return bool(anchor and anchor.day and u.month is None and u.year == anchor.year
                and u.earliest and u.latest and (u.earliest.month, u.earliest.day, u.latest.month, u.latest.day) == (1, 1, 12, 31))


def moves_anchor(norm: str, m: re.Match, end: int) -> bool:
    """Whether the `units.UNIT` match `m` (its record ending at `end`) moves the narrative anchor."""
    comparison = (m["rely"] == "前" and not (m["month"] or m["relm"] or m["day"] or m["reld"])) \
        or (m["relm2"] == "前" and not (m["day"] or m["reld"]))  # 前月を上回った, as 前年を
    return not (_RETROSPECTIVE.match(norm, m.end()) or _EDITION.match(norm, end)
                or (comparison and _COMPARISON.match(norm, m.end())))

_ONE_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def last_day_told(mentions: list[DateMention], moved_at: int, anchor: Optional[Context]) -> Optional[Context]:
    """The anchor after a block: the last single day resolved after position `moved_at` (where the
    dates module last moved `anchor` in this block, 0 when it did not), else `anchor` unchanged."""
    for d in sorted(mentions, key=lambda d: d.start, reverse=True):
        if d.start < moved_at:
            break
        m = _ONE_DAY.match(d.value)
        if d.kind == "date" and m and d.anchor_source in ("document", "narrative"):
            y, mo, dd = int(m[1]), int(m[2]), int(m[3])
            day = date(y, mo, dd)
            return Context(y, mo, dd, f"{d.value} ({d.text.strip()})", day, day)
    return anchor
