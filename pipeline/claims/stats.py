"""Subjects of statistical statements: whose exports, whose trade total.

Runs once per document on original offsets, after the claims are extracted.  A claim whose subject
phrase is headed by a statistical noun (輸出, 貿易総額, GDP, 成長率 ... see :data:`STAT_HEADS`), or
whose predicate is a change of an amount the claim gives (…部門が104億ドルで28.9%増加した, see
:data:`content.CHANGE_WORDS`), and is not linked to an entity gets the entity the statistic belongs to:

- its possessor inside the phrase (``ASEANの2023年の輸出は…だった`` -> ASEAN): the phrase keeps its
  text and span, the link is the possessor's (``found_by``: :data:`FOUND_BY_POSSESSOR`).  A
  destination or origin (アメリカ向けの輸出, 中国からの輸入) is no possessor;
- otherwise the topic (``貿易総額は…だった``), unless the phrase names the topic as a partner or
  destination (ロシアとの貿易 in a paper about Russia): the possessor of the last statistical subject of the
  same paragraph, else that of an earlier paragraph (a brief names its country once: ``ブラジルの輸出は…``,
  then ``輸入額は…`` a paragraph later), else the entity the document's title line is about, or when the
  title names none the first country of the tag lines under it (``(バングラデシュ)``, a dateline)
  (``found_by``: :data:`FOUND_BY_TOPIC`); with none of them, the subject stays unlinked.

The change of a statistic is the statistic (``輸出の伸び``, ``貿易黒字の拡大``, ``輸入減少``: a change word of
:data:`content.CHANGE_WORDS` after a statistical head), and a balance (貿易黒字/赤字, 経常黒字/赤字) is one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .content import CHANGE_WORDS
from ..records import ArgRef, Claim, Entity

FOUND_BY_POSSESSOR = "dependency"
FOUND_BY_TOPIC = "topic"

STAT_HEADS = (
    "輸出", "輸入", "輸出入", "輸出額", "輸入額", "輸出量", "輸入量", "貿易", "貿易額", "貿易総額", "貿易収支",
    "輸出金額", "輸入金額", "輸出高", "輸入高", "経常収支", "総額", "直接投資", "GDP", "ＧＤＰ", "国内総生産", "経済成長率", "消費者物価", "インフレ率",
    "失業率", "外貨準備", "通貨価値", "為替相場", "財政赤字", "対外債務", "歳出", "歳入", "国防費", "軍事費", "国防予算",
    "伸び率", "増加率", "減少率", "成長率", "内訳", "総生産額", "貿易黒字", "貿易赤字", "経常黒字", "経常赤字",
)  # macro statistics of a country or a group; production or sales of a firm or a field are not here
# A change of an amount (…部門が104億ドルで28.9%増加した, 衣料品は5%減): a statistical statement whatever
# the subject noun, when the claim gives the amount (its quantities); the predicate starts with a change word.
_CHANGE_STEMS = tuple(sorted(CHANGE_WORDS))
_CHANGE_SUFFIXES = tuple(sorted((w for w in CHANGE_WORDS if len(w) > 1), key=len, reverse=True))  # 増/減 alone: too short
_TOPIC_TYPES = frozenset({"COUNTRY", "ORGANIZATION", "LOCATION"})
_LEAD_LINES = 6  # blocks that may hold a title and the tag lines under it (region, dateline, date, byline)
_TAG_CHARS = 40  # a tag line is short; a longer line is text
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[。．]")
_NOT_POSSESSOR = ("向け", "から", "への", "へ", "産", "製")


def stat_subjects(text: str, blocks: list[tuple[str, int, int]], claims: list[Claim],
                  entities: list[Entity]) -> list[Claim]:
    """Claims with the statistic's owner linked on their subject (see the module docstring)."""
    ents = sorted((e for e in entities if e.type in _TOPIC_TYPES), key=lambda e: e.start)
    owners = {i: _possessor(text, c.subject, ents) for i, c in enumerate(claims)
              if _is_stat(c.subject) or _amount_change(c)}
    doc_topic = _title_topic(text, blocks, ents)
    out, last_in_block, last = [], {}, None
    for i, c in enumerate(claims):
        block = next((b for b in blocks if b[1] <= c.start < b[2]), None)
        if i not in owners:
            linked = _linked_owner(c.subject, ents)
            if linked is not None:  # ブラジルの貿易収支, linked to its possessor when the phrase was built
                last_in_block[block] = last = linked
            out.append(c)
            continue
        owner, how = owners[i], FOUND_BY_POSSESSOR
        if owner is not None:
            last_in_block[block] = last = owner
        else:
            how = FOUND_BY_TOPIC
            owner = last_in_block.get(block) or last or doc_topic
            if owner is not None and _named_inside(owner, c.subject, ents):
                owner = None  # ロシアとの貿易 in a document about Russia: Russia is the partner, not the owner
        out.append(replace(c, subject=_linked(c.subject, owner, how)) if owner is not None else c)
    return out


def _is_stat(subject: Optional[ArgRef]) -> bool:
    return (subject is not None and subject.entity_id is None and subject.start is not None
            and _stat_phrase(subject.text))


def _stat_phrase(text: str) -> bool:
    """Is the phrase headed by a statistic, or by the change of one (輸出の伸び, 貿易黒字の拡大)?"""
    head = text.rstrip("はがも")
    change = next((w for w in _CHANGE_SUFFIXES if head.endswith(w)), None)
    if change is not None:  # the change of a statistic is that statistic
        head = head[:-len(change)].removesuffix("の")
    return head.endswith(STAT_HEADS)


def _linked_owner(subject: Optional[ArgRef], ents: list[Entity]) -> Optional[Entity]:
    """The entity a statistic's subject is linked to already (its possessor: ブラジルの貿易収支), else None."""
    if subject is None or subject.entity_id is None or subject.start is None or not _stat_phrase(subject.text):
        return None
    return next((e for e in ents if e.id == subject.entity_id), None)


def _amount_change(c: Claim) -> bool:
    """An unlinked common-noun subject of a change with its amount in the claim (石油部門が…28.9%増加した)."""
    s = c.subject
    return (s is not None and s.entity_id is None and s.start is not None and s.found_by != "frame"
            and c.predicate.startswith(_CHANGE_STEMS) and bool(c.quantities))


def _possessor(text: str, subject: ArgRef, ents: list[Entity]) -> Optional[Entity]:
    """The last entity in the phrase followed by の (ASEANの2023年の輸出 -> ASEAN), not a destination."""
    inside = [e for e in ents if subject.start <= e.start and e.end <= subject.end]
    for e in reversed(inside):
        after = text[e.end:subject.end]
        if after.startswith("の") and not after.startswith(_NOT_POSSESSOR):
            return e
    return None


def _named_inside(owner: Entity, subject: ArgRef, ents: list[Entity]) -> bool:
    key = owner.glossary_id or owner.text
    return any((e.glossary_id or e.text) == key for e in ents if subject.start <= e.start and e.end <= subject.end)


def _title_topic(text: str, blocks: list[tuple[str, int, int]], ents: list[Entity]) -> Optional[Entity]:
    """The first entity of the title: the first block when it is a heading, or the first line of a
    first paragraph when it has no sentence end (a short title line is not always told from the
    text: double-spaced pages glue it to the first paragraph)."""
    if not blocks:
        return None
    kind, s, e = blocks[0]
    if kind == "paragraph":
        line = text[s:e].split("\n", 1)[0]
        if len(blocks) < 2 and "\n" not in text[s:e] or line.rstrip().endswith(("。", "．", "、")):
            return None
        e = s + len(line)
    elif kind != "heading":
        return None
    first = next((x for x in ents if s <= x.start and x.end <= e), None)
    return first if first is not None else _tag_topic(text, blocks, ents)


def _tag_topic(text: str, blocks: list[tuple[str, int, int]], ents: list[Entity]) -> Optional[Entity]:
    """A title naming no entity: the short lines after it, up to the first sentence, that tag the item
    (``8月の輸出額は…増に`` / ``(バングラデシュ)`` / ``ダッカ発`` in a trade brief; ``2007年2月21日 リマ`` /
    ``ペルー・2006年の輸出、銅が牽引``): their first country (a city of a dateline is where, a country
    is whose), else their first entity."""
    lead: list[Entity] = []
    for _, s, e in blocks[:_LEAD_LINES]:
        for m in _LINE.finditer(text, s, e):
            if _SENTENCE_END.search(m.group()) or len(m.group().strip()) > _TAG_CHARS:
                return next((x for x in lead if x.type == "COUNTRY"), lead[0] if lead else None)
            lead.extend(x for x in ents if m.start() <= x.start and x.end <= m.end())
    return next((x for x in lead if x.type == "COUNTRY"), lead[0] if lead else None)


def _linked(subject: ArgRef, owner: Entity, found_by: str) -> ArgRef:
    return replace(subject, entity_id=owner.id or None, glossary_id=owner.glossary_id, label_en=owner.label_en,
                   found_by=found_by)
