"""Typed entities: GiNZA's fine ENE labels folded into the SPEC types.

``ENE_TO_TYPE`` is the one folding table (documented in the README). Labels that are not named
entities for this dataset — dates, times, money, percentages, counts and measures (their own
modules handle them), roles such as 大統領 (kept as a person's role) and common nouns of nature
(animals, food, materials) — fold to ``None`` and are dropped.

The model's label is a guess about the surface; a Japanese name's last morphemes usually tell its
kind more reliably (…条約 is a treaty, …併合 an event, …機構 an organization). ``SUFFIX_TYPES``
overrides the folded label where the surface ends in such a head noun.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import TITLES, affix_stem, prefix_changes_word, suffix_changes_word
from ..records import Entity
from .headwords import INCIDENTS, TREATIES, WARS

_FOLD: dict[str, tuple[str, ...]] = {
    "PERSON": ("Person",),
    "COUNTRY": ("Country",),
    "ORGANIZATION": (
        "International_Organization", "Political_Organization_Other", "Political_Party", "Government",
        "Cabinet", "Military", "Company", "Company_Group", "Corporation_Other", "Organization_Other",
        "Public_Institution", "Research_Institute", "School", "Show_Organization",
        "Sports_Organization_Other", "Pro_Sports_Organization", "Sports_League", "Newspaper",
    ),
    "AGREEMENT": ("Treaty", "Law", "Rule_Other"),
    "LOCATION": (
        "City", "Province", "County", "GPE_Other", "Region_Other", "Continental_Region",
        "Domestic_Region", "Geological_Region_Other", "Location_Other", "Sea", "Bay", "Island", "Lake",
        "River", "Mountain", "Canal", "Water_Route", "Airport", "Port", "Station", "Railroad", "Road",
        "Bridge", "Tunnel", "Facility_Other", "Worship_Place", "Museum", "Park", "Sports_Facility",
        "Theater", "Zoo", "Amusement_Park", "Archaeological_Place_Other", "Spa", "Tumulus", "Car_Stop",
        "Line_Other", "Facility_Part", "Astral_Body_Other", "Planet",
    ),
    "EVENT": (
        "War", "Conference", "Incident_Other", "Event_Other", "Occasion_Other", "Natural_Disaster",
        "Earthquake", "Offense", "Religious_Festival", "Game",
    ),
    "POLICY": ("Doctrine_Method_Other", "Plan", "Theory", "Movement"),
    "PRODUCT": (
        "Product_Other", "Weapon", "Aircraft", "Ship", "Spaceship", "Car", "Train", "Vehicle_Other",
        "Book", "Magazine", "Movie", "Music", "Broadcast_Program", "Show", "Printing_Other", "Art_Other",
    ),
    "OTHER": (
        "Nationality", "Ethnic_Group_Other", "Language_Other", "National_Language", "Religion",
        "Title_Other", "Name_Other", "Award", "Culture", "Academic", "Family", "GOE_Other",
    ),
}
ENE_TO_TYPE: dict[str, str] = {label: t for t, labels in _FOLD.items() for label in labels}

SUFFIX_TYPES: tuple[tuple[str, str], ...] = (
    ("(" + "|".join(TREATIES + ("声明", "合意", "法", "措置法", "概念", "覚書", "決議")) + ")$", "AGREEMENT"),
    ("(" + "|".join(WARS + INCIDENTS + ("内戦", "侵攻", "併合", "危機", "クーデター", "サミット", "会合", "革命", "大戦", "テロ"))
     + ")$", "EVENT"),  # 会議 is left to the model: 国家安全保障会議 is a body, 首脳会議 a meeting
    (r"(構想|主義|ドクトリン|イニシアチブ|イニシアティブ|戦略|外交)$", "POLICY"),
    (r"(機構|連合|共同体|同盟|省|庁|軍|国軍|銀行|会社|公社|フォーラム|委員会|評議会|裁判所|政府|議会|連盟|研究所|大学|党|戦線|司令部)$", "ORGANIZATION"),
    (r"(電力|電機|商事|物産|重工業|重工|製鉄|証券|海運|新聞社|通信社|ホールディングス)$", "ORGANIZATION"),  # companies
    (r"(島|諸島|海|湾|海峡|半島|地域|地方|州|市|油田|ガス田)$", "LOCATION"),
)
_SUFFIX = [(re.compile(p), t) for p, t in SUFFIX_TYPES]
_PUNCT_ONLY = re.compile(r"^[\W\d_]+$")
_NOT_NAMES = {"Source", "Sources", "Note", "Notes", "出所", "出典"}  # labels of source lines


def _suffix_type(surface: str) -> str | None:
    return next((t for p, t in _SUFFIX if p.search(surface)), None)


def fold_label(label: str, surface: str) -> str | None:
    """The SPEC type for a GiNZA label on a surface, or None when it is not a named entity."""
    base = ENE_TO_TYPE.get(label)
    return None if base is None else _suffix_type(surface) or base


def model_entities(doc) -> list[Entity]:
    """Entities from a GiNZA Doc, offsets into doc.text, typed by the folding table."""
    out = []
    for ent in doc.ents:
        surface = ent.text.strip()
        if not surface or _PUNCT_ONLY.match(surface) or surface in _NOT_NAMES:
            continue
        t = fold_label(ent.label_, surface)
        if t is None:
            continue
        out.append(
            Entity(ent.start_char, ent.end_char, ent.text, t, match="model", score=0.5, model_label=ent.label_)
        )
    return out


_NAME_RUN = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff・ー々]+")


def extend_matches(text: str, matches: list, glossary, fuzzy_threshold: float) -> list:
    """A glossary match followed by more of the same noun compound is retried as the whole compound.

    上海極力機構 (a misspelling of 上海協力機構) first matches 上海 (Shanghai); the compound ends in 機構,
    so 上海極力機構 is looked up exactly, then fuzzily, and an entry of the type its head noun names
    (ORGANIZATION) replaces the short match.
    """
    out = []
    for m in matches:
        run = _NAME_RUN.match(text, m.end)
        ext = text[m.start : run.end()] if run else ""
        kind = _suffix_type(ext) if ext else None
        if kind is None or len(ext) < 4:
            out.append(m)
            continue
        cands = [c for c in glossary.lookup(ext) or glossary.lookup_fuzzy(ext, fuzzy_threshold)
                 if glossary.get(c.glossary_id).type == kind]
        if not cands:
            out.append(m)
            continue
        best = cands[0]
        out.append(replace(m, end=run.end(), text=ext, glossary_id=best.glossary_id, method=best.method,
                           score=best.score, role=None, candidates=tuple(cands) if len(cands) > 1 else ()))
    return _drop_covered(out)


def _drop_covered(matches: list) -> list:
    """After extension, later matches inside an extended span are dropped."""
    out = []
    for m in matches:
        if out and m.start < out[-1].end and not (m.start == out[-1].start and m.end == out[-1].end):
            continue
        out.append(m)
    return out


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _aligned(span, glossary, glossary_id: str, method: str, score: float, **extra) -> Entity:
    """An entity on `span` (anything with start, end, text) aligned with a glossary entry."""
    entry = glossary.get(glossary_id)
    return Entity(span.start, span.end, span.text, entry.type, entry.id, entry.label_en, entry.label_ja,
                  method, round(score, 3), **extra)


def _linked(ent: Entity, glossary, cands: list) -> Entity:
    """A model entity linked to its best candidate (all kept when there are several)."""
    best = cands[0]
    return _aligned(ent, glossary, best.glossary_id, best.method, best.score, model_label=ent.model_label,
                    role=ent.role, candidates=tuple(cands) if len(cands) > 1 else ())


def from_glossary_match(m, glossary, model_label: str | None = None) -> Entity:
    return _aligned(m, glossary, m.glossary_id, m.method, m.score, model_label=model_label, role=m.role,
                    candidates=tuple(m.candidates))


_AFFIX = re.compile(r"(第[0-9０-９一二三四五六七八九十]+[回次期]?|前|後|以前|以降|当時|時|中)")


def _only_affix(ent: Entity, m) -> bool:
    """The model span is the glossary match plus an ordinal before or a time word after it."""
    before = ent.text[: m.start - ent.start].strip()
    after = ent.text[m.end - ent.start :].strip()
    return all(not part or _AFFIX.fullmatch(part) for part in (before, after))


def _word_formed(ent: Entity, matches: list, inside: list[int]) -> bool:
    """The model entity begins or ends with a word-forming affix on a match (非友好国 around 友好国):
    it names another thing and keeps its own type."""
    return any(prefix_changes_word(ent.text, matches[i].start - ent.start)
               or suffix_changes_word(ent.text, matches[i].end - ent.start) for i in inside)


def _lookup(ent: Entity, glossary, fuzzy_threshold: float) -> tuple[Entity, list]:
    """Candidates for a model entity's own surface: a title at its end becomes the role
    (Rodrigo Duterte政権); a head noun (…軍, …省) admits only entries of the type it names, so
    フィリピン軍 never links to the country Philippines."""
    title = next((t for t in TITLES if ent.text.endswith(t) and len(ent.text) > len(t)), None) \
        if ent.text.endswith(TITLES) else None  # one C-level test first: most names end in no title
    if title:
        name = ent.text[: -len(title)].rstrip()
        cands = glossary.lookup(name) or glossary.lookup_fuzzy(name, fuzzy_threshold)
        if cands and glossary.get(cands[0].glossary_id).type == "PERSON":
            return replace(ent, end=ent.start + len(name), text=name, role=title), cands
    cands = glossary.lookup(ent.text)
    stem = affix_stem(ent.text)
    if not cands and not (stem and glossary.lookup(stem)):  # ロシア人 is not a misspelling of ロシア
        cands = glossary.lookup_fuzzy(ent.text, fuzzy_threshold)
    kind = _suffix_type(ent.text)
    if kind:
        cands = [c for c in cands if glossary.get(c.glossary_id).type == kind]
    return ent, cands


def merge_entities(model: list[Entity], matches: list, glossary, fuzzy_threshold: float) -> list[Entity]:
    """Glossary matches fix the model's spans and types; model entities no entry covers stay unlinked.

    Rules, in order: (1) a model entity that contains glossary matches and is longer than all of
    them is kept instead of them only when its own surface links to an entry or its head noun
    (SUFFIX_TYPES) says it is a different thing (ロシア国防省 is not ロシア), and not when all it adds
    is an ordinal or a time affix (第3回ASEAN-ロシアサミット, ウクライナ侵攻前), and always when a
    word-forming affix joins it to the match (非友好国 around 友好国, ロシア人); (2) otherwise glossary
    matches win over overlapping model entities; (3) a model entity left over is looked up exactly,
    then fuzzily (score >= fuzzy_threshold), and kept unlinked (match 'model') when nothing fits.
    """
    out: list[Entity] = []
    used = [False] * len(matches)
    for ent in model:
        inside = [i for i, m in enumerate(matches) if _overlaps(ent, m)]
        ent, cands = _lookup(ent, glossary, fuzzy_threshold)
        if len(inside) > 1 and cands and cands[0].method == "fuzzy" and cands[0].glossary_id in {matches[i].glossary_id for i in inside}:
            cands = []  # 日・サウジアラビア: close to the Saudi Arabia matched inside it, but the matches are the names
        contains = inside and all(ent.start <= matches[i].start and matches[i].end <= ent.end for i in inside)
        longer = contains and all(matches[i].end - matches[i].start < ent.end - ent.start for i in inside)
        if longer and len(inside) == 1 and _only_affix(ent, matches[inside[0]]):
            longer = False
        if inside and not (longer and (cands or _suffix_type(ent.text) or _word_formed(ent, matches, inside))):
            for i in inside:
                if not used[i]:
                    out.append(from_glossary_match(matches[i], glossary, ent.model_label))
                    used[i] = True
            continue
        for i in inside:
            used[i] = True
        out.append(_linked(ent, glossary, cands) if cands else ent)
    out.extend(from_glossary_match(m, glossary) for i, m in enumerate(matches) if not used[i])
    out.sort(key=lambda e: (e.start, e.end, e.glossary_id or ""))
    return out
