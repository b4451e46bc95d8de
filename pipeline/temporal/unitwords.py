"""The words of time units, one table for every temporal module (durations, sets, relative dates,
and the quantities module, which must not read a duration's number as an amount).

A *unit word* is what follows a number in a length of time: 年, 3ヶ月 / 3カ月 / 3か月 / 3ヵ月 / 3ケ月 /
3箇月 / 3ヶ月 (all one unit: months), 週 / 週間, 日, 時間, 分, 秒. `DESIGNATOR` gives its ISO 8601
designator ('Y', 'M', 'W', 'D', 'H', 'TM' for minutes, 'S') and `iso_duration` the duration
('P3M', 'PT20M'). Regex pieces are plain alternations, longest first, for the modules' own grammars.
"""
from __future__ import annotations

# every spelling of the month counter (ヶ/カ/か/ヵ/ケ/箇 + 月); 月 alone is a calendar month
MONTH_MARKS = "ヶカかヵケ箇"
MONTH = f"[{MONTH_MARKS}]月"
MONTH_WORDS = tuple(f"{c}月" for c in MONTH_MARKS)

DESIGNATOR = {"年": "Y", **{w: "M" for w in MONTH_WORDS}, "週間": "W", "週": "W", "日": "D",
              "時間": "H", "分": "TM", "秒": "S"}
CALENDAR_DESIGNATORS = "YMWD"


def alternation(words) -> str:
    """A regex alternation of `words`, longest first (ヶ月 before 月, 週間 before 週)."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# a unit word of a length of time after a number (年, ヶ月..., 週間, 週, 日, 時間, 分, 秒)
ANY_UNIT = alternation(DESIGNATOR)
# the calendar ones (no clock units), for relative dates: 3ヵ月前, 2週間後
CALENDAR_UNIT = alternation(w for w, d in DESIGNATOR.items() if d in CALENDAR_DESIGNATORS)


def designator(word: str) -> str:
    """'ヵ月' -> 'M', '週間' -> 'W', '分' -> 'TM' (minutes; 'M' is months); KeyError if not a unit word."""
    return DESIGNATOR[word]


def iso_duration(amount: str, word: str) -> str:
    """An amount of one unit word as ISO 8601: ('3', 'ヵ月') -> 'P3M', ('20', '分') -> 'PT20M'."""
    d = designator(word)
    return f"PT{amount}{d[-1]}" if d in ("H", "TM", "S") else f"P{amount}{d}"
