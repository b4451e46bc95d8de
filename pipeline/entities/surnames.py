"""A surname before a title (習主席, ユン長官, 茂木大臣) linked to the one PERSON entry it begins.

Japanese texts name a person in full once and then by surname and title. A one- or two-kanji surname
(習, 茂木) begins a kanji PERSON label (習近平, 茂木敏充); a katakana surname is the first part of a
Korean or Chinese katakana name (ユン of ユン・ビョンセ) and the last part of any other (チン of
ファム・ミン・チン). When exactly one entry fits, the surname is
linked with ``match`` ``surname``; when several do (李: 李強, 李克強, 李明博 ...), it stays unlinked.
Model entities are linked in place; a surname before a title that no entity covers becomes one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import TITLES, first_name_index, split_office, terms as office_terms
from ..records import Entity

SURNAME_SCORE = 0.85
_TITLES = "|".join(sorted((t for t in TITLES if t not in ("政権", "首脳")), key=len, reverse=True))
# the head of a bureau, department or division written with its unit's name (伊原アジア大洋州局長, 鈴木経済部長)
_UNIT_HEAD = r"[\u4e00-\u9fff\u30a1-\u30fa]{1,8}?(?:局長|部長|課長|室長)"
_SURNAME_AT = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])([\u4e00-\u9fff]{1,2}|[\u30a1-\u30fa\u30fc]{2,6})"
                         r"(?=(?:元|前|現)?(?:" + _TITLES + "|" + _UNIT_HEAD + "))")
_TITLE_AT = re.compile(r"(?:元|前|現)?(" + _TITLES + "|" + _UNIT_HEAD + ")")
_KANJI_FULL = re.compile(r"[\u4e00-\u9fff]{2,5}")
_KATAKANA_FULL = re.compile(r"([\u30a1-\u30fa\u30fc]{2,6})[・＝=][\u30a1-\u30fa\u30fc・＝=]+")
_FAMILY_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC"})
_INDEX: dict[int, tuple[object, dict[str, set[str]]]] = {}


def surname_index(glossary) -> dict[str, set[str]]:
    """surname -> ids of the PERSON entries it begins (built once per glossary)."""
    cached = _INDEX.get(id(glossary))
    if cached and cached[0] is glossary:
        return cached[1]
    index: dict[str, set[str]] = {}
    for e in glossary.entries.values():
        if e.type != "PERSON":
            continue
        for s in (e.label_ja, *e.aliases_ja):
            for short in surname_forms(s, e.country or ""):
                index.setdefault(short, set()).add(e.id)
    for first, ids in first_name_index(glossary).items():  # ファイサル外相, トゥイラエパ首相 (glossary.surnames)
        index.setdefault(first, set()).update(ids)
    _INDEX[id(glossary)] = (glossary, index)
    return index


def surname_forms(full: str, country: str | None = None) -> frozenset[str]:
    """The short forms a text uses for the person named `full` after naming him in full: the first
    one to three kanji of a kanji name (習 of 習近平, 茂木 of 茂木敏充, 長谷川 of 長谷川栄一); of a katakana name the family
    name, first in Korean and Chinese names (ユン of ユン・ビョンセ) and last in any other (ケーガン, and
    Vietnamese given names: チン首相). `country` (ISO alpha-3) None means unknown: both ends."""
    if _KANJI_FULL.fullmatch(full):
        return frozenset(full[:k] for k in (1, 2, 3) if k < len(full) and (k < 3 or len(full) >= 4))
    if _KATAKANA_FULL.fullmatch(full):
        parts = [p for p in re.split(r"[・＝=]", full) if p]
        if country is None:
            return frozenset((parts[0], parts[-1]))
        return frozenset((parts[0] if country in _FAMILY_FIRST else parts[-1],))
    return frozenset()


# A title names an office; when a surname begins several entries, the one whose `notes` record a term
# of that office wins (ユン長官: Yun Byung-se, Foreign Minister, not Yoon Suk Yeol): glossary `terms`.


def _entry_for(surname: str, glossary, title: str = ""):
    ids = sorted(surname_index(glossary).get(surname, ()))
    if len(ids) > 1 and title and all(glossary.get(i).notes for i in ids):  # else undecidable
        office = split_office(title)  # 外交部長官 -> 長官
        ids = [i for i in ids if office_terms(glossary.get(i), office.office if office else title)]
    return glossary.get(ids[0]) if len(ids) == 1 else None


def _title_after(text: str, end: int) -> str:
    m = _TITLE_AT.match(text, end)
    return m.group(1) if m else ""


def link_surnames(ents: list[Entity], text: str, glossary) -> list[Entity]:
    out = []
    for e in ents:
        entry = None
        m = _SURNAME_AT.match(text, e.start)
        if e.glossary_id is None and e.match == "model" and e.type == "PERSON" and m and m.end(1) == e.end:
            entry = _entry_for(e.text, glossary, _title_after(text, e.end))
        out.append(e if entry is None else replace(
            e, glossary_id=entry.id, label_en=entry.label_en, label_ja=entry.label_ja, match="surname",
            score=SURNAME_SCORE, label_en_source="glossary"))
    for m in _SURNAME_AT.finditer(text):
        s, e = m.span(1)
        if any(o.start < e and s < o.end for o in out):
            continue
        entry = _entry_for(m.group(1), glossary, _title_after(text, e))
        if entry is not None:
            out.append(Entity(s, e, m.group(1), "PERSON", entry.id, entry.label_en, entry.label_ja, "surname",
                              SURNAME_SCORE, label_en_source="glossary"))
    return sorted(out, key=lambda x: (x.start, x.end, x.glossary_id or ""))
