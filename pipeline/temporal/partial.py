"""Months and days with no year (7/18, 7月18日, 7月末, 18日) and spans of them written with one 月
or 日 (2023年7〜9月期, 5月19〜21日): resolved against the narrative, else the document date, else
left with unspecified parts.

Conventions
-----------
- A span of days with one 日 (2023年5月19〜21日, 5月19〜21日, 19〜21日) = '2023-05-19/2023-05-21',
  the year and month from the text, else the narrative or the document date, else 'XX'.
- A span of months with one 月 (2023年7〜9月期, 10〜12月) = '2023-07/2023-09'; with no year anywhere
  'XXXX-07/XXXX-09'. 期 (the statistics' quarter) is inside the span.
- A month or day with no year anywhere (no narrative, no document date): 7月18日 = 'XXXX-07-18',
  7月 = 'XXXX-07', 18日 = 'XXXX-XX-18'; no bounds. The grammar of a month with no year is one, the
  unit grammar's (`units.UNIT`'s bmonth): the dates module resolves it against the narrative or the
  document date and hands the ones nothing places to `unspecified`; this module reads only bare
  days (18日), month/day numerals (7/18) and the spans.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from ..records import DateMention
from .forms import date_mention, year_of
from .units import ERAS, MONTH_PARTS, SP, parse_int

# 7/18 is a month/day; 2/3以上, 3/4の賛成, 1/2を, 約1/2に, 人口の1/2 are fractions
MONTH_DAY_RE = re.compile(r"(?<![0-9A-Za-z.,/\-])(?<!約)(?<!およそ)(?<!の)(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})"
                          r"(?![0-9A-Za-z.,/%％]|以上|以下|超|未満|の|を|が|は|程度|強|弱|倍|近く)")
# a bare day (18日); a month with no year (7月18日, 7月末) is the unit grammar's (`units.UNIT`, bmonth),
# handed here by the dates module when nothing gives it a year (`unspecified`)
# (also in kanji from 十日 on: 二十九日; 一日 to 九日 are too often counts, 一日も早く, except after 翌) and
# 翌29日, 翌二十九日, 翌三日, and 二日 to 九日 where only a day of the month stands: before には, a comma
# or a time of that day (九日には, 五日、, 三日午後; 三日に及ぶ, 三日で, 三日間 are counts):
# the next such day after the narrative's (the month after when it is not later in the month)
_DATED_DIGIT = rf"[二三四五六七八九](?={SP}日(?:には|、|,|，|{SP}(?:午前|午後|未明|早朝|朝|夜)))"
DAY_RE = re.compile(r"(?<![0-9A-Za-z.第])(?<![0-9〇一二三四五六七八九十元]年)"
                    rf"(?P<yoku>翌{SP})?(?:(?P<bd>[0-9]{{1,2}})|(?<![〇一二三四五六七八九十百千万億兆月])"
                    rf"(?P<kd>[二三]?十[一二三四五六七八九]?|(?(yoku)[一二三四五六七八九]|{_DATED_DIGIT}))){SP}日(?!間|目|本|米|中|系|曜|前|後|半|以内|程度|おき|ごと|に[0-9一1]|あたり|当たり|当り|につき|平均|分|も早)")



# 2023年7〜9月期, 10〜12月: a span of months written with one 月
MONTH_SPAN_RE = re.compile(
    rf"(?:(?:(?P<era>{'|'.join(ERAS)})(?P<ey>元|[0-9]{{1,2}})|(?P<y>[0-9]{{4}})){SP}年(?P<fy>度)?{SP})?"
    rf"(?<![0-9])(?P<a>[0-9]{{1,2}}){SP}[~\-–]{SP}(?P<b>[0-9]{{1,2}}){SP}月(?!間|目)(?P<ki>期)?")


# 5月19〜21日, 19〜21日: a span of days written with one 日
DAY_SPAN_RE = re.compile(
    rf"(?:(?:(?P<era>{'|'.join(ERAS)})(?P<ey>元|[0-9]{{1,2}})|(?P<y>[0-9]{{4}})){SP}年{SP})?"
    rf"(?:(?<![0-9])(?P<mo>[0-9]{{1,2}}){SP}月{SP})?(?<![0-9])(?P<a>[0-9]{{1,2}}){SP}[~\-–]{SP}(?P<b>[0-9]{{1,2}}){SP}日"
    rf"(?!間|目|程度|以内|おき|ごと|前|後|分)")


def _day_spans(text, norm, context_at, out):
    for m in DAY_SPAN_RE.finditer(norm):
        a, b = int(m["a"]), int(m["b"])
        ctx, source = (None, None) if (m["y"] or m["era"]) else context_at(m.start())
        y = year_of(m) if (m["y"] or m["era"]) else (ctx.year if ctx else None)
        mo = int(m["mo"]) if m["mo"] else (ctx.month if ctx and y else None)
        if not (1 <= a < b <= 31) or (mo and not 1 <= mo <= 12):
            continue
        if y is None or mo is None:
            months = f"{mo:02d}" if mo else "XX"
            out.append(date_mention(text, m.start(), m.end(), f"XXXX-{months}-{a:02d}/XXXX-{months}-{b:02d}", None, None))
        elif b <= calendar.monthrange(y, mo)[1]:
            lo, hi = f"{y:04d}-{mo:02d}-{a:02d}", f"{y:04d}-{mo:02d}-{b:02d}"
            out.append(date_mention(text, m.start(), m.end(), f"{lo}/{hi}", lo, hi, False,
                          ctx.label if ctx and not m["y"] else None, source if not (m["y"] or m["era"]) else None))


def _month_spans(text, norm, context_at, out):
    for m in MONTH_SPAN_RE.finditer(norm):
        a, b = int(m["a"]), int(m["b"])
        if not (1 <= a < b <= 12):
            continue
        y = year_of(m) if (m["y"] or m["era"]) else None
        ctx, source = (None, None) if y else context_at(m.start())
        y = y or (ctx.year if ctx else None)
        if y is None:
            out.append(date_mention(text, m.start(), m.end(), f"XXXX-{a:02d}/XXXX-{b:02d}", None, None))
            continue
        ya, yb = (y + (a < 4), y + (b < 4)) if m["fy"] else (y, y)  # 2023年度1〜3月 = 2024
        last = calendar.monthrange(yb, b)[1]
        out.append(date_mention(text, m.start(), m.end(), f"{ya:04d}-{a:02d}/{yb:04d}-{b:02d}", f"{ya:04d}-{a:02d}-01",
                      f"{yb:04d}-{b:02d}-{last}", False, ctx.label if ctx else None, source))


_DATED = re.compile(rf"{SP}付(?!与|加|属|近|随|帯|託)")  # 3日付の米紙, 3日付けで: a dating, not 付与


def find_partial(text: str, norm: str, context_at, document=None) -> list[DateMention]:
    """Months and days with no year: 7/18, 7月18日, 7月末, 7月, 18日. `context_at(pos)` gives the
    (Context, source) in force there — the narrative, else the document date — whose year (and
    month, for a bare day) resolves them; with none they stay unspecified ('XXXX-07-18').
    A bare day that dates a publication or a notice (3日付の現地紙, 20日付で) is a day of the month
    of writing, `document` (a `units.Context`) when it names a month, whatever month the story is in:
    news items cite the papers of the last days (…1月から9月までの収支を発表したと3日付現地サイトが報じた)."""
    out = []
    _month_spans(text, norm, context_at, out)
    _day_spans(text, norm, context_at, out)
    for m in MONTH_DAY_RE.finditer(norm):
        _partial(text, m.span(), int(m["m"]), int(m["d"]), None, context_at(m.start()), out)
    for m in DAY_RE.finditer(norm):
        ctx, source = context_at(m.start(), month=True)
        if document and document.year and document.month and _DATED.match(norm, m.end()):
            ctx, source = document, "document"
        d = int(m["bd"]) if m["bd"] else parse_int(m["kd"])
        if not 1 <= d <= 31:
            continue
        if m["yoku"] and ctx and ctx.day and ctx.year and ctx.month and d <= ctx.day:
            k = ctx.year * 12 + ctx.month  # 翌1日 after the 30th: the next month's
            ctx = replace(ctx, year=k // 12, month=k % 12 + 1)
        if ctx and ctx.year and ctx.month:
            _partial(text, m.span(), ctx.month, d, None, (ctx, source), out)
        else:
            out.append(date_mention(text, m.start(), m.end(), f"XXXX-XX-{d:02d}", None, None))
    return out


def unspecified(text: str, m) -> list[DateMention]:
    """A `units.UNIT` match of a bare month (7月18日, 7月末, 十二月) that nothing gives a year:
    'XXXX-07-18', 'XXXX-07-21/XXXX-07-31', 'XXXX-12', no bounds; its span is the month, day and
    part (頃 and 約 are the links module's, as for every mention built here)."""
    start = m.start("bmonth")
    if re.search(r"(?:[0-9〇一二三四五六七八九十元]年|第)$", m.string[max(0, start - 2):start]):
        return []  # 18年7月: an abbreviated year, not a month of any year; 第3月
    end = m.start("approx") if m["approx"] else m.end()
    end -= len(m.string[:end]) - len(m.string[:end].rstrip(" \u3000\t"))
    out: list[DateMention] = []
    _partial(text, (start, end), parse_int(m["bmonth"]), m["day"] and parse_int(m["day"]), m["part"],
             (None, None), out)
    return out


def _partial(text, span, mo, d, part, ctx_source, out):
    ctx, source = ctx_source
    year = ctx.year if ctx else None
    if not 1 <= mo <= 12 or (d and not 1 <= d <= calendar.monthrange(year or 2000, mo)[1]):
        return
    if part and part not in MONTH_PARTS:
        return
    last = calendar.monthrange(year or 2001, mo)[1]
    if part:
        a, b = MONTH_PARTS[part]
        a, b = (last, last) if part == "末日" else (min(a, last), min(b, last))
    y = f"{year:04d}" if year else "XXXX"
    if d or (part and a == b):
        v = f"{y}-{mo:02d}-{d or a:02d}"
        lo = hi = v
    elif part:
        v = f"{y}-{mo:02d}-{a:02d}/{y}-{mo:02d}-{b:02d}"
        lo, hi = v.split("/")
    else:
        v, lo, hi = f"{y}-{mo:02d}", f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{last}"
    if not year:
        out.append(date_mention(text, *span, v, None, None))
        return
    out.append(date_mention(text, *span, v, lo, hi, False, ctx.label, source))
