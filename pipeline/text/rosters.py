"""Spaces that text repair keeps inside a Diet roster, where dropping them would glue two names.

The minutes open with a roster: posts and members' names, several fields on a line, a short name padded
to four characters (理事 城内　　実君 理事 左藤　　章君). Repair drops whitespace next to Japanese
characters (PDF line breaks, ``1994 年``); here one space stays, so the surname and the given name, and
one field and the next, stay apart.
"""
from __future__ import annotations

import re

_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]")
_GIVEN = re.compile(r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{1,5}君(?=[ \t\u3000\r\n]|$)")
# a line of a Diet roster: fields (a post, then a name ending in 君), none longer than 15 characters
_LINE = re.compile(r"^[ \t\u3000]*(?:[^\s。、]{1,15}[ \t\u3000]+)*[^\s。、]{1,15}君[ \t\u3000]*$")
_LONGEST_LINE = 300  # a roster line is short; a longer one is not searched (no quadratic scan of a long line)


def padded_name(text: str, i: int, j: int, end: int) -> bool:
    """The spaces text[i:j] pad a name in a Diet roster (城内　　実君, 左藤  章君) or part the fields of a
    roster line (理事 城内 実君 理事 左藤 章君): one space stays, or the surname and the given name run
    together (城内実) and Sudachi misreads them (城 + 内実)."""
    if i == 0 or _NAME_CHAR.match(text[i - 1]) is None or "\n" in text[i:j] or "\r" in text[i:j]:
        return False
    if _GIVEN.match(text, j, end) is not None:
        return True
    stop = min(end, j + _LONGEST_LINE)
    line_end = min((k for k in (text.find("\n", j, stop), text.find("\r", j, stop)) if k >= 0), default=stop)
    line_start = text.rfind("\n", max(0, i - _LONGEST_LINE), i) + 1
    if (line_end == stop < end) or (line_start == 0 and i > _LONGEST_LINE):
        return False
    line = text[line_start:line_end]
    return _LINE.match(line) is not None  # 理事 城内 実君: the fields of a roster line stay apart
