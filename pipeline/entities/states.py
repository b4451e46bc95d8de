"""A state's name with its form of state: a country mention followed by 帝国, 王国, 共和国, 連邦,
公国 or 首長国 (ドイツ帝国, 大日本帝国 with the honorific 大 before it) is one COUNTRY over both, by the
annotation rule that the longest name wins (南アフリカ共和国, not 南アフリカ): the German Empire is
not Germany. Linked when the glossary knows the whole surface, else unlinked. Not applied when a
name continues after the head (ドイツ帝国海軍 is a body, left to the other rules)."""
from __future__ import annotations

import re

from ..records import Entity

_FORMS = ("首長国", "共和国", "帝国", "王国", "連邦", "公国")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々・]")


def state_forms(text: str, ents: list[Entity], glossary) -> list[Entity]:
    """New COUNTRY entities over a country mention and its form of state."""
    out = []
    for e in ents:
        if e.type != "COUNTRY":
            continue
        form = next((f for f in _FORMS if text.startswith(f, e.end)), None)
        if form is None:
            continue
        end = e.end + len(form)
        if end < len(text) and _NAME_CHAR.match(text[end]):
            continue
        start = e.start - 1 if e.start > 0 and text[e.start - 1] == "大" else e.start
        if start > 0 and _NAME_CHAR.match(text[start - 1]):
            continue  # inside a longer word
        out.append(_entity(text, start, end, glossary))
    return out


def _entity(text: str, start: int, end: int, glossary) -> Entity:
    surface = text[start:end]
    cands = [c for c in glossary.lookup(surface) if glossary.get(c.glossary_id).type == "COUNTRY"]
    if cands:
        entry = glossary.get(cands[0].glossary_id)
        return Entity(start, end, surface, "COUNTRY", entry.id, entry.label_en, entry.label_ja, cands[0].method,
                      cands[0].score, label_en_source="glossary")
    return Entity(start, end, surface, "COUNTRY", match="model", score=0.5)
