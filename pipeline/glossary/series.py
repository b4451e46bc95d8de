"""A group's summit named without its host (G20サミット, 先進7カ国首脳会議, NATO首脳会議): the one summit of that
group the glossary holds for the year the text means.

The glossary holds each summit of a series as its own one-year EVENT (G20リヤド・サミット, 2020); its names
begin with a name of the group (G20, G7) and end with a summit word. A mention that is the group's name and
a summit word only is that group's summit (a summit with a second party between, ASEAN・ロシア首脳会議, is
no summit of the group's own series) of the year meant: the document's year, moved by a relative
year word just before it in the same sentence (来年のサウジアラビアでのG20サミット in 2019 is 2020's).
None when the glossary holds no summit of that group for the year, or several.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

SUMMIT_WORDS = ("首脳会議", "首脳会合", "サミット")
_CACHE: dict[int, tuple[object, dict[str, dict[int, set[str]]]]] = {}
# a relative year word (or a written year) in the same sentence shortly before the mention
_YEAR_WORD = re.compile(r"(来年|翌年|昨年|去年|前年|今年|本年|(\d{4})年)(?=[^。．\n]*$)")
_YEAR_FIRST = re.compile(r"^\d{4}年")
_SHIFT = {"来年": 1, "翌年": 1, "昨年": -1, "去年": -1, "前年": -1, "今年": 0, "本年": 0}
_SECOND_PARTY = ""  # a summit of the group with another party: not of the group's own series
WINDOW = 20  # characters before the mention searched for a year word


def _group(glossary, name: str) -> Optional[str]:
    """The ORGANIZATION entry a name of a summit begins with, when the rest ends with a summit word
    (G20リヤド・サミット -> org:g20); the longest such name of a group."""
    name = _YEAR_FIRST.sub("", unicodedata.normalize("NFKC", name))  # 2016年APECリマ首脳会議: a host met twice
    if not name.endswith(SUMMIT_WORDS):
        return None
    word = next(w for w in SUMMIT_WORDS if name.endswith(w))
    for cut in range(len(name) - len(word), 1, -1):
        entry = _entry(glossary, name[:cut])
        if entry is not None and entry.type == "ORGANIZATION":
            other = _entry(glossary, name[cut:-len(word)].strip("・-‐－ "))  # ASEAN・ロシア首脳会議: a second party
            return _SECOND_PARTY if other is not None and other.type in ("COUNTRY", "ORGANIZATION") else entry.id
    return None


def _entry(glossary, surface: str):
    found = glossary.lookup(surface) if surface else []
    return glossary.get(found[0].glossary_id) if found else None


def summit_index(glossary) -> dict[str, dict[int, set[str]]]:
    """Group id -> year -> the ids of that group's one-year summits (from every EVENT entry's names)."""
    cached = _CACHE.get(id(glossary))
    if cached and cached[0] is glossary:
        return cached[1]
    out: dict[str, dict[int, set[str]]] = {}
    for e in glossary.entries.values():
        start = (e.valid_from or "")[:4]
        if e.type != "EVENT" or not start.isdigit() or (e.valid_to or "")[:4] not in ("", start):
            continue
        groups = {_group(glossary, name) for name in (e.label_ja, *e.aliases_ja)} - {None}
        if len(groups) == 1 and _SECOND_PARTY not in groups:
            out.setdefault(groups.pop(), {}).setdefault(int(start), set()).add(e.id)
    _CACHE[id(glossary)] = (glossary, out)
    return out


def meant_year(text: str, start: int, year: Optional[int]) -> Optional[int]:
    """The year a mention at ``start`` means: ``year`` (the document's), moved by the last relative year word
    in the same sentence within `WINDOW` characters before it, or the year written there."""
    m = None
    for m in _YEAR_WORD.finditer(text[max(0, start - WINDOW):start]):
        pass
    if m is None:
        return year
    if m.group(2):
        return int(m.group(2))
    return None if year is None else year + _SHIFT[m.group(1)]


def summit_in_year(glossary, surface: str, year: Optional[int]) -> Optional[str]:
    """The id of the one summit of the group ``surface`` names (a group's name + a summit word, nothing
    else) held in ``year``; None when there is none or several."""
    name = unicodedata.normalize("NFKC", surface).strip()
    word = next((w for w in SUMMIT_WORDS if name.endswith(w)), None)
    if year is None or word is None or len(name) == len(word):
        return None
    group = _entry(glossary, name[: -len(word)].rstrip("・"))
    if group is None or group.type != "ORGANIZATION":
        return None
    ids = summit_index(glossary).get(group.id, {}).get(year, set())
    return next(iter(ids)) if len(ids) == 1 else None
