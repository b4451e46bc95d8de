"""Footnote markers in PDF-extracted Japanese text.

A superscript footnote number survives extraction as plain digits glued to the preceding word:
``掲げられた1。``, ``近い」3と``, ``参加条件4のうち``, ``（ソチ宣言10）``. A marker here is a run of 1-3
ASCII digits that

* follows a Japanese character with no whitespace between them in the original text
  (``対話国 20 周年`` is spaced, so it is a number),
* is not preceded by 第, 図, 表, 約 or a Latin letter/digit (``G20``, ``Su-35``, ``図1``),
* is not followed by a digit, a decimal point, a Latin letter or a counter/unit
  (``ヘリコプター16機``, ``5周年``, ``2年後``, ``7%``),
* continues the document's numbering: markers count up from 1, so a candidate is accepted only as
  the next number (or one number ahead, a missed marker, which is reported as a gap by the caller).

A *bracketed* marker (Wikipedia and web prose: ``認めている[2]。``, ``［3］``, ``〔4〕``, ``[注 1]``) is a
reference marker wherever it is glued to the text before it (no whitespace, not at the start of the
paragraph): `find_bracketed`. Its numbering is its own (a page numbers references [1], [2] ... and notes
[注 1], [注 2] ... apart), so it does not take part in the superscript sequence. An inline editorial tag
(``[要出典]``, ``[要検証]``, ``[誰?]``) is found the same way with ``n == 0``: it is removed from the
analysis text but is no note (it says a source is missing).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .chars import CLOSE_BRACKETS, is_japanese

_DIGITS = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?<![0-9０-９])([0-9]{1,3})(?![0-9])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_COUNTERS = set(
    "年月日周回機隻人億万千百十倍件個台名歳時分秒号条項位点部章節社両枚本冊度割円元兆ヵヶか箇基門隊艇発次期代世巻段等級階層巡番"
) | {"%", "％", "つ", "カ", "ケ"}
_BAD_BEFORE = set("第図表約")
_MAX_AHEAD = 1
_PAIRS = (("[", "]"), ("［", "］"), ("〔", "〕"))
_TAGS = (  # Wikipedia's inline maintenance templates, as they render
    r"要出典(?:範囲)?|要検証|要説明|要ページ番号|要曖昧さ回避|要改訳|独自研究[?？]?|信頼性要検証|リンク切れ"
    r"|いつ[?？]|誰[?？]|どこ[?？]|どれ[?？]|どの[?？]|疑問点(?:\s*[–—-]\s*ノート)?"
)
_BRACKETED = re.compile("|".join(
    rf"{re.escape(o)}(?:(?:(?P<note{k}>注釈?|脚注|註|†)\s*)?(?P<n{k}>[0-9０-９]{{1,3}})|(?P<tag{k}>{_TAGS})){re.escape(c)}"
    for k, (o, c) in enumerate(_PAIRS)
))


@dataclass(frozen=True)
class FootnoteCandidate:
    n: int
    pos: int  # index in the analysis text (where the marker is/was)
    start: int  # original offsets of the marker's own characters
    end: int
    digits: str  # the marker as it stands in the analysis text ("1", "[2]", "[注1]")
    bracketed: bool = False  # a [n] / ［n］ / 〔n〕 / [注 n] marker: numbered apart from superscripts


def _plausible(joined: str, idx: Sequence[int], s: int, e: int) -> bool:
    if s == 0:
        return False
    before = joined[s - 1]
    if not (is_japanese(before) or before in CLOSE_BRACKETS) or before in _BAD_BEFORE:
        return False
    if idx[s] != idx[s - 1] + 1:  # whitespace or a line break in the original: a real number
        return False
    if e < len(joined):
        after = joined[e]
        if after in _COUNTERS or after in ".．,，〜～~-－–" or after.isascii() and after.isalnum():
            return False
        if joined.startswith(("カ国", "か国", "ヶ国", "ヵ国"), e):
            return False
    return True


def find_markers(joined: str, idx: Sequence[int], original: str, expect_next: int = 1) -> list[FootnoteCandidate]:
    """Footnote markers in one repaired paragraph (before they are removed).

    ``joined`` is the paragraph with stray whitespace removed, ``idx[i]`` the original index of
    ``joined[i]``; ``expect_next`` the number the next marker of the document should carry.
    Superscript digits (¹²³, kept by some extractors) need no glue, but not after a Latin letter or
    digit (km², m³ are units). The first marker of a document must be 1; later ones may skip one.
    """
    found = []
    expect = expect_next
    for m in _DIGITS.finditer(joined):
        s, e = m.span()
        superscript = m.group(1) is not None
        n = int((m.group(1) or m.group(2)).translate(_SUPERSCRIPTS))
        ahead = _MAX_AHEAD if expect > 1 else 0
        if not expect <= n <= expect + ahead:
            continue
        if superscript and s > 0 and joined[s - 1].isascii() and joined[s - 1].isalnum():
            continue
        if not superscript and not _plausible(joined, idx, s, e):
            continue
        found.append(FootnoteCandidate(n, s, idx[s], idx[e - 1] + 1, m.group()))
        expect = n + 1
    return found


def find_bracketed(joined: str, idx: Sequence[int]) -> list[FootnoteCandidate]:
    """Bracketed reference markers (``[2]``, ``［3］``, ``〔4〕``, ``[注 1]``) and editorial tags
    (``[要出典]``, n 0) in one squeezed paragraph, each glued to the character before it in the original
    (``認めている[2]``, ``。[3]``, ``[1][2]``); a bracket opening a paragraph or after a space is text."""
    found = []
    for m in _BRACKETED.finditer(joined):
        s, e = m.span()
        if s == 0 or idx[s] != idx[s - 1] + 1:
            continue
        digits = next((g for k in range(len(_PAIRS)) if (g := m.group(f"n{k}"))), None)
        n = int(digits.translate(_FULLWIDTH)) if digits else 0
        found.append(FootnoteCandidate(n, s, idx[s], idx[e - 1] + 1, m.group(), bracketed=True))
    return found


def find_all_markers(joined: str, idx: Sequence[int], original: str, expect_next: int = 1) -> list[FootnoteCandidate]:
    """Bracketed markers and superscript markers of one paragraph, in text order; a digit inside a
    bracketed marker is never read as a superscript one."""
    bracketed = find_bracketed(joined, idx)
    taken = {i for b in bracketed for i in range(b.pos, b.pos + len(b.digits))}
    if taken:  # blank the bracketed markers out so that their digits are not read as superscripts
        joined = "".join("\x00" if i in taken else ch for i, ch in enumerate(joined))
    plain = find_markers(joined, idx, original, expect_next)
    return sorted(bracketed + plain, key=lambda f: f.pos)
