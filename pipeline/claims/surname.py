"""A person referred back to by surname (李氏, トランプ氏, 岸田首相): the subject or source of a claim
links to the person named in full earlier in the document.

News items name a person once in full (中国の李強首相) and then by surname and honorific or title
(首脳会議でも李氏が日本批判を展開する可能性がある).  An unlinked subject or source whose text is a
surname followed by 氏 or a title (see :data:`TITLES`) takes the link of the nearest PERSON entity
before it whose name starts (kanji names: 李強) or ends (katakana names: ドナルド・トランプ) with that
surname.  Runs once per document on original offsets.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..entities import surname_forms
from ..records import ArgRef, Claim, Entity
from ..titles import OFFICES

TITLES = ("氏",) + OFFICES  # pipeline/titles.py
_SURNAME = re.compile(r"^([\u4e00-\u9fff]{1,3}|[\u30a0-\u30ff]{2,12})(?:" + "|".join(TITLES) + r")$")


def surname_links(claims: list[Claim], entities: list[Entity]) -> list[Claim]:
    """Claims whose surname-only subject/source is linked to the earlier full mention."""
    people = sorted((e for e in entities if e.type == "PERSON"), key=lambda e: e.start)
    if not people:
        return claims
    out = []
    for c in claims:
        subject, source = _link(c.subject, people), _link(c.source, people)
        out.append(replace(c, subject=subject, source=source) if (subject, source) != (c.subject, c.source) else c)
    return out


def _link(arg: Optional[ArgRef], people: list[Entity]) -> Optional[ArgRef]:
    if arg is None or arg.glossary_id is not None or arg.label_en is not None or arg.start is None:
        return arg  # linked already (a mention of the model alone, with no link, may be relinked)
    m = _SURNAME.match(arg.text)
    if not m:
        return arg
    name = m.group(1)
    before = [p for p in people if p.end <= arg.start and name in surname_forms(p.text)]  # as entities link
    if not before:
        return arg
    p = before[-1]
    if p.glossary_id is None and p.label_en is None and arg.entity_id is not None:
        return arg  # the full mention knows no more than this one
    return replace(arg, entity_id=p.id or None, glossary_id=p.glossary_id, label_en=p.label_en)
