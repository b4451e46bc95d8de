"""Speaker labels of Diet minutes that the block segmenter did not split off, found again for the frames.

`text.repair` splits a label off its line when the speech follows on the same line after a space
(``○茂木国務大臣　…``).  Minutes copied from PDF or HTML often break the line after the label or even
after the ``○``: ``○鈴木(貴)委員`` alone on its line (segmented as a *heading*), or ``○`` alone and then
``政府参考人(西脇隆俊君) お答えいたします。`` (the label opening a *paragraph*).  :func:`label_blocks`
turns such blocks back into ``speaker`` blocks (kind, start, end; original offsets) so that
`claims_frames` frames the turn after them.  After the first ○ label of a document, a turn runs to
the next label: the short broken lines of a PDF page (``委員御``) that the segmenter took for
headings are then ``paragraph`` blocks, not the end of the turn.
"""
from __future__ import annotations

import re

from ..text import DIET_LABEL_WORDS, SPEAKER_MARKS

_LABEL_END = r"(?:" + DIET_LABEL_WORDS + r")"  # the words a Diet label ends with, as text.repair splits them
_MARK = SPEAKER_MARKS
_ALONE = re.compile(r"^[ \t\u3000]*[" + _MARK + r"][^\s\u3000。、，「」]{1,30}?" + _LABEL_END + r"[）)]?[ \t\u3000]*$")
_OPENING = re.compile(r"^[ \t\u3000]*[^\s\u3000。、，「」]{1,30}?" + _LABEL_END + r"[）)]?(?=[ \t\u3000]+\S)")
_BARE_MARK = re.compile(r"^[ \t\u3000]*[" + _MARK + r"][ \t\u3000]*$")


def label_blocks(text: str, blocks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``blocks`` with the unsplit ○ labels as ``speaker`` blocks (see the module doc)."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(blocks):
        kind, s, e = blocks[k]
        body = text[s:e]
        if kind == "heading" and _ALONE.match(body):
            out.append(("speaker", s, e))
        elif _BARE_MARK.match(body) and k + 1 < len(blocks) and blocks[k + 1][0] == "paragraph":
            a, b = blocks[k + 1][1], blocks[k + 1][2]
            m = _OPENING.match(text[a:b])
            if m is None:
                out.append(blocks[k])
            else:
                tail = text[a + m.end():b]
                out.append(("speaker", s, a + m.end()))
                out.append(("paragraph", b - len(tail.lstrip()), b))
                k += 1
        else:
            out.append(blocks[k])
        k += 1
    return _turns_run_on(text, out)


def _turns_run_on(text: str, blocks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """After a ○ label, a heading that is no label is part of the turn (a broken line of the minutes)."""
    first = next((i for i, b in enumerate(blocks) if b[0] == "speaker" and text[b[1]:b[2]].lstrip()[:1] in _MARK), None)
    if first is None:
        return blocks
    return blocks[:first] + [("paragraph", s, e) if kind == "heading" and text[s:e].lstrip()[:1] not in _MARK
                             else (kind, s, e) for kind, s, e in blocks[first:]]
