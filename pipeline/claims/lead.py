"""The subject an article defines as the zero subject of its clauses that name none.

An encyclopedic article opens its body with a definition, ``X（reading, other names）は、…である``:
X is what the whole article is about, and Japanese leaves it unsaid afterwards (…アブダビで設立。
…調停案を提示している).  When the first prose line (the first line of 40+ characters that holds a
。; titles, captions and infobox rows before it end no sentence) opens with a named mention (an
organisation, country, place, person or event), optionally followed by one bracketed gloss, and then は, that mention is the *defined topic*.
A claim after it that is left with no subject at all (no dependency, no carried topic, no frame)
and is not inside a bracketed quotation takes the defined topic as subject, ``found_by="topic"``.
Claims with a subject of their own, and documents whose body does not open with a definition
(news, speeches, meeting records), are unchanged.  Runs once per document on original offsets.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .named import entity_arg
from ..records import ArgRef, Claim, Entity

FOUND_BY_LEAD = "topic"
DEFINED_TYPES = frozenset({"ORGANIZATION", "COUNTRY", "LOCATION", "PERSON", "EVENT"})
_BODY = re.compile(r"[^\n]{40,}")
_GLOSS = re.compile(r"\s*(?:（[^（）\n]*）|\([^()\n]*\))?\s*は")  # （…）/(…) then the topic mark
_OPEN, _CLOSE = "「『", "」』"


def lead_topic_subjects(claims: list[Claim], entities: list[Entity], text: str) -> list[Claim]:
    """Claims with no subject given the article's defined topic (module docstring)."""
    if not any(c.subject is None for c in claims):
        return claims
    topic = defined_topic(text, entities)
    if topic is None:
        return claims
    arg = replace(entity_arg(topic), found_by=FOUND_BY_LEAD)
    return [replace(c, subject=arg) if _open(c, topic, text) else c for c in claims]


def defined_topic(text: str, entities: list[Entity]) -> Optional[Entity]:
    """The named mention opening the first prose line (the first line of 40+ characters holding a 。)
    when は follows it (after one gloss), else None.  Lines before it are titles, captions and
    infobox rows, which end no sentence."""
    body = next((m for m in _BODY.finditer(text) if "。" in m.group()), None)
    if body is None:
        return None
    start = body.start() + len(body.group()) - len(body.group().lstrip())
    first = [e for e in entities if e.start == start and e.type in DEFINED_TYPES and e.glossary_id]
    if not first:
        return None
    ent = max(first, key=lambda e: e.end)
    return ent if _GLOSS.match(text, ent.end) else None


def _open(c: Claim, topic: Entity, text: str) -> bool:
    """Has ``c`` no subject, does it follow the definition, and is it outside quotations?"""
    if c.subject is not None or c.start < topic.end:
        return False
    if isinstance(c.source, ArgRef) and c.source.start is not None and c.source.entity_id != (topic.id or None):
        return False  # someone else's statement: its speaker decides (speaker_subjects)
    return not _quoted(text, c.start)


def _quoted(text: str, at: int) -> bool:
    s = text.rfind("\n", 0, at) + 1
    depth = 0
    for ch in text[s:at]:
        depth += (ch in _OPEN) - (ch in _CLOSE)
    return depth > 0
