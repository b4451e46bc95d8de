"""Helpers shared by test modules (imported as `support`; tests/ is on pytest's pythonpath)."""
import re
from functools import lru_cache

from pipeline.text.repair import classify_line

_WS = re.compile(r"\s+")


def squeeze(s: str) -> str:
    return _WS.sub("", s)


@lru_cache(maxsize=8)
def _page_lines(text: str) -> frozenset[int]:
    """Indices of lines that are only a page number (an extraction artifact, like line breaks)."""
    out, pos = set(), 0
    for line in text.splitlines(keepends=True):
        if classify_line(line.rstrip("\r\n")) == "page":
            out.update(range(pos, pos + len(line)))
        pos += len(line)
    return frozenset(out)


def footnote_free(doc, start, end) -> str:
    """The original evidence with whitespace, page-number lines and footnote markers removed."""
    text = doc["text"]
    drop = _page_lines(text)
    keep = [i for i in range(start, end)
            if i not in drop and not any(f["start"] <= i < f["end"] for f in doc["footnotes"])]
    return squeeze("".join(text[i] for i in keep))
