"""Sentence spans of repaired Japanese text, respecting 「」『』（）: pure, used by chunking and claims."""
from __future__ import annotations

from typing import Optional

from .chars import CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_END

QUOTE_CONTINUATIONS = set("とっなのがをにはもでや、，")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after 。！？ (and after a sentence-closing 」) at bracket depth 0.

    A 。 inside 「…」 does not end the sentence.  If the brackets of the whole text do not balance
    (a stray 「 from PDF extraction), brackets are ignored rather than swallowing the paragraph.
    """
    spans = _split(text, use_brackets=True)
    if spans is None:
        spans = _split(text, use_brackets=False)
    return spans


def _split(text: str, use_brackets: bool) -> Optional[list[tuple[int, int]]]:
    cuts, depth = [], 0
    for i, ch in enumerate(text):
        if use_brackets and ch in OPEN_BRACKETS:
            depth += 1
        elif use_brackets and ch in CLOSE_BRACKETS:
            depth -= 1
            nxt = text[i + 1:i + 2]
            if depth == 0 and ch in "」』" and i and text[i - 1] in SENTENCE_END and nxt not in QUOTE_CONTINUATIONS:
                cuts.append(i + 1)  # 「…。」次の文 ends; 「…。」というものである / と述べた does not
        elif ch in SENTENCE_END and depth <= 0:
            if i + 1 < len(text) and text[i + 1] in SENTENCE_END + "」』":
                continue  # ！？ or 。」 : cut after the run
            cuts.append(i + 1)
    if use_brackets and depth != 0:
        return None
    spans, start = [], 0
    for cut in cuts + [len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(c not in SENTENCE_END for c in text[s:e]):
            spans.append((s, e))
        start = cut
    return spans
