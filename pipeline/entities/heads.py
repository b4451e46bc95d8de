"""Names by their head noun (issue 9, encyclopedic and historical text): a name followed by the head
that says what it names is one entity over both, typed by the head:

- EVENT: …戦争, 事件, 事変, 紛争, 戦役, 海戦, 会戦, の乱, の変, の役 (ペルシア戦争, 蘆溝橋事件,
  オーストリア継承戦争, 第二次上海事変, 五・一五事件);
- AGREEMENT: …条約, 協定, 議定書, 憲章, 宣言, 協約, 和約, 条規 (イリ条約, ワシントン海軍軍縮条約,
  朝鮮戦争休戦協定);
- ORGANIZATION: …軍 after a named state or body (国連軍, 中国人民志願軍); …党 after a name, where the
  party word is the suffix 党 or a proper noun itself (ドイツ社会主義統一党, 保守党; not ロシア与党).

The name is what makes it one occurrence and not a common noun: the words before the head begin with a
proper noun (Sudachi's 固有名詞) or an entity of a name type, and only nouns stand between it and the
head (継承, 海軍軍縮, 人民志願); or they are a dotted katakana name (ヨム・キプール), a ship's name with
号 (プエブロ号) or a date name in kanji numerals (二・二六). An ordinal 第N次 before the name belongs to
it. Compounds with no name (貿易戦争, 代理戦争, 不戦条約, 休戦協定) stay common nouns. The head must end
a word (軍事, 軍縮 are not …軍) and the new span must not cross an entity; entities inside it are
replaced by it (the longest name wins), and a model entity on exactly its span takes its type."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .headwords import HISTORICAL_EVENTS, INCIDENTS, MILITARY_UNITS, TREATIES, WARS

_HEADS = {
    "EVENT": WARS + INCIDENTS + HISTORICAL_EVENTS,
    "AGREEMENT": TREATIES + ("協約", "和約", "条規"),
    "ORGANIZATION": ("軍", "党"),
}
_TYPE_OF = {h: t for t, hs in _HEADS.items() for h in hs}
_HEAD = re.compile("|".join(sorted(_TYPE_OF, key=len, reverse=True)))
_NAME_TYPES = ("LOCATION", "COUNTRY", "PERSON", "ORGANIZATION", "EVENT", "OTHER", "PRODUCT")
_ARMY_NAMES = ("COUNTRY", "ORGANIZATION")  # whose army: a state or a body (国連軍), not a place or a person
_WORD = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々ヶ・0-9０-９]+")
_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十]+次$")
_SHAPED = re.compile(r"(?:[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+号?|[\u30a1-\u30fa\u30fc]{2,}号"
                     r"|[一二三四五六七八九十〇]+・[一二三四五六七八九十〇]+)$")
_KATAKANA_NAMED = re.compile(r"[\u30a1-\u30fa\u30fc・]{2,}(?:" + "|".join(_HEADS["EVENT"] + _HEADS["AGREEMENT"]) + ")")
_MAX_TOKENS = 6
_UNIT_WORD = "(?:" + "|".join(MILITARY_UNITS) + ")"
_UNIT = re.compile(rf"(?:第[0-9０-９一二三四五六七八九十百〇]+[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{{0,8}}?{_UNIT_WORD})+")
_LEAD = re.compile(r"第[0-9０-９一二三四五六七八九十]+次")


def katakana_named(surface: str) -> bool:
    """A katakana name before an event or agreement head (アロー戦争, メシュエン条約): a name, though
    Sudachi tags the loanword as a common noun."""
    return _KATAKANA_NAMED.fullmatch(surface) is not None


def named_by_head(e: Entity, glossary) -> bool:
    """A model entity typed by its event or agreement head whose name part is a name: katakana, an
    entry of the glossary, or what GiNZA labels a war or a treaty (日中戦争: Sudachi reads 日中 as the
    common noun "daytime")."""
    surface = e.text
    head = next((h for h in _HEADS["EVENT"] + _HEADS["AGREEMENT"] if surface.endswith(h)), None)
    if head is None:
        return False
    name = _LEAD.sub("", surface[: -len(head)], count=1)
    return bool(name) and (e.model_label in ("War", "Treaty") or katakana_named(surface) or bool(glossary.lookup(name)))


def numbered_units(ents: list[Entity], text: str, sdoc, glossary, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """Military units named by an ordinal (第5軍団, 第7戦車軍団, 第二航空戦隊, 第1中隊), with the state
    whose unit it is glued before it (イギリス第8軍; a body before it stays its own mention: 陸上自衛隊 +
    第八師団) and the units it belongs to before it
    (第101空挺師団第506歩兵連隊 is one name): ORGANIZATION. The unit word must end a word, or be followed
    by 長 only (第7戦車軍団長: the unit, then its commander's title)."""
    if sdoc is None:
        return ents
    for m in _UNIT.finditer(text):
        if any(b in breaks for b in range(m.start() + 1, m.end())):
            continue
        head = sdoc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
        if head is None or not (head.end_char == m.end() or text[m.end():head.end_char] == "長"):
            continue  # the unit word runs on into another word (軍団長 is the unit and its commander)
        start = m.start()
        owner = next((e for e in ents if e.end == start and e.type == "COUNTRY"), None)
        if owner is not None:
            start = owner.start
        ents = _put(ents, _entity(text, start, m.end(), "ORGANIZATION", glossary))
    return sorted(ents, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def head_names(ents: list[Entity], text: str, sdoc, glossary, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """`ents` with the names above added (sorted by offsets); a name never crosses a line break of the
    original text (`breaks`)."""
    if sdoc is None:
        return ents
    for m in _HEAD.finditer(text):
        typ = _TYPE_OF[m.group()]
        if any(e.end == m.end() and e.type == typ and e.glossary_id for e in ents):
            continue  # アメリカ米韓相互防衛条約: the glossary knows the name; the word before is another mention
        found = [e.start for e in ents if e.end == m.end() and e.type == typ and e.start < m.start()]
        start = _name_start(text, m.start(), m.end(), typ, ents, sdoc, breaks, min(found, default=0))
        if start is None and found and min(found) >= m.start() - 2:
            # the model's span is a head with one short word (休戦協定): look further back for the name
            start = _name_start(text, m.start(), m.end(), typ, ents, sdoc, breaks)
        if start is None:
            continue
        ordinal = _ORDINAL.search(text, 0, start)
        if ordinal is not None and ordinal.end() == start and typ == "EVENT":
            start = ordinal.start()
        ents = _put(ents, _entity(text, start, m.end(), typ, glossary))
    return sorted(ents, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def _name_start(text: str, head_s: int, head_e: int, typ: str, ents: list[Entity], sdoc,
                breaks: frozenset[int], floor: int = 0) -> int | None:
    """Where the name before the head begins (not before `floor`: a model entity that ends at the head
    and starts with a name is the name, イギリス北大西洋条約 is two), or None when the words before it
    name nothing."""
    head = sdoc.char_span(head_s, head_e, alignment_mode="expand")
    if head is None or head.end_char != head_e:
        return None  # the head is inside a longer word (軍事, 条約機構 is left to the model)
    if text[head_s:head_e] == "党" and not (head[-1].text == "党" or "固有名詞" in head[-1].tag_):
        return None  # 与党, 野党: a common word for a party
    s = head_s
    while s > 0 and head_s - s < 30 and _WORD.match(text[s - 1]) and s not in breaks:
        s -= 1
    if s == head_s:
        return None
    starts = _token_starts(sdoc, s, head_s)
    if not starts:
        return None
    first = starts[0]
    names = {e.start for e in ents if e.type in (_ARMY_NAMES if typ == "ORGANIZATION" else _NAME_TYPES)
             and first <= e.start and e.end <= head_s}
    if typ != "ORGANIZATION" or text[head_s:head_e] == "党":
        names |= {t.idx for t in sdoc.char_span(first, head_s, alignment_mode="expand") or ()
                  if "固有名詞" in t.tag_ and t.idx >= first}
        shaped = _SHAPED.search(text, first, head_s)
        if shaped is not None and shaped.end() == head_s:
            names.add(shaped.start())
    names = {n for n in names & set(starts) if n >= floor}
    if not names:
        return None
    start = min(names)
    prefix = next((t for t in sdoc.char_span(first, head_s, alignment_mode="expand") or ()
                   if t.idx + len(t.text) == start and t.tag_.startswith("接頭辞")), None)
    return prefix.idx if prefix is not None and prefix.idx >= first else start  # 大東亜戦争


def _token_starts(sdoc, s: int, head_s: int) -> list[int]:
    """Offsets where nouns begin in text[s:head_s], the last _MAX_TOKENS of them, when only nouns
    (and ・) stand there."""
    span = sdoc.char_span(s, head_s, alignment_mode="expand")
    if span is None:
        return []
    toks = [t for t in span if t.idx >= s and t.idx < head_s]  # the last may hold the head (国連軍)
    toks = toks[-_MAX_TOKENS:]
    if not toks or any(not t.tag_.startswith(("名詞", "接尾辞", "補助記号", "接頭辞")) for t in toks):
        return []
    return [t.idx for t in toks if t.text != "・"]


def _entity(text: str, start: int, end: int, typ: str, glossary) -> Entity:
    surface = text[start:end]
    cands = [c for c in glossary.lookup(surface) if glossary.get(c.glossary_id).type == typ]
    if cands:
        entry = glossary.get(cands[0].glossary_id)
        return Entity(start, end, surface, typ, entry.id, entry.label_en, entry.label_ja, cands[0].method,
                      cands[0].score, label_en_source="glossary")
    return Entity(start, end, surface, typ, match="model", score=0.5)


def _put(ents: list[Entity], new: Entity) -> list[Entity]:
    """Add `new`: an unlinked entity on its very span takes its type; a span inside or crossing
    another entity leaves the list as it is; entities inside it are replaced."""
    same = [e for e in ents if (e.start, e.end) == (new.start, new.end)]
    if same:
        return [replace(e, type=new.type) if e in same and e.glossary_id is None else e for e in ents]
    if any(e.start < new.end and new.start < e.end and not (new.start <= e.start and e.end <= new.end)
           for e in ents):
        return ents
    return [e for e in ents if not (new.start <= e.start and e.end <= new.end)] + [new]
