"""A state's ruling or opposition party named with the state: two mentions.

White papers and news write a foreign party with its state and its standing before its name: カザフスタン与党ヌルオタン党,
タイ最大野党の人民党. The model reads the run as one organization; the state is a mention of its own and the
party is the name after 与党 / 野党 (linked when the glossary knows it). Applied by `refine_entities` to one
chunk (`state_parties`).
"""
from __future__ import annotations

import re

from ..records import Entity
from .builders import new_entity
from .shapes import glossary_entity

_STANDING = re.compile(r"(.{1,10}?)(?:の)?(?:与党|野党|最大野党|政権党|連立与党)(?:の)?(.+党)")


def state_parties(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """``ents`` with each ORGANIZATION of the shape above split into the state and the party, unless the glossary
    knows the whole run (an organisation unit over the run keeps the party's link: `shapes`)."""
    out = []
    for e in ents:
        m = _STANDING.fullmatch(e.text) if e.type == "ORGANIZATION" else None
        if m and glossary_entity(text, e.start, e.end, "ORGANIZATION", glossary) is not None:
            m = None
        state = glossary_entity(text, e.start, e.start + m.end(1), "COUNTRY", glossary) if m else None
        if state is None:
            out.append(e)
            continue
        out += [state, new_entity(text, e.start + m.start(2), e.end, "ORGANIZATION", glossary, None, None)]
    return out
