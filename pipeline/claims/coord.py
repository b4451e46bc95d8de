"""Coordinated arguments: one argument per conjunct.

An argument phrase linked to one entity may coordinate several (カンボジアとタイ, インドネシア、
マレーシア、タイ, 日本及びフィリピン, 米国・英国, ロシアと中国の関係, and the compound 日米比, which the
glossary already splits into one entity per country on the same span).  `conjuncts` returns one
`ArgRef` per coordinated entity, in text order: each keeps the whole phrase as `text`/`start`/`end`
(for display and evidence) and carries its own `entity_id`/`glossary_id`/`label_en`.

Two entities are conjuncts when the text between them is only coordinators (と, や, 、, ，, the ASCII comma of MOFA records, ・, 及び,
および, 並びに), optionally after a title or group suffix of the first (ASEAN諸国とロシア, プーチン
大統領と習近平国家主席), or when they share one span (a compound abbreviation).  A name written with
・ that the glossary knows as one entry (ボスニア・ヘルツェゴビナ) is one entity, so it is never split.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import ArgRef, Entity
from .titles import is_title

_COORD_GAP = re.compile(r"(?P<title>[^ぁ-ゖ、，,・]*?)(?:及び|および|並びに|ならびに|と|や|、|，|,|・)+")


def coordinated(text: str, a: Entity, b: Entity) -> bool:
    """Are ``a`` and then ``b`` coordinated (only coordinators, after an optional title, between them)?"""
    if (a.start, a.end) == (b.start, b.end):
        return True
    if b.start < a.end:
        return False
    gap = "".join(text[a.end:b.start].split())
    m = _COORD_GAP.fullmatch(gap)
    return bool(m) and (not m["title"] or is_title(m["title"]))


def conjuncts(text: str, entities: list[Entity], arg: ArgRef) -> list[ArgRef]:
    """``arg`` split into one ArgRef per coordinated entity of its phrase (``[arg]`` when it is not
    linked or not coordinated).  ``entities`` are the block's entities in the same offsets."""
    if arg is None or arg.entity_id is None or arg.start is None:
        return [arg] if arg is not None else []
    inside = sorted((x for x in entities if arg.start <= x.start and x.end <= arg.end and x.glossary_id),
                    key=lambda x: (x.start, x.end, x.id))
    k = next((i for i, x in enumerate(inside) if x.id == arg.entity_id), None)
    if k is None:
        return [arg]
    lo = hi = k
    while lo > 0 and coordinated(text, inside[lo - 1], inside[lo]):
        lo -= 1
    while hi + 1 < len(inside) and coordinated(text, inside[hi], inside[hi + 1]):
        hi += 1
    chain = _distinct(inside[lo:hi + 1])
    if len(chain) < 2:
        return [arg]
    return [replace(arg, entity_id=x.id or None, glossary_id=x.glossary_id, label_en=x.label_en) for x in chain]


def _distinct(chain: list[Entity]) -> list[Entity]:
    """One conjunct per glossary entry (ロシアとロシア is one), keeping text order."""
    seen, out = set(), []
    for x in chain:
        if x.glossary_id not in seen:
            seen.add(x.glossary_id)
            out.append(x)
    return out
