"""Clause heads found on the surface: the predicate of each bunsetu that ends a clause linked to the
next one (…を開催し、 / …であり、 / …低下したものの、 / …するなど、 / …が始まる一方、)."""
from __future__ import annotations

from .args import ArgFinder
from .content import listed
from .cues import (
    CLAUSE_COMMAS, CONCESSIVE_ENDINGS, CONCURRENT_ENDINGS, COORD_SCONJ, PARTICLE_VERBS, PARTICLE_VERB_MARKS,
    SUBORDINATE_ENDINGS,
)

CONTRAST_NOUNS = frozenset({"一方", "反面", "ほか", "他"})  # …開催する一方、 / …運ばれたほか、: the clause before is one


def coordinated_heads(finder: ArgFinder, span, depths: list[int], window=None, level: int = 0) -> list:
    """Predicates of bunsetu that end a coordinated clause with 、 at bracket depth ``level`` (0: outside
    every bracket), within the token ``window`` (default: the sentence).

    Found on the surface rather than from dependency labels: GiNZA often attaches a 連用中止
    clause (…を開催し、…を宣言した) to a relative clause or a noun."""
    lo, hi = window or (span.start, span.end)
    doc, out, i = finder.doc, [], lo
    while i < hi:
        bs, be = finder.bunsetu(i)
        bs, be = max(bs, lo), min(be, hi)
        comma = doc[be - 1]
        if be - bs >= 2 and comma.text in CLAUSE_COMMAS and depths[comma.idx - span.start_char] == level:
            pred = bunsetu_pred(finder, bs, be - 1)
            if pred is not None and is_coordinated(finder, pred, bs, be):
                out.append(pred)
            elif (act := example_act(finder, bs, be)) is not None:
                out.append(act)
            elif doc[bs].lemma_ in CONTRAST_NOUNS and be - bs == 2 and bs > span.start:
                pred = bunsetu_pred(finder, finder.bunsetu(bs - 1)[0], bs)  # …が始まる|一方、
                if pred is not None and doc[bs - 1].pos_ != "PUNCT":
                    out.append(pred)
            elif listed_amount(finder, bs, be, lo) is not None:
                out.append(listed_amount(finder, bs, be, lo))
        elif depths[doc[be - 1].idx - span.start_char] == level and chained_act(finder, bs, be, hi) is not None:
            out.append(chained_act(finder, bs, be, hi))
        i = be
    return out


def example_act(finder: ArgFinder, bs: int, be: int):
    """The verb of …決議を履行するなど、 / …役割を自認したなど、: an act given as an example of what the
    subject does is asserted like a coordinated clause (…などの, a noun before など, is no clause)."""
    doc = finder.doc
    if be - bs < 3 or doc[be - 2].lemma_ != "など" or doc[be - 2].pos_ not in ("PART", "ADP"):
        return None
    end = doc[be - 3]
    if end.pos_ not in ("VERB", "AUX") or not any(x in inflection(end) for x in ("終止形", "連体形")):
        return None
    pred = bunsetu_pred(finder, bs, be - 2)
    return pred if pred is not None and pred.pos_ in ("VERB", "ADJ") and pred.dep_ != "acl" else None


def bunsetu_pred(finder: ArgFinder, bs: int, end: int):
    doc = finder.doc
    for t in reversed(doc[bs:end]):
        if t.pos_ in ("AUX", "SCONJ", "PUNCT", "ADP") or t.dep_ == "fixed":
            continue
        if t.pos_ in ("VERB", "ADJ") or t.tag_.startswith("形容詞") or has_copula(finder, t):
            return t  # 根深く、: an adjective GiNZA tags NOUN is still one
        return None
    return None


def has_copula(finder: ArgFinder, tok) -> bool:
    return finder.has_copula(tok)


def is_coordinated(finder: ArgFinder, pred, bs: int, be: int) -> bool:
    """A clause linked by 連用形/て/が + 、 (…に達し、 / …であり、 / …ており、 / …であったが、), or a 終止形
    that summaries of speech juxtapose (…お会いでき嬉しく思う,パートナーシップは開花しており,…と述べました)
    unless it modifies a noun (…に属さない、独立した一つの「極」)."""
    doc = finder.doc
    body = doc[bs:be - 1].text
    last = doc[be - 2]
    if body.endswith(CONCURRENT_ENDINGS) and pred.pos_ == "VERB":
        return True  # …を歓迎するとともに、 / …会談を行ったところ、 / …を表明しつつ、: an act of its own
    if body.endswith(CONCESSIVE_ENDINGS):
        return True  # …低下したものの、: asserted, unlike ば / ため / ながら
    if body.endswith(SUBORDINATE_ENDINGS) or "連用形-ニ" in inflection(last):
        return False
    if last.text == "で" and last.dep_ == "cop":  # 認識は平行線で、: the copula's 連用形 after its own subject
        return any(c.i < pred.i and finder.particles(c) in ("は", "が") for c in pred.children)
    prev = doc[pred.i - 1] if pred.i > 0 else None
    if pred.lemma_ in PARTICLE_VERBS and prev is not None and prev.pos_ == "ADP":
        return False  # に加え、 / にかけて、 / に向けて、: compound particles, not clauses
    if prev is not None and particle_verb(pred, prev):
        return False  # につきまして、 / におきまして、 / としまして、: compound particles, not clauses
    if pred.lemma_ == "ある" and last.lemma_ == "て":
        return False  # その甲斐あって、
    if last.pos_ == "SCONJ":
        return last.lemma_ in COORD_SCONJ
    if last.pos_ in ("VERB", "AUX", "ADJ") and "終止形" in inflection(last):
        return pred.dep_ != "acl" and pred.head.pos_ not in ("NOUN", "PROPN")  # …属さない、独立した「極」: a relative clause
    return (last.pos_ in ("VERB", "AUX", "ADJ") or last.tag_.startswith("形容詞")) and "連用形" in inflection(last)


def particle_verb(pred, prev) -> bool:
    """``pred`` with the particle ``prev`` is a compound particle (PARTICLE_VERB_MARKS).  Xとする is one
    only after a noun, without an object of its own and not after こと (目標を2030年とし、 and
    …引き上げることとし、 set or decide something; …要請があったとされ、 reports it: clauses)."""
    if prev.pos_ != "ADP" or PARTICLE_VERB_MARKS.get(pred.lemma_) != prev.lemma_:
        return False
    if pred.lemma_ != "する":
        return True
    noun = prev.head if prev.head.i < prev.i else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_ in ("こと", "事", "よう", "もの"):
        return False
    return not any(c.dep_ == "obj" for c in pred.children)


def inflection(tok) -> str:
    infl = tok.morph.get("Inflection")
    return infl[0] if infl else ""


def listed_amount(finder: ArgFinder, bs: int, be: int, lo: int):
    """The amount closing …、 in a list of statistics, each with its own subject (輸出が前年比2.5%増の
    2,650億ドル、輸入が…だった): the amount is a clause of its own, as the last one is with its copula.
    Only an amount (a counter or a number) with a が/は subject of its own after the last 、 counts:
    …インドネシアに10億ドル、タイに… lists no clause."""
    amount = finder.doc[be - 2]
    if not listed(finder, amount):
        return None
    doc = finder.doc
    for t in reversed(doc[lo:bs]):  # back to the 、 that opens this listed clause
        if t.text in CLAUSE_COMMAS or t.pos_ in ("VERB", "AUX", "ADJ") or (t.pos_ == "ADP" and t.lemma_ not in ("の", "が", "は")):
            return None  # 日本は|インドネシアに|10億ドル、: the amount is an argument of a later verb
        if t.pos_ in ("NOUN", "PROPN") and finder.particles(t) in ("が", "は"):
            return amount  # 輸入が|同4.3%減の|2,330億ドル、
    return None


def chained_act(finder: ArgFinder, bs: int, be: int, hi: int):
    """A verbal noun + し with no comma, chained to the next act (中国側に抗議し自制を要求した, 大使を召還し
    制裁を発動した): each act is asserted.  Kept only when both acts have their own argument (an object or
    a particle phrase before each verb) so a compound act (…を検討し続ける) or an adverbial 連用形
    (決定を受け…) stays one clause."""
    doc = finder.doc
    if be - bs < 2 or be >= hi or doc[be - 1].lemma_ != "する" or "連用形" not in inflection(doc[be - 1]):
        return None
    pred = doc[be - 2]
    if pred.pos_ != "VERB" or "サ変可能" not in pred.tag_ or pred.dep_ != "advcl" or pred.lemma_ in PARTICLE_VERBS:
        return None
    head = pred.head
    if not (be <= head.i < hi) or head.pos_ != "VERB" or head.lemma_ in ("なる", "成る"):
        return None  # …32.7%増加し430億ドルとなった: one change read through なる (claims.content)
    own = lambda v, a, b: any(c.dep_ in ("obj", "obl", "iobj") and a <= c.i < b for c in v.children)  # noqa: E731
    return pred if own(pred, 0, pred.i) and own(head, be, head.i) else None
