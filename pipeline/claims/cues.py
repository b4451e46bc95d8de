"""Cue lexicons for claim extraction: modality, negation, attribution, clause linking.

Pure data plus small string helpers; no spaCy here.  The choices (documented for researchers):

- ``hedged``: the author distances themselves but commits to the content (と見られる, とされる,
  ようだ, らしい ...).  ``speculative``: the author marks the content as possible or predicted
  (だろう, であろう, 可能性がある, 可能性も否定できない, かもしれない).
- と言える / と言わざるを得ない are *asserted* evaluations (the author commits to a judgment): the
  claim keeps modality ``asserted`` (or ``speculative`` with だろう) and gets type ``evaluative``.
  So are the author's own 「…と指摘できる」 and 「…ことが指摘できる」 / 「…ことが言える」 (a
  reporting verb in the potential form is not a report of someone else): the predicate is the one
  inside, type ``evaluative``, not attributed.
- とされる after a clause + と is hedged and attributed; after こと (…することとされた) it is an
  official decision: asserted, not attributed.
- 見込まれる is a lexical passive ("is expected"), not a modality marker: 期待は見込まれる is asserted.
- A negation counts only inside the predicate's own tail (AではなくB: B stays positive; the A clause,
  when it is a clause of its own, is negative).  Double negatives that are modal (ざるを得ない,
  可能性も否定できない) do not negate.
"""
from __future__ import annotations

from ..text import ABBREVIATION_DEFINITION_RE, CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_END  # noqa: F401 (re-exported)

import re

# Modality surface cues, searched in the predicate tail (longest first inside each list).
SPECULATIVE_CUES = (
    "可能性も否定できない", "可能性は否定できない", "可能性を否定できない", "可能性がある",
    "可能性もある", "可能性が高い", "かもしれない", "かも知れない", "であろう", "だろう", "でしょう",
) + (  # the polite register of speeches, Diet answers and press conferences (…かもしれません)
    "可能性も否定できません", "可能性は否定できません", "可能性を否定できません", "可能性があります",
    "可能性もあります", "かもしれません", "かも知れません", "でありましょう",
) + (  # a forecast closing the clause (…115万tに達する見込みである, …来月発効する見通しだ: formal.py)
    "見込みである", "見込みだ", "見込みです", "見通しである", "見通しだ", "見通しです",
)
HEDGED_CUES = (
    "と見られる", "とみられる", "と考えられる", "と思われる", "と推測される", "と推定される",
    "とされる", "とされて", "とされ", "ようである", "ようだ", "模様だ", "らしい",
    "と言えよう", "といえよう",  # the author's cautious evaluation (dev annotation rule: hedged)
) + (  # polite forms (…と見られます, …ようです)
    "と見られます", "とみられます", "と考えられます", "と思われます", "と推測されます", "と推定されます",
    "とされます", "ようです", "ようでございます", "模様です",
) + (  # a view nobody is named for (…源泉であるとの見方がある, …との見方が強い: content.py)
    "との見方", "との見解", "との観測",
)
EVALUATIVE_WRAPPER_CUES = (
    "と言わざるを得ない", "と言えよう", "と言える", "といえる", "と指摘できる", "ことが指摘できる", "ことが言える",
)

# Head lemmas of wrapper predicates taking a と-complement.
REPORT_LEMMAS = frozenset({
    "指摘", "述べる", "報道", "報じる", "発言", "語る", "主張", "強調", "説明", "言う", "表明",
    "発表", "警告", "伝える", "明言", "示唆", "回答", "答える", "記す", "書く", "報告",
    # news attribution verbs (共同通信, NHK: …と話した, …と訴えた, …と批判した, …と答弁した)
    "話す", "訴える", "批判", "非難", "反論", "反発", "要求", "求める", "呼びかける", "答弁", "宣言", "約束", "言及",
    # commentary and reportage summarising an author or a speaker (…と論じる, …意義を説き, …と提案し, …ことを明かした)
    "論じる", "論ずる", "説く", "提案", "提言", "明かす", "力説", "断言", "証言",
    "評価",  # 報道官は「…」と評価した: a speaker's judgement, reported (と評価できる stays the author's)
})
# …と予測する専門家もいる / …と見る向きもある: a holder of a reported view (relative clause) + existence.
OPINION_LEMMAS = REPORT_LEMMAS | {"予測", "予想", "見る", "みる", "考える", "分析", "懸念", "評価", "見方", "期待"}
EXISTENCE_LEMMAS = frozenset({"いる", "ある", "多い", "少ない", "目立つ"})
HEDGE_LEMMAS = frozenset({"見る", "みる", "考える", "思う", "推測", "推定", "する"})
EVAL_LEMMAS = frozenset({"言える", "言う", "いえる"})
PASSIVE_LEMMAS = frozenset({"れる", "られる"})
POSSIBILITY_WRAPPERS = frozenset({"ある", "否定", "高い", "大きい", "低い"})

NEGATION_LEMMAS = frozenset({"ない", "ず", "ぬ", "ん", "無い"})
DOUBLE_NEGATIVE_CUES = (
    "ざるを得ない", "ざるをえない", "否定できない", "なければならない", "ねばならない", "に過ぎない",
    "にすぎない", "かもしれない", "かも知れない", "に他ならない", "にほかならない",
    "過言ではない", "過言でない", "間違いない", "間違いなく",  # …と言っても過言ではない: no exaggeration, an assertion
) + (  # polite and continuative forms (…果たしていかなければなりません, …お願いせざるを得ず、)
    "ざるを得ません", "ざるをえません", "ざるを得ず", "ざるをえず", "否定できません", "なければなりません",
    "なければならず", "ねばなりません", "過ぎません", "すぎません", "かもしれません", "かも知れません",
    "に他なりません", "にほかなりません", "過言ではありません", "間違いありません",
)

# Commas that end a coordinated clause: MOFA summaries write the ASCII comma after Japanese (歓迎し,…).
CLAUSE_COMMAS = ("、", "，", ",")
# Last token of a clause-linking bunsetu (before 、) that makes a coordinated (claim) clause.
COORD_SCONJ = frozenset({"て", "で", "が", "けれど", "けれども", "し"})
# Suffixes of a bunsetu that mark a subordinate (non-claim) clause even with a 連用形 end.
# Clause endings that join an act of its own to the next clause (…歓迎するとともに、, …行ったところ、,
# …表明しつつ、): coordinated clauses, although つつ and ところ otherwise subordinate.
CONCURRENT_ENDINGS = ("とともに", "と共に", "たところ", "しつつ")
# A concessive clause asserts its own content (…低下したものの、…を占めた; …根深いものの、): a claim clause.
CONCESSIVE_ENDINGS = ("ものの",)
SUBORDINATE_ENDINGS = (
    "ながら", "つつ", "つつも", "ため", "ので", "から", "ば", "たら", "なら", "に対し", "に対して",
)

# Verbs that with a preceding particle form compound particles (に加え、 にかけて、 に向けて、).
PARTICLE_VERBS = frozenset({
    "加える", "かける", "向ける", "対する", "関する", "通じる", "通ずる", "基づく", "伴う", "めぐる", "際する",
    "当たる", "あたる", "比べる", "除く", "含める", "従う", "わたる", "至る", "おける", "よる",
})
# Verbs that form a compound particle with one particle before them, in the polite form of speeches
# and Diet answers too (法律案につきまして、 委員会におきまして、 院議をもって、 訪問先としまして、): the
# clause they end names a topic or a capacity, it asserts nothing.  The plain について is tagged fixed.
PARTICLE_VERB_MARKS = {"つく": "に", "おく": "に", "もつ": "を", "する": "と"}
# Auxiliary verbs after て (向かっていく, かけてくる, 支持してはいない): the predicate is before て.
AUX_VERBS = frozenset({"いる", "いく", "くる", "しまう", "おく", "みる", "おる", "ある", "ゆく", "まいる", "参る",
                       "来る", "行く"})  # …迫って来る, …進めて行く: written in kanji
# Verbs that follow a verb's 連用形 as an aspect (占領し続けている, 議論し始めた): the predicate is the verb before.
ASPECT_VERBS = frozenset({"続ける", "始める", "終える", "終わる", "出す", "続く"})
# Adverbial nouns that are never a subject/object (その後は, 最後に, 中国と共に, ちなみに).
ADVERBIAL_NOUNS = frozenset({
    "後", "その後", "前", "間", "際", "中", "時", "頃", "以降", "以後", "以前", "当時", "現在", "今日", "最後",
    "最初", "一方", "他方", "同時", "共", "ちなみ", "一番", "最中", "以下", "以上", "結果", "ため",
    "為", "今後", "次", "更", "特", "実際", "逆", "互い", "主", "更に", "短期間", "長期間",
    "当初", "初期", "直後", "直前", "近年", "最近", "昨今", "従来", "冒頭", "今回", "前回", "年内",
})
# Focus particles stripped before reading a case mark (などが -> が, だけは -> は).
FOCUS_PARTICLES = ("など", "だけ", "のみ", "ばかり", "ほど", "さえ", "すら", "等")

# Heads of a では-phrase that sets a clause in a document, which then stands as its subject.
DOCUMENT_NOUNS = ("声明", "宣言", "文書", "概念", "協定", "条約", "計画", "報告書", "白書", "戦略")


# An abbreviation definition in brackets: （以下「ＯＳＡ」という。）, (以下、「RAA」と略す): never a claim.
DEFINITION_RE = ABBREVIATION_DEFINITION_RE  # one pattern with the glossary (pipeline/text/abbrev.py)
FIGURE_RE = re.compile(r"(図\s*\d+)\s*(?:の通り|のとおり|が示す|に示す|で示す|のように|を参照|参照)")
ACCORDING_LEMMA_SEQ = ("に", "よる")


def find_cues(tail: str, cues: tuple[str, ...]) -> list[str]:
    """Cues of ``cues`` that occur in ``tail``; a cue inside an already-found longer cue is skipped."""
    found: list[str] = []
    for cue in sorted(cues, key=len, reverse=True):
        if cue in tail and not any(cue in f for f in found):
            found.append(cue)
    return found


def modality_of(tail: str) -> tuple[str, list[str]]:
    """(modality, cues) from the surface tail of a predicate."""
    spec = find_cues(tail, SPECULATIVE_CUES)
    if spec:
        return "speculative", spec
    hedge = find_cues(tail, HEDGED_CUES)
    if hedge:
        return "hedged", hedge
    return "asserted", []


def normalise_cue(cue: str) -> str:
    """Report cues as they are cited: drop trailing 、。 and the continuative おり (述べており -> 述べて)."""
    cue = cue.rstrip("、。，, ")
    if cue.endswith("おり"):
        cue = cue[:-2]
    if cue in ("とされ", "とされて"):
        cue = "とされる"
    return cue


def in_quotation(text: str, at: int) -> bool:
    """Is ``at`` inside a 「…」/『…』 opened in its line (a quotation of several sentences included:
    「制裁は不当だ。我が国は屈しない」)?"""
    s = text.rfind("\n", 0, at) + 1
    depth = 0
    for ch in text[s:at]:
        depth += (ch in "「『") - (ch in "」』")
    return depth > 0


def bracket_depths(text: str) -> list[int]:
    """Bracket depth of 「」『』（）() *before* each character of ``text``."""
    depths, depth = [], 0
    for ch in text:
        if ch in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        depths.append(depth)
        if ch in OPEN_BRACKETS:
            depth += 1
    return depths
