"""Decimals written with ・ for the point, as the Diet record and older official texts write them
between kanji digits (二・五%, 〇・三ポイント, 一・五兆円) and as some newspapers write them between
Arabic digits (8・1%減, 99・3%). The quantities module finds the number after the ・ (五%, 1%); this
module says where the whole number starts and what the decimal is worth. Both sides are of one
script (kanji or Arabic; an Arabic side has no thousands comma: 1,000・5 is no decimal).
三・一独立運動, 日・米 and 二・二六事件 have no unit after them, so no amount is read there at all."""
from __future__ import annotations

import re
from typing import Optional

from ..text import parse_number

_DIGITS = "〇一二三四五六七八九"
_ARABIC = "0-9０-９"
_WHOLE = re.compile(rf"(?<![{_DIGITS}十百千・])(?P<i>[{_DIGITS}十]+)・$")
_FRACTION = re.compile(rf"(?P<f>[{_DIGITS}]+)[万億兆]?")
# Arabic: not after another digit group, a comma, a point or a Latin letter (1・2号機 has no unit we read;
# ver.2・5% and 1,000・5% are no decimals)
_WHOLE_ARABIC = re.compile(rf"(?<![{_ARABIC},，.．・A-Za-z])(?P<i>[{_ARABIC}]{{1,3}})・$")
_FRACTION_ARABIC = re.compile(rf"(?P<f>[{_ARABIC}]{{1,3}})[万億兆]?")


def kanji_point(text: str, pos: int, num: str) -> Optional[tuple[int, float]]:
    """For the number `num` at `pos` in `text`, written after an integer of its own script and ・: (the start
    of the integer, the decimal's value: 一・五兆 -> 1.5e12, 一・〇 -> 1.0, 8・1 -> 8.1); else None."""
    whole = _WHOLE.search(text, max(0, pos - 6), pos)
    frac = _FRACTION.fullmatch(num)
    if not (whole and frac):
        whole = _WHOLE_ARABIC.search(text, max(0, pos - 6), pos)
        frac = _FRACTION_ARABIC.fullmatch(num)
    if not (whole and frac):
        return None
    f, big = frac["f"], num[len(frac["f"]):]
    point = parse_number(whole["i"]) + parse_number(f) / 10 ** len(f)
    return whole.start(), point * (parse_number(big) if big else 1)
