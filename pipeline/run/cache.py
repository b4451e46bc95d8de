"""A parse cache: GiNZA's output per chunk kept on disk, so a re-run after a glossary, lexicon or rule
edit re-extracts every document without calling the model.

An entry is the chunk's Doc as spaCy `DocBin` bytes (tokens, lemmas, POS, tags, morphology, heads and
dependencies, sentence starts, entities, and the user data GiNZA's bunsetu and clause functions read;
not its sub-tokens, which no extractor reads),
in a file named by the sha256 of (the model's key, the chunk's text). The model's key is the sha256 of
its name and version and its package fingerprint (nlp.package_fingerprint: its meta.json and config.cfg,
so tokenizer split mode and components, and the spaCy, thinc, GiNZA, SudachiPy and dictionary versions),
known without loading it; any change to those is a miss, never a stale parse. Each file starts with a magic line
and the sha256 of its payload; it is written to a temporary file and moved into place with os.replace,
so a crash leaves either no entry or a whole one, and a torn or altered file is a miss (and is removed),
never an error. The cache is bounded: past `max_bytes`, the entries used longest ago are removed.
"""
from __future__ import annotations

import hashlib
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..atomic import try_write_atomic
from ..nlp import PACKAGES, model_version, package_fingerprint

MAGIC = b"pipeline-parse-cache 2\n"
SUFFIX = ".doc"


def model_identity(nlp) -> str:
    """Everything about the loaded model that changes its output, as one string: the model key's
    fallback for a model without a folder of files (a blank or test model)."""
    from importlib.metadata import PackageNotFoundError, version

    parts = [model_version(nlp)]
    for pkg in PACKAGES:
        try:
            parts.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            parts.append(f"{pkg}=-")
    parts.append(nlp.config.to_str())
    return "\n".join(parts)


@dataclass
class ParseCache:
    """Chunk text -> parsed Doc, on disk under `folder`. Picklable: worker processes get their own copy."""

    folder: Path
    max_bytes: int = 2_000 * 2**20
    hits: int = 0
    misses: int = 0
    _model_keys: dict = field(default_factory=dict, repr=False)  # id(nlp) -> its model key
    _written: int = field(default=0, repr=False)  # bytes written since the last size check

    def key(self, nlp, text: str) -> str:
        mk = self._model_keys.get(id(nlp))
        if mk is None:
            mk = self._model_keys[id(nlp)] = self._model_key(nlp)
        return hashlib.sha256(f"{mk}\n{text}".encode()).hexdigest()

    def _model_key(self, nlp) -> str:
        """sha256 of the model's version and package fingerprint: the same for a LazyModel (nlp.py) and
        the loaded model, so it never loads one; model_identity (which does) for a model without files."""
        fp = package_fingerprint(getattr(nlp, "path", None))
        ident = f"{model_version(nlp)}\n{fp}" if fp else model_identity(nlp)
        return hashlib.sha256(ident.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / (key + SUFFIX)

    def may_hit(self, nlp) -> bool:
        """Whether this cache can serve a hit for `nlp` without loading it: it holds entries and the
        model's key is known without the loaded model (it has a package fingerprint). False means every chunk will load the model."""
        if package_fingerprint(getattr(nlp, "path", None)) is None:
            return False
        return next(self.folder.glob(f"*/*{SUFFIX}"), None) is not None

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str, vocab) -> Optional[object]:
        """The cached Doc, or None (absent, torn, altered or unreadable: all misses)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        payload = data[len(MAGIC) + 32:]
        if not data.startswith(MAGIC) or data[len(MAGIC):len(MAGIC) + 32] != hashlib.sha256(payload).digest():
            _remove(path)
            return None
        try:
            doc = load_doc(payload, vocab)
        except Exception:  # a payload from an incompatible spaCy: a miss
            _remove(path)
            return None
        try:
            os.utime(path)  # used now: evicted last
        except OSError:
            pass
        self.hits += 1
        return doc

    def put(self, key: str, doc) -> None:
        """Store `doc` under `key`; a cache that cannot be written (full disk, read-only) is skipped."""
        from spacy.tokens import DocBin

        bin_ = DocBin(attrs=ATTRS, store_user_data=True)
        kept = doc.user_data
        doc.user_data = {k: v for k, v in kept.items() if k not in UNUSED_USER_DATA}
        try:
            bin_.add(doc)
        finally:
            doc.user_data = kept
        payload = bin_.to_bytes()
        if not try_write_atomic(self._path(key), MAGIC + hashlib.sha256(payload).digest() + payload, fsync=False):
            return
        self.misses += 1
        self._written += len(payload)
        if self._written > self.max_bytes // 20:  # check the bound every ~5% of it
            self._written = 0
            trim(self.folder, self.max_bytes)


# GiNZA's split-mode sub-tokens (token._.sub_tokens): no extractor reads them, and they were half of
# an entry's size and of its load time. Bunsetu and clause data (ginza.bunsetu_spans ...) are kept.
UNUSED_USER_DATA = frozenset({"sub_tokens"})
ATTRS = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA",
         "MORPH", "POS", "SENT_START")


def load_doc(payload: bytes, vocab):
    """The Doc of a one-document DocBin payload: what `DocBin().from_bytes(payload).get_docs(vocab)`
    gives, without its cost per call. srsly's `msgpack_loads` looks up its registered decoders, which
    scans every installed package's entry points on each call: two calls per entry, about 1.5 ms, more
    than decoding the entry. The payload has no numpy values (DocBin stores arrays as bytes), so no
    decoder is needed; `object_pairs_hook=dict` is srsly's documented way of skipping that lookup."""
    import numpy
    from spacy.attrs import ORTH
    from spacy.tokens import Doc
    from spacy.tokens._dict_proxies import SpanGroups
    from srsly import msgpack

    msg = msgpack.unpackb(zlib.decompress(payload), raw=False, object_pairs_hook=dict)
    attrs = msg["attrs"]
    lengths = numpy.frombuffer(msg["lengths"], dtype="int32")
    if len(lengths) != 1:
        raise ValueError(f"a cache entry holds one Doc, this one {len(lengths)}")
    tokens = numpy.frombuffer(msg["tokens"], dtype="uint64").reshape((-1, len(attrs)))
    spaces = numpy.frombuffer(msg["spaces"], dtype=bool).reshape((-1, 1))
    add = vocab.strings.add  # the strings only: Doc() makes a lexeme for each word, and only words need one
    for string in msg["strings"]:
        add(string)
    flags = (msg.get("flags") or [{}])[0]
    doc = Doc(vocab, words=tokens[:, attrs.index(ORTH)], spaces=None if flags.get("has_unknown_spaces") else spaces)
    doc = doc.from_array(attrs, tokens)
    doc.cats = msg["cats"][0]
    groups = (msg.get("span_groups") or [b""])[0]
    if groups and groups != SpanGroups._EMPTY_BYTES:
        doc.spans.from_bytes(groups)
    user_data = (msg.get("user_data") or [None])[0]
    if user_data is not None:
        doc.user_data.update(msgpack.unpackb(user_data, raw=False, use_list=False, object_pairs_hook=dict))
    return doc


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _entries(folder: Path, pattern: str = f"*/*{SUFFIX}") -> list[tuple[float, int, Path]]:
    out = []
    for p in folder.glob(pattern):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((st.st_mtime, st.st_size, p))
    return out


# Everything else the cache folder holds that the pipeline made: the romanization memo
# (glossary/romanized.py), the extraction memo (run/memo.py, one file per document), model keys an earlier
# version wrote (models/), and temporary files a kill left (beside an entry or at the top, the memo's).
MEMOS = "memo/*.memo"
MADE = ("romanized-*.json", MEMOS, "models/*", ".*.tmp", ".tmp-*", "*/.*.tmp", "*/.tmp-*")


def _made(folder: Path) -> list[tuple[int, Path]]:
    out = []
    for pattern in MADE:
        for p in folder.glob(pattern):
            try:
                out.append((p.stat().st_size, p))
            except OSError:
                continue
    return out


def cache_size(folder: Path) -> tuple[int, int]:
    """(entries, bytes) in the cache folder; the bytes count all it made (entries, memo, temporaries)."""
    if not folder.is_dir():
        return 0, 0
    entries = _entries(folder)
    return len(entries), sum(size for _, size, _ in entries) + sum(size for size, _ in _made(folder))


def trim(folder: Path, max_bytes: int) -> int:
    """Remove the entries (and extraction memos) used longest ago until the cache (all it made) holds at
    most `max_bytes`; entries and memos removed."""
    parses = _entries(folder)
    entries = sorted(parses + _entries(folder, MEMOS))
    total = sum(size for _, size, _ in parses) + sum(size for size, _ in _made(folder))  # memos are in _made
    removed = 0
    for _, size, path in entries:
        if total <= max_bytes:
            break
        _remove(path)
        total -= size
        removed += 1
    return removed


def clear(folder: Path) -> tuple[int, int]:
    """Remove everything the cache made (entries, the romanization memo, model keys, temporaries) and
    its emptied sub-folders; (entries, bytes) removed. Files a user put there are left."""
    n, size = cache_size(folder)
    if folder.is_dir():
        for _, _, p in _entries(folder):
            _remove(p)
        for _, p in _made(folder):
            _remove(p)
        for sub in folder.iterdir():
            if sub.is_dir():
                try:
                    sub.rmdir()  # only if empty
                except OSError:
                    pass
    return n, size


def cache_folder(config, out_dir: Path) -> Path:
    """`cache:` in config.yaml (relative to the config file), else OUT/cache."""
    return config.resolve(config.cache) if config.cache else out_dir / "cache"


def open_cache(config, out_dir: Path, enabled: bool = True) -> Optional[ParseCache]:
    return ParseCache(cache_folder(config, out_dir), config.cache_max_mb * 2**20) if enabled else None
