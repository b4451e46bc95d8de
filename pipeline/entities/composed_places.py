"""Places and states composed of glossary entries, for mentions still unlinked after `composed.link_composed`.

Each rule reads the shape of a name and the entries it is built of, never a particular name:

- an island region: {region}島嶼[国|部][・][地域|諸国] / 島しょ… (太平洋島嶼地域, 大洋州島嶼国地域, カリブ島嶼国) is the
  region's island entry ({region}諸島 or {region}島嶼国 in the glossary: 太平洋諸島 -> Pacific Islands), else the
  region itself when it is a land region (大洋州 -> Oceania; an ocean's islands are not the ocean);
- a glossary city written with 市 (コロンボ市, ナイロビ市) is that city; a city written with 市 or シティ after its state's name (クウェート市, パナマシティ) is the glossary's city of
  that name ({state}シティ / {state}シティー), else a derived ``loc:{state}-city``, "{State} City" (Kuwait City:
  a city written so is the one named after the state);
- a separatist entity {place}人民共和国 (ハルキウ人民共和国) whose place has a row and whose whole name has none:
  ``loc:{place}-peoples-republic``, "{Place} People's Republic", the form of Wikipedia's titles;
- a state named in full in the document and later by the first part of that name (パプアニューギニア, then
  パプア: the news-agency short form) is that state, when the short form is no glossary name of its own.

A derived id has no glossary row (``label_en_source`` ``composed``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .composed_links import exact_entry as _exact, label_slug as _slug, link_fields as _fields

_ISLANDS = re.compile(r"^(.+?)(?:島嶼|島しょ)(国|部)?・?(地域|諸国)?$")
_CITY = re.compile(r"^(.+?)(市|シティー?)$")
_PEOPLES = "人民共和国"
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")
_SEA = re.compile(r"\b(?:Ocean|Sea)\b")


def link_places(ents: list[Entity], glossary) -> list[Entity]:
    """The document's entities with unlinked island regions, state cities, people's republics and short
    forms of states named in full linked (see the module's rules)."""
    out = [_place(e, glossary) if e.glossary_id is None else e for e in ents]
    return _short_forms(out, glossary)


def _place(e: Entity, glossary) -> Entity:
    surface = e.text.strip()
    found = island_region(surface, glossary) or state_city(surface, glossary) or peoples_republic(surface, glossary)
    return e if found is None else replace(e, **_fields(found))


def island_region(surface: str, glossary):
    """太平洋島嶼地域 -> the 太平洋諸島 entry; 大洋州島嶼国地域 -> Oceania; None when the region is unknown."""
    m = _ISLANDS.match(surface)
    if not m or len(m.group(1)) < 2:
        return None
    base = m.group(1)
    states = m.group(2) == "国" or m.group(3) == "諸国"
    names = (base + "島嶼国", base + "諸島") if states else (base + "諸島", base + "島嶼国")
    for name in names:
        entry = _exact(glossary, name, {"LOCATION", "OTHER"})
        if entry is not None:
            return entry
    region = _exact(glossary, base, {"LOCATION"})
    return region if region is not None and not _SEA.search(region.label_en) else None


def state_city(surface: str, glossary):
    """クウェート市 -> ("loc:kuwait-city", "Kuwait City", "LOCATION"); パナマ市 -> the パナマシティ row when
    there is one."""
    m = _CITY.match(surface)
    if not m or len(m.group(1)) < 2:
        return None
    city = _exact(glossary, m.group(1), {"LOCATION"}) if m.group(2) == "市" else None
    if city is not None and _is_city(city):
        return city  # コロンボ市: the city's row, written with its administrative suffix
    state = _exact(glossary, m.group(1), {"COUNTRY"})
    if state is None:
        return None
    for name in (state.label_ja + "シティ", state.label_ja + "シティー", state.label_ja + "市"):
        city = _exact(glossary, name, {"LOCATION"})
        if city is not None:
            return city
    return f"loc:{_slug(state.label_en)}-city", f"{state.label_en} City", "LOCATION"


def _is_city(entry) -> bool:
    """A city's row: GeoNames and CLDR exemplar-city rows say so in their notes or source (a prefecture,
    a state or a region is no city: 京都市 is not Kyoto Prefecture)."""
    return (entry.notes or "").startswith("city") or "exemplar cities" in (entry.label_source or "")


def peoples_republic(surface: str, glossary):
    """{place}人民共和国 with a LOCATION row for the place -> ("loc:{place}-peoples-republic", "{Place} People's
    Republic", "LOCATION"); a state (中華人民共和国) has its own row and never reaches here."""
    if not surface.endswith(_PEOPLES) or len(surface) <= len(_PEOPLES) + 1:
        return None
    place = _exact(glossary, surface[: -len(_PEOPLES)], {"LOCATION"})
    if place is None:
        return None
    return f"loc:{_slug(place.label_en)}-peoples-republic", f"{place.label_en} People's Republic", "LOCATION"


def _short_forms(ents: list[Entity], glossary) -> list[Entity]:
    """パプア after パプアニューギニア in the same document: the state written in full."""
    named = {}
    for e in ents:
        entry = glossary.get(e.glossary_id) if e.glossary_id and e.type == "COUNTRY" else None
        if entry is not None:
            named.setdefault(e.text.strip().replace("・", ""), entry)
    if not named:
        return ents
    out = []
    for e in ents:
        state = _short_of(e.text.strip(), named, glossary) if e.glossary_id is None else None
        out.append(e if state is None else replace(e, **_fields(state)))
    return out


def _short_of(surface: str, named: dict, glossary):
    """The one state named in full whose written name begins with `surface` (a katakana word of three
    characters or more that is no glossary name itself), leaving at least two characters."""
    if not _KATAKANA.fullmatch(surface) or any(c.method in ("exact", "variant") for c in glossary.lookup(surface)):
        return None
    found = {entry.id: entry for full, entry in named.items()
             if full.startswith(surface) and len(full) - len(surface) >= 2}
    return next(iter(found.values())) if len(found) == 1 else None
