"""The words of the day that news and speech write in kana, and the parts of the day of writing.

Newspapers and the Diet record write today/yesterday/tomorrow in kana (きょう, きのう, あす: the
Kyodo style book, 記者ハンドブック) and keep the kanji 今日 for こんにち, "nowadays" (今日の国際社会,
進んでいる今日): `relative` reads the kanji words, this module the kana ones and tells the two 今日
apart.

Conventions
-----------
- きょう the document's day, きのう -1, おととい -2, あす/あした +1, あさって +2, as 本日/昨日/明日 in
  `relative` (a document date with a day is needed; anchor_source 'document'). Only as a word: after a
  particle or a non-kana, not after another kana (ききょう, ふっきょう), and before a particle, punctuation, a number or a part of the day
  or a kanji (きょうは, きょう午前0時, あす行う, あすから); きょうかい, あすか are other words.
- けさ/今朝 (this morning) = the morning of the document's day, 午前's hours ('2023-05-31T00/
  2023-05-31T12', kind time); 今夜/今晩/こんや = its evening (夜, 18-24); 昨夜/昨晩 = the evening before.
  A time after them is the time of that day (けさ6時 = 'T06' of the day: the `links` module fuses the
  day and the time when the word is a day; a part of the day is joined as it stands).
- Kanji 今日 is こんにち, not a date, after a predicate (進んでいる今日, 迎えた今日) or before では, でも,
  において, にあって, に至, に及 (今日では, 今日に至るまで: the present age).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ..records import DateMention

_KANA = "\u3041-\u309f\u30a0-\u30ffー"
_AFTER = r"(?=[はのもにでをがと、。,.!！?？」』）)\s0-9０-９\u3400-\u9fff]|から|まで|じゅう|$)"
_DAY_WORDS = {"きょう": 0, "きのう": -1, "おととい": -2, "あす": 1, "あした": 1, "あさって": 2}
# after a particle (首相はきょう) or a non-kana; after any other kana it is inside a word (ききょう)
_BEFORE = rf"(?:(?<=[はがもにでとをへや])|(?<![{_KANA}]))"
DAY_WORD_RE = re.compile(rf"{_BEFORE}(?P<w>{'|'.join(sorted(_DAY_WORDS, key=len, reverse=True))}){_AFTER}")
# part of the document's day: (days from it, first hour, last hour)
_PART_WORDS = {"けさ": (0, 0, 12), "今朝": (0, 0, 12), "今夜": (0, 18, 24), "今晩": (0, 18, 24), "こんや": (0, 18, 24),
               "昨夜": (-1, 18, 24), "昨晩": (-1, 18, 24)}
PART_WORD_RE = re.compile(rf"{_BEFORE}(?<![\u3400-\u9fff々])(?P<w>{'|'.join(_PART_WORDS)})(?![\u3400-\u9fff々])")
# 今日 as こんにち: after a predicate (いる今日) or before では/でも/において/にあって/に至/に及
_NOWADAYS_BEFORE = re.compile(r"(?:[るたいぬ]|ている|ていた)$")
_NOWADAYS_AFTER = re.compile(r"(?:では|でも|において|にあって|に至|に及|にいた)")
# the closed class of adverbs and interjections that end like a predicate (私はまた今日も, はい、今日は)
_NOT_PREDICATE = re.compile(r"(?:^|[^\u3041-\u309f]|[はもがをにで])(?:また|はい)[、,\s]*$")


def nowadays(norm: str, start: int, end: int) -> bool:
    """Whether the kanji 今日 at norm[start:end] is こんにち (the present age), not the day of writing."""
    before = norm[max(0, start - 4):start]
    return bool((_NOWADAYS_BEFORE.search(before[-3:]) and not _NOT_PREDICATE.search(before))
                or _NOWADAYS_AFTER.match(norm, end))


def find_spoken(text: str, norm: str, day: Optional[date], label: Optional[str]) -> list[DateMention]:
    """The kana day words and the parts of the day of writing in `text`; `day` = the document's day
    (None when the document date names no day: nothing is emitted)."""
    if day is None:
        return []
    out = []
    for m in DAY_WORD_RE.finditer(norm):
        d = (day + timedelta(days=_DAY_WORDS[m["w"]])).isoformat()
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], d, d, d, False, label, kind="date",
                               anchor_source="document"))
    for m in PART_WORD_RE.finditer(norm):
        shift, a, b = _PART_WORDS[m["w"]]
        d = (day + timedelta(days=shift)).isoformat()
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], f"{d}T{a:02d}/{d}T{b:02d}", d, d, False,
                               label, kind="time", anchor_source="document"))
    return sorted(out, key=lambda d: d.start)
