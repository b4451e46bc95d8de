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


def romanize(text: str) -> str:
    """Hepburn romanization of Japanese; Latin text stays as it is.

    Words are capitalized and separated by spaces: ベトソブペトロ → 'Betosobupetoro',
    上海協力機構 → 'Shanhai Kyouryoku Kikou', ASEAN地域フォーラム → 'ASEAN Chiiki Fooramu'.
    """
    known = MEMO.get(text)
    if known is not None:  # romanized before (romanized.py): pykakasi is not even loaded
        return known
    words = []
    for piece in _kakasi().convert(text):
        orig, roman = piece["orig"], piece["hepburn"]
        if orig.isascii():
            words.append(orig.strip())
        elif roman.strip():
            words.append(roman.strip().capitalize())
    out = " ".join(w for w in words if w)
    remember(text, out)
    return out


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
