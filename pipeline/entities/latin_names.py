"""Latin names in Japanese text (issue 9, meeting summaries and papers), for `kinds.name_kinds`:

- a Latin name is typed by its English head word (Export Promotion Bureau: ORGANIZATION; …Conflict:
  EVENT; …Treaty: AGREEMENT) over the glossary's words inside it (Kenya in Kenya Investment
  Authority), with a short form after a colon (…Bureau：EPB) and its other mentions in the chunk;
- Latin words of a title the model calls a person (The Phases, Chance For) begin with an article or
  end with a function word, which no personal name does;
- a Latin name with a nobiliary or patronymic particle between capitalised words (Serafim de Freitas, Ludwig
  van Beethoven, Ursula von der Leyen, Mahathir bin Mohamad, Abdullah al-Sisi) is a PERSON, whatever the model
  calls it (GiNZA reads such names as organizations or products), unless an organization's head word is in
  it (Banco de la Nación) or the model named a body outright (Alianza del Pacífico: International_Organization);
  so is a name of capitalised Latin words the model calls a troupe (Show_Organization: Hugo Grotius); and a bare Latin surname of a person named in full in the document (Freitas after
  Serafim de Freitas) is that person too (`latin_surnames`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from .headwords import LATIN_ORGANIZATIONS
from .unlinked import unlinked as _unlinked

_LATIN_HEADS = {**dict.fromkeys(LATIN_ORGANIZATIONS, "ORGANIZATION"),
                **dict.fromkeys(("war", "conflict", "crisis", "summit", "conference", "revolution"), "EVENT"),
                **dict.fromkeys(("treaty", "agreement", "accord", "convention", "protocol"), "AGREEMENT")}
_LATIN_NAME = re.compile(r"(?<![A-Za-z])(?!The |A )(?P<name>[A-Z][\w'\-]*(?: (?:of|the|for|and|on|[A-Z][\w'\-]*))* (?P<head>[A-Z][a-z]+))"
                         r"(?:\s*[:：]\s*(?P<short>[A-Z][A-Z0-9&]{1,9}))?")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\-.,]*")
_ARTICLES = frozenset({"The", "A", "An"})
_FUNCTION_WORDS = frozenset({"for", "of", "and", "the", "to", "in", "on", "at", "with", "from", "by", "a", "an"})


def latin_heads(ents: list[Entity], text: str) -> list[Entity]:
    """Export Promotion Bureau：EPB: a Latin name typed by its English head word (the model calls
    such names events or products at random, and the glossary finds Kenya in Kenya Investment
    Authority); a short form after a colon is a mention of its own, and its other unlinked mentions
    in the chunk take the same type."""
    short = {}
    for m in _LATIN_NAME.finditer(text):
        typ = _LATIN_HEADS.get(m.group("head").lower())
        if typ is None or any(e.glossary_id and (e.start, e.end) == m.span("name") for e in ents):
            continue
        if any(e.start < m.end() and m.start() < e.end and not (m.start() <= e.start and e.end <= m.end())
               for e in ents):
            continue  # crossing an entity: keep what is there
        ents = [e for e in ents if not (m.start() <= e.start and e.end <= m.end() and _unlinked(e))]
        for g in ("name", "short"):
            if m.group(g) and not any(e.start < m.end(g) and m.start(g) < e.end and not (
                    m.start(g) <= e.start and e.end <= m.end(g)) for e in ents):
                ents = [e for e in ents if not (m.start(g) <= e.start and e.end <= m.end(g))]
                ents.append(Entity(m.start(g), m.end(g), m.group(g), typ, match="model", score=0.5))
                short[m.group(g)] = typ
    return [replace(e, type=short[e.text]) if e.text in short and _unlinked(e) else e for e in ents]


def title_fragment(e: Entity) -> bool:
    """The Phases, Chance For: Latin words of a title the model calls a person begin with an article
    or end with a function word, which no personal name does."""
    words = e.text.split()
    return e.type == "PERSON" and _unlinked(e) and len(words) >= 2 and all(_LATIN_WORD.fullmatch(w) for w in words) \
        and (words[0] in _ARTICLES or words[-1].lower() in _FUNCTION_WORDS)


_PARTICLES = ("de", "da", "do", "dos", "das", "di", "del", "della", "degli", "van", "von", "der", "den", "ten", "ter",
              "bin", "binti", "ibn", "du", "le", "la", "zu", "y")
_CAPWORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’\-]+"
_PARTICLE_NAME = re.compile(rf"{_CAPWORD}(?: {_CAPWORD})*(?: (?:{'|'.join(_PARTICLES)}))+ {_CAPWORD}(?: {_CAPWORD})?"
                            rf"|{_CAPWORD}(?: {_CAPWORD})* (?:al|el|ul)-{_CAPWORD}")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PLAIN_NAME = re.compile(rf"{_CAPWORD}(?: {_CAPWORD}){{1,3}}")
# the model's labels that name a body outright (Alianza del Pacífico: International_Organization): never a person
_BODY_LABELS = frozenset({"International_Organization", "Political_Party", "Political_Organization_Other", "Government",
                          "Company", "Company_Group", "Military", "Public_Institution", "Research_Institute", "School",
                          "Corporation_Other", "Newspaper"})
_RETYPED = ("ORGANIZATION", "PRODUCT", "OTHER")  # a place (Rio de Janeiro) or an event (Guerra de las Malvinas) stays


def particle_persons(ents: list[Entity], text: str) -> list[Entity]:
    """Serafim de Freitas, Ursula von der Leyen: the model's organization or product is a PERSON, and so is
    the whole name where the model found only a part of it (Freitas)."""
    ents = [replace(e, type="PERSON") if e.type in _RETYPED and _unlinked(e) and e.model_label not in _BODY_LABELS
            and (_particle_name(e.text) or _troupe_name(e)) else e for e in ents]
    for m in _PARTICLE_NAME.finditer(text):
        if not _particle_name(m.group()) or _LATIN_LETTER.match(text, m.end()) or (
                m.start() and _LATIN_LETTER.match(text, m.start() - 1)):
            continue
        near = [e for e in ents if e.start < m.end() and m.start() < e.end]
        if near and all(_unlinked(e) and m.start() <= e.start and e.end <= m.end() for e in near) and not any(
                (e.start, e.end) == m.span() for e in near):
            ents = [e for e in ents if e not in near] + [Entity(m.start(), m.end(), m.group(), "PERSON", match="model", score=0.5)]
    return ents


# head words of names of places, buildings and bodies built with de / del (Museo del Prado, Puerto de la Cruz)
_NOT_PERSON_HEADS = frozenset("museo museu musée palacio palais casa puerto porto ciudad cidade villa estado república "
                              "republic reino comunidad frente movimiento ejército armée fuerzas banco isla ilha alianza "
                              "aliança acuerdo tratado pacto mercado corte sistema grupo".split())


def _troupe_name(e: Entity) -> bool:
    """Hugo Grotius: GiNZA's Show_Organization (a troupe) on capitalised Latin words is a personal name in this
    domain, unless an organization's head word is among them."""
    return e.model_label == "Show_Organization" and bool(_PLAIN_NAME.fullmatch(e.text.strip())) and not any(
        w.lower() in LATIN_ORGANIZATIONS or w.lower() in _NOT_PERSON_HEADS for w in e.text.split())


def _particle_name(surface: str) -> bool:
    return bool(_PARTICLE_NAME.fullmatch(surface.strip())) and not any(
        w.lower() in LATIN_ORGANIZATIONS or w.lower() in _NOT_PERSON_HEADS for w in surface.split())


def latin_surnames(ents: list[Entity]) -> list[Entity]:
    """A bare Latin surname (Freitas) that the model typed other than PERSON, in a document that names a
    person in full with it (Serafim de Freitas): that person's surname, so a PERSON."""
    surnames = {e.text.split()[-1] for e in ents if e.type == "PERSON" and len(e.text.split()) > 1
                and _LATIN_WORD.fullmatch(e.text.split()[-1])}
    return [replace(e, type="PERSON") if e.type in _RETYPED and _unlinked(e) and e.text.strip() in surnames else e
            for e in ents]
