"""Quantities in Japanese text: money, percentages, counts and measures.

``find_quantities(text)`` returns `Quantity` records whose ``value`` is in base units
(108億7000万ドル -> 10870000000 USD) and whose span covers the number, its unit and any
qualifier (約7%程度 -> qualifier '約…程度', approximate).

Decisions, each pinned by a test in tests/test_quantities.py:
- A number needs a unit. Years of the calendar, dates and relative dates (1994年, 2年後, 前年)
  belong to the dates module: 年/月/日 alone are not units here.
- Durations (５年間, 約6年ぶり, 20年以上, 3カ月, 10日間) are not quantities: they are temporal
  mentions of kind 'duration' (`pipeline.temporal.durations`). The duration pattern is still
  matched here so that its number is never read as an amount.
- A range with 〜/～/~/-/– is ONE quantity: ``value`` the low end, ``value_max`` the high end,
  the unit shared (2〜3割 -> 20..30 percent, 10%〜20%, 3-5機). ``から`` between two numbers
  may be a change (5から10%に引き上げ), so its first number stays a quantity of its own.
- 少なくとも, 最低, 最大 are recorded as qualifiers and are not approximate (like 以上).
- Ordinals are not amounts: 第3回, 第一次, 3回目, 一度目, 二期目.
- Anniversaries (5周年, 20周年) are labels, not amounts: 周年 is not a unit.
- Numbers glued to a Latin name by a hyphen or point (Su-35, Mi-17, p.80) are not read.
- Kanji-only "一" with a counter is left alone (一人, 一度, 一回, 一つ): it is mostly a word
  (alone / once / "one of"), not a count. つ counts start at two (二つ, 三つ, 3つ).
- A figure's unit line （単位：100万US$） is a ``unit_declaration``: ``value`` None (it is not an
  amount, so summing ``value`` by ``unit`` never counts it), ``scale`` = the multiplier (1000000).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Optional

from ..text import NUMBER, NUMBER_CHARS, NUMBER_START, is_kanji_only, parse_number
from ..records import Quantity
from .kanjipoint import kanji_point
from .quantunits import _NOT_AFTER, COUNTERS, CURRENCIES, GENERATED_WORDS, MEASURES, TENTHS  # noqa: F401 (the tables, re-exported)
from .unitwords import MONTH

_SP = r"[ \u3000]*"

UNITS = {**CURRENCIES, **MEASURES, **COUNTERS, **TENTHS}

PREFIXES = ("少なくとも", "およそ", "凡そ", "ほぼ", "最大", "最小", "最低", "最高", "約")
SUFFIXES = ("以上", "以下", "以内", "未満", "超", "余り", "あまり", "近く", "前後", "程度", "ほど", "程",
            "くらい", "ぐらい", "強", "弱", "足らず")
# 強/弱 start words too (2倍強化, 3割弱体化): only a qualifier when no such word follows.
_SUFFIX_GUARD = {"強": "化いく硬力調制行みさ", "弱": "体いくめ点小化さ", "程": "度"}
APPROXIMATE = {"約", "およそ", "凡そ", "ほぼ", "程度", "余り", "あまり", "余", "近く", "前後",
               "ほど", "程", "くらい", "ぐらい", "強", "弱", "足らず"}
# 約 inside a word (契約, 規約, 条約 ...) is not a qualifier.
_YAKU_WORDS = "契規条要予節制集公盟密婚解違確誓協特先倹成売黙"
# A number right after these is part of something else (第3回, 数百人, p.80, 2.5, #3).
_NOT_BEFORE_RE = re.compile(rf"[第数何幾毎.．/／#＃{NUMBER_CHARS}]")
_DIGIT_RE = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万億兆]")


def _punctuation_comma(text: str, pos: int) -> bool:
    """A comma right before `pos` after no digit: punctuation (本稿では,3段階の), not a thousands separator."""
    return text[pos - 1] in ",，" and not (pos >= 2 and _DIGIT_RE.match(text, pos - 2))
# A hyphen joins a number to a name (Su-35, Mi-17) unless a number stands before it (10-20%) or another
# hyphen (--5つに分離: the dash of an interview transcript's question, no name)
_NAME_HYPHEN_RE = re.compile(r"[^0-9０-９\s\-‐－][-‐－]$")
_AFTER_UNIT_NOT = "目"  # 3回目, 一度目, 2機目 are ordinals
_KATAKANA = "ァ-ヺー"
# a kanji after a generated bare currency word continues a noun (200ドラム缶), except a qualifier (以上, 超,
# 余り, 近く, 程度, 前後, 強, 弱, 未満) or a word of the market (レアル安, レアル高, レアル建て, 相当)
_WORD_GOES_ON = r"(?![以未超余強弱近程前相安高建])[\u3400-\u9fff]"


def _unit_alternation() -> str:
    parts = []
    for surface in sorted(UNITS, key=len, reverse=True):
        guard = _NOT_AFTER.get(surface, "")
        if re.fullmatch(r"[A-Za-z/²2]+", surface):
            guard += "A-Za-z0-9"
        elif re.search(rf"[{_KATAKANA}]$", surface):
            guard += _KATAKANA
        guard += _AFTER_UNIT_NOT
        word = f"|{_WORD_GOES_ON}" if surface in GENERATED_WORDS else ""
        parts.append(re.escape(surface) + (f"(?![{guard}]{word})" if guard else ""))
    return "|".join(parts)


_UNIT_RE = _unit_alternation()
# Durations. 年 needs 間/ぶり or a bound after it (2年後, 2023年 are dates); 目 makes an ordinal.
_DURATION_RE = (
    r"年半?(?:間|ぶり|(?=以上|以下|以内|未満))"
    rf"|{MONTH}半?(?:間|ぶり)?(?!目)"
    r"|週(?:間(?:ぶり)?|ぶり)(?!目)"
    r"|日(?:間(?:ぶり)?|ぶり)(?!目)"
)
# a rate: a unit per another (39.1人/km2, 80ドル/バレル, 1,200円/人); the unit is '人/km2', 'USD/bbl'
_PER_RE = rf"(?:{_SP}[/／]{_SP}(?P<den>{_UNIT_RE}|kWh|世帯|日|年|時間|h(?![A-Za-z])))"
AMOUNT_RE = re.compile(
    rf"{NUMBER_START}(?P<num>{NUMBER}){_SP}(?P<mid>余)?{_SP}(?:(?P<dur>{_DURATION_RE})|(?P<unit>{_UNIT_RE}){_PER_RE}?)"
)
DECLARATION_RE = re.compile(
    rf"(?P<open>[（(]{_SP})?単位{_SP}[：:]{_SP}(?P<num>{NUMBER})?{_SP}(?P<big>[万億兆])?{_SP}"
    rf"(?P<unit>{_UNIT_RE})(?(open){_SP}[）)])"
)
_SUFFIX_RE = re.compile(rf"{_SP}(?P<suffix>" + "|".join(
    re.escape(s) + (f"(?![{_SUFFIX_GUARD[s]}])" if s in _SUFFIX_GUARD else "")
    for s in sorted(SUFFIXES, key=len, reverse=True)) + ")")
_RANGE_SEPARATORS = "〜～~\\-–‒—―－"  # every dash, as the dates module reads them (‒: PDF fonts give it for –)
_RANGE_BEFORE_RE = re.compile(
    rf"{NUMBER_START}(?P<num>{NUMBER}){_SP}(?:(?P<sep>[{_RANGE_SEPARATORS}])|から){_SP}$")
_RANGE_BETWEEN_RE = re.compile(rf"{_SP}[{_RANGE_SEPARATORS}]{_SP}")
_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in `text`, start/end relative to it (text[start:end] == q.text), sorted by start."""
    found = _declarations(text)
    taken = [(q.start, q.end) for q in found]
    last: Optional[int] = None  # index in `found` of the last amount, which a range may extend
    for match in AMOUNT_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        amount = _amount(text, match)
        if amount is None:
            continue
        amount = _kanji_point(text, match, amount)  # 二・五% (the Diet record's decimal point)
        amount = _with_sen(text, amount)  # 135円05銭
        merged = _merge_range(text, found[last], amount) if last is not None else None
        if merged is not None:  # 10%〜20%: both ends carry the unit
            found[last] = merged
            continue
        parts = _range(text, match, amount)
        found.extend(parts)
        last = len(found) - 1 if parts else None
    return sorted(found, key=lambda q: (q.start, q.end))


# the sen of an exchange rate or a price after whole yen (1ドル=135円05銭, 111円9銭): hundredths of the yen
_SEN_RE = re.compile(r"(?P<sen>[0-9０-９]{1,2})銭")


def _with_sen(text: str, amount: Quantity) -> Quantity:
    """`amount` in yen with the sen written right after it added (135円05銭 = 135.05 JPY)."""
    m = _SEN_RE.match(text, amount.end) if amount.unit == "JPY" and text[amount.end - 1:amount.end] == "円" else None
    if not m or not isinstance(amount.value, int):
        return amount
    sen = int(unicodedata.normalize("NFKC", m["sen"]))
    return replace(amount, end=m.end(), text=text[amount.start:m.end()], value=round(amount.value + sen / 100, 2))


def _kanji_point(text: str, m: re.Match, amount: Quantity) -> Quantity:
    """`amount` read with the kanji integer part before a ・ (二・五% = 2.5 percent; `kanjipoint`)."""
    if amount.start != m.start() or not (got := kanji_point(text, m.start(), m["num"])):
        return amount
    start, prefix = _prefix(text, got[0])
    qualifier = "…".join(q for q in (prefix, amount.qualifier) if q) or None
    value = got[1] * (10 if m["unit"] in TENTHS else 1)  # 二・五割: 25 percent
    return replace(amount, start=start, text=text[start:amount.end], value=round(value, 10),
                   qualifier=qualifier, approximate=amount.approximate or prefix in APPROXIMATE)


def _declarations(text: str) -> list[Quantity]:
    """（単位：100万US$）: a scale for the figure's numbers, not an amount (value None)."""
    out = []
    for m in DECLARATION_RE.finditer(text):
        try:
            scale = parse_number(m["num"]) if m["num"] else 1
        except ValueError:  # a malformed number in a unit line: not a declaration we can read
            continue
        if m["big"]:
            scale *= _BIG[m["big"]]
        unit = UNITS[m["unit"]]
        if m["unit"] in TENTHS:
            scale *= 10
        out.append(Quantity(m.start(), m.end(), m.group(), None, unit, kind="unit_declaration", scale=scale))
    return out


def _amount(text: str, m: re.Match) -> Optional[Quantity]:
    num = m["num"]
    if _blocked_before(text, m.start()):
        return None
    try:
        value = parse_number(num)
    except ValueError:
        return None
    if m["dur"]:
        return None  # durations are temporal mentions (pipeline.temporal.durations), not quantities
    surface = m["unit"]
    if _is_word(num, value, surface):
        return None
    if surface in TENTHS:
        value *= 10
    unit = UNITS[surface] if not m["den"] else f"{UNITS[surface]}/{UNITS.get(m['den'], m['den'])}"
    return _qualified(text, m, value, unit, "amount")


def _qualified(text: str, m: re.Match, value, unit: str, kind: str) -> Quantity:
    """The amount with the qualifiers around it (約…程度) inside its span."""
    start, prefix = _prefix(text, m.start())
    end, suffix = _suffix(text, m.end())
    qualifier = "…".join(q for q in (prefix, suffix) if q) or (m["mid"] or None)
    approximate = any(q in APPROXIMATE for q in (prefix, suffix, m["mid"]) if q)
    return Quantity(start, end, text[start:end], value, unit, approximate, qualifier, kind)


def _blocked_before(text: str, pos: int) -> bool:
    """True when the number at `pos` is glued to an ordinal marker, a name or another number."""
    before = text[:pos].rstrip(" \u3000")
    if before.endswith("第"):
        return True
    if pos and _NOT_BEFORE_RE.match(text, pos - 1) and not _punctuation_comma(text, pos):
        return True
    return bool(_NAME_HYPHEN_RE.search(text, max(0, pos - 2), pos))


def _is_word(num: str, value, surface: str) -> bool:
    """Kanji numerals that are words, not counts: 一人, 一度, 百度 (Baidu), 一つ."""
    if surface == "つ" and value == 1:
        return True
    if is_kanji_only(num):
        if value == 1 or surface == "州":
            return True
        if surface == "度" and value >= 10:
            return True
    return False


def _prefix(text: str, pos: int) -> tuple[int, Optional[str]]:
    head = text[:pos].rstrip(" \u3000")
    for prefix in PREFIXES:
        if head.endswith(prefix):
            start = len(head) - len(prefix)
            if prefix == "約" and start and text[start - 1] in _YAKU_WORDS:
                return pos, None
            return start, prefix
    return pos, None


def _suffix(text: str, pos: int) -> tuple[int, Optional[str]]:
    m = _SUFFIX_RE.match(text, pos)
    return (m.end(), m["suffix"]) if m else (pos, None)


def _join_qualifiers(*qualifiers: Optional[str]) -> Optional[str]:
    return "…".join(dict.fromkeys(q for q in qualifiers if q)) or None


def _range(text: str, m: re.Match, amount: Quantity) -> list[Quantity]:
    """The amount, extended to a range when a bare number and a separator stand before it:
    2〜3割 -> one quantity 20..30 percent. After から (which may be a change: 5から10%に) the first
    number is a quantity of its own sharing the unit. An ordinal range (第2〜3回) gives nothing."""
    if amount.start != m.start():  # a prefix qualifier on the second number: not a range
        return [amount]
    r = _RANGE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
    if r is None:
        return [amount]
    if _blocked_before(text, r.start()):
        return [] if r["sep"] else [amount]
    try:
        low = parse_number(r["num"])
    except ValueError:
        return [amount]
    if m["unit"] in TENTHS:
        low *= 10
    low *= _shared_multiplier(r["num"], m["num"])  # 2~3万人: 20000..30000
    start, prefix = _prefix(text, r.start())
    low_approximate = prefix in APPROXIMATE if prefix else False
    if not r["sep"]:
        end = r.start() + len(r["num"])
        return [Quantity(start, end, text[start:end], low, amount.unit, low_approximate, prefix, amount.kind),
                amount]
    if low >= amount.value:  # 2022-3機 is no range
        return [amount]
    return [replace(amount, start=start, text=text[start:amount.end], value=low, value_max=amount.value,
                    qualifier=_join_qualifiers(prefix, amount.qualifier),
                    approximate=amount.approximate or low_approximate)]


_PLAIN_NUM = re.compile(r"[0-9０-９.,．，〇一二三四五六七八九]+")
_MULTIPLIED = re.compile(r"[0-9０-９.,．，〇一二三四五六七八九]+[ \u3000]*(?P<mul>[万億兆千百])")
_MULTIPLIER = {"百": 100, "千": 1000, **_BIG}


def _shared_multiplier(low: str, high: str) -> int:
    """The multiplier a range's bare first number shares with the second (2~3万人, 5~6千人, 4~5億円:
    the 万 of 3万 is the 2's too); 1 when the first has its own or the second has none."""
    m = _MULTIPLIED.fullmatch(high.strip())
    return _MULTIPLIER[m["mul"]] if m and _PLAIN_NUM.fullmatch(low.strip()) else 1


def _merge_range(text: str, low: Quantity, high: Quantity) -> Optional[Quantity]:
    """10%〜20%, 2カ月～3カ月: two amounts of one unit joined by a range separator, as one range."""
    if (low.value_max is not None or low.value is None or (low.unit, low.kind) != (high.unit, high.kind)
            or not _RANGE_BETWEEN_RE.fullmatch(text, low.end, high.start) or low.value >= high.value):
        return None
    return replace(low, end=high.end, text=text[low.start:high.end], value_max=high.value,
                   qualifier=_join_qualifiers(low.qualifier, high.qualifier),
                   approximate=low.approximate or high.approximate)
