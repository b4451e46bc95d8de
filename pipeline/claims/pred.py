"""Predicate-side helpers for claims: the lexical predicate behind auxiliaries, clefts, the
possibility wrapper, passive, polarity and the predicate's lemma phrase.

A mixin of `claims_args.ArgFinder` (needs ``self.doc`` and ``self.bunsetu``); split out only to keep
modules small.
"""
from __future__ import annotations

from .cues import ASPECT_VERBS, AUX_VERBS, DOUBLE_NEGATIVE_CUES, NEGATION_LEMMAS, PASSIVE_LEMMAS, POSSIBILITY_WRAPPERS
from .formal import SAYING, quotation_between, relative_clause_verb


class PredicateMixin:
    def has_copula(self, tok) -> bool:
        """A copula (だ/です/である) follows ``tok`` in its bunsetu: ミャンマーであり, 時期である."""
        _, be = self.bunsetu(tok.i)
        return any(t.dep_ == "cop" or (t.pos_ == "AUX" and t.lemma_ in ("だ", "です")) for t in self.doc[tok.i + 1:be])

    def potential(self, tok) -> bool:
        """指摘+できる: the potential auxiliary in ``tok``'s bunsetu."""
        _, be = self.bunsetu(tok.i)
        return any(t.lemma_ == "できる" and t.pos_ in ("AUX", "VERB") for t in self.doc[tok.i + 1:be])

    def mono_through(self, pred, lo: int):
        """…を支持するものである / …を共有するものではなく: the verb of the relative clause on the
        formal noun もの (a というもの quotation keeps もの); None otherwise."""
        if pred.lemma_ not in ("もの", "物") or not self.has_copula(pred):
            return None
        verb = relative_clause_verb(pred, lo, lambda c: c.pos_ in ("VERB", "ADJ") and c.lemma_ not in SAYING)
        if verb is None or quotation_between(self.doc[verb.i:pred.i]):
            return None  # 「…立たない」というものである: the quotation is the complement
        if any(c.i < verb.i and (c.dep_ in ("nsubj", "csubj") or self.particles(c) == "が") for c in verb.children):
            return None  # これはロシアが望むものである: the relative clause has its own subject
        return self.lexical(verb, lo)

    def cleft(self, pred, lo: int):
        """…維持したのが ASEAN であった / …拡大したのは2010年代に入ってからである: the nominalised
        clause's predicate, or None when ``pred`` heads no cleft."""
        _, be = self.bunsetu(pred.i)
        noun_as_adj = pred.pos_ == "ADJ" and pred.tag_.startswith("名詞-普通名詞-一般")  # 実情 tagged ADJ
        if pred.pos_ in ("VERB", "ADJ") and not noun_as_adj and not any(t.lemma_ in ("から", "まで", "ため") for t in self.doc[pred.i + 1:be]):
            return None  # …見込まれるのは…に限定されるだろう: a nominalised subject, not a cleft
        if not any(t.dep_ == "cop" or (t.pos_ == "AUX" and t.lemma_ in ("だ", "です")) for t in self.doc[pred.i + 1:be]):
            return None
        for c in sorted(pred.children, key=lambda t: -t.i):
            if lo <= c.i < pred.i and c.pos_ in ("VERB", "ADJ") and self.particles(c).endswith(("のは", "のが")):
                return c
        return None

    def lexical(self, tok, lo: int):
        """The lexical predicate behind auxiliary verbs: 向かって|いく -> 向かう, 支持しては|いない ->
        支持, 位置付けられるように|なる -> 位置付ける."""
        doc = self.doc
        for _ in range(4):
            i = tok.i - 1
            while i > lo and doc[i].pos_ == "ADP" and doc[i].lemma_ in ("は", "も"):
                i -= 1
            if tok.pos_ == "VERB" and tok.lemma_ in AUX_VERBS and i >= lo and doc[i].lemma_ in ("て", "で") \
                    and doc[i].pos_ == "SCONJ":
                j = i - 1
            elif tok.lemma_ in ASPECT_VERBS and tok.tag_.startswith("動詞-非自立") and i >= lo \
                    and doc[i].pos_ in ("VERB", "AUX") and "連用形" in "".join(doc[i].morph.get("Inflection")):
                j = i  # 占領し|続け, 議論し|始め: the verb before the aspect verb
            elif _modal_double_negative(tok, doc[i], doc[i - 1] if i - 1 >= lo else None):
                tok = doc[i - 1].head  # 果たしていかなければ|なりません, お願いせざるを|得ません: parsed as roots
                continue
            elif tok.lemma_ == "なる" and i - 1 >= lo and doc[i].lemma_ in ("に", "だ") and doc[i - 1].lemma_ == "よう":
                j = i - 2
            elif tok.lemma_ == "なる" and i - 2 >= lo and doc[i].text == "に" and doc[i - 2].text in ("お", "ご", "御") \
                    and doc[i - 1].tag_.startswith(("動詞", "名詞-普通名詞-サ変")):
                return doc[i - 1]  # the honorific お書きになる, ご覧になる: the verb itself
            else:
                return tok
            while j > lo and (doc[j].pos_ in ("AUX", "PUNCT") or doc[j].dep_ == "fixed"):
                j -= 1
            if j < lo or doc[j].pos_ not in ("VERB", "ADJ", "NOUN"):
                return tok
            tok = doc[j]
        return tok

    def _possibility(self, head):
        if head.lemma_ in POSSIBILITY_WRAPPERS:
            for c in head.children:
                if c.lemma_ == "可能性":
                    acls = [x for x in c.children if x.dep_ == "acl" and x.i < c.i]
                    if acls:
                        return acls[-1], "possibility"
        return head, "plain"

    def _passive(self, tok):
        _, be = self.bunsetu(tok.i)
        for t in self.doc[tok.i + 1:be]:
            if t.lemma_ in PASSIVE_LEMMAS and t.pos_ == "AUX":
                return t
        return None

    def _polarity(self, pred, end: int) -> str:
        doc = self.doc
        if pred.lemma_ in ("ない", "無い") and pred.pos_ == "ADJ":
            return "negative"
        span_text_start = pred.idx
        text = self.text[span_text_start:doc[end - 1].idx + len(doc[end - 1].text)] if end > pred.i else ""
        blocked = []
        for cue in DOUBLE_NEGATIVE_CUES:
            k = text.find(cue)
            while k >= 0:
                blocked.append((span_text_start + k, span_text_start + k + len(cue)))
                k = text.find(cue, k + 1)
        for t in doc[pred.i + 1:end]:
            if t.lemma_ in NEGATION_LEMMAS and t.pos_ in ("AUX", "ADJ") \
                    and not any(a <= t.idx < b for a, b in blocked):
                return "negative"
        return "positive"

    def _lemma_key(self, pred) -> str:
        nxt = self.doc[pred.i + 1] if pred.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lemma_ == "する" and nxt.pos_ == "AUX" and not pred.lemma_.endswith("する") \
                and not pred.tag_.startswith("動詞"):  # お送りする: the humble お+verb+する is the verb
            return pred.lemma_ + "する"
        return pred.lemma_

    def predicate_phrase(self, pred) -> str:
        """調印+し -> 調印する; 受け入れ+られ -> 受け入れられる; 重要+で+ある -> 重要である; 難しい."""
        _, be = self.bunsetu(pred.i)
        nxt = list(self.doc[pred.i + 1:be])
        passive = self._passive(pred)
        if nxt and nxt[0].lemma_ == "する" and nxt[0].pos_ == "AUX" and not pred.lemma_.endswith("する") \
                and not pred.tag_.startswith("動詞"):  # お願い+する, お伺い+する: the verb itself (below)
            return pred.lemma_ + ("される" if passive is not None else "する")
        potential = next((t for t in nxt if t.lemma_ == "できる" and t.pos_ == "AUX"), None)
        if potential is not None:
            return pred.lemma_ + "できる"
        if pred.pos_ == "VERB" or pred.tag_.startswith("動詞"):  # 狭まる|だろう is tagged ADJ by GiNZA
            i = pred.i
            bs = self.bunsetu(pred.i)[0]
            while i > bs and pred.tag_.startswith("動詞") and (
                    (self.doc[i - 1].dep_ == "compound" and self.doc[i - 1].head.i == pred.i and self.doc[i - 1].pos_ == "NOUN"
                     and self.doc[i - 1].tag_ != "接頭辞")  # the honorific お/ご of お送りする is no part of the verb
                    or (pred.tag_.startswith("動詞-非自立") and self.doc[i - 1].tag_.startswith("名詞-普通名詞-サ変"))):
                i -= 1  # 位置+付け -> 位置付ける
            prefix = self.doc[i:pred.i].text
            return prefix + (pred.text + passive.lemma_ if passive is not None else pred.lemma_)
        if any(t.lemma_ in ("過ぎる", "すぎる") for t in nxt):
            i = pred.i
            while i > 0 and self.doc[i - 1].pos_ == "NUM":
                i -= 1
            return self.doc[i:pred.i].text + pred.lemma_ + "に過ぎない"
        if pred.pos_ == "ADJ" and pred.tag_.startswith("形容詞"):
            return pred.lemma_
        if any(t.lemma_ in ("だ", "です") or t.dep_ == "cop" for t in nxt):
            return pred.lemma_ + "である"
        return pred.lemma_


def _modal_double_negative(tok, prev, neg) -> bool:
    """``tok`` is the なる of …なければ/ねば+なる or the 得る of …ざるを+得る whose negation ``neg`` hangs on
    the verb before it (the polite …なりません / …得ません the parser makes the root, not a fixed
    ending as in …ならない)."""
    if neg is None or neg.head.i >= neg.i or neg.head.pos_ not in ("VERB", "ADJ", "AUX"):
        return False
    if tok.lemma_ == "なる":
        return prev.lemma_ == "ば" and neg.lemma_ in ("ない", "ぬ")
    return tok.lemma_ in ("得る", "える") and prev.lemma_ == "を" and neg.lemma_ == "ぬ"
