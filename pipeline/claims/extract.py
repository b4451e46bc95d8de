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
The pieces of the clause pass live in their own modules: the clause record and its span (`clause`),
the surface clause heads linked by 、 (`linked`), acts inside a bracketed quotation (`quoted`), and
sentence-level sources and carried speakers (`sources`).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from .args import ArgFinder
from .clause import Clause, set_spans
from .coord import conjuncts
from .fill import Carry, fill_subjects
from .linked import coordinated_heads, has_copula
from .noise import is_noise_predicate, nominal_heads
from .quoted import quoted_clauses
from .report import disclosure, light_verb, noun_suru
from .sources import carried_speaker, sentence_attribution
from .cues import CLOSE_BRACKETS, DEFINITION_RE, FIGURE_RE, SENTENCE_END, bracket_depths
from ..errors import ConfigError
from ..records import ArgRef, Claim, DateMention, Entity, Quantity
from ..text import split_sentences

DEFAULT_LEXICON = Path(__file__).resolve().parents[1] / "data" / "event_verbs.yaml"
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


def _sentence_clauses(finder: ArgFinder, span) -> list[Clause]:
    lo, hi = span.start, span.end
    depths = bracket_depths(span.text)
    inside = lambda t: lo <= t.i < hi  # noqa: E731
    roots = [t for t in span if (t.head.i == t.i or not inside(t.head)) and t.pos_ not in ("PUNCT", "SYM", "SPACE")]
    predicative = [t for t in roots if t.pos_ in ("VERB", "ADJ", "AUX") or has_copula(finder, t)]
    roots = predicative or nominal_heads(span, roots)  # a title, label or number makes no claim
    defs = [(span.start_char + m.start(), span.start_char + m.end()) for m in DEFINITION_RE.finditer(span.text)]
    heads = {t.i: t for t in roots + coordinated_heads(finder, span, depths)
             if not any(a <= t.idx < b for a, b in defs)}  # （以下「ＯＳＡ」という。）
    clauses = [Clause(h, finder.analyse(h, lo, hi)) for _, h in sorted(heads.items())]
    clauses = [c for c in clauses if not any(o.an.quote and o.an.quote[0] <= c.head.i < o.an.quote[1]
                                             for o in clauses if o is not c)]
    if span.text.rstrip("。 ").endswith(("か", "？", "?")):
        clauses = clauses[:-1]  # a (rhetorical) question: its main clause asserts nothing
    set_spans(finder, clauses, lo, hi)
    sentence_attribution(finder, span, clauses)
    return sorted(clauses + quoted_clauses(finder, span, clauses, depths), key=lambda c: c.start)


def _to_claim(finder: ArgFinder, c: Clause, dates, quantities, lexicon) -> Claim:
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


def _central_amount(finder: ArgFinder, c: Clause, q: Quantity) -> bool:
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
