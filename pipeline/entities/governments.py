"""X政府: a state's government is one ORGANIZATION, linked by a derived id (`composed.government_link`).

Applied by `shape_rules` on one chunk's entities: the model's X政府, or a country the glossary found right
before 政府, is one body, the Government of X (日本政府 → org:gov-jpn, "Government of Japan"; 日本国政府 and
米政府 alike: the state's long forms and one-kanji aliases); a katakana X no entry knows keeps the whole
unlinked. No government: an anaphor (同国政府), a qualified one (暫定政府, 亡命政府), a movement's
(タリバン政府: the glossary knows no state by that name), and 政府軍 / 政府系 / 政府間 (the armed forces,
a fund, talks between two).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import STATE_TAILS
from ..records import Entity
from .composed import government_link

_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_NOT_STATE_GOV = ("暫定", "中央", "地方", "連邦", "自治", "臨時", "亡命", "傀儡", "現", "新", "旧", "各", "両", "同")
GOVERNMENT = "政府"
_NOT_GOVERNMENT_AFTER = ("軍", "系", "間", "開発援助")  # シリア政府軍 (the armed forces), 政府系ファンド, 日中政府間
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々]")  # 同国政府: a country glued to a longer word
_STATE_FORMS = ("",) + STATE_TAILS + ("民主共和国", "人民共和国")  # ソロモン -> ソロモン諸島


def state_entry(name: str, glossary):
    """The COUNTRY entry named `name` or one of its long forms (ソロモン → ソロモン諸島), else None."""
    for form in _STATE_FORMS:
        for c in glossary.lookup(name + form) if name else ():
            entry = glossary.get(c.glossary_id)
            if entry.type == "COUNTRY":
                return entry
    return None


def governments(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """X政府 is one ORGANIZATION, the government of the state X (Government of Japan: `government_link`),
    whether the model found X政府 or the glossary only X before 政府; a katakana X no entry knows keeps the
    whole unlinked. 同国政府, 暫定政府, タリバン政府 (a movement's) and 政府軍 / 政府系 / 政府間 are left alone."""
    out = []
    for e in ents:
        name = _government_of(e, text)
        curated = e.glossary_id is not None and e.type != "COUNTRY"  # ロシア政府: the glossary's own row stays
        entry = state_entry(name, glossary) if name and not curated and not name.startswith(_NOT_STATE_GOV) else None
        other = bool(name) and entry is None and any(glossary.get(c.glossary_id).type != "COUNTRY"
                                                     for c in glossary.lookup(name))  # タリバン政府: a movement's
        end = e.start + len(name) + len(GOVERNMENT)
        if entry is not None:
            e = replace(e, end=end, text=text[e.start:end], **government_link(entry))
        elif name and not other and _KATAKANA.fullmatch(name) and e.glossary_id is None:
            e = replace(e, end=end, text=text[e.start:end], type="ORGANIZATION")
        out.append(e)
    govs = {(g.start, g.end): g for g in out if g.text.endswith(GOVERNMENT) and g.type == "ORGANIZATION"}
    return [x for x in out if not any(s <= x.start and x.end <= t for s, t in govs) or govs.get((x.start, x.end)) is x]


def _government_of(e: Entity, text: str) -> str:
    """The X of X政府 when `e` is the model's X政府 or a country right before 政府, else ''."""
    if e.type == "ORGANIZATION" and e.text.endswith(GOVERNMENT):
        name, end = e.text[:-len(GOVERNMENT)], e.end
    elif e.type == "COUNTRY" and text.startswith(GOVERNMENT, e.end) and not (e.start and _NAME_BEFORE.match(text[e.start - 1])):
        name, end = e.text, e.end + len(GOVERNMENT)
    else:
        return ""
    return "" if text.startswith(_NOT_GOVERNMENT_AFTER, end) else name
