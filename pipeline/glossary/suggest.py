"""Helpers for the glossary's to-do list: romanization and ready-to-paste suggestion rows.

Romanization uses pykakasi (pure Python, dictionary bundled, works offline; ``pip install
pykakasi``). cutlet was not chosen because it needs fugashi + a MeCab dictionary (compiled parts).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .load import COLUMNS
from .romanized import MEMO, remember
from ..records import ENTITY_TYPES


@lru_cache(maxsize=1)
def _kakasi():
    try:
        import pykakasi
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("romanize() needs pykakasi: pip install 'pykakasi>=2.3'") from exc
    return pykakasi.kakasi()


def romanize(text: str, long_vowels: bool = True) -> str:
    """Hepburn romanization of Japanese; Latin text stays as it is.

    Words are capitalized and separated by spaces: ベトソブペトロ → 'Betosobupetoro',
    上海協力機構 → 'Shanhai Kyouryoku Kikou', ASEAN地域フォーラム → 'ASEAN Chiiki Fooramu'.
    With ``long_vowels=False`` long vowels are spelled as modified Hepburn without macrons, the way
    English texts write Japanese names (`hepburn_without_macrons`): 遠藤 → 'Endo', 中南米 → 'Chunanbei'.
    """
    key = memo_key(text, long_vowels)
    known = MEMO.get(key)
    if known is not None:  # romanized before (romanized.py): pykakasi is not even loaded
        return known
    words = []
    for piece in _kakasi().convert(text):
        orig, roman = piece["orig"], piece["hepburn"]
        if orig.isascii():
            words.append(orig.strip())
        elif roman.strip():
            if not long_vowels:
                roman = hepburn_without_macrons(roman, katakana=bool(_KATAKANA.fullmatch(orig.strip())))
            words.append(roman.strip().capitalize())
    out = " ".join(w for w in words if w)
    remember(key, out)
    return out


def memo_key(text: str, long_vowels: bool = True) -> str:
    """The key of a romanization in MEMO and its file: the two spellings of one text are kept apart
    (a NUL, never in a document's text, marks the modified-Hepburn one)."""
    return text if long_vowels else "\0" + text


_KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]+")
# ou (東京 toukyou, 防衛 bouei) and uu (中 chuu) are long; oo only word-initially (大阪 oosaka, 大野): inside a
# word it is mostly two syllables (智雄 tomo-o); o + ue ending a word is 上 (井上 inoue)
_LONG_O_U = re.compile(r"^oo|ou(?!e(?:$|[^i]))|uu")
_DOUBLED = re.compile(r"([aiueo])\1")


def hepburn_without_macrons(roman: str, katakana: bool = False) -> str:
    """Modified Hepburn long vowels without macrons: ō (ou, word-initial oo) → o and ū (uu) → u (Endou →
    Endo, Toukyou → Tokyo, Oosaka → Osaka, Chuunanbei → Chunanbei); ei and ii stay (Keizai, Chiiki), as do
    two syllables (Tomoo, Inoue). In a katakana word every doubled vowel is a long mark ー (Tsuittaa →
    Tsuitta, Puuchin → Puchin)."""
    if katakana:
        return _DOUBLED.sub(r"\1", roman)
    return _LONG_O_U.sub(lambda m: m.group(0)[0], roman)


def slug(text: str) -> str:
    """Lower-case ASCII slug for ids: 'Shanhai Kyouryoku Kikou' → 'shanhai-kyouryoku-kikou'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _one_line(s: str) -> str:
    return " ".join(str(s).split())


# id prefixes of the packaged glossary (country:rus, org:asean, loc:crimea); other types: the type in lower case
ID_PREFIXES = {"ORGANIZATION": "org", "LOCATION": "loc"}


def suggestion_row(surface: str, type: str, count: int, contexts: list[str]) -> dict:
    """A glossary row (all `COLUMNS`) proposing ``surface`` as a new entry.

    id = ``<prefix>:<romanized slug>`` with the packaged glossary's prefixes (`ID_PREFIXES`: org, loc), label_ja = surface, label_en = romanization (to be
    checked by a person), notes = how often it was seen and up to three contexts on one line.
    """
    if type not in ENTITY_TYPES:
        raise ValueError(f"unknown type '{type}' (expected one of {', '.join(ENTITY_TYPES)})")
    roman = romanize(surface)
    shown = " / ".join(_one_line(c) for c in contexts[:3])
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        id=f"{ID_PREFIXES.get(type, type.lower())}:{slug(roman)}",
        type=type,
        label_ja=surface,
        label_en=roman,
        notes=f"TODO check; seen {count}x" + (f": {shown}" if shown else ""),
    )
    return row


def format_row(row: dict, delimiter: str = "\t") -> str:
    """A suggestion row as one TSV line in `COLUMNS` order (tabs/newlines in values become spaces)."""
    return delimiter.join(_one_line(row.get(c, "")).replace(delimiter, " ") for c in COLUMNS)
