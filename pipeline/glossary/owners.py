"""Whose body a match names: イラン外務省 is Iran's ministry, not Japan's 外務省; "Minister for Foreign Affairs"
is an office, not the journal Foreign Affairs.

Japanese writes a state's own body with the state's name glued before it (イラン外務省, タイ国防省,
ブラジル政府); the bare name (外務省, 防衛省, 首相官邸) is Japan's only when nothing stands before it. When
the glossary knows the whole compound (ロシア外務省, 中国外交部) the longest match takes it; when it does not,
the bare name must not be linked to the Japanese entry: :func:`foreign_owner` says so (and so when a
foreign leader's name stands before it: ネタニヤフ内閣) (the country match
stays, the body is left to the model, unlinked). Nor is a bare Japanese name in brackets right after
another word its gloss (外交部(外務省), 国防部（国防省）: :func:`glosses_name_before`).

A space inside a line between two katakana words (a list line: ソイニ フィンランド外務大臣) is gone from the
analysed text; `breaks` keep where it was, and a match there is a word of its own (:func:`in_word`).

English titles in brackets (H.E. Mr. ..., Minister of Foreign Affairs of the Republic of Uzbekistan) end in
words that are also names of entries (Foreign Affairs, the journal; Defense, Trade ...): a Latin match right
after "Minister of", "Ministry for", "Secretary of the", "Department of" is the tail of an office or a body's
name, not the entry (:func:`in_english_title`).

An office title is not its body: 内閣総理大臣 and 内閣官房長官 are single office words (`titles.OFFICES`) that begin
with the name of an organ (内閣, 内閣官房), and 内閣委員会 / 内閣委員長 name a Diet committee and its chair after the
organ whose affairs it examines; the organ inside is no mention of it (:func:`in_office_title`). A body and then
a title written apart (内閣府副大臣, 人事院総裁) still name the body.
"""
from __future__ import annotations

import re

from ..titles import OFFICES
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
    another state's body because the country ``prev_entry`` is written right before it (``adjacent``), or one of
    its leaders (ネタニヤフ内閣 is Israel's cabinet; 安倍内閣 is Japan's)."""
    if not adjacent or prev_entry is None or entry is None:
        return False
    if prev_entry.type == "PERSON":
        return bool(prev_entry.country) and prev_entry.country not in ("JPN", "IGO") and japanese_state_body(entry)
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


_COMMITTEE_WORDS = ("委員会", "委員長")  # 内閣委員会, 内閣委員長: the committee named after the organ, its chair


def in_office_title(text: str, start: int, end: int, entry) -> bool:
    """Whether the match ``text[start:end]`` of a Japanese state body is only the first part of an office word
    (内閣 in 内閣総理大臣, 内閣官房 in 内閣官房長官) or of a committee named after it (内閣 in 内閣委員会)."""
    if not japanese_state_body(entry):
        return False
    surface = text[start:end]
    if any(len(o) > len(surface) and o.startswith(surface) and text.startswith(o, start) for o in OFFICES):
        return True
    return text.startswith(_COMMITTEE_WORDS, end)
