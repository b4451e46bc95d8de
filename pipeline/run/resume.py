"""Resumable batches: which input files a run can skip because their records are already stored.

A document is skipped when the store holds it under the same path and content (doc_id: sha256 of the
file's bytes), written by a run whose *output key* is this run's. The key hashes everything that decides
a document's records: the pipeline's version and its code (every file of the package, so editing a rule
while iterating is never served stale), the model, the config fingerprint, the glossary fingerprint and
the contents of the event lexicon, PLOVER map and metadata manifest, and the reviewer's corrections
in OUT/review/overrides. A killed run (kill -9, power loss,
Ctrl-C) stored each finished document in its own transaction, so starting it again processes only the
rest; `--force` processes everything.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .. import __version__, store
from ..digest import files_digest, folder_digest


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the pipeline package's files (code and packaged data), by relative path."""
    root = Path(__file__).resolve().parent.parent
    return files_digest(root, (p for p in sorted(root.rglob("*"))
                               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"))


def _file_digest(path) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else "-"
    except OSError:
        return "unreadable"


def output_key(config, res, model: str, overrides: Path) -> str:
    """The hash of what decides every document's records (see the module docstring); `overrides`: the
    folder of a reviewer's corrections ('pipeline review import'), applied when a document is stored."""
    files = [config.resolve(p) if p else None for p in (config.event_verbs, config.plover_map, config.metadata)]
    parts = [__version__, code_fingerprint(), model, config.fingerprint(), res.glossary.fingerprint(),
             *(_file_digest(f) for f in files), folder_digest(overrides)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def already_stored(con, key: str, inputs) -> set[Path]:
    """The input files whose current bytes are stored under their path by a run with output key `key`."""
    stored = store.stored_with_key(con, key)
    done = set()
    for i in inputs:
        doc_id = stored.get(i.abs_path)
        if doc_id is None:
            continue
        try:
            if hashlib.sha256(Path(i.path).read_bytes()).hexdigest() == doc_id:
                done.add(i.path)
        except OSError:
            continue  # unreadable now: processed, so the failure is reported as usual
    return done
