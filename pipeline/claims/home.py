"""我が国 as Japan: the speaker's own country in Japanese government and press texts.

Japanese speeches, Diet answers, white papers and press conferences call Japan 我が国 / わが国 (and its
government 我が国政府); the parse finds the phrase but no entity, so the claim's subject, source or
argument names nobody.  An unlinked argument whose whole text is one of :data:`HOME` links to the
glossary's Japan (the COUNTRY entry the glossary gives for 日本 with ISO code JPN), unless it stands
inside a bracketed quotation, where it is the quoted speaker's country (プーチン大統領は「我が国は…」).
Runs once per document on original offsets.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..glossary import normalize
from ..records import ArgRef, Claim

HOME = frozenset({"我が国", "わが国", "我国", "我が国政府", "わが国政府", "我が国として", "わが国として"})
_OPEN, _CLOSE = "「『", "」』"


def home_links(claims: list[Claim], glossary, text: str) -> list[Claim]:
    """Claims whose 我が国 subject, source, objects or targets are linked to Japan."""
    japan = _japan(glossary)
    if japan is None:
        return claims
    link = lambda a: _link(a, japan, text)  # noqa: E731
    out = []
    for c in claims:
        new = replace(c, subject=link(c.subject), source=link(c.source), objects=tuple(map(link, c.objects)),
                      targets=tuple(map(link, c.targets)), subjects=tuple(map(link, c.subjects)))
        out.append(new if new != c else c)
    return out


def _japan(glossary):
    for cand in glossary.candidates(normalize("日本"), "日本"):
        entry = glossary.get(cand.glossary_id)
        if entry is not None and entry.type == "COUNTRY" and entry.iso3166 == "JPN":
            return entry
    return None


def _link(arg: Optional[ArgRef], japan, text: str) -> Optional[ArgRef]:
    if not isinstance(arg, ArgRef) or arg.glossary_id is not None or arg.start is None:
        return arg
    if "".join(arg.text.split()) not in HOME or _quoted(text, arg.start):
        return arg
    return replace(arg, glossary_id=japan.id, label_en=japan.label_en)


def _quoted(text: str, at: int) -> bool:
    """Is ``at`` inside a 「…」 opened in its line (a quotation of several sentences included:
    「制裁は不当だ。我が国は屈しない」)?"""
    s = text.rfind("\n", 0, at) + 1
    depth = 0
    for ch in text[s:at]:
        depth += (ch in _OPEN) - (ch in _CLOSE)
    return depth > 0
