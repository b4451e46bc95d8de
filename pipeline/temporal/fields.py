"""Years and months in the fields of a bibliographic record: a repository page's `Issue Date 2020-2`,
`Academic year: 2022`, `発行年 2019`, a copyright line `Ⓒ IDE-JETRO 2019`, a citation's `…第5/6号, 2004.03, pp. 131-165`.

A bare four-digit year is no date elsewhere (Statistical Yearbook 2015, G20, p.80: the dates module's
convention), nor is 2020-2 (two years written short) or 2004.03 (a decimal). After a field label that
says a date follows, or in a citation right before its pages, they are the year or month the record
gives: '2022', '2020-02', '2004-03'.

- Labels: Issue Date, Date Issued, Date, Published, Publication Date/Year, Academic year, Year,
  Copyright, ©, Ⓒ, (c) (a holder's name of up to 30 characters may stand between: Ⓒ IDE-JETRO 2019),
  発行年月日, 発行年月, 発行年, 発行日, 刊行年, 出版年, 公開日, 掲載年; an optional colon.
- The year is 1800-2099; a month after -, . or / (2020-2, 2004.03, 2019/09) is 1-12. A full day
  (Date: 2021-05-03) is the numeric forms' (`forms`), never cut to its month here.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from ..records import DateMention

_LABEL = (r"(?<![A-Za-z])(?:Issue Date|Date Issued|Publication Date|Publication Year|Published|Academic year|Copyright"
          r"|Date|Year)[ \t\u3000]*[:：]?|(?:発行年月日|発行年月|発行年|発行日|刊行年|出版年|公開日|掲載年)[ \t\u3000]*[:：]?"
          r"|(?:[©Ⓒ]|\([cC]\))(?:[ \t\u3000]*[^\n0-9]{0,30}?[ \t\u3000])?")
_YEAR_MONTH = r"(?P<y>1[89][0-9]{2}|20[0-9]{2})(?:(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9]))?(?![0-9A-Za-z]|[-./][0-9])"
FIELD_RE = re.compile(rf"(?:{_LABEL})[ \t\u3000]*{_YEAR_MONTH}")
# …第55巻 第5/6号, 2004.03, pp. 131-165: a citation's year.month right before its pages
CITATION_RE = re.compile(r"(?<=[,，、])[ \u3000]?(?P<y>1[89][0-9]{2}|20[0-9]{2})\.(?P<m>0[1-9]|1[0-2])"
                         r"(?=[ \u3000]*[,，、][ \u3000]*(?:pp?\.|[0-9]+[-‐–~][0-9]+頁|[0-9]+頁))")


def _mention(text: str, m: re.Match) -> DateMention:
    y = int(m["y"])
    start = m.start("y")
    if m["m"]:
        mo = int(m["m"])
        last = calendar.monthrange(y, mo)[1]
        return DateMention(start, m.end("m"), text[start:m.end("m")], f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01",
                           f"{y:04d}-{mo:02d}-{last:02d}", kind="date")
    return DateMention(start, m.end("y"), text[start:m.end("y")], f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31",
                       kind="date")


def find_fields(text: str, norm: str) -> list[DateMention]:
    """The years and months of record fields and citations in `text` (`norm` = units.normalize(text))."""
    return sorted((_mention(text, m) for rx in (FIELD_RE, CITATION_RE) for m in rx.finditer(norm)),
                  key=lambda d: d.start)


def labelled_dates(label: str, value: str) -> list[DateMention]:
    """A cover sheet's date value whose label is a block of its own (the furniture `Issue Date` above the
    value `2020-2`, text/furniture.py): the value read as it would be after its label, offsets in `value`."""
    from .units import normalize

    prefix = label.strip() + " "
    norm = normalize(prefix + value)
    out = []
    for m in FIELD_RE.finditer(norm):
        if m.start() == 0:
            d = _mention(prefix + value, m)
            out.append(replace(d, start=d.start - len(prefix), end=d.end - len(prefix)))
    return out
