"""Character classes shared by the pure text modules (repair, footnotes, sentences)."""
from __future__ import annotations

SENTENCE_END = "。．！？!?"
OPEN_BRACKETS = "「『（(【〔"
CLOSE_BRACKETS = "」』）)】〕"


def is_japanese(ch: str) -> bool:
    """Kana, kanji, CJK punctuation and full-width forms."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x30FF
        or 0x3400 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF
        or 0x2E80 <= o <= 0x2FDF
    )


def has_japanese(s: str) -> bool:
    return any(is_japanese(c) for c in s)
