"""What a line alone shows about the page around it: a page number, or the number a note opens with.

One definition for every reader: the plain-text repair step (`repair.classify_line`, notes sections)
and the PDF reader (`inputs.pdf`: running footers, page-foot notes) both use these patterns.
"""
from __future__ import annotations

import re

_DASH = "[-‐–—―－]"
# A line that is only a page number: 12, １２, - 12 -, p. 12, pp. 12, Page 3, 頁 3, 12頁, 12 ページ, 3/20, 3 of 20
PAGE_NUMBER = re.compile(rf"^\s*(?:{_DASH}\s*)?(?:[pP]{{1,2}}\.\s*|Page\s*|頁\s*)?[0-9０-９]{{1,4}}"
                         rf"(?:\s*(?:/|of)\s*[0-9]{{1,4}})?(?:\s*(?:頁|ページ))?(?:\s*{_DASH})?\s*$")
# The number a note opens with: 1, １, (1), （１）, 1., 1）, 注1, 注 (1)
NOTE_NUMBER = r"(?:注\s*)?[（(]?[0-9０-９]{1,3}[)）.．]?"
# A note line in a notes section of running text: the number and then a space (a line opening 12月に is body text).
NOTE_START = re.compile(rf"^\s*{NOTE_NUMBER}\s")
# A note line at a page foot, already set apart by its small type: the text may follow the number at once (1本稿は).
PAGE_FOOT_NOTE_START = re.compile(rf"^\s*{NOTE_NUMBER}(?:\s|[^\s0-9０-９])")
