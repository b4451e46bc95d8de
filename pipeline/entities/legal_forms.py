"""A Japanese legal form before a name (issue 9, bylines of papers and business news), for `refine_entities`:
the bracketed abbreviation of a legal form — (株) 株式会社, (有) 有限会社, (独) 独立行政法人, (国研) 国立研究開発法人,
(財) / (公財) / (一財) 財団法人, (社) / (公社) / (一社) 社団法人, (特非) 特定非営利活動法人, (学) 学校法人 — or the form
written out (独立行政法人国際協力機構) says that the name after it is an ORGANIZATION. The abbreviation is no
entity of its own: (独) is not Germany, (社) no company.
"""
from __future__ import annotations

import re

from ..glossary import TITLES
from ..records import Entity
from .builders import new_entity

_ABBREVIATIONS = "株|有|独|国研|財|公財|一財|社|公社|一社|特非|学|医|福"
_WRITTEN = ("株式会社|有限会社|合同会社|独立行政法人|国立研究開発法人|公益財団法人|一般財団法人|財団法人|公益社団法人|"
            "一般社団法人|社団法人|特定非営利活動法人|学校法人|医療法人|社会福祉法人")
_TITLES = tuple(sorted(set(TITLES) | {"理事長", "理事", "会長", "社長", "所長", "センター長", "代表"}, key=len, reverse=True))
_NAME = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々A-Za-zＡ-Ｚａ-ｚ・&＆]"
_LEGAL_FORM = re.compile(rf"(?P<form>[(（](?:{_ABBREVIATIONS})[)）]|(?<![\u4e00-\u9fff])(?:{_WRITTEN}))\s*(?P<name>{_NAME}{{2,30}})")


def legal_form_bodies(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The chunk's entities: each name after a legal form one ORGANIZATION (linked when the glossary knows it),
    nothing inside the form itself."""
    for m in _LEGAL_FORM.finditer(text):
        form, (s, e) = m.span("form"), m.span("name")
        ents = [x for x in ents if not (form[0] <= x.start < s and x.end == e)]  # the model's 独立行政法人国際協力機構
        if any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in ents):
            continue  # a name the model or the glossary reads across the end: keep theirs
        ents = [x for x in ents if not (form[0] <= x.start and x.end <= form[1])]  # (独) is no Germany
        if any(x.start == s and x.type == "ORGANIZATION" for x in ents):
            continue  # the glossary or the model already reads the body here (国際協力機構 in …国際協力機構理事長)
        e = _without_title(text, s, e)
        ents = [x for x in ents if not (s <= x.start and x.end <= e)] + [new_entity(text, s, e, "ORGANIZATION", glossary, None, None)]
    return ents


def _without_title(text: str, s: int, e: int) -> int:
    """The end of the name before a title that closes the run (…センター理事長 -> …センター)."""
    name = text[s:e]
    title = next((t for t in _TITLES if name.endswith(t) and len(name) > len(t) + 1), None)
    return e - len(title) if title else e
