"""Argument phrases for claims: the text span of a subject/object/source and its entity link.

Linking policy (what a researcher gets in `subject`/`objects`/`source`):

- `text` is always the whole noun phrase (modifiers included, a relative clause excluded):
  欧米志向の「大西洋主義」外交, ロシアの研究者, ASEAN諸国との…協力拡大.  Brackets stay balanced: a
  phrase closing a bracket starts at its opener (「…政府間機関の設立に関する条約」) and a bracket
  opened in a compound runs to its closer (日比円滑化協定（Reciprocal Access Agreement、RAA）).
- The phrase links to an entity (`entity_id`/`glossary_id`/`label_en`) only when
  (a) the entity IS the phrase's head (ロシア, 東南アジア友好協力条約（TAC）, ASEAN側 -- a
      suffix such as 側/諸国 is transparent; so is a title compound after a name: 習近平国家主席,
      岸田内閣総理大臣, バイデン米大統領 link to the person, 中国の習近平国家主席 too), or
  (b) the entity is the phrase's genitive possessor, the X of "X の N" (ロシアの研究者,
      ロシアの公式見解, Su-35戦闘機11機の発注).  The link then means affiliation/possession
      ("a researcher of Russia"), NOT identity; `text` shows the difference.
- An entity inside any other modifier -- Xとの / Xへの / Xにおける / Xに関する, or a compound
  modifier such as 「大西洋主義」外交 -- is NOT linked: 中国との国境画定交渉の目処 is not China.
- Coordination (カンボジアとタイ, ロシアとASEAN, ベトナム、ミャンマー, ロシアと中国の関係): an ArgRef
  has room for one entity, so it links the FIRST conjunct and `text` keeps the whole coordinated
  phrase -- the other conjuncts are visible only in `text` (a researcher filtering by entity finds
  the claim under the first one; search `text` for the rest).
"""
from __future__ import annotations

from typing import Optional

from .cues import ADVERBIAL_NOUNS, CLOSE_BRACKETS, OPEN_BRACKETS
from .coord import coordinated
from .named import entity_arg
from .titles import TITLE_HEADS, is_title
from .heads import APPOSITION_HEADS, apposed, content_clause
from ..records import ArgRef, Entity

FORMAL_NOUNS = frozenset({"こと", "事", "もの", "ところ", "の"})
# Generic class nouns after a product/name: Su-35|戦闘機, Mi-17|ヘリコプター.
GENERIC_HEADS = frozenset({"戦闘機", "ヘリコプター", "潜水艦", "ミサイル", "艦", "機", "条約", "協定", "会議"})
SENTENCE_STOPS = ("。", "．")
ENUM_PARTICLES = frozenset({"や", "と", "、", "，", "の", "など", "及び", "および"})


def build_arg(finder, tok, lo: int) -> ArgRef:
    """The argument phrase ending at ``tok`` (its bunsetu plus the の/compound bunsetu before it,
    stopping at a relative clause or a case-marked phrase), linked per the module policy."""
    doc = finder.doc
    bs, be = finder.bunsetu(tok.i)
    clausal = tok.pos_ in ("VERB", "ADJ") or _is_kadouka(doc, tok)  # …を購入しているのは / …かどうかは
    formal = tok.lemma_ in FORMAL_NOUNS or content_clause(tok)  # …を促進すること / …を解散する考え: the clause is the argument
    end = be
    if _is_kadouka(doc, tok):
        end = tok.i + 2  # …維持できるかどうか
    elif not clausal:  # the noun compound ends the phrase: 条約（TAC）|に, 自体|は小さいと, 国民|だけである」
        end = _compound_end(doc, tok, be)
    while end > tok.i + 1 and not _is_kadouka(doc, tok) and (doc[end - 1].pos_ in ("ADP", "SCONJ", "PUNCT") or (not clausal and (
            doc[end - 1].pos_ == "AUX" or doc[end - 1].dep_ == "fixed"))) and doc[end - 1].text not in CLOSE_BRACKETS:
        end -= 1
    subtree = {t.i for t in tok.subtree}
    start = bs
    if clausal or formal:
        start = _clause_start(doc, tok, lo)
    while start > lo and not (clausal or formal):
        pbs = finder.bunsetu(start - 1)[0]
        toks = doc[pbs:start]
        if toks[-1].text == "から" and any(t.text == "まで" for t in doc[start:finder.bunsetu(start)[1]]) \
                and all(t.i in subtree for t in toks) and not any(t.pos_ in ("VERB", "AUX", "ADJ") for t in toks):
            start = pbs  # 1994年から|1996年頃までの時期: a range inside the phrase
            continue
        if toks[-1].text in ("、", "，", ",") and _amount(toks) and tok.pos_ != "NUM" and not _amount([tok]):
            break  # …11.1%増の1兆8,304億円、|中東からの輸入金額は: the amount ends the previous clause
        if doc[start - 1].pos_ == "PUNCT" or _case_marked(toks):
            glued = []
        else:  # mis-bunsetu'd compounds: エネルギー|企業は, 対立するベトナムとの|関係
            glued = _glued_nouns(toks)
        conj = _conjunct_head(toks, tok)
        if conj is not None and not all(t.i in subtree for t in toks):  # …の課題や、|海洋安全保障が
            subtree |= {x.i for x in conj.subtree}
        if glued and not all(t.i in subtree for t in toks):
            start = glued[0].i
            subtree |= {x.i for t in glued for x in t.subtree}
            if glued[0].i > pbs:
                break
            continue
        if not all(t.i in subtree for t in toks) or any(
                (t.pos_ in ("VERB", "ADJ", "AUX") and t.dep_ != "fixed" and not _attributive(t)) or (t.dep_ == "acl" and not _attributive(t))
                for t in toks) or _case_marked(toks):
            if glued:
                start = glued[0].i
            break
        start = pbs
        if doc[start].lemma_ in FORMAL_NOUNS:  # …させることや、…の協力: the こと-clause belongs to it
            start = _clause_start(doc, doc[start], lo)
            break
    while start < tok.i and (doc[start].pos_ in ("CCONJ", "ADV") and doc[start].lemma_ in ("つまり", "すなわち", "また")
                             or doc[start].text in ("、", "，", ",")):
        start += 1  # 「…」、つまり経済関係が…: the connective (and the comma after it) is not part of the phrase
    start = _bracket_opener(doc, start, end, lo)
    s_char, e_char = _balance(finder.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    ent = linked_entity(finder, tok, s_char, e_char)
    if ent is not None:
        ent = first_conjunct(finder.text, ent, [x for x in finder.entities if s_char <= x.start and x.end <= e_char], s_char)
    if ent is None and tok.lemma_ in APPOSITION_HEADS:
        ent = apposed(finder, tok, lo)  # アンゴラという二十七年間も内戦をした国: the name is the head
        s_char = min(s_char, ent.start) if ent is not None else s_char
    text = finder.text[s_char:e_char]
    if ent is None:
        return ArgRef(text=text, start=s_char, end=e_char)
    return entity_arg(ent, text=text, start=s_char, end=e_char)


def _depth(tok) -> int:
    return sum(tok.text.count(ch) for ch in "「『（(") - sum(tok.text.count(ch) for ch in "」』）)")


def _compound_end(doc, tok, be: int) -> int:
    """The end of the noun compound headed by ``tok``; a bracket opened in it runs to its closer
    (日比円滑化協定（Reciprocal Access Agreement、RAA）)."""
    end, depth = tok.i + 1, 0
    while end < be:
        t = doc[end]
        if not (depth > 0 or t.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or t.tag_.startswith("接尾辞")
                or t.text in "（()）「」『』"):
            break
        depth = max(0, depth + _depth(t))
        end += 1
    return end


def _bracket_opener(doc, start: int, end: int, lo: int) -> int:
    """A phrase that closes a bracket it did not open starts at the opener:
    「グローバル…（ＧＣＡＰ）政府間機関の設立に関する条約」 is one title, not 間機関の…条約."""
    depth = sum(_depth(t) for t in doc[start:end])
    i = start
    while depth < 0 and i > lo:
        i -= 1
        if doc[i].text in SENTENCE_STOPS:
            return start
        depth += _depth(doc[i])
    return i if depth == 0 and i < start else start


def linked_entity(finder, tok, s_char: int, e_char: int) -> Optional[Entity]:
    """The entity the phrase headed by ``tok`` stands for (head) or belongs to (possessor)."""
    doc = finder.doc
    inside = [x for x in finder.entities if s_char <= x.start and x.end <= e_char]
    if not inside or tok.lemma_ in FORMAL_NOUNS or tok.pos_ in ("VERB", "ADJ"):
        return None
    head = tok
    while head.i > 0 and head.tag_.startswith("接尾辞") and doc[head.i - 1].pos_ in ("NOUN", "PROPN") \
            and head.i - 1 >= finder.bunsetu(head.i)[0]:
        head = doc[head.i - 1]  # ASEAN側, ASEAN諸国 -> the entity before the suffix is the head
    owner = _title_owner(finder, head, inside) if is_title(head.text) or head is not tok else None
    for x in inside:  # (a) the entity is the head (or the abbreviation in brackets after it)
        if x.start <= head.idx < x.end or x.start <= tok.idx < x.end:
            # バイデン|米大統領 with 米大統領 an unlinked mention: the named holder is what it stands for
            return owner if owner is not None and x.glossary_id is None and owner.glossary_id else x
    if owner is not None:  # プーチン大統領, 習近平国家主席, プーチン政権, ASEAN諸国
        return owner
    close = [t for t in doc[tok.i + 1:finder.bunsetu(tok.i)[1]] if t.text in CLOSE_BRACKETS]
    if close:  # 条約（TAC）: the entity ends with the bracketed abbreviation of the head
        hit = [x for x in inside if x.start <= tok.idx and x.end >= close[0].idx]
        if hit:
            return hit[0]
    # (b) the genitive possessor: the の-marked child of the head and its particle-less compounds
    poss = [c for c in tok.children if c.i < tok.i and finder.particles(c) == "の" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
    if not poss:
        return None
    p = poss[-1]
    core = p
    if (p.tag_.startswith("接尾辞") or "助数詞" in p.tag_) and p.i >= 2 and doc[p.i - 1].pos_ == "NUM":
        core = doc[p.i - 2]  # Su-35戦闘機|11機の発注 -> 戦闘機
    pb = finder.bunsetu(p.i)[0]
    while pb > 0 and doc[pb - 1].idx >= s_char:
        prev = doc[finder.bunsetu(pb - 1)[0]:pb]
        if _case_marked(prev) or any(t.pos_ in ("VERB", "ADJ", "AUX") and t.dep_ != "fixed" for t in prev) \
                or prev[-1].text in ("、", "，") or not all(t.i in {x.i for x in p.subtree} for t in prev):
            break
        pb = finder.bunsetu(pb - 1)[0]
    no = next((t for t in doc[p.i + 1:finder.bunsetu(p.i)[1]] if t.pos_ == "ADP"), None)
    lo_c, hi_c = doc[pb].idx, (no.idx if no is not None else p.idx + len(p.text))
    hits = [x for x in inside if lo_c <= x.start and x.end <= hi_c and _followed_by_no(finder.text, x.end, hi_c)
            and (x.start <= core.idx < x.end or (core.lemma_ in GENERIC_HEADS | TITLE_HEADS and _nouns_between(doc, x.end, core)))]
    return hits[-1] if hits else None


def _title_owner(finder, head, inside: list[Entity]) -> Optional[Entity]:
    """The entity right before a title head, nothing or only nouns of the title's own compound
    between (習近平|国家|主席): the person (or state) the title phrase stands for."""
    doc, bs = finder.doc, finder.bunsetu(head.i)[0]
    best = None
    for x in inside:
        if x.end > head.idx:
            continue
        gap = [t for t in doc[bs:head.i] if t.idx >= x.end]
        if finder.text[x.end:head.idx].strip("・ ") and not (
                gap and gap[0].idx == x.end and all(t.pos_ in ("NOUN", "PROPN") and t.i >= bs for t in gap)):
            continue
        if best is None or x.end > best.end:
            best = x
    return best


def _amount(toks) -> bool:
    """Tokens ending in an amount: a number with its counter or unit (1兆8,304億円、 / 3.6%)."""
    content = [t for t in toks if t.pos_ != "PUNCT"]
    return bool(content) and any(t.pos_ == "NUM" for t in content) and (
        content[-1].pos_ == "NUM" or "助数詞" in content[-1].tag_)


def first_conjunct(text: str, x: Entity, inside: list[Entity], s_char: int) -> Entity:
    """The first entity of a coordination ending in ``x`` that opens the phrase (カンボジアとタイ ->
    カンボジア, ASEAN諸国とロシア -> ASEAN), else ``x``; coordination as `claims_coord.coordinated`."""
    before = sorted((e for e in inside if e.end <= x.start), key=lambda e: (e.start, e.end))
    first = x
    for e in reversed(before):
        if not coordinated(text, e, first):
            break
        first = e
    if first is x or text[s_char:first.start].strip(" \u3000「『（("):
        return x
    return first


def _attributive(t) -> bool:
    """主な / 有望な / 重要な: a prenominal word or a na-adjective with な modifies the phrase without
    making a relative clause of it."""
    if t.tag_.startswith("連体詞"):
        return True
    if t.tag_.startswith("形状詞") and t.pos_ == "ADJ":  # 有望な市場, 人的交流
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return nxt is not None and (nxt.text == "な" or nxt.pos_ == "NOUN")
    return t.pos_ == "AUX" and t.text == "な" and t.i > 0 and t.doc[t.i - 1].tag_.startswith("形状詞")


def _conjunct_head(toks, tok):
    """The noun of a preceding 'Xや(、)' bunsetu that the parser attached to ``tok``'s head instead of
    coordinating it with ``tok`` (…の課題や、海洋安全保障が含まれ): an earlier conjunct."""
    content = [t for t in toks if t.pos_ != "PUNCT"]
    if len(content) < 2 or content[-1].text != "や" or content[-1].pos_ != "ADP":
        return None
    noun = content[-2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != tok.head.i or noun.head.i == noun.i:
        return None
    return noun


def _glued_nouns(toks) -> list:
    """The noun tail of a preceding bunsetu that the parser split from (or glued a verb onto) the
    phrase: [エネルギー] of エネルギー|企業, [ベトナム, と, の] of 対立する|ベトナムとの|関係.  Only a bare
    noun run or a noun run + との/の after a verb qualifies."""
    tail = []
    for t in reversed(list(toks)):
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADP" and t.text in ("と", "の")):
            tail.insert(0, t)
        else:
            break
    while tail and tail[0].pos_ == "ADP":
        tail.pop(0)
    if not tail:
        return []
    particles = "".join(t.text for t in tail if t.pos_ == "ADP")
    whole = len(tail) == len(toks)
    if whole and particles == "":
        return tail  # エネルギー|企業
    if not whole and particles in ("との", "の") and toks[len(toks) - len(tail) - 1].pos_ in ("AUX", "VERB"):
        return tail  # 対立する|ベトナムとの
    return []


def _nouns_between(doc, ent_end: int, core) -> bool:
    """Only nouns stand between the entity and the head noun: Mi-17|軍用輸送|ヘリコプター."""
    if ent_end > core.idx:
        return False
    gap = [t for t in doc[:core.i] if t.idx >= ent_end]
    return all(t.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or t.is_space for t in gap)


def _followed_by_no(text: str, ent_end: int, poss_end: int) -> bool:
    """Between the entity and the possessor's の there is no other case particle (ロシアとの is out)."""
    gap = text[ent_end:poss_end + 1]
    return not any(p in gap for p in ("との", "への", "から", "における", "に関する", "による", "に対する", "での"))


def _case_marked(toks) -> bool:
    """A bunsetu that ends with a case particle other than の / enumerating や・と (2014年には)."""
    content = [t for t in toks if t.pos_ != "PUNCT"]
    if len(content) > 2 and content[-1].text in ("て", "ては") and content[-1].dep_ == "fixed":
        return True  # において / について / として: an adverbial compound particle
    if not content or content[-1].pos_ != "ADP" or content[-1].text == "の":
        return False  # への / との / からの: still a noun modifier of the phrase
    parts = []
    for t in reversed(content):
        if t.pos_ != "ADP":
            break
        parts.append(t.text)
    return not all(p in ENUM_PARTICLES for p in parts)


def _is_kadouka(doc, tok) -> bool:
    return tok.lemma_ == "どう" and tok.i > 0 and doc[tok.i - 1].text == "か"


def _clause_start(doc, tok, lo: int) -> int:
    start = max(lo, tok.left_edge.i)
    commas = [t.i for t in doc[start:tok.i] if (t.text in ("、", "，") and t.i > 0 and not _enumerating(doc[t.i - 1])
                                                 or (t.lemma_ == "は" and t.pos_ == "ADP"))  # a topic is never inside
              and not _quoted(doc[t.i:tok.i].text)]
    return commas[-1] + 1 if commas else start


def _quoted(between: str) -> bool:
    """A comma inside a quotation that closes before the head (「…当事者ではなく、…立たない」というもの)."""
    depth = 0
    for ch in between:
        depth += (ch in OPEN_BRACKETS) - (ch in CLOSE_BRACKETS)  # the same pairs both ways (【】 too)
        if depth < 0:
            return True
    return False


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


def bunsetu_index(doc) -> tuple[list[int], list[int]]:
    """Each token's bunsetu as (starts, ends) token indexes: the spans `ginza.bunsetu_spans` gives,
    found as it finds them (from each bunsetu head back to a B label or a sentence start, forward to
    the next B) but without building a labelled Span per bunsetu, which cost more than the rest of
    the claims' set-up on a re-run from the parse cache."""
    n = len(doc)
    starts, ends = list(range(n)), list(range(1, n + 1))
    try:
        heads, bi = doc.user_data["bunsetu_heads"], doc.user_data["bunsetu_bi_labels"]
        sent_start = doc.to_array("SENT_START").tolist()
    except Exception:  # a non-GiNZA Doc: every token is its own bunsetu
        return starts, ends
    for h in heads:
        start = next((i for i in range(h, 0, -1) if bi[i] == "B" or sent_start[i] == 1), 0)
        end = next((i for i in range(h + 1, n) if bi[i] == "B"), n)
        for i in range(start, end):
            starts[i], ends[i] = start, end
    return starts, ends
