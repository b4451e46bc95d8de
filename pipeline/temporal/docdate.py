"""The document's own date, detected in its first lines (a header date or a dateline).

`detect_document_date(text)` looks at the first `HEAD_LINES` non-empty lines for a line that is
(nearly) only a full date — 令和5年9月6日, 2024年04月03日, 2024/4/3, 2023-09-06, optionally with a
weekday or 発行/作成/現在/付 around it — or a dateline that starts a line (【ワシントン＝共同】2023年
9月6日, （2023年9月6日）). The first such line wins; a date inside running text does not count
(a document's first sentence often mentions an earlier event). Only day-precision dates qualify.
A YAML front matter `date:` line is read the same way (the metadata record reads it properly).
"""
from __future__ import annotations

import re
from typing import Optional

from ..records import DateMention
from .dates import extract_dates

HEAD_LINES = 8
_AROUND = re.compile(r"^[\s　]*(?:【[^】]{1,20}】|[（(]|発行日?[:：]?|作成日?[:：]?|日付[:：]?|(?i:date)[:：]?)?[\s　]*$")
_AFTER = re.compile(r"^[\s　]*(?:[（(][月火水木金土日](?:曜日?)?[）)])?[\s　]*(?:発行|作成|現在|付け?|公表|更新|[）)])?[\s　]*(?:[。.]|$)")


def detect_document_date(text: str) -> Optional[DateMention]:
    """The document's date as a `DateMention` (offsets into `text`), or None."""
    pos, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            for m in extract_dates(line):
                if (m.kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", m.value)
                        and _AROUND.match(line[:m.start]) and _AFTER.match(line[m.end:])):
                    return DateMention(pos + m.start, pos + m.end, m.text, m.value, m.earliest, m.latest)
            if seen >= HEAD_LINES:
                break
        pos += len(line)
    return None
