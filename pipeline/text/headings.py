"""The numbered or marked heading line: one rule for the repair step (a ``heading`` block) and for
metadata detection (a numbered heading is no title).

A heading line starts with a section label and is short running text with no sentence or clause
punctuation after the label:

* a Markdown ``#``; ``1. 背景``, ``1.2. 背景``; ``１．背景``, ``一、総論``, ``1、総論``;
  ``1-1 背景``, ``2.3 概要``; ``1 はじめに`` / ``1　序論`` (a number and a space, not before a counter:
  ``10 カ国``, ``2 国間``, ``12 月`` are running text);
* ``第1章``, ``第二部``, ``第一　総論``; ``（1）政治``; a symbol ``■□◆◇●○▼▽◎【``; ``I. Introduction``.

The label's own 、 (``一、``) does not count as clause punctuation; a 。 or 、 after it does
(``1、両国は合意した、`` is a list item of running text).
"""
from __future__ import annotations

import re

_LABEL = re.compile(
    r"^\s*(?:#{1,6}\s+(?=\S)"
    r"|(?:\d{1,2}|[０-９]{1,2})(?:\.\d{1,2})*[\.．]\s+(?=\S)"
    r"|(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[．、]\s*(?=\S)"
    r"|[0-9０-９]{1,2}(?:[-‐－.．][0-9０-９]{1,2})+[\.．]?\s*(?=[^\s0-9０-９])"
    r"|[0-9０-９]{1,2}[ \t\u3000]+(?=[^\s0-9０-９年月日時分秒回カヵヶか箇国人名万億千百十%％つ倍件個台歳号条項位点度割円兆])"
    r"|第[0-9０-９一二三四五六七八九十]+(?:[章節部]|[\s\u3000]+(?=\S))"
    r"|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]\s*(?=\S)"
    r"|[■□◆◇●○▼▽◎【]"
    r"|[IVX]{1,4}\.\s+(?=\S))"
)
MAX_HEADING_CHARS = 60


def is_heading_line(line: str) -> bool:
    """True when ``line`` is a numbered or marked heading (see the module doc): a section label,
    at most `MAX_HEADING_CHARS` characters, no 。 or 、 after the label."""
    m = _LABEL.match(line)
    stripped = line.strip()
    return bool(m) and len(stripped) <= MAX_HEADING_CHARS and not any(c in line[m.end():] for c in "。、")
