"""Formal complements of a copula read through to the clause they close: what a sentence ending in
…しているところであります, …に達する見込みである, …を許さない状況だ asserts is the verb before the noun.

GiNZA makes the formal noun the root (ところ|で|あり|ます) and the verb a relative clause (acl) on it,
so the claim's predicate came out as the bare copula (である) with the whole clause as its object.
`formal_head(finder, head, lo)` gives that verb, which then stands as the clause's head for every
reading after it (a と-complement of …と考えているところです is the speaker's own view, as without
ところ); the noun's copula still closes the predicate's tail, so …見込みである stays speculative
(cues.SPECULATIVE_CUES) and a negation after the noun still counts.

Only nouns that name an aspect, an expectation or a situation of the clause itself are read
through; a noun with content of its own (方針, 考え, 目標) stays the predicate nominal, and a
…というところ / …という状況 quotation keeps its noun (the quotation is the complement).
"""
from __future__ import annotations

# ところ: aspect (…しているところである, …したところです); 見込み / 予定: a forecast, a plan;
# 状況 / 最中: the clause describes the state things are in (予断を許さない状況だ).
FORMAL_COMPLEMENTS = frozenset({"ところ", "所", "見込み", "見通し", "予定", "状況", "最中", "わけ", "訳"})  # …わけです
SAYING = frozenset({"言う", "いう", "云う"})  # …という: what follows a quotation is no relative clause of it


def relative_clause_verb(noun, lo: int, accept):
    """The last relative-clause verb (acl) on ``noun``, from token ``lo`` on, that ``accept`` takes;
    None without one (formal_head, content.described, pred.mono_through)."""
    acl = [c for c in noun.children if lo <= c.i < noun.i and c.dep_ == "acl" and accept(c)]
    return acl[-1] if acl else None


def quotation_between(tokens, closers=("」", "』")) -> bool:
    """A quotation (a closing bracket or いう) among ``tokens``: then the clause is the quoted complement."""
    return any(t.lemma_ in SAYING or t.text in closers for t in tokens)
LIGHT_SURU = frozenset({"する", "いたす", "致す"})  # the humble いたす is する (承知をいたしております)


def verbal_noun_object(finder, head, lo: int):
    """The サ変 noun ``head`` takes with を (議論を行った, 意見交換を行いたい), from token ``lo`` on; None without."""
    return next((c for c in head.children if lo <= c.i < head.i and "サ変" in c.tag_ and finder.particles(c) == "を"),
                None)


def formal_head(finder, head, lo: int):
    """The verb or adjective of the relative clause on the formal noun ``head`` when ``head`` is a
    copular predicate nominal of FORMAL_COMPLEMENTS (…展開しているところであります -> 展開); None otherwise."""
    if head.lemma_ not in FORMAL_COMPLEMENTS or not head.tag_.startswith("名詞") or not finder.has_copula(head):
        return None
    verb = relative_clause_verb(head, lo, lambda c: c.pos_ in ("VERB", "ADJ") or c.tag_.startswith(("動詞", "形容詞")))
    if verb is None:
        return None
    if quotation_between(finder.doc[verb.i + 1:head.i], ("」", "』", "、", ",", "，")):
        return None  # 「…」というところである / …する、その状況: the quotation or phrase is the complement
    if verb.lemma_ in SAYING and head.lemma_ in ("わけ", "訳"):  # …進めてきたということになるわけです
        said = [c for c in verb.children if c.i < verb.i and c.pos_ in ("VERB", "ADJ") and finder.particles(c) == "と"]
        return said[-1] if said and finder.doc[said[-1].i:verb.i].text.count("」") == 0 else None
    return verb


def polite_copula(finder, head):
    """The complement X of the polite copula Xでございます (the parser makes ござる the root and X its
    dependent): X then heads the clause as before である (課題でございます -> 課題である); None otherwise."""
    if head.lemma_ != "ござる" or head.i < 2:
        return None
    cop, x = finder.doc[head.i - 1], finder.doc[head.i - 2]
    if cop.lemma_ != "だ" or cop.text != "で" or cop.head.i != x.i or x.head.i != head.i:
        return None
    return x if x.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") else None


# …増加傾向にある, …緊密な関係にある, …最終段階にございます: the state noun names what is asserted.
STATE_NOUNS = frozenset({"傾向", "状況", "状態", "立場", "段階", "局面", "関係", "方向", "途上"})
_EXIST = frozenset({"ある", "ござる"})


def state_or_need(finder, pred, lo: int):
    """(token, predicate) of an existential clause whose content is not ある itself: a state noun with に
    (…増加傾向にございます -> 増加傾向にある) or a necessity (…加速化していく必要があります -> the verb,
    predicate 加速化する必要がある); None otherwise."""
    if pred.lemma_ not in _EXIST:
        return None
    for c in sorted(pred.children, key=lambda t: -t.i):
        if not (lo <= c.i < pred.i) or c.pos_ not in ("NOUN", "ADJ"):
            continue
        marks = finder.particles(c)
        if c.lemma_ in STATE_NOUNS and marks == "に":
            return pred, compound_text(finder, c) + "にある"
        if c.lemma_ == "必要" and marks in ("が", "は", "も"):
            verb = _modifying_verb(finder, c, lo)
            if verb is not None:
                glued = compound_text(finder, verb)[:-len(verb.lemma_)] if verb.pos_ == "NOUN" else ""  # 加速+化
                return verb, glued + finder.predicate_phrase(verb) + "必要がある"
    return None


def compound_text(finder, noun) -> str:
    """The noun with the prefixes and compound nouns glued before it (片+貿易 -> 片貿易)."""
    i = noun.i
    while i - 1 >= 0 and finder.doc[i - 1].dep_ == "compound" and finder.doc[i - 1].head.i == noun.i \
            and finder.doc[i - 1].pos_ in ("NOUN", "NUM"):
        i -= 1  # 二+国+間+関係
    return finder.doc[i:noun.i].text + noun.lemma_


def relative_verb(noun, lo: int):
    """The last verb or adjective of a relative clause (acl) on ``noun`` between ``lo`` and it
    (…を強化する|ため -> 強化する, …とする|こと -> する); None when there is none."""
    acl = [c for c in noun.children if lo <= c.i < noun.i and c.dep_ == "acl" and c.pos_ in ("VERB", "ADJ")]
    return acl[-1] if acl else None


def _modifying_verb(finder, noun, lo: int):
    """The verb of the bunsetu right before ``noun`` when that bunsetu ends in an attributive form
    (…強化する|必要): found on the surface, as the parser may hang the verb elsewhere."""
    bs, _ = finder.bunsetu(noun.i)
    if bs != noun.i or bs - 1 < lo:
        return None
    pbs, pbe = finder.bunsetu(bs - 1)
    last = finder.doc[pbe - 1]
    infl = last.morph.get("Inflection")
    if not infl or "連体形" not in infl[0]:
        return None
    verbs = [t for t in finder.doc[max(pbs, lo):pbe] if t.dep_ != "fixed"
             and (t.pos_ in ("VERB", "ADJ") or t.tag_.startswith(("動詞-一般", "形容詞", "名詞-普通名詞-サ変", "接尾辞-名詞的-サ変")))]
    return finder.lexical(verbs[-1], lo) if verbs else None
