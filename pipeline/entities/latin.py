"""Latin forms in the brackets after a name (issue 9, Wikipedia leads): in
フォークランド紛争(フォークランドふんそう、英語: Falklands War、スペイン語: Guerra de las Malvinas) or
国連軍(UNC), each Latin segment of the bracket is another mention of the name before it (the
annotation rule: readings and Latin forms in brackets are mentions of the same entity). GiNZA
types such segments at random (a war as a PERSON) and cuts them (Korean Armistice, without
Agreement).

A segment is what stands between the bracket's opening, its 、 or , and its closing, after a
language label (英語:, スペイン語：); one in Latin letters (with spaces, digits, . ' - &) becomes an
entity of the name's type over the whole segment, linked as the name is. Entities inside it are
replaced unless the glossary already links one there; non-Latin segments (readings, dates, other
scripts) are left to the other rules."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity

_OPEN = ("(", "（")
_CLOSE = re.compile(r"[)）]")
_SEGMENT = re.compile(r"[^、,，)）(（]+")
_LABEL = re.compile(r"\s*[^\s:：、]{1,10}語\s*[:：]\s*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .'&\-]*[A-Za-z0-9.]|[A-Za-z]")
_MAX = 120


def latin_forms(ents: list[Entity], text: str) -> list[Entity]:
    """`ents` with the Latin forms above (sorted by offsets)."""
    for name in [e for e in ents if text.startswith(_OPEN, e.end)]:
        close = _CLOSE.search(text, name.end + 1, name.end + _MAX)
        if close is None:
            continue
        for seg in _SEGMENT.finditer(text, name.end + 1, close.start()):
            label = _LABEL.match(seg.group())
            s = seg.start() + (label.end() if label else len(seg.group()) - len(seg.group().lstrip()))
            latin = _LATIN.fullmatch(text, s, seg.end() - (len(seg.group()) - len(seg.group().rstrip())))
            if latin is None:
                continue
            ents = _put(ents, replace(name, start=latin.start(), end=latin.end(), text=latin.group(), role=None))
    return sorted(ents, key=lambda x: (x.start, x.end, x.glossary_id or ""))


def _put(ents: list[Entity], new: Entity) -> list[Entity]:
    if any(e.glossary_id and new.start <= e.start and e.end <= new.end for e in ents):
        return ents  # the glossary already links the form itself (ASEAN as a defined abbreviation)
    if any(e.start < new.end and new.start < e.end and not (new.start <= e.start and e.end <= new.end)
           for e in ents):
        return ents  # crossing an entity: keep what is there
    return [e for e in ents if not (new.start <= e.start and e.end <= new.end)] + [new]
