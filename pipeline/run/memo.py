"""An extraction memo beside the parse cache: results of extraction steps whose every input is known,
so a re-run after a glossary edit redoes only the steps whose inputs the edit changed.

A step's result is kept under the sha256 of (the pipeline's code fingerprint, the step's name, its
inputs): the chunk's parse-cache key (model and text) and every record the step is given. Memoised
(run/document.py): the metadata found in a document's first lines, from its text; its repaired
blocks, from its text and layout; its dates,
quantities and sentence splits, from its chunks' texts and its date anchor (these read no glossary and
no entity); and a chunk's claims, from its parse and its entity,
date, quantity and footnote records, the verb lexicon and the block kind (so a chunk whose entities a
glossary edit changed is extracted again; the others give the same records without the work). Any
edit of the package's code or data changes the fingerprint: nothing is served across a code change.

One file per document (`OUT/cache/memo/<doc_id>.memo`), read once when the document starts and
written once at its end with what this run used; written atomically with a sha256 of its payload, so
a torn or altered file is a miss. The payload is a zlib-compressed pickle read by an unpickler that builds only the
package's record classes and plain containers, so a file in a shared cache folder cannot run code.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import zlib
from pathlib import Path
from typing import Callable, Optional

from ..atomic import try_write_atomic
from .resume import code_fingerprint

MAGIC = b"pipeline-extract-memo 2\n"
SUFFIX = ".memo"
FOLDER = "memo"
_SAFE_BUILTINS = frozenset({"list", "tuple", "dict", "set", "frozenset", "str", "int", "float", "bool", "complex",
                            "bytes", "NoneType"})


class _Records(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module == "builtins" and name in _SAFE_BUILTINS:
            return super().find_class(module, name)
        if module.startswith("pipeline.") and name[:1].isupper():
            cls = super().find_class(module, name)
            if isinstance(cls, type) and hasattr(cls, "__dataclass_fields__"):
                return cls  # a record dataclass: built field by field, no code of the file's
        raise pickle.UnpicklingError(f"{module}.{name} is not a record type")


class DocumentMemo:
    """One document's memo: `call(step, fn, key_inputs, *args)` returns fn(*args), kept under the hash
    of (step, key_inputs); `save()` writes the results this run used. Counts hits and misses."""

    def __init__(self, path: Optional[Path]):
        self.path, self.hits, self.misses = path, 0, 0
        self._old: dict = _read(path) if path is not None else {}
        self._used: dict = {}

    def call(self, step: str, fn: Callable, key_inputs, *args):
        if self.path is None:
            return fn(*args)
        try:
            key = hashlib.sha256(pickle.dumps((code_fingerprint(), step, key_inputs), protocol=5)).digest()
        except Exception:  # an input that cannot be pickled: no memo for this call
            return fn(*args)
        if key in self._old:
            try:
                result = _load(self._old[key])
            except Exception:  # a record class changed shape: a miss
                pass
            else:
                self.hits += 1
                self._used[key] = self._old[key]
                return result
        self.misses += 1
        result = fn(*args)
        try:
            self._used[key] = pickle.dumps(result, protocol=5)
        except Exception:
            pass
        return result

    def save(self) -> None:
        if self.path is None:
            return
        if not self.misses and self._used.keys() == self._old.keys():
            try:
                os.utime(self.path)  # used now: evicted last
            except OSError:
                pass
            return  # nothing new: the file on disk is this run's memo already
        payload = zlib.compress(pickle.dumps(self._used, protocol=5), 1)  # 2.4x smaller for ~0.2 ms a file
        try_write_atomic(self.path, MAGIC + hashlib.sha256(payload).digest() + payload, fsync=False)


def _load(blob: bytes):
    return _Records(io.BytesIO(blob)).load()


def _read(path: Path) -> dict:
    """The memo's {key: pickled result}, or {} (absent, torn, altered or unreadable: all misses)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    payload = data[len(MAGIC) + 32:]
    if not data.startswith(MAGIC) or data[len(MAGIC):len(MAGIC) + 32] != hashlib.sha256(payload).digest():
        return {}
    try:
        out = _Table(io.BytesIO(zlib.decompress(payload))).load()
    except Exception:
        return {}
    return out if isinstance(out, dict) else {}


class _Table(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # the table is a dict of bytes: no class at all
        raise pickle.UnpicklingError(f"{module}.{name}: a memo table holds no objects")


def document_memo(cache, doc_id: str) -> DocumentMemo:
    """The memo of document `doc_id` in the parse cache's folder; without a cache (--no-cache) a memo
    that keeps nothing."""
    if cache is None:
        return DocumentMemo(None)
    return DocumentMemo(Path(cache.folder) / FOLDER / f"{doc_id}{SUFFIX}")
