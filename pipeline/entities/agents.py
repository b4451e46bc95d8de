"""An act of war named with its agent: the agent is a mention of its own.

Japanese names an invasion or an annexation with the state that did it before it: ロシアによるウクライナ侵略,
ロシアのクリミア併合. The glossary knows such forms as aliases of the event, and the model reads the whole as
one event; but the state is named there as much as anywhere, and a reader looking for Russia finds it. So an
EVENT whose surface is a state or a body the glossary knows, then による or の, then an act (…侵略, …侵攻,
…併合, …占領) is two mentions: the agent (linked as the glossary knows it) and the act (ウクライナ侵略, linked
when the glossary knows it: here to the same event). Applied by `refine_entities` to one chunk
(`split_agents`).
"""
from __future__ import annotations

import re

from ..records import Entity
from .builders import new_entity
from .shapes import glossary_entity

_ACTS = ("侵略", "侵攻", "併合", "占領", "侵入", "軍事介入")
_AGENT = re.compile(r"(.{1,12}?)(による|の)(.+(?:" + "|".join(_ACTS) + "))")
_AGENT_TYPES = ("COUNTRY", "ORGANIZATION")


def split_agents(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """``ents`` with each act named with its agent split in two (module docstring)."""
    out = []
    for e in ents:
        m = _AGENT.fullmatch(e.text) if e.type == "EVENT" else None
        agent = None
        if m is not None:
            s, t = e.start + m.start(1), e.start + m.end(1)
            agent = next((a for typ in _AGENT_TYPES if (a := glossary_entity(text, s, t, typ, glossary))), None)
        if agent is None:
            out.append(e)
            continue
        out.append(agent)
        out.append(new_entity(text, e.start + m.start(3), e.end, "EVENT", glossary, None, None))
    return out
