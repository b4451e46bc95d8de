"""News attribution by disclosure (日本政府高官は、…ことを明らかにした / …と明らかにした) and speech acts
named by a noun with a light verb (説明があった, 発言がありました, 説明を行った: :func:`light_verb`).

A clause headed by 明らかにする whose complement is a こと-clause (…調整していることを明らかにした) or a
と-clause (…検討していると明らかにした) reports that complement: the claim is read through to the
complement's predicate, ``attributed``, with the head's subject (the one who discloses) as
``source``, and as ``subject`` when the claim has none.  と-complements of the reporting verbs
(と述べた, と発表した) are read by `claims_args`; their こと-objects (…重視することを表明している) keep
the reporting verb as predicate, as before.
"""
from __future__ import annotations

from dataclasses import replace

from .formal import LIGHT_SURU, compound_text, formal_head, verbal_noun_object
from .speech import passive_agent
from ..records import Claim

_KOTO = ("こと", "事")
# Light verbs of speech acts: 説明があった / 発言がありました / 説明を行いました -> 説明する / 発言する.
LIGHT_VERBS = {"ある": "が", "行う": "を"}
SPEECH_NOUNS = frozenset({
    "発言", "説明", "言及", "表明", "紹介", "提案", "要請", "指摘", "報告", "発表", "提起", "主張", "強調", "回答",
    "答弁", "挨拶", "あいさつ", "呼びかけ", "申し入れ", "抗議", "反論", "質問", "問題提起", "指示", "依頼",
})


def light_verb(finder, head, claim: Claim) -> Claim:
    """A speech act named by a noun with a light verb (先方から、…について説明があった; …旨の発言が
    ありました; 丁寧な説明を行いました) has that act as predicate: 説明する, 発言する; any other
    verbal noun with 行う is named in the predicate (…について議論を行った -> 議論を行う)."""
    head = formal_head(finder, head, 0) or head  # …旨の発言があったところです: the verb before ところ
    case = LIGHT_VERBS.get(head.lemma_)
    if case is None or claim.predicate != head.lemma_:
        return claim
    for c in head.children:
        if c.i < head.i and c.lemma_ in SPEECH_NOUNS and finder.particles(c) == case:
            claim = replace(claim, predicate=c.lemma_ + "する")
            return _speech_agent(finder, head, c, claim) if case == "が" else claim
    noun = verbal_noun_object(finder, head, 0) if case == "を" else None
    return replace(claim, predicate=noun.lemma_ + "を行う") if noun is not None else claim  # 議論を行った, 会談を行い


def noun_suru(finder, head, claim: Claim) -> Claim:
    """A verbal noun with を+する (…ことで一致をし, …という話をしております, 法案が…提出をされました) is that
    noun's verb: 一致する, 話する, 提出される; the noun leaves the objects (it is the predicate)."""
    verb = finder.lexical(head, 0)
    if verb.lemma_ not in _SURU or claim.predicate not in _SURU or verb.i < 2:
        return claim
    wo, noun = finder.doc[verb.i - 1], finder.doc[verb.i - 2]
    if wo.text != "を" or wo.pos_ != "ADP" or noun.pos_ != "NOUN" or noun.head.i != verb.i \
            or noun.lemma_ in _NOT_ACTS or finder.is_date(noun) \
            or any(e.start < noun.idx + len(noun.text) and noun.idx < e.end for e in finder.entities):
        return claim
    objects = tuple(o for o in claim.objects if not (o.start is not None and o.start <= noun.idx < o.end))
    return replace(claim, predicate=compound_text(finder, noun) + _SURU[claim.predicate], objects=objects)


_SURU = {**dict.fromkeys(LIGHT_SURU, "する"), "される": "される"}  # 承知をいたしております -> 承知する
_NOT_ACTS = frozenset({"こと", "事", "もの", "の", "これ", "それ", "何", "ところ", "よう"})


def _speech_agent(finder, head, noun, claim: Claim) -> Claim:
    """総理の方から、…ようにと指示がありました: the act noun (指示が) is no subject; the one marked
    から/より (a person, organisation, state or title; Xの方から is X) is, when there is one."""
    subject = claim.subject
    if subject is not None and subject.start is not None and subject.start <= noun.idx < subject.end:
        subject = None
    agent = passive_agent(finder, head, 0)
    if agent is None:  # 外相の方から、…対応するようにと指示があった: the parse hangs it on the content verb
        agent = next((a for a in (passive_agent(finder, c, 0) for c in head.children
                                  if c.i < noun.i and finder.particles(c) == "と") if a is not None and _comma_after(finder, a)), None)
    if agent is not None:
        subject = replace(finder.arg(agent, 0), found_by="dependency")
    return replace(claim, subject=subject) if subject != claim.subject else claim


def _comma_after(finder, tok) -> bool:
    """Is the bunsetu of ``tok`` (up to its から) followed by 、: a speaker phrase set off by a comma."""
    doc = finder.doc
    k = tok.head.i + 1 if tok.lemma_ != "方" and tok.head.lemma_ == "方" else tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADP":
        k += 1
    return k < len(doc) and doc[k].text in ("、", "，", ",")


def disclosure(finder, head, claim: Claim, lo: int, hi: int) -> Claim:
    """``claim`` (headed by token ``head``) read as a disclosure, or unchanged when it is none."""
    if claim.attributed:
        return claim
    outer = _disclosing(head)
    if outer is None:
        return claim
    content, cue = _content(outer)
    if content is None:
        return claim
    speaker = finder.subject_token(outer, lo, hi)
    koto = speaker is not None and speaker.lemma_ in _KOTO  # …ことも明かした: も marks the disclosed こと
    if koto:
        speaker = finder.topic_before(outer, lo)
    source = finder.arg(speaker, lo) if speaker is not None else None
    if source is None:
        return claim
    cues = [c for c in (claim.cue or "").split("; ") if c]
    subject = source if claim.subject is None or (koto and claim.subject.text.endswith(tuple(_KOTO))) else claim.subject
    return replace(claim, predicate=finder.predicate_phrase(content), attributed=True, type="reported",
                   source=source, subject=subject, cue="; ".join(dict.fromkeys([cue] + cues)))


DISCLOSING_VERBS = frozenset({"明かす", "公表", "公にする", "暴露", "打ち明ける"})


def _disclosing(head):
    """The verb of disclosure: 明らか(に)する (GiNZA: する with the adjective 明らか as advcl)."""
    if head.lemma_ == "する" and any(c.lemma_ == "明らか" and c.i < head.i for c in head.children):
        return head
    if head.lemma_ in DISCLOSING_VERBS:  # …ことも明かした, …ことを公表した: the same disclosure in one verb
        return head
    return None


def _content(outer):
    """(content predicate, cue) of the disclosed clause: the verb of the こと-object, or for 明らかにする
    the と-marked clause before it."""
    for c in outer.children:
        if c.i < outer.i and c.lemma_ in _KOTO and any(g.lemma_ in ("を", "も") for g in c.children):  # ことも明かした
            acl = [v for v in c.children if v.dep_ == "acl" and v.i < c.i and v.pos_ in ("VERB", "ADJ")]
            if acl:
                return acl[-1], "ことを明らかにした"
    for c in outer.children:
        if c.i < outer.i and c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                g.lemma_ == "と" and g.dep_ == "mark" for g in c.children):
            return c, "と明らかにした"
    return None, ""
