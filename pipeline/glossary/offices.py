"""Who held an office: ``office_holders(glossary, "防衛大臣", "JPN", "2017-09-26")`` -> Onodera.

The glossary records a person's offices in ``notes`` as ``Office YYYY-YYYY, YYYY-; Office2 YYYY-``
(``Minister of Defense 2012-2014, 2017-2018``) and the state he acts for in ``country``.  A Japanese
office word (防衛大臣, 外相, 首相, 大統領 ...) maps to the English office names of those notes
(:data:`OFFICE_NAMES_EN`); the holders on a date are the PERSON entries of that country with a term of one of
those offices containing the date's year (terms are recorded by year, so a year of transition can give
two holders: callers break the tie with the document, see `claims_offices`).  :func:`split_office`
reads a title written with a country or a surname before it (米大統領, インドの首相, シャリフ首相).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .load import GlossaryEntry
from .norm import normalize

# Japanese office word -> the English office names the glossary notes use for it.
_FOREIGN = ("Foreign Minister", "Minister of Foreign Affairs", "Foreign Secretary", "External Affairs Minister")
_DEFENCE = ("Minister of Defense", "Minister of Defence", "Minister of National Defense", "Defence Minister",
            "Defense Minister", "Secretary of Defense")
OFFICE_NAMES_EN: dict[str, tuple[str, ...]] = {
    "内閣総理大臣": ("Prime Minister",), "総理大臣": ("Prime Minister",), "総理": ("Prime Minister",),
    "首相": ("Prime Minister", "Premier", "Chancellor"), "大統領": ("President",), "副大統領": ("Vice President",),
    "国家主席": ("President",), "国王": ("King",), "女王": ("Queen",), "皇太子": ("Crown Prince",),
    "外務大臣": _FOREIGN, "外相": _FOREIGN, "国務長官": ("Secretary of State",),
    "防衛大臣": _DEFENCE, "防衛相": _DEFENCE, "国防相": _DEFENCE, "国防大臣": _DEFENCE, "国防長官": _DEFENCE,
    "官房長官": ("Chief Cabinet Secretary",), "内閣官房長官": ("Chief Cabinet Secretary",),
}
# Offices that, written with no country, are Japan's in a Japanese text (大統領 is nobody's by default).
_JAPANESE_BY_DEFAULT = frozenset({"内閣総理大臣", "総理大臣", "総理", "首相", "外務大臣", "外相", "防衛大臣", "防衛相",
                                  "官房長官", "内閣官房長官"})
_TERM = re.compile(r"(\d{4})(?:\s*[-–]\s*(\d{4})?)?")
_BY_LENGTH = sorted(OFFICE_NAMES_EN, key=len, reverse=True)


@dataclass(frozen=True)
class Office:
    """A title split into what stands before the office word and the office word itself."""

    office: str  # 防衛大臣, 首相 ...
    before: str  # 米, インドの, シャリフ, '' ...


def split_office(title: str) -> Optional[Office]:
    """'米大統領' -> Office('大統領', '米'); 'シャリフ首相' -> Office('首相', 'シャリフ'); '防衛大臣' ->
    Office('防衛大臣', ''); None when the text does not end in a known office word."""
    title = title.strip()
    for word in _BY_LENGTH:
        if title.endswith(word):
            return Office(word, title[:-len(word)].removesuffix("の"))
    return None


def terms(entry: GlossaryEntry, office: str) -> list[tuple[int, Optional[int]]]:
    """The (first year, last year or None while in office) terms of ``office`` (a Japanese office word)
    recorded in the entry's notes."""
    names = OFFICE_NAMES_EN.get(office, ())
    out = []
    for part in entry.notes.split(";"):
        part = part.strip()
        name = next((n for n in names if part.lower().startswith(n.lower() + " ") and part[len(n):].strip()[:1].isdigit()),
                    None)  # "President 2019-", not "President of the European Commission 2019-"
        if name is None:
            continue
        for m in _TERM.finditer(part[len(name):]):
            first = int(m.group(1))
            open_end = m.group(0).rstrip().endswith(("-", "–"))
            out.append((first, None if open_end else int(m.group(2) or first)))
    return out


def office_holders(glossary, office: str, country: Optional[str], date: Optional[str]) -> list[GlossaryEntry]:
    """PERSON entries (of ``country``, an ISO alpha-3, when given) holding ``office`` in the year of
    ``date`` (EDTF/ISO, only its year is read); every holder ever when ``date`` is None."""
    year = int(date[:4]) if date and date[:4].isdigit() else None
    out = []
    for entry in glossary.entries.values():
        if entry.type != "PERSON" or (country and entry.country != country):
            continue
        spans = terms(entry, office)
        if spans and (year is None or any(a <= year and (b is None or year <= b) for a, b in spans)):
            out.append(entry)
    return out


def office_country(glossary, office: Office) -> Optional[str]:
    """The ISO alpha-3 of the country written before the office (米 -> USA, インド -> IND), JPN for a
    Japanese cabinet office written alone, None when nothing says whose office it is."""
    if not office.before:
        return "JPN" if office.office in _JAPANESE_BY_DEFAULT else None
    key = normalize(office.before)
    for cand in glossary.candidates(key, office.before):
        entry = glossary.get(cand.glossary_id)
        if entry is not None and entry.type == "COUNTRY" and entry.iso3166:
            return entry.iso3166
    return None
