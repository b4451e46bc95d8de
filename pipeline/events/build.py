"""Event rows from claims: one per event claim per (source actor, target actor) pair.

- `sentence`: the document's sentence (`Document.sentences`) the claim starts in; for records without
  sentences, the text between the sentence ends around the claim.
- Which claims: `type == "event"` (reported, evaluative and quantitative claims are not events).
- Source actors: the subject's conjuncts (`Claim.subjects`), linked or not; none -> one null side.
- Target actors: the linked `targets` (と, に対し, から, へ ...); else the linked objects that are
  actors (COUNTRY, ORGANIZATION, PERSON: …タイにも供給していた); none -> a null target.  A pair with the
  same entry on both sides is dropped unless it is the only one.
- `event_type`, `cameo_root`, `quad_class`: from the PLOVER map (predicate lemma first, then our
  category); a null type carries `type_reason`.  `context`: the map's first context word found in the
  claim's sentence (…武器の…。…タイにも供給していた is military); `mode`: not yet derived (null).
- Actor `country`/`sector`: the glossary columns `country`/`sector` when the glossary has them (an entry
  of type COUNTRY is its own `iso3166` country), only while the entry is valid at the event's date
  (`valid_from`/`valid_to`, EDTF years): Kishida is JPN/GOV in 2023, null for a 2030 event; a state's
  government linked by a derived id (日本政府, org:gov-jpn) is that state's, sector GOV.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..entities import derived_country
from ..records import Actor, ArgRef, Claim, Document, Entity, Event
from .plover import PloverMap

ACTOR_TYPES = ("COUNTRY", "ORGANIZATION", "PERSON")


def build_events(doc: Document, plover: PloverMap, lookup: Callable[[str], object]) -> list[Event]:
    """Events of ``doc`` (its claims must have `when`); ``lookup(glossary_id)`` gives the glossary
    entry or None."""
    ents = {e.id: e for e in doc.entities}
    out: list[Event] = []
    for c in doc.claims:
        if c.type != "event":
            continue
        date = c.when or {"value": None, "earliest": None, "latest": None, "source": None}
        ptype = plover.type_of(c.predicate, c.event_category)
        sent = next((x for x in doc.sentences if x.start <= c.start < x.end), None)  # every run stores them
        s0, s1 = (sent.start, max(sent.end, c.end)) if sent else (c.start, c.end)
        for k, (src, tgt) in enumerate(_pairs(c, ents)):
            out.append(Event(
                event_id=f"{c.id}-V{k}", claim_id=c.id, date=date,
                source_actor=_actor(src, ents, lookup, date), target_actor=_actor(tgt, ents, lookup, date),
                event_type=ptype.event_type, mode=None, context=plover.context_of(doc.text[s0:s1]),
                cameo_root=ptype.cameo_root, quad_class=ptype.quad_class, modality=c.modality,
                polarity=c.polarity, attributed=c.attributed,
                source_of_report=(c.source.label_en or c.source.text) if c.source else None,
                sentence=doc.text[s0:s1], start=c.start, end=c.end, event_category=c.event_category,
                type_reason=ptype.reason if ptype.event_type is None else None,
            ))
    return out


def _pairs(c: Claim, ents: dict[str, Entity]) -> list[tuple[Optional[ArgRef], Optional[ArgRef]]]:
    sources = list(c.subjects) or ([c.subject] if c.subject else [None])
    targets = [t for t in c.targets if t.glossary_id]
    if not targets:
        targets = [o for o in c.objects if o.glossary_id and o.entity_id in ents and ents[o.entity_id].type in ACTOR_TYPES]
    targets = targets or [None]
    pairs = [(s, t) for s in sources for t in targets]
    distinct = [(s, t) for s, t in pairs if not (s and t and s.glossary_id and s.glossary_id == t.glossary_id)]
    return distinct or pairs[:1]


def _actor(arg: Optional[ArgRef], ents: dict[str, Entity], lookup, date: dict) -> Optional[Actor]:
    if arg is None:
        return None
    ent = ents.get(arg.entity_id) if arg.entity_id else None
    text = ent.text if ent is not None else arg.text
    if not arg.glossary_id:
        return Actor(None, None, None, None, text, arg.entity_id, arg.marker)
    entry = lookup(arg.glossary_id)
    country = getattr(entry, "country", None) or None
    if country is None and getattr(entry, "type", None) == "COUNTRY":
        country = getattr(entry, "iso3166", None) or None
    sector = getattr(entry, "sector", None) or None
    if entry is None and derived_country(arg.glossary_id):  # 日本政府: org:gov-jpn, no glossary row
        country, sector = derived_country(arg.glossary_id), "GOV"
    if entry is not None and not valid_at(getattr(entry, "valid_from", None), getattr(entry, "valid_to", None), date):
        country = sector = None
    return Actor(arg.glossary_id, arg.label_en, country, sector, text, arg.entity_id, arg.marker)


def valid_at(valid_from: Optional[str], valid_to: Optional[str], date: dict) -> bool:
    """Is an entry valid (EDTF years or dates, open ends allowed) at some time of ``date``'s bounds?
    An unknown date never invalidates it."""
    lo, hi = (date or {}).get("earliest"), (date or {}).get("latest")
    if valid_to and lo and lo[:len(valid_to)] > valid_to:
        return False
    if valid_from and hi and hi[:len(valid_from)] < valid_from:
        return False
    return True
