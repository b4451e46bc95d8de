"""A bare state body's name (財務省, 外務省, 法務省) in a text about another state: that state's body, not Japan's.

The glossary holds Japan's ministries under their bare names (財務省 is ``org:mof-japan``, 外務省 an alias of
``org:mofa-japan``), the way Japanese texts write them; but every state has a 財務省, and a text about Sri
Lanka that writes ``スリランカ政府…財務省`` means Sri Lanka's. Applied to a whole document's entities (after
`link_in_context`, before `link_composed`), to mentions whose surface is a bare head of `composed.BODY_HEADS`
and that the glossary linked to a body of the Japanese state. The owner, in order:

- a state written right before the name, with nothing or の / 側 / は between (ケニアの財務省, フィリピン側は
  国防省, スリランカ政府の財務省; 日本側は外務省 keeps Japan's);
- 先方 (the other party, MOFA's usage against 我が方) earlier in the sentence: the document's topic state;
- when the document names Japan nowhere (no Japanese entity, no 日本 / 我が国 / 我が方 / 本邦: Japan is not the
  speaker): the nearest state before the name in its paragraph when that is a state's government (X政府,
  ``org:gov-xxx``: スリランカ政府は…。財務省は…), else the document's topic state: the state named most
  often, at least twice and more often than any other.

The body is that state's (`composed.state_body_link`: its glossary row when it has one, else the derived id
``org:mof-lka`` "Ministry of Finance of Sri Lanka"); when no owner is found, Japan's link stays: Japanese
government texts (MOFA, Diet minutes) name Japan, and their 外務省 is Japan's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..glossary import japanese_state_body
from ..records import Entity
from .composed import BODY_HEADS, derived_country, state_body_link
from .composed_links import link_fields
from .english import romanized

JAPAN = "JPN"
_RIGHT_BEFORE = re.compile(r"(?:政府)?(?:側)?(?:の|は|では)?[ \u3000]*")
_JAPAN_WORDS = re.compile(r"日本|我が国|我が方|わが国|本邦")
_OTHER_PARTY = "先方"
_SENTENCE_END = re.compile(r"[。！？\n]")
_PARAGRAPH_END = re.compile(r"\n")


def own_state_bodies(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The document's entities with bare Japanese-body links given to the state that owns them (module doc)."""
    bare = [i for i, e in enumerate(ents) if _bare_japanese_body(e, glossary)]
    if not bare:
        return ents
    states = [(i, _state_of(e, glossary)) for i, e in enumerate(ents)]
    states = [(i, iso) for i, iso in states if iso and i not in bare]  # the bare names themselves own nothing
    japan_named = bool(_JAPAN_WORDS.search(text)) or any(iso == JAPAN for i, iso in states)
    topic = _topic(states)
    out = list(ents)
    for i in bare:
        iso = _owner(ents, i, states, text, topic, japan_named)
        if iso is None or iso == JAPAN:
            continue
        state = next((x for x in glossary.entries.values() if x.type == "COUNTRY" and x.iso3166 == iso), None)
        fields = _body_of(state, ents[i].text.strip(), glossary) if state is not None else {}
        out[i] = replace(ents[i], **fields) if fields else replace(
            ents[i], glossary_id=None, label_en=romanized(ents[i].text), label_ja=None, match="model", score=0.5,
            candidates=(), label_en_source="romanized")
    return out


def _body_of(state, body: str, glossary) -> dict:
    """The link fields of `body` owned by COUNTRY `state`: the glossary's row under any of the state's names
    (アメリカ + 財務省 -> the Treasury's row, 米財務省), else its one row of the head's English name (韓国 +
    外務省 -> 韓国外交部, "Ministry of Foreign Affairs of the Republic of Korea"), else the id derived from its
    label (org:mof-lka)."""
    links = [state_body_link(name, body, glossary) for name in (state.label_ja, *state.aliases_ja)]
    found = next((f for f in links if f.get("label_en_source") == "glossary"), None)
    if found is None and body in BODY_HEADS:  # the state's one row of that English name (韓国外交部 for 外務省)
        english = BODY_HEADS[body][1]
        rows = [x for x in glossary.entries.values() if x.type == "ORGANIZATION" and x.country == state.iso3166
                and (x.label_en == english or x.label_en.startswith(english + " of "))]
        found = link_fields(rows[0]) if len(rows) == 1 else None
    return found or links[0]


def _bare_japanese_body(e: Entity, glossary) -> bool:
    return (e.type == "ORGANIZATION" and e.text.strip() in BODY_HEADS and e.glossary_id is not None
            and japanese_state_body(glossary.get(e.glossary_id)))


def _state_of(e: Entity, glossary) -> str | None:
    """The ISO code of the state an entity is or is the government or an organ of (ケニア, ケニア政府; 防衛省 -> JPN),
    else None."""
    gov = derived_country(e.glossary_id)
    if gov:
        return gov
    entry = glossary.get(e.glossary_id) if e.glossary_id else None
    if entry is None:
        return None
    if entry.type == "COUNTRY":
        return entry.iso3166 or None
    return JAPAN if japanese_state_body(entry) else None  # 防衛省, 国会: Japan's organs; not Kyodo, not a company


def _topic(states: list[tuple[int, str]]) -> str | None:
    counts = Counter(iso for i, iso in states if iso != JAPAN).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] >= counts[0][1]):
        return None
    return counts[0][0]


def _owner(ents, i: int, states, text: str, topic, japan_named: bool) -> str | None:
    e = ents[i]
    before = [(j, iso) for j, iso in states if ents[j].end <= e.start]
    if before:
        j, iso = before[-1]
        if _RIGHT_BEFORE.fullmatch(text[ents[j].end:e.start]):
            return iso
    sentence = _start(text, e.start, _SENTENCE_END)
    other = text.rfind(_OTHER_PARTY, sentence, e.start)  # 我が方…先方…財務省: the other party's
    if topic and other >= 0 and "我が方" not in text[other:e.start]:
        return topic
    if japan_named:  # 米政府の発表を受け、外務省は…: in a text that names Japan, Japan's unless written otherwise
        return None
    paragraph = _start(text, e.start, _PARAGRAPH_END)
    near = [(j, iso) for j, iso in before if ents[j].start >= paragraph]
    if near and derived_country(ents[near[-1][0]].glossary_id):
        return near[-1][1]
    return topic


def _start(text: str, pos: int, ends: re.Pattern) -> int:
    last = 0
    for m in ends.finditer(text, 0, pos):
        last = m.end()
    return last
