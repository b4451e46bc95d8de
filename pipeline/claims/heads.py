"""Head nouns that hand the argument to what modifies them (used by `claims_phrase`).

- a content noun with a clause modifying it (衆議院を解散する|考え, ベトナムと協議する|方針): the clause,
  with the names in it, is the argument, not the bare noun (`content_clause`);
- a generic head with a name apposed by という before it (アンゴラという…国): the name is what the
  phrase stands for (`apposed`).
"""
from __future__ import annotations

from typing import Optional

from ..records import Entity

# Nouns whose modifying clause is their content (…を解散する考え, …と協議する方針): the clause, with the
# names in it, is the argument, not the bare noun.
CONTENT_NOUNS = frozenset({"考え", "方針", "意向", "意思", "構え", "姿勢", "用意", "決意", "立場", "計画", "意欲", "見解",
                           "認識", "見通し", "必要性", "可能性", "見方", "意図", "狙い", "考え方"})

# Generic heads that a name apposed with という stands for (モンゴルという国, ソロモン諸島という島国).
APPOSITION_HEADS = frozenset({"国", "島国", "地域", "都市", "組織", "団体", "機関", "企業", "会社", "政党", "島", "町", "市"})


def apposed(finder, tok, lo: int) -> Optional[Entity]:
    """The entity named by ``Xという`` before the generic head ``tok`` in the same clause (no comma,
    topic or sentence end between), however the parser attached it."""
    doc = finder.doc
    for i in range(tok.i - 1, max(lo, 1), -1):
        t = doc[i]
        if t.text in ("、", "，", ",", "。") or (t.lemma_ == "は" and t.pos_ == "ADP"):
            return None
        if t.text == "と" and i + 1 < tok.i and doc[i + 1].lemma_ == "いう":
            before = doc[i - 1]
            return next((x for x in finder.entities if x.start <= before.idx < x.end and x.end == t.idx), None)
    return None


def content_clause(tok) -> bool:
    """A content noun (:data:`CONTENT_NOUNS`) with a clause modifying it: 衆議院を解散する|考え."""
    return tok.lemma_ in CONTENT_NOUNS and any(c.dep_ == "acl" and c.i < tok.i for c in tok.children)
