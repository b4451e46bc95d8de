"""Everything beyond calendar units, added to what `DateExtractor` found in one block.

Order of precedence when spans overlap (the first wins): the calendar units of `dates` (with the
narrative anchor), times of day, relative words (document date), calendar forms (numeric dates,
quarters, centuries, BCE), sets, durations, then months/days without a year; last the words that
point back at a date already found (この日, 前年同期: the `anaphora` module) and 年明け (`newyear`). A later match that
strictly contains earlier ones replaces them (2021年/7月/18日 is one date, not 2021年 + 7月 + 18日).
Then `links` joins ranges, date + time, date + weekday and the open/approximate suffixes.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Optional

from ..records import DateMention
from .anaphora import find_anaphora, place_unspecified
from .clock import find_times
from .durations import find_durations
from .fiscal import find_fiscal
from .fields import find_fields
from .forms import find_forms
from .partial import find_partial
from .links import link
from .newyear import find_new_year
from .relative import find_previous_year, find_relative
from .comparisons import find_comparison_bases
from .decades import find_decade_spans
from .sets import find_sets, set_like_spans
from .units import Context


def parse_document_date(value: Optional[str]) -> Optional[tuple[date, int]]:
    """An EDTF day/month/year -> (first day, precision 3/2/1); None when absent."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    if not m:
        raise ValueError(f"document_date {value!r} is not an EDTF year, month or day (YYYY[-MM[-DD]])")
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1)), 1 + bool(m[2]) + bool(m[3])
    except ValueError:
        raise ValueError(f"document_date {value!r} is not a calendar date (check month and day)") from None


def _overlapping(found: list[DateMention], d: DateMention) -> list[DateMention]:
    return [o for o in found if d.start < o.end and o.start < d.end]


def _add(out: list[DateMention], d: DateMention) -> None:
    over = _overlapping(out, d)
    if not over:
        out.append(d)
    elif all(d.start <= o.start and o.end <= d.end for o in over) and d.end - d.start > max(o.end - o.start for o in over):
        for o in over:
            out.remove(o)
        out.append(d)


def extend(text: str, norm: str, found: list[DateMention], doc: Optional[tuple[date, int]],
           doc_ctx: Optional[Context], narrative_at: Callable[[int], Optional[Context]],
           warned=(), unspecified=(), comparison_at=None) -> list[DateMention]:
    """`found` plus the other temporal expressions of `text`, sorted by start. `narrative_at(pos)`
    is the narrative anchor in force at `pos`; `warned` spans (impossible dates) stay empty;
    `unspecified`: the bare months the dates module found no year for ('XXXX-07-18')."""
    blocked = [DateMention(s, e, "", "", None, None) for s, e in
               [(w.start, w.end) for w in warned] + set_like_spans(norm)]

    def context_at(pos: int, month: bool = False) -> tuple[Optional[Context], Optional[str]]:
        """The narrative in force at `pos`, else the document date; a narrative that names only the
        document's own year gives way to the document date (its month and day are the best guess),
        and so does one that names only a year when a `month` is needed (a bare 九日 after 2016年から:
        the day of the month of writing, not of a month of 2016 nobody told)."""
        n = narrative_at(pos)
        if n and n.year and not (n.month is None and doc_ctx and doc_ctx.month and (month or doc_ctx.year == n.year)):
            return n, "narrative"
        return (doc_ctx, "document") if doc_ctx else (None, None)

    groups = [find_times(text, norm),
              find_relative(text, norm, doc, doc_ctx and doc_ctx.label, narrative_at, comparison_at or narrative_at)
              + find_previous_year(text, norm, comparison_at or narrative_at)  # 前年比: the figure's period (`figures`)
              + find_comparison_bases(text, norm, comparison_at or narrative_at),
              find_forms(text, norm) + find_fiscal(text, norm, narrative_at) + find_fields(text, norm), find_sets(text, norm),
              find_decade_spans(text, norm, doc and doc[0].year),  # 1960～70年代
              find_durations(text, norm),
              list(unspecified), find_partial(text, norm, context_at, doc_ctx)]
    out = list(found)
    for group in groups:
        for d in group:
            if not _overlapping(blocked, d):
                _add(out, d)
    out.sort(key=lambda d: (d.start, d.end))
    out = place_unspecified(text, out, narrative_at, context_at)  # 第2四半期 in the narrative's year
    for d in find_anaphora(text, norm, out, narrative_at, context_at, doc_ctx):  # この日, 前年同期: after the rest
        _add(out, d)
    for d in find_new_year(text, norm, narrative_at, doc_ctx):  # 年明け
        _add(out, d)
    out.sort(key=lambda d: (d.start, d.end))
    return link(text, norm, out, {id(d) for d in found}, context_at)
