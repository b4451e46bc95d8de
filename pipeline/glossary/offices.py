"""Who held an office: ``office_holders(glossary, "防衛大臣", "JPN", "2017-09-26")`` -> Onodera.

The glossary records a person's offices in ``notes`` as ``Office YYYY-YYYY, YYYY-; Office2 YYYY-``
(``Minister of Defense 2012-2014, 2017-2018``), case aside, also ``foreign minister from 2004``,
``president of Indonesia 2014-2024``, ``UN Secretary-General 2017-`` and offices parted by a comma
(``foreign minister 2004-2010, prime minister 2012-2014``), and the state he acts for in ``country``.  A Japanese
office word (防衛大臣, 外相, 首相, 大統領 ...) maps to the English office names of those notes
(:data:`OFFICE_NAMES_EN`); the holders on a date are the PERSON entries of that country with a term of one of
those offices containing the date's year (terms are recorded by year, so a year of transition can give
two holders: callers break the tie with the document, see `claims_offices`).  :func:`split_office`
reads a title written with a country or a surname before it (米大統領, インドの首相, シャリフ首相).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .load import GlossaryEntry
from .norm import normalize
from .tables import per_glossary

# Japanese office word -> the English office names the glossary notes use for it.
_FOREIGN = ("Foreign Minister", "Minister of Foreign Affairs", "Foreign Secretary", "External Affairs Minister",
            "Minister of International Relations and Cooperation")
_DEFENCE = ("Minister of Defense", "Minister of Defence", "Minister of National Defense", "Defence Minister",
            "Defense Minister", "Secretary of Defense")
_METI = ("Minister of Economy, Trade and Industry",)
_MAFF = ("Minister of Agriculture, Forestry and Fisheries",)
_MEXT = ("Minister of Education, Culture, Sports, Science and Technology",)
_MLIT = ("Minister of Land, Infrastructure, Transport and Tourism",)
_MIC = ("Minister for Internal Affairs and Communications",)
_MHLW = ("Minister of Health, Labour and Welfare",)
OFFICE_NAMES_EN: dict[str, tuple[str, ...]] = {
    "内閣総理大臣": ("Prime Minister",), "総理大臣": ("Prime Minister",), "総理": ("Prime Minister",),
    "首相": ("Prime Minister", "Premier", "Chancellor"), "大統領": ("President",), "副大統領": ("Vice President",),
    "外務大臣": _FOREIGN, "外相": _FOREIGN, "国務長官": ("Secretary of State",),
    "防衛大臣": _DEFENCE, "防衛相": _DEFENCE, "国防相": _DEFENCE, "国防大臣": _DEFENCE, "国防長官": _DEFENCE,
    "官房長官": ("Chief Cabinet Secretary",), "内閣官房長官": ("Chief Cabinet Secretary",),
    "外務相": _FOREIGN, "長官": _FOREIGN + ("Secretary of State",),  # ユン長官 (Korea's 外交部長官), ブリンケン長官
    "国家主席": ("President",), "主席": ("President",), "国王": ("King", "Sultan"), "首長": ("Emir",), "女王": ("Queen",),
    "皇太子": ("Crown Prince",), "事務総長": ("Secretary-General", "Secretary General"),
    "外務副大臣": ("State Minister for Foreign Affairs",),
    # Japan's cabinet and MOFA offices the notes of the office-holder rows record
    "外務事務次官": ("Vice-Minister for Foreign Affairs",), "外務次官": ("Vice-Minister for Foreign Affairs",),
    "外務審議官": ("Deputy Minister for Foreign Affairs",),
    "外務大臣政務官": ("Parliamentary Vice-Minister for Foreign Affairs",),
    "外務政務官": ("Parliamentary Vice-Minister for Foreign Affairs",),
    "アジア大洋州局長": ("Director-General of the Asian and Oceanian Affairs Bureau",),
    "国家安全保障局長": ("Secretary General of the National Security Secretariat",),
    "経済産業大臣": _METI, "経済産業相": _METI, "経産相": _METI,
    "農林水産大臣": _MAFF, "農林水産相": _MAFF, "農水相": _MAFF,
    "文部科学大臣": _MEXT, "文部科学相": _MEXT, "文科相": _MEXT,
    "環境大臣": ("Minister of the Environment",), "環境相": ("Minister of the Environment",),
    "国土交通大臣": _MLIT, "国土交通相": _MLIT, "国交相": _MLIT,
    "法務大臣": ("Minister of Justice",), "法相": ("Minister of Justice",),
    "財務大臣": ("Minister of Finance",), "財務相": ("Minister of Finance",),
    "総務大臣": _MIC, "総務相": _MIC,
    "厚生労働大臣": _MHLW, "厚生労働相": _MHLW, "厚労相": _MHLW,
    "復興大臣": ("Minister for Reconstruction",), "復興相": ("Minister for Reconstruction",),
    "デジタル大臣": ("Minister for Digital Transformation",), "デジタル相": ("Minister for Digital Transformation",),
    "日本銀行総裁": ("Governor of the Bank of Japan",), "日銀総裁": ("Governor of the Bank of Japan",),
    "衆議院議長": ("Speaker of the House of Representatives",),
}
# Offices that, written with no country, are Japan's in a Japanese text (大統領 is nobody's by default).
_JAPANESE_ONLY = ("外務事務次官", "外務審議官", "外務大臣政務官", "外務政務官", "アジア大洋州局長", "国家安全保障局長",
                  "経済産業大臣", "経済産業相", "経産相", "農林水産大臣", "農林水産相", "農水相", "文部科学大臣", "文部科学相",
                  "文科相", "国土交通大臣", "国土交通相", "国交相", "総務大臣", "総務相", "厚生労働大臣", "厚生労働相", "厚労相",
                  "復興大臣", "復興相", "デジタル大臣", "デジタル相", "日本銀行総裁", "日銀総裁", "衆議院議長")
_JAPANESE_BY_DEFAULT = frozenset({"内閣総理大臣", "総理大臣", "総理", "首相", "外務大臣", "外相", "防衛大臣", "防衛相",
                                  "官房長官", "内閣官房長官", "外務副大臣", *_JAPANESE_ONLY})
_TERM = re.compile(r"(\d{4})(?:\s*[-–]\s*(\d{4})?)?")
# "foreign minister 2004-2010, prime minister 2012-2014"; a comma inside an office's name is no break
# ("Minister of Economy, Trade and Industry 2022-2023"): only one after the years is
_OFFICE_PARTS = re.compile(r";|(?<=[\d\-–]),\s*(?=[A-Za-z])")
_ORG_PREFIX = re.compile(r"(?:UN|ASEAN|NATO|EU|OAS|OSCE|WTO|IAEA|GCC|PIF|SCO|Arab League|Commonwealth)\s+(?=\S)")  # UN Secretary-General
_OF_COUNTRY = re.compile(r" of (?!the\b)[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*(?= )")  # of Indonesia, of South Korea
_FROM = re.compile(r"(?:from|since)\s+(\d{4})\b", re.IGNORECASE)
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
    return list(_terms_in(entry.notes, office))


@lru_cache(maxsize=1 << 16)
def _terms_in(notes: str, office: str) -> tuple[tuple[int, Optional[int]], ...]:
    """`terms` of a notes text (a pure function of the two strings: read once per run, not per claim)."""
    return tuple(_parse_terms(notes, office))


def _parse_terms(notes: str, office: str) -> list[tuple[int, Optional[int]]]:
    names = OFFICE_NAMES_EN.get(office, ())
    out = []
    for part in _OFFICE_PARTS.split(notes):
        years = _years_of(part.strip(), names)
        if years is None:
            continue
        if _FROM.match(years):  # "foreign minister from 2004": in office since
            out.append((int(_FROM.match(years).group(1)), None))
            continue
        for m in _TERM.finditer(years):
            first = int(m.group(1))
            open_end = m.group(0).rstrip().endswith(("-", "–"))
            out.append((first, None if open_end else int(m.group(2) or first)))
    return out


def _years_of(part: str, names: tuple[str, ...]) -> Optional[str]:
    """What follows one of the office ``names`` at the start of a notes part (case aside), when it is
    the terms: "President 2019-" -> "2019-", "president of Indonesia 2014-2024" -> "2014-2024",
    "UN Secretary-General 2017-" -> "2017-"; None for another office ("Vice President 2021-2025",
    "President of the European Commission 2019-": an institution's office, written with "the")."""
    m = _ORG_PREFIX.match(part)
    rest = part[m.end():] if m else part
    for name in names:
        if not rest.lower().startswith(name.lower()):
            continue
        tail = rest[len(name):]
        of = _OF_COUNTRY.match(tail)
        tail = tail[of.end():] if of else tail
        if tail[:1] == " " and (tail.strip()[:1].isdigit() or _FROM.match(tail.strip())):
            return tail.strip()
    return None


def office_holders(glossary, office: str, country: Optional[str], date: Optional[str]) -> list[GlossaryEntry]:
    """PERSON entries (of ``country``, an ISO alpha-3, when given) holding ``office`` in the year of
    ``date`` (EDTF/ISO, only its year is read); every holder ever when ``date`` is None."""
    year = int(date[:4]) if date and date[:4].isdigit() else None
    out = []
    for entry in per_glossary(glossary, _people):  # not every entry of the glossary per call
        if country and entry.country != country:
            continue
        spans = _terms_in(entry.notes, office)
        if spans and (year is None or any(a <= year and (b is None or year <= b) for a, b in spans)):
            out.append(entry)
    return out


def _people(glossary) -> tuple[GlossaryEntry, ...]:
    """The glossary's PERSON entries, in its order."""
    return tuple(e for e in glossary.entries.values() if e.type == "PERSON")


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
