"""One SudachiPy tokenizer for the package: GiNZA's own analyser and core dictionary, split mode C,
loaded once on first use (the entity rules ask it whether a word is in the dictionary, the dev scorer for
a word's dictionary form). `words(surface)` is its reading of a short surface, cached."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def sudachi_tokenizer():
    """The shared tokenizer, or None when SudachiPy or its core dictionary is not installed (callers then
    skip what needs it)."""
    try:
        from sudachipy import Dictionary, SplitMode
        return Dictionary(dict="core").create(SplitMode.C)
    except Exception:  # noqa: BLE001 - no core dictionary (or a broken install): the caller's rule does not apply
        return None


@lru_cache(maxsize=8192)
def words(surface: str) -> tuple[tuple[tuple[str, ...], bool], ...] | None:
    """(part of speech, out of vocabulary) of each word Sudachi reads in `surface`; None without the
    dictionary or for a surface Sudachi cannot analyse (the caller's rule then does not apply)."""
    tokenizer = sudachi_tokenizer()
    if tokenizer is None:
        return None
    try:
        return tuple((tuple(m.part_of_speech()), m.is_oov()) for m in tokenizer.tokenize(surface))
    except Exception:  # noqa: BLE001 - a surface Sudachi cannot analyse
        return None
