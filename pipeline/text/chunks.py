"""Split repaired blocks into chunks under Sudachi's input limit (49,149 UTF-8 bytes).

Chunks end at sentence boundaries (after 。！？ outside brackets) where possible, then at 、, and
only as a last resort inside a sentence; each chunk keeps its own map back to the original text.
"""
from __future__ import annotations

from .repair import RepairedBlock
from .sentences import split_sentences

SUDACHI_MAX_BYTES = 49_149  # SudachiPy rejects longer input; config keeps chunk_bytes well under it



def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence (see :func:`pipeline.sentences.split_sentences`), plus len(text)."""
    ends = [e for _, e in split_sentences(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def _cut_points(text: str, max_bytes: int) -> list[int]:
    cuts = []
    start = 0
    size = 0
    last_good = None
    candidates = set(sentence_ends(text))
    commas = {i + 1 for i, ch in enumerate(text) if ch in "、，,"}
    last_comma = None
    for i, ch in enumerate(text):
        size += len(ch.encode("utf-8"))
        if size > max_bytes:
            cut = last_good or last_comma or i
            cuts.append(cut)
            start = cut
            size = len(text[start : i + 1].encode("utf-8"))
            last_good = last_comma = None
        if i + 1 in candidates:
            last_good = i + 1
        elif i + 1 in commas:
            last_comma = i + 1
    return cuts


def split_block(block: RepairedBlock, max_bytes: int) -> tuple[list[RepairedBlock], list[str]]:
    """Chunks of a block, each at most max_bytes of UTF-8; warnings for mid-sentence cuts."""
    if len(block.text.encode("utf-8")) <= max_bytes:
        return [block], []
    cuts = _cut_points(block.text, max_bytes)
    bounds = [0, *cuts, len(block.text)]
    ends = set(sentence_ends(block.text))
    warnings = [
        f"sentence longer than {max_bytes} bytes cut at original offset {block.to_original(c, c + 1)[0]}"
        for c in cuts
        if c not in ends
    ]
    return [block.slice(a, b) for a, b in zip(bounds, bounds[1:]) if b > a], warnings
