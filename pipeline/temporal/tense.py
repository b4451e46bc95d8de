"""The tense of the clause a day is told in, against the date of writing: a past event is not after
the document date, a coming one not before it.

A news item dated 2013-08-20 that has just told of a summit on 9月5日 writes 日本政府筋が20日、明らかに
した: the narrative's month would make that 20日 September 20th, a day still to come for something
already done. And a bare weekday in a news item is the nearest such day in the direction of the
clause's tense, which need not be in the document's own week.

Conventions
-----------
- Only days written without a month (20日, 翌20日, 二十日) and weekdays (火曜日) resolved by the
  narrative or the document date are checked, and only with a document date that names a day.
- A word before the day says its tense outright: 去る9日, 先日, ついこの間 (past), 来る15日 (coming).
- Else the clause's tense is that of its sentence's last predicate before 。 (or the end of the block), closing
  brackets aside, or, in reported speech, of the reported clause's predicate before と述べた/という/との/旨
  (20日に訪米すると述べた is a coming visit): past when it ends in た (した, だった, ました); coming when it
  ends in る/う or 予定だ/見通しだ/方針だ/方向だ/計画だ (開かれる, 訪れる予定だ); a state (ている, である,
  ない, だ) and anything else is left alone.
- In a past clause, a day after the document date is that day of the document's month (of the month
  before when the day has not yet come); a weekday goes back by weeks. In a coming clause a day
  before the document date is that day of the document's month when it is still to come, else of the
  next month; a weekday goes forward by weeks. The record is then resolved against the document date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from ..records import DateMention
from .units import ANCHORED, BARE_DAY, anchored_bare_day, parse_int

_WEEKDAY = re.compile(r"^[（(]?[月火水木金土日]曜?日?[）)]?$")
_END = re.compile(r"[。\n]")
_CLOSE = r"[」』）)\s]*$"
_PAST = re.compile(r"た" + _CLOSE)
_PLANNED = re.compile(r"(?:予定|見通し|方針|方向|計画)(?:だ|です)" + _CLOSE)
_STATIVE = re.compile(r"(?:(?:て|で)い|であ|でもあ)る" + _CLOSE + r"|(?:ない|ません|だ|です)" + _CLOSE)
_COMING = re.compile(r"[るう]" + _CLOSE)
# the reported clause ends where a quotation or report marker begins: its predicate, not the reporting
# verb's, is the day's tense (20日に訪米すると述べた: a coming visit; 20日の会談が重要であるとの認識)
_REPORT = re.compile(r"と(?:いう|の|(?=述べ|語|話|発表|説明|強調|明らか|表明|指摘|報じ|伝え|示|言|思|考え|見られ|みられ|され))|旨")
_ONE_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def clause_tense(norm: str, end: int) -> Optional[str]:
    """'past', 'coming' or None: the tense of the sentence's last predicate after position `end`."""
    m = _END.search(norm, end)
    clause = norm[end:m.start() if m else len(norm)]
    q = _REPORT.search(clause)
    clause = clause[:q.start()] if q else clause
    if _PLANNED.search(clause):
        return "coming"
    if _STATIVE.search(clause):
        return None  # ている, である, ない, だ: a state, no tense to check the day against
    return "past" if _PAST.search(clause) else "coming" if _COMING.search(clause) else None


def _month_day(y: int, mo: int, n: int) -> Optional[date]:
    k = y * 12 + mo - 1
    y, mo = k // 12, k % 12 + 1
    return date(y, mo, n) if 1 <= n <= calendar.monthrange(y, mo)[1] else None


def _moved(d: DateMention, doc: date, tense: str) -> Optional[date]:
    m = _ONE_DAY.match(d.value)
    if not m:
        return None
    day = date(int(m[1]), int(m[2]), int(m[3]))
    if (tense == "past" and day <= doc) or (tense == "coming" and day >= doc):
        return None
    if _WEEKDAY.match(d.text.strip()):
        weeks = -((day - doc).days // 7 + (1 if (day - doc).days % 7 else 0)) if tense == "past" else \
            -((day - doc).days // 7)
        return day + timedelta(weeks=weeks)
    n = parse_int(BARE_DAY.fullmatch(d.text.strip())["n"])
    same = _month_day(doc.year, doc.month, n)
    if tense == "past":
        return same if same and same <= doc else _month_day(doc.year, doc.month - 1, n)
    return same if same and same >= doc else _month_day(doc.year, doc.month + 1, n)


# a word right before the day that tells its side of the time of writing, whatever the clause says:
# 去る9日 / 先日 / ついこの間 (past), 来る15日 / 来たる (coming)
_SAID_PAST = re.compile(r"(?:去る|この間|先日|先般)[、,\s]*$")
_SAID_COMING = re.compile(r"(?:来る|来たる|きたる)[、,\s]*$")


def day_tense(norm: str, start: int, end: int) -> Optional[str]:
    """The tense of a day at `start`-`end`: the word before it (去る, 来る) when there is one, else
    its clause's (`clause_tense`)."""
    before = norm[max(0, start - 8):start]
    if _SAID_PAST.search(before):
        return "past"
    if _SAID_COMING.search(before):
        return "coming"
    return clause_tense(norm, end)


def by_tense(norm: str, mentions: list[DateMention], doc: Optional[date], label: Optional[str]) -> list[DateMention]:
    """`mentions` with the bare days and weekdays that contradict their clause's tense moved."""
    if doc is None:
        return mentions
    out = []
    for d in mentions:
        bare = anchored_bare_day(d)  # a day with its weekday is agree_weekdays' to move
        weekday = d.kind == "date" and d.anchor_source in ANCHORED and _WEEKDAY.match(d.text.strip())
        if ((bare and not bare["w"]) or weekday) and (t := day_tense(norm, d.start, d.end)) \
                and (new := _moved(d, doc, t)):
            v = new.isoformat()
            d = replace(d, value=v, earliest=v, latest=v, resolved_against=label, anchor_source="document")
        out.append(d)
    return out
