"""Date expressions in Japanese text -> `DateMention` records with EDTF values and ISO bounds.

Pure logic (stdlib + records). `DateExtractor` is fed the blocks of one document in order and
keeps a *narrative anchor* (the last year/month/day mentioned) so that relative expressions
(同年7月, 翌年, 同月, 2年後, a bare 6月末) resolve against the story being told; words relative to
the time of writing (本日, 昨年, 先月) use the document date (`document_date`, the `relative` module).
The unit grammar and calendar arithmetic are in `units`; times, durations, sets and the other
calendar forms are added per block by `timex.extend` (see that module for the order of precedence).

Conventions
-----------
EDTF has no qualifier for early/mid/late, so parts become intervals (0-based sub-unit indices):

==================  ===================  ===================  =============================
part                of a decade (years)  of a year (months)   of a month (days)
==================  ===================  ===================  =============================
前半                 0-4  '1990/1994'    Jan-Jun '2021-01/2021-06'  1-15
後半                 5-9  '1995/1999'    Jul-Dec '2021-07/2021-12'  16-end
半ば, 中頃           3-6  '1993/1996'    Apr-Sep               11-20
初頭, 初め           0-2  '1990/1992'    Jan     '2023-01'     1-10 '2022-07-01/2022-07-10'
末, 終わり (末期)    7-9  '1997/1999'    Dec     '2023-12'     21-end '2022-05-21/2022-05-31'
上旬/初旬, 中旬, 下旬   -                    -                    1-10, 11-20, 21-end
上半期, 下半期       -                    Jan-Jun, Jul-Dec     -
春, 夏, 秋, 冬       -                    EDTF season '2020-21'..'2020-24' = Mar-May, Jun-Aug,
                                         Sep-Nov, Dec-Feb (冬 runs into the next year)
末日                 -                    -                    the last day '2022-05-31'
==================  ===================  ===================  =============================

Other conventions:

- A part may follow の (2022年の後半); 初めて (for the first time) is not 初め.
- Decade 1990年代 = '199X' (1990-01-01..1999-12-31); an era decade (昭和40年代) = '1965/1974'.
- Fiscal year 2023年度 = '2023-04/2024-03' (Japanese April-March year); its parts count months
  from April (2023年度後半 = '2023-10/2024-03').
- 西暦 before a year is part of the mention (西暦2000年).
- Eras: 明治 1868, 大正 1912, 昭和 1926, 平成 1989, 令和 2019 are year 1 (元年); no check of
  the era's last year (平成35年 is used for plans and gives 2023).
- Approximation (頃, ごろ, 前後, 約, およそ): approximate=True and '~' after every endpoint of
  that expression: '1996~', '1993~/1996~'. earliest/latest stay the nominal bounds.
- Ranges: 'A/B' from A's first endpoint to B's last endpoint, each keeping its own '~':
  1994年から1996年頃まで = '1994/1996~'; 2000年代後半から2010年代にかけて = '2005/201X'.
  The span includes まで / にかけて. A range end without a year (2022年2月から5月まで) takes the
  start's year; a day without a month (2月4日から7日) the start's month; a two-digit year
  (2008年から09年にかけて) the start's century. Elsewhere two-digit years (18年) are skipped.
- Open intervals: A から / より / 以降 / 以後 / 以来 / 〜 = 'A/..' (latest None);
  A まで / 以前 = '../A' (earliest None). 1990年代半ばから = '1993/..'.
- Bare four-digit years are dates only as a dashed range followed by 年 (2015-2016年) or alone in
  brackets (（2000 – 2022）); 'Statistical Yearbook 2015', 'p.80', 'G20', '5周年', '第3回' are not.
  ISO-like numeric days (2022-02-04, 2022/2/4) are dates.
- Relative: 同年, 翌年, 翌々年, 前年 (not 前年比, 前年同期), 同月, 翌月, 同日, N年後 and month/day
  with no year resolve against the anchor; resolved_against = '1996-01 (1996年1月)'. A bare 同日
  needs a day in the anchor (after 2023年8月 it is skipped silently); 合同日程, 同日の論 are not dates. 'N年後の2018年': the
  explicit year wins and N年後 is not emitted. N年前, 昨年, 今年, 来年 count from the time of
  writing: the `relative` module resolves them against the document date. With no anchor, 同年-like
  relatives are skipped with a warning; a bare month or day with no year is 'XXXX-07' (`forms`),
  or takes the document date's year when there is one (anchor_source 'document').
- The anchor is the last year-specific unit emitted (a range's end), or the last day the block told
  (`narrative`); decades, retrospective dates (以来, ぶり), edition years (令和5年版) and 前年 as a
  comparison do not move it (`narrative.moves_anchor`).
- English dates with a four-digit year (notes, sources): 'August 6, 2023', 'Aug. 6th, 2023',
  '12 July 2016' = '2023-08-06'; 'October 2023' = '2023-10'. 'August 6' alone is not a date.
- Impossible dates (2月30日, 13月, 令和0年) and unresolvable relatives: no mention, a warning
  '<reason> at <start>-<end>: skipped', and the anchor does not move.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from .centuries import full_year, range_end_year, rolled_anchor, two_digit_groups
from .doubts import DateWarning
from .partial import unspecified
from .meaning import build_unit, en_unit
from .narrative import (DOC_YEAR_ALONE, THAN, doc_year_moves, keeps_day, last_day_told, moves_anchor, year_to_date,
                        years_since)
from .tense import by_tense
from .weekdays import agree_weekdays
from .halfday import follow_afternoon
from .figures import comparison_anchor, figure_periods, last_figure_period
from .fiscalgloss import gloss_fiscal
from .timex import extend, parse_document_date
from .fiscalrange import fiscal_span
from .settlement import settlement_periods
from .units import (BARE_RANGE, DAY_ONLY, DOC_YEAR_SHIFT, EN_DATE, ISO_DAY, OPEN_END, OPEN_START, RANGE_MARK, SHORT_YEAR, SP, UNIT,
                    Context, Rejected, Unit, day_unit, edtf, era_named, glossed_era, normalize, parse_int)
from ..records import DateMention

_CONN = re.compile(rf"{SP}{RANGE_MARK}{SP}(?:翌{SP}(?=[0-9]))?")  # 2005年11月から翌2006年7月
_RANGE_END = re.compile(rf"{SP}(?:まで|にかけて)")
_OF = re.compile(rf"{SP}の{SP}")
_THAT = re.compile(rf"(?:その|それから|それより){SP}$")
_OPEN_BRACKET = re.compile(rf"[（(]{SP}$")
_CLOSE_BRACKET = re.compile(rf"{SP}[）)]")


def _before_part(norm: str, m: re.Match) -> int:
    """Where a `UNIT` match ends without its part word and the の/space before it (3月の|下期)."""
    return m.start("part") - len(re.search(rf"{SP}(?:の{SP})?$", norm[m.start():m.start("part")])[0])


def _iso(d) -> Optional[str]:
    return d.isoformat() if d else None


class DateExtractor:
    """Fed the blocks (paragraphs, headings) of ONE document in order; keeps the narrative anchor
    (last explicit year/month/day mentioned) so relative expressions resolve against the narrative."""

    def __init__(self, document_date: Optional[str] = None) -> None:
        """`document_date`: the document's own date (EDTF day, month or year) for words relative
        to the time of writing (本日, 昨年, 先月, 来週, 月曜日) and months/days with no narrative year;
        None keeps such values unspecified (XXXX-07-18) or unemitted (昨年)."""
        self.anchor: Optional[Context] = None
        self._of_writing = False  # the anchor is a day of the time of writing (本日), no date the text told
        self._four: Optional[int] = None  # the last four-digit year written (None after an era year)
        self._era_last = False  # the last explicit year was an era's (昭和51年): 52年 is the era's too
        self._era_name = None  # the last era named (平成23年, 12(平成24)年): the era of 同29年, 17(同29)年
        self._afternoon = None  # (day, minutes) of the last time said with 午後 (`halfday`)
        self._fiscal = None  # (start month, shift) of a fiscal year the text glossed (`fiscalgloss`)
        self._figure = None  # (end, narrative) of the last period a figure was given for (`figures`)
        self.document = parse_document_date(document_date)
        d = self.document
        self._doc_ctx = Context(d[0].year, d[0].month if d[1] >= 2 else None, d[0].day if d[1] == 3 else None,
                                f"{d[0].isoformat()[:[0, 4, 7, 10][d[1]]]} (document date)") if d else None

    def feed(self, text: str) -> tuple[list[DateMention], list[DateWarning]]:
        """Return date mentions with start/end relative to `text` (text[start:end] == mention.text),
        sorted by start, and warnings (str(w) e.g. "impossible date 2月30日 at 12-17: skipped")."""
        norm = normalize(text)
        mentions: list[DateMention] = []
        warnings: list[DateWarning] = []
        self._unspecified: list[DateMention] = []
        pos, trail = 0, [(0, self.anchor)]  # (position, narrative anchor from there on)
        while pos < len(norm):
            hits = [(m.start(), i, m) for i, rx in enumerate((BARE_RANGE, ISO_DAY, UNIT, EN_DATE, DOC_YEAR_ALONE))
                    if (m := rx.search(norm, pos))]
            if not hits:
                break
            _, kind, m = min(hits, key=lambda h: (h[0], h[1]))
            handler = (self._bare_range, self._iso_day, self._unit, self._en_date, self._doc_year)[kind]
            pos = handler(text, norm, m, mentions, warnings)
            if self.anchor is not trail[-1][1]:
                trail.append((pos, self.anchor))  # in force after the mention that set it

        mentions = settlement_periods(text, norm, mentions)  # 2024年3月期: the year to March 2024

        def narrative_at(p: int) -> Optional[Context]:
            return next((a for q, a in reversed(trail) if q <= p), None)
        periods = figure_periods(norm, mentions, narrative_at)
        compare_at = comparison_anchor(norm, mentions, narrative_at, self._figure, periods)  # 前年比: the figure's period
        more = extend(text, norm, mentions, self.document, self._doc_ctx, narrative_at, warnings, self._unspecified,
                      compare_at)
        self._figure = last_figure_period(periods, self._figure)
        mentions = [self._sourced(x) for x in more]
        day = self.document[0] if self.document and self.document[1] == 3 else None
        mentions = by_tense(norm, mentions, day, self._doc_ctx and self._doc_ctx.label)  # 20日、明らかにした
        mentions = agree_weekdays(mentions, day, self._doc_ctx and self._doc_ctx.label)  # 26日(月曜日)
        mentions, self._afternoon = follow_afternoon(mentions, self._afternoon)  # 午後2時半 … 7時半 = 19:30
        mentions, self._fiscal = gloss_fiscal(text, mentions, self._fiscal, day)  # 2023年度(2023年7月~2024年6月)
        self.anchor, of_writing = last_day_told(mentions, trail[-1][0], self.anchor)
        if of_writing is not None:  # a day the text told (翌15日), or one of the time of writing (本日)
            self._of_writing = of_writing
        return mentions, warnings

    def _sourced(self, m: DateMention) -> DateMention:
        if m.resolved_against and not m.anchor_source:
            doc = self._doc_ctx and m.resolved_against == self._doc_ctx.label
            return replace(m, anchor_source="document" if doc else "narrative")
        return m

    # -- handlers: each returns the position to continue from --------------------------------
    def _bare_range(self, text, norm, m, mentions, warnings) -> int:
        if m["fy"]:  # 2023～2027年度, 23～27年度: April of the first to March after the last
            doc_year = self._doc_ctx and self._doc_ctx.year
            start = int(m["a"]) if len(m["a"]) == 4 else full_year(m["a"], self._four, doc_year, True)
            if start and (got := fiscal_span(start, m["b"])):
                value, first, last, end = got
                mentions.append(DateMention(m.start(), m.end(), text[m.start():m.end()], value, _iso(first), _iso(last)))
                self._move_anchor(Unit(f"{end}-04", f"{end + 1}-03", date(end, 4, 1), last, year=end), value)
            return m.end()
        a, b = int(m["a"]), int(m["b"])
        bracketed = _OPEN_BRACKET.search(norm, 0, m.start()) and _CLOSE_BRACKET.match(norm, m.end())
        if (m["nen"] or bracketed) and 1000 <= a < b <= 2999:
            lo = day_unit(a, 1, 1)
            hi = day_unit(b, 12, 31)
            mentions.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{a}/{b}",
                                        _iso(lo.earliest), _iso(hi.latest)))
            self._move_anchor(Unit(str(b), str(b), hi.earliest, hi.latest, year=b), str(b))
        return m.end()

    def _doc_year(self, text, norm, m, mentions, warnings) -> int:
        """昨年 alone (昨年は, 今年の): moves the anchor to that year of the document date; the
        relative module emits the record (`narrative.doc_year_moves`)."""
        if self._doc_ctx and doc_year_moves(norm, m):
            y = self._doc_ctx.year + DOC_YEAR_SHIFT[m["w"]]
            self._move_anchor(Unit(str(y), str(y), date(y, 1, 1), date(y, 12, 31), year=y), text[m.start():m.end()])
        return m.end()

    def _iso_day(self, text, norm, m, mentions, warnings) -> int:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        surface = text[m.start():m.end()]
        try:
            u = day_unit(y, mo, d)
        except ValueError:
            warnings.append(DateWarning(f"impossible date {surface}", m.start(), m.end()))
            return m.end()
        self._emit(text, m.start(), m.end(), u.lo, u, u, mentions)
        self._move_anchor(u, surface)
        return m.end()

    def _en_date(self, text, norm, m, mentions, warnings) -> int:
        surface = text[m.start():m.end()]
        u = en_unit(m.groupdict())
        if isinstance(u, Rejected):
            if u.warning:
                warnings.append(DateWarning(f"{u.warning} {surface}", m.start(), m.end()))
            return m.end()
        self._emit(text, m.start(), m.end(), u.lo, u, u, mentions)
        self._move_anchor(u, surface)
        return m.end()

    def _unit(self, text, norm, m, mentions, warnings) -> int:
        surface = text[m.start():m.end()]
        if m["nafter"] and (of := _OF.match(norm, m.end())):
            nxt = UNIT.match(norm, of.end())
            if nxt and (nxt["year"] or nxt["era"]):
                return m.end()  # '2年後の2018年': the explicit year wins
        if m["nafter"] and self._of_writing and _THAT.search(norm, max(0, m.start() - 5), m.start()):
            return m.end()  # その七十七年後 after 本日: after an event no date was told for (a duration)
        if (g := glossed_era(m.groupdict(), self._era_name)) is None:
            return m.end()
        self._era_name = era_named(g) or self._era_name
        if g["docy"] and not self._doc_ctx:
            return m.start("month") if g["month"] else m.end()  # 本年二月, no document date: the month alone
        if g["syear"] and (g := two_digit_groups(norm, m, g, self._era_last, self._four,
                                                 self._doc_ctx and self._doc_ctx.year)) is None:
            return m.end()
        bare_month = g["bmonth"] and not self.anchor
        ctx = self._doc_ctx if bare_month and self._doc_ctx else rolled_anchor(g, self.anchor, self._doc_ctx)
        back = g["bmonth"] and ctx and ctx.year and years_since(norm, m.end())
        if back:
            ctx = Context(ctx.year - back, None, None, f"{ctx.label}, {back} years before (an anniversary)")
        u = build_unit(g, surface, ctx, document=self._doc_ctx)
        if isinstance(u, Unit) and u.part_dropped:  # 3月の下期: read again, ending before the part
            return self._unit(text, norm, UNIT.match(norm, m.start(), _before_part(norm, m)), mentions, warnings)
        if g["docy"] and not g["month"] and not isinstance(u, Rejected):
            self._move_anchor(u, surface)  # 昨年の1~3月期: the relative module gives 昨年, the span takes its year
            return m.end()
        if isinstance(u, Rejected):
            if bare_month and u.warning and u.warning.startswith("unresolved"):
                if not (g["reld"] or g["suffix"]):  # a bare 7月 with no year is 'XXXX-07' (partial.unspecified)
                    self._unspecified.extend(unspecified(text, m))
            elif u.warning:
                warnings.append(DateWarning(u.warning, m.start(), m.end()))
            return m.end()
        if g["era"] or (g["year"] and not g["syear"]):
            self._era_last = bool(g["era"])  # after an era year, a two-digit year is the era's (left unread)
            self._four = None if g["era"] else u.year
            if not (g["era"] or g.get("gera") or g.get("yera")):  # a Western year with no era gloss
                self._era_name = None  # 昭和45年…1990年…同23年: the era is no longer in force
        before = self.anchor
        end = self._range(text, norm, m, u, mentions, warnings)
        if end is None:
            end = self._open_or_single(text, norm, m, u, mentions)
        if back:
            self.anchor = before  # the anniversary's event is a flashback: the story stays in its own year
        return end

    def _range(self, text, norm, m, u: Unit, mentions, warnings) -> Optional[int]:
        """A から B (まで|にかけて): emit and return the end, or None when there is no B."""
        conn = _CONN.match(norm, m.end())
        if not conn:
            return None
        m2 = UNIT.match(norm, conn.end())
        g2 = glossed_era(m2.groupdict(), self._era_name) if m2 else None
        m2 = m2 if g2 else None
        if not m2 and u.month and (m2 := DAY_ONLY.match(norm, conn.end())):
            g2 = {k: None for k in UNIT.groupindex} | {"bmonth": str(u.month), "day": m2["day"]}
        if not m2 and u.year and (s := SHORT_YEAR.match(norm, conn.end())):  # 2015年~20年 (no UNIT after a dash)
            m2, g2 = s, {k: None for k in UNIT.groupindex} | {"syear": s["sy"], "approx": s["approx"]}
        if g2 and g2.get("syear"):  # 2008年から09年(3月), 1998年から02年: the start's century (`centuries`)
            y2 = range_end_year(u.year, parse_int(g2["syear"])) if u.year else None
            m2, g2 = (m2, g2 | {"year": str(y2)}) if y2 else (None, None)
        if not m2:
            return None
        surface2 = text[m2.start():m2.end()]
        inherit = Context(u.year, u.month, u.day) if u.year else None
        b = build_unit(g2, surface2, self.anchor, inherit)
        if isinstance(b, Rejected):
            if not b.warning:
                return None
            warnings.append(DateWarning(b.warning, m2.start(), m2.end()))
            return m2.end()
        if b.latest < u.earliest:
            warnings.append(DateWarning(f"range ends before it starts: {text[m.start():m2.end()]}",
                                        m.start(), m2.end(), "emitted as two dates"))
            return None
        end2 = _before_part(norm, m2) if b.part_dropped else m2.end()  # 4月から9月|の上期
        tail = _RANGE_END.match(norm, end2)
        end = tail.end() if tail else end2
        value = f"{edtf(u.lo, u.lo, u.approx)}/{edtf(b.hi, b.hi, b.approx)}"
        self._emit(text, m.start(), end, value, u, b, mentions)
        self._move_anchor(u, text[m.start():m.end()])
        self._move_anchor(b, surface2)
        if self.anchor and b.year is not None:  # the bounds of the whole range (初日 in a later block)
            self.anchor = replace(self.anchor, first=u.earliest)
        return end

    def _open_or_single(self, text, norm, m, u: Unit, mentions) -> int:
        end, value = m.end(), edtf(u.lo, u.hi, u.approx)
        earliest, latest = u.earliest, u.latest
        before = (m["rely"] == "前" or m["relm2"] == "前") and not (m["day"] or m["reld"])
        o = OPEN_START.match(norm, end)
        than = bool(o) and "より" in o[0] and (before or bool(THAN.match(norm, end)))  # 前年より低い, 8月より8.1%減った
        if o and not than:
            end, value, latest = o.end(), f"{edtf(u.lo, u.lo, u.approx)}/..", None
        elif (o := OPEN_END.match(norm, end)) and year_to_date(norm, m, o.end()):  # 8月までの輸入額は…%減
            end, value, earliest = o.end(), f"{u.year:04d}-01/{edtf(u.hi, u.hi, u.approx)}", date(u.year, 1, 1)
        elif o := OPEN_END.match(norm, end):
            end, value, earliest = o.end(), f"../{edtf(u.hi, u.hi, u.approx)}", None
        mentions.append(DateMention(m.start(), end, text[m.start():end], value, _iso(earliest),
                                    _iso(latest), u.approx, u.resolved_against))
        if moves_anchor(norm, m, end, u.year, self.anchor):
            self._move_anchor(u, text[m.start():m.end()])
        return end

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _emit(text, start, end, value, a: Unit, b: Unit, mentions) -> None:
        mentions.append(DateMention(start, end, text[start:end], value, _iso(a.earliest),
                                    _iso(b.latest), a.approx or b.approx,
                                    a.resolved_against or b.resolved_against))

    def _move_anchor(self, u: Unit, surface: str) -> None:
        if u.year is None or keeps_day(self.anchor, u):
            return
        label = f"{u.year:04d}" + (f"-{u.month:02d}" if u.month else "")
        label += f"-{u.day:02d}" if u.month and u.day else ""
        self._of_writing = False
        self.anchor = Context(u.year, u.month, u.day if u.month else None,
                              f"{label} ({surface.strip()})", u.earliest, u.latest)


def extract_dates(text: str, document_date: Optional[str] = None) -> list[DateMention]:
    """Temporal mentions in one text, with a fresh narrative anchor (warnings dropped)."""
    return DateExtractor(document_date).feed(text)[0]
