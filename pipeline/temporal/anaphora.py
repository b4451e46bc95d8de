"""Dates that point back at one already told: この日 (the day just mentioned), 上半期 (of the year the
text is about), 前年同期 (the period just mentioned, a year earlier).

They are read after every other temporal mention of the block is known (`timex.extend`), because
what they refer to is the last date before them, in this block or, failing that, the narrative
anchor carried from earlier blocks (`units.Context`, whose `first`/`last` are the bounds of the
mention that set it).

Conventions
-----------
- この日 / その日 / 当日 (and 同日 when the dates module's anchor names no day): the last day mentioned before it (a date or a time's day), else the
  narrative anchor's day; not emitted when no day was told (the document date is no day of the
  story: 事件が起きた。その日のうちに is not the publication day). Only before a particle,
  punctuation, a time of day or a number: この日本 (this Japan), その日暮らし, 当日券, この日の丸 are words.
- その前の日 / 前の日 / その次の日 / 次の日: the day before / after the day この日 would name (昨日、またその前の日
  = the day before yesterday); not in 前の日曜日 or 次の日程, nor emitted when no day was told.
- 初日 / 最終日: the first / last day of the span of days last told (5月8日から12日まで, 5月8日から,
  23日、2日間の日程を終え; the narrative's when the block has none); not emitted after a single day, a month or a year,
  which name no first or last day of the event. 初日の出 is New Year's sunrise, not a date.
- 上半期 / 上期 and 下半期 / 下期 with no year before them: the first / second half of the narrative's
  year (the document date's when there is no narrative), '2024-01/2024-06'; when the narrative is a
  fiscal year (April to March) its halves, '2023-04/2023-09'. A year before them (2024年上半期,
  今年度下期) is the dates module's or the relative module's.
- The same for other parts with no year before them: 年末 '2024-12', 年初/年頭 '2024-01', 年内 '2024',
  年度末 '2025-03' and its halves 年度前半/年度上期 '2024-04/2024-09', 年度後半/年度下期 '2024-10/2025-03' (of fiscal 2024: the narrative's fiscal year when it is one, else the fiscal year
  of the narrative's or document's date: 2024-02 is in fiscal 2023, 2024 alone starts fiscal 2024), 年度内 '2024-04/2025-03', 月末 / 月初 of the narrative's month
  ('2024-05-21/2024-05-31', '2024-05-01/2024-05-10'), a bare 上旬/中旬/下旬 (5月中旬、下旬には) its
  thirds of the month, 月内 that month (only when the narrative or the
  document date names a month); and a
  quarter with no year (第2四半期, Q3: 'XXXX-34' in the `forms` module) takes the narrative's year
  ('2024-34'; in a fiscal year its months, '2024-07/2024-09').
- 前年同期 / 昨年同期 (also inside 前年同期比, and 前年同期間): the last *period* mentioned (a month, a span of months, a
  quarter, a half, a year; a single day is no period) moved one year back: after 2024年上半期,
  '2023-01/2023-06'; after 2023年度, '2022-04/2023-03'. 前年同月: the last month mentioned a year
  back ('2023-06'). Not emitted when no period is known.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Callable, Optional

from ..records import DateMention
from .narrative import COMPARED
from .units import Context, SP, days_unit, months_unit, Rejected

# この日 as a date is followed by a particle, a punctuation mark, a time of that day (この日午前) or a
# number (この日10時); any other character continues a noun compound (この日本, この日米, その日暮らし,
# 当日券, この日程) and 日の丸 is a word of its own. 当日中 (within the day) is a date too.
THIS_DAY_RE = re.compile(r"(?:この|その|当)日(?=[のはにがをもでとや、。,.・)」』\s0-9]|から|まで|より|だけ|以降|以来"
                         r"|午前|午後|朝|昼|夕|夜|晩|未明|深夜|早朝|$|(?<=当日)中)(?!の丸)")
# 同日 the dates module could not place (its anchor names no day): the last day told in the block,
# as この日; not in a word (合同日程) nor 同日の論 (not comparable)
SAME_DAY_RE = re.compile(r"(?<![\u3400-\u9fff々])同日(?=[はにがをもで、。,.・\s0-9]|から|まで|午前|午後|朝|昼|夕|夜|晩|未明|深夜|早朝|の(?!論))")
# the day before or after the day last told (昨日、またその前の日); not 前の日曜日, 次の日程, 目の前の日本
OTHER_DAY_RE = re.compile(r"(?:(?:その|この){SP})?(?<![\u3400-\u9fff々])(?P<w>前|次)の日(?![\u3400-\u9fff々])".replace("{SP}", SP))
# not inside a word (計上期間, 売上期待) nor after a year (2024年上期: the units grammar)
HALF_RE = re.compile(r"(?<![\u3400-\u9fff々0-9])(?P<h>上|下)(?:半)?期(?!間|生|末|首|待|限|日)")
_NO_YEAR_BEFORE = r"(?<![\u3400-\u9fff々0-9])"  # 昨年末, 2024年末, 毎月末, 歳末: not bare
_FISCAL_HALVES = ("上半期", "下半期", "上期", "下期", "前半", "後半")  # 年度前半: of the fiscal year told
BARE_PART_RE = re.compile(_NO_YEAR_BEFORE + r"(?P<w>年度末|年度内|年度(?:上半期|下半期|上期|下期|前半|後半)|年末|年初|年頭|年内|月末|月初|月内|上旬|初旬|中旬|下旬)(?!年始|日)")
_BARE_PART = {"年末": ("Y", "末"), "年初": ("Y", "初め"), "年頭": ("Y", "初め"), "年内": ("Y", None),
              "年度末": ("F", "末"), "年度内": ("F", None), **{f"年度{p}": ("F", p) for p in _FISCAL_HALVES},
              "月末": ("M", "末"), "月初": ("M", "初め"),
              "月内": ("M", None), "上旬": ("M", "上旬"), "初旬": ("M", "初旬"), "中旬": ("M", "中旬"),
              "下旬": ("M", "下旬")}
_QUARTER = re.compile(r"^XXXX-3([3-6])$")
SAME_PERIOD_RE = re.compile(rf"(?<![\u3400-\u9fff々])(?:前|昨)年{SP}同(?P<w>期|月)(?!生)")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T|$)")
# 初日 / 最終日 of the event last told; 初日の出 (New Year's sunrise) and 初日本 are not
END_DAY_RE = re.compile(r"(?<![\u3400-\u9fff々])(?P<w>初日|最終日)(?!の出|本|米|中|韓)")


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _period_value(first: date, last: date) -> str:
    """Month-aligned bounds as EDTF: a calendar year 'YYYY', one month 'YYYY-MM', else 'YYYY-MM/YYYY-MM'."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return f"{first.year:04d}"
    a, b = f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"
    return a if a == b else f"{a}/{b}"


def _bounds(d: DateMention) -> Optional[tuple[date, date]]:
    if d.kind != "date" or not d.earliest or not d.latest or d.earliest.startswith("-"):
        return None
    try:
        return date.fromisoformat(d.earliest), date.fromisoformat(d.latest)
    except ValueError:
        return None


def _is_period(first: date, last: date, months: bool = False) -> bool:
    """A month or a run of whole months within a little over a year (not a decade, not a day)."""
    aligned = first.day == 1 and last == _month_end(last.year, last.month)
    n = (last.year - first.year) * 12 + last.month - first.month + 1
    return aligned and (n == 1 if months else 1 <= n <= 12)


def _last_period(norm: str, found: list[DateMention], pos: int, ctx: Optional[Context], months: bool):
    for d in reversed([d for d in found if d.end <= pos and not d.text.startswith("前年") and not COMPARED.match(norm, d.end)]):
        b = _bounds(d)  # 前年 (of 前年比), an earlier 前年同期, 09年6月の約135億ドルと比べ: comparisons, not the period
        if b and _is_period(*b, months=months):
            return b[0], b[1], f"{d.value} ({d.text})"
    if ctx and ctx.first and ctx.last and _is_period(ctx.first, ctx.last, months=months):
        return ctx.first, ctx.last, ctx.label
    return None


def _year_back(first: date, last: date) -> tuple[date, date]:
    return date(first.year - 1, first.month, 1), _month_end(last.year - 1, last.month)


def _mention(text, span: tuple[int, int], first: date, last: date, value: str, label: str,
             source: str = "narrative") -> DateMention:
    """The date record for `text[span[0]:span[1]]`, from `first` to `last`, resolved against `label`."""
    start, end = span
    return DateMention(start, end, text[start:end], value, _iso(first), _iso(last), False, label,
                       kind="date", anchor_source=source)


def _unit_mention(text, span: tuple[int, int], u, label: str, source: str) -> Optional[DateMention]:
    """`_mention` for a units-table `Unit` (None when the table rejected the part)."""
    if isinstance(u, Rejected):
        return None
    return _mention(text, span, u.earliest, u.latest, u.lo if u.lo == u.hi else f"{u.lo}/{u.hi}", label, source)


def _this_day(text, m, found, ctx: Optional[Context]) -> Optional[DateMention]:
    for d in reversed([d for d in found if d.end <= m.start() and d.kind in ("date", "time")]):
        if k := _DAY_VALUE.match(d.value):
            day = date(int(k[1]), int(k[2]), int(k[3]))
            return _mention(text, m.span(), day, day, day.isoformat(), f"{day.isoformat()} ({d.text})")
    if ctx and ctx.year and ctx.month and ctx.day:
        day = date(ctx.year, ctx.month, ctx.day)
        return _mention(text, m.span(), day, day, day.isoformat(), ctx.label)
    return None


def _days_span(d: DateMention) -> Optional[tuple[date, Optional[date]]]:
    """(first, last) days of a span of days (5月8日から12日まで; last None for 5月8日から), or None
    for a single day, a month, a year (which tell no first and last day)."""
    if d.kind != "date" or not d.earliest or d.earliest.startswith("-"):
        return None
    first = date.fromisoformat(d.earliest)
    if d.latest is None:
        return (first, None) if _DAY_VALUE.match(d.value.split("/")[0]) else None
    last = date.fromisoformat(d.latest)
    return (first, last) if _is_days_span(first, last) else None


def _is_days_span(first: date, last: date) -> bool:
    """A run of days of one event (5月8日から12日まで): more than one day, no whole months, two months at most."""
    return first < last and not _is_period(first, last) and (last - first).days <= 62


_SCHEDULE_END = re.compile(r"の日程を(?:終え|終了)")   # 23日、2日間の日程を終え閉幕した: the 22nd to the 23rd
_SCHEDULE_START = re.compile(r"の日程で(?:開幕|始ま|開か|開催)")  # 22日、3日間の日程で開幕した: the 22nd to the 24th
_N_DAYS = re.compile(r"^P([0-9]+)D$")


def _schedule_span(text, d: DateMention, found) -> Optional[tuple[date, date]]:
    """The days of an event told by one day and its length: a day, then N日間の日程を終え (it ended that
    day) or N日間の日程で開幕 (it began that day)."""
    k = _DAY_VALUE.match(d.value) if d.kind == "date" else None
    nxt = next((e for e in found if e.kind == "duration" and 0 <= e.start - d.end <= 1 and text[d.end:e.start] in ("", "、", ",")), None)
    n = nxt and _N_DAYS.match(nxt.value)
    if not (k and n and int(n[1]) >= 2):
        return None
    day, length = date(int(k[1]), int(k[2]), int(k[3])), timedelta(days=int(n[1]) - 1)
    if _SCHEDULE_END.match(text, nxt.end):
        return day - length, day
    return (day, day + length) if _SCHEDULE_START.match(text, nxt.end) else None


def _end_day(text, m, found, ctx: Optional[Context]) -> Optional[DateMention]:
    """初日 = the first day, 最終日 = the last day of the span of days last told (or of an event told by
    a day and its length: 23日、2日間の日程を終え閉幕した … 初日に = the 22nd)."""
    spans = [(s, f"{d.value} ({d.text})") for d in found if d.end <= m.start()
             and (s := _days_span(d) or _schedule_span(text, d, found))]
    if not spans and ctx and ctx.first and ctx.last and _is_days_span(ctx.first, ctx.last):
        spans = [((ctx.first, ctx.last), ctx.label)]
    if not spans:
        return None
    (first, last), label = spans[-1]
    day = first if m["w"] == "初日" else last
    return _mention(text, m.span(), day, day, day.isoformat(), label) if day else None


def _half(text, m, ctx_source, narrative: Optional[Context]) -> Optional[DateMention]:
    ctx, source = ctx_source
    if not ctx or not ctx.year:
        return None
    fy = _fiscal(narrative)
    y, m0 = (fy, 4) if fy is not None else (ctx.year, 1)
    k = y * 12 + m0 - 1 + (6 if m["h"] == "下" else 0)
    first = date(k // 12, k % 12 + 1, 1)
    k += 5
    last = _month_end(k // 12, k % 12 + 1)
    if fy is not None:
        return _mention(text, m.span(), first, last, _period_value(first, last), narrative.label)
    return _mention(text, m.span(), first, last, _period_value(first, last), ctx.label, source)


def _fiscal(ctx: Optional[Context]) -> Optional[int]:
    """The starting year when the narrative is a fiscal year (April to March), else None."""
    if ctx and ctx.first and ctx.last and (ctx.first.month, ctx.first.day) == (4, 1) \
            and ctx.last == date(ctx.first.year + 1, 3, 31):
        return ctx.first.year
    return None


def _owning_fiscal(text, found: list[DateMention], pos: int, narrative: Optional[Context]) -> Optional[Context]:
    """The fiscal year written right before `pos` (前年度の下半期, 今年度の第1四半期, 令和5年度第2四半期:
    its half or quarter, not the calendar year's) as a narrative Context, else `narrative`."""
    for d in found:
        b = _bounds(d) if d.end <= pos and text[d.end:pos] in ("", "の") else None
        if b and (b[0].month, b[0].day) == (4, 1) and b[1] == date(b[0].year + 1, 3, 31):
            return Context(year=b[0].year, label=f"{d.value} ({d.text})", first=b[0], last=b[1])
    return narrative


def _bare_part(text, m, ctx_source, narrative) -> Optional[DateMention]:
    ctx, source = ctx_source
    if not ctx or not ctx.year:
        return None
    unit, part = _BARE_PART[m["w"]]
    if unit == "M":
        if not ctx.month:
            return None
        return _unit_mention(text, m.span(), days_unit(ctx.year, ctx.month, part, ""), ctx.label, source)
    fy = _fiscal(narrative)
    y = fy if unit == "F" and fy else ctx.year - (unit == "F" and bool(ctx.month) and ctx.month < 4)
    u = months_unit(y, 4 if unit == "F" else 1, part, 12, "")
    return _unit_mention(text, m.span(), u, narrative.label if unit == "F" and fy else ctx.label,
                         "narrative" if unit == "F" and fy else source)


def _quarter(text, d: DateMention, ctx_source, narrative) -> Optional[DateMention]:
    q, (ctx, source) = _QUARTER.match(d.value), ctx_source
    if not q or not ctx or not ctx.year:
        return None
    n = int(q[1]) - 2  # 1..4
    if (fy := _fiscal(narrative)) is not None:
        k = fy * 12 + 3 + 3 * (n - 1)
        first, k2 = date(k // 12, k % 12 + 1, 1), k + 2
        last = _month_end(k2 // 12, k2 % 12 + 1)
        return _mention(text, (d.start, d.end), first, last, _period_value(first, last), narrative.label)
    first, last = date(ctx.year, 3 * n - 2, 1), _month_end(ctx.year, 3 * n)
    return _mention(text, (d.start, d.end), first, last, f"{ctx.year:04d}-3{n + 2}", ctx.label, source)


def place_unspecified(text: str, found: list[DateMention], narrative_at, context_at) -> list[DateMention]:
    """`found` with its year-less quarters (第2四半期 = 'XXXX-34') placed in the narrative's year."""
    out = []
    for d in found:
        placed = _quarter(text, d, context_at(d.start), _owning_fiscal(text, found, d.start, narrative_at(d.start))) \
            if d.value.startswith("XXXX-3") else None
        out.append(placed or d)
    return out


def find_anaphora(text: str, norm: str, found: list[DateMention], narrative_at: Callable[[int], Optional[Context]],
                  context_at, doc_ctx: Optional[Context]) -> list[DateMention]:
    """この日, bare 上半期/下半期, 前年同期/前年同月 in `text`, against `found` (the block's other
    mentions, sorted), the narrative anchor `narrative_at(pos)` and `context_at(pos)` = (Context,
    source) of the narrative else the document date."""
    out = []
    for m in [*THIS_DAY_RE.finditer(norm), *SAME_DAY_RE.finditer(norm)]:
        if d := _this_day(text, m, found, narrative_at(m.start())):
            out.append(d)
    for m in OTHER_DAY_RE.finditer(norm):
        if d := _this_day(text, m, found, narrative_at(m.start())):
            day = date.fromisoformat(d.value) + timedelta(days=-1 if m["w"] == "前" else 1)
            out.append(_mention(text, m.span(), day, day, day.isoformat(), d.resolved_against))
    for m in END_DAY_RE.finditer(norm):
        if d := _end_day(text, m, found, narrative_at(m.start())):
            out.append(d)
    for m in HALF_RE.finditer(norm):
        if d := _half(text, m, context_at(m.start()), _owning_fiscal(text, found, m.start(), narrative_at(m.start()))):
            out.append(d)
    for m in BARE_PART_RE.finditer(norm):
        if d := _bare_part(text, m, context_at(m.start()), narrative_at(m.start())):
            out.append(d)
    for m in SAME_PERIOD_RE.finditer(norm):
        got = _last_period(norm, sorted(found + out, key=lambda d: d.start), m.start(), narrative_at(m.start()),
                           months=m["w"] == "月")
        if got:
            first, last = _year_back(got[0], got[1])
            out.append(_mention(text, m.span(), first, last, _period_value(first, last), got[2]))
    return sorted(out, key=lambda d: d.start)
