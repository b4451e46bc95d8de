"""A place glued to a katakana group word names a group, not the place: 上海ファイブ (Shanghai Five),
パリクラブ (Paris Club), リオグループ (Rio Group), 上海フォーラム. Applied by `refine_entities` to one chunk:
the new ORGANIZATION replaces the place inside it (linked when the glossary knows the whole surface);
a katakana word running on after the head (フォーラムズ, グループ会社) is another word.
"""
from __future__ import annotations

import re

from ..records import Entity

GROUP_WORDS = {"フォーラム": "Forum", "グループ": "Group", "クラブ": "Club", "イニシアティブ": "Initiative",
               "イニシアチブ": "Initiative", "ファイブ": "Five", "フォー": "Four", "スリー": "Three", "シックス": "Six",
               "セブン": "Seven", "エイト": "Eight", "テン": "Ten"}
_HEAD = re.compile("|".join(sorted(GROUP_WORDS, key=len, reverse=True)))
_WORD_CHAR = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff]")


def place_groups(text: str, ents: list[Entity]) -> list[tuple[int, int, str | None]]:
    """(start, end, English label) of each place + group word in the chunk; the label is the place's
    English and the word's (Shanghai Five) when the place is linked, else None (romanized later)."""
    out = []
    for x in ents:
        if x.type != "LOCATION":
            continue
        m = _HEAD.match(text, x.end)
        if m is None or (m.end() < len(text) and _WORD_CHAR.match(text[m.end()])):
            continue
        if x.start > 0 and re.match(r"[\u30a1-\u30fa\u30fc]", text[x.start - 1]):
            continue  # the place is the tail of a longer katakana word
        out.append((x.start, m.end(), f"{x.label_en} {GROUP_WORDS[m.group()]}" if x.glossary_id and x.label_en else None))
    return out
