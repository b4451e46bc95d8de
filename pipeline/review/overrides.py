"""Corrections that outlive a re-run: the entities a reviewer changed, applied to the next run's
output so that a corrected span or link wins over the model and the glossary (`match: reviewed`).

Only differences from the pipeline's answer at review time are kept, keyed by `doc_id` (the
file's content hash): an unedited review writes nothing, and an edited file starts afresh.
"""
from __future__ import annotations

import json
from dataclasses import fields, replace
from pathlib import Path
from typing import Callable

from ..records import ArgRef, Document, Entity
from ..export import write_atomic

_KEY = ("start", "end", "text", "type", "glossary_id", "label_en")


def _key(e: dict) -> tuple:
    return tuple(e.get(k) for k in _KEY)


def entity_overrides(baseline: dict, reviewed: dict) -> dict:
    """{doc_id, entities: reviewed entities that are new or changed, removed: baseline entities the
    reviewer deleted or changed}; both lists empty when nothing was corrected."""
    base, rev = {_key(e) for e in baseline["entities"]}, {_key(e) for e in reviewed["entities"]}
    return {"doc_id": reviewed["doc_id"],
            "entities": [e for e in reviewed["entities"] if _key(e) not in base],
            "removed": [e for e in baseline["entities"] if _key(e) not in rev]}


def merge_overrides(earlier: dict | None, new: dict, reviewed: dict) -> dict:
    """The corrections of every review round so far. The store already holds the earlier rounds'
    corrections, so a new round's difference misses them: earlier corrections the reviewed file still
    shows are kept, and earlier removals stay removed unless the reviewer put the entity back."""
    if not earlier:
        return new
    shown = {_key(e) for e in reviewed["entities"]}
    entities = {_key(e): e for e in earlier.get("entities", []) if _key(e) in shown}
    entities.update((_key(e), e) for e in new["entities"])
    removed = {_key(e): e for e in [*earlier.get("removed", []), *new["removed"]]
               if _key(e) not in shown and _key(e) not in entities}
    return {"doc_id": new["doc_id"], "entities": list(entities.values()), "removed": list(removed.values())}


def write_overrides(ov: dict, folder: Path) -> Path | None:
    """`folder/<doc_id>.json`, or nothing (and any old file removed) when there is nothing to override."""
    path = folder / f"{ov['doc_id']}.json"
    if not ov["entities"] and not ov["removed"]:
        path.unlink(missing_ok=True)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, json.dumps(ov, ensure_ascii=False, indent=1) + "\n")


def read_overrides(folder: Path | None, doc_id: str) -> dict | None:
    path = folder / f"{doc_id}.json" if folder else None
    return json.loads(path.read_text(encoding="utf-8")) if path and path.exists() else None


def _overlaps(a, b: dict) -> bool:
    return a.start < b["end"] and b["start"] < a.end


def apply_overrides(doc: Document, ov: dict, make_id: Callable[[str, str, int, int], str], glossary=None) -> Document:
    """`doc` with the reviewed entities in place of what they correct; claim arguments that pointed
    at a corrected entity follow it (same span) or lose their link (entity deleted)."""
    removed = {(r["start"], r["end"], r["type"], r["glossary_id"]) for r in ov.get("removed", [])}
    added = ov.get("entities", [])
    keep = [e for e in doc.entities if (e.start, e.end, e.type, e.glossary_id) not in removed
            and not any(_overlaps(e, a) for a in added)]
    new = []
    for a in added:
        entry = glossary.get(a["glossary_id"]) if glossary and a.get("glossary_id") else None
        new.append(Entity(a["start"], a["end"], a["text"], a["type"], a.get("glossary_id"), a.get("label_en"),
                          entry.label_ja if entry else None, "reviewed", 1.0,
                          make_id(doc.doc_id, "E", a["start"], a["end"])))
    entities = sorted(keep + new, key=lambda e: (e.start, e.end, e.glossary_id or ""))
    by_id = {e.id: e for e in entities}
    claims = [_relink(c, by_id) for c in doc.claims]
    warnings = doc.warnings + [f"review: {len(added)} entity correction(s) and {len(ov.get('removed', []))} "
                               "removal(s) applied"]
    return replace(doc, entities=entities, claims=claims, warnings=warnings)


def _relink(claim, by_id: dict):
    """The claim with every argument (subject, objects, source, and any other ArgRef field) relinked."""
    def arg(a):
        if not isinstance(a, ArgRef) or a.entity_id is None:
            return a
        e = by_id.get(a.entity_id)
        return replace(a, entity_id=e.id if e else None, glossary_id=e.glossary_id if e else None,
                       label_en=e.label_en if e else None)

    changes = {}
    for f in fields(claim):
        v = getattr(claim, f.name)
        if isinstance(v, ArgRef):
            changes[f.name] = arg(v)
        elif isinstance(v, tuple) and any(isinstance(x, ArgRef) for x in v):
            changes[f.name] = tuple(arg(x) for x in v)
    return replace(claim, **changes)
