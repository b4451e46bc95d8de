"""A pair referred back to as one (両首脳, 両外相, 両氏; 両国, 両政府): the subject or source of a claim
links to the two people or states the document has been about.

News and meeting summaries name two parties and then go on with 両首脳は…一致した / 両国は…確認した.
An unlinked subject or source whose text is 両 + a people noun (:data:`PEOPLE`) or a state noun
(:data:`STATES`) stands for the two PERSON (resp. COUNTRY) referents mentioned most often before it
(ties: the one named first); it links to the one named first, with both as ``subjects`` (as a
coordinated subject does).  With fewer than two such referents before it, it stays unlinked.  Runs
once per document on original offsets, after `surname_links` (so 李氏 counts as 李強).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional

from ..records import ArgRef, Claim, Entity
from ..titles import HONORIFICS, OFFICES

PEOPLE = ("首脳",) + OFFICES + HONORIFICS  # 両首脳, 両外相, 両大統領, 両氏: the one table of titles
STATES = ("国", "国政府", "政府")
_PAIR = re.compile(r"^両(?:" + "|".join(sorted(PEOPLE + STATES, key=len, reverse=True)) + r")$")


def pair_links(claims: list[Claim], entities: list[Entity]) -> list[Claim]:
    """Claims whose 両首脳/両国 subject or source is linked to the two referents it stands for."""
    ents = sorted((e for e in entities if e.type in ("PERSON", "COUNTRY")), key=lambda e: e.start)
    if len(ents) < 2:
        return claims
    out = []
    for c in claims:
        pair = _pair(c.subject, ents)
        subject = pair[0] if pair else c.subject
        subjects = tuple(pair) if pair else c.subjects
        source = (_pair(c.source, ents) or [c.source])[0]
        changed = (subject, subjects, source) != (c.subject, c.subjects, c.source)
        out.append(replace(c, subject=subject, subjects=subjects, source=source) if changed else c)
    return out


def _pair(arg: Optional[ArgRef], ents: list[Entity]) -> Optional[list[ArgRef]]:
    """``arg`` as its two conjuncts (first-named first), or None when it is no 両 pair or cannot be resolved."""
    if not isinstance(arg, ArgRef) or arg.glossary_id is not None or arg.start is None:
        return None
    text = "".join(arg.text.split())
    m = _PAIR.match(text)
    if not m:
        return None
    kind = "COUNTRY" if text[1:] in STATES else "PERSON"
    before = [e for e in ents if e.type == kind and e.end <= arg.start and (e.glossary_id or e.label_en)]
    key = lambda e: e.glossary_id or e.label_en  # noqa: E731  one referent, however written
    counts, first = Counter(key(e) for e in before), {}
    for e in before:
        first.setdefault(key(e), e)
    if len(counts) < 2:
        return None
    top = sorted(counts, key=lambda k: (-counts[k], first[k].start))[:2]
    two = sorted((first[k] for k in top), key=lambda e: e.start)
    return [replace(arg, entity_id=e.id or None, glossary_id=e.glossary_id, label_en=e.label_en) for e in two]
