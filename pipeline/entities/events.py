"""Named events the model misses, by the shape of their name (issue 9, public Wikipedia NER set);
numbered ones (第N回…) are `shapes._numbered_meetings`:

- a battle: a place (or what GiNZA takes for a person, as it often does with a place), or a katakana
  word the model missed, followed by の戦い, with an optional 第N次 before it (ガザラの戦い, 第一次ノラの戦い), is one EVENT over the place;
- a dated election: YYYY年 directly followed by a name ending in 選挙 (1960年アメリカ合衆国大統領選挙)
  is one EVENT; the year is what makes it a named occurrence, so a bare 総選挙 or 大統領選挙 stays a
  common noun.

Entities inside the new span are replaced by it, as for facilities."""
from __future__ import annotations

import re

from ..records import Entity

_NUM = "0-9０-９一二三四五六七八九十百"
_NAME = "\u4e00-\u9fffァ-ヴー・"
_DATED_ELECTION = re.compile(rf"(?<![0-9０-９])[0-9０-９]{{4}}年[{_NAME}]{{1,16}}?選挙(?![{_NAME}])")
_BATTLE_PREFIX = re.compile(rf"第[{_NUM}]+次$")
_PLACE_LIKE = ("LOCATION", "COUNTRY", "PERSON")
_KATAKANA_BATTLE = re.compile(r"(?<![ァ-ヴー・])[ァ-ヴ][ァ-ヴー・]+(?=の戦い)")


def named_events(text: str, ents: list[Entity]) -> list[Entity]:
    """New EVENT entities (unlinked, match ``model``) for the two shapes above."""
    out = [Entity(m.start(), m.end(), m.group(0), "EVENT", match="model", score=0.5)
           for m in _DATED_ELECTION.finditer(text)]
    places = [e for e in ents if e.type in _PLACE_LIKE and text.startswith("の戦い", e.end)]
    known = {e.end for e in places}
    places += [Entity(m.start(), m.end(), m.group(0), "LOCATION") for m in _KATAKANA_BATTLE.finditer(text)
               if m.end() not in known]  # a katakana word before の戦い is a name the model missed
    for e in places:
        prefix = _BATTLE_PREFIX.search(text, 0, e.start)
        start = prefix.start() if prefix else e.start
        label = f"Battle of {e.label_en}" if e.label_en else None
        out.append(Entity(start, e.end + 3, text[start:e.end + 3], "EVENT", match="model", score=0.5,
                          label_en=label, label_en_source="composed" if label else None))
    return out
