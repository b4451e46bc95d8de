"""Repairs of the merged entities that business and economic news needs.

Applied by `refine_entities` after the shape rules, on one chunk's entities (`business_rules`):

- a province (雲南省, クアンチ省: a place name before 省) is a LOCATION, not a ministry (商務省,
  エネルギー省: common words before 省); so is a model entity on 河北省秦皇島市;
- an address Sudachi reads as one place name (東京都品川区) is one LOCATION, not the 東京 inside
  it; 藤枝市内 is 藤枝市;
- an entity ending in a particle or an unmatched bracket loses it (ペトロナスの, DJI)), and a
  group ends before what is under it (ロペス財閥傘下 → ロペス財閥, an ORGANIZATION);
- a country and the kind of firm it owns (カタール国営石油会社) is a mention of the country;
- no name: an anaphor (同国政府, 同社, 貴国政府), a commodity acronym with common nouns (LNG生産量), a
  quantity (セメント5000万トン), common words ending in 会社 (住宅販売連結子会社), a project's
  phase (第1期事業).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .companies import COMPANY_HEADS
from .firms import PROPER, has_unknown_word
from .mentions import _suffix_type
from .tokens import tokens_in

_PARTICLE_END = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z])[のはがをにとでも]$")
_ANAPHOR = re.compile(r"(?:同|貴)(?:国|社|省|局|庁|行|中銀|州|市|政府|グループ)")  # 貴国政府: "your country's", in a speech
_COMMODITY_ACRONYM = re.compile(r"([A-Z]{2,6})[\u4e00-\u9fff\u30a1-\u30fa\u30fc]+")
_UNDER = ("傘下", "系列")
_GROUP_HEADS = ("財閥", "コンツェルン")
_PHASE = re.compile(r"第[0-9０-９一二三四五六七八九十]+(?:期|弾|段階|フェーズ)[\u4e00-\u9fff\u30a1-\u30fa\u30fc]*$")
_GENERIC_FIRM = ("子会社", "関連会社", "合弁会社", "親会社", "国営企業", "石油会社", "会社")
_QUANTITY_INSIDE = re.compile(r"[0-9０-９][0-9０-９,.]*(?:万|億|兆)?(?:トン|キロワット|メガワット|ワット|バレル|円|ドル|元|%|％|人|台|件)?$")
_WARD_END = re.compile(r"[区市町村郡]$")
_PLACE_HEAD = re.compile(r"(?:省|市|県|州|区|自治区)$")


def business_rules(ents: list[Entity], text: str, sdoc, glossary) -> list[Entity]:
    """The chunk's entities after the repairs in the module docstring."""
    out = []
    for e in ents:
        e = _trimmed(e, text, glossary)
        if e is None or _no_name(e, sdoc):
            continue
        out.append(_address(_province(_conglomerate(_state_firm(e, text, sdoc, glossary)), text, sdoc), text, sdoc, glossary))
    return out


def _conglomerate(e: Entity) -> Entity:
    if e.glossary_id is None and e.type != "ORGANIZATION" and e.text.endswith(_GROUP_HEADS) and len(e.text) > 2:
        return replace(e, type="ORGANIZATION")  # ロペス財閥: a family's group of companies
    return e


def _state_firm(e: Entity, text: str, sdoc, glossary) -> Entity:
    """カタール国営石油会社: a country and what kind of company it owns; the country is the mention."""
    if not (e.glossary_id is None and e.type == "ORGANIZATION" and e.text.endswith(_GENERIC_FIRM)) or sdoc is None:
        return e
    from .governments import state_entry
    tokens = tokens_in(sdoc, e.start, e.end)
    if len(tokens) < 2 or not all(t.tag_.startswith(("名詞-普通名詞", "接尾辞", "接頭辞")) for t in tokens[1:]):
        return e
    entry = state_entry(tokens[0].text, glossary)
    if entry is None or tokens[0].idx != e.start:
        return e
    end = e.start + len(tokens[0].text)
    return Entity(e.start, end, text[e.start:end], "COUNTRY", entry.id, entry.label_en, entry.label_ja, "exact", 0.9,
                  label_en_source="glossary")


def _address(e: Entity, text: str, sdoc, glossary) -> Entity:
    """東京 in 東京都品川区 (one place name to Sudachi) is the ward's address, one LOCATION; 藤枝市内
    is 藤枝市. A place that only gains its 都/府/県 (東京都) keeps its own reading and link."""
    if e.type != "LOCATION" or sdoc is None:
        return e
    if e.text.endswith("内") and len(e.text) > 2:
        tokens = tokens_in(sdoc, e.start, e.end)
        if len(tokens) >= 2 and tokens[-1].text == "内" and "地名" in tokens[-2].tag_:
            return _relinked(e, text, e.start, e.end - 1, glossary)
        return e
    span = sdoc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or len(span) != 1 or "地名" not in span[0].tag_:
        return e
    s, t = span[0].idx, span[0].idx + len(span[0].text)
    if (s, t) == (e.start, e.end) or not _WARD_END.search(text[e.end:t]):
        return e
    return _relinked(e, text, s, t, glossary)


def _relinked(e: Entity, text: str, s: int, t: int, glossary) -> Entity:
    from .shapes import glossary_entity
    return glossary_entity(text, s, t, e.type, glossary) or Entity(s, t, text[s:t], e.type, match="model", score=0.5)


def _unlinked(e: Entity) -> bool:
    return e.glossary_id is None


def _trimmed(e: Entity, text: str, glossary) -> Entity | None:
    s, t = e.start, e.end
    while t > s and text[t - 1] in ")）" and not any(c in text[s:t] for c in "(（"):
        t -= 1
    while s < t and text[s] in "(（" and not any(c in text[s:t] for c in ")）"):
        s += 1
    if e.match in ("model", "fuzzy") and _PARTICLE_END.search(text[s:t]) and t - s > 2:
        t -= 1
    if e.glossary_id is None and text[s:t].endswith(_UNDER) and t - s > 4:
        t -= 2  # ロペス財閥傘下: the group, not what is under it
    if (s, t) == (e.start, e.end):
        return e
    if t - s < 1:
        return None
    from .shapes import glossary_entity
    linked = glossary_entity(text, s, t, e.type, glossary)
    return linked or replace(e, start=s, end=t, text=text[s:t], glossary_id=None, label_en=None, label_ja=None,
                             match="model", candidates=(), label_en_source=None)


def _no_name(e: Entity, sdoc) -> bool:
    if not _unlinked(e):
        return False
    if _ANAPHOR.match(e.text) or _PHASE.match(e.text):
        return True  # 同国政府, 第1期事業
    if e.type == "ORGANIZATION" and e.text.endswith(_GENERIC_FIRM) and sdoc is not None:
        tokens = tokens_in(sdoc, e.start, e.end)
        return bool(tokens) and all(t.tag_.startswith(("名詞-普通名詞", "接尾辞", "接頭辞")) for t in tokens)  # 住宅販売連結子会社
    if _QUANTITY_INSIDE.search(e.text) and re.match(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]", e.text):
        return True  # セメント5000万トン, ユニット1000万: a measure, not a name
    m = _COMMODITY_ACRONYM.fullmatch(e.text)
    if m and sdoc is not None and _suffix_type(e.text) is None and e.text[len(m.group(1)):] not in COMPANY_HEADS + ("社", "グループ"):
        tail = tokens_in(sdoc, e.start + len(m.group(1)), e.end)
        return bool(tail) and all(t.tag_.startswith("名詞-普通名詞") for t in tail)  # LNG基地建設
    return False


def _province(e: Entity, text: str, sdoc) -> Entity:
    """雲南省, クアンチ省, 河北省秦皇島市: place names before 省/市/県 are a place (LOCATION), not a
    ministry (商務省, エネルギー省: common words before 省) nor whatever the model called it."""
    m = _PLACE_HEAD.search(e.text)
    if not (_unlinked(e) and e.type != "LOCATION" and m and len(e.text) >= 3):
        return e
    stem = e.text[:m.start()]
    tokens = tokens_in(sdoc, e.start, e.start + len(stem))
    whole = tokens_in(sdoc, e.start, e.end)
    if len(whole) == 1 and PROPER in whole[0].tag_:
        return replace(e, type="LOCATION")  # Sudachi knows 雲南省 as one place name
    if tokens and all(PROPER in t.tag_ for t in tokens):
        return replace(e, type="LOCATION")
    if re.fullmatch(r"[\u30a1-\u30fa\u30fc・]+", stem) and has_unknown_word(stem):
        return replace(e, type="LOCATION")  # クアンチ省 (unknown katakana), not エネルギー省
    return e
