"""Best-effort English labels for every entity, with how each was found (`label_en_source`).

- ``glossary``: the linked entry's label; for an unlinked entity composed from a glossary name and a
  translated head (大陸東南アジア → Mainland Southeast Asia), ``glossary_id`` stays null.
- ``text``: the document gives the Latin form — in brackets right after the name
  (スザンナ・パットン（Susannah Patton）), or the surface is Latin itself (EEC, Lowy Institute).
- ``romanized``: Hepburn romanization by pykakasi, long vowels as modified Hepburn without macrons
  (遠藤 → Endo, ツイッター → Tsuitta), name parts capitalized (情報省 → 'Joho Sho'); a Japanese person's
  name given name first (西村明宏 → 'Akihiro Nishimura').

An unlinked entity's label is never a glossary link: ``glossary_id`` stays null and ``match`` stays
``model``. A Latin name in brackets that the model also found as an entity of its own is another
mention of the same thing: it takes the type and label of the name before it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import romanize
from ..records import Entity

_BRACKET = re.compile(r"[ 　]?[（(]([A-Za-z][A-Za-z .,'’\-]{1,60}?)[)）]")
_LATIN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f .,&'’\-]*")  # FİDAN, Čekuolis: Latin letters too
_SEPARATORS = re.compile(r"[・=＝\s]+")


def romanized(surface: str) -> str:
    """Romanization with each name part capitalized: スザンナ・パットン → 'Suzanna Patton'."""
    parts = [romanize(p, long_vowels=False) for p in _SEPARATORS.split(surface) if p]
    return " ".join(" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in parts if p)


def _western_order(e: Entity, sdoc) -> str | None:
    """A Japanese name romanized from Sudachi's readings of its parts, given name first as English writes
    it, when Sudachi tags its parts as family (人名-姓) then given name (人名-名): 平野克己 → 'Katsumi Hirano'
    (its dictionary reads the name ヒラノ カツミ, where a reading of the characters alone gives 'Heiya')."""
    span = sdoc.char_span(e.start, e.end) if sdoc is not None and e.type == "PERSON" else None
    if span is None or len(span) != 2:
        return None
    family, given = span
    if not (family.tag_.endswith("人名-姓") and given.tag_.endswith("人名-名")):
        return None
    return f"{_name_part(given)} {_name_part(family)}"


def _name_part(token) -> str:
    """One part of a Japanese name romanized from its reading (katakana, read as the kana of a kanji name:
    ヨウコ → 'Yoko'), or from its surface when Sudachi gives no kana reading."""
    reading = "".join(token.morph.get("Reading"))
    if not _KANA_READING.fullmatch(reading):
        return romanized(token.text)
    return romanized(reading.translate(_TO_HIRAGANA))


_KANA_READING = re.compile(r"[\u30a1-\u30f6ー]+")
_TO_HIRAGANA = {c: c - 0x60 for c in range(0x30a1, 0x30f7)}


def english_labels(ents: list[Entity], text: str, sdoc=None) -> list[Entity]:
    """Every entity with `label_en` and `label_en_source` set (None only for an empty romanization)."""
    out: list[Entity] = []
    skip: set[int] = set()
    for i, e in enumerate(ents):
        if i in skip:
            continue
        if e.glossary_id:
            out.append(e if e.label_en_source else replace(e, label_en_source="glossary"))
            continue
        m = _BRACKET.match(text, e.end)
        if m and e.label_en is None:
            name = m.group(1).strip()
            inside = {j for j, o in enumerate(ents) if j > i and not o.glossary_id
                      and m.start(1) <= o.start and o.end <= m.end(1)}
            out.append(replace(e, label_en=name, label_en_source="text"))
            out += [replace(ents[j], type=e.type, label_en=name, label_en_source="text") for j in sorted(inside)]
            skip |= inside
        elif e.label_en:
            out.append(e if e.label_en_source else replace(e, label_en_source="text"))
        elif _LATIN.fullmatch(e.text.strip()):
            out.append(replace(e, label_en=e.text.strip(), label_en_source="text"))
        else:
            label = _western_order(e, sdoc) or romanized(e.text)
            out.append(replace(e, label_en=label or None, label_en_source="romanized" if label else None))
    return out
