"""The content predicate behind a copula, なる and formal nouns: what a clause actually asserts.

`content_predicate(finder, pred, lo)` is asked by `claims_args.ArgFinder.analyse` once the lexical
predicate is known.  It answers ``(token, predicate phrase)`` or None (then the old reading stands):

- a statistic: the amount complement of である / だった / となる modified by a statistic word
  (…前年同期比0.6%減の7,743億円だった -> 減; 輸出額は5.9%増となった -> 増): the statistic word;
- a predicate nominal (…という片貿易である -> 片貿易である; 現状変更の試みであり -> 試みである): the
  noun, unless it names an entity, is an amount, a time (…までの時期である) or a formal noun;
- …形状詞 + になる (役割が重要になっている -> 重要になる);
- formal nouns read through to their clause: …多いためである -> 多い, …もたらすことになる -> もたらす;
- a quoted verbal noun with する (協定に「仮調印」した -> 仮調印する), a noun with にする
  (目の当たりにした -> 目の当たりにする), and …のは間違いない / …のは当然のことと言えよう read
  through to the nominalised clause.

Kept apart from `claims_pred` (which reads auxiliaries) because it decides *which* word of a
copular or なる clause is the claim's predicate.
"""
from __future__ import annotations

from .cues import CLAUSE_COMMAS
from .formal import (LIGHT_SURU, SAYING as _SAYING, compound_text, formal_head, relative_clause_verb, relative_verb,
                     state_or_need, verbal_noun_object)

TIME_COUNTERS = frozenset({"年", "月", "日", "時", "分", "秒", "週", "年度", "世紀", "時間", "日間", "カ月", "か月", "ヶ月"})
# Words that state how an amount changed: 前年比5.9%増, 10.5%減, 3割の増加.
# Changes of an amount (also what makes a claim with an amount statistical: stats._amount_change).
CHANGE_WORDS = frozenset({
    "増", "減", "増加", "減少", "増大", "上昇", "低下", "下落", "拡大", "縮小", "急増", "急減", "微増", "微減",
    "横ばい", "伸び", "伸長", "半減", "倍増", "落ち込む",
})
STAT_WORDS = CHANGE_WORDS | {"黒字", "赤字"}
# Nouns that carry no content of their own as a complement (…するものである is `mono_through`); a wider set
# than phrase.FORMAL_NOUNS (the nouns that make a clause an argument).
EMPTY_COMPLEMENTS = frozenset({
    "もの", "物", "こと", "事", "の", "よう", "様", "はず", "わけ", "訳", "ところ", "所", "通り", "とおり", "ため", "為",
    "方", "ほう", "模様", "予定", "見込み", "これ", "それ", "ここ", "そこ", "一つ", "一方", "つもり",
    "一環", "規模", "水準", "程度", "状況", "状態",  # …の一環である, …倍の規模である: the modifier is the content
})
REASON_NOUNS = frozenset({"ため", "為"})
# …を示す結果となった, …を重視する形となった: the noun names the clause before it as an outcome
OUTCOME_NOUNS = frozenset({"結果", "形"})


def content_predicate(finder, pred, lo: int, wrapped: bool = False):
    """(token, predicate) the clause headed by ``pred`` asserts, or None to keep ``pred`` (module doc).
    ``wrapped``: ``pred`` closes the と-clause of a wrapper (…承認したことへの見返りとされる)."""
    if wrapped:
        verb = formal_head(finder, pred, lo)  # 「…意見交換を行う予定だ」と述べた: the verb before 予定
        if verb is not None:
            verb = finder.lexical(verb, lo)
            return content_predicate(finder, verb, lo, True) or (verb, None)
        if pred.lemma_ == "行う":
            return _act_noun(finder, pred, lo)
    if pred.lemma_ == "なる":
        return _become(finder, pred, lo)
    if pred.lemma_ in LIGHT_SURU:
        return _light_suru(finder, pred, lo)
    if pred.lemma_ in ("ある", "ござる"):
        return held_view(finder, pred, lo) or _lies_in(finder, pred, lo) or state_or_need(finder, pred, lo)
    if pred.lemma_ in ("こと", "事") and finder.potential(pred):
        verb = relative_verb(pred, lo) or (pred.head if lo <= pred.head.i < pred.i and pred.head.pos_ in ("VERB", "ADJ")
                                           else None)  # the parser may hang こと on the verb as a compound
        if verb is None:
            return None
        verb = finder.lexical(verb, lo)  # …議論を深めることができた -> 深めることができる
        return verb, verb.lemma_ + "ことができる"
    if pred.lemma_ in ("ない", "無い") and any(c.lemma_ == "間違い" and c.i == pred.i - 1 for c in pred.children):
        verb = next((c for c in pred.children if lo <= c.i < pred.i and c.pos_ in ("VERB", "ADJ")
                     and finder.particles(c).endswith(("のは", "ことは"))), None)
        return (finder.lexical(verb, lo), None) if verb is not None else None  # …発展するのは間違いない
    if pred.tag_.startswith("形容詞"):
        return held_view(finder, pred, lo)  # …増えるとの見方が強い
    if listed(finder, pred):  # 輸出が前年比2.5%増の2,650億ドル、輸入が…: one figure of a list
        stat = statistic_word(finder, pred) or _phrase_statistic(finder, pred)
        return (stat, stat.lemma_) if stat is not None else (pred, "である")
    quoted = wrapped and pred.i + 1 < len(finder.doc) and finder.doc[pred.i + 1].lemma_ == "と"  # …見返りとされる
    if not (finder.has_copula(pred) or quoted) or pred.pos_ not in ("NOUN", "NUM", "PROPN"):
        return None
    stat = statistic_word(finder, pred)
    if stat is not None:
        return stat, stat.lemma_
    if pred.lemma_ in REASON_NOUNS:
        verb = relative_verb(pred, lo)
        return (finder.lexical(verb, lo), None) if verb is not None else None
    if quoted:  # …感じているのは当然のことと言えよう: the nominalised clause is what is evaluated
        verb = next((c for c in sorted(pred.children, key=lambda t: -t.i) if lo <= c.i < pred.i
                     and c.pos_ in ("VERB", "ADJ") and finder.particles(c).endswith(("のは", "のが"))), None)
        if verb is not None:
            return finder.lexical(verb, lo), None
    if predicate_nominal(finder, pred):
        return pred, described(finder, pred, lo) + compound_text(finder, pred) + "である"
    return None


_BEING = frozenset({"ある", "いる", "ござる"})  # …意見もある国だ: existence says nothing of the noun


def described(finder, noun, lo: int) -> str:
    """The verb of a relative clause right before a predicate nominal, which says what the noun is
    (日本の立場を支持している国々です -> 支持する国々である; 8カ国が参加する協議体である -> 参加する協議体である);
    '' when there is none, when something stands between them (、, a quotation) or the clause is a
    quotation (…という片貿易である keeps 片貿易である)."""
    verb = relative_clause_verb(noun, lo, lambda c: c.lemma_ not in _SAYING | _BEING and (
        c.pos_ == "VERB" or c.tag_.startswith(("動詞", "形容詞", "名詞-普通名詞-サ変"))))
    if verb is None:
        return ""  # 重要な国である: an adjectival noun alone is the nominal's attribute, not its content
    inner = finder.doc[verb.i:noun.i]
    _, vbe = finder.bunsetu(verb.i)
    last = next((t for t in reversed(finder.doc[verb.i:vbe]) if t.pos_ != "PUNCT"), verb)
    if last.pos_ in ("SCONJ", "ADP"):
        return ""  # …注目されていないが、…プレーヤーである: a clause of its own, not a relative clause
    if any((t.pos_ == "PUNCT" and t.text not in ("、", "，")) or t.lemma_ in _SAYING or not verb.i <= t.head.i <= noun.i for t in inner):
        return ""  # 「…」という / …する、その / a clause that reaches beyond the phrase
    return finder.predicate_phrase(finder.lexical(verb, lo))


def _light_suru(finder, pred, lo: int):
    """協定に「仮調印」した -> 仮調印する; 爪痕を目の当たりにし -> 目の当たりにする; 支払等を許可制とする
    -> 許可制とする; …措置を実施することとした / …増やしていくということといたしました -> 実施する, 増やす
    (a decision is named by the verb of its こと-clause)."""
    doc = finder.doc
    if pred.i - 2 < lo:
        return None
    before = doc[pred.i - 1]
    if before.text in ("」", "』") and "サ変" in doc[pred.i - 2].tag_:
        return pred, doc[pred.i - 2].text + "する"
    noun = doc[pred.i - 2]
    if before.lemma_ == "と" and before.pos_ == "ADP" and noun.head.i == pred.i:
        return _to_suru(finder, pred, noun, lo)
    if before.lemma_ == "に" and before.pos_ == "ADP" and noun.pos_ == "NOUN" and noun.head.i == pred.i \
            and noun.lemma_ not in EMPTY_COMPLEMENTS and not finder.is_date(noun):
        return pred, compound_text(finder, noun) + "にする"
    return None


# Nouns of a view held by someone unnamed: …であるとの見方がある, …との声もある, …との懸念がある.
VIEW_NOUNS = frozenset({"見方", "見解", "観測", "声", "意見", "懸念", "指摘", "説"})


def _lies_in(finder, pred, lo: int):
    """目的は…を模索することにある -> 模索する: what an aim or a cause lies in is the verb of the こと-clause."""
    for c in pred.children:
        if lo <= c.i < pred.i and c.lemma_ in ("こと", "事") and finder.particles(c) == "に":
            verb = relative_verb(c, lo)
            return (finder.lexical(verb, lo), None) if verb is not None else None
    return None


def held_view(finder, pred, lo: int):
    """…パワーの源泉であるとの見方がある -> 源泉である: the clause the view says (marked との), which is
    what the sentence reports (hedged by the との見方 cue); None when ``pred`` names no such view."""
    for c in pred.children:
        if lo <= c.i < pred.i and c.lemma_ in VIEW_NOUNS and finder.particles(c) in ("が", "も", "は"):
            said = [v for v in c.children if lo <= v.i < c.i and finder.particles(v).endswith("との")]
            if said:
                tok = finder.lexical(said[-1], lo)
                return content_predicate(finder, tok, lo, True) or (tok, None)
    return None


def _act_noun(finder, pred, lo: int):
    """「…意見交換を行いたい」と述べた -> 意見交換を行う: the verbal noun 行う takes as object (heads of
    a sentence get the same from `report.light_verb`)."""
    noun = verbal_noun_object(finder, pred, lo)
    return (pred, compound_text(finder, noun) + "を行う") if noun is not None else None


def _to_suru(finder, pred, noun, lo: int):
    """Xとする: the verb of a こと-clause X (a decision), or the content noun X (許可制とする); None for
    an entity, a time, an amount or a formal noun (議長国をインドとする keeps する)."""
    if noun.lemma_ in ("こと", "事"):
        verb = relative_verb(noun, lo)
        return (finder.lexical(verb, lo), None) if verb is not None else None
    if content_noun(finder, noun):
        return pred, compound_text(finder, noun) + "とする"
    return None


def _become(finder, pred, lo: int):
    """…5.9%増となった / …10.5%減の6,430万キロリットルとなった -> the statistic word; …重要になる;
    …もたらすことになる -> もたらす."""
    for c in sorted(pred.children, key=lambda t: -t.i):
        if not (lo <= c.i < pred.i):
            continue
        marks = finder.particles(c)
        if "形状詞" in c.tag_ and c.i + 1 < pred.i and finder.doc[c.i + 1].text in ("に", "と"):
            return c, c.lemma_ + finder.doc[c.i + 1].text + "なる"  # 重要|に(copula)|なる, 重要|と|なる
        if marks not in ("と", "に"):
            continue
        if c.lemma_ in STAT_WORDS:
            return c, c.lemma_
        stat = statistic_word(finder, c)
        if stat is not None:
            return stat, stat.lemma_
        moved = next((v for v in c.children if v.dep_ == "acl" and v.lemma_ in STAT_WORDS and v.pos_ == "VERB"
                      and _after_amount(finder, v)), None)
        if moved is not None:  # 輸出が30.5%増加し420億ドルとなった: the change is what is asserted
            return moved, None
        if (marks == "に" and c.lemma_ in ("こと", "事")) or c.lemma_ in OUTCOME_NOUNS:
            verb = relative_verb(c, lo)
            if verb is not None:
                return finder.lexical(verb, lo), None
        if content_noun(finder, c) and not _measured(c):
            return c, compound_text(finder, c) + marks + "なる"  # 協議は平行線となった -> 平行線となる
        return None
    return None


def listed(finder, pred) -> bool:
    """An amount with no copula closing a listed clause with 、 (…2,650億ドル、輸入が…): a number, or a
    counter right after its number."""
    doc = finder.doc
    if pred.i + 1 >= len(doc) or doc[pred.i + 1].text not in CLAUSE_COMMAS:
        return False
    if pred.lemma_ in TIME_COUNTERS:
        return False  # 首相は25日、…: a date, not a figure
    return pred.pos_ == "NUM" or (pred.pos_ == "NOUN" and "助数詞" in pred.tag_ and pred.i > 0
                                  and doc[pred.i - 1].pos_ == "NUM")


def statistic_word(finder, noun):
    """The statistic word directly before ``noun`` in its phrase (…0.6%減の|7,743億円), or ``noun``
    itself when it is one (…5.9%増である); None otherwise."""
    if noun.lemma_ in STAT_WORDS and _after_amount(finder, noun):
        return noun
    for c in sorted(noun.children, key=lambda t: -t.i):
        if c.i < noun.i and c.lemma_ in STAT_WORDS and finder.particles(c) == "の" and _after_amount(finder, c):
            return c
    return None


def _phrase_statistic(finder, amount):
    """The statistic word of …8.8%増の|51兆円 found on the surface, back to the amount's が/は subject
    (the parser often hangs 増 on the next figure of a list)."""
    for t in reversed(finder.doc[max(0, amount.i - 8):amount.i]):
        if t.text in CLAUSE_COMMAS or t.pos_ in ("VERB", "AUX", "ADJ") or (t.pos_ == "ADP" and t.lemma_ != "の"):
            return None
        if t.lemma_ in STAT_WORDS and finder.doc[t.i + 1].lemma_ == "の" and _after_amount(finder, t):
            return t
    return None


def _after_amount(finder, word) -> bool:
    """5.9%増, 3割の減少, 2倍に拡大: the statistic word follows an amount (経済協力拡大の障害 is none)."""
    prev = [t for t in finder.doc[max(0, word.i - 3):word.i] if t.pos_ != "PUNCT"]
    return any(t.pos_ == "NUM" or t.like_num or t.text in ("%", "％", "割", "倍", "ポイント") for t in prev)


def _measured(noun) -> bool:
    """…7億ドルの増収になる: a noun measured by an amount before it says how much, not what (なる stays)."""
    return any(t.pos_ == "NUM" or t.like_num for c in noun.children if c.i < noun.i for t in c.subtree)


def _in_word(finder, num, noun) -> bool:
    """A numeral inside a compound word (二+国+間+関係), not an amount (950+万+人, 3+カ国)."""
    nxt = finder.doc[num.i + 1]
    return num.dep_ == "compound" and nxt.i < noun.i and nxt.pos_ != "NUM" and not nxt.like_num \
        and "助数詞" not in nxt.tag_ and "数詞" not in nxt.tag_


def content_noun(finder, noun) -> bool:
    """A predicate nominal by its Sudachi tag, whatever part of speech the parser gave it (許可制 before
    とする is tagged VERB): a common noun that is not an entity, amount, time or formal noun."""
    if not noun.tag_.startswith("名詞-普通名詞") or noun.pos_ in ("PROPN", "NUM"):
        return False
    return predicate_nominal(finder, noun, by_tag=True)


def predicate_nominal(finder, noun, by_tag: bool = False) -> bool:
    """A common noun complement that says something (片貿易, 試み, 置き換え, 目標, 見返り): not an
    entity, an amount, a time, a pronoun or a formal noun (``by_tag``: whatever its part of speech)."""
    if (noun.pos_ != "NOUN" and not by_tag) or noun.lemma_ in EMPTY_COMPLEMENTS or "副詞可能" in noun.tag_:
        return False
    glued = noun.i > 0 and finder.doc[noun.i - 1].pos_ == "NOUN" and finder.doc[noun.i - 1].dep_ == "compound"
    if "助数詞" in noun.tag_ and not glued:  # 5か国 is an amount; 国際協議+体 is a noun
        return False
    if finder.is_date(noun) or any(c.pos_ == "NUM" and c.i < noun.i and not _in_word(finder, c, noun) for c in noun.children):
        return False  # 7,743億円 is an amount; 二+国+間+関係 is a noun
    s, e = noun.idx, noun.idx + len(noun.text)
    return not any(x.start < e and s < x.end for x in finder.entities)
