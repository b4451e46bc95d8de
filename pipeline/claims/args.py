"""Predicate analysis for claims: wrappers (report / hedge / evaluation / possibility), the content
predicate, its lemma phrase, subject and objects as ArgRefs, modality and polarity.  The roles of the
dependents are found in `roles`, the wrappers and speakers in `wrappers`.

`ArgFinder` holds one Doc's bunsetu index and the block's entity/date records; it never outlives
`claims.extract_claims` and no spaCy object leaves it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from .cues import ADVERBIAL_NOUNS, EVALUATIVE_WRAPPER_CUES, find_cues, modality_of, normalise_cue
from .content import content_predicate
from .formal import formal_head, polite_copula
from .phrase import build_arg, bunsetu_index
from .speech import mune_contents, mune_marker, organisation_setting, passive_agent, speaker_topic
from .targets import find_targets, phrase_targets
from .places import about_targets, goal_targets, place_targets, relative_targets, setting_targets
from .pred import PredicateMixin
from .roles import RoleMixin, lone_kana
from .wrappers import WrapperMixin
from ..records import ArgRef, DateMention, Entity

__all__ = ["Analysis", "ArgFinder", "lone_kana"]


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


class ArgFinder(RoleMixin, WrapperMixin, PredicateMixin):
    """Subject/object roles (`RoleMixin`), wrappers and speakers (`WrapperMixin`) and predicate helpers
    (`PredicateMixin`) over one Doc; `analyse` puts them together for one clause."""

    def __init__(self, doc, entities: list[Entity], dates: list[DateMention]):
        self.doc, self.entities, self.dates = doc, sorted(entities, key=lambda x: x.start), dates
        self.text = doc.text  # Doc.text rebuilds the string on every access: read it once
        self._bs, self._be = bunsetu_index(doc)

    def bunsetu(self, i: int) -> tuple[int, int]:
        return self._bs[i], self._be[i]

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

    def _setting_parties(self, an: Analysis, lo: int, hi: int) -> list:
        """Named places of the predicate (横浜で開催), named settings inside its phrases (国連での協力),
        and the parties inside a subject phrase that names nobody itself (日本に対する姿勢が異なる)."""
        subject = [an.subject] if an.subject is not None and an.subject.entity_id is None else []
        sub_toks = set()
        if an.subject is not None and an.subject.start is not None:
            span = self.doc.char_span(an.subject.start, an.subject.end, alignment_mode="expand")
            sub_toks = {t.i for t in span} if span is not None else set()
        settled = an.objects + ([] if an.topic else subject)  # シリアでの内戦は…: a topic's setting describes it
        found = place_targets(self, an.pred, lo, hi) + setting_targets(self, settled) \
            + phrase_targets(self, subject)
        return [(t, m) for t, m in found if not (t.i in sub_toks and an.subject.entity_id is not None)]

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
                organisation_setting(self, head, lo, hi) if head.i != an.pred.i else None) \
                or speaker_topic(self, an.pred, qlo) or speaker_topic(self, head, lo)  # 外相からは、…を歓迎する
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
        contents = mune_contents(self, an.pred, head, qlo) if kind == "plain" else []  # …を歓迎する旨の発言があった
        for v in contents:
            objs += [t for t in self.object_tokens(v, qlo, v.i + 1) if t not in objs]
        objs = [t for t in objs if self.bunsetu(t.i) != self.bunsetu(an.pred.i)]  # お|書き|に|なる: no object of itself
        if an.complement:
            objs = [an.pred] + [t for t in objs if t.i != an.pred.i]
        targets, drop = find_targets(self, an.pred, qlo, qhi, objs, kind not in ("plain", "possibility"))
        for v in contents:
            more, gone = find_targets(self, v, qlo, v.i + 1, objs, False)
            targets += [x for x in more if x[0].i not in {t.i for t, _ in targets}]
            drop += gone
        objs = [t for t in objs if t not in drop]
        objs += [t for t, _ in about_targets(self, an.pred, qlo) if t not in objs]  # トルコの外交努力について説明
        objs += [t for t, _ in goal_targets(self, an.pred, qlo, objs) if t not in objs]  # サミットの成功に向けて連携
        objs += [t for t, _ in relative_targets(self, qlo, [t for t in objs if not (an.complement and t.i == an.pred.i)])
                 if t not in objs]  # 退陣を含む|調停案; not a copula's complement (…戦争が行われた|時期である)
        an.objects = [replace(self.arg(t, qlo), found_by="dependency") for t in sorted(objs + extra, key=lambda t: t.i)]
        seen = {t.i for t, _ in targets}
        targets += [(t, m) for t, m in phrase_targets(self, an.objects) if t.i not in seen and not seen.add(t.i)]
        targets += [(t, m) for t, m in self._setting_parties(an, qlo, qhi) if t.i not in seen and not seen.add(t.i)]
        an.targets = [replace(self.arg(t, qlo), found_by="dependency", marker=m) for t, m in sorted(targets, key=lambda x: x[0].i)]
