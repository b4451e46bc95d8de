"""Latin names in Japanese text (issue 9, meeting summaries and papers), for `kinds.name_kinds`:

- a Latin name is typed by its English head word (Export Promotion Bureau: ORGANIZATION; …Conflict:
  EVENT; …Treaty: AGREEMENT) over the glossary's words inside it (Kenya in Kenya Investment
  Authority), with a short form after a colon (…Bureau：EPB) and its other mentions in the chunk;
- Latin words of a title the model calls a person (The Phases, Chance For) begin with an article or
  end with a function word, which no personal name does.
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
