"""Japanese numerals: a regex for where a number is, and a parser for what it is worth.

Covers Arabic digits (half- and full-width, comma thousands, decimals), kanji numerals
(三千五百, 二十, 二〇二二) and their mixtures with the myriad units 万/億/兆
(108億7000万, 1.5億, 二億七千五百五十万). Spaces are allowed around 万/億/兆 so that
PDF-spaced input such as ``108 億 7000 万`` still parses.

Hand-written rather than depending on ``kanjize`` (evaluated, v1.6.1): kanjize converts a whole
string but does not find numbers in running text, so the span regex below is needed anyway; and it
truncates plain decimals (``kanji2number('3.5') == 3``), rejects comma thousands (``1,000万``) and
spaced input. What remains is the small kanji arithmetic in ``_small``; tests cross-check it
against kanjize when that package is installed.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Union

Number = Union[int, float]

_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_VALUE["零"] = 0
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_SP = r"[ \u3000]*"
ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
KANJI = r"[〇零一二三四五六七八九十百千]+"
# One group below a myriad: "4500", "七千五百五十", "3千", "2百5十".
_GROUP = rf"(?:{ARABIC}(?:[千百十][0-9０-９]*)*|{KANJI})"
# A whole number: groups joined by 万/億/兆 (spaces allowed around those).
NUMBER = rf"{_GROUP}(?:{_SP}[万億兆](?:{_SP}{_GROUP})?)*"
NUMBER_CHARS = "0-9０-９〇零一二三四五六七八九十百千万億兆.．,，"
# Not inside a longer number: finditer then tries each number once, not at every digit. A comma after
# a digit is a thousands separator (1,234); after anything else it is punctuation, as academic texts
# write 、 (本稿では,3段階の: the number starts there).
NUMBER_START = rf"(?<![{NUMBER_CHARS.replace(',，', '')}])(?<![0-9０-９〇零一二三四五六七八九十百千万億兆][,，])"


def to_ascii(text: str) -> str:
    """Full-width digits, point and comma as ASCII."""
    return text.translate(_FULLWIDTH)


def is_kanji_only(text: str) -> bool:
    """True when the number is written in kanji alone (二十, 三千五百万), no Arabic digits."""
    return not any(c.isdigit() for c in to_ascii(text))


def _decimal(digits: str) -> Decimal:
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {digits!r}") from exc


def _small(text: str) -> Decimal:
    """Value of a group below 10000: '4500', '七千五百五十', '3千', '二〇二二'."""
    if text and all(c in _DIGIT_VALUE for c in text):  # positional kanji: 二〇二二
        return Decimal("".join(str(_DIGIT_VALUE[c]) for c in text))
    total, current, i = Decimal(0), None, 0
    while i < len(text):
        c = text[i]
        if c.isdigit() or c in ".,":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] in ".,"):
                j += 1
            current, i = _decimal(text[i:j]), j
            continue
        if c in _DIGIT_VALUE:
            current = Decimal(_DIGIT_VALUE[c])
        elif c in _SMALL_UNITS:
            total += (Decimal(1) if current is None else current) * _SMALL_UNITS[c]
            current = None
        else:
            raise ValueError(f"not a number: {text!r}")
        i += 1
    return total + (current or 0)


def _as_number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


def parse_number(text: str) -> Number:
    """Value of a number matched by ``NUMBER``: '108億7000万' -> 10870000000, '18.8' -> 18.8.

    Raises ValueError for text that is not a number.
    """
    text = "".join(to_ascii(text).split())
    if not text:
        raise ValueError("not a number: ''")
    total, start = Decimal(0), 0
    for i, c in enumerate(text):
        if c in _BIG_UNITS:
            group = text[start:i]
            total += (_small(group) if group else Decimal(1)) * _BIG_UNITS[c]
            start = i + 1
    if start < len(text):
        total += _small(text[start:])
    return _as_number(total)
