"""Where a claim happens and the named settings inside its argument phrases, as targets; what it is about.

A researcher reads 横浜でTICADが開催された as involving Yokohama, and 国連での緊密な協力を深める as
involving the United Nations: the annotation rules list every named participant of a claim, and a
named setting is one.  Two cases, both found by dependency:

| marker | example | where |
|---|---|---|
| で, にて, において | 上海にて設立, フィジーで開かれ, 東京で開催した | a dependent of an event predicate (held, founded, signed: `EVENT_LEMMAS`) that is a place (COUNTRY or LOCATION mention) |
| での, における, において | 国連での協力を深め, 中東における緊張緩和 | a named mention so marked inside an object's phrase, when no other name follows it in the phrase (アジアにおける|ポルトガルの覇権: Portugal is the participant, Asia only where), or inside the subject's unless the subject is the topic (は/も): シリアでの内戦は…拡大した describes the subject, the civil war, and names no participant of its own |
| (relative clause) | 北朝鮮の…輸出禁止を柱とする制裁決議を採択, 大統領退陣を含む調停案を提示 | the を/に-phrase of a relative clause on an object that names nobody, when it names something (kept as an object) |
| について, に関して, につき, をめぐり | トルコの外交努力について説明, 大臣の出席につき謝意 | a dependent of the predicate whose phrase names something: what the talk or thanks is about (kept as an object, so `named_arguments` links it to the names inside) |
| に向けて, へ向けて, のために, を目指して, に向けた | サミットの成功に向けて連携, 関係改善のために協力, 極東を目指して出港, 安定化に向けた意見交換 | the goal of the predicate (the に/へ-phrase of its adverbial 向けて, the の-phrase of its ため(に), the を-phrase of its 目指して) or of one of its objects that names nothing itself (…に向けた|意見交換) whose phrase names something: what the action is for (kept as an object, like the topic of talks) |

Only named mentions count (世界で, 現地で, 会談で are settings with no name, 首脳会議で a meeting
type); a date (2022年に), a time noun, or a mention that is the claim's subject is never a target.
A direct で-dependent must be a place: an organisation or person with で is an agent or an
instrument (政府で検討, 全会一致で) rather than where it happened.
"""
from __future__ import annotations

from typing import Optional

from .cues import ADVERBIAL_NOUNS
from .targets import ABOUT_MARKS

PLACE_MARKS = ("で", "にて", "において", "でも", "においても", "にても")
# Predicates of something that takes place somewhere: a meeting held, a body founded, a text signed.
# Elsewhere a place with で is a scope or a circumstance (MENAで輸出が多い, 広島において命を奪った,
# アルゼンチンにおいて通貨が急落し), which the annotation reads as no participant.
EVENT_LEMMAS = frozenset({
    "開催", "開く", "開ける", "催す", "行う", "実施", "設立", "創設", "創立", "設置", "発足", "結成", "署名", "調印", "締結",
    "採択", "会談", "会合", "会見", "演説", "協議", "意見交換", "首脳会談", "集まる", "会する", "誕生",
})
NESTED_SETTING_MARKS = ("での", "における", "においての", "にての")
PLACE_TYPES = frozenset({"COUNTRY", "LOCATION"})
_NOUNS = ("NOUN", "PROPN")


def place_targets(finder, pred, lo: int, hi: int) -> list:
    """(token, marker) for the named places where ``pred`` happens: its で/にて/において dependents."""
    if pred.lemma_ not in EVENT_LEMMAS:
        return []
    out = []
    for c in pred.children:
        if not (lo <= c.i < pred.i) or c.pos_ not in _NOUNS or finder.is_date(c) or c.lemma_ in ADVERBIAL_NOUNS:
            continue
        marks = finder.particles(c)
        if marks in PLACE_MARKS and _named(finder, c, PLACE_TYPES) is not None:
            out.append((c, marks.rstrip("も") or marks))
    return out


def about_targets(finder, pred, lo: int) -> list:
    """(token, marker) for the phrases ``pred`` is about (トルコの外交努力について説明があり, ヌネス大臣の
    出席につき謝意を述べた) when they name something: a named topic of talks or thanks is a participant."""
    out = []
    for c in pred.children:
        if not (lo <= c.i < pred.i) or c.pos_ not in _NOUNS or finder.is_date(c) or c.lemma_ in ADVERBIAL_NOUNS:
            continue
        marks = finder.particles(c)
        if marks.endswith("も") and marks[:-1] in ABOUT_MARKS:
            marks = marks[:-1]
        if marks in ABOUT_MARKS and _names_inside(finder, finder.arg(c, lo)):
            out.append((c, marks))
    return out


# (verb of the adverbial, the particles of its goal phrase): …に向けて, …を目指して
GOAL_VERBS = {"向ける": ("に", "へ", "にも", "へも"), "目指す": ("を",)}
GOAL_NOUNS = frozenset({"ため", "為"})


def goal_targets(finder, pred, lo: int, objects: list) -> list:
    """(token, marker) for the goal of ``pred`` (サミットの成功に向けて連携, 成功のために連携, 極東を目指して
    出港) or of one of its ``objects`` that names nothing (安定化に向けた|意見交換), when the goal phrase
    names something.  A bare のため (…出席のため|トルクメニスタンを訪問) is left alone: the parse glues it to
    the next phrase."""
    out = []
    for c in pred.children:
        if not (lo <= c.i < pred.i):
            continue
        if c.pos_ == "VERB" and c.dep_ == "advcl" and c.lemma_ in GOAL_VERBS:
            out += [(x, ("を目指して" if c.lemma_ == "目指す" else "に向けて")) for x in _goal_phrases(finder, c, lo)]
        elif c.lemma_ in GOAL_NOUNS and c.pos_ == "NOUN" and finder.particles(c) in ("に", "には", "にも"):
            out += [(x, "のために") for x in c.children if x.i < c.i and x.pos_ in _NOUNS and finder.particles(x) == "の"]
    for o in objects:
        if _names_inside(finder, finder.arg(o, lo)):
            continue  # 開催に向けた|日本の尽力: an object naming someone has its participant
        for v in o.children:
            if v.i < o.i and v.lemma_ == "向ける" and v.dep_ == "acl":
                out += [(x, "に向けた") for x in _goal_phrases(finder, v, lo)]
    return [(x, m) for x, m in out if lo <= x.i and not finder.is_date(x) and _names_inside(finder, finder.arg(x, lo))]


def relative_targets(finder, lo: int, objects: list) -> list:
    """(token, marker) for the を/に-phrases of a relative clause on an object that names nothing itself,
    or on a noun its phrase is built of (北朝鮮の…輸出禁止などを柱とする|制裁決議, …大統領退陣を含む|調停案), and
    for the の-possessor before such a clause (イスラエルの|暴走する|パワー, ペルーの|長年続く|紛争の解決: the
    phrase stops at the clause), when they name something: what the object is made of or whose it is is
    who or what the claim involves."""
    out = []
    for o in objects:
        phrase = finder.arg(o, lo)
        if _names_inside(finder, phrase):
            continue
        heads = [o] + [n for n in o.children if n.i < o.i and n.pos_ in _NOUNS and n.idx >= phrase.start
                       and finder.particles(n) == "の"]  # 紛争の|解決: the nouns the phrase is built of
        for h in heads:
            for v in h.children:
                if v.i < h.i and v.dep_ == "acl" and v.pos_ == "VERB":
                    out += [(x, finder.particles(x)) for x in v.children if lo <= x.i < v.i and x.pos_ in _NOUNS
                            and finder.particles(x) in ("を", "に") and not finder.is_date(x)]
                elif lo <= v.i < h.i and v.pos_ in _NOUNS and finder.particles(v) == "の" and v.idx < phrase.start \
                        and not finder.is_date(v):
                    out.append((v, "の"))  # イスラエルの|暴走する|パワー: the possessor before the relative clause
    return [(x, m) for x, m in out if _names_inside(finder, finder.arg(x, lo))]


def _goal_phrases(finder, verb, lo: int) -> list:
    marks = GOAL_VERBS[verb.lemma_]
    return [x for x in verb.children if lo <= x.i < verb.i and x.pos_ in _NOUNS and finder.particles(x) in marks]


def _names_inside(finder, a) -> bool:
    return a.start is not None and any(e.start is not None and a.start <= e.start and e.end <= a.end
                                       for e in finder.entities)


def setting_targets(finder, args) -> list:
    """(token, marker) for named mentions marked での/における inside the phrases of ``args``
    (ArgRefs): 国連での|緊密な協力 -> the United Nations, 中東における|緊張緩和 -> the Middle East."""
    out = []
    for a in args:
        if a is None or a.start is None:
            continue
        span = finder.doc.char_span(a.start, a.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.pos_ in _NOUNS and not finder.is_date(t) and t.lemma_ not in ADVERBIAL_NOUNS \
                    and finder.particles(t) in NESTED_SETTING_MARKS and finder.bunsetu(t.i)[1] < span.end \
                    and _named(finder, t) is not None and not _names_another(finder, a, _named(finder, t)):
                out.append((t, finder.particles(t)))
    return out


def _names_another(finder, a, setting) -> bool:
    """Does phrase ``a`` name an entity after its setting ``setting`` (アジアにおける|ポルトガルの海洋覇権)?
    Then that entity is the phrase's participant and the setting only says where."""
    return any(e.start is not None and setting.end <= e.start and e.end <= a.end for e in finder.entities)


def _named(finder, tok, types=None) -> Optional[object]:
    """The entity mention ending the bunsetu noun ``tok`` heads (of one of ``types`` when given)."""
    s, e = tok.idx, tok.idx + len(tok.text)
    for ent in finder.entities:
        if ent.start is None or ent.start >= e:
            continue
        if ent.end > s and ent.end >= e and (types is None or ent.type in types):
            return ent
    return None
