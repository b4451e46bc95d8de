"""Foreign persons' names written as katakana parts joined by ・ or ＝ (issue 9, public Wikipedia NER
set): GiNZA often takes only a part as the person (エシュコル in レヴィ・エシュコル, ナーセル in
ガマール・アブドゥル=ナーセル) and gives another part another type (a POLICY, an EVENT, a COUNTRY).

The whole dotted run is one PERSON when a part is already a person, or when the parts are joined by
＝ (the Wikipedia convention for Arabic and European double names: ハーフィズ・アル=アサド), and no
part is a linked entry of another type (アジア・アフリカ, ボスニア・ヘルツェゴビナ are places) unless a
title follows and not every part is such an entry (サルバドール・アジェンデ大統領); a state as the last part
before the title is the person's state, not his name (ルッテ・オランダ首相: a person and a country). The run
must stand alone: not followed by the kanji head of another kind of name (ハイレ・セラシエ軍 is a body,
ヨム・キプール戦争 an event; ナーセル大統領 is a person with a title). A linked person inside keeps its link on the whole name."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from ..glossary import TITLES
from .mentions import _suffix_type
from .shapes import _runs

_K = "\u30a1-\u30fa\u30fc"
_RUN = re.compile(rf"(?<![{_K}・＝=])[{_K}]+(?:[・＝=][{_K}]+)+(?![{_K}・＝=])")
_PIECE = re.compile(rf"[{_K}]+(?:[・＝=][{_K}]+)+")  # a run's piece between two breaks (no lookarounds: a
# piece after a cut starts right after a katakana letter of the repaired text)
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+")
_TITLES = tuple(sorted(TITLES, key=len, reverse=True))


def dotted_persons(ents: list[Entity], text: str, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """`ents` with each dotted katakana name above as one PERSON (sorted by offsets); a run never crosses
    `breaks` (where the original has a line break or a space the repair removed: リー・シェンロン シンガポール首相
    is a name and a state)."""
    for s, e in _runs(_RUN, text, breaks):
        m = _PIECE.fullmatch(text[s:e])
        if m is None:
            continue
        over = [x for x in ents if x.start < e and s < x.end]
        if not over or any(x.start < s or (x.end > e and (x.type != "PERSON" or x.glossary_id)) for x in over):
            continue  # nothing found there, or a longer entity around it (a person's span that runs on
            # past the name, マルケルス率いる, マドゥ・シンハ王, is cut at its end)
        state = _state_before_title(over, text, e)
        if state is not None:  # ルッテ・オランダ首相, マルク・ルッテ・オランダ首相: a name, its state, the office
            over, e = [x for x in over if x is not state], state.start - 1
            m = _PIECE.fullmatch(text[s:e])
            if m is None:  # one word before the state: the name (アブディルダエフ・キルギス外相)
                ents = _one_word_person(ents, over, text, s, e)
                continue
        foreign = [x for x in over if x.glossary_id and x.type != "PERSON"]
        titled = state is not None or (
            text.startswith(_TITLES, e) and len(foreign) < len(m.group().replace("＝", "・").split("・")))
        if foreign and not titled:
            continue  # アジア・アフリカ; but サルバドール・アジェンデ大統領 (a part only is a place)
        joined = "＝" in m.group() or "=" in m.group()
        if not (joined or titled or any(x.type == "PERSON" for x in over)):
            continue
        after = _KANJI_RUN.match(text, e)
        if after and _suffix_type(m.group() + after.group()):
            continue  # ハイレ・セラシエ軍, ヨム・キプール戦争: a body, an event (but ナーセル大統領)
        if len(over) == 1 and (over[0].start, over[0].end) == (s, e) and over[0].type == "PERSON":
            continue
        linked = next((x for x in over if x.type == "PERSON" and x.glossary_id), None)
        new = (replace(linked, start=s, end=e, text=m.group()) if linked is not None
               else Entity(s, e, m.group(), "PERSON", match="model", score=0.5))
        ents = [x for x in ents if x not in over] + [new]
    return sorted(ents, key=lambda x: (x.start, x.end, x.glossary_id or ""))


def _state_before_title(over: list[Entity], text: str, end: int) -> Entity | None:
    """The linked COUNTRY that is the last ・-part of a run right before a title (オランダ in ルッテ・オランダ首相):
    the state of the person named before it, not part of the name."""
    if not text.startswith(_TITLES, end):
        return None
    return next((x for x in over if x.end == end and x.type == "COUNTRY" and x.glossary_id
                 and x.start > 0 and text[x.start - 1] in "・＝="), None)


def _one_word_person(ents: list[Entity], over: list[Entity], text: str, s: int, e: int) -> list[Entity]:
    """``ents`` with text[s:e] a PERSON: kept when an entity is there already as a person or a linked name,
    else what the model read there gives way to an unlinked PERSON."""
    if any(x.glossary_id or (x.type == "PERSON" and (x.start, x.end) == (s, e)) for x in over):
        return ents
    return [x for x in ents if x not in over] + [Entity(s, e, text[s:e], "PERSON", match="model", score=0.5)]
