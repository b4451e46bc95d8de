"""Speakers and subjects written only as an office (防衛大臣, 総理, 米大統領, 同大臣, シャリフ首相): the
person who held it.

Runs once per document, after `surname_links`, on original offsets.  An unlinked subject or source
whose text is an office word, with at most a country or a surname before it (see
`glossary.split_office`), is linked to, in this order:

1. the person named with that office earlier in the document (岸田総理大臣は… then 総理は…; 同大臣 is
   always read this way, and so is a bare 大臣 / 長官: the last person named with such a title before it);
2. the glossary's holder of that office of that country (米 -> USA; a Japanese cabinet office written
   alone is Japan's) in the year of the document's date (`glossary.office_holders`), narrowed to those
   with the surname when one is written (シャリフ首相 in 2023 -> Shehbaz Sharif).  Terms are recorded by
   year, so when two people held the office in that year the one the document names wins; with no
   date, only a holder the document names is taken.

The argument keeps its text and offsets (the title is the evidence); it gains the person's glossary
id, English label and, when the document mentions him, the entity id.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..glossary import GlossaryEntry, office_country, office_holders, split_office
from ..records import ArgRef, Claim, Entity

_SAME = "同"  # 同大臣, 同首相: the one just named
_BARE = frozenset({"大臣", "長官", "副大臣"})  # a rank with no office: only the one just named


def office_links(claims: list[Claim], entities: list[Entity], glossary, text: str,
                 date: Optional[str]) -> list[Claim]:
    """Claims whose office-only subject or source is linked to the office holder (see module doc)."""
    out = []
    for c in claims:
        subject = _resolve(c.subject, entities, glossary, text, date)
        source = _resolve(c.source, entities, glossary, text, date)
        out.append(replace(c, subject=subject, source=source) if (subject, source) != (c.subject, c.source) else c)
    return out


def office_holder(arg_text: str, start: int, entities: list[Entity], glossary, text: str,
                  date: Optional[str]) -> Optional[GlossaryEntry | Entity]:
    """The referent of an office title at ``start``: an earlier PERSON entity of the document named
    with it, else the glossary entry of its holder on ``date``; None when not known or ambiguous."""
    if arg_text.startswith(_SAME) and 1 < len(arg_text) <= 5 and _kanji(arg_text[1:]):
        return _named_before(arg_text[1:], "", start, entities, text)  # 同大臣: the one just named
    if arg_text in _BARE:
        return _named_before(arg_text, "", start, entities, text)  # 大臣 alone: the minister just named
    office = split_office(arg_text)
    if office is None:
        return None
    earlier = _named_before(office.office, office.before, start, entities, text)
    if earlier is not None:
        return earlier
    country = office_country(glossary, office)
    surname = office.before if country is None else ""
    holders = [e for e in office_holders(glossary, office.office, country, date)
               if not surname or _has_surname(e.label_ja, surname)]
    named = {x.glossary_id for x in entities if x.glossary_id}
    in_doc = [e for e in holders if e.id in named]
    if len(in_doc) == 1:
        return in_doc[0]
    return holders[0] if len(holders) == 1 and date else None


def _resolve(arg: Optional[ArgRef], entities, glossary, text, date) -> Optional[ArgRef]:
    if arg is None or arg.glossary_id is not None or arg.label_en is not None or arg.start is None:
        return arg
    who = office_holder(arg.text, arg.start, entities, glossary, text, date)
    if who is None:
        return arg
    if isinstance(who, Entity):
        return replace(arg, entity_id=who.id or arg.entity_id, glossary_id=who.glossary_id, label_en=who.label_en)
    mention = next((x for x in entities if x.glossary_id == who.id), None)
    return replace(arg, entity_id=mention.id if mention else arg.entity_id, glossary_id=who.id, label_en=who.label_en)


def _named_before(office: str, surname: str, start: int, entities: list[Entity], text: str) -> Optional[Entity]:
    """The last PERSON entity before ``start`` written right before the office word (岸田総理大臣,
    小野寺防衛大臣 for 大臣), with the surname when one is given."""
    for e in sorted((x for x in entities if x.type == "PERSON" and x.end <= start), key=lambda x: -x.start):
        after = text[e.end:e.end + 8]
        if not any(after.startswith(w) and w.endswith(office) for w in _titles_ending(office, after)):
            continue
        if surname and not _has_surname(e.text, surname):
            continue
        return e
    return None


def _titles_ending(office: str, after: str) -> list[str]:
    """Prefixes of ``after`` that are a title ending in ``office`` (大臣 -> 大臣, 防衛大臣, 国務大臣)."""
    return [after[:k] for k in range(len(office), min(len(after), len(office) + 4) + 1)
            if after[:k].endswith(office) and not any(ch in "、。，,（(「 　\n" for ch in after[:k])]


def _has_surname(name: str, surname: str) -> bool:
    return name.startswith(surname) if _kanji(surname) else name.endswith(surname) or ("・" + surname) in name


def _kanji(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in s)


def reference_date(anchor: Optional[str], dates) -> Optional[str]:
    """The date offices are read at: the document's date (``anchor``, from metadata or 本年(2022年)),
    else the first full date written in the text (防衛大臣記者会見概要 平成29年9月26日 -> 2017-09-26)."""
    if anchor:
        return anchor
    days = sorted((d for d in dates if d.kind == "date" and len(d.value) == 10 and d.value[:4].isdigit()),
                  key=lambda d: d.start)
    return days[0].value if days else None
