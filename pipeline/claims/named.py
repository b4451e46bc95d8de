"""Claim arguments as the named things they mention, and the one constructor of an entity ArgRef.

A researcher reads a claim's arguments as *who or what* it involves.  `named_arguments` is a
document-level pass over the claims (after speaker frames and subjects are known):

- an unlinked argument phrase that contains several entity mentions (a clause such as 自衛隊による
  スーダン在留邦人の退避も…遂行されること) stands for those mentions, one argument each (nested
  mentions and one glossary entry count once; a reading, Latin form or acronym in brackets is the
  same referent as the name before it, and a quoted name (「…検討会」) is one thing); a phrase with
  one mention is linked to it (国際通貨基金(IMF)への支援, as a
  possessor links ユン長官の訪日); a mention the claim has as a target already is not repeated;
  a phrase with no mention, or one already linked, stays as it is;
- a country written as the office of a person named next to it (エジプトのシュクリ外務大臣, ラモラ・南アフリカ
  共和国国際関係大臣) is part of the person's title, not a referent of its own: the person stands for both;
- an argument that repeats another one (the same entity or glossary entry at an overlapping span) is
  kept once; conjuncts sharing a phrase (ベトナム、ミャンマー) are different entities and all stay;
- an argument that is the claim's own subject or source (the speaker 岸田大臣から read as a target)
  is dropped.

`entity_arg` builds an ArgRef from an Entity (the mention, or a longer phrase linked to it).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..records import ArgRef, Claim, Entity


def entity_arg(ent: Entity, text: Optional[str] = None, start: Optional[int] = None, end: Optional[int] = None,
               **extra) -> ArgRef:
    """An argument linked to ``ent``: its own mention, or the phrase ``text`` [start, end) headed by it."""
    return ArgRef(text=ent.text if text is None else text, entity_id=ent.id or None, glossary_id=ent.glossary_id,
                  label_en=ent.label_en, start=ent.start if start is None else start,
                  end=ent.end if end is None else end, **extra)


def named_arguments(claims: list[Claim], entities: list[Entity]) -> list[Claim]:
    """Claims whose objects and targets name the entities they contain (module docstring)."""
    ents = sorted((e for e in entities if e.start is not None), key=lambda e: (e.start, -(e.end - e.start)))
    return [_named(c, ents) for c in claims]


def _named(c: Claim, ents: list[Entity]) -> Claim:
    own = [a for a in (c.subject, c.source) if a is not None and a.start is not None]
    targets: list[ArgRef] = []
    for t in c.targets:
        if not any(_same_referent(t, o) for o in own + targets):
            targets.append(t)
    objects: list[ArgRef] = []
    for o in c.objects:
        for x in _expand(o, ents, targets):
            if not any(_same_referent(x, k) for k in own + objects):
                objects.append(x)
    if objects == list(c.objects) and targets == list(c.targets):
        return c
    return replace(c, objects=tuple(objects), targets=tuple(targets))


def _expand(a: ArgRef, ents: list[Entity], targets: list[ArgRef]) -> list[ArgRef]:
    """An unlinked phrase with mentions inside: linked to its one mention, or split into its mentions;
    mentions that are targets of the claim already are not repeated (ロシアとの契約 + target ロシア)."""
    if a.entity_id is not None or a.start is None or _quoted_name(a.text):
        return [a]  # 「…に関する有識者検討会」: a quoted name is one thing, not the names inside it
    inside: list[Entity] = []
    for e in ents:
        if a.start <= e.start and e.end <= a.end and not any(x.start <= e.start and e.end <= x.end for x in inside) \
                and not (e.glossary_id and any(x.glossary_id == e.glossary_id for x in inside)):
            inside.append(e)
    plain = [e for e in inside if not _in_brackets(a, e)]
    if inside and not plain:  # 日比円滑化協定（Reciprocal Access Agreement、RAA）: forms of one referent
        inside = inside[:1]
    else:
        inside = plain
    inside = [e for e in inside if not _office_country(a, e, inside)]
    fresh = [e for e in inside if not any(t.start is not None and t.start <= e.start and e.end <= t.end for t in targets)]
    if not fresh:
        return [a]
    if len(fresh) == 1 and len(inside) == 1:
        return [replace(a, entity_id=fresh[0].id or None, glossary_id=fresh[0].glossary_id, label_en=fresh[0].label_en)]
    return [entity_arg(e, found_by=a.found_by, marker=a.marker) for e in fresh]


def _office_country(a: ArgRef, e: Entity, inside: list[Entity]) -> bool:
    """Is COUNTRY mention ``e`` the country of a person's office in phrase ``a``: just before a PERSON
    mention (with の, ・ or nothing between: エジプトのシュクリ外務大臣), or just after one (with ・ or nothing
    between) and itself followed by the office title (ラモラ・南アフリカ共和国国際関係大臣)?"""
    if e.type != "COUNTRY":
        return False
    for p in inside:
        if p.type != "PERSON":
            continue
        if e.end <= p.start and a.text[e.end - a.start:p.start - a.start] in ("", "の", "・"):
            return True
        after = a.text[e.end - a.start:e.end - a.start + 1]
        if p.end <= e.start and a.text[p.end - a.start:e.start - a.start] in ("", "・") and after \
                and "\u4e00" <= after <= "\u9fff":
            return True
    return False


def _quoted_name(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in "「『" and t[-1] in "」』" and t.count(t[0]) == 1


def _in_brackets(a: ArgRef, e: Entity) -> bool:
    """Is mention ``e`` inside round brackets of the phrase (a reading, Latin form or acronym)?"""
    before = a.text[:e.start - a.start]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _overlap(a: ArgRef, b: ArgRef) -> bool:
    return b.start is not None and a.start < b.end and b.start < a.end


def _same_referent(a: ArgRef, own: ArgRef) -> bool:
    """``a`` repeats ``own`` (the subject, the source or an argument kept before): the same mention or
    unlinked phrase, the same entity or glossary entry at an overlapping span (岸田大臣 and the
    speaker 岸田; 国際通貨基金(IMF) and IMF inside it), or a speaker's phrase marked から/より."""
    if a.start is None or not _overlap(a, own):
        return False
    if (a.start, a.end) == (own.start, own.end) and (a.entity_id or None) == (own.entity_id or None):
        return True
    if a.entity_id is not None and (a.entity_id == own.entity_id or (a.glossary_id and a.glossary_id == own.glossary_id)):
        return True
    return a.marker in ("から", "より") and (own.entity_id is None or a.entity_id in (None, own.entity_id))
