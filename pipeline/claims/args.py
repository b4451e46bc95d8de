"""Predicate analysis for claims: wrappers (report / hedge / evaluation / possibility), the content
predicate, its lemma phrase, subject and objects as ArgRefs, modality and polarity.

`ArgFinder` holds one Doc's bunsetu index and the block's entity/date records; it never outlives
`claims.extract_claims` and no spaCy object leaves it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from .cues import (
    ADVERBIAL_NOUNS, CLAUSE_COMMAS, CLOSE_BRACKETS, OPEN_BRACKETS, EVAL_LEMMAS, EVALUATIVE_WRAPPER_CUES, EXISTENCE_LEMMAS, FOCUS_PARTICLES,
    HEDGE_LEMMAS, OPINION_LEMMAS, REPORT_LEMMAS, find_cues, modality_of, normalise_cue,
)
from .content import content_predicate
from .formal import formal_head, polite_copula, relative_verb
from .phrase import build_arg, bunsetu_index
from .speech import OPINION_SELF, mune_marker, own_view, organisation_setting, passive_agent
from .targets import find_targets, phrase_targets
from .pred import PredicateMixin
from ..records import ArgRef, DateMention, Entity

SUBJECT_MARKS = frozenset({"は", "が", "も", "のは", "のが", "こそ", "としては", "かは", "かが"})
RESUMPTIVES = frozenset({"これ", "それ", "これら", "それら"})
RELATIVE_ADJUNCT_MARKS = frozenset({"に", "で", "から", "まで", "へ", "より"})
OBJECT_MARKS = frozenset({"を", "に", "をも", "にも", "には"})
RELATION_NOUNS = frozenset({"関係", "関係性", "協力", "協力関係", "パートナーシップ", "連携", "対話", "絆"})
TRANSITIVE_RELATION_VERBS = frozenset({
    "格上げ", "格下げ", "強化", "深化", "重視", "維持", "構築", "樹立", "改善", "見直す", "築く", "結ぶ", "進める", "正常化",
})


def lone_kana(tok) -> bool:
    """A single hiragana cut off as a noun (ま|も|なく for まもなく): never an argument."""
    return len(tok.text) == 1 and "\u3041" <= tok.text <= "\u309f"


@dataclass
class Analysis:
    pred: object  # spaCy Token of the content predicate
    predicate: str
    lemma_key: str
    subject: Optional[ArgRef] = None
    topic: bool = False
    objects: list[ArgRef] = field(default_factory=list)
    targets: list[ArgRef] = field(default_factory=list)
    modality: str = "asserted"
    polarity: str = "positive"
    attributed: bool = False
    source: Optional[ArgRef] = None
    cues: list[str] = field(default_factory=list)
    evaluative: bool = False
    quote: Optional[tuple[int, int]] = None  # token range of a bracketed quotation
    quote_bracketed: bool = False
    complement: bool = False  # the predicate is a copula and ``pred`` its nominal complement
    focus_subject: bool = False  # the subject is the focus of a cleft (…維持したのが ASEAN であった)


class ArgFinder(PredicateMixin):
    def __init__(self, doc, entities: list[Entity], dates: list[DateMention]):
        self.doc, self.entities, self.dates = doc, sorted(entities, key=lambda x: x.start), dates
        self.text = doc.text  # Doc.text rebuilds the string on every access: read it once
        self._bs, self._be = bunsetu_index(doc)

    def bunsetu(self, i: int) -> tuple[int, int]:
        return self._bs[i], self._be[i]

    # ---- arguments -------------------------------------------------------------------------
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
        for c in sorted(pred.children, key=lambda t: t.i):
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
            if (c.dep_ in ("obj", "iobj") and marks in ("", "を", "をも")) or marks in OBJECT_MARKS \
                    or self.relation_object(c, pred) \
                    or (pred.lemma_ == "なる" and marks == "と"):  # 障害となる
                if not self.is_date(c):
                    out.append(self._resumed(c, pred) or c)
        return out

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

    def arg(self, tok, lo: int) -> ArgRef:
        """The argument phrase headed by ``tok``; see `claims_phrase` for the span and link policy."""
        return build_arg(self, tok, lo)

    # ---- predicates ------------------------------------------------------------------------
    def analyse(self, head, lo: int, hi: int) -> Analysis:
        doc = self.doc
        holder, outer = None, head
        head = polite_copula(self, head) or head  # …課題でございます: as …課題である
        head = formal_head(self, head, lo) or head  # …展開しているところであります -> 展開
        rel = self._relative_report(head, lo)
        if rel is not None:  # …増えると予測する専門家もいる: read from the reporting verb
            head, holder = rel
        kind, pred, marker = "plain", self.lexical(head, lo), self._quote_marker(head, lo) or mune_marker(self, head, lo)
        if marker is not None:
            kind, pred = self._wrapper_kind(head, marker, holder is not None, lo) or (kind, pred)
            if kind in ("report", "eval"):  # …可能性があると警告している: the content is speculative
                pred = self.lexical(self._possibility(pred)[0], lo)
        else:
            koto = self._koto_wrapper(head, lo)
            if koto is not None:  # …してきたことが指摘できる / …ことが言える
                marker, kind, pred = koto[0], "eval", self.lexical(koto[1], lo)
        if kind == "plain":
            pred, kind = self._possibility(pred)
            pred = self.lexical(pred, lo)
        focus = None
        content = self.cleft(pred, lo)
        if content is not None:
            focus, pred = pred, self.lexical(content, lo)
        through = self.mono_through(pred, lo)
        if through is not None:  # …を支持するものである -> 支持する
            pred = through
        content = content_predicate(self, pred, lo, kind in ("said", "hedge", "eval", "report"))  # …片貿易である
        if content is not None:
            pred = content[0]
        an = Analysis(pred=pred, predicate=(content and content[1]) or self.predicate_phrase(pred),
                      lemma_key=self._lemma_key(pred))
        if content is None and pred.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and "形状詞" not in pred.tag_ \
                and an.predicate in (pred.lemma_ + "である", pred.lemma_ if kind != "plain" else None):
            an.predicate, an.complement = "である", True  # 輸出先はベトナム、ミャンマーであり -> である + object
        _, hbe = self.bunsetu(outer.i)
        content_end = marker.i if kind in ("report", "said", "hedge", "eval") else hbe
        if kind == "possibility":
            content_end = next(c.i for c in self.lexical(head, lo).children if c.lemma_ == "可能性")
        elif kind != "plain" and not an.complement and pred.pos_ in ("NOUN", "ADJ") and not pred.tag_.startswith(("形容詞", "動詞")) \
                and an.predicate == pred.lemma_:
            an.predicate += "である"  # …限定的とも言える -> 限定的である
        cue_text = doc[marker.i:hbe].text if kind not in ("plain", "decision") and marker is not None else ""
        last = doc[content_end - 1] if kind == "report" else doc[hbe - 1]
        tail = self.text[pred.idx:last.idx + len(last.text)]
        if kind == "decision":  # …こととされた: the passive とする is no hedge; only what follows it counts
            tail = self.text[pred.idx:marker.idx] + "|" + self.text[head.idx:last.idx + len(last.text)]
        an.modality, mcues = modality_of(tail)
        an.cues = [normalise_cue(c) for c in mcues]
        an.polarity = self._polarity(pred, content_end)
        if kind in ("report", "said"):
            an.attributed = True
            an.cues.insert(0, normalise_cue(cue_text))
        elif kind == "eval":
            an.evaluative = True
            an.cues = [normalise_cue(c) for c in find_cues(cue_text, EVALUATIVE_WRAPPER_CUES)] or [normalise_cue(cue_text)]
            an.cues += [normalise_cue(c) for c in mcues]
        elif (pred.pos_ == "ADJ" and not pred.tag_.startswith("動詞")) or an.predicate.endswith("である"):
            an.evaluative = True
        self._arguments(an, head, marker, kind, lo, hi, focus)
        if an.subject is None and outer.i != head.i and not an.quote_bracketed:
            subj = self.subject_token(outer, lo, hi)  # 生産量は…に達する見込みである: the noun's topic
            if subj is not None:
                an.subject, an.topic = replace(self.arg(subj, lo), found_by="dependency"), self.particles(subj) in ("は", "も")
        if kind == "report":
            an.source = self.arg(holder, lo) if holder is not None else self._speaker(an, head, lo, hi)
            an.source = an.source and replace(an.source, found_by="frame")
            if an.subject is None and not an.quote_bracketed and holder is None:
                an.subject = an.source
        return an

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

    def _speaker(self, an: Analysis, head, lo: int, hi: int) -> Optional[ArgRef]:
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

    def _arguments(self, an: Analysis, head, marker, kind: str, lo: int, hi: int, focus=None) -> None:
        qlo, qhi = lo, hi
        if marker is not None and kind != "plain":
            quote = self._bracketed_quote(marker, lo)
            if quote:
                an.quote, an.quote_bracketed, (qlo, qhi) = quote, True, quote
        subj = self.subject_token(an.pred, qlo, qhi)
        if subj is None and not an.quote_bracketed and head.i != an.pred.i and focus is None:
            subj = self.subject_token(head, lo, hi)
            subj = None if subj is not None and subj.i > an.pred.i else subj  # …する必要が|ある: the noun after the verb
        timelike = focus is not None and (self.is_date(focus) or focus.pos_ in ("VERB", "ADJ")
                                          or focus.lemma_ in ADVERBIAL_NOUNS or "副詞可能" in focus.tag_)
        extra = []
        if focus is not None and not timelike:
            if subj is None:
                subj, an.focus_subject = focus, True
            else:
                extra = [focus]  # …ロシアが売却したのは武器である: the focus is the object
        found_by = "dependency"
        if subj is None and not an.quote_bracketed and focus is None:  # 防衛省では、…実施しております
            subj = organisation_setting(self, an.pred, qlo, qhi, head) or (
                organisation_setting(self, head, lo, hi) if head.i != an.pred.i else None)
        if subj is None and an.quote_bracketed:  # 「ロシアの…スタンスは、…インドに近い」
            subj, found_by = self.topic_before(an.pred, qlo), "topic"
        agent = passive_agent(self, an.pred, qlo) if self._passive(an.pred) is not None else None
        if agent is not None and focus is None:  # ユン長官から…感謝の意が表明され: the agent acts
            extra, subj = extra + ([subj] if subj is not None else []), agent
        if subj is not None:
            an.subject = replace(self.arg(subj, qlo), found_by=found_by)
            an.topic = self.particles(subj) in ("は", "も")
        objs = self.object_tokens(an.pred, qlo, qhi)
        if kind in ("plain", "possibility") and head.i != an.pred.i:
            objs += [t for t in self.object_tokens(head, lo, an.pred.i) if t not in objs]
        objs = [t for t in objs if self.bunsetu(t.i) != self.bunsetu(an.pred.i)]  # お|書き|に|なる: no object of itself
        if an.complement:
            objs = [an.pred] + [t for t in objs if t.i != an.pred.i]
        targets, drop = find_targets(self, an.pred, qlo, qhi, objs, kind not in ("plain", "possibility"))
        objs = [t for t in objs if t not in drop]
        an.objects = [replace(self.arg(t, qlo), found_by="dependency") for t in sorted(objs + extra, key=lambda t: t.i)]
        seen = {t.i for t, _ in targets}
        targets += [(t, m) for t, m in phrase_targets(self, an.objects) if t.i not in seen and not seen.add(t.i)]
        an.targets = [replace(self.arg(t, qlo), found_by="dependency", marker=m) for t, m in sorted(targets, key=lambda x: x[0].i)]

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
