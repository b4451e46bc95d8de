"""A list of places joined by ・ is one mention per place: 中央アジア・コーカサス・大洋州 names three
regions, 東南アジア・南アジア・アフリカ three more. Applied by `refine_entities` to one chunk.

A run of name characters cut at ・ is a list when every part (two characters or more) is a place the
glossary knows exactly (LOCATION or COUNTRY) and the whole run is not itself an entry (中東・北アフリカ
is MENA, 中・東欧 one region). A name that contains ・ keeps it when one part is not a place
(太平洋・島サミット: 島サミット is no place; アロイジオ・ヌネス: no part is). A common head after the
last place (諸国, 地域, 問題, 関係 ...) is shared by the list and left out of its last place
(中央アジア・コーカサス諸国, イスラエル・パレスチナ問題). Each part becomes its linked
entity; what the model or the fuzzy matcher read across the dots (東南アジア・, 南アジア・アフリカ read as
the Asian-African Conference, the whole list as one unknown region) gives way.
"""
from __future__ import annotations

import re

from ..records import Entity
from .shapes import glossary_entity

_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々]+(?:[・･][\u4e00-\u9fff\u30a1-\u30fa\u30fc々]+)+")
_DOT = re.compile(r"[・･]")
_PLACE_TYPES = ("LOCATION", "COUNTRY")
# a common head after the last place, shared by every place of the list (中央アジア・コーカサス諸国,
# イスラエル・パレスチナ問題, 東南アジア・南アジア地域)
_SHARED_HEAD = re.compile(r"(?:諸国|各国|両国|地域|地方|諸島|問題|情勢|関係|紛争|方面)$")


def _place(text: str, start: int, end: int, glossary) -> Entity | None:
    if end - start < 2:
        return None
    return next((e for t in _PLACE_TYPES if (e := glossary_entity(text, start, end, t, glossary))), None)


def place_lists(text: str, glossary) -> list[tuple[int, int, list[Entity]]]:
    """(start, end, the places) of each list of places joined by ・ in the chunk."""
    out = []
    for m in _RUN.finditer(text):
        if glossary.lookup(m.group()):
            continue  # the whole run is a name the glossary knows
        cuts = [m.start(), *(d.start() for d in _DOT.finditer(text, m.start(), m.end())), m.end()]
        head = _SHARED_HEAD.search(text, cuts[-2], m.end())
        if head and not _place(text, cuts[-2] + 1, m.end(), glossary):
            cuts[-1] = head.start()  # 中央アジア・コーカサス諸国: the head is both places'
        parts = [_place(text, a + (i > 0), b, glossary) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]
        if all(parts):
            out.append((m.start(), m.end(), parts))
    return out


def split_place_lists(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """`ents` with every list of places read as its places (see the module docstring)."""
    for start, end, parts in place_lists(text, glossary):
        spans = {(p.start, p.end) for p in parts}
        kept = [e for e in ents if not (e.start < end and start < e.end) or (e.start, e.end) in spans]
        have = {(e.start, e.end) for e in kept}
        ents = kept + [p for p in parts if (p.start, p.end) not in have]
    return ents
