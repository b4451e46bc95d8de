"""A name and the short form in brackets after it: one referent, one type, one link.

Business and economic news introduce a body once with its short form in brackets and then use the
short form: 中国海洋石油総公司(CNOOC), SKIYAKI LIVE PRODUCTION(SLP、東京都渋谷区). Applied by
`refine_entities` to one chunk's entities:

- a short form (a Latin acronym) in brackets right after an organization takes its type (the
  model's PRODUCT SLP is the company), and each other mention of the same acronym in the chunk too;
- an unlinked name before a linked acronym takes the acronym's link (中国海洋石油総公司 is CNOOC);
- an acronym in brackets after common words (液化天然ガス(LNG), 国内総生産(GDP)) abbreviates a
  common noun, not a name: it is no entity;
- a note number glued to a short form in brackets (西アフリカ諸国経済共同体(ECOWAS13), white papers' notes) is
  no part of it: the short form the glossary knows is the name (`noted_short_forms`; an edition of a series
  of meetings, TICAD 8, is left to `shapes`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .tokens import tokens_in

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_OPEN = "(（"
_COMMON = ("名詞-普通名詞", "接尾辞", "接頭辞")


def bracket_forms(ents: list[Entity], text: str, sdoc) -> list[Entity]:
    """The chunk's entities after the rules above (order kept)."""
    ents = list(ents)
    by_start = {e.start: i for i, e in enumerate(ents)}
    retyped: dict[str, Entity] = {}
    drop = set()
    for i, e in enumerate(ents):
        j = by_start.get(e.end + 1)
        if e.end >= len(text) or text[e.end] not in _OPEN or j is None or not _ACRONYM.fullmatch(ents[j].text):
            continue
        short = ents[j]
        if e.type == "ORGANIZATION":
            if short.glossary_id is None:  # (latin_forms may have typed it already: its other mentions still follow)
                ents[j] = retyped[short.text] = replace(short, type="ORGANIZATION")
            if e.glossary_id is None and short.glossary_id is not None and short.type == "ORGANIZATION":
                ents[i] = replace(short, start=e.start, end=e.end, text=e.text, role=e.role)
    for i, e in enumerate(ents):
        if e.text in retyped and e.glossary_id is None and e.type != "ORGANIZATION":
            ents[i] = replace(e, type="ORGANIZATION")
    for m in re.finditer(r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})[(（]([A-Z][A-Z0-9&]{1,9})[)）、,]", text):
        if any(e.start < m.end(1) and m.start(1) < e.end for e in ents):
            continue  # the words before are (part of) a name
        if sdoc is not None and _all_common(sdoc, m.start(1), m.end(1)):
            drop |= {k for k, e in enumerate(ents) if (e.start, e.end) == m.span(2) and e.glossary_id is None}
    return [e for k, e in enumerate(ents) if k not in drop]


def _all_common(sdoc, s: int, e: int) -> bool:
    tokens = tokens_in(sdoc, s, e)
    return bool(tokens) and all(t.tag_.startswith(_COMMON) for t in tokens)


_NOTED = re.compile(r"(?<=[(（])([A-Z][A-Z0-9&]{1,9}?)([0-9]{1,2})(?=[)）])")


def noted_short_forms(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """``ents`` with each short form in brackets that a note number follows (ECOWAS13) cut to the short form,
    linked as the glossary knows it when that is no meeting (a series' edition keeps its number)."""
    from .shapes import glossary_entity

    for m in _NOTED.finditer(text):
        entry = next((glossary.get(c.glossary_id) for c in glossary.lookup(m.group(1))), None)
        if entry is None or entry.type == "EVENT" or glossary.lookup(m.group()):
            continue
        s, e = m.span(1)
        ents = [x for x in ents if not (x.start < m.end() and m.start() < x.end)]
        ents.append(glossary_entity(text, s, e, entry.type, glossary) or Entity(s, e, m.group(1), entry.type))
    return ents
