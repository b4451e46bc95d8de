"""Names built from the shape of the text around them, that the model misses or splits.

Applied by `refine_entities` on one chunk's analysis text (each returns new entities, linked when the
glossary knows their whole surface, else unlinked with an English label built from their parts):

- a Latin name glued to a kanji head (Lowy研究所, Foreign Affairs誌, Carnegie財団) is one organization;
- a plant, airport or base (福島第1原発, 嘉手納基地) is one facility (LOCATION) over the place name, and over
  the company glued before it (東京電力福島第一原子力発電所: one name, labelled from the place and the head);
- a part of a region (大陸東南アジア, 海洋東南アジア) is one LOCATION over the glossary region;
- the city of a dateline (【バンコク共同】, 【ジャカルタ時事】, バンコク発) is a LOCATION, and its agency (共同,
  時事) the news agency, as in a photo credit (ゲッティ=共同).
"""
from __future__ import annotations

import re

from ..records import Entity
from .shapes import agency_entity, glossary_entity

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff々ー]")

# Latin name + kanji head: the head's English (empty: the Latin name is the whole English name)
_HYBRID_HEADS = {
    "研究所": "Institute", "研究センター": "Research Center", "研究院": "Institute", "財団": "Foundation",
    "大学": "University", "誌": "", "紙": "", "社": "", "通信": "", "銀行": "Bank", "グループ": "Group",
}
_HYBRID = re.compile(
    r"(?<![A-Za-z])([A-Z][A-Za-z0-9&.'\-]*(?: (?:of |the |for |and )*[A-Z][A-Za-z0-9&.'\-]*)*)("
    + "|".join(sorted(_HYBRID_HEADS, key=len, reverse=True)) + ")")
_FACILITY = re.compile(r"(第[0-9０-９一二三四五六七八九十]+)?(原子力発電所|原発|発電所|空港|飛行場|基地|駐屯地|演習場|製油所)")
_FACILITY_END = re.compile(r"(原子力発電所|原発|発電所|空港|飛行場|基地|駐屯地|演習場|製油所)$")
_FACILITY_EN = {"原子力発電所": "Nuclear Power Plant", "原発": "Nuclear Power Plant", "発電所": "Power Station",
                "空港": "Airport", "飛行場": "Air Station", "基地": "Base", "製油所": "Refinery",
                "駐屯地": "Camp", "演習場": "Training Area"}
_REGION_PARTS = {"大陸部": "Mainland", "大陸": "Mainland", "海洋部": "Maritime", "海洋": "Maritime",
                 "島嶼部": "Insular", "島嶼": "Insular", "内陸部": "Inland", "沿岸部": "Coastal"}
_DATELINE = re.compile(
    r"(?:(?:^|(?<=\n))[ 　]*|(?=【))(?:【([^【】\s=＝]{2,10}?)(?:共同|時事|[=＝][^】]{0,12})】"
    r"|([\u30a0-\u30ff\u4e00-\u9fff]{2,10}?)発(?=[ 　、,＝=―—\-】]|$))")


def new_entity(text: str, start: int, end: int, typ: str, glossary, label_en: str | None, how: str | None) -> Entity:
    """An entity on text[start:end]: linked when the glossary knows the whole surface."""
    return glossary_entity(text, start, end, typ, glossary) or Entity(
        start, end, text[start:end], typ, match="model", score=0.5, label_en=label_en, label_en_source=how)


def hybrids(text: str, glossary) -> list[Entity]:
    out = []
    for m in _HYBRID.finditer(text):
        name, head = m.group(1), m.group(2)
        english = f"{name} {_HYBRID_HEADS[head]}".strip()
        out.append(new_entity(text, m.start(), m.end(), "ORGANIZATION", glossary, english, "text"))
    return out


def facilities(text: str, ents: list[Entity], glossary) -> list[Entity]:
    out = []
    for m in _FACILITY.finditer(text):
        place = next((e for e in ents if e.end == m.start() and e.type in ("LOCATION", "PERSON", "COUNTRY")
                      and e.start < m.start()), None)  # GiNZA often calls 福島 a person
        if place is None or (m.end() < len(text) and _NAME_CHAR.match(text[m.end()])):
            continue
        english = " ".join(p for p in (place.label_en or _roman(place.text), _ordinal(m.group(1)),
                                       _FACILITY_EN[m.group(2)]) if p)
        how = "composed" if place.glossary_id else "romanized"  # the place's glossary label + a translated head
        owner = next((e for e in ents if e.end == place.start and e.type == "ORGANIZATION"), None)
        start = owner.start if owner else place.start  # the operator's name is part of it (東京電力福島第一原発)
        out.append(new_entity(text, start, m.end(), "LOCATION", glossary, english, how))
    return out


def subregions(text: str, ents: list[Entity]) -> list[Entity]:
    out = []
    for e in ents:
        if e.type != "LOCATION" or not e.glossary_id:
            continue
        for part, english in _REGION_PARTS.items():
            s = e.start - len(part)
            if s >= 0 and text.startswith(part, s) and not (s > 0 and _NAME_CHAR.match(text[s - 1])):
                out.append(Entity(s, e.end, text[s:e.end], "LOCATION", match="model", score=0.5,
                                  label_en=f"{english} {e.label_en}", label_en_source="composed"))
                break
    return out


def datelines(text: str, glossary) -> list[Entity]:
    out = []
    for m in _DATELINE.finditer(text):
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        cands = [c for c in glossary.lookup(text[s:e])
                 if glossary.get(c.glossary_id).type in ("LOCATION", "COUNTRY")]
        typ = glossary.get(cands[0].glossary_id).type if cands else "LOCATION"
        out.append(new_entity(text, s, e, typ, glossary, None, None))
        agency = agency_entity(text, e, glossary) if g == 1 else None
        if agency is not None:
            out.append(agency)
    return out


def _ordinal(part: str | None) -> str:
    if not part:
        return ""
    digits = part.strip("第").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    kanji = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
    digits = "".join(kanji.get(c, c) for c in digits)
    return {"1": "Daiichi", "2": "Daini", "3": "Daisan"}.get(digits, f"No. {digits}")


def _roman(surface: str) -> str:
    from .english import romanized
    return romanized(surface)
