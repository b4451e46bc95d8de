"""Claims: one record per predicate clause of a paragraph, from GiNZA's dependency and bunsetu parse.

`extract_claims` works on the Doc of ONE repaired block.  Per sentence (our own bracket-aware
`split_sentences`): the clause heads are the sentence root(s) plus predicates coordinated with them
(advcl/conj whose bunsetu ends in a 連用形/て/が + 、).  Relative clauses (acl) and the inside of
quotations never make claims of their own.  A head that is a *wrapper* taking a と-complement is
read through to the content predicate:

- reporting verbs (と指摘している, と述べた, と報道されて) -> attributed, source = the speaker;
- hedges (と見られる, とされる) -> modality hedged (とされる is also attributed, source unknown);
- evaluations (と言える, と言わざるを得ない, and the author's own と指摘できる / ことが指摘できる /
  ことが言える) -> type evaluative, modality asserted/speculative, not attributed;
- 可能性がある / 可能性も否定できない -> speculative;
- …することとされた (passive of とする on a こと-clause) is an official decision: the predicate is the
  verb of the こと-clause, asserted, not attributed (…であるとされる stays hedged + attributed);
- …と予測する専門家もいる (a reporting verb in a relative clause on the noun whose existence is
  asserted, + もいる/がいる/もある) -> the と-content, attributed, source = that noun.

An abbreviation definition in brackets (（以下「ＯＳＡ」という。）) never makes a claim, and a clause
never starts inside a noun compound (…設置し、南沙（スプラトリー）諸島で… splits before 南沙).

Copular and なる clauses name their content (`claims_content`): a predicate nominal is the
predicate (ロシアは最大の武器供給国であり -> 武器供給国である; …という片貿易である -> 片貿易である), a
statistic word that of an amount complement (…前年比0.6%減の7,743億円だった -> 減), …重要になる,
…ためである / …ことになる read through to their clause.  When the complement names an entity or a
time, `predicate` is 'である' and the complement phrase Y is the first of `objects` (主な輸出先は
ベトナム、ミャンマーであり -> である + [ベトナム、ミャンマー]).  A property word keeps its own predicate
(重要である, 限定的である, 小さい), and …するものである is read through to the verb (支持する).
Speech frames closed by 旨 (…連携していきたい旨を述べました) are read like と-complements, and
…と思う is the speaker's own view of its と-clause (`claims_speech`).

A cleft (…維持したのが ASEAN であった, …拡大したのは2010年代に入ってからである) is read as its
nominalised predicate (維持する, 拡大する) with the focus as subject, unless the focus is a time.

The claim span runs from the clause's first dependent (for a sentence's first clause: from the
sentence start) to the end of the head's bunsetu (so a reported claim's evidence includes its
source and cue); `predicate` is the content predicate.  Dates and quantities are those inside the
span.  `type`: `reported` when attributed; else `quantitative` when an amount is what the clause
asserts (see `_central_amount`); else `evaluative` (adjective / copula / と言える); else `event`.
Cue lexicons and the modality/negation policy live in `claims_cues`; zero subjects and topics
carried over clauses and sentences in `claims_fill`; argument phrases and entity links (including
coordinated subjects: linked to the first conjunct, the whole phrase in `text`) in `claims_phrase`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from .args import Analysis, ArgFinder
from .coord import conjuncts
from .fill import Carry, fill_subjects
from .noise import is_noise_predicate, nominal_heads
from .report import disclosure, light_verb, noun_suru
from .cues import (
    ACCORDING_LEMMA_SEQ, CLAUSE_COMMAS, CLOSE_BRACKETS, CONCESSIVE_ENDINGS, CONCURRENT_ENDINGS, COORD_SCONJ, DEFINITION_RE, FIGURE_RE, OPEN_BRACKETS, PARTICLE_VERBS,
    PARTICLE_VERB_MARKS,
    REPORT_LEMMAS, SENTENCE_END, SUBORDINATE_ENDINGS, bracket_depths, normalise_cue,
)
from ..errors import ConfigError
from ..records import ArgRef, Claim, DateMention, Entity, Quantity
from ..text import split_sentences
from ..titles import OFFICES

DEFAULT_LEXICON = Path(__file__).resolve().parents[1] / "data" / "event_verbs.yaml"
CONTRAST_NOUNS = frozenset({"一方", "反面", "ほか", "他"})  # …開催する一方、 / …運ばれたほか、: the clause before is one
GENERIC_COUNTERS = frozenset({"度", "回", "つ", "番", "番目", "次"})
NO_CLAIM_BLOCKS = frozenset({"heading", "caption", "unit", "source"})


def load_event_lexicon(path: Path | None = None) -> dict[str, str]:
    """lemma -> event category from a YAML mapping ``category: [lemma, ...]`` (first category wins)."""
    import yaml

    path = Path(path) if path else DEFAULT_LEXICON
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the event-verb lexicon ({exc}); fix or remove it") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping 'category: [lemma, ...]' at the top level")
    lexicon: dict[str, str] = {}
    for category, lemmas in data.items():
        if not isinstance(lemmas, list) or not all(isinstance(x, str) for x in lemmas):
            raise ConfigError(f"{path}: key '{category}' must be a list of lemma strings")
        for lemma in lemmas:
            lexicon.setdefault(lemma.strip(), str(category))
    return lexicon


@dataclass
class _Clause:
    head: object  # spaCy Token: the outer predicate (wrapper or plain)
    an: Analysis
    start: int = 0
    end: int = 0
    subject: Optional[ArgRef] = None
    topic: bool = False
    extra_cues: list[str] = field(default_factory=list)
    source: Optional[ArgRef] = None


def extract_claims(doc, entities: list[Entity], dates: list[DateMention], quantities: list[Quantity],
                   footnote_anchors: list[tuple[int, int]], lexicon: dict[str, str],
                   block_kind: str = "paragraph") -> list[Claim]:
    """Claims of one block (see module docstring); offsets are into ``doc.text``; sorted by start."""
    if block_kind in NO_CLAIM_BLOCKS:
        return []
    finder = ArgFinder(doc, entities, dates)
    text = finder.text
    if not text.strip():
        return []
    claims: list[Claim] = []
    carry = Carry()
    people = {x.id for x in entities if x.type == "PERSON" and x.id}
    last_source: Optional[ArgRef] = None  # the previous sentence's speaker (首相は…「…」と語った。)
    for s, e in split_sentences(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        clauses = _sentence_clauses(finder, span)
        before, carry = carry, fill_subjects(finder, span, clauses, carry)
        sentence_claims = [noun_suru(finder, c.head, light_verb(finder, c.head, disclosure(
            finder, c.head, _to_claim(finder, c, dates, quantities, lexicon), span.start, span.end)))
                           for c in clauses]  # …ことを明らかにした: reported from the one who discloses; 説明があった
        sentence_claims = [c for c in sentence_claims if not is_noise_predicate(c.predicate)]
        sentence_claims = [carried_speaker(carried_speaker(c, before.topic, people), last_source, people)
                           for c in sentence_claims]
        last_source = next((c.source for c in reversed(sentence_claims) if isinstance(c.source, ArgRef)), None)
        sentence_claims = _attach_footnotes(sentence_claims, footnote_anchors, s, e, text)
        figure = FIGURE_RE.search(text[s:e])
        if figure:
            name = figure.group(1).replace(" ", "")
            sentence_claims = [replace(c, figure=name) for c in sentence_claims]
        claims.extend(sentence_claims)
    return sorted(claims, key=lambda c: (c.start, c.end))


def _sentence_clauses(finder: ArgFinder, span) -> list[_Clause]:
    lo, hi = span.start, span.end
    depths = bracket_depths(span.text)
    inside = lambda t: lo <= t.i < hi  # noqa: E731
    roots = [t for t in span if (t.head.i == t.i or not inside(t.head)) and t.pos_ not in ("PUNCT", "SYM", "SPACE")]
    predicative = [t for t in roots if t.pos_ in ("VERB", "ADJ", "AUX") or _has_copula(finder, t)]
    roots = predicative or nominal_heads(span, roots)  # a title, label or number makes no claim
    defs = [(span.start_char + m.start(), span.start_char + m.end()) for m in DEFINITION_RE.finditer(span.text)]
    heads = {t.i: t for t in roots + _coordinated_heads(finder, span, depths)
             if not any(a <= t.idx < b for a, b in defs)}  # （以下「ＯＳＡ」という。）
    clauses = [_Clause(h, finder.analyse(h, lo, hi)) for _, h in sorted(heads.items())]
    clauses = [c for c in clauses if not any(o.an.quote and o.an.quote[0] <= c.head.i < o.an.quote[1]
                                             for o in clauses if o is not c)]
    if span.text.rstrip("。 ").endswith(("か", "？", "?")):
        clauses = clauses[:-1]  # a (rhetorical) question: its main clause asserts nothing
    _set_spans(finder, clauses, lo, hi)
    _sentence_attribution(finder, span, clauses)
    return sorted(clauses + _quoted_clauses(finder, span, clauses, depths), key=lambda c: c.start)


def _quoted_clauses(finder: ArgFinder, span, clauses: list[_Clause], depths: list[int]) -> list[_Clause]:
    """Coordinated clauses inside the bracketed quotation of a reported clause (声明は「安保理は…を糾弾し、
    …措置を取り、…意志を示した」と評価した): each act is a claim of its own, reported from the same source
    with the same cue, when it has its own subject or object (a bare …し、 adds nothing; a state or
    evaluation such as 「関係が希薄であり、…難しい」 stays part of the one quoted view)."""
    out = []
    for o in clauses:
        quote = o.an.quote if o.an.attributed and o.an.quote_bracketed else None
        if quote is None:  # only a report's quotation reports its acts (「…」と言える is the author's)
            continue
        qlo, qhi = quote[0] + 1, quote[1] - 1
        level = depths[finder.doc[quote[0]].idx - span.start_char] + 1
        heads = [h for h in _coordinated_heads(finder, span, depths, (qlo, qhi), level) if h.i != o.an.pred.i]
        inner = [_Clause(h, finder.analyse(h, qlo, qhi)) for h in heads]
        inner = [c for c in inner if c.an.pred.pos_ == "VERB" and not c.an.predicate.endswith("である")
                 and "ではなく" not in finder.doc[c.head.i:finder.bunsetu(c.head.i)[1]].text  # 「敵をつくるのではなく、…」
                 and (c.an.subject is not None or c.an.objects or c.an.targets)]  # 「…が希薄であり、…」: one view
        _set_spans(finder, inner, qlo, qhi)
        cue = normalise_cue(finder.doc[quote[1]:finder.bunsetu(o.head.i)[1]].text)  # と述べた, と評価した
        for c in inner:
            c.source, c.extra_cues = o.an.source, [cue]
        out.extend(inner)
    return out


def _coordinated_heads(finder: ArgFinder, span, depths: list[int], window=None, level: int = 0) -> list:
    """Predicates of bunsetu that end a coordinated clause with 、 at bracket depth ``level`` (0: outside
    every bracket), within the token ``window`` (default: the sentence).

    Found on the surface rather than from dependency labels: GiNZA often attaches a 連用中止
    clause (…を開催し、…を宣言した) to a relative clause or a noun."""
    lo, hi = window or (span.start, span.end)
    doc, out, i = finder.doc, [], lo
    while i < hi:
        bs, be = finder.bunsetu(i)
        bs, be = max(bs, lo), min(be, hi)
        comma = doc[be - 1]
        if be - bs >= 2 and comma.text in CLAUSE_COMMAS and depths[comma.idx - span.start_char] == level:
            pred = _bunsetu_pred(finder, bs, be - 1)
            if pred is not None and _is_coordinated(finder, pred, bs, be):
                out.append(pred)
            elif (act := _example_act(finder, bs, be)) is not None:
                out.append(act)
            elif doc[bs].lemma_ in CONTRAST_NOUNS and be - bs == 2 and bs > span.start:
                pred = _bunsetu_pred(finder, finder.bunsetu(bs - 1)[0], bs)  # …が始まる|一方、
                if pred is not None and doc[bs - 1].pos_ != "PUNCT":
                    out.append(pred)
        i = be
    return out


def _example_act(finder: ArgFinder, bs: int, be: int):
    """The verb of …決議を履行するなど、 / …役割を自認したなど、: an act given as an example of what the
    subject does is asserted like a coordinated clause (…などの, a noun before など, is no clause)."""
    doc = finder.doc
    if be - bs < 3 or doc[be - 2].lemma_ != "など" or doc[be - 2].pos_ not in ("PART", "ADP"):
        return None
    end = doc[be - 3]
    if end.pos_ not in ("VERB", "AUX") or not any(x in _inflection(end) for x in ("終止形", "連体形")):
        return None
    pred = _bunsetu_pred(finder, bs, be - 2)
    return pred if pred is not None and pred.pos_ in ("VERB", "ADJ") and pred.dep_ != "acl" else None


def _bunsetu_pred(finder: ArgFinder, bs: int, end: int):
    doc = finder.doc
    for t in reversed(doc[bs:end]):
        if t.pos_ in ("AUX", "SCONJ", "PUNCT", "ADP") or t.dep_ == "fixed":
            continue
        if t.pos_ in ("VERB", "ADJ") or t.tag_.startswith("形容詞") or _has_copula(finder, t):
            return t  # 根深く、: an adjective GiNZA tags NOUN is still one
        return None
    return None


def _has_copula(finder: ArgFinder, tok) -> bool:
    return finder.has_copula(tok)


def _is_coordinated(finder: ArgFinder, pred, bs: int, be: int) -> bool:
    """A clause linked by 連用形/て/が + 、 (…に達し、 / …であり、 / …ており、 / …であったが、), or a 終止形
    that summaries of speech juxtapose (…お会いでき嬉しく思う,パートナーシップは開花しており,…と述べました)
    unless it modifies a noun (…に属さない、独立した一つの「極」)."""
    doc = finder.doc
    body = doc[bs:be - 1].text
    last = doc[be - 2]
    if body.endswith(CONCURRENT_ENDINGS) and pred.pos_ == "VERB":
        return True  # …を歓迎するとともに、 / …会談を行ったところ、 / …を表明しつつ、: an act of its own
    if body.endswith(CONCESSIVE_ENDINGS):
        return True  # …低下したものの、: asserted, unlike ば / ため / ながら
    if body.endswith(SUBORDINATE_ENDINGS) or "連用形-ニ" in _inflection(last):
        return False
    if last.text == "で" and last.dep_ == "cop":  # 認識は平行線で、: the copula's 連用形 after its own subject
        return any(c.i < pred.i and finder.particles(c) in ("は", "が") for c in pred.children)
    prev = doc[pred.i - 1] if pred.i > 0 else None
    if pred.lemma_ in PARTICLE_VERBS and prev is not None and prev.pos_ == "ADP":
        return False  # に加え、 / にかけて、 / に向けて、: compound particles, not clauses
    if prev is not None and _particle_verb(pred, prev):
        return False  # につきまして、 / におきまして、 / としまして、: compound particles, not clauses
    if pred.lemma_ == "ある" and last.lemma_ == "て":
        return False  # その甲斐あって、
    if last.pos_ == "SCONJ":
        return last.lemma_ in COORD_SCONJ
    if last.pos_ in ("VERB", "AUX", "ADJ") and "終止形" in _inflection(last):
        return pred.dep_ != "acl" and pred.head.pos_ not in ("NOUN", "PROPN")  # …属さない、独立した「極」: a relative clause
    return (last.pos_ in ("VERB", "AUX", "ADJ") or last.tag_.startswith("形容詞")) and "連用形" in _inflection(last)


def _particle_verb(pred, prev) -> bool:
    """``pred`` with the particle ``prev`` is a compound particle (PARTICLE_VERB_MARKS).  Xとする is one
    only after a noun, without an object of its own and not after こと (目標を2030年とし、 and
    …引き上げることとし、 set or decide something; …要請があったとされ、 reports it: clauses)."""
    if prev.pos_ != "ADP" or PARTICLE_VERB_MARKS.get(pred.lemma_) != prev.lemma_:
        return False
    if pred.lemma_ != "する":
        return True
    noun = prev.head if prev.head.i < prev.i else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_ in ("こと", "事", "よう", "もの"):
        return False
    return not any(c.dep_ == "obj" for c in pred.children)


def _inflection(tok) -> str:
    infl = tok.morph.get("Inflection")
    return infl[0] if infl else ""


def _set_spans(finder: ArgFinder, clauses: list[_Clause], lo: int, hi: int) -> None:
    doc = finder.doc
    heads = {c.head.i for c in clauses}
    prev_end_tok = lo
    for k, c in enumerate(clauses):
        own = _own_tokens(c.head, heads, lo, hi)
        first = lo if k == 0 else _compound_start(doc, max(min(own), prev_end_tok), prev_end_tok)
        _, be = finder.bunsetu(c.head.i)
        be = next((t.i for t in doc[c.head.i:be] if t.text in CLAUSE_COMMAS), be)  # 設置し、|南沙（…）: a misparsed bunsetu
        last = be - 1
        while last > first and doc[last].pos_ == "PUNCT" and doc[last].text not in CLOSE_BRACKETS:
            last -= 1
        while first < last and doc[first].pos_ == "PUNCT" and doc[first].text not in OPEN_BRACKETS:
            first += 1
        c.start, c.end = doc[first].idx, doc[last].idx + len(doc[last].text)
        prev_end_tok = be


def _compound_start(doc, first: int, floor: int) -> int:
    """A clause never starts inside a noun compound: 南沙（スプラトリー）|諸島で… starts at 南沙."""
    while first - 1 >= floor and not doc[first - 1].tag_.startswith(("動詞", "形容詞")) and (
            doc[first - 1].pos_ in ("NOUN", "PROPN", "NUM", "SYM") or doc[first - 1].text in "（）()"):
        first -= 1
    return first


def _own_tokens(head, heads: set[int], lo: int, hi: int) -> list[int]:
    own, stack = [], [head]
    while stack:
        t = stack.pop()
        own.append(t.i)
        stack.extend(ch for ch in t.children if lo <= ch.i < hi and ch.i not in heads)
    return own


def _sentence_attribution(finder: ArgFinder, span, clauses: list[_Clause]) -> None:
    """X が指摘する通り、… and X によると、…: every clause after the cue is reported from X."""
    toks = list(span)
    for k, t in enumerate(toks):
        cue_end, source_tok, cue = None, None, None
        if t.lemma_ in REPORT_LEMMAS and t.dep_ == "acl" and t.head.lemma_ in ("通り", "とおり", "よう"):
            cue_end, cue = t.head.idx, finder.doc[t.i:t.head.i + 1].text
            source_tok = finder.subject_token(t, span.start, span.end)
        elif (t.lemma_, toks[k + 1].lemma_ if k + 1 < len(toks) else "") == ACCORDING_LEMMA_SEQ \
                and _according_end(toks, k + 2) is not None:
            end = _according_end(toks, k + 2)  # によると / によれば / によりますと (polite, news and NHK style)
            cue_end, cue, source_tok = t.idx, "によると" if toks[end].text == "と" else "によれば", t.head
        if cue_end is None:
            continue
        source = replace(finder.arg(source_tok, span.start), found_by="frame") if source_tok is not None else None
        for c in clauses:
            if c.end > cue_end:
                c.extra_cues.append(normalise_cue(cue))
                c.source = c.source or source


SPEAKER_TITLES = ("氏",) + OFFICES
# cues of a report with no speaker to carry: hearsay, passives, によると, とされる
_IMPERSONAL_CUES = ("という", "とされ", "によ", "られ", "され", "報じ", "見られ")


def carried_speaker(claim: Claim, topic: Optional[ArgRef], people: set[str] = frozenset()) -> Claim:
    """A reported claim whose reporting verb has no subject in its sentence (また、…については「…」と
    説明。) is the previous sentence's topic's report (首相は番組で、「…」と語った。), as the subject of
    the reporting verb would be carried over, when that topic is a person (a PERSON entity in
    ``people``, or a title or 氏: 首相は); hearsay and passive reports (という, とされる) keep none."""
    if not claim.attributed or claim.source is not None or topic is None or not claim.cue \
            or any(x in claim.cue for x in _IMPERSONAL_CUES):
        return claim
    if topic.entity_id not in people and not "".join(topic.text.split()).endswith(SPEAKER_TITLES):
        return claim
    return replace(claim, source=replace(topic, found_by="carried"))


def _according_end(toks, i: int):
    """Index of the と/ば closing によると / によれば / によりますと, starting after によ(る)."""
    if i < len(toks) and toks[i].lemma_ == "ます":
        i += 1
    return i if i < len(toks) and toks[i].text in ("と", "ば") else None


def _to_claim(finder: ArgFinder, c: _Clause, dates, quantities, lexicon) -> Claim:
    an = c.an
    inside = lambda r: c.start <= r.start and r.end <= c.end  # noqa: E731
    qs = [q for q in quantities if inside(q) and q.kind != "unit_declaration"]
    ds = [d for d in dates if inside(d)]
    cues = an.cues + c.extra_cues
    attributed = an.attributed or bool(c.extra_cues)
    if attributed:
        ctype = "reported"
    elif any(_central_amount(finder, c, q) for q in qs):
        ctype = "quantitative"
    elif an.evaluative:
        ctype = "evaluative"
    else:
        ctype = "event"
    split = lambda args: tuple(x for a in args for x in conjuncts(finder.text, finder.entities, a))  # noqa: E731
    subjects = split([c.subject]) if c.subject is not None else ()
    return Claim(
        start=c.start, end=c.end, text=finder.text[c.start:c.end], predicate=an.predicate,
        subject=subjects[0] if subjects else None, objects=split(an.objects), targets=split(an.targets),
        subjects=subjects if len(subjects) > 1 else (),
        dates=tuple({"value": d.value, "earliest": d.earliest, "latest": d.latest,
                     **({"kind": d.kind} if d.kind != "date" else {})} for d in ds),
        quantities=tuple({"value": q.value, "unit": q.unit, **({"value_max": q.value_max} if q.value_max is not None else {})}
                         for q in qs),
        modality=an.modality, polarity=an.polarity, attributed=attributed,
        source=an.source or c.source, cue="; ".join(dict.fromkeys(cues)) or None,
        type=ctype, event_category=lexicon.get(an.lemma_key) or lexicon.get(an.pred.lemma_),
    )


def _central_amount(finder: ArgFinder, c: _Clause, q: Quantity) -> bool:
    """Is the amount what the claim asserts?  Yes when it sits in the predicate's bunsetu
    (0.4%に過ぎない) or is a complement of the predicate (108億7000万ドルに達し, ２倍以上となった,
    170億ドル程度で横ばいとなって).  No for an amount modifying a noun (Su-35戦闘機11機の発注,
    84億ドルのアメリカ) or inside a relative clause, and never for counts of discourse items with a
    generic counter (二度, 三つ, 二つの文書): those are attached but the type stays event/evaluative."""
    if q.unit in GENERIC_COUNTERS:  # durations (20年以上続いている) are dates records since schema 3
        return False
    span = finder.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    core = {finder.bunsetu(t.i) for t in (c.an.pred, c.head)}
    h = span.root
    if finder.bunsetu(h.i) in core:
        return True
    while h.head.i != h.i and finder.bunsetu(h.head.i) == finder.bunsetu(h.i):
        h = h.head
    if finder.particles(h).endswith("の"):
        return False
    g = h.head
    if finder.bunsetu(g.i) in core:
        return True
    return finder.particles(g) in ("と", "に") and finder.bunsetu(g.head.i) in core


def _attach_footnotes(claims: list[Claim], anchors, s: int, e: int, text: str) -> list[Claim]:
    """A marker at the sentence end supports every claim of the sentence; a marker mid-sentence
    supports the claim whose span contains it, else the last claim ending before it."""
    notes: dict[int, list[int]] = {i: [] for i in range(len(claims))}
    for n, pos in sorted(anchors, key=lambda a: a[1]):
        if not (s < pos <= e or (pos == s == 0)):
            continue
        rest = text[pos:e]
        if all(ch in SENTENCE_END + CLOSE_BRACKETS + " 　" for ch in rest):
            for i in notes:
                notes[i].append(n)
            continue
        hit = [i for i, c in enumerate(claims) if c.start <= pos <= c.end]
        if not hit:
            hit = [i for i, c in enumerate(claims) if c.end <= pos][-1:]
        for i in hit[-1:]:
            notes[i].append(n)
    return [replace(c, footnotes=tuple(notes[i])) if notes[i] else c for i, c in enumerate(claims)]
