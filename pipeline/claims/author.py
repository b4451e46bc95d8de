"""本稿 / 筆者 as the document's author: a paper or commentary speaking of itself.

A paper says 本稿は…を検討する and 筆者は…と考える; the parse finds the phrase but no entity, so the
claim's subject or source names nobody, where a researcher reads the author.  An unlinked subject or
source whose whole text is one of :data:`SELF` links to the author named in the document's lead: the
first person in the lines before the body text (the byline 髙山嘉顕(日本国際問題研究所研究員)), else
the first organisation there (a commentary signed by its institute: 公益財団法人日本国際フォーラム).
With no name in the lead the phrase stays unlinked.  A phrase inside a bracketed quotation is the
quoted writer's, and is left alone.  Runs once per document on original offsets.
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import Claim, Entity
from .selfref import is_self_reference, link_self_reference

SELF = frozenset({"本稿", "筆者", "本論文", "本論", "小論", "小稿", "拙稿", "本研究", "本報告", "本レポート", "本コメンタリー",
                  "本論考", "筆者ら", "筆者自身"})
FOUND_BY_AUTHOR = "topic"
_BODY = re.compile(r"[^\n]{40,}")  # the first long line is body text; the lead is what stands before it


def author_links(claims: list[Claim], entities: list[Entity], text: str) -> list[Claim]:
    """Claims whose 本稿/筆者 subject or source is linked to the author of the lead (module docstring)."""
    if not any(is_self_reference(a, SELF, "entity_id") for c in claims for a in (c.subject, c.source)):
        return claims
    author = lead_author(text, entities)
    if author is None:
        return claims
    target = {"entity_id": author.id or None, "glossary_id": author.glossary_id, "label_en": author.label_en,
              "found_by": FOUND_BY_AUTHOR}
    return link_self_reference(claims, SELF, target, text, ("subject", "source"), unless="entity_id")


def lead_author(text: str, entities: list[Entity]) -> Optional[Entity]:
    """The first PERSON before the body text, else the first ORGANIZATION there; None without either."""
    body = _BODY.search(text)
    end = body.start() if body is not None else len(text)
    lead = sorted((e for e in entities if e.start is not None and e.end <= end), key=lambda e: e.start)
    return next((e for e in lead if e.type == "PERSON"), None) or next((e for e in lead if e.type == "ORGANIZATION"), None)
