"""Whose body a match names: イラン外務省 is Iran's ministry, not Japan's 外務省; "Minister for Foreign Affairs"
is an office, not the journal Foreign Affairs.

Japanese writes a state's own body with the state's name glued before it (イラン外務省, タイ国防省,
ブラジル政府); the bare name (外務省, 防衛省, 首相官邸) is Japan's only when nothing stands before it. When
the glossary knows the whole compound (ロシア外務省, 中国外交部) the longest match takes it; when it does not,
the bare name must not be linked to the Japanese entry: :func:`foreign_owner` says so (the country match
stays, the body is left to the model, unlinked). Nor is a bare Japanese name in brackets right after
another word its gloss (外交部(外務省), 国防部（国防省）: :func:`glosses_name_before`).

A space inside a line between two katakana words (a list line: ソイニ フィンランド外務大臣) is gone from the
analysed text; `breaks` keep where it was, and a match there is a word of its own (:func:`in_word`).

English titles in brackets (H.E. Mr. ..., Minister of Foreign Affairs of the Republic of Uzbekistan) end in
words that are also names of entries (Foreign Affairs, the journal; Defense, Trade ...): a Latin match right
after "Minister of", "Ministry for", "Secretary of the", "Department of" is the tail of an office or a body's
name, not the entry (:func:`in_english_title`).
"""
from __future__ import annotations

import re

from .affixes import inside_katakana_word
from .norm import is_katakana

_TITLE_HEAD = re.compile(
    r"(?:Minister|Ministry|Secretary|Department|Office|Bureau|Division|Committee|Commission|Council|Director"
    r"|Director-General|Vice-Minister|Deputy Minister|State Minister|Cabinet Secretary)"
    r"\s+(?:of|for|on)\s+(?:the\s+)?$", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")


def in_english_title(text: str, start: int, key: str) -> bool:
    """Whether a Latin match at ``start`` is the tail of an English office or body name written before it."""
    return bool(_LATIN.match(key)) and _TITLE_HEAD.search(text[max(0, start - 40):start]) is not None


_OPEN, _CLOSE = "(（", ")）"


def glosses_name_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bracketed gloss of the word right before it (外交部(外務省): the
    Chinese ministry's Japanese equivalent, not Japan's ministry)."""
    return (start >= 2 and text[start - 1] in _OPEN and end < len(text) and text[end] in _CLOSE
            and _NAME_END.match(text[start - 2]) is not None)


_NAME_END = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z々]")


def foreign_owner(prev_entry, entry, adjacent: bool) -> bool:
    """Whether a match of ``entry`` (a Japanese state body: ``country`` JPN, a state sector; not a person, a
    place or a company: 米国トヨタ is still Toyota) is
    another state's body because the country ``prev_entry`` is written right before it (``adjacent``)."""
    if not adjacent or prev_entry is None or entry is None:
        return False
    if prev_entry.type != "COUNTRY" or not prev_entry.iso3166 or prev_entry.iso3166 == "JPN":
        return False
    return japanese_state_body(entry)


def japanese_state_body(entry) -> bool:
    """Whether ``entry`` is a body of the Japanese state (外務省, 防衛省, 国会), not a company or a place."""
    return entry is not None and entry.type == "ORGANIZATION" and entry.country == "JPN" and entry.sector in _STATE_SECTORS


_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a state's bodies, not its companies


def in_word(text: str, start: int, end: int, breaks: frozenset[int]) -> bool:
    """`affixes.inside_katakana_word`, except at ``breaks``: where the original text parted two katakana words
    that the repair joined (a space: ソイニ フィンランド外務大臣; a line break), each side is a word of its own."""
    if not inside_katakana_word(text, start, end):
        return False
    left = start > 0 and start not in breaks and _letter(text[start - 1])
    right = end < len(text) and end not in breaks and _letter(text[end])
    return left or right


def _letter(c: str) -> bool:
    return is_katakana(c) and c not in "・･"
