"""What `composed` and `composed_places` share (one module both import; each importing the other would be circular):
the one entry a name is, the slug of a derived id, and the link fields of a mention linked by a derived rule."""
from __future__ import annotations

import re
import unicodedata

COMPOSED_SCORE = 0.85


def exact_entry(glossary, surface: str, types: set[str]):
    """The one entry of `types` whose name `surface` is (exact or variant), else None."""
    ids = {c.glossary_id for c in glossary.lookup(surface) if c.method in ("exact", "variant")}
    entries = [glossary.get(i) for i in ids]
    entries = [x for x in entries if x is not None and x.type in types]
    return entries[0] if len(entries) == 1 else None


def label_slug(label: str) -> str:
    """Western Sahara -> western-sahara, Côte d'Ivoire -> cote-d-ivoire (the curated ids' form)."""
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


def link_fields(derived) -> dict:
    """The fields of a mention linked by a derived rule: the state's own row (an entry), or a derived
    (id, English label, type) with no glossary row."""
    if not isinstance(derived, tuple):  # the state's own row
        return dict(glossary_id=derived.id, label_en=derived.label_en, label_ja=derived.label_ja, type=derived.type,
                    match="composed", score=COMPOSED_SCORE, label_en_source="glossary", candidates=())
    gid, label_en, typ = derived
    return dict(glossary_id=gid, label_en=label_en, type=typ, match="composed", score=COMPOSED_SCORE,
                label_en_source="composed", candidates=())
