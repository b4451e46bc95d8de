"""A foreign leader's bare surname before a title: メルツ首相, ミレイ大統領, スナク氏 -> the PERSON row.

Japanese writes a foreign name in katakana with its parts separated (フリードリヒ・メルツ) and, once the
person is known, the last part alone before a title (メルツ首相). The glossary lists that short form for
some rows only; :func:`surname_keys` derives it from every PERSON label whose last part is a katakana
word, and :func:`surname_spans` accepts it ONLY right before a title word (首相, 大統領, 外相, 氏 ...),
the one place a bare katakana word is surely a person's name (ライス alone is rice, ライス国務長官 is
Condoleezza Rice).  The title must be an office, not 氏 (ハリス氏 may be any Harris), and an office whose
terms the glossary reads must be one the person held (ジョンソン首相 is Boris Johnson, ジョンソン大統領 is
not).  A surname is left out when another entry holds it as a surface (タイ is Thailand,
not Katherine Tai) or when two people share it (シャリフ: Nawaz or Shehbaz), and it must be at least
two characters long after normalization.
"""
from __future__ import annotations

import re
from typing import Iterable, Pattern

from .norm import NormalizedText, normalize
from .affixes import inside_katakana_word
from .offices import split_office, terms

# titles that do not say the bearer holds an office: ハリス氏 may be any Harris
_NOT_OFFICES = frozenset({"氏", "首脳", "政権"})

_PARTS = re.compile(r"[・＝=･ ]")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
MIN_SURNAME = 2


def surname_tables(entries: Iterable, held: set[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """From one pass over the entries: normalized surname -> the PERSON id of its one person (the surnames of
    katakana labels; ``held``: the normalized surfaces of every entry, which a derived surname must not
    shadow), and normalized surname -> the ids of the two or more people it is the surname of (ハリス: Kamala
    Harris and Simon Harris), which links only before an office exactly one of them held (ハリス副大統領,
    ハリス首相: `surname_spans`); 氏 or a title no one's terms record leave it unlinked."""
    grouped = _surname_ids(entries, held)
    return ({k: ids[0] for k, ids in grouped.items() if len(ids) == 1},
            {k: tuple(ids) for k, ids in grouped.items() if len(ids) > 1})


def _surname_ids(entries: Iterable, held: set[str]) -> dict[str, list[str]]:
    """Normalized surname -> the ids of the PERSON entries whose katakana label ends with it, in order."""
    seen: dict[str, list[str]] = {}
    for entry in entries:
        if entry.type != "PERSON":
            continue
        parts = [p for p in _PARTS.split(entry.label_ja) if p]
        if len(parts) < 2 or not _KATAKANA_WORD.fullmatch(parts[-1]):
            continue
        key = normalize(parts[-1])
        if len(key) >= MIN_SURNAME and key not in held:
            ids = seen.setdefault(key, [])
            if entry.id not in ids:
                ids.append(entry.id)
    return seen


# Names whose FIRST part is the one a text calls the person by before a title: an Arabic (or Malay) lineage
# name, "X son of Y" (ファイサル・ビン・ファルハーン -> ファイサル外相, マハティール・ビン・モハマド -> マハティール首相) or a
# royal chain of two or more アル (ナッワーフ・アル・アハマド・アル・ジャーベル・アル・サバーハ -> ナッワーフ首長); and a
# Samoan name, whose first part is the chief's title (トゥイラエパ首相, フィアメ首相). Vietnamese ビン is a middle name
# (ファム・ビン・ミン), not "son of".
_NASAB = frozenset({"ビン", "ブン", "イブン", "ビント"})
_LINEAGE = frozenset({"アル", "アール"})
_TITLE_FIRST = frozenset({"WSM"})
_NOT_NASAB = frozenset({"VNM"})


def calls_by_first_name(entry) -> bool:
    """Whether a text names this person by the first part of the name before a title (see above)."""
    parts = [p for p in _PARTS.split(entry.label_ja) if p]
    if len(parts) < 2 or not _KATAKANA_WORD.fullmatch(parts[0]) or parts[0] in _NASAB | _LINEAGE:
        return False
    if entry.country in _TITLE_FIRST:
        return True
    lineage = sum(p in _LINEAGE for p in parts[1:])
    return entry.country not in _NOT_NASAB and (any(p in _NASAB for p in parts[1:]) or lineage >= 2)


def first_name_keys(entries: Iterable, held: set[str]) -> dict[str, tuple[str, ...]]:
    """Normalized first part -> the PERSON ids named by it (`calls_by_first_name`). Such a key links only before
    an office exactly one of its people held (ファイサル外相; ムハンマド首相 is two people, so none), like a shared
    surname; a key that is any entry's surface is left out."""
    seen: dict[str, list[str]] = {}
    for entry in entries:
        if entry.type != "PERSON" or not calls_by_first_name(entry):
            continue
        key = normalize(_PARTS.split(entry.label_ja)[0])
        if len(key) >= MIN_SURNAME and key not in held:
            ids = seen.setdefault(key, [])
            if entry.id not in ids:
                ids.append(entry.id)
    return {k: tuple(ids) for k, ids in seen.items()}


def merge_keys(surnames: dict[str, str], shared: dict[str, tuple[str, ...]], first: dict[str, tuple[str, ...]]
               ) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(unambiguous surnames, keys of several people) with the first-name keys added: a first name that is
    also another person's surname makes that key one of several people (ファイサル: Saud al-Faisal's surname,
    Faisal bin Farhan's first name; both foreign ministers, so the document's year chooses: `first_name_index`)."""
    one, many = dict(surnames), dict(shared)
    for key, ids in first.items():
        before = (one.pop(key),) if key in one else many.get(key, ())
        many[key] = tuple(dict.fromkeys(before + ids))
    return one, many


def first_name_index(glossary) -> dict[str, set[str]]:
    """First part as written -> ids of the PERSON entries a text calls by it (`calls_by_first_name`), from
    their labels and aliases, for choosing among several by the document's year (entities.context)."""
    cached = _FIRST.get(id(glossary))
    if cached and cached[0] is glossary:
        return cached[1]
    index: dict[str, set[str]] = {}
    for e in glossary.entries.values():
        if e.type == "PERSON" and calls_by_first_name(e):
            for name in (e.label_ja, *e.aliases_ja):
                first = _PARTS.split(name)[0]
                if first != name and _KATAKANA_WORD.fullmatch(first):
                    index.setdefault(first, set()).add(e.id)
    _FIRST[id(glossary)] = (glossary, index)
    return index


_FIRST: dict[int, tuple[object, dict[str, set[str]]]] = {}


def country_keys(entries: Iterable, keys: dict) -> dict[str, str]:
    """Normalized surface -> ISO alpha-3 of every COUNTRY entry (米, 米国, オランダ ...), for a country written
    between a surname and its office (ペンス米副大統領, ルッテ・オランダ首相)."""
    entries = list(entries)
    iso = {e.id: e.iso3166 for e in entries if e.type == "COUNTRY" and e.iso3166}
    out = {}
    for key, ids in keys.items():
        found = {iso[i] for i in ids if i in iso}
        if len(found) == 1 and not key.isascii():
            out[key] = found.pop()
    for short, code in short_state_names(entries).items():
        out.setdefault(short, code)  # a state's own surface wins (ドミニカ is Dominica's)
    return out


# the generic tail of a state's name, which MOFA drops before a title (シミナ・ミクロネシア大統領,
# ハイネ・マーシャル大統領, ソガバレ・ソロモン首相, プナ・クック首相)
STATE_TAILS = ("連邦", "諸島", "共和国", "独立国", "王国")


def short_state_names(entries: Iterable) -> dict[str, str]:
    """Normalized short name -> ISO alpha-3 for states whose Japanese label ends in a generic tail
    (ミクロネシア連邦 -> ミクロネシア, マーシャル諸島 -> マーシャル), at least three characters left and shared
    by no two states. Read only between a person's surname and an office title, where it names the
    person's state; elsewhere ミクロネシア stays the region. A short name another state holds as a surface
stays that state's (ドミニカ is Dominica, not ドミニカ共和国)."""
    seen: dict[str, set[str]] = {}
    for e in entries:
        if e.type != "COUNTRY" or not e.iso3166:
            continue
        for tail in STATE_TAILS:
            if e.label_ja.endswith(tail) and len(e.label_ja) - len(tail) >= 3:
                seen.setdefault(normalize(e.label_ja[:-len(tail)]), set()).add(e.iso3166)
    return {k: v.pop() for k, v in seen.items() if len(v) == 1}


def surname_pattern(keys: dict[str, str]) -> Pattern[str] | None:
    if not keys:
        return None
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def holds_title(entry, title: str, strict: bool = False) -> bool:
    """Whether ``title`` (as written after the name: 首相, 元大統領, 書記長) can be this person's office;
    ``strict``: only an office whose terms this person's notes record (an unknown office says nothing
    of which of two people it is)."""
    office = split_office(title) if title not in _NOT_OFFICES else None
    if office is None:
        return not strict and title not in _NOT_OFFICES
    return bool(terms(entry, office.office))


def _title_at(norm: str, b: int, title_re: Pattern[str], entry, countries: dict[str, str] | None):
    """The title after a surname ending at ``b``: right after it (メルツ首相), or after the name of the
    person's own country (ペンス米国副大統領, ルッテ・オランダ首相: ・ and spaces are gone in ``norm``)."""
    title = title_re.match(norm, b)
    if title or not countries or not entry.country:
        return title
    for n in range(min(8, len(norm) - b), 0, -1):
        if countries.get(norm[b:b + n]) == entry.country:
            return title_re.match(norm, b + n)
    return None


def surname_spans(text: str, nt: NormalizedText, pattern: Pattern[str] | None, keys: dict[str, str],
                  title_re: Pattern[str], taken: bytearray, entries: dict,
                  countries: dict[str, str] | None = None, breaks: frozenset[int] = frozenset(),
                  shared: dict[str, tuple[str, ...]] | None = None) -> list[tuple[int, int, str, str]]:
    """(a, b, person id, title) in normalized coordinates for every free surname followed by a title
    (or by the person's country and a title) and not part of a longer katakana word; a surname ``shared``
    by several people is the one of them who held the office written after it."""
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(nt.text):
        a, b = m.span()
        if taken.find(1, a, b) != -1:
            continue
        if m.group() in keys:
            gid = keys[m.group()]
            title = _title_at(nt.text, b, title_re, entries[gid], countries)
            if not title or not holds_title(entries[gid], title.group()):
                continue
        else:
            found = _shared_holder(nt.text, b, title_re, (shared or {}).get(m.group(), ()), entries, countries)
            if found is None:
                continue
            gid, title = found
        s, e = nt.source_span(a, b)
        if inside_katakana_word(text, s, e) and not (e in breaks and (s == 0 or s in breaks or
                                                                    not _KATAKANA_WORD.match(text[s - 1]))):
            continue
        out.append((a, b, gid, title.group()))
    return out


def _shared_holder(norm: str, b: int, title_re: Pattern[str], ids: tuple[str, ...], entries: dict, countries):
    """(id, title match) of the one person among ``ids`` who held the office written after the surname."""
    found = {}
    for gid in ids:
        title = _title_at(norm, b, title_re, entries[gid], countries)
        if title and holds_title(entries[gid], title.group(), strict=True):
            found[gid] = title
    return next(iter(found.items())) if len(found) == 1 else None
