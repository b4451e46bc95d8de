"""Short forms of a person the document names in full: 河野太郎外務大臣 ... 河野大臣 -> the same PERSON.

Applied to a whole document's entities (after `harmonize`). Japanese texts name a person in full once
(河野太郎, ディアナ・モンディーノ) and then by surname (河野大臣, モンディーノ氏). The glossary's surname rules
(`surnames`, `glossary.surnames`) link a surname alone only when a single PERSON entry begins with it;
河野 begins 河野太郎 and 河野洋平, and 氏 says nothing about an office. The document says which one it
means: an unlinked PERSON mention whose text is a short form (`surname_forms`) of exactly one PERSON
the document links elsewhere is that person (``match`` ``surname``). When two people linked in the
document share the short form (李強 and 李在明: 李), the mention stays as it was.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Entity
from .surnames import SURNAME_SCORE, surname_forms


def _forms(e: Entity) -> frozenset[str]:
    """The short forms of a mention linked by its full name: of its own surface and of its glossary label."""
    if e.match == "surname":
        return frozenset()
    out = set(surname_forms(e.text))
    if e.label_ja and e.label_ja != e.text:
        out |= surname_forms(e.label_ja)
    return frozenset(f for f in out if f != e.text)


def short_form_owners(ents: list[Entity], forms=_forms) -> dict[str, dict[str, Entity]]:
    """short form -> {glossary id: its first mention} over the PERSON mentions the document links;
    `forms(e)` gives a mention's short forms (by default `_forms`)."""
    owners: dict[str, dict[str, Entity]] = {}
    for e in ents:
        if e.type == "PERSON" and e.glossary_id:
            for f in forms(e):
                owners.setdefault(f, {}).setdefault(e.glossary_id, e)
    return owners


def link_short_forms(ents: list[Entity]) -> list[Entity]:
    """The document's entities with unlinked PERSON short forms linked to the one person named in full."""
    owners = short_form_owners(ents)
    if not owners:
        return ents
    out = []
    for e in ents:
        full = owners.get(e.text, {})
        if e.type == "PERSON" and e.glossary_id is None and len(full) == 1:
            ref = next(iter(full.values()))
            e = replace(e, glossary_id=ref.glossary_id, label_en=ref.label_en, label_ja=ref.label_ja,
                        match="surname", score=SURNAME_SCORE, label_en_source="glossary")
        out.append(e)
    return out
