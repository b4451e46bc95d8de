"""Names that several glossary entries share, resolved by the document: whose 外交部, which シャリフ.

Applied to a whole document's entities after `link_short_forms`, to entities no rule has linked:

- a state body named without its state (外交部, 国防部, 国防省): the glossary holds the body of several
  states under names that begin with the state (中国外交部, 韓国外交部, タイ国防省), so the bare name is the
  rest of those names (:func:`state_bodies`, derived from every entry, not listed by hand). The body is
  that of the state the document names nearest before it (or, when none before, first after it): a
  Chinese briefing's 外交部 is China's, a Korean talks summary's Korea's. ``match`` ``context``;
- a surname two glossary people share, written with an office (シャリフ首相: Nawaz or Shehbaz Sharif): the one
  whose recorded terms of that office contain the document's year (`glossary.terms`); none or two: unlinked;
  its other mentions in the document (シャリフ氏) take the same link;
- a group's summit named without its host (G20サミット, 先進7カ国首脳会議): the group's one summit the glossary
  holds for the year meant (the document's, or 来年/昨年 before it: `glossary.summit_in_year`);
- a fuzzy link to an event that began after the document's year (ロシア・ウクライナ情勢 in 2016 is not the 2022
  invasion), or a Japanese body's name in brackets glossing another body (外交部(外務省), as the model finds it:
  `glossary.glosses_name_before`), is no link: the entity stays, unlinked, with a romanized label.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..glossary import glosses_name_before, japanese_state_body, meant_year, split_office, summit_in_year, terms
from ..records import Entity
from .english import romanized
from .surnames import _title_after, surname_index

CONTEXT_SCORE = 0.8
MIN_BODY = 3  # a bare body name of three characters or more (政府, 議会, 海軍 alone are any state's)
MIN_STATE = 2  # the state's name before it: 米 of 米国防省 would leave 国防省's tail 防省
_CACHE: dict[int, tuple[object, dict[str, dict[str, str]]]] = {}


def state_bodies(glossary) -> dict[str, dict[str, str]]:
    """Bare body name -> {ISO alpha-3: entry id}, from ORGANIZATION names that begin with the name of the
    entry's own state (中国外交部 -> 外交部: {CHN: org:china-mfa}); names an entry holds whole are left out."""
    cached = _CACHE.get(id(glossary))
    if cached and cached[0] is glossary:
        return cached[1]
    states: dict[str, set[str]] = {}
    held: set[str] = set()
    for e in glossary.entries.values():
        held.update((e.label_ja, *e.aliases_ja))
        if e.type == "COUNTRY" and e.iso3166:
            for s in (e.label_ja, *e.aliases_ja):
                states.setdefault(e.iso3166, set()).add(s)
    out: dict[str, dict[str, str]] = {}
    for e in glossary.entries.values():
        if e.type != "ORGANIZATION" or not e.country or e.country not in states:
            continue
        for name in (e.label_ja, *e.aliases_ja):
            for state in states[e.country]:
                rest = name[len(state):]
                if len(state) >= MIN_STATE and name.startswith(state) and len(rest) >= MIN_BODY and rest not in held:
                    out.setdefault(rest, {}).setdefault(e.country, e.id)
    _CACHE[id(glossary)] = (glossary, out)
    return out


def _state_of(e: Entity, glossary) -> Optional[str]:
    entry = glossary.get(e.glossary_id) if e.glossary_id else None
    if entry is None:
        return None
    return entry.iso3166 if entry.type == "COUNTRY" else entry.country


def _nearest_state(ents: list[Entity], i: int, options: dict[str, str], glossary) -> Optional[str]:
    """The state named nearest before entity ``i`` (else first after it) when the glossary has its body;
    None when that state's body is not among ``options`` (大統領府 after 韓国: not France's, not Russia's)."""
    before = [iso for iso in (_state_of(x, glossary) for x in ents[:i]) if iso and iso != "IGO"]
    after = [iso for iso in (_state_of(x, glossary) for x in ents[i + 1:]) if iso and iso != "IGO"]
    iso = before[-1] if before else after[0] if after else None
    return iso if iso in options else None


def _holder(e: Entity, text: str, glossary, year: Optional[int]) -> Optional[str]:
    """The one person sharing the surname ``e.text`` who held the office written with it (its role, or the
    title right after it) in ``year``."""
    ids = sorted(surname_index(glossary).get(e.text, ()))
    office = split_office(e.role or _title_after(text, e.end))
    if len(ids) < 2 or office is None or year is None:
        return None
    held = [i for i in ids if any(a <= year and (b is None or year <= b) for a, b in terms(glossary.get(i), office.office))]
    return held[0] if len(held) == 1 else None


def link_in_context(ents: list[Entity], text: str, glossary, date: Optional[str]) -> list[Entity]:
    """The document's entities with shared body names and shared surnames resolved (see module doc)."""
    bodies = state_bodies(glossary)
    year = int(date[:4]) if date and date[:4].isdigit() else None
    out = list(ents)
    for i, e in enumerate(out):
        if e.glossary_id is not None:
            entry = glossary.get(e.glossary_id)
            if (_after(entry, year) and e.match == "fuzzy") or (japanese_state_body(entry)
                                                                and glosses_name_before(text, e.start, e.end)):
                out[i] = replace(e, glossary_id=None, label_en=romanized(e.text), label_ja=None, match="model",
                                 score=0.5, candidates=(), label_en_source="romanized")
            continue
        gid = None
        if e.type == "ORGANIZATION" and e.text in bodies:
            iso = _nearest_state(out, i, bodies[e.text], glossary)
            gid = bodies[e.text][iso] if iso else None
        elif e.type == "PERSON":
            gid = _holder(e, text, glossary, year)
        elif e.type == "EVENT":
            gid = summit_in_year(glossary, e.text, meant_year(text, e.start, year))  # G20サミット of 2020
        entry = glossary.get(gid) if gid else None
        if entry is not None:
            out[i] = replace(e, glossary_id=entry.id, label_en=entry.label_en, label_ja=entry.label_ja,
                             match="context", score=CONTEXT_SCORE, label_en_source="glossary")
    return _same_reading(out)


def _same_reading(ents: list[Entity]) -> list[Entity]:
    """One name, one reading per document: the other unlinked mentions of a surname or body resolved here
    (シャリフ氏, シャリフ同国首相 after シャリフ首相) take its link, when it was resolved to one entry only."""
    resolved: dict[tuple[str, str], set[str]] = {}
    for e in ents:
        if e.match == "context":
            resolved.setdefault((e.text, e.type), set()).add(e.glossary_id)
    out = []
    for e in ents:
        ids = resolved.get((e.text, e.type), set())
        if e.glossary_id is None and e.match == "model" and len(ids) == 1:
            ref = next(x for x in ents if x.match == "context" and x.text == e.text and x.type == e.type)
            e = replace(e, glossary_id=ref.glossary_id, label_en=ref.label_en, label_ja=ref.label_ja,
                        match="context", score=CONTEXT_SCORE, label_en_source="glossary")
        out.append(e)
    return out


def _after(entry, year: Optional[int]) -> bool:
    """Whether ``entry`` is an event that began after ``year``."""
    start = entry.valid_from[:4] if entry is not None and entry.type == "EVENT" and entry.valid_from else ""
    return year is not None and start.isdigit() and int(start) > year
