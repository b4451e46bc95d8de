"""Wrappers of a content clause for claims: と-complements (report / eval / said / hedge / decision),
こと-evaluations, …と予測する専門家もいる, bracketed quotations and who speaks them.

A mixin of `claims_args.ArgFinder` (needs ``self.doc``, ``self.bunsetu`` and the role and predicate
helpers); split out of args.py to keep each module to one job.
"""
from __future__ import annotations

from typing import Optional

from .cues import ADVERBIAL_NOUNS, EVAL_LEMMAS, EXISTENCE_LEMMAS, HEDGE_LEMMAS, OPINION_LEMMAS, REPORT_LEMMAS
from .formal import relative_verb
from .speech import OPINION_SELF, own_view
from ..records import ArgRef


class WrapperMixin:
    def _koto_wrapper(self, head, lo: int):
        """(こと, content verb) for …ことが指摘できる / …ことが言える, the author's evaluation of a
        nominalised clause; None otherwise."""
        if not (head.lemma_ in EVAL_LEMMAS - {"言う"} or (head.lemma_ in REPORT_LEMMAS and self.potential(head))):
            return None
        for c in head.children:
            if lo <= c.i < head.i and c.lemma_ in ("こと", "事") and self.particles(c) in ("が", "は", "も"):
                acl = [v for v in c.children if v.dep_ == "acl" and v.i < c.i and v.pos_ in ("VERB", "ADJ")]
                if acl:
                    return c, acl[-1]
        return None

    def _wrapper_kind(self, head, marker, held: bool, lo: int):
        """(kind, content predicate) of a head taking the と-complement ending at ``marker``:
        eval (と言える, と指摘できる), report (と述べた; ``held``: …と予測する専門家もいる), decision
        (…こととされた), said (とされる), hedge (と見られる); None for a plain head."""
        content = self._content_pred(marker, lo)
        if content is None:
            return None
        tail = self.doc[head.i:self.bunsetu(head.i)[1]].text
        passive = self._passive(head) is not None
        if (head.lemma_ in EVAL_LEMMAS and (head.lemma_ != "言う" or "ざる" in tail)) \
                or (head.lemma_ in REPORT_LEMMAS and self.potential(head)):  # と指摘できる: the author's own
            return "eval", content
        if head.lemma_ in REPORT_LEMMAS or held:
            return "report", content
        if head.lemma_ == "いう" and head.dep_ == "ROOT" and content.pos_ in ("VERB", "ADJ") and not any(
                c.i < head.i and self.particles(c) == "を" for c in head.children):
            return "said", content  # …で一致したという。: news hearsay, as とされる (これを…という names)
        if (head.lemma_ in OPINION_SELF or own_view(self, head, lo)) and not passive:  # …と思っております
            return "eval", content
        if head.lemma_ == "する" and content.lemma_ in ("こと", "事") and passive:
            return "decision", self._koto_content(content, lo)  # …することとされた: decided, not hedged
        if head.lemma_ in HEDGE_LEMMAS and passive:
            return ("said" if head.lemma_ == "する" else "hedge"), content
        return None

    def _koto_content(self, koto, lo: int):
        """The verb of the relative clause on こと (…４３兆円程度とすること -> する), else こと itself."""
        verb = relative_verb(koto, 0)  # from the sentence start: the こと clause may begin before lo
        return self.lexical(verb, lo) if verb is not None else koto

    def _relative_report(self, head, lo: int):
        """(reporting verb, holder) for …と予測する専門家もいる / …と見る向きがある: a reporting verb in a
        relative clause on the noun whose existence the sentence asserts; None otherwise."""
        if head.lemma_ not in EXISTENCE_LEMMAS:
            return None
        hbs = self.bunsetu(head.i)[0]
        if hbs - 1 < lo:
            return None
        holder = next((t for t in reversed(self.doc[self.bunsetu(hbs - 1)[0]:hbs])
                       if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if holder is None or self.particles(holder) not in ("も", "が") or self.bunsetu(holder.i)[0] - 1 < lo:
            return None
        vbs, vbe = self.bunsetu(self.bunsetu(holder.i)[0] - 1)
        verb = next((t for t in self.doc[vbs:vbe] if t.lemma_ in OPINION_LEMMAS and t.pos_ in ("VERB", "NOUN")), None)
        if verb is None or self.doc[vbe - 1].pos_ == "PUNCT" or self._quote_marker(verb, lo) is None:
            return None
        return verb, holder

    def _speaker(self, an, head, lo: int, hi: int) -> Optional[ArgRef]:
        """Who says it: the reporting verb's subject; else the nearest は/が/も phrase before a
        bracketed quote; else, for indirect speech, the content's は/も topic (プーチン大統領は…と述べた)."""
        if self._passive(head) is not None:
            return None
        src = self.subject_token(head, lo, hi)
        if src is None and an.quote_bracketed:
            before = [t for t in reversed(self.doc[lo:an.quote[0]]) if t.pos_ in ("NOUN", "PROPN", "PRON")
                      and t.lemma_ not in ADVERBIAL_NOUNS and not self.is_date(t)]
            src = next((t for t in before if self.particles(t) in ("は", "も") or (
                self.particles(t) == "が" and not self._opens_relative(t, head))), None) \
                or next((t for t in before if self.particles(t) == "では"), None)
        if src is None and not an.quote_bracketed:
            cs = self.subject_token(an.pred, lo, hi)
            src = cs if cs is not None and self.particles(cs) in ("は", "も") else None
        if src is None:
            src = next((c for c in head.children if lo <= c.i < head.i and self.particles(c) == "では"), None)
        return self.arg(src, lo) if src is not None else None

    def _quote_marker(self, head, lo: int):
        bs, _ = self.bunsetu(head.i)
        i = bs - 1
        if i > lo and self.doc[i].lemma_ == "も":  # …関係とも言える
            i -= 1
        if i < lo:
            return None
        t = self.doc[i]
        return t if t.lemma_ == "と" and t.pos_ in ("ADP", "SCONJ") else None

    def _content_pred(self, marker, lo: int):
        i = marker.i - 1
        while i >= lo:
            t = self.doc[i]
            if t.dep_ in ("aux", "fixed", "mark", "cop", "case", "punct") or t.pos_ in ("PUNCT", "AUX") \
                    or t.lemma_ == "など":
                i -= 1
                continue
            return t
        return None

    def _bracketed_quote(self, marker, lo: int) -> Optional[tuple[int, int]]:
        i = marker.i - 1
        while i >= lo and self.doc[i].lemma_ in ("など", "等"):
            i -= 1
        if i < lo or self.doc[i].text not in ("」", "』"):
            return None
        close, depth, opened = i, 0, None
        for j in range(close, lo - 1, -1):
            t = self.doc[j].text
            depth += t.count("」") + t.count("』") - t.count("「") - t.count("『")
            if depth == 0 and t in ("「", "『"):
                opened = j
                # 「…」、「…」などと: the quotation runs over the whole chain
                if j - 2 >= lo and self.doc[j - 1].text == "、" and self.doc[j - 2].text in ("」", "』"):
                    continue
                return j, close + 1
        return (opened, close + 1) if opened is not None else None
