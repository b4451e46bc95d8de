"""A clause of a sentence while claims are extracted: its outer head, analysis and character span.

`set_spans` gives each clause of one sentence (or one quotation) its evidence span: from its first
dependent (the first clause: from the window start) to the end of its head's bunsetu."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .args import Analysis, ArgFinder
from .cues import CLAUSE_COMMAS, CLOSE_BRACKETS, OPEN_BRACKETS
from ..records import ArgRef


@dataclass
class Clause:
    """One clause head of a sentence; ``start``/``end`` are character offsets set by `set_spans`."""
    head: object  # spaCy Token: the outer predicate (wrapper or plain)
    an: Analysis
    start: int = 0
    end: int = 0
    subject: Optional[ArgRef] = None
    topic: bool = False
    extra_cues: list[str] = field(default_factory=list)
    source: Optional[ArgRef] = None


def set_spans(finder: ArgFinder, clauses: list[Clause], lo: int, hi: int) -> None:
    doc = finder.doc
    heads = {c.head.i for c in clauses}
    prev_end_tok = lo
    for k, c in enumerate(clauses):
        own = own_tokens(c.head, heads, lo, hi)
        first = lo if k == 0 else compound_start(doc, max(min(own), prev_end_tok), prev_end_tok)
        _, be = finder.bunsetu(c.head.i)
        be = next((t.i for t in doc[c.head.i:be] if t.text in CLAUSE_COMMAS), be)  # 設置し、|南沙（…）: a misparsed bunsetu
        last = be - 1
        while last > first and doc[last].pos_ == "PUNCT" and doc[last].text not in CLOSE_BRACKETS:
            last -= 1
        while first < last and doc[first].pos_ == "PUNCT" and doc[first].text not in OPEN_BRACKETS:
            first += 1
        c.start, c.end = doc[first].idx, doc[last].idx + len(doc[last].text)
        prev_end_tok = be


def compound_start(doc, first: int, floor: int) -> int:
    """A clause never starts inside a noun compound: 南沙（スプラトリー）|諸島で… starts at 南沙."""
    while first - 1 >= floor and not doc[first - 1].tag_.startswith(("動詞", "形容詞")) and (
            doc[first - 1].pos_ in ("NOUN", "PROPN", "NUM", "SYM") or doc[first - 1].text in "（）()"):
        first -= 1
    return first


def own_tokens(head, heads: set[int], lo: int, hi: int) -> list[int]:
    own, stack = [], [head]
    while stack:
        t = stack.pop()
        own.append(t.i)
        stack.extend(ch for ch in t.children if lo <= ch.i < hi and ch.i not in heads)
    return own
