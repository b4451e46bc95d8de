"""The subject an article defines as the zero subject of its clauses that name none.

An encyclopedic article opens its body with a definition, ``X（reading, other names）は、…である``:
X is what the whole article is about, and Japanese leaves it unsaid afterwards (…アブダビで設立。
…調停案を提示している).  When the first prose line (the first line of 40+ characters that holds a
。; titles, captions and infobox rows before it end no sentence) opens with a named mention (an
organisation, country, place, person or event), optionally followed by one bracketed gloss, and then は, that mention is the *defined topic*.
A claim after it that is left with no subject at all (no dependency, no carried topic, no frame)
and is not inside a bracketed quotation takes the defined topic as subject, ``found_by="topic"``.
When the defined topic is an organisation, a claim whose subject is an unnamed part of it (本部,
事務局, 加盟国, 目標, 組織の目標 …: a phrase headed by a noun of :data:`ORGAN_HEADS` that names no entity)
is about the organisation too: the phrase keeps its text and span and is linked to the topic
(``found_by="topic"``); 加盟国は…である in an article on an alliance is a statement about the alliance.
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
# The parts, members, bodies and aims of an organisation, named without the organisation's name.
ORGAN_HEADS = (
    "本部", "事務局", "本部事務局", "加盟国", "原加盟国", "構成国", "参加国", "加盟各国", "加盟国首脳", "加盟国間",
    "目標", "目的", "理念", "使命", "議長国", "憲章", "規約", "設立条約", "組織", "機構", "同機構", "同組織", "本機構",
)  # not its meetings (首脳会議, 総会, 理事会): a meeting is an event a gold names apart from its organisation
_BODY = re.compile(r"[^\n]{40,}")
_GLOSS = re.compile(r"\s*(?:（[^（）\n]*）|\([^()\n]*\))?\s*は")  # （…）/(…) then the topic mark
_OPEN, _CLOSE = "「『", "」』"


def lead_topic_subjects(claims: list[Claim], entities: list[Entity], text: str) -> list[Claim]:
    """Claims with no subject, or an organisation's unnamed part as subject, given the article's
    defined topic (module docstring)."""
    topic = defined_topic(text, entities)
    if topic is None:
        return claims
    arg = replace(entity_arg(topic), found_by=FOUND_BY_LEAD)
    out = []
    for c in claims:
        if _open(c, topic, text):
            c = replace(c, subject=arg)
        elif topic.type == "ORGANIZATION" and _organ(c, topic, entities, text):
            c = replace(c, subject=replace(entity_arg(topic, text=c.subject.text, start=c.subject.start,
                                                      end=c.subject.end), found_by=FOUND_BY_LEAD))
        out.append(c)
    return out


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
    """Has ``c`` no subject, does it follow the definition, and is it in the article's own voice?"""
    return c.subject is None and c.start >= topic.end and _own_voice(c, topic, text)


def _own_voice(c: Claim, topic: Entity, text: str) -> bool:
    """Neither someone else's statement (its speaker decides: speaker_subjects) nor inside a quotation."""
    if isinstance(c.source, ArgRef) and c.source.start is not None and c.source.entity_id != (topic.id or None):
        return False
    return not _quoted(text, c.start)


def _organ(c: Claim, topic: Entity, entities: list[Entity], text: str) -> bool:
    """Is ``c``'s subject an unnamed part of the topic organisation (本部は, 組織の目標は), in its own
    voice (not inside a quotation, not someone else's statement)?"""
    s = c.subject
    if s is None or s.entity_id is not None or s.start is None or s.found_by == "frame" or c.start < topic.end:
        return False
    if not s.text.rstrip("はがもの、 ").endswith(ORGAN_HEADS):
        return False
    if any(s.start < e.end and e.start < s.end for e in entities):
        return False  # 日本の加盟国, 国連の事務総長: the phrase names its own owner
    return _own_voice(c, topic, text)


def _quoted(text: str, at: int) -> bool:
    s = text.rfind("\n", 0, at) + 1
    depth = 0
    for ch in text[s:at]:
        depth += (ch in _OPEN) - (ch in _CLOSE)
    return depth > 0
