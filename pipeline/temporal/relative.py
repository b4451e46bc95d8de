"""Dates relative to the time of writing (本日, 昨年, 先月, 来週, 3日前, 月曜日) -> EDTF.

They resolve against the DOCUMENT date (`anchor_source='document'`), except 翌日/前日/翌々日/翌週,
which follow the narrative when it names a day (else the document date). With no document date
they are not emitted: 昨年 on its own says nothing a reader can place (the dates module's
convention for unresolvable relatives).

Conventions
-----------
- 本日/今日 the day, 昨日 -1, 一昨日 -2, 一昨昨日/一昨々日 -3, 明日 +1, 明後日 +2; 今年/本年 the year,
  昨年/去年 -1, 一昨年/おととし -2, 来年 +1, 再来年 +2; 今年度/昨年度/来年度 fiscal years (April);
  今月/先月/先々月/来月/再来月; 今週/先週/先々週/来週/再来週 the ISO week Monday..Sunday as an
  interval; 今世紀 the century ('20XX').
- N年前 / Nカ月前 as the base of a figure's comparison (1年前に当たる, 1年前の91億ドルと比較して, 1年前と比べ)
  count from the period the figure is about, at its month (2010年6月の輸出額は…1年前に当たる = '2009-06').
- N日後, Nヶ月後, N週間後 (and その3日前, 同2カ月前) count from the narrative when it is precise
  enough (a day for 日/週, a month for ヶ月), as N年後 does in the dates module; otherwise, and for a
  plain N年前 / N日前, from the document date.
- N年前/後, Nヶ月前/後, N週間前/後, N日前/後, 半世紀前 (50 years), 四半世紀後 (25) (also くらい/ほど/ばかり/近く before 前/後, approximate):
  the document date moved by N at the unit's precision. After その/それから/同 they count from the
  event just told, never from the time of writing: with no narrative date precise enough they are
  not placed (明治維新と、その七十七年後の終戦 stays the duration 'P77Y', not the year 2100). Fractional amounts and hours/minutes/
  seconds are not placed (they stay durations in the `durations` module: a duration 前).
- A day after a relative month is that day of it: 来月11日 = '2023-06-11', 先月の20日.
- A part after a relative year or month narrows it by the units tables: 昨年末 = '2022-12', 今月上旬 =
  '2023-09-01/2023-09-10', 来年度前半 = '2024-04/2024-09'; 今週末 = that week's Saturday/Sunday.
- A year word glossed in brackets by the writer (本年(2022年), 昨年（2021年）) is that year, with or
  without a document date.
- 今春/今夏/今秋/今冬, 昨春../去年.., 来春..: that season of the document's year, moved by one for
  昨/去/来 ('2024-23' for 今秋; 昨冬 '2023-24' runs December 2023 to February 2024); 春闘, 今秋季 are not.
- 今月中に, 今年中は, 今日中に: the month, year, day (今年中国 is 今年 + 中国: not read).
- Kana words of the day (きょう, きのう, あす), けさ/今朝, 今夜, 昨夜 and 今日 read as こんにち: the
  `spoken` module.
- Not read: 先日 (the other day: some days or weeks before the document date, a width EDTF cannot
  give without inventing one), 今 and 現在 (the time of writing itself: the document date says it).
- 前年比: its 前年 is the year before the figure's year, i.e. the narrative's year - 1 (2023年の輸出は
  前年比3%増 -> 前年 = '2022', span 前年 only); with no narrative year it is not emitted, and it never
  moves the anchor (a comparison). 前年同期比 and 前年度比 are not read.
- Weekdays (月曜日, 月曜, （月）; a bracketed one only after a day, a digit, punctuation or at the
  start — 期間（月） is a unit): alone 'XXXX-WXX-1' (ISO week-date pattern with unknown week);
  with a document date the day of that weekday in the document's own ISO week, moved a week back
  or on when the clause's tense says so (`tense`: 金曜日に発表した in a Wednesday's document is the
  Friday before).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from ..records import DateMention
from .units import DECADE_PARTS, DOC_YEAR_SHIFT, DOC_YEARS, KNUM, PARTS, SP, Rejected, days_unit, edtf, months_unit, normalize, parse_int
from .spoken import find_spoken, nowadays
from .unitwords import CALENDAR_UNIT, designator

_WORDS = {
    "本日": ("D", 0), "今日": ("D", 0), "昨日": ("D", -1), "一昨昨日": ("D", -3), "一昨々日": ("D", -3),
    "一昨日": ("D", -2), "明後日": ("D", 2), "明日": ("D", 1),
    "今年度": ("F", 0), "本年度": ("F", 0), "昨年度": ("F", -1), "一昨年度": ("F", -2), "来年度": ("F", 1),
    **{w: ("Y", n) for w, n in DOC_YEAR_SHIFT.items()},
    "今月": ("M", 0), "先々月": ("M", -2), "先月": ("M", -1), "再来月": ("M", 2), "来月": ("M", 1),
    "今週": ("W", 0), "先々週": ("W", -2), "先週": ("W", -1), "再来週": ("W", 2), "来週": ("W", 1),
    "今世紀": ("C", 0),
}
_NARRATIVE = {"翌々日": ("D", 2), "翌日": ("D", 1), "前日": ("D", -1), "翌週": ("W", 1)}
WORD_RE = re.compile("(?<![\u3400-\u9fff々])(?:" + "|".join(sorted({**_WORDS, **_NARRATIVE}, key=len, reverse=True))
                     + ")(?:(?<=度)|(?!比))(?!度|同期|来|中(?!旬|に|の|は|ま|も|[、。])|以来|的|香)")
# a fiscal year word is read before 比 (昨年度比 = the fiscal year before, as 前年度比); a year word is never
# read out of a fiscal one (昨年度比 was 昨年, the calendar year, when 昨年度 could not stand before 比)
N_RE = re.compile(rf"(?<![0-9.,〇零一二三四五六七八九十百千])(?P<n>[0-9]{{1,3}}|{KNUM})(?P<u>{CALENDAR_UNIT})"
                  rf"(?P<ap>{SP}(?:くらい|ぐらい|ほど|ばかり|近く))?{SP}(?P<dir>前|まえ|後)(?!半|後|期|者|任|述|身|日)")
HALF_RE = re.compile(rf"(?P<w>四半世紀|半世紀)(?P<ap>{SP}(?:くらい|ぐらい|ほど|ばかり|近く))?{SP}(?P<dir>前|まえ|後)(?!半|期)")
_WD = "月火水木金土日"
WEEKDAY_RE = re.compile(rf"(?P<w>[{_WD}])曜(?:日)?|(?<=[（(])(?P<b>[{_WD}])(?=[）)])")


def _shift(doc: date, unit: str, n: int) -> tuple[str, date, date]:
    if unit == "D":
        d = doc + timedelta(days=n)
        return d.isoformat(), d, d
    if unit == "W":
        mon = doc - timedelta(days=doc.weekday()) + timedelta(weeks=n)
        sun = mon + timedelta(days=6)
        return f"{mon.isoformat()}/{sun.isoformat()}", mon, sun
    if unit == "M":
        k = doc.year * 12 + doc.month - 1 + n
        y, m = k // 12, k % 12 + 1
        return f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    if unit == "F":
        y = (doc.year if doc.month >= 4 else doc.year - 1) + n
        return f"{y:04d}-04/{y + 1:04d}-03", date(y, 4, 1), date(y + 1, 3, 31)
    if unit == "C":
        c = (doc.year - 1) // 100
        return f"{c:02d}XX", date(c * 100 + 1, 1, 1), date(c * 100 + 100, 12, 31)
    y = doc.year + n
    return f"{y:04d}", date(y, 1, 1), date(y, 12, 31)


def _mention(text, s, e, shifted, label, source, approx=False) -> DateMention:
    value, lo, hi = shifted
    if approx:  # '~' after every endpoint, as the dates module writes 1993~/1996~
        value = "/".join(p + "~" for p in value.split("/"))
    return DateMention(s, e, text[s:e], value, lo.isoformat(), hi.isoformat(), approx, label, kind="date",
                       anchor_source=source)


PREVIOUS_YEAR_RE = re.compile(r"(?<![\u3400-\u9fff々])前年(?=比)")


def find_previous_year(text: str, norm: str, narrative_at) -> list[DateMention]:
    """The 前年 of 前年比 against the narrative year in force at its position."""
    out = []
    for m in PREVIOUS_YEAR_RE.finditer(norm):
        ctx = narrative_at(m.start())
        if ctx and ctx.year:
            y = ctx.year - 1
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{y:04d}", f"{y:04d}-01-01",
                                   f"{y:04d}-12-31", False, ctx.label, kind="date", anchor_source="narrative"))
    return out


def _day_of(ctx) -> Optional[tuple[date, str]]:
    if ctx and ctx.year and ctx.month and ctx.day:
        return date(ctx.year, ctx.month, ctx.day), ctx.label
    return None


_EXPLICIT_AFTER = re.compile(rf"{SP}の{SP}(?:[0-9]{{4}}|令和|平成|昭和)")
_THAT = re.compile(r"(?:その|それから|同)\s*$")


def _narrative_base(norm: str, m: re.Match, unit: str, narrative_at) -> Optional[tuple[date, str]]:
    """The narrative date a N日後 / その3日前 counts from, when the narrative is precise enough:
    後 follows the story (as N年後 does in the dates module), 前 only after その/それから/同."""
    if m["dir"] not in ("後",) and not _THAT.search(norm, max(0, m.start() - 4), m.start()):
        return None
    ctx = narrative_at(m.start())
    need = {"Y": 1, "M": 2, "W": 3, "D": 3}[unit]
    if not ctx or not ctx.year or (need >= 2 and not ctx.month) or (need == 3 and not ctx.day):
        return None
    return date(ctx.year, ctx.month or 1, ctx.day or 1), ctx.label


_PART_AFTER = re.compile(rf"{SP}(?:の{SP})?(?P<part>{PARTS})")


def _with_part(text, start, part: re.Match, unit_n, day: date, label) -> Optional[DateMention]:
    """昨年末, 今月上旬, 来年度前半: the relative year/month narrowed by the part (the units tables)."""
    if not unit_n or unit_n[0] not in "YMFWC":
        return None
    unit, n = unit_n
    value, lo, _ = _shift(day, unit, n)
    if unit == "C":  # 今世紀半ば: the decades' parts in tens of years, as 21世紀半ば (`forms`)
        if part["part"] not in DECADE_PARTS:
            return None
        a, b = DECADE_PARTS[part["part"]]
        y0, y1 = lo.year + 10 * a, lo.year + 10 * (b + 1) - 1
        return DateMention(start, part.end(), text[start:part.end()], f"{y0:04d}/{y1:04d}", f"{y0:04d}-01-01",
                           f"{y1:04d}-12-31", False, label, kind="date", anchor_source="document")
    if unit == "W":  # 今週末, 来週末: Saturday and Sunday of that week
        if part["part"] != "末":
            return None
        sat, sun = lo + timedelta(days=5), lo + timedelta(days=6)
        return DateMention(start, part.end(), text[start:part.end()], f"{sat.isoformat()}/{sun.isoformat()}",
                           sat.isoformat(), sun.isoformat(), False, label, kind="date", anchor_source="document")
    if unit == "M":
        u = days_unit(lo.year, lo.month, part["part"], "")
    else:
        u = months_unit(lo.year, 4 if unit == "F" else 1, part["part"], 12, "")
    if isinstance(u, Rejected):
        return None
    end = part.end()
    return DateMention(start, end, text[start:end], edtf(u.lo, u.hi, False), u.earliest.isoformat(),
                       u.latest.isoformat(), False, label, kind="date", anchor_source="document")


_DAY_AFTER = re.compile(rf"{SP}(?:の{SP})?(?P<d>[0-9]{{1,2}}|{KNUM}){SP}日(?!間|目|前|後|以内|程度)")


def _day_of_month(text, start, dm: re.Match, first: date, label) -> Optional[DateMention]:
    """来月11日: the day of the month a relative month word names (None for a day the month lacks)."""
    n = parse_int(dm["d"])
    if not 1 <= n <= calendar.monthrange(first.year, first.month)[1]:
        return None
    d = first.replace(day=n)
    return DateMention(start, dm.end(), text[start:dm.end()], d.isoformat(), d.isoformat(), d.isoformat(), False,
                       label, kind="date", anchor_source="document")


_GLOSS = re.compile(rf"{SP}[（(]{SP}(?:西暦{SP})?(?P<y>[0-9]{{4}}){SP}年?{SP}[）)]")
_GLOSSED_RE = re.compile(rf"(?<![\u3400-\u9fff々])(?P<w>{DOC_YEARS}){_GLOSS.pattern}")


def writing_year(text: str) -> Optional[str]:
    """The year the text says it was written in, from the writer's first glossed year word: 本年
    (2022年) -> '2022', 昨年（2021年） -> '2022'; None when there is none. For a document with no date
    in its metadata, so that its year-less dates (3月31日) and relative words resolve."""
    m = _GLOSSED_RE.search(normalize(text))
    return f"{int(m['y']) - DOC_YEAR_SHIFT[m['w']]:04d}" if m else None


_NEEDS = {"D": 3, "W": 3, "M": 2, "F": 2, "Y": 1, "C": 1}  # document-date precision a unit needs


def _special_word(text, norm, m, day, prec, doc_label, narrative_at) -> Optional[DateMention]:
    """A word of `WORD_RE` read with what follows or with the narrative: 本年(2022年), 翌日 after a day
    told, 来月11日, 昨年末; None when it is read alone against the document date."""
    w = m.group()
    if (g := _GLOSS.match(norm, m.end())) and _WORDS.get(w, ("",))[0] == "Y":
        y = int(g["y"])  # 本年(2022年): the writer's own gloss is the year
        return DateMention(m.start(), m.end(), text[m.start():m.end()], f"{y:04d}", f"{y:04d}-01-01",
                           f"{y:04d}-12-31", False, f"{y:04d} ({text[m.start():g.end()]})", kind="date",
                           anchor_source="narrative")
    if w in _NARRATIVE and (narrative_day := _day_of(narrative_at(m.start()))):
        return _mention(text, m.start(), m.end(), _shift(narrative_day[0], *_NARRATIVE[w]),
                        narrative_day[1], "narrative")
    if _WORDS.get(w, ("",))[0] == "M" and prec >= 2 and (dm := _DAY_AFTER.match(norm, m.end())) \
            and (d := _day_of_month(text, m.start(), dm, _shift(day, "M", _WORDS[w][1])[1], doc_label)):
        return d  # 来月11日, 先月の20日: that day of the month
    if (part := _PART_AFTER.match(norm, m.end())) and prec >= _NEEDS[_WORDS.get(w, ("D",))[0]]:
        return _with_part(text, m.start(), part, _WORDS.get(w), day, doc_label)
    return None


# N年前 / Nカ月前 as the base of a figure's comparison: 1年前に当たる09年6月, 1年前の91億ドルと比較して, 1年前と比べ
_FIGURE_BASE = re.compile(rf"{SP}(?:に{SP}(?:当|あ)たる|の{SP}(?:約|およそ)?{SP}[0-9０-９]|[とに]{SP}(?:比|くら)べ|と{SP}比較)")


def _figure_base(norm: str, m: re.Match, unit: str, n: int, compare_at) -> Optional[tuple[tuple[str, date, date], str]]:
    """1年前 / 3カ月前 that a figure is compared with: that many months before the period the figure is
    about (the comparison anchor, `figures`), at its month: 2010年6月の輸出額は…1年前に当たる = '2009-06'."""
    if m["dir"] == "後" or unit not in ("Y", "M") or not _FIGURE_BASE.match(norm, m.end()):
        return None
    ctx = compare_at(m.start()) if compare_at else None
    if not (ctx and ctx.year and ctx.month):
        return None
    return _shift(date(ctx.year, ctx.month, 1), "M", n * (12 if unit == "Y" else 1)), ctx.label


def find_relative(text: str, norm: str, doc: Optional[tuple[date, int]], doc_label: Optional[str],
                  narrative_at, compare_at=None) -> list[DateMention]:
    """Relative dates in `text`; `doc` = (document date, precision 1 year / 2 month / 3 day) or None,
    `narrative_at(pos)` = the narrative anchor (a `units.Context`) in force at `pos`, `compare_at(pos)`
    the period a figure there is about (`figures.comparison_anchor`). A word finer than the document
    date (本日 against '2023-09') is not emitted."""
    day, prec = doc if doc else (None, 0)

    def add(m, unit, n, approx=False):
        if prec >= _NEEDS[unit]:
            out.append(_mention(text, m.start(), m.end(), _shift(day, unit, n), doc_label, "document", approx))

    out = []
    for m in WORD_RE.finditer(norm):
        w = m.group()
        if w == "今日" and nowadays(norm, m.start(), m.end()):
            continue  # 今日の国際社会, 進んでいる今日: こんにち, the present age (`spoken`)
        if d := _special_word(text, norm, m, day, prec, doc_label, narrative_at):
            out.append(d)
        else:
            add(m, *(_NARRATIVE.get(w) or _WORDS[w]))
    for m in N_RE.finditer(norm):
        n = parse_int(m["n"]) * (-1 if m["dir"] in ("前", "まえ") else 1)
        unit = designator(m["u"])
        if _EXPLICIT_AFTER.match(norm, m.end()):
            continue  # 2年後の2018年: the explicit year wins (the dates module's rule)
        if based := _figure_base(norm, m, unit, n, compare_at):
            out.append(_mention(text, m.start(), m.end(), based[0], based[1], "narrative", bool(m["ap"])))
            continue
        if not (unit == "Y" and m["dir"] == "後") and (base := _narrative_base(norm, m, unit, narrative_at)):
            if 1 <= base[0].year + n * (unit == "Y") <= 9999:
                out.append(_mention(text, m.start(), m.end(), _shift(base[0], unit, n), base[1], "narrative",
                                    bool(m["ap"])))
        elif _THAT.search(norm, max(0, m.start() - 4), m.start()):
            continue  # その77年後 with no year told: after the event just told, not the time of writing (a duration)
        elif day and 1 <= day.year + n * (unit == "Y") <= 9999:  # 3000年前: before year 1, a duration
            add(m, unit, n, bool(m["ap"]))
    for m in HALF_RE.finditer(norm):
        add(m, "Y", (25 if m["w"] == "四半世紀" else 50) * (-1 if m["dir"] in ("前", "まえ") else 1), bool(m["ap"]))
    out.extend(_weekdays(text, norm, day if prec >= 3 else None, doc_label))
    out.extend(find_spoken(text, norm, day if prec >= 3 else None, doc_label))  # きょう, けさ, 今夜
    out.extend(_seasons(text, norm, day, doc_label, prec))
    return sorted(out, key=lambda d: d.start)


# 今秋, 昨冬: the first character of a two-character year word (今年, 昨年, 去年, 来年; 本春 is no word)
_SEASON_SHIFT = {w[0]: n for w, n in DOC_YEAR_SHIFT.items() if len(w) == 2 and w[0] != "本"}
SEASON_WORD_RE = re.compile(rf"(?<![\u3400-\u9fff々])(?P<r>{'|'.join(_SEASON_SHIFT)})(?P<s>春|夏|秋|冬)"
                            r"(?!季|期|学|風|雨|物|場|祭|服|眠|至|分|闘|秋|休|日|草|虫|晴)")


def _seasons(text: str, norm: str, day: Optional[date], label: Optional[str], prec: int) -> list[DateMention]:
    """今秋, 昨冬, 来春: that season of the document's year moved by the word (EDTF season codes,
    as the units tables: 今秋 = '2024-23'; 昨冬 = '2023-24', December 2023 to February 2024). In
    January or February (a document date with a month) 今冬 is the winter that began in December."""
    out = []
    if day is None:
        return out
    for m in SEASON_WORD_RE.finditer(norm):
        in_winter = m["s"] == "冬" and prec >= 2 and day.month <= 2
        u = months_unit(day.year + _SEASON_SHIFT[m["r"]] - in_winter, 1, m["s"], 12, "")
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], u.lo, u.earliest.isoformat(),
                               u.latest.isoformat(), False, label, kind="date", anchor_source="document"))
    return out


def _weekdays(text: str, norm: str, day: Optional[date], label: Optional[str]) -> list[DateMention]:
    """月曜日, （月）: that day of the document's week, or 'XXXX-WXX-1' without a document day."""
    out = []
    for m in WEEKDAY_RE.finditer(norm):
        k = _WD.index(m["w"] or m["b"])
        s, e = (m.start() - 1, m.end() + 1) if m["b"] else (m.start(), m.end())
        if m["b"] and s and not re.match(r"[日0-9\s、。,.:：]", norm[s - 1]):
            continue  # 期間（月）, 単位（日）: a bracketed unit or abbreviation after a noun, not a weekday
        if day is None:
            out.append(DateMention(s, e, text[s:e], f"XXXX-WXX-{k + 1}", None, None, kind="date"))
        else:
            out.append(_mention(text, s, e, _shift(day, "D", k - day.weekday()), label, "document"))
    return out
