"""Claim predicates of the dev gold against predicted ones: a gold alternative is written as in the text
(述べ, 訪問, ありません), a prediction carries a lemma (述べる); all-kana alternatives compare by the
dictionary form SudachiPy gives them in the claim's fragment."""
from __future__ import annotations

import re
import unicodedata

from ..entities import sudachi_tokenizer

_KANA_TAIL = re.compile(r"[\u3041-\u309f]+$")


def predicate_matches(gold: str, predicted: str | None, context: str = "") -> bool:
    """Gold alternatives are written as in the text (述べ, 訪問); a predicted lemma (述べる) matches
    when it contains the gold stem without its trailing kana, or its own stem is inside the gold form."""
    return matches_forms(gold_predicate_forms(gold, context), predicted)


def gold_predicate_forms(gold: str, context: str = "") -> list[tuple[str, str, str | None]]:
    """Each gold alternative with its stem (trailing kana off) and, for an all-kana one (ありません), the
    dictionary form SudachiPy gives it where it stands in `context` (ある): computed once per gold claim."""
    out = []
    for alt in gold.split("|"):
        kana_only = not _KANA_TAIL.sub("", alt)
        out.append((alt, _KANA_TAIL.sub("", alt) or alt,
                    _dictionary_form(alt, context) if context and kana_only else None))
    return out


def matches_forms(forms: list[tuple[str, str, str | None]], predicted: str | None) -> bool:
    """`predicate_matches` with the gold side prepared by `gold_predicate_forms`."""
    pred = unicodedata.normalize("NFKC", predicted or "")
    if not pred:
        return False
    pred_stem = _KANA_TAIL.sub("", pred)
    for alt, stem, dictionary_form in forms:
        if stem in pred or (pred_stem and pred_stem in alt):
            return True
        if dictionary_form == pred:
            return True  # all kana: compared by the dictionary form the word has in its fragment
    return False


def _dictionary_form(word: str, context: str) -> str:
    """The dictionary form SudachiPy gives the word where it stands in `context` (あり in 特にありません -> ある)."""
    tokenizer = sudachi_tokenizer()
    for m in tokenizer.tokenize(context) if tokenizer is not None else ():
        if m.surface() == word:
            return m.dictionary_form()
    return word
