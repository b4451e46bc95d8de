"""Romanizations remembered within a process and, through the parse cache's folder, between runs.

pykakasi needs about 0.6 s to load its dictionaries, which a re-run from the parse cache would pay
for the first entity without an English label. `romanize` (suggest.py) looks a text up here first;
a run reads the file at its start and writes back what it added at its end. The file is named by
pykakasi's version and a hash of suggest.py, so a new pykakasi or a change to how romanize spells
is never served stale: it starts a new file.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..atomic import try_write_atomic

MEMO: dict[str, str] = {}  # text -> romanize(text)
_ADDED = {"n": 0}  # entries added since the file was last written
_NEW: dict[str, str] = {}  # entries added since take_romanizations() was last called


def remember(text: str, roman: str) -> None:
    MEMO[text] = roman
    _ADDED["n"] += 1
    _NEW[text] = roman


def take_romanizations() -> dict[str, str]:
    """What this process added since the last call: a worker hands it back with each document, as only
    the parent saves the file."""
    out = dict(_NEW)
    _NEW.clear()
    return out


def merge_romanizations(added: dict[str, str]) -> None:
    """Add romanizations a worker made (take_romanizations there), to be saved with this process's."""
    for text, roman in added.items():
        if MEMO.get(text) != roman:
            remember(text, roman)


def memo_file(folder: Path) -> Path:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("pykakasi")
    except PackageNotFoundError:
        v = "-"
    code = hashlib.sha256((Path(__file__).parent / "suggest.py").read_bytes()).hexdigest()[:12]
    return Path(folder) / f"romanized-pykakasi-{v}-{code}.json"


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # absent, torn or not ours: start afresh
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}


def load_romanizations(folder: Path) -> int:
    """Add the romanizations kept in `folder`; how many are known now."""
    MEMO.update(_read(memo_file(folder)))
    return len(MEMO)


def save_romanizations(folder: Path) -> None:
    """Write the known romanizations to `folder` (merged with what another run wrote meanwhile),
    atomically; nothing when none was added; a folder that cannot be written is skipped."""
    if not _ADDED["n"]:
        return
    path = memo_file(folder)
    merged = {**_read(path), **MEMO}
    if try_write_atomic(path, json.dumps(merged, ensure_ascii=False, sort_keys=True), fsync=False):
        _ADDED["n"] = 0
