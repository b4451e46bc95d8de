"""Where the narrative stands after a block: the last day told, even when it was written without a
month (15日, 翌29日) or relative to the time of writing (本日, 昨日).

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
from .units import Context

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
