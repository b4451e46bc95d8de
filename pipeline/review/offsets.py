"""Offsets between Python code points (our records, brat) and JavaScript UTF-16 code units
(Label Studio). They differ for every character outside the BMP (𠮷, emoji)."""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate


class Utf16Map:
    """Converts offsets of one text both ways."""

    def __init__(self, text: str):
        widths = (2 if ord(c) > 0xFFFF else 1 for c in text)
        self._units = [0, *accumulate(widths)]  # units[i] = UTF-16 offset of code point i

    def to_utf16(self, i: int) -> int:
        return self._units[i]

    def from_utf16(self, u: int) -> int:
        i = bisect_left(self._units, u)
        if i >= len(self._units) or self._units[i] != u:
            raise ValueError(f"UTF-16 offset {u} falls inside a surrogate pair")
        return i
