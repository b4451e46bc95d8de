"""The one place that loads GiNZA. Loaded once per process and shared.

`lazy_model` gives the model as a stand-in that loads it only when a text must be parsed: a re-run
whose every chunk is in the parse cache never loads it (about 10 s and 0.7 GB). Before that the
stand-in answers from the model package's files: its meta (name, version), its folder (whose
`package_fingerprint` is run/cache.py's model key, loaded or not) and a vocabulary built as spaCy
builds the model's, from the same files, for the cached Docs.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from .errors import ModelMissingError

_MODELS: dict[str, object] = {}  # name -> loaded pipeline (once per process)
# The libraries whose versions change what the model gives (thinc runs its layers).
PACKAGES = ("spacy", "thinc", "ginza", "sudachipy", "sudachidict-core")


def load_model(name: str = "ja_ginza", vocab=None):
    """The spaCy pipeline `name`, from an installed package only (never downloaded); `vocab`: the
    Vocab it is to use (a LazyModel's, already holding the strings of cached Docs)."""
    nlp = _MODELS.get(name)
    if nlp is None:
        nlp = _MODELS[name] = _load(name, vocab)
    return nlp


def _load(name: str, vocab=None):
    try:
        import spacy
    except ImportError:  # pragma: no cover - spacy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install -e .") from None
    try:
        return spacy.load(name, vocab=vocab) if vocab is not None else spacy.load(name)
    except OSError:
        pkg = name.replace("_", "-")
        raise ModelMissingError(
            f"GiNZA model '{name}' is not installed: pip install {pkg} (or set 'model:' in config.yaml)"
        ) from None


def model_version(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def lazy_model(name: str = "ja_ginza"):
    """`name` as a LazyModel when its files are found (an installed package or a folder), else loaded now
    (so a missing model is still reported before anything is written)."""
    if name in _MODELS:
        return _MODELS[name]
    path = _model_files(name)
    return LazyModel(name, path) if path is not None else load_model(name)


def _model_files(name: str) -> Optional[Path]:
    """The folder holding the model's config.cfg, meta.json and vocab/, or None."""
    import spacy.util

    try:
        if spacy.util.is_package(name):
            pkg = spacy.util.get_package_path(name)
            meta = spacy.util.load_meta(pkg / "meta.json")
            path = pkg / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            path = Path(name)
    except (OSError, KeyError, ValueError):
        return None
    return path if all((path / f).exists() for f in ("config.cfg", "meta.json", "vocab")) else None


class LazyModel:
    """The pipeline `name`, loaded on first use of anything but `meta`, `vocab` and `path` (its files)."""

    def __init__(self, name: str, path: Path):
        import spacy.util

        self.name, self.path = name, path
        self.meta = spacy.util.load_meta(path / "meta.json")
        self._vocab = None

    @property
    def loaded(self):
        """The pipeline itself (loading it now, if no one has)."""
        return load_model(self.name, self._vocab)

    @property
    def vocab(self):
        if self.name in _MODELS:
            return _MODELS[self.name].vocab
        if self._vocab is None:
            self._vocab = _package_vocab(self.path, self.meta)
        return self._vocab

    def __call__(self, text):
        return self.loaded(text)

    def pipe(self, texts, **kw):
        return self.loaded.pipe(texts, **kw)

    def __getattr__(self, attr):  # config, pipe_names ...: only what was not found above
        if attr.startswith("_") or "name" not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.loaded, attr)

    def __reduce__(self):  # another process makes its own stand-in (and loads its own model)
        return lazy_model, (self.name,)


def package_fingerprint(path) -> Optional[str]:
    """sha256 of the files in the model folder `path` that make the model what it is (meta.json,
    config.cfg) and of the libraries that run it; None without such files (a blank or test model)."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    try:
        for f in ("meta.json", "config.cfg"):
            h.update((Path(path) / f).read_bytes() + b"\0")
    except (OSError, TypeError):
        return None
    for pkg in PACKAGES:
        try:
            h.update(f"{pkg}={version(pkg)}\0".encode())
        except PackageNotFoundError:
            h.update(f"{pkg}=-\0".encode())
    return h.hexdigest()


def _package_vocab(path: Path, meta: dict):
    """The Vocab spaCy gives the model (Language.__init__), without the tokenizer and components: the
    language's defaults (lexical attributes) and the configured vectors table. The package's vocab/
    folder (600,000 strings and the word vectors: 1 s) is not read: a cached Doc brings the strings it
    uses, and no extractor reads vectors; if the model is loaded later it reads that folder into this
    same Vocab."""
    from spacy import registry
    from spacy.util import get_lang_class, load_config
    from spacy.vocab import create_vocab

    config = load_config(path / "config.cfg")
    lang = get_lang_class(config["nlp"]["lang"])
    vocab = create_vocab(lang.lang, lang.Defaults, vectors_name=meta.get("vectors", {}).get("name"))
    vectors = config["nlp"].get("vectors") or lang.default_config["nlp"]["vectors"]  # as spaCy fills it in
    vocab.vectors = registry.resolve({"vectors": vectors})["vectors"](vocab)
    return vocab
