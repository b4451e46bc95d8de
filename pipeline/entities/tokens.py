"""The parse's tokens that start inside a character span: `tokens_in(sdoc, s, e)`.

The rules over entities ask it once per entity; a scan of the whole chunk's tokens each time cost about
1 ms per call on a 12 KB chunk, `Doc.char_span` (expanded to whole tokens) a hundredth of that."""
from __future__ import annotations


def tokens_in(sdoc, s: int, e: int) -> list:
    """The tokens of `sdoc` whose first character is in [s, e) (none without a parse or an empty span)."""
    if sdoc is None or e <= s:
        return []
    span = sdoc.char_span(s, min(e, len(sdoc.text)), alignment_mode="expand")
    return [t for t in span if s <= t.idx < e] if span is not None else []
