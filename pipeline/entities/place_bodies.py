"""Bodies named after a place or a matter (issue 9, papers and think-tank texts on history and law), for
`refine_entities`:

- a name the glossary or the model cut inside an organization's head noun (南シナ海仲裁裁判 | 所: the head 裁判所
  straddles the end of the match) is the body the whole head names, one ORGANIZATION (南シナ海仲裁裁判所);
- a sea or region, or a state with a compass prefix glued before it (東 + インド: the East Indies, not India),
  followed by a company's or a court's head noun (会社, 商会, 商館, 裁判所, 法廷) is one ORGANIZATION over the whole
  (東インド会社, 西インド会社, 北海仲裁裁判所): a historical company or a tribunal is named by its place, not
  the place's state. A state followed by a body of its own (タイ外務省, ロシア最高裁判所) stays two mentions
  (the annotation rules), so a bare state takes no head here;
- a name directly before 号 is a vessel's (Santa Catarina号, クイーン・エリザベス号): one OTHER, not the place or the
  person it is named after (号 after a number, 第3号 or 8号, is a count, and 号機 / 号線 no vessel).
"""
from __future__ import annotations

import re

from ..records import Entity
from .builders import new_entity

# heads of a body's name that a match may cut in two (裁判 | 所); each at least two characters
_CUT_HEADS = ("裁判所", "研究所", "事務所", "委員会", "評議会", "理事会", "会社", "公社", "銀行", "大学", "機構")
_PLACE_HEADS = "会社|商会|商館|公社|裁判所|法廷"
_NAME = "\u4e00-\u9fff\u30a1-\u30fa\u30fc々"
_PLACE_BODY = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_PLACE_HEADS})(?![{_NAME}])")
_COMPASS = "東西南北"
_VESSEL_NOT = re.compile(r"号(?:機|線|車|館|棟|炉|室|議定書|決議|文書)")


def place_bodies(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The chunk's entities with the first two rules of the module docstring applied (`vessels` is the third)."""
    for e in list(ents):
        end = _head_end(e, text)
        if end is not None:
            ents = _put(ents, new_entity(text, e.start, end, "ORGANIZATION", glossary, None, None))
    for e in [x for x in ents if x.type in ("LOCATION", "COUNTRY")]:
        start = e.start
        if e.type == "COUNTRY":
            if not (start > 0 and text[start - 1] in _COMPASS):
                continue
            start -= 1
        if start > 0 and re.match(f"[{_NAME}]", text[start - 1]):
            continue
        m = _PLACE_BODY.match(text, e.end)
        if m:
            ents = _put(ents, new_entity(text, start, m.end(), "ORGANIZATION", glossary, None, None))
    return ents


def vessels(ents: list[Entity], text: str) -> list[Entity]:
    """Santa Catarina号: the name before 号 is a ship's, an unlinked OTHER without the 号."""
    out = []
    for e in ents:
        if text.startswith("号", e.end) and not _VESSEL_NOT.match(text, e.end) and not re.search(r"[0-9０-９]$", e.text):
            e = Entity(e.start, e.end, e.text, "OTHER", match="model", score=0.5, model_label=e.model_label,
                       label_en=e.text if e.text.isascii() else None, label_en_source="text" if e.text.isascii() else None)
        out.append(e)
    return out


def _head_end(e: Entity, text: str) -> int | None:
    """Where a head noun that `e` cuts in two ends (南シナ海仲裁裁判 + 所 -> after 所), or None."""
    for head in _CUT_HEADS:
        for k in range(1, len(head)):
            if e.text.endswith(head[:k]) and text.startswith(head[k:], e.end) and len(e.text) > k:
                after = e.end + len(head) - k
                if after == len(text) or not re.match(f"[{_NAME}]", text[after]):
                    return after
    return None


def _put(ents: list[Entity], new: Entity) -> list[Entity]:
    """`new` in place of the entities inside it; nothing when another entity crosses it or already is it."""
    if any(x.start < new.end and new.start < x.end and not (new.start <= x.start and x.end <= new.end) for x in ents):
        return ents
    if any((x.start, x.end) == (new.start, new.end) and x.type == new.type for x in ents):
        return ents
    return [x for x in ents if not (new.start <= x.start and x.end <= new.end)] + [new]
