"""Roles of a predicate's dependents for claims: the particles after a noun, the subject (は/が/も,
later topics, relative-clause subjects left out), objects (を/に, resumptive これ), topics before a
quotation, bracket levels and relative clauses.

A mixin of `claims_args.ArgFinder` (needs ``self.doc``, ``self.text``, ``self.bunsetu``, ``self.dates``
and the `PredicateMixin` helpers); split out of args.py to keep each module to one job.
"""
from __future__ import annotations

from .cues import ADVERBIAL_NOUNS, CLAUSE_COMMAS, CLOSE_BRACKETS, FOCUS_PARTICLES, OPEN_BRACKETS

SUBJECT_MARKS = frozenset({"は", "が", "も", "のは", "のが", "こそ", "としては", "かは", "かが"})
RESUMPTIVES = frozenset({"これ", "それ", "これら", "それら"})
RELATIVE_ADJUNCT_MARKS = frozenset({"に", "で", "から", "まで", "へ", "より"})
OBJECT_MARKS = frozenset({"を", "に", "をも", "にも", "には"})
# Nouns that frame a を-phrase as an adjunct (インド太平洋地域を中心に, 中国を念頭に, 企業を対象に): the を-phrase
# is the argument, the noun itself is not.
FRAME_NOUNS = frozenset({"中心", "念頭", "対象", "軸", "基軸", "主眼"})
# Verb forms used as adverbs (引き続き): intransitive, so a を-phrase the parser hangs on them is the next predicate's.
ADVERBIAL_VERBS = frozenset({"引き続く", "引続く"})
RELATION_NOUNS = frozenset({"関係", "関係性", "協力", "協力関係", "パートナーシップ", "連携", "対話", "絆"})
TRANSITIVE_RELATION_VERBS = frozenset({
    "格上げ", "格下げ", "強化", "深化", "重視", "維持", "構築", "樹立", "改善", "見直す", "築く", "結ぶ", "進める", "正常化",
})


def lone_kana(tok) -> bool:
    """A single hiragana cut off as a noun (ま|も|なく for まもなく): never an argument."""
    return len(tok.text) == 1 and "\u3041" <= tok.text <= "\u309f"


class RoleMixin:
    def particles(self, tok) -> str:
        """The case-particle string after ``tok`` in its bunsetu: は, が, を, に, では, について ...
        Focus particles are dropped (などが -> が); a conjunctive が/て (SCONJ) gives '' + '|'."""
        _, be = self.bunsetu(tok.i)
        out: list[str] = []
        for t in self.doc[tok.i + 1:be]:
            if t.pos_ == "ADP" or (t.dep_ == "fixed" and t.pos_ in ("VERB", "AUX", "SCONJ")):
                out.append(t.text)
            elif t.pos_ == "SCONJ":
                out.append("の" if t.text == "の" else "|")
            elif t.pos_ == "PUNCT":
                continue
            elif t.pos_ in ("VERB", "ADJ") and tok.pos_ not in ("VERB", "ADJ") and out:
                break  # 自体は|小さいと: a predicate glued into the bunsetu ends the noun's marks
            else:
                out = []  # a compound continues: 条約（TAC）に -> only the final particles count
        marks = "".join(x for x in out if x not in FOCUS_PARTICLES)
        return marks

    def is_date(self, tok) -> bool:
        s, e = tok.idx, tok.idx + len(tok.text)
        return any(d.start < e and s < d.end for d in self.dates if d.kind in ("date", "time")) \
            or tok.ent_type_ == "Date"

    def subject_token(self, pred, lo: int, hi: int):
        """The subject dependent of ``pred``: は/が-marked before も-marked, nearest first."""
        found = []
        for c in pred.children:
            if not (lo <= c.i < hi) or c.i > pred.i or c.pos_ in ("PUNCT", "SCONJ", "ADP") \
                    or (c.pos_ == "ADV" and "副詞可能" in c.tag_):
                continue  # 就任当初こそ: a time noun used as an adverb is no subject
            marks = self.particles(c)
            if c.lemma_ in ADVERBIAL_NOUNS or "|" in marks or self.is_date(c) or self.relation_object(c, pred):
                continue
            if marks == "が" and (self._opens_relative(c, pred) or any(
                    t.lemma_ == "か" and t.pos_ in ("PART", "ADP") for t in self.doc[c.i + 1:pred.i])):
                continue  # 埋蔵量が|豊富な南シナ海, ASEAN諸国が…継続するかどうか: an embedded clause's subject
            if lone_kana(c):
                continue  # ま of まもなく cut off by the tokenizer: a lone kana is no subject
            if not self.same_level(c.idx, pred.idx):
                continue  # 「大草原は世界の宝」ということを書く: a topic inside a closed quotation is the quote's
            if marks in SUBJECT_MARKS or (c.dep_ in ("nsubj", "csubj", "dislocated") and marks == ""):
                found.append((marks == "も", -c.i, c))
        subj = min(found, key=lambda x: x[:2])[2] if found else None
        if subj is not None and self.particles(subj) == "は":
            return self._later_topic(subj, pred, lo) or subj
        return subj

    def _later_topic(self, subj, pred, lo: int):
        """A は-topic between ``subj`` and ``pred`` after a clause ended (会談は…2度目で、|首相は…を伝える):
        the later topic is the predicate's, whatever the parser hung it on; None when there is none."""
        for t in reversed(self.doc[subj.i + 1:pred.i]):
            if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lemma_ in ADVERBIAL_NOUNS or self.is_date(t) \
                    or self.particles(t) != "は" or not self.same_level(t.idx, pred.idx) or self.under_relative(t, pred):
                continue
            bs, _ = self.bunsetu(t.i)
            if any(self.doc[k].text in CLAUSE_COMMAS and (self.doc[k - 1].pos_ in ("AUX", "SCONJ", "VERB")
                                                          or self.doc[k - 1].text == "で")  # …2度目で、
                   for k in range(subj.i + 2, bs)):
                return t
        return None

    def _opens_relative(self, tok, pred) -> bool:
        """Is the が-phrase ``tok`` the subject of a relative clause before ``pred``: the first verb after
        it, past adjuncts only (dates, に/で/から phrases), modifies a noun (外相が就任したばかりの|フランス,
        副大統領が4月に来日する|方向)?"""
        _, be = self.bunsetu(tok.i)
        while be < min(len(self.doc), pred.i):
            nbs, nbe = self.bunsetu(be)
            verbs = [t for t in self.doc[nbs:nbe] if t.pos_ in ("VERB", "ADJ") and t.i != pred.i and t.dep_ != "fixed"]
            if verbs:
                return any(t.dep_ in ("acl", "nmod") and t.head.i >= nbe for t in verbs)
            heads = [t for t in self.doc[nbs:nbe] if t.pos_ in ("NOUN", "PROPN", "NUM")]
            if not heads or not (self.is_date(heads[-1]) or self.particles(heads[-1]) in RELATIVE_ADJUNCT_MARKS):
                return False
            be = nbe
        return False

    def object_tokens(self, pred, lo: int, hi: int) -> list:
        out = []
        for c in sorted(self._through_adverbial_verbs(pred), key=lambda t: t.i):
            if not (lo <= c.i < pred.i) or c.pos_ in ("PUNCT", "SCONJ", "ADP", "VERB", "ADV") \
                    or c.lemma_ in ADVERBIAL_NOUNS:
                continue
            marks = self.particles(c)
            if any(t.lemma_ in ADVERBIAL_NOUNS and t.pos_ == "NOUN" for t in self.doc[c.i + 1:self.bunsetu(c.i)[1]]):
                continue  # 施行の後に: a time adjunct
            if c.text.endswith(("後", "前", "以降", "以後", "以前", "以来")) and marks in ("に", "には", "にも"):
                continue  # CAATSA施行後に
            if "副詞可能" in c.tag_ and marks not in ("を", "をも"):
                continue  # どちらの時期にも, 短期間に: time adjuncts, not objects
            if c.lemma_ in FRAME_NOUNS and marks in ("に", "と", "として", "とし"):
                out += [x for x in self._framed(c) if x not in out]  # 中国を念頭に: 中国, not 念頭
                continue
            if (c.dep_ in ("obj", "iobj") and marks in ("", "を", "をも")) or marks in OBJECT_MARKS \
                    or self.relation_object(c, pred) \
                    or (pred.lemma_ == "なる" and marks == "と"):  # 障害となる
                if not self.is_date(c):
                    out.append(self._resumed(c, pred) or c)
        return out

    def _through_adverbial_verbs(self, pred) -> list:
        """``pred``'s dependents, with those the parser hung on an adverbial verb form before it (サウジ
        アラビアの改革を|引き続き|支持していく: 引き続く is intransitive, its を-phrase is the predicate's)."""
        out = list(pred.children)
        for v in pred.children:
            if v.i < pred.i and v.pos_ == "VERB" and v.dep_ == "advcl" and v.lemma_ in ADVERBIAL_VERBS:
                out += [x for x in v.children if x.i < v.i and self.particles(x) in ("を", "をも")]
        return out

    def _framed(self, noun) -> list:
        """The を-phrases a frame noun takes (インド太平洋地域を|中心に -> 地域), dates left out."""
        return [x for x in noun.children if x.i < noun.i and x.pos_ in ("NOUN", "PROPN", "PRON")
                and self.particles(x) in ("を", "をも") and not self.is_date(x)]

    def _resumed(self, tok, pred):
        """The phrase a resumptive これ/それ takes up (北朝鮮による挑発行動、|これを強く非難します): the noun
        right before the comma before it, bare of particles and hanging on the same predicate; else None."""
        if tok.lemma_ not in RESUMPTIVES or tok.i < 2 or self.doc[tok.i - 1].text not in CLAUSE_COMMAS:
            return None
        head = self.doc[tok.i - 2]
        if head.pos_ in ("NOUN", "PROPN") and head.head.i == pred.i and self.particles(head) == "" \
                and not self.is_date(head) and head.lemma_ not in ADVERBIAL_NOUNS:
            return head
        return None

    def topic_before(self, pred, lo: int, marks=("は",)):
        """The nearest ``marks``-marked noun before ``pred`` at the same bracket level (a は-topic may
        be parsed under any clause: は never sits inside a relative clause)."""
        for t in reversed(self.doc[lo:pred.i]):
            if t.pos_ not in ("NOUN", "PROPN", "PRON") or t.lemma_ in ADVERBIAL_NOUNS or self.is_date(t) or lone_kana(t):
                continue
            m = self.particles(t)
            if m in marks and self.same_level(t.idx, pred.idx) and (m == "は" or not self.under_relative(t, pred)) \
                    and not self.relation_object(t, pred):
                return t
        return None

    def relation_object(self, tok, pred) -> bool:
        """ベトナムとの関係も、…に格上げしている: a も-marked 'relation with X' before an active transitive
        verb that has no を-object is that verb's object, not its subject."""
        if self.particles(tok) != "も" or tok.lemma_ not in RELATION_NOUNS or self._passive(pred) is not None:
            return False
        if self.lexical(pred, 0).lemma_ not in TRANSITIVE_RELATION_VERBS:
            return False
        bs, _ = self.bunsetu(tok.i)
        if not self.text[:self.doc[bs].idx].rstrip().endswith(("との", "と")):
            return False
        return not any(c.i != tok.i and self.particles(c) in ("を", "をも") for c in pred.children)

    def same_level(self, a: int, b: int) -> bool:
        depth = 0
        for ch in self.text[a:b]:
            depth += (ch in OPEN_BRACKETS) - (ch in CLOSE_BRACKETS)  # the same pairs both ways (【】 too)
            if depth < 0:
                return False
        return depth == 0

    def under_relative(self, tok, pred) -> bool:
        """Does ``tok`` hang from a relative clause (acl) below ``pred``? (…ASEANが宣言するに至る背景)"""
        h, seen = tok.head, 0
        while h.i != pred.i and h.head.i != h.i and seen < 50:
            if h.dep_ == "acl" and h.pos_ in ("VERB", "ADJ", "AUX"):
                return True
            h, seen = h.head, seen + 1
        return h.dep_ == "acl" and h.i != pred.i
