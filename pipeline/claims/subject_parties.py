"""The other parties named inside a claim's subject phrase, as targets.

A subject phrase often names, besides what the claim is about, the party of a relation, a trade flow or a
measure: サウジとの関係改善自体が…目標だった (Saudi Arabia), EU向け輸出は…占める (the EU), ブラジルの対中国輸出額は
…となり (China), 中東への輸出額は…増 (the Middle East), 日本向けが伸長した (Japan).  The annotation rules list
every named participant (a trade statistic's destination is a target: dev2 README), and the case frame of
the predicate (`claims.targets`) only sees its own dependents; `ArgFinder` reads the parties of a subject
phrase only when the parse gave the subject (`_setting_parties`), not for subjects found later (a topic
carried over, a zero subject filled by `claims.fill`).

`subject_parties` is a document-level pass on original offsets, after every subject is final: a named
mention inside the claim's own subject phrase (the phrase within the claim's span, not a speaker from a
frame) that is marked as a party -- followed by との/への/に対する/向け/からの/との間の (a bracketed note or
gloss between them is skipped: 中東(注)への, 北大西洋条約機構(NATO)との), or preceded by the prefix 対
(対中国輸出額, 対露制裁), or glued to a verbal noun of :data:`ACT_NOUNS` (NATO加盟以外の選択肢, 中国訪問の成果:
the name is what the act is done to) -- becomes a target with that marker, unless it is the subject's own referent
or the claim has it as an argument already.  Where it is inside a phrase (での, における, の) it is no party:
ガザ地区での死者 names a place, ブラジルの輸出 the owner.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .named import entity_arg
from ..records import Claim, Entity

PARTY_MARKS = ("との間の", "との", "への", "に対する", "に対しての", "向けの", "向け", "からの")
PARTY_PREFIX = "対"
# Verbal nouns glued after a name: the name is what the act is done to (NATO加盟, 中国訪問, 国連復帰).
ACT_NOUNS = ("加盟", "訪問", "侵攻", "侵略", "派遣", "復帰", "脱退", "攻撃", "承認", "参加")
_NOTE = re.compile(r"\s*(?:（[^（）]{0,30}）|\([^()]{0,30}\))")  # 中東(注)への, 機構(NATO)との


def subject_parties(claims: list[Claim], entities: list[Entity], text: str) -> list[Claim]:
    """Claims with the parties named inside their subject phrase added as targets (module docstring)."""
    ents = sorted((e for e in entities if e.start is not None), key=lambda e: (e.start, -(e.end - e.start)))
    return [_with_parties(c, ents, text) for c in claims]


def _with_parties(c: Claim, ents: list[Entity], text: str) -> Claim:
    s = c.subject
    if s is None or s.start is None or s.found_by == "frame" or not (c.start <= s.start and s.end <= c.end):
        return c
    have = [a for a in c.objects + c.targets if a.start is not None]
    new = []
    for e in ents:
        if not (s.start <= e.start and e.end <= s.end) or (s.entity_id and e.id == s.entity_id):
            continue
        if any(x.start <= e.start and e.end <= x.end for x in new) or any(
                a.start < e.end and e.start < a.end and (a.entity_id == e.id or a.glossary_id == e.glossary_id)
                for a in have):
            continue
        mark = _party_mark(text, e, s.start, s.end)
        if mark is not None:
            new.append(entity_arg(e, found_by="dependency", marker=mark))
    return replace(c, targets=c.targets + tuple(new)) if new else c


def _party_mark(text: str, e: Entity, start: int, end: int):
    """The marker that makes mention ``e`` a party inside the phrase [start, end), else None."""
    at = e.end
    note = _NOTE.match(text, at, end)
    if note is not None:
        at = note.end()
    after = text[at:end]
    mark = next((m for m in PARTY_MARKS if after.startswith(m)), None)
    if mark is not None and (at + len(mark) < end or mark == "向け"):  # 日本向けが伸長: 向け may end it
        return mark
    if e.start - 1 >= start and text[e.start - 1] == PARTY_PREFIX:
        return PARTY_PREFIX
    if text.startswith(ACT_NOUNS, e.end) and e.end < end:
        return next(n for n in ACT_NOUNS if text.startswith(n, e.end))
    return None
