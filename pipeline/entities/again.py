"""A person named again by the bare katakana surname, with no title: ナウセーダは、… after ナウセーダ大統領.

Applied to a whole document's entities (after `link_short_forms` and `link_composed`). A foreign name
written in katakana is, once the document has named and linked the person, repeated alone (ナウセーダは、
オブライエンによれば): no title follows, so neither the model nor the glossary's surname rule (which needs
a title) finds it. Each katakana short form (`surname_forms`: the family name) of exactly one PERSON the
document links, three characters or more, found as a whole katakana word where no entity is, becomes a
mention of that person (``match`` ``surname``): not inside a longer katakana word, not a part of a longer
name (a ・ or ＝ on either side), and not a surface the glossary holds for anything else.

Diet minutes tell members who share a surname apart by the first kanji of the given name in brackets
(○鈴木(貴)委員): an unlinked kanji surname followed by (X) is the one PERSON whose name is surname + X….
"""
from __future__ import annotations

import re

from dataclasses import replace

from ..records import Entity
from .coref import short_form_owners
from .surfaces import katakana_words
from .surnames import SURNAME_SCORE, surname_forms, surname_index

MIN_FORM = 3
_KATAKANA = "\u30a1-\u30fa\u30fc"
_JOINERS = "・＝=･"


def name_again(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The document's entities with the bare katakana surnames of its linked persons added."""
    ents = [_with_initial(e, text, glossary) for e in ents]
    owners = short_form_owners(ents, lambda e: _katakana_forms(e, glossary))
    taken = bytearray(len(text) + 1)
    for e in ents:
        taken[e.start:e.end] = b"\x01" * (e.end - e.start)
    added = []
    for form, people in owners.items():
        if len(people) != 1 or any(c.glossary_id not in people for c in glossary.lookup(form)):
            continue
        ref = next(iter(people.values()))
        for s, t in katakana_words(form, text, _JOINERS):
            if any(taken[s:t]):
                continue
            added.append(Entity(s, t, form, "PERSON", glossary_id=ref.glossary_id, label_en=ref.label_en,
                                label_ja=ref.label_ja, match="surname", score=SURNAME_SCORE,
                                label_en_source="glossary"))
            taken[s:t] = b"\x01" * (t - s)
    return sorted(ents + added, key=lambda e: (e.start, e.end, e.glossary_id or "")) if added else ents


def _katakana_forms(e: Entity, glossary) -> list[str]:
    """The katakana short forms (three letters or more) of a linked mention and of its entry's label."""
    entry = glossary.get(e.glossary_id)
    names = {e.text, *((entry.label_ja,) if entry else ())}
    return [form for name in names for form in surname_forms(name, entry.country if entry else None)
            if len(form) >= MIN_FORM and re.fullmatch(f"[{_KATAKANA}]+", form)]


_INITIAL = re.compile(r"[(（]([\u4e00-\u9fff])[)）]")
_KANJI_SURNAME = re.compile(r"[\u4e00-\u9fff]{1,3}")


def _with_initial(e: Entity, text: str, glossary) -> Entity:
    """鈴木 of ○鈴木(貴)委員 -> the one PERSON whose label begins 鈴木貴."""
    if e.glossary_id or e.type != "PERSON" or not _KANJI_SURNAME.fullmatch(e.text):
        return e
    m = _INITIAL.match(text, e.end)
    if not m:
        return e
    head = e.text + m.group(1)
    found = [x for x in map(glossary.get, sorted(surname_index(glossary).get(e.text, ())))
             if x is not None and x.label_ja.startswith(head)]
    if len(found) != 1:
        return e
    return replace(e, glossary_id=found[0].id, label_en=found[0].label_en, label_ja=found[0].label_ja,
                   match="surname", score=SURNAME_SCORE, label_en_source="glossary", candidates=())
