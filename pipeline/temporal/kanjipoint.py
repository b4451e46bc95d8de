"""Kanji decimals as the Diet record and older official texts write them: 二・五%, 〇・三ポイント,
一・五兆円 (a ・ for the decimal point between kanji digits). The quantities module finds the number
after the ・ (五%); this module says where the whole number starts and what the decimal is worth.
三・一独立運動, 日・米 and 二・二六事件 have no unit after them, so no amount is read there at all."""
from __future__ import annotations

import re
from typing import Optional

from ..text import parse_number

_DIGITS = "〇一二三四五六七八九"
_WHOLE = re.compile(rf"(?<![{_DIGITS}十百千・])(?P<i>[{_DIGITS}十]+)・$")
_FRACTION = re.compile(rf"(?P<f>[{_DIGITS}]+)[万億兆]?")


def kanji_point(text: str, pos: int, num: str) -> Optional[tuple[int, float]]:
    """For the number `num` at `pos` in `text`, written after a kanji integer and ・: (the start of the
    integer, the decimal's value: 一・五兆 -> 1.5e12, 一・〇 -> 1.0); else None."""
    whole = _WHOLE.search(text, max(0, pos - 6), pos)
    frac = _FRACTION.fullmatch(num)
    if not (whole and frac):
        return None
    f, big = frac["f"], num[len(frac["f"]):]
    point = parse_number(whole["i"]) + parse_number(f) / 10 ** len(f)
    return whole.start(), point * (parse_number(big) if big else 1)
