"""One SudachiPy tokenizer for the package: GiNZA's own analyser and core dictionary, split mode C,
loaded once on first use (the entity rules ask it whether a word is in the dictionary, the dev scorer for
a word's dictionary form)."""
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
