"""Whose body a match names: イラン外務省 is Iran's ministry, not Japan's 外務省; "Minister for Foreign Affairs"
is an office, not the journal Foreign Affairs.

Japanese writes a state's own body with the state's name glued before it (イラン外務省, タイ国防省,
ブラジル政府); the bare name (外務省, 防衛省, 首相官邸) is Japan's only when nothing stands before it. When
the glossary knows the whole compound (ロシア外務省, 中国外交部) the longest match takes it; when it does not,
the bare name must not be linked to the Japanese entry: :func:`foreign_owner` says so (the country match
stays, the body is left to the model, unlinked).

English titles in brackets (H.E. Mr. ..., Minister of Foreign Affairs of the Republic of Uzbekistan) end in
words that are also names of entries (Foreign Affairs, the journal; Defense, Trade ...): a Latin match right
after "Minister of", "Ministry for", "Secretary of the", "Department of" is the tail of an office or a body's
name, not the entry (:func:`in_english_title`).
"""
from __future__ import annotations

import re

_TITLE_HEAD = re.compile(
    r"(?:Minister|Ministry|Secretary|Department|Office|Bureau|Division|Committee|Commission|Council|Director"
    r"|Director-General|Vice-Minister|Deputy Minister|State Minister|Cabinet Secretary)"
    r"\s+(?:of|for|on)\s+(?:the\s+)?$", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")


def in_english_title(text: str, start: int, key: str) -> bool:
    """Whether a Latin match at ``start`` is the tail of an English office or body name written before it."""
    return bool(_LATIN.match(key)) and _TITLE_HEAD.search(text[max(0, start - 40):start]) is not None


def foreign_owner(prev_entry, entry, adjacent: bool) -> bool:
    """Whether a match of ``entry`` (a Japanese state body: ``country`` JPN, not a person or a place) is
    another state's body because the country ``prev_entry`` is written right before it (``adjacent``)."""
    if not adjacent or prev_entry is None or entry is None:
        return False
    if prev_entry.type != "COUNTRY" or not prev_entry.iso3166 or prev_entry.iso3166 == "JPN":
        return False
    return entry.type == "ORGANIZATION" and entry.country == "JPN"
