"""What a line alone shows about the page around it: a page number, the number a note opens with, or a field of
a repository's cover sheet (its label and, for identifiers and the repository's vocabulary, its value).

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

# --- Cover sheets and bibliographic chrome -------------------------------------------------------------------
# An institutional repository (DSpace, JAIRO Cloud, IRDB) prints a cover sheet of ``Label value`` lines before a
# paper (Title / Author(s) / Citation / Issue Date / URI / Right / Type / Textversion; タイトル: / 著者: / 掲載誌情報:),
# and a journal platform (J-STAGE) ISSN and DOI lines. The labels, and the values that are the repository's own
# vocabulary or an identifier (Type Departmental Bulletin Paper, Textversion Publisher, URI http://hdl..., ISSN
# 2434-0537), are page furniture: no entity, date or claim is made in them. The values that are text (a title, an
# author, a journal, a date) are lines of their own, read like a byline.
# Fields whose value is vocabulary or an identifier: the whole line is furniture.
_CHROME_FIELDS = (r"Type|Resource\s?Type|Text\s?version|URI|URL|Handle|DOI|NCID|ISBN|"
                  r"(?:Online\s|Print\s|e-|p-)?ISSN(?:-L)?|資料タイプ|資源タイプ|本文言語|出現コレクション|著者版フラグ")
# Fields whose value is text: the label is furniture, the value a line of its own.
_VALUE_FIELDS = (r"Title|Other\s?Titles?|Alternative(?:\s?Title)?|Author\(s\)|Authors?|Creators?|Citation|Issue\s?Date|"
                 r"Publisher|Journal|Keywords?|Abstract|Description|Rights?|"
                 r"タイトル|その他のタイトル|別タイトル|著者|著者\(別言語\)|著者名|キーワード|発行日|発行年|刊行年|出版者|"
                 r"掲載誌情報|掲載誌名|掲載誌|雑誌名|巻|号|ページ|権利|抄録")
_SEP = r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+|[ \t\u3000]*$)"
COVER_FIELD = re.compile(rf"^[ \t\u3000]*(?:(?P<chrome>{_CHROME_FIELDS})|(?P<value>{_VALUE_FIELDS})){_SEP}", re.IGNORECASE)
# An identifier line that is furniture wherever it stands: ISSN 2434-0537, Print ISSN : 0002-2942, DOI: 10.1234/x.
IDENTIFIER_LINE = re.compile(r"^[ \t\u3000]*(?:(?:Online|Print|e-|p-)?\s?ISSN(?:-L)?\s*[:：]?\s*[0-9]{4}-?[0-9]{3}[0-9Xx]"
                             r"|DOI\s*[:：]?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.[0-9]{4,}/\S+"
                             r"|ISBN\s*[:：]?\s*[0-9][0-9-]{8,}[0-9Xx])\s*$", re.IGNORECASE)
_JA_SEP = re.compile(r"[ \t\u3000]*[:：]|[ \t\u3000]+\S")
ISSN_LINE = re.compile(r"^[ \t\u3000]*(?:Online|Print|e-|p-)?\s?ISSN", re.IGNORECASE)  # an identifier line of a journal
COVER_SHEET_MIN_FIELDS = 3  # a document with this many distinct cover-sheet labels has a cover sheet


def cover_field(line: str, in_cover_sheet: bool) -> tuple[int, bool] | None:
    """Where a cover-sheet line's label (with its separator) ends, and whether the whole line is furniture;
    None for any other line. Outside a cover sheet only an identifier line (ISSN, DOI, ISBN) is furniture.
    A Japanese label has its colon (著者: 廣瀬陽子) or, on a cover sheet, a space (著者 佐藤 章); 著者は… is running text."""
    if IDENTIFIER_LINE.match(line):
        return len(line), True
    if not in_cover_sheet:
        return None
    m = COVER_FIELD.match(line)
    if not m:
        return None
    group = "chrome" if m.group("chrome") else "value"
    label = m.group(group)
    if not label.isascii() and not _JA_SEP.match(line, m.end(group)):
        return None  # a Japanese label alone on its line
    rest = line[m.end():]
    if m.group("value") and label.isascii() and rest[:1].islower():
        return None  # Title is ..., Description of ...: English prose (a repository's own values may be lower case)
    return (len(line), True) if m.group("chrome") else (m.end(), False)


def has_cover_sheet(lines: list[str]) -> bool:
    """At least `COVER_SHEET_MIN_FIELDS` distinct cover-sheet labels, each opening a line."""
    labels = set()
    for ln in lines:
        m = COVER_FIELD.match(ln)
        if m and cover_field(ln, True):
            labels.add((m.group("chrome") or m.group("value")).lower())
    return len(labels) >= COVER_SHEET_MIN_FIELDS


# fields whose value is running text (an abstract): it opens a paragraph of its own (``lead``)
_LEAD_FIELDS = frozenset({"abstract", "description", "抄録"})
# fields whose value is a list of persons (``byline``: the entity step reads each name as a PERSON)
_AUTHOR_FIELDS = frozenset({"author", "authors", "author(s)", "creator", "creators", "著者", "著者(別言語)", "著者名"})


_RIGHTS_FIELDS = frozenset({"right", "rights", "権利"})
_COPYRIGHT = re.compile(r"(?:Copyrights?|©|Ⓒ|\([cC]\))\s*(?:[0-9]{4}\s*)?", re.IGNORECASE)


def cover_parts(line: str, in_cover_sheet: bool) -> list[tuple[int, int, str]] | None:
    """A cover-sheet line's parts as (start, end, kind) in the line: all of it ``furniture`` (Type Departmental
    Bulletin Paper, URI http://..., ISSN 2434-0537), or its label ``furniture`` and its value ``meta`` (a title,
    a journal, a date), ``byline`` (the authors) or ``lead`` (an abstract, which opens a paragraph); None for
    any other line."""
    found = cover_field(line, in_cover_sheet)
    if found is None:
        return None
    label_end, whole = found
    lead = len(line) - len(line.lstrip())
    if whole:
        return [(lead, len(line), "furniture")]
    label = line[lead:label_end].rstrip()
    parts = [(lead, lead + len(label), "furniture")]
    name = label.rstrip(":： \t\u3000").lower()
    mark = _COPYRIGHT.match(line, label_end) if name in _RIGHTS_FIELDS else None
    if mark and mark.end() > label_end:  # Copyrights 日本貿易振興機構: the word is furniture, the holder a value
        parts.append((label_end, label_end + len(mark.group().rstrip()), "furniture"))
        label_end = mark.end()
    if line[label_end:].strip():
        kind = "lead" if name in _LEAD_FIELDS else "byline" if name in _AUTHOR_FIELDS else "meta"
        parts.append((label_end, len(line), kind))
    return parts
