"""Self-references of a text (我が国 -> Japan, 本稿/筆者 -> the author) linked on claim arguments.

home.py and author.py differ only in the words and in what they link to: an argument of one of
``fields`` whose whole text (spaces removed) is one of ``words`` and that is not yet linked gets the
target's fields, unless it stands inside a bracketed quotation, where it is the quoted speaker's own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .cues import in_quotation
from ..records import ArgRef, Claim


def is_self_reference(arg: Optional[ArgRef], words, unless: str = "glossary_id") -> bool:
    """An argument not yet linked (its ``unless`` field empty) whose whole text is one of ``words``."""
    return isinstance(arg, ArgRef) and getattr(arg, unless) is None and "".join(arg.text.split()) in words


def link_self_reference(claims: list[Claim], words, target: dict, text: str, fields: tuple[str, ...],
                        unless: str = "glossary_id") -> list[Claim]:
    """``claims`` with each self-referring argument of ``fields`` given the ArgRef fields of ``target``."""
    def link(arg):
        if not is_self_reference(arg, words, unless) or arg.start is None or in_quotation(text, arg.start):
            return arg
        return replace(arg, **target)

    out = []
    for c in claims:
        new = {f: tuple(map(link, v)) if isinstance(v, tuple) else link(v) for f in fields for v in [getattr(c, f)]}
        changed = any(new[f] != getattr(c, f) for f in fields)
        out.append(replace(c, **new) if changed else c)
    return out
