"""Normalization of glossary keys and of document text, with an offset map back to the text.

One rule set serves both sides, so a key and a mention meet when they differ only by:

* width and compatibility forms (NFKC: ＡＳＥＡＮ → ASEAN, ﾛｼｱ → ロシア, ｶﾞ → ガ),
* separators inside names: ・ ･ = ＝ ゠, spaces and line breaks (PDF extraction breaks ベ|トナム),
* ヴ spellings: ヴァ ヴィ ヴ ヴェ ヴォ ヴュ → バ ビ ブ ベ ボ ビュ,
* the long-vowel mark ー (エフゲニー == エフゲニ),
* small vowel kana written large (ウイーン == ウィーン, クウエート == クウェート, ウイグル == ウィグル),
* Latin case (casefold) and Latin diacritics (São == Sao, FİDAN == Fidan, Radosław == Radoslaw: a
  Latin name is written with and without its accents, and Turkish İ casefolds to i + a combining dot).

`normalize_with_map` also returns, for every normalized character, the half-open range of text
characters it came from, so a match ``norm[a:b]`` is ``text[starts[a]:ends[b-1]]``. A dropped ー
is added to the range of the character before it, so a match never stops just before a ー.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DROP = frozenset("・=ー゠\u200b\ufeff")
_VU_SMALL = {"ァ": "バ", "ィ": "ビ", "ェ": "ベ", "ォ": "ボ", "ュ": "ビュ"}
_VU_RE = re.compile("ヴ([ァィェォュ]?)")
_HYPHENS = "-‐‑–－"
_SMALL_VOWELS = str.maketrans("ァィゥェォ", "アイウエオ")  # after the ヴ spellings, which read them


def _latin_fold_table() -> dict[int, str]:
    """Latin letters with diacritics (Latin-1 Supplement, Extended-A and -B, İ) -> their ASCII base letter;
    letters whose stroke is no combining mark (ł ø đ ı) by hand. Kana are never touched (ガ stays ガ)."""
    table = {ord(k): v for k, v in {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"}.items()}
    for code in range(0x00C0, 0x0250):
        parts = unicodedata.normalize("NFKD", chr(code))
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and all(
                unicodedata.combining(x) for x in parts[1:]):
            table[code] = parts[0]
    return table


_LATIN_FOLD = _latin_fold_table()


_DROP_RE = re.compile(f"[{''.join(sorted(_DROP))}\\s]")  # `_drop` as a pattern (re matches str.isspace for a backslash-s)


def _drop(ch: str) -> bool:
    return ch in _DROP or ch.isspace()


def normalize(s: str) -> str:
    """The matching key of a surface (fast path; equal to ``normalize_with_map(s).text``)."""
    t = unicodedata.normalize("NFKC", s)
    t = _VU_RE.sub(lambda m: _VU_SMALL.get(m.group(1), "ブ" + m.group(1)), t)
    return _DROP_RE.sub("", t).translate(_SMALL_VOWELS).translate(_LATIN_FOLD).casefold()


@dataclass(frozen=True)
class NormalizedText:
    """A normalized copy of a text; ``starts[i]:ends[i]`` is where ``text[i]`` came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, a: int, b: int) -> tuple[int, int]:
        """The original-text span of the normalized span ``[a, b)`` (b > a)."""
        return self.starts[a], self.ends[b - 1]


def _nfkc_units(text: str) -> list[tuple[str, int, int]]:
    """NFKC per character, recomposing half-width voiced marks (ｶﾞ → ガ) onto the previous unit."""
    units: list[tuple[str, int, int]] = []
    for i, c in enumerate(text):
        n = c if c.isascii() else unicodedata.normalize("NFKC", c)
        for ch in n:
            if units and unicodedata.combining(ch):
                prev, ps, _ = units[-1]
                comp = unicodedata.normalize("NFC", prev + ch)
                if len(comp) == 1:
                    units[-1] = (comp, ps, i + 1)
                    continue
            units.append((ch, i, i + 1))
    return units


_SLOW = None  # a character the per-character table cannot map alone (a combining mark, ヴ: they read a neighbour)
_ROWS: dict[str, object] = {}  # character -> its (output, long-vowel mark) units, or _SLOW


def _row(c: str):
    n = c if c.isascii() else unicodedata.normalize("NFKC", c)
    if any(ch == "ヴ" or unicodedata.combining(ch) for ch in n):
        return _SLOW
    return tuple(("", ch == "ー") if _drop(ch) else (ch.translate(_SMALL_VOWELS).translate(_LATIN_FOLD).casefold(), False)
                 for ch in n)


_ONE: dict[int, str] = {}  # ord of a character normalized to exactly one character, nothing dropped -> it
_SPECIAL: dict[frozenset, re.Pattern] = {}  # a text's other characters -> a pattern finding them


def normalize_with_map(text: str) -> NormalizedText:
    """Normalize ``text`` like `normalize`, keeping every output character's source range.

    Each character alone, from a table (the same as `_normalize_units`). Most characters become one
    character each (漢字, かな, ＡＢＣ -> ABC): a run of them is mapped at once (`str.translate`, and
    its ranges are `range`s); only the others (ー, ・, spaces, expansions) are read one by one."""
    rows, one = _ROWS, _ONE
    special = set()
    for c in set(text):
        row = rows.get(c, 0)
        if row == 0:
            row = rows[c] = _row(c)
            if row is not _SLOW and len(row) == 1 and len(row[0][0]) == 1 and not row[0][1]:
                one[ord(c)] = row[0][0]
        if row is _SLOW:
            return _normalize_units(text)
        if ord(c) not in one:
            special.add(c)
    if not special:
        return NormalizedText(text.translate(one), tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    key = frozenset(special)
    pattern = _SPECIAL.get(key)
    if pattern is None:
        if len(_SPECIAL) > 4096:
            _SPECIAL.clear()
        pattern = _SPECIAL[key] = re.compile("[" + "".join(map(re.escape, sorted(special))) + "]")
    out, starts, ends = [], [], []
    done = 0
    for m in pattern.finditer(text):
        i = m.start()
        if i > done:  # a run of one-to-one characters
            out.append(text[done:i].translate(one))
            starts.extend(range(done, i))
            ends.extend(range(done + 1, i + 1))
        for rep, long_vowel in rows[text[i]]:
            if long_vowel and ends and ends[-1] == i:  # a long vowel belongs to the word before it
                ends[-1] = i + 1
            for r in rep:
                out.append(r)
                starts.append(i)
                ends.append(i + 1)
        done = i + 1
    if done < len(text):
        out.append(text[done:].translate(one))
        starts.extend(range(done, len(text)))
        ends.extend(range(done + 1, len(text) + 1))
    return NormalizedText("".join(out), tuple(starts), tuple(ends))


def _normalize_units(text: str) -> NormalizedText:
    """`normalize_with_map` of a text with a combining mark or a ヴ: unit by unit, with its neighbours."""
    units = _nfkc_units(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    k, n = 0, len(units)
    while k < n:
        ch, s, e = units[k]
        k += 1
        if _drop(ch):
            if ch == "ー" and ends and ends[-1] == s:  # a long vowel belongs to the word before it:
                ends[-1] = e  # ミャンマー matches ミャンマー, not ミャンマ
            continue
        if ch == "ヴ":
            nxt = units[k][0] if k < n else ""
            if nxt in _VU_SMALL:
                rep, e = _VU_SMALL[nxt], units[k][2]
                k += 1
            else:
                rep = "ブ"
        else:
            rep = ch.translate(_SMALL_VOWELS).translate(_LATIN_FOLD).casefold()
        for r in rep:
            out.append(r)
            starts.append(s)
            ends.append(e)
    return NormalizedText("".join(out), tuple(starts), tuple(ends))


def is_word_char(c: str) -> bool:
    """A Latin letter or digit (full-width included): the characters a Latin key must not touch."""
    c = unicodedata.normalize("NFKC", c)[:1]
    return c.isascii() and c.isalnum()


_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each web address in ``text`` (https://kokkai.ndl.go.jp/..., www.un.org): the host and path
    are no names (ndl, un, asean inside them are not the organizations)."""
    return [m.span() for m in _URL.finditer(text)]


def latin_boundary_ok(text: str, start: int, end: int, key: str) -> bool:
    """False when a key that starts/ends with a Latin character sits inside a longer Latin word.

    ``EU`` is not found in ``EAEU``; ``Plus`` is not found in ``ADMM-Plus`` (a hyphen between Latin
    characters joins them into one word); ``ASEAN`` is found in ``ASEAN-ロシア`` and ``ASEAN諸国``.
    """
    if key and is_word_char(key[0]) and start > 0:
        before = text[start - 1]
        if is_word_char(before):
            return False
        if before in _HYPHENS and start > 1 and is_word_char(text[start - 2]):
            return False
    if key and is_word_char(key[-1]) and end < len(text):
        after = text[end]
        if is_word_char(after):
            return False
        if after in _HYPHENS and end + 1 < len(text) and is_word_char(text[end + 1]):
            return False
    return True


def is_kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c in "々〆"


def is_katakana(c: str) -> bool:
    return "\u30a0" <= c <= "\u30ff" or "\uff66" <= c <= "\uff9f"
