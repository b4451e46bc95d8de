"""Noise claims: text that has the shape of a clause head but asserts nothing.

A sentence with no predicate (no verb, adjective, auxiliary or copula at its root) is read as a
claim only when it is a finished nominal sentence (体言止め: …で合意。, …の共同声明を採択。): it ends
in sentence-final punctuation and its last root is a common noun.  So a heading or title line that
reached a paragraph (第26回ASEAN+3（日中韓）首脳会議, 質疑応答, 岸田外務大臣会見記録), a list label
(（1）政治・安全保障), a bare number and a fragment cut off mid-phrase make no claim; an amount
followed by its predicate (…0.4%に過ぎない。) stays a claim.  A claim whose
predicate is a number (3, ２．５) is never kept either.  (Bracketed note markers, …宣言した[1]。, never reach
the parser: the repair step removes them with the other footnote markers.)
"""
from __future__ import annotations

import re

from ..text import SENTENCE_END

_NUMBER = re.compile(r"^[\d０-９][\d０-９.,．，]*[%％]?$")
_NOMINAL_POS = frozenset({"NOUN"})


def nominal_heads(span, roots: list) -> list:
    """The head of a predicate-less sentence ``span`` (from ``roots``), or [] when it is noise."""
    if not roots:
        return []
    last = roots[-1]
    if not span.text.rstrip().endswith(tuple(SENTENCE_END)):
        return []  # a title, heading, label or fragment: no sentence end
    tail = [t for t in span if t.i > last.i and t.pos_ not in ("PUNCT", "SYM", "SPACE")]
    if tail and (last.like_num or last.pos_ == "NUM" or last.tag_.endswith("助数詞可能")):
        return [last]  # ロシアの割合は0.4%に過ぎない。: the amount is what is asserted
    if last.pos_ == "PROPN" and not tail and _topic(last):
        return [last]  # 本部はリヤド。 / 首都はナイロビ。: a name stated of its own topic (encyclopedic style)
    if last.pos_ not in _NOMINAL_POS or last.like_num or _NUMBER.match(last.text):
        return []  # a name, number or symbol alone
    return [last]


def _topic(head) -> bool:
    """``head`` has a subject or topic of its own marked by は or が (本部は|リヤド)."""
    return any(c.i < head.i and c.dep_ in ("nsubj", "dislocated") and any(
        m.dep_ == "case" and m.lemma_ in ("は", "が") for m in c.children) for c in head.children)


def is_noise_predicate(predicate: str) -> bool:
    """A predicate that is a number (3, ２．５) is an extraction error, never a claim."""
    return not predicate.strip() or bool(_NUMBER.match(predicate.strip()))
