"""年明け (the turn of the year): January of the year that has just begun or is about to.

Conventions
-----------
- With a year before it (2022年の年明け, 来年の年明け is the relative module's 来年 + this) it is
  that year's January: '2022-01', the span from the year on.
- Else after a narrative month from October on (2019年11月に合意し、年明けに署名した) the next
  year's January; after an earlier narrative month, that year's January.
- Else against the document date: in October to December the next year's January, in January to
  March the document year's; in other months the tense of the clause decides (年明けに訪問した:
  the document year's, 年明けに訪問する予定だ: the next year's), else nothing is emitted.
- 年明け早々 is inside the span; 年末年始 is not read.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import DateMention
from .tense import clause_tense
from .units import SP, Context

NEW_YEAR_RE = re.compile(rf"(?:(?P<y>[0-9]{{4}}){SP}年{SP}の{SP})?(?<![\u3400-\u9fff々])年明け(?:{SP}早々)?")


def _year(norm: str, m: re.Match, narrative: Optional[Context], doc: Optional[Context]) -> Optional[int]:
    if m["y"]:
        return int(m["y"])
    if narrative and narrative.year and narrative.month:
        return narrative.year + (narrative.month >= 10)
    if not doc or not doc.year or not doc.month:
        return None
    if doc.month >= 10 or doc.month <= 3:
        return doc.year + (doc.month >= 10)
    tense = clause_tense(norm, m.end())
    return {"past": doc.year, "coming": doc.year + 1}.get(tense or "")


def find_new_year(text: str, norm: str, narrative_at: Callable[[int], Optional[Context]],
                  doc: Optional[Context]) -> list[DateMention]:
    out = []
    for m in NEW_YEAR_RE.finditer(norm):
        narrative = narrative_at(m.start())
        y = _year(norm, m, narrative, doc)
        if y is None:
            continue
        source = None if m["y"] else ("narrative" if narrative and narrative.month else "document")
        label = None if m["y"] else (narrative.label if source == "narrative" else doc.label)
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{y:04d}-01", f"{y:04d}-01-01",
                               f"{y:04d}-01-31", False, label, kind="date", anchor_source=source))
    return out
