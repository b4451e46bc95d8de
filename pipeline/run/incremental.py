"""Document-level incremental re-runs after a glossary edit: which stored documents the edit cannot touch.

Each run keeps a snapshot of its glossary in the cache folder (`glossaries/<output key>.json`: every
field of every entry, and the run's output key without the glossary, `base`). On a later run whose only
difference is the glossary (same base key: same code, model, config, lexicons, manifest and
corrections), a stored document is CLEAN when no entry the edit added, removed or changed (by id, every
field compared) can affect it, decided conservatively:
- the edit has no entry read through a whole-glossary channel: a COUNTRY (state bodies, composed ids,
  country keys, short state names), a PERSON with notes (office holders by title and year, shared
  surnames), an entry with the form 日本 (the home country, looked up whatever the text); any such entry
  makes every document dirty;
- no character bigram of any of the entries' forms (labels, aliases, their normalized keys; a PERSON's
  name parts and every prefix of them, so its surnames; one-character forms as that character) occurs in
  the document's original or repaired text or in their normalized forms. Fuzzy lookups
  (rapidfuzz ratio >= 0.8 over keys of >= 4 characters) always share a bigram with the key they
  match: with m common characters of lengths L = l1 + l2 >= 8, at most L - 2m pairs are broken, so
  m - 1 > L - 2m when 2m / L >= 0.8; a lower threshold makes every document dirty;
- no changed entry's id occurs in the document's stored lines (an id a rule composes, as in
  event:<place>-conflict, is looked up by id).
A clean document keeps its stored records (only its run and time are updated); nothing of it is read
from the parse cache or the memo. `tests/run/test_incremental_glossary.py` and `bench/bench_scale.py
--parts soundness` check that the result equals a cold run's with the edited glossary, byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path

from .. import store
from ..glossary import GlossaryEntry, normalize
from ..inputs import read_any
from .memo import document_memo

FOLDER = "glossaries"
KEEP = 4  # snapshots kept (the newest): a re-run compares with the previous run's glossary
MIN_FUZZY = 0.8  # the bigram bound holds for ratios >= 0.76; config's default and LONG_FORM_FUZZY (a test checks)
HOME = "日本"  # claims/home.py looks it up whatever the text
_NAME_SEP = "・･ 　=＝"


def save_snapshot(cache, key: str, base: str, glossary) -> None:
    """Keep this run's glossary beside the parses, atomically (a torn snapshot is never read)."""
    if cache is None:
        return
    folder = Path(cache.folder) / FOLDER
    path = folder / f"{key}.json"
    if path.exists():
        try:
            os.utime(path)  # used now: among the newest kept
        except OSError:
            pass
        return
    body = json.dumps({"base": base, "entries": [asdict(e) for e in glossary.entries.values()]}, ensure_ascii=False)
    data = json.dumps({"sha256": hashlib.sha256(body.encode()).hexdigest(), "body": body}, ensure_ascii=False)
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")  # cache.MADE counts it
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:  # a full disk: no snapshot, so the next run processes every document (never an error)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return
    old = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
    for p in old:
        p.unlink(missing_ok=True)


def _snapshot(cache, key: str):
    """(base key, {id: entry}) of the run with output key `key`, or None when missing or damaged."""
    try:
        outer = json.loads((Path(cache.folder) / FOLDER / f"{key}.json").read_text(encoding="utf-8"))
        body = outer["body"]
        if hashlib.sha256(body.encode()).hexdigest() != outer["sha256"]:
            return None
        data = json.loads(body)
        names = {f.name for f in fields(GlossaryEntry)}
        entries = {}
        for row in data["entries"]:
            row = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names}
            entries[row["id"]] = GlossaryEntry(**row)
        return data["base"], entries
    except (OSError, ValueError, KeyError, TypeError):
        return None


def changed_entries(old: dict, new: dict) -> list:
    """Every version of an entry added, removed or changed in any field (the old and the new one)."""
    out = []
    for gid in old.keys() | new.keys():
        a, b = old.get(gid), new.get(gid)
        if a != b:
            out += [e for e in (a, b) if e is not None]
    return out


def touches_every_document(entry) -> bool:
    """An entry read through a whole-glossary channel (module docstring)."""
    if entry.type == "COUNTRY" or (entry.type == "PERSON" and entry.notes.strip()):
        return True
    home = normalize(HOME)
    return any(normalize(s) == home for s in entry.surfaces)


def entry_forms(entry) -> set[str]:
    """The strings whose characters a lookup of this entry needs in a text: its surfaces, their
    normalized keys, and for a PERSON every name part and every prefix of a name (its surnames)."""
    forms = set(entry.surfaces)
    if entry.type == "PERSON":
        for name in (entry.label_ja, *entry.aliases_ja):
            parts = [p for p in _split(name) if p]
            forms.update(parts)
            forms.update(name[:i] for i in range(1, len(name) + 1))
            forms.update(p[:i] for p in parts for i in range(1, len(p) + 1))
    forms |= {normalize(f) for f in forms}
    return {f for f in forms if f}


def _split(name: str) -> list[str]:
    out, cur = [], ""
    for ch in name:
        if ch in _NAME_SEP:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def probes(entries) -> set[str]:
    """Character bigrams of every form (a one-character form as itself)."""
    out = set()
    for e in entries:
        for f in entry_forms(e):
            out.update((f,) if len(f) == 1 else (f[i:i + 2] for i in range(len(f) - 1)))
    return out


def may_touch(texts: list[str], found: set[str]) -> bool:
    """Whether any probe occurs in any of the texts, or in their normalized and lower-cased forms."""
    hay = "\n".join(texts)
    hay = "\n".join((hay, normalize(hay), hay.lower(), normalize(hay).lower(),
                     *(normalize(t) for t in texts)))
    return any(p in hay or p.lower() in hay for p in found)


def keep_clean(con, res, key: str, base: str, inputs, done: set, run_id: int) -> set:
    """The input files (not in `done`) whose stored records this glossary edit cannot change; their
    rows are kept, marked as written by run `run_id` (so a later run sees them under `key`)."""
    cfg = res.config
    if res.cache is None or cfg.fuzzy_threshold < MIN_FUZZY:
        return set()
    stored = store.stored_keys(con)
    new = res.glossary.entries
    plans: dict[str, object] = {}
    clean = set()
    for i in inputs:
        row = stored.get(i.abs_path)
        if i.path in done or row is None or row[1] == key:
            continue
        doc_id, old_key = row
        if old_key not in plans:
            plans[old_key] = _plan(res.cache, old_key, base, new)
        found = plans[old_key]
        if found is not None and _clean(con, i.path, doc_id, found, res):
            store.keep_document(con, doc_id, run_id)
            clean.add(i.path)
    return clean


def _plan(cache, old_key: str, base: str, new: dict):
    """(probes, changed ids) for documents made with the glossary of `old_key`, or None: all dirty."""
    snap = _snapshot(cache, old_key) if old_key else None
    if snap is None or snap[0] != base:
        return None
    changed = changed_entries(snap[1], new)
    if any(touches_every_document(e) for e in changed):
        return None
    return probes(changed), {e.id for e in changed}


def _clean(con, path: Path, doc_id: str, plan, res) -> bool:
    from .document import memoised_blocks

    found, ids = plan
    try:
        data = Path(path).read_bytes()
        if hashlib.sha256(data).hexdigest() != doc_id:
            return False
        raw = read_any(Path(path), res.config.max_document_bytes, res.config.decode_errors)
    except Exception:  # unreadable or undecodable now: processed, so the failure is reported as usual
        return False
    row = store.stored_lines(con, doc_id)
    lines = None if row is None or row[1] is None else f"{row[1]}\n{row[2] or ''}"
    if lines is None or any(gid in lines for gid in ids):
        return False
    blocks = memoised_blocks(raw.text, raw.line_kinds, document_memo(res.cache, doc_id))
    return not may_touch([raw.text, *(b.text for b in blocks)], found)
