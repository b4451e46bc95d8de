"""Predicate analysis for claims: wrappers (report / hedge / evaluation / possibility), the content
predicate, its lemma phrase, subject and objects as ArgRefs, modality and polarity.

`ArgFinder` holds one Doc's bunsetu index and the block's entity/date records; it never outlives
`claims.extract_claims` and no spaCy object leaves it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .claims_cues import (
    ADVERBIAL_NOUNS, AUX_VERBS, CLOSE_BRACKETS, DOUBLE_NEGATIVE_CUES, EVAL_LEMMAS,
    EVALUATIVE_WRAPPER_CUES, FOCUS_PARTICLES, HEDGE_LEMMAS, NEGATION_LEMMAS,
    PASSIVE_LEMMAS, POSSIBILITY_WRAPPERS, REPORT_LEMMAS, find_cues, modality_of, normalise_cue,
)
from .records import ArgRef, DateMention, Entity

SUBJECT_MARKS = frozenset({"は", "が", "も", "のは", "のが", "こそ", "としては"})
OBJECT_MARKS = frozenset({"を", "に", "をも", "にも", "には"})
FORMAL_NOUNS = frozenset({"こと", "事", "もの", "ところ", "の"})


@dataclass
class Analysis:
    pred: object  # spaCy Token of the content predicate
    predicate: str
    lemma_key: str
    subject: Optional[ArgRef] = None
    topic: bool = False
    objects: list[ArgRef] = field(default_factory=list)
    modality: str = "asserted"
    polarity: str = "positive"
    attributed: bool = False
    source: Optional[ArgRef] = None
    cues: list[str] = field(default_factory=list)
    evaluative: bool = False
    quote: Optional[tuple[int, int]] = None  # token range of a bracketed quotation
    quote_bracketed: bool = False


class ArgFinder:
    def __init__(self, doc, entities: list[Entity], dates: list[DateMention]):
        self.doc, self.entities, self.dates = doc, sorted(entities, key=lambda x: x.start), dates
        self._bs, self._be = _bunsetu_index(doc)

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
            else:
                out = []  # a compound continues: 条約（TAC）に -> only the final particles count
        marks = "".join(x for x in out if x not in FOCUS_PARTICLES)
        return marks

    def is_date(self, tok) -> bool:
        s, e = tok.idx, tok.idx + len(tok.text)
        return any(d.start < e and s < d.end for d in self.dates) or tok.ent_type_ == "Date"

    def subject_token(self, pred, lo: int, hi: int):
        """The subject dependent of ``pred``: は/が-marked before も-marked, nearest first."""
        found = []
        for c in pred.children:
            if not (lo <= c.i < hi) or c.i > pred.i or c.pos_ in ("PUNCT", "SCONJ", "ADP"):
                continue
            marks = self.particles(c)
            if c.lemma_ in ADVERBIAL_NOUNS or "|" in marks or self.is_date(c):
                continue
            if marks in SUBJECT_MARKS or (c.dep_ in ("nsubj", "csubj", "dislocated") and marks == ""):
                found.append((marks == "も", -c.i, c))
        return min(found, key=lambda x: x[:2])[2] if found else None

    def object_tokens(self, pred, lo: int, hi: int) -> list:
        out = []
        for c in sorted(pred.children, key=lambda t: t.i):
            if not (lo <= c.i < pred.i) or c.pos_ in ("PUNCT", "SCONJ", "ADP", "VERB", "ADV") \
                    or c.lemma_ in ADVERBIAL_NOUNS:
                continue
            marks = self.particles(c)
            if (c.dep_ in ("obj", "iobj") and marks in ("", "を", "をも")) or marks in OBJECT_MARKS:
                if not self.is_date(c):
                    out.append(c)
        return out

    def arg(self, tok, lo: int) -> ArgRef:
        """The argument phrase ending at ``tok`` (its bunsetu plus の/compound bunsetu before it,
        stopping at a relative clause), linked to the entity in its own bunsetu, else to the last
        entity inside the phrase (中国の立場 -> China; the text keeps the whole phrase)."""
        doc = self.doc
        bs, be = self.bunsetu(tok.i)
        end = be
        clausal = tok.pos_ in ("VERB", "ADJ")  # a nominalised clause: …を購入しているのは
        formal = tok.lemma_ in FORMAL_NOUNS  # …を促進すること: the clause is the argument
        while end > tok.i + 1 and (doc[end - 1].pos_ in ("ADP", "SCONJ", "PUNCT") or (not clausal and (
                doc[end - 1].pos_ == "AUX" or doc[end - 1].dep_ == "fixed"))) and doc[end - 1].text not in CLOSE_BRACKETS:
            end -= 1
        subtree = {t.i for t in tok.subtree}
        start = bs
        if clausal or formal:
            start = max(lo, tok.left_edge.i)
            commas = [t.i for t in doc[start:tok.i] if t.text in ("、", "，") and t.i > 0 and not _enumerating(doc[t.i - 1])]
            start = commas[-1] + 1 if commas else start
        while start > lo and not (clausal or formal):
            pbs = self._bs[start - 1]
            toks = doc[pbs:start]
            if not all(t.i in subtree for t in toks) or any(
                    (t.pos_ in ("VERB", "ADJ", "AUX") and t.dep_ != "fixed") or t.dep_ == "acl" for t in toks):
                break
            start = pbs
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = doc.text[s_char:e_char]
        s_char, e_char = _balance(doc.text, s_char, e_char)
        text = doc.text[s_char:e_char]
        ent = self._entity_in(doc[bs].idx, e_char, tok.idx) or self._entity_in(s_char, e_char, tok.idx)
        if ent is None:
            return ArgRef(text=text, start=s_char, end=e_char)
        return ArgRef(text=text, entity_id=ent.id or None, glossary_id=ent.glossary_id,
                      label_en=ent.label_en, start=s_char, end=e_char)

    def _entity_in(self, s: int, e: int, head_char: int) -> Optional[Entity]:
        hits = [x for x in self.entities if x.start < e and s < x.end]
        for x in hits:
            if x.start <= head_char < x.end:
                return x
        return hits[-1] if hits else None

    # ---- predicates ------------------------------------------------------------------------
    def analyse(self, head, lo: int, hi: int) -> Analysis:
        doc = self.doc
        kind, pred, marker = "plain", self.lexical(head, lo), self._quote_marker(head, lo)
        if marker is not None:
            content = self._content_pred(marker, lo)
            tail = doc[head.i:self.bunsetu(head.i)[1]].text
            if content is None:
                pass
            elif head.lemma_ in EVAL_LEMMAS and (head.lemma_ != "言う" or "ざる" in tail):
                kind, pred = "eval", content
            elif head.lemma_ in REPORT_LEMMAS:
                kind, pred = "report", content
            elif head.lemma_ in HEDGE_LEMMAS and self._passive(head) is not None:
                kind, pred = ("said" if head.lemma_ == "する" else "hedge"), content
        if kind == "plain":
            pred, kind = self._possibility(pred)
            pred = self.lexical(pred, lo)
        an = Analysis(pred=pred, predicate=self.predicate_phrase(pred), lemma_key=self._lemma_key(pred))
        _, hbe = self.bunsetu(head.i)
        content_end = marker.i if kind in ("report", "said", "hedge", "eval") else hbe
        if kind == "possibility":
            content_end = next(c.i for c in self.lexical(head, lo).children if c.lemma_ == "可能性")
        elif kind != "plain" and pred.pos_ in ("NOUN", "PROPN", "PRON") and not an.predicate.endswith("である"):
            an.predicate += "である"  # …関係とも言える -> 関係である
        cue_text = doc[marker.i:hbe].text if kind != "plain" and marker is not None else ""
        last = doc[content_end - 1] if kind == "report" else doc[hbe - 1]
        an.modality, mcues = modality_of(doc.text[pred.idx:last.idx + len(last.text)])
        an.cues = [normalise_cue(c) for c in mcues]
        an.polarity = self._polarity(pred, content_end)
        if kind in ("report", "said"):
            an.attributed = True
            an.cues.insert(0, normalise_cue(cue_text))
        elif kind == "eval":
            an.evaluative = True
            an.cues = [normalise_cue(c) for c in find_cues(cue_text, EVALUATIVE_WRAPPER_CUES)] or [normalise_cue(cue_text)]
            an.cues += [normalise_cue(c) for c in mcues]
        elif pred.pos_ == "ADJ" or an.predicate.endswith("である"):
            an.evaluative = True
        self._arguments(an, head, marker, kind, lo, hi)
        if kind == "report":
            an.source = self._speaker(an, head, lo, hi)
            if an.subject is None and not an.quote_bracketed:
                an.subject = an.source
        return an

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
            elif tok.lemma_ == "なる" and i - 1 >= lo and doc[i].lemma_ in ("に", "だ") and doc[i - 1].lemma_ == "よう":
                j = i - 2
            else:
                return tok
            while j > lo and (doc[j].pos_ in ("AUX", "PUNCT") or doc[j].dep_ == "fixed"):
                j -= 1
            if j < lo or doc[j].pos_ not in ("VERB", "ADJ", "NOUN"):
                return tok
            tok = doc[j]
        return tok

    def _speaker(self, an: Analysis, head, lo: int, hi: int) -> Optional[ArgRef]:
        """Who says it: the reporting verb's subject; else the nearest は/が/も phrase before a
        bracketed quote; else, for indirect speech, the content's は/も topic (プーチン大統領は…と述べた)."""
        if self._passive(head) is not None:
            return None
        src = self.subject_token(head, lo, hi)
        if src is None and an.quote_bracketed:
            before = [t for t in reversed(self.doc[lo:an.quote[0]]) if t.pos_ in ("NOUN", "PROPN", "PRON")
                      and t.lemma_ not in ADVERBIAL_NOUNS and not self.is_date(t)]
            src = next((t for t in before if self.particles(t) in ("は", "が", "も")), None) \
                or next((t for t in before if self.particles(t) == "では"), None)
        if src is None and not an.quote_bracketed:
            cs = self.subject_token(an.pred, lo, hi)
            src = cs if cs is not None and self.particles(cs) in ("は", "も") else None
        if src is None:
            src = next((c for c in head.children if lo <= c.i < head.i and self.particles(c) == "では"), None)
        return self.arg(src, lo) if src is not None else None

    def _arguments(self, an: Analysis, head, marker, kind: str, lo: int, hi: int) -> None:
        qlo, qhi = lo, hi
        if marker is not None and kind != "plain":
            quote = self._bracketed_quote(marker, lo)
            if quote:
                an.quote, an.quote_bracketed, (qlo, qhi) = quote, True, quote
        subj = self.subject_token(an.pred, qlo, qhi)
        if subj is None and not an.quote_bracketed and head.i != an.pred.i:
            subj = self.subject_token(head, lo, hi)
        if subj is not None:
            an.subject = self.arg(subj, qlo)
            an.topic = self.particles(subj) in ("は", "も")
        objs = self.object_tokens(an.pred, qlo, qhi)
        if kind in ("plain", "possibility") and head.i != an.pred.i:
            objs += [t for t in self.object_tokens(head, lo, an.pred.i) if t not in objs]
        an.objects = [self.arg(t, qlo) for t in sorted(objs, key=lambda t: t.i)]

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
        text = doc.text[span_text_start:doc[end - 1].idx + len(doc[end - 1].text)] if end > pred.i else ""
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
        if nxt is not None and nxt.lemma_ == "する" and nxt.pos_ == "AUX" and not pred.lemma_.endswith("する"):
            return pred.lemma_ + "する"
        return pred.lemma_

    def predicate_phrase(self, pred) -> str:
        """調印+し -> 調印する; 受け入れ+られ -> 受け入れられる; 重要+で+ある -> 重要である; 難しい."""
        _, be = self.bunsetu(pred.i)
        nxt = list(self.doc[pred.i + 1:be])
        passive = self._passive(pred)
        if nxt and nxt[0].lemma_ == "する" and nxt[0].pos_ == "AUX" and not pred.lemma_.endswith("する"):
            return pred.lemma_ + ("される" if passive is not None else "する")
        potential = next((t for t in nxt if t.lemma_ == "できる" and t.pos_ == "AUX"), None)
        if potential is not None:
            return pred.lemma_ + "できる"
        if pred.pos_ == "VERB":
            i = pred.i
            while i > 0 and self.doc[i - 1].dep_ == "compound" and self.doc[i - 1].head.i == pred.i \
                    and self.doc[i - 1].pos_ == "NOUN" and pred.tag_.startswith("動詞"):
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


def _enumerating(before_comma) -> bool:
    """平和、安定、 / 中国や、: a comma inside a list of nouns, not a clause boundary."""
    if before_comma.lemma_ in ADVERBIAL_NOUNS or before_comma.lemma_ in ("限り", "通り", "とおり", "場合", "うち"):
        return False  # …が続く限り、 / 上述の通り、: clause-linking nouns
    return before_comma.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "SYM") or before_comma.lemma_ in ("や", "と", "など")


def _balance(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim an unmatched opening bracket at the start or closing bracket at the end."""
    pairs = dict(zip("「『（(", "」』）)"))
    while e - s > 1 and text[s] in pairs and text[s:e].count(text[s]) > text[s:e].count(pairs[text[s]]):
        s += 1
    while e - s > 1 and text[e - 1] in pairs.values():
        opener = next(k for k, v in pairs.items() if v == text[e - 1])
        if text[s:e].count(text[e - 1]) <= text[s:e].count(opener):
            break
        e -= 1
    return s, e


def _bunsetu_index(doc) -> tuple[list[int], list[int]]:
    starts, ends = list(range(len(doc))), list(range(1, len(doc) + 1))
    try:
        import ginza

        spans = ginza.bunsetu_spans(doc)
    except Exception:  # a non-GiNZA Doc: every token is its own bunsetu
        return starts, ends
    for sp in spans:
        for i in range(sp.start, sp.end):
            starts[i], ends[i] = sp.start, sp.end
    return starts, ends
