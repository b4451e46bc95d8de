"""Tables derived from a whole glossary (its state bodies, its people's name parts, its PERSON entries
for office holders ...), built once per set of entries instead of once per document or per call.

`per_glossary(glossary, build)` returns `build(glossary)`, kept beside that glossary object (weakly:
it goes with the glossary) and rebuilt when the glossary's entries are not the same objects any more
(the rule of `Glossary.fingerprint`), so an edited or replaced entry is never answered from an old
table. A pure speed-up: the answer is what `build(glossary)` gives now.
"""
from __future__ import annotations

import weakref
from operator import is_
from typing import Callable, TypeVar

T = TypeVar("T")
_TABLES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # glossary -> {build: (entries, table)}


def per_glossary(glossary, build: Callable[[object], T]) -> T:
    """`build(glossary)`, computed once per glossary and set of entries."""
    entries = glossary.entries
    try:
        tables = _TABLES.setdefault(glossary, {})
    except TypeError:  # an object without weak references: no memo
        return build(glossary)
    kept = tables.get(build)
    if kept is not None and len(kept[0]) == len(entries) and all(map(is_, kept[0], entries.values())):
        return kept[1]  # the same entry objects, compared without copying them first
    seen = tuple(entries.values())  # kept with the table: their ids cannot be reused meanwhile
    table = build(glossary)
    tables[build] = (seen, table)
    return table
