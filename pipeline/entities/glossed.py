"""Names glossed in brackets in other scripts: the same referent, one type, one link.

Encyclopaedias and papers give a name once with its forms in other languages in the bracket right after
it: 上海協力機構(シャンハイきょうりょくきこう、中国語: 上海合作组织、ロシア語: Шанхайская организация
сотрудничества), 湾岸協力会議(英語:Gulf Cooperation Council、英略称:GCC、アラビア語:مجلس التعاون ...).
Each form is a mention of the name before the bracket (its type, and its link when it has one; an
unlinked name's Latin form is its English label, `text`). Applied by `refine_entities` to one chunk:

- a form is what stands between a language label (…語:, 簡体字, 繁体字, 英略称 ...) or a separator (、 , ; /)
  and the next one; a label's colon may be missing (中国語上海合作組織);
- a form already read as an entity keeps its reading (アフリカ開発会議(TICAD 9): the edition), and a
  place's Latin form is the glossary's to find (援助を越えたガーナ(Ghana beyond Aid) glosses the phrase);
- a form counts when written in another script: Latin (two letters or more), Cyrillic, Arabic, Hebrew,
  Greek, Hangul, Thai, Devanagari; or in Chinese characters after a Chinese label (中国語, 簡体字, 繁体字,
  carried over a /); a reading in kana (シャンハイきょうりょくきこう) or a Japanese gloss is none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity

_OPEN, _CLOSE = "(（", ")）"
_MAX_BRACKET = 400
_LABEL = re.compile(r"(?:(?:英|中|露)?略称|正式名称|簡体字|繁体字|キリル文字|ラテン文字|"
                    r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8}語(?:名|表記)?)[:：]?[ \u3000]*")
_SEPARATOR = re.compile(r"[、,，;；/／]")
_CHINESE_LABELS = ("中国語", "簡体字", "繁体字", "中略称", "中国語名")
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0590-\u05ff\u0370-\u03ff\uac00-\ud7af\u0e00-\u0e7f\u0900-\u097f]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?:[ \-][A-Za-z0-9.'\-&]+)*")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_MARKS = " \u3000\u200e\u200f\t"
_PLACE_TYPES = ("COUNTRY", "LOCATION")
_GLOSSED_TYPES = ("ORGANIZATION", "COUNTRY", "LOCATION", "EVENT", "AGREEMENT", "POLICY", "PRODUCT")


def glossed_forms(ents: list[Entity], text: str) -> list[Entity]:
    """The chunk's entities with the bracketed forms of a name added as its mentions (sorted)."""
    out = list(ents)
    for e in ents:
        if e.type not in _GLOSSED_TYPES or e.end >= len(text) or text[e.end] not in _OPEN:
            continue
        close = _closing(text, e.end)
        if close is None:
            continue
        for s, t in _forms(text, e.end + 1, close):
            if e.type in _PLACE_TYPES and _LATIN.fullmatch(text[s:t]):
                continue  # 援助を越えたガーナ(Ghana beyond Aid): a place's Latin name is the glossary's to find
            out = _put(out, _mention(e, text, s, t))
    return sorted(out, key=lambda x: (x.start, x.end, x.glossary_id or ""))


def _closing(text: str, open_at: int) -> int | None:
    for i in range(open_at + 1, min(len(text), open_at + _MAX_BRACKET)):
        if text[i] in _CLOSE:
            return i
        if text[i] in _OPEN or text[i] == "\n":
            return None
    return None


def _forms(text: str, start: int, end: int):
    """(start, end) of each form in another script between `start` and `end` (the bracket's inside)."""
    cuts = [(m.start(), m.end(), m.group().rstrip(":： \u3000")) for m in _LABEL.finditer(text, start, end)]
    cuts += [(m.start(), m.end(), None) for m in _SEPARATOR.finditer(text, start, end)]
    cuts.sort()
    label, pos = None, start
    for c0, c1, lab in [*cuts, (end, end, None)]:
        if c0 < pos:
            continue
        span = _strip(text, pos, c0)
        if span and _foreign(text[span[0]:span[1]], label):
            yield span
        if lab is not None:
            label = lab
        elif text[c0:c1] not in "/／":
            label = None
        pos = c1


def _strip(text: str, s: int, e: int):
    while s < e and text[s] in _MARKS:
        s += 1
    while e > s and text[e - 1] in _MARKS:
        e -= 1
    return (s, e) if e > s else None


def _foreign(form: str, label: str | None) -> bool:
    if _KANA.search(form):
        return False  # a reading, or a Japanese gloss
    if _OTHER_SCRIPT.search(form):
        return True
    if _LATIN.fullmatch(form):
        return sum(c.isalpha() for c in form) >= 2
    return bool(label and label.startswith(_CHINESE_LABELS) and _HAN.fullmatch(form))


def _mention(e: Entity, text: str, s: int, t: int) -> Entity:
    form = text[s:t]
    if e.glossary_id:
        return replace(e, start=s, end=t, text=form, role=None, id="")
    latin = bool(_LATIN.fullmatch(form))
    return Entity(s, t, form, e.type, None, form if latin else e.label_en, e.label_ja, "model", 0.5,
                  label_en_source="text" if latin else e.label_en_source)


def _put(ents: list[Entity], new: Entity) -> list[Entity]:
    """`new` in place of the entities strictly inside its span; an entity already on it stays
    (アフリカ開発会議(TICAD 9): the edition is an event of its own)."""
    if any((x.start, x.end) == (new.start, new.end) for x in ents):
        return ents
    if any(x.start < new.end and new.start < x.end and not (new.start <= x.start and x.end <= new.end) for x in ents):
        return ents
    return [x for x in ents if not (new.start <= x.start and x.end <= new.end)] + [new]
