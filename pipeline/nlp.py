"""The one place that loads GiNZA. Loaded once per process and shared."""
from __future__ import annotations

from functools import lru_cache

from .errors import ModelMissingError


@lru_cache(maxsize=2)
def load_model(name: str = "ja_ginza"):
    """The spaCy pipeline `name`, from an installed package only (never downloaded)."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - spacy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install -e .") from None
    try:
        return spacy.load(name)
    except OSError:
        pkg = name.replace("_", "-")
        raise ModelMissingError(
            f"GiNZA model '{name}' is not installed: pip install {pkg} (or set 'model:' in config.yaml)"
        ) from None


def model_version(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
