"""我が国 as Japan: the speaker's own country in Japanese government and press texts.

Japanese speeches, Diet answers, white papers and press conferences call Japan 我が国 / わが国 (and its
government 我が国政府); the parse finds the phrase but no entity, so the claim's subject, source or
argument names nobody.  An unlinked argument whose whole text is one of :data:`HOME` links to the
glossary's Japan (the COUNTRY entry the glossary gives for 日本 with ISO code JPN), unless it stands
inside a bracketed quotation, where it is the quoted speaker's country (プーチン大統領は「我が国は…」).
Runs once per document on original offsets.
"""
from __future__ import annotations

from ..glossary import normalize
from ..records import Claim
from .selfref import link_self_reference

HOME = frozenset({"我が国", "わが国", "我国", "我が国政府", "わが国政府", "我が国として", "わが国として"})


def home_links(claims: list[Claim], glossary, text: str) -> list[Claim]:
    """Claims whose 我が国 subject, source, objects or targets are linked to Japan."""
    japan = _japan(glossary)
    if japan is None:
        return claims
    return link_self_reference(claims, HOME, {"glossary_id": japan.id, "label_en": japan.label_en}, text,
                               ("subject", "source", "objects", "targets", "subjects"))


def _japan(glossary):
    for cand in glossary.candidates(normalize("日本"), "日本"):
        entry = glossary.get(cand.glossary_id)
        if entry is not None and entry.type == "COUNTRY" and entry.iso3166 == "JPN":
            return entry
    return None
