"""Targets: the other party of a claim, from the case frame of its predicate.

A target is a noun phrase marked, on the predicate or inside one of its objects, by

| marker | example | where |
|---|---|---|
| と | 米国と合意した, 米国とは会談した | a dependent of the predicate (not a quotation: …と述べた is a report; with the light verb する too: 外相と議論をしたい, 首相とお会いする) |
| との間で | フィリピンとの間で…署名した | the possessor of 間 (間で is a dependent of the predicate) |
| に対し, に対して | フィリピンに対して抗議した | a dependent of the predicate |
| にとって | 中国はブラジルにとって最大の市場となった | a dependent of the predicate: the party for whom it holds |
| から | ロシアから武器を購入している | the giver (購入, 輸入, 受ける) or the speaker (…から説明を受けた); `marker` keeps から so a reader can tell the role |
| へ | 中国へ武器を輸出した | a dependent of the predicate |
| 向けに | ベトナム向けに戦闘機を製造した | a dependent ending in the suffix 向け |
| を相手に | 中国を相手に交渉した | the を-phrase right before 相手に (not an object then) |
| との, への, に対する, からの, との間の | ロシアとの契約をやめている | a modifier of an object (a dependent, or a noun so marked inside the object's phrase): the party of the object's relation |

Dates (2022年から) and time nouns are never targets.  The phrase and its entity link follow the
policy of `claims.phrase`; coordinated targets are split by `claims.coord` like every argument.
"""
from __future__ import annotations

from .cues import ADVERBIAL_NOUNS

PRED_MARKERS = ("と", "に対し", "に対して", "から", "へ", "とも", "からも", "へも", "に対しても", "にとって", "にとっても")
ABOUT_MARKS = ("について", "に関して", "に関し", "につき", "をめぐり", "をめぐって")
NESTED_MARKERS = ("との", "への", "に対する", "からの", "との間の", "に対しての", "向けの")
_NOUNS = ("NOUN", "PROPN", "PRON")
# X と V where X is a complement, not a party: 障害となる, 目標とする, 重要と考える, 脅威と見なす
COMPLEMENT_TO_VERBS = frozenset({"なる", "する", "見る", "考える", "呼ぶ", "称する", "位置付ける", "位置づける",
                                 "見なす", "みなす", "言う", "思う", "評価", "認識", "定義", "規定"})


def find_targets(finder, pred, lo: int, hi: int, objects: list, quote_wrapper: bool) -> tuple[list, list]:
    """([(token, marker)], tokens to drop from objects) for the predicate ``pred`` in tokens [lo, hi)."""
    out, drop = [], []
    for c in sorted(pred.children, key=lambda t: t.i):
        if not (lo <= c.i < pred.i) or c.pos_ not in _NOUNS or finder.is_date(c):
            continue
        marks = finder.particles(c)
        if c.lemma_ == "間" and marks == "で":
            out += [(p, "との間で") for p in _possessors(finder, c, ("との",))]
        elif c.lemma_ == "相手" and marks == "に":
            prev = [t for t in pred.children if t.i < c.i and finder.particles(t) == "を" and t.pos_ in _NOUNS
                    and finder.bunsetu(t.i)[1] == finder.bunsetu(c.i)[0]]
            out += [(p, "を相手に") for p in prev]
            drop += prev + [c]
        elif c.text.endswith("向け") and marks in ("に", "にも"):
            out.append((c, "向けに"))
            drop.append(c)
        elif c.lemma_ in ADVERBIAL_NOUNS:
            continue
        elif marks == "からは":
            continue  # 日本からは、…外相が訪問し / 外相からは、…歓迎する: the side it comes from (speech.speaker_topic)
        elif marks.endswith("は") and marks[:-1] in PRED_MARKERS and pred.pos_ == "VERB" \
                and not (marks.startswith("と") and _complement_verb(pred)):
            out.append((c, marks[:-1].rstrip("も") or marks[:-1]))  # 米国とは会談した: a party made the topic
        elif marks in PRED_MARKERS and not (marks.startswith("と") and (
                (quote_wrapper and (pred.pos_ != "VERB" or finder.bunsetu(c.i)[1] > finder.bunsetu(pred.i)[0]))
                or _complement_verb(pred))):
            # under …と述べた/…と思う a noun X と before a verbal content predicate is its party (外相と議論を
            # したいと思います); the quotation's own と follows the predicate
            out.append((c, marks.rstrip("も") or marks))
    out += _comma_parties(finder, pred, lo)
    for o in objects:
        if o in drop:
            continue
        out += [(p, m) for p, m in _possessor_marks(finder, o) if m in NESTED_MARKERS]
    seen, uniq = set(), []
    for t, m in sorted(out, key=lambda x: x[0].i):
        if t.i not in seen:
            seen.add(t.i)
            uniq.append((t, m))
    return uniq, drop


def _comma_parties(finder, pred, lo: int) -> list:
    """X と、 hung by the parser on a topic phrase after it (外相と、|連携について議論をしたい): a person
    is not coordinated with what is talked about, so X is the party of the predicate that phrase depends
    on.  (と、 may coordinate otherwise: シャリフ氏と、…バジパイ氏の誕生日, 人口と、…GDPを抱え.)"""
    out = []
    for t in finder.doc[max(lo, 0):pred.i]:
        if t.pos_ not in _NOUNS or t.head.i == pred.i or t.head.pos_ not in _NOUNS or t.head.head.i != pred.i \
                or finder.particles(t) not in ("と", "とは") or finder.is_date(t) \
                or finder.particles(t.head) not in ABOUT_MARKS:
            continue
        k = t.i + 1
        while k < pred.i and finder.doc[k].pos_ == "ADP":
            k += 1
        if finder.doc[k].text in ("、", "，", ","):
            out.append((t, "と"))
    return out


def _complement_verb(pred) -> bool:
    """Does X と before ``pred`` name a complement (目標とする, 重要と考える) rather than a party?  Not
    when する is a light verb: it has a verbal-noun object (中国と協議をする, 外相と議論をしたい) or
    carries an honorific verb (首相とお会いする)."""
    if pred.lemma_ not in COMPLEMENT_TO_VERBS:
        return False
    if pred.lemma_ != "する":
        return True
    return not any(c.i < pred.i and ((c.dep_ == "obj" and "サ変可能" in c.tag_) or c.pos_ == "VERB")
                   for c in pred.children)


def _possessors(finder, tok, marks: tuple[str, ...]) -> list:
    return [p for p, m in _possessor_marks(finder, tok) if m in marks]


def _possessor_marks(finder, tok) -> list:
    """(child, its particles) for the noun modifiers of ``tok`` that stand before it (ロシアとの|契約)."""
    return [(c, finder.particles(c)) for c in tok.children
            if c.i < tok.i and c.pos_ in _NOUNS and not finder.is_date(c) and c.lemma_ not in ADVERBIAL_NOUNS]


def phrase_targets(finder, args) -> list:
    """(token, marker) for nouns marked との/への/に対する/… inside the phrases of ``args`` (the
    objects' ArgRefs): 中国と対立する|ベトナムとの関係 (the parser may hang ベトナム elsewhere, but the
    phrase is ベトナムとの関係, so Vietnam is the party of the relation)."""
    out = []
    for a in args:
        if a.start is None:
            continue
        span = finder.doc.char_span(a.start, a.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.pos_ in _NOUNS and not finder.is_date(t) and t.lemma_ not in ADVERBIAL_NOUNS \
                    and finder.particles(t) in NESTED_MARKERS and finder.bunsetu(t.i)[1] < span.end:
                out.append((t, finder.particles(t)))
    return out
