"""The period a figure is about, for the bases of comparisons (前年比, 前月比, 前年度比).

A comparison base counts back from the period its figure is about, not from the last date told: in
a statistics report the story moves through event dates (2月の結果と併せて判断する必要がある, 2024年4月に
発表した) while the figures stay those of the period the report is on.

Conventions
-----------
- A *figure period* is a date followed by の or は (after a bracketed gloss: 2023年(1~12月)の) in a
  sentence that gives a figure (a per cent, points or an amount of money): 2017年1月の貿易統計によると、
  輸出は前年比+1.3%. The narrative in force right after it is the period.
- A comparison base in a sentence that tells no date before it counts from the last figure period of
  the document (季節調整値で見た輸出金額は前月比+0.7% after the sentence above = '2016-12', even when
  a later sentence named 2月 for another purpose); in a sentence with its own date, or with no figure
  period told yet, it counts from the narrative, as before.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import DateMention
from .quantities import find_quantities
from .units import Context

_TOPIC = re.compile(r"[ \u3000]*(?:[（(][^（(）)]{0,16}[）)])?[ \u3000]*[のは]")
_FIGURE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千][ \u3000]*(?:[%％]|ポイント|兆|億|万|円|ドル|ユーロ|元(?![年号])|ウォン|ポンド)")
_SENTENCE_END = re.compile(r"[。\n]")

Anchor = Callable[[int], Optional[Context]]


def _sentence(norm: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, pos)), default=0)
    end = m.start() if (m := _SENTENCE_END.search(norm, pos)) else len(norm)
    return start, end


def figure_periods(norm: str, found: list[DateMention], narrative_at: Anchor) -> list[tuple[int, Context]]:
    """(end, the narrative right after it) of each figure period of this text, in order."""
    out = []
    for d in sorted(found, key=lambda d: d.start):
        s, e = _sentence(norm, d.start)
        if _TOPIC.match(norm, d.end) and _has_figure(norm, s, e) and (ctx := narrative_at(d.end)):
            out.append((d.end, ctx))
    return out


def gives_figure(norm: str, pos: int) -> bool:
    """Whether the sentence around `pos` gives a figure (its dates are then the periods of statistics)."""
    return _has_figure(norm, *_sentence(norm, pos))


def _has_figure(norm: str, s: int, e: int) -> bool:
    """A per cent, points, an amount of money or any quantity the quantities module reads (50万バーツ, 3割, 2倍)."""
    return bool(_FIGURE.search(norm, s, e)) or any(q.value is not None for q in find_quantities(norm[s:e]))


def last_figure_period(periods: list[tuple[int, Context]],
                       before: Optional[tuple[int, Context]]) -> Optional[tuple[int, Context]]:
    """The last of this text's figure `periods`, else `before` (the last one of an earlier block)."""
    return periods[-1] if periods else before


def comparison_anchor(norm: str, found: list[DateMention], narrative_at: Anchor,
                      before: Optional[tuple[int, Context]], periods: list[tuple[int, Context]]) -> Anchor:
    """The anchor a comparison base at a position counts from (see the module docstring); `periods`:
    this text's `figure_periods`."""
    periods = periods if "比" in norm else []

    def at(pos: int) -> Optional[Context]:
        s, _ = _sentence(norm, pos)
        if any(s <= d.start < pos for d in found):
            return narrative_at(pos)
        figure = next((p for p in reversed(periods) if p[0] <= pos), before)
        return figure[1] if figure else narrative_at(pos)
    return at
