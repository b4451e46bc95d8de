"""News attribution by disclosure: 日本政府高官は、…ことを明らかにした / …と明らかにした.

A clause headed by 明らかにする whose complement is a こと-clause (…調整していることを明らかにした) or a
と-clause (…検討していると明らかにした) reports that complement: the claim is read through to the
complement's predicate, ``attributed``, with the head's subject (the one who discloses) as
``source``, and as ``subject`` when the claim has none.  と-complements of the reporting verbs
(と述べた, と発表した) are read by `claims_args`; their こと-objects (…重視することを表明している) keep
the reporting verb as predicate, as before.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Claim

_KOTO = ("こと", "事")


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
    source = finder.arg(speaker, lo) if speaker is not None else None
    if source is None:
        return claim
    cues = [c for c in (claim.cue or "").split("; ") if c]
    return replace(claim, predicate=finder.predicate_phrase(content), attributed=True, type="reported",
                   source=source, subject=claim.subject or source, cue="; ".join(dict.fromkeys([cue] + cues)))


def _disclosing(head):
    """The verb of disclosure: 明らか(に)する (GiNZA: する with the adjective 明らか as advcl)."""
    if head.lemma_ == "する" and any(c.lemma_ == "明らか" and c.i < head.i for c in head.children):
        return head
    return None


def _content(outer):
    """(content predicate, cue) of the disclosed clause: the verb of the こと-object, or for 明らかにする
    the と-marked clause before it."""
    for c in outer.children:
        if c.i < outer.i and c.lemma_ in _KOTO and any(g.lemma_ == "を" for g in c.children):
            acl = [v for v in c.children if v.dep_ == "acl" and v.i < c.i and v.pos_ in ("VERB", "ADJ")]
            if acl:
                return acl[-1], "ことを明らかにした"
    for c in outer.children:
        if c.i < outer.i and c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                g.lemma_ == "と" and g.dep_ == "mark" for g in c.children):
            return c, "と明らかにした"
    return None, ""
