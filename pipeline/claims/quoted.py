"""The second pass over a sentence: acts coordinated inside the bracketed quotation of a reported clause."""
from __future__ import annotations

from .args import ArgFinder
from .clause import Clause, set_spans
from .cues import normalise_cue
from .linked import coordinated_heads


def quoted_clauses(finder: ArgFinder, span, clauses: list[Clause], depths: list[int]) -> list[Clause]:
    """Coordinated clauses inside the bracketed quotation of a reported clause (声明は「安保理は…を糾弾し、
    …措置を取り、…意志を示した」と評価した): each act is a claim of its own, reported from the same source
    with the same cue, when it has its own subject or object (a bare …し、 adds nothing; a state or
    evaluation such as 「関係が希薄であり、…難しい」 stays part of the one quoted view)."""
    out = []
    for o in clauses:
        quote = o.an.quote if o.an.attributed and o.an.quote_bracketed else None
        if quote is None:  # only a report's quotation reports its acts (「…」と言える is the author's)
            continue
        qlo, qhi = quote[0] + 1, quote[1] - 1
        level = depths[finder.doc[quote[0]].idx - span.start_char] + 1
        heads = [h for h in coordinated_heads(finder, span, depths, (qlo, qhi), level) if h.i != o.an.pred.i]
        inner = [Clause(h, finder.analyse(h, qlo, qhi)) for h in heads]
        inner = [c for c in inner if c.an.pred.pos_ == "VERB" and not c.an.predicate.endswith("である")
                 and "ではなく" not in finder.doc[c.head.i:finder.bunsetu(c.head.i)[1]].text  # 「敵をつくるのではなく、…」
                 and (c.an.subject is not None or c.an.objects or c.an.targets)]  # 「…が希薄であり、…」: one view
        set_spans(finder, inner, qlo, qhi)
        cue = normalise_cue(finder.doc[quote[1]:finder.bunsetu(o.head.i)[1]].text)  # と述べた, と評価した
        for c in inner:
            c.source, c.extra_cues = o.an.source, [cue]
        out.extend(inner)
    return out
